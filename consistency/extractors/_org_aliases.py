"""Word lists and alias tables for reading organisations (data only; the code is in :mod:`.orgs`).

General knowledge: well-known bodies and news agencies with their aliases, the words that head
an organisation's name, the bodies of a state, ministries' topics, and the internal organs
("Central Committee", "Political Bureau") that stand for the organisation holding them.

To extend the alias table add ``"Canonical name": ("alias", "alias", …)`` to :data:`ALIASES`;
the canonical name is itself matched, and should be written with British -isation spelling
since values are normalised to it.
"""

from __future__ import annotations

from ._name_lists import words

#: Canonical name → aliases. General, well-known bodies and news agencies.
ALIASES: dict[str, tuple[str, ...]] = {
    "United Nations": ("U.N.", "UN"),
    "United Nations Security Council": ("U.N. Security Council", "UN Security Council", "UNSC"),
    "United Nations General Assembly": ("U.N. General Assembly", "UN General Assembly", "UNGA"),
    "Shanghai Cooperation Organisation": ("Shanghai Cooperation Organization", "SCO"),
    "BRICS": (),
    "Asia-Pacific Economic Cooperation": ("Asia Pacific Economic Cooperation", "APEC"),
    "G20": ("G-20", "Group of Twenty", "Group of 20"),
    "G7": ("G-7", "Group of Seven"),
    "Communist Party of China": ("Chinese Communist Party", "CPC", "CCP"),
    "European Union": ("EU",),
    "NATO": ("North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"),
    "ASEAN": ("Association of Southeast Asian Nations",),
    "World Trade Organisation": ("World Trade Organization", "WTO"),
    "World Health Organisation": ("World Health Organization", "WHO"),
    "International Monetary Fund": ("IMF",),
    "World Bank": (),
    "International Atomic Energy Agency": ("IAEA",),
    # Central banks: their usual short names and acronyms. "Fed" alone is read in orgs.py, which
    # leaves out the adjective "Fed up".
    "Federal Reserve": ("Federal Reserve Board", "Federal Reserve System", "Fed"),
    "European Central Bank": ("ECB",),
    "Bank of England": ("BoE", "BOE"),
    "Bank of Japan": ("BoJ", "BOJ"),
    "People's Bank of China": ("PBOC", "PBoC"),
    "Reserve Bank of India": ("RBI",),
    "Reserve Bank of Australia": ("RBA",),
    "Reserve Bank of New Zealand": ("RBNZ",),
    "Swiss National Bank": ("SNB",),
    "Bank of Russia": ("Central Bank of Russia", "Russian Central Bank"),
    "Bundesbank": ("Deutsche Bundesbank",),
    "Metropolitan Police": ("Met Police", "Scotland Yard"),
    "Paris Saint-Germain": ("PSG",),
    "OPEC": ("Organization of the Petroleum Exporting Countries",),
    "Collective Security Treaty Organisation": ("Collective Security Treaty Organization", "CSTO"),
    "Eurasian Economic Union": ("EAEU",),
    # The Russian presidential administration, which news calls by its seat.
    "Kremlin": ("Russian Presidency", "Presidency of Russia", "Presidential Executive Office",
                "Russian Presidential Executive Office", "Presidential Administration of Russia",
                "Russian Presidential Administration"),
    "White House": (),
    "Pentagon": (),
    # An unqualified foreign ministry; the document's one qualified form replaces it.
    "Foreign Ministry": ("Ministry of Foreign Affairs", "Foreign Affairs Ministry", "MFA"),
    "PR Newswire": ("PRNewswire",),
    "Xinhua": ("Xinhua News Agency",),
    "CGTN": ("China Global Television Network",),
    "China Daily": (), "Global Times": (), "People's Daily": (), "CCTV": (),
    "Reuters": (), "Agence France-Presse": ("AFP",), "Associated Press": (), "TASS": (),
    "RIA Novosti": (), "Interfax": (), "BBC": (), "CNN": (), "Bloomberg": (), "Al Jazeera": (),
    "Kyodo News": ("Kyodo",), "Yonhap": ("Yonhap News Agency",),
}

#: Central banks whose names do not say so: "Bank of <country>" names a central bank in some
#: countries ("Bank of England", "Bank of Japan") and a commercial bank in others ("Bank of
#: America", "Bank of China", "Bank of Ireland"), and a one-word "…bank" may be either
#: ("Bundesbank", "Commerzbank"). A name holding "Central Bank" or "Reserve Bank", or the
#: "Federal Reserve", says it itself (see ``_context._nouns_for``); these are the others, by the
#: canonical names of :data:`ALIASES` where it has them.
CENTRAL_BANKS = frozenset(("Bank of England", "Bank of Japan", "Bank of Canada", "Bank of Korea", "Bank of Russia",
                           "Bank of Israel", "Bank of Italy", "Bank of France", "Bank of Spain", "Bank of Greece",
                           "Bank of Portugal", "Bank of Finland", "Bank of Thailand", "Bank of Mexico",
                           "Bank of Ghana", "Bank of Jamaica", "Bank of Uganda", "Bank of Tanzania",
                           "Bank of Botswana", "Bank of Zambia", "Bank of Namibia", "Bank of Mauritius",
                           "Bank of Papua New Guinea", "Bank of Sierra Leone", "Bank of Albania",
                           "Bank of Lithuania", "Bank of Latvia", "Bank of Estonia", "Bank of Slovenia",
                           "Bank of Algeria", "People's Bank of China", "Swiss National Bank",
                           "Czech National Bank", "National Bank of Poland", "National Bank of Ukraine",
                           "National Bank of Belgium", "National Bank of Romania", "National Bank of Serbia",
                           "National Bank of Kazakhstan", "Magyar Nemzeti Bank", "Bundesbank", "Riksbank",
                           "Sveriges Riksbank", "Norges Bank", "Danmarks Nationalbank", "Bank Indonesia",
                           "Bank Negara Malaysia", "Bangko Sentral ng Pilipinas", "State Bank of Pakistan",
                           "State Bank of Vietnam", "Banque de France", "Banca d'Italia", "Banco de España"))

#: The legal forms that close a company's name ("Ford Motor Co", "Siemens AG", "Nestle SA", "Barclays
#: Plc"), and the words a group of companies is named by ("Lloyds Banking Group", "HSBC Holdings"): a
#: name ending in one is a company's, whatever the words before it ("Ford", "Walt Disney") would be
#: alone. Written as a name writes them, with or without the full stop ("Co." is the token "Co").
LEGAL_FORMS = words("""Co Corp Corporation Company Inc Incorporated Ltd Limited LLC LLP PLC Plc AG SA NV SE GmbH
SpA Group Holdings""")

#: Words that head the name of an organisation; the plural trades close only a firm's name ("General
#: Motors", "Dell Technologies"), never a person's, as do the trades of finance and of forecasting
#: ("Keystone Securities", "Harbor Capital", "Ridgeway Partners", "Bellwether Research", "Capital
#: Economics", "Pantheon Macroeconomics", "Moody's Analytics", "Fathom Consulting").
TRADES = words("""Industries Airlines Airways Technologies Motors Pharmaceuticals Enterprises
Securities Capital Partners Advisors Advisers Investments Associates Ventures Research
Economics Macroeconomics Analytics Consulting Consultancy Advisory""")
HEAD_WORDS = words("""Organisation Organization Organisations Organizations Council Ministry University
Committee Commission Agency Bank Fund Party Union Association Institute Academy Office Department
Bureau Authority Administration Assembly Parliament Senate Court Tribunal Corporation Company
Foundation Alliance League Forum Secretariat Service Army Navy Force Forces Guard Police Embassy
Consulate Board Society Centre Center Network Politburo Duma Government Cabinet Congress College School Club
Survey Observatory FC United Rovers Wanderers Athletic Albion Hotspur""") | TRADES | LEGAL_FORMS

#: The organisation words that head a public body's name (not a firm's trade, a legal form or a
#: club's word), whose first words may be two nouns joined by "and": "Securities and Exchange
#: Commission", "Food and Drug Administration", "Fish and Wildlife Service".
PUBLIC_HEADS = words("""Organisation Organization Council Ministry Committee Commission Agency Office Department
Bureau Authority Administration Service Board Institute Centre Center Foundation Association Society""")

#: Bodies of a state: their country is part of the name ("Chinese Foreign Ministry").
GOVERNMENT = words("""Ministry Council Government Parliament Embassy Party Army Navy Committee Commission
Agency Office Bureau Administration Department Force Forces Guard Police Senate Assembly Cabinet Duma
Congress""")

#: Words that may end an "of"/"for" complement of a body ("Ministry of Foreign Affairs").
COMPLEMENTS = words("""Affairs Government States Nations Development Commerce Defence Defense Education Health
Finance Justice Trade Industry Technology Science Sciences Culture Energy Agriculture Security Peace Sport
Sports Transport Labour Labor Environment Resources Planning Statistics Customs Information
Communication Communications Studies Arts Economics Research Reform Rights Relations Intelligence
Emergency Emergencies People State Services""")

#: Last words that make a defined acronym's name a document, plan or event, not a body.
NOT_ORG_HEADS = words("""Treaty Agreement Plan Product Index Act Initiative Programme Program Zone Strategy
Corridor Project War Festival Summit""")

#: A ministry's topic as written → as in the canonical "<Demonym> <Topic> Ministry".
MINISTRY_TOPICS = {
    "Foreign": "Foreign", "Foreign Affairs": "Foreign", "Defence": "Defence", "Defense": "Defence",
    "Finance": "Finance", "Commerce": "Commerce", "Justice": "Justice", "Interior": "Interior",
    "Internal Affairs": "Interior", "Education": "Education", "Health": "Health", "Trade": "Trade",
    "Energy": "Energy", "Agriculture": "Agriculture", "Culture": "Culture", "Transport": "Transport",
    "Economy": "Economy", "Industry": "Industry",
}

#: Internal organs of an organisation. Named with their owner ("Political Bureau of the CPC
#: Central Committee", "Office of the Central Commission for Foreign Affairs") they stand for
#: the organisation holding them, which is what reports compare.
ORGANS = ("General Office", "Office", "Secretariat", "Political Bureau", "Politburo", "Central Committee",
          "Standing Committee", "Presidium")

#: Words a capitalised phrase may open with that are no part of a name ("The", "During").
LEAD_WORDS = words("""The A An In On At As During After Before Following While When Meanwhile However Both
This That Our Their His Her Its And But If Since Under Through With By From To For Yesterday Today""")
