"""A small offline gazetteer: countries, their adjectives, capitals, world cities and regions.

Used to tell places from people among a sentence's capitalised words: two reports
that share only "China" and "Beijing" do not thereby describe the same event,
while two that share "Shoigu" and "Wang" likely do (:data:`PLACES`, :func:`is_place`),
and by the place extractor to read place names with their aliases
(:data:`PLACE_ALIASES`, :func:`canonical_place`; "Republic of Korea" → "South Korea") and
landmark venues (:data:`VENUES`, :func:`canonical_venue`; "the Great Hall of the People").
General knowledge, not tied to any corpus. To extend, add "Canonical | alias" to
``_NAMED`` or ``_REGIONS`` (the words then count in :data:`PLACES` too), to ``_VENUES`` (they
do not), or
``PLACES.update(...)`` for single words.
"""

from __future__ import annotations

import re

_COUNTRIES = """
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
colombia comoros congo croatia cuba cyprus czechia czech denmark djibouti dominica ecuador
egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia
iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo
kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania
luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay
peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles
singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan
tajikistan tanzania thailand togo tonga tunisia turkey turkiye turkmenistan tuvalu uganda
ukraine uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe
us usa u.s u.s.a uk u.k eu europe asia africa america americas eurasia arctic antarctica
"""
_ADJECTIVES = """
afghan albanian algerian american argentine argentinian armenian australian austrian
azerbaijani belarusian belgian bolivian brazilian british bulgarian cambodian canadian
chilean chinese colombian croatian cuban cypriot czech danish dutch egyptian emirati english
estonian ethiopian european filipino finnish french georgian german ghanaian greek hungarian
indian indonesian iranian iraqi irish israeli italian japanese jordanian kazakh kenyan korean
kuwaiti latvian lebanese libyan lithuanian malaysian mexican moldovan mongolian moroccan
nepali nigerian norwegian pakistani palestinian peruvian polish portuguese qatari romanian
russian saudi scottish serbian singaporean slovak slovenian somali spanish sudanese swedish
swiss syrian taiwanese thai tunisian turkish ukrainian uruguayan uzbek venezuelan vietnamese
welsh yemeni african asian arab western eastern northern southern soviet sino
"""
_CITIES = """
abu dhabi abuja accra addis ababa algiers amman amsterdam ankara astana athens baghdad baku
bangkok beijing beirut belgrade berlin bern brasilia bratislava brussels bucharest budapest
buenos aires busan cairo canberra caracas copenhagen damascus davos delhi dhaka doha dubai
dublin geneva guangzhou hanoi havana helsinki hong kong islamabad istanbul jakarta jerusalem
kabul karachi kathmandu kyiv kiev lagos lahore lima lisbon london los angeles madrid manila
mexico minsk moscow mumbai munich nairobi new york oslo ottawa paris prague pretoria
pyongyang rawalpindi riga riyadh rome seoul shanghai shenzhen singapore sofia stockholm
sydney taipei tallinn tashkent tbilisi tehran tel aviv tianjin tokyo toronto vienna vilnius
warsaw washington wellington yerevan zagreb macau macao tibet xinjiang guangdong hainan
crimea donbas balochistan kashmir gaza west bank strait straits pacific atlantic
mediterranean caucasus balkans baltic sahel middle east
"""

# Display names with their aliases, "Canonical | alias | alias", places separated by ";".
# The canonical form is what the place extractor reports, so every alias of a place
# compares equal. General knowledge: countries, regions, seas, provinces, world cities.
_NAMED = """
Afghanistan; Albania; Algeria; Andorra; Angola; Argentina; Armenia; Australia; Austria; Azerbaijan
Bahamas; Bahrain; Bangladesh; Barbados; Belarus; Belgium; Belize; Benin; Bhutan; Bolivia
Bosnia and Herzegovina | Bosnia; Botswana; Brazil; Brunei; Bulgaria; Burkina Faso; Burundi; Cambodia
Cameroon; Canada; Cape Verde | Cabo Verde; Central African Republic; Chad; Chile
China | People's Republic of China | PRC | Mainland China; Colombia; Comoros
Democratic Republic of the Congo | DR Congo | DRC; Congo | Republic of the Congo; Costa Rica
Croatia; Cuba; Cyprus; Czech Republic | Czechia; Denmark; Djibouti; Dominica; Dominican Republic
Ecuador; Egypt; El Salvador; Equatorial Guinea; Eritrea; Estonia; Eswatini | Swaziland; Ethiopia
Fiji; Finland; France | French Republic; Gabon; Gambia; Georgia
Germany | Federal Republic of Germany; Ghana; Greece; Grenada; Guatemala; Guinea; Guinea-Bissau
Guyana; Haiti; Honduras; Hungary; Iceland; India | Republic of India; Indonesia
Iran | Islamic Republic of Iran; Iraq; Ireland; Israel; Italy
Ivory Coast | Côte d'Ivoire | Cote d'Ivoire; Jamaica; Japan; Jordan; Kazakhstan; Kenya; Kiribati
Kosovo; Kuwait; Kyrgyzstan; Laos; Latvia; Lebanon; Lesotho; Liberia; Libya; Liechtenstein; Lithuania
Luxembourg; Madagascar; Malawi; Malaysia; Maldives; Mali; Malta; Mauritania; Mauritius; Mexico
Micronesia; Moldova; Monaco; Mongolia; Montenegro; Morocco; Mozambique; Myanmar | Burma; Namibia
Nauru; Nepal; Netherlands | Holland; New Zealand; Nicaragua; Niger; Nigeria
North Korea | Democratic People's Republic of Korea | DPRK; North Macedonia | Macedonia; Norway
Oman; Pakistan | Islamic Republic of Pakistan; Palau; Palestine | State of Palestine; Panama
Papua New Guinea; Paraguay; Peru; Philippines; Poland; Portugal; Qatar; Romania
Russia | Russian Federation; Rwanda; Samoa; San Marino; Saudi Arabia | Kingdom of Saudi Arabia
Senegal; Serbia; Seychelles; Sierra Leone; Singapore; Slovakia; Slovenia; Solomon Islands; Somalia
South Africa; South Korea | Republic of Korea | ROK; South Sudan; Spain; Sri Lanka; Sudan; Suriname
Sweden; Switzerland; Syria; Taiwan; Tajikistan; Tanzania; Thailand; Timor-Leste | East Timor; Togo
Tonga; Trinidad and Tobago; Tunisia; Turkey | Türkiye | Turkiye; Turkmenistan; Tuvalu; Uganda
Ukraine; United Arab Emirates | UAE; United Kingdom | UK | U.K. | Britain | Great Britain
United States | U.S. | US | USA | U.S.A. | United States of America | America; Uruguay; Uzbekistan
Vanuatu; Vatican | Holy See; Venezuela; Vietnam | Viet Nam; Yemen; Zambia; Zimbabwe; Korea
Soviet Union | USSR; Europe; Asia; Africa; Eurasia; Latin America; North America; South America
Middle East; Asia-Pacific | Asia Pacific; Indo-Pacific; Central Asia; Southeast Asia; South Asia
East Asia; Caucasus; Balkans; Sahel; Caribbean; Arctic; Antarctica; Pacific; Atlantic; Indian Ocean
Mediterranean; Black Sea; Red Sea; Baltic Sea; Persian Gulf; South China Sea; East China Sea
Taiwan Strait | Taiwan Straits; Strait of Hormuz; Korean Peninsula; Gaza | Gaza Strip; West Bank
Crimea; Donbas | Donbass; Kashmir; Balochistan; Xinjiang; Tibet; Hong Kong; Macao | Macau; Guangdong
Hainan; Fujian; Zhejiang; Jiangsu; Sichuan; Yunnan; Shandong; Siberia; Abu Dhabi; Abuja; Accra
Addis Ababa; Algiers; Almaty; Amman; Amsterdam; Ankara; Astana; Athens; Baghdad; Baku; Bangkok
Barcelona; Beijing; Beirut; Belgrade; Berlin; Bern; Bishkek; Bogota | Bogotá; Brasilia | Brasília
Bratislava; Brussels; Bucharest; Budapest; Buenos Aires; Busan; Cairo; Canberra; Cape Town; Caracas
Chengdu; Chicago; Chongqing; Colombo; Copenhagen; Dalian; Damascus; Davos; Delhi; New Delhi; Dhaka
Doha; Dubai; Dublin; Dushanbe; Frankfurt; Geneva; Guangzhou; Hangzhou; Hanoi; Harbin; Havana
Helsinki; Ho Chi Minh City; Islamabad; Istanbul; Jakarta; Jeddah; Jerusalem; Johannesburg; Kabul
Karachi; Kathmandu; Kazan; Kharkiv; Khartoum; Kinshasa; Kuala Lumpur; Kyiv | Kiev; Lagos; Lahore
Lima; Lisbon; London; Los Angeles; Madrid; Manila; Mexico City; Milan; Minsk; Moscow; Mumbai; Munich
Nairobi; Nanjing; New York; Odesa | Odessa; Osaka; Oslo; Ottawa; Paris; Phnom Penh; Prague; Pretoria
Pyongyang; Qingdao; Rawalpindi; Riga; Rio de Janeiro; Riyadh; Rome; San Francisco; Santiago
Sao Paulo | São Paulo; Seoul; Sevastopol; Shanghai; Shenzhen; Sochi; Sofia
St Petersburg | St. Petersburg | Saint Petersburg; Stockholm; Sydney; Taipei; Tallinn; Tashkent
Tbilisi; Tehran; Tel Aviv; Tianjin; Tokyo; Toronto; Ulaanbaatar; Vienna; Vientiane; Vilnius
Vladivostok; Warsaw; Washington | Washington, D.C. | Washington D.C.; Wellington; Wuhan; Xi'an
Xiamen; Yangon; Yerevan; Zagreb; Zurich
"""
# Nationality adjectives and the country they belong to. They are not places by
# themselves ("Chinese President"), but they tell whose ministry or council it is.
# Written adjective:Country_with_underscores.
_DEMONYMS = """
Afghan:Afghanistan American:United_States Argentine:Argentina Argentinian:Argentina
Armenian:Armenia Australian:Australia Austrian:Austria Azerbaijani:Azerbaijan
Bangladeshi:Bangladesh Belarusian:Belarus Belgian:Belgium Brazilian:Brazil British:United_Kingdom
Bulgarian:Bulgaria Cambodian:Cambodia Canadian:Canada Chilean:Chile Chinese:China Colombian:Colombia
Croatian:Croatia Cuban:Cuba Czech:Czech_Republic Danish:Denmark Dutch:Netherlands Egyptian:Egypt
Emirati:United_Arab_Emirates Estonian:Estonia Ethiopian:Ethiopia Filipino:Philippines
Finnish:Finland French:France Georgian:Georgia German:Germany Greek:Greece Hungarian:Hungary
Indian:India Indonesian:Indonesia Iranian:Iran Iraqi:Iraq Irish:Ireland Israeli:Israel
Italian:Italy Japanese:Japan Jordanian:Jordan Kazakh:Kazakhstan Kenyan:Kenya Korean:Korea
Kuwaiti:Kuwait Kyrgyz:Kyrgyzstan Latvian:Latvia Lebanese:Lebanon Libyan:Libya Lithuanian:Lithuania
Malaysian:Malaysia Mexican:Mexico Moldovan:Moldova Mongolian:Mongolia Moroccan:Morocco
Nepali:Nepal Nigerian:Nigeria Norwegian:Norway Pakistani:Pakistan Palestinian:Palestine
Peruvian:Peru Polish:Poland Portuguese:Portugal Qatari:Qatar Romanian:Romania Russian:Russia
Saudi:Saudi_Arabia Serbian:Serbia Singaporean:Singapore Slovak:Slovakia Slovenian:Slovenia
Spanish:Spain Swedish:Sweden Swiss:Switzerland Syrian:Syria Taiwanese:Taiwan Tajik:Tajikistan
Thai:Thailand Tunisian:Tunisia Turkish:Turkey Turkmen:Turkmenistan Ukrainian:Ukraine
Uruguayan:Uruguay Uzbek:Uzbekistan Venezuelan:Venezuela Vietnamese:Vietnam Yemeni:Yemen
Soviet:Soviet_Union
"""

# First-level divisions of countries that news names as the scene of events: the nations of
# the United Kingdom, US states, Canadian provinces and territories, Australian states and
# territories, Indian states, German Länder, Chinese provinces and regions, and other regions
# often in wire copy (also Indian union territories, Mexican and Brazilian states, South African
# provinces, Indonesian islands). Same format as ``_NAMED``. A region whose words are also
# personal names is left out, since every word of a name here marks a place word ("Nuevo León",
# "San Luis Potosí", "Santa Catarina", "Sabah"). Washington (the capital; also a state),
# Georgia (the country; also a state), Punjab (in India and Pakistan) read as one place each.
# Several are also personal names ("Victoria Beckham"): the person extractor reads those
# words as names next to a name (see ``_name_lists.GIVEN_NAME_PLACES``).
_REGIONS = """
England; Scotland; Wales; Northern Ireland
Alabama; Alaska; Arizona; Arkansas; California; Colorado; Connecticut; Delaware; Florida; Hawaii
Idaho; Illinois; Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland; Massachusetts; Michigan
Minnesota; Mississippi; Missouri; Montana; Nebraska; Nevada; New Hampshire; New Jersey; New Mexico
North Carolina; North Dakota; Ohio; Oklahoma; Oregon; Pennsylvania; Rhode Island; South Carolina
South Dakota; Tennessee; Texas; Utah; Vermont; Virginia; West Virginia; Wisconsin; Wyoming
New England; Puerto Rico
Alberta; British Columbia; Manitoba; New Brunswick; Newfoundland and Labrador | Newfoundland
Nova Scotia; Ontario; Prince Edward Island; Quebec | Québec; Saskatchewan; Northwest Territories
Nunavut; Yukon
New South Wales | NSW; Victoria; Queensland; South Australia; Western Australia; Tasmania
Northern Territory; Australian Capital Territory
Andhra Pradesh; Arunachal Pradesh; Assam; Bihar; Chhattisgarh; Goa; Gujarat; Haryana
Himachal Pradesh; Jharkhand; Karnataka; Kerala; Madhya Pradesh; Maharashtra; Manipur; Meghalaya
Mizoram; Nagaland; Odisha | Orissa; Punjab; Rajasthan; Sikkim; Tamil Nadu; Telangana; Tripura
Uttar Pradesh; Uttarakhand; West Bengal; Jammu and Kashmir; Ladakh
Baden-Württemberg | Baden-Wurttemberg; Bavaria; Brandenburg; Bremen; Hamburg; Hesse; Lower Saxony
Mecklenburg-Western Pomerania | Mecklenburg-Vorpommern; North Rhine-Westphalia; Rhineland-Palatinate
Saarland; Saxony; Saxony-Anhalt; Schleswig-Holstein; Thuringia
Anhui; Gansu; Guangxi; Guizhou; Hebei; Heilongjiang; Henan; Hubei; Hunan; Inner Mongolia; Jiangxi
Jilin; Liaoning; Ningxia; Qinghai; Shaanxi; Shanxi
Sindh; Khyber Pakhtunkhwa; Gilgit-Baltistan; Catalonia | Catalunya; Andalusia; Basque Country
Lombardy; Sicily; Sardinia; Flanders; Wallonia; Chechnya; Dagestan; Tatarstan; Donetsk; Luhansk
Zaporizhzhia; Kherson; Kursk; Belgorod; Kurdistan; Tigray; Darfur; Okinawa; Hokkaido; Fukushima
Mindanao; Gaza City
District of Columbia; Puducherry | Pondicherry; Chandigarh; Andaman and Nicobar Islands; Lakshadweep
Baja California; Baja California Sur; Jalisco; Sinaloa; Chihuahua; Sonora; Oaxaca; Chiapas; Tamaulipas
Michoacan | Michoacán; Coahuila; Veracruz; Yucatan | Yucatán; Minas Gerais; Mato Grosso; Bahia; Pernambuco
Amazonas; Western Cape; Eastern Cape; Northern Cape; KwaZulu-Natal; Gauteng; Limpopo; Mpumalanga
Sarawak; Aceh; Papua; Sumatra; Sulawesi; Borneo; Bali; Tuscany; Corsica; Normandy; Galicia; Jeju; Kyushu
"""

#: Every alias (as written, e.g. "Republic of Korea") → canonical place ("South Korea").
PLACE_ALIASES: dict[str, str] = {}
for _entry in (_NAMED + _REGIONS).replace("\n", ";").split(";"):
    _names = [name.strip() for name in _entry.split("|") if name.strip()]
    if not _names:
        continue
    for _name in _names:
        PLACE_ALIASES[_name] = _names[0]

# Landmark buildings and squares that news names as the scene of an event ("talks at the
# Kremlin", "a banquet in the Great Hall of the People"). Kept out of PLACES: their words
# ("house", "hall", "people") are common. Some also name the institution they house ("the
# Kremlin said"); the organisation extractor reads those, and leaves the venue reading
# ("at the Kremlin") to the place extractor.
_VENUES = """
Great Hall of the People; Kremlin; White House; Pentagon; Zhongnanhai; Diaoyutai State Guesthouse
Red Square; Tiananmen Square; Downing Street; Elysee Palace | Élysée Palace; Buckingham Palace
Capitol Hill; Blue House; Palais des Nations; Winter Palace; Reichstag; Brandenburg Gate
"""

#: Venue name as written → canonical venue ("Élysée Palace" → "Elysee Palace").
VENUES: dict[str, str] = {}
for _entry in _VENUES.replace("\n", ";").split(";"):
    _names = [name.strip() for name in _entry.split("|") if name.strip()]
    for _name in _names:
        VENUES[_name] = _names[0]

#: Nationality adjective ("Chinese") → canonical country ("China").
DEMONYMS: dict[str, str] = {}
for _pair in _DEMONYMS.split():
    _adjective, _, _country = _pair.partition(":")
    DEMONYMS[_adjective] = _country.replace("_", " ")
DEMONYMS.update({"South Korean": "South Korea", "North Korean": "North Korea", "Saudi Arabian": "Saudi Arabia",
                 "South African": "South Africa", "Sri Lankan": "Sri Lanka"})

# Words of the display names that are too generic to mark a word as a place on their own.
_GENERIC = {"of", "the", "and", "republic", "united", "states", "people's", "democratic", "federation",
            "kingdom", "islands", "new", "city", "saint", "st", "st.", "north", "south", "east", "west",
            "central", "sea", "gulf", "ocean", "peninsula", "great", "holy", "see", "state", "islamic",
            "federal", "coast", "de", "d.c", "d.c.", "island", "territory", "territories", "capital",
            "prince", "edward", "lower", "inner", "country", "nova", "northwest", "district", "sur"}

#: Lower-case single words that name (or belong to the name of) a place.
PLACES: set[str] = set((_COUNTRIES + _ADJECTIVES + _CITIES).split())
PLACES.update(word for name in PLACE_ALIASES for word in name.lower().replace(",", " ").split()
              if word not in _GENERIC)
PLACES.update(word.lower() for word in DEMONYMS if " " not in word)


def is_place(word: str) -> bool:
    """True for a lower-case word that names a place or a nationality.

    >>> is_place("beijing"), is_place("chinese"), is_place("shoigu")
    (True, True, False)
    """
    return word.lower().strip(".").rstrip("’'s") in PLACES or word.lower() in PLACES


def canonical_place(name: str) -> str | None:
    """The canonical form of a place name as written, or None when it is not a known place.

    >>> canonical_place("Republic of Korea"), canonical_place("U.S."), canonical_place("BEIJING")
    ('South Korea', 'United States', 'Beijing')
    """
    found = PLACE_ALIASES.get(name) or _UPPER.get(name)  # as written: the common case, and fast
    if found or name.isalpha():
        return found
    name = " ".join(name.replace("’", "'").split())
    return PLACE_ALIASES.get(name) or _UPPER.get(name)


_UPPER = {alias.upper(): canonical for alias, canonical in PLACE_ALIASES.items()}


def canonical_venue(name: str) -> str | None:
    """The canonical form of a landmark's name as written, or None.

    >>> canonical_venue("Great Hall of the People"), canonical_venue("Élysée Palace"), canonical_venue("Hall")
    ('Great Hall of the People', 'Elysee Palace', None)
    """
    return VENUES.get(" ".join(name.replace("’", "'").split()))


def _alternation(names) -> str:
    """A regex alternative of ``names``, longest first, with either apostrophe and any space."""
    forms = set(names) | {name.upper() for name in names if len(name) > 3}
    parts = []
    for name in sorted(forms, key=lambda n: (-len(n), n)):
        escaped = re.escape(name).replace("'", "['’]").replace(r"\ ", r"[^\S\r\n]+")
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


#: Regex source matching any alias (title case or capitals, e.g. a dateline "BEIJING").
PLACE_ALTERNATION = _alternation(PLACE_ALIASES)
