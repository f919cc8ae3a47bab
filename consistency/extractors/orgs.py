"""Organisations: names with their aliases mapped to one canonical value.

Reads three kinds of mention:

* **known aliases** from :data:`ALIASES` ("SCO", "U.N.", "CPC", "PR Newswire", "the
  Kremlin"), matched case-sensitively as whole words;
* **named bodies**: capitalised phrases headed by an organisation word (Organisation,
  Council, Ministry, University, Committee, Party, …) with their "of/for …" complements
  ("Renmin University of China", "Office of the Central Commission for Foreign Affairs");
* **acronyms defined in the text**: "Asia-Pacific Economic Cooperation (APEC)" makes
  "APEC" an alias of that name for the rest of the document.

A credit tag ("March 3 (Reuters) -", "February 4 (MFA) –") names the source of the copy,
not an actor, and yields no fact. Values are canonical: spelling (-ization → -isation, Defense → Defence), "Foreign
Ministry" → "Ministry of Foreign Affairs", a government body's country moved to an
"of" complement ("Chinese Foreign Ministry" and "Ministry of Foreign Affairs of China"
→ "Ministry of Foreign Affairs of China"), known acronyms spelled out ("CPC Central
Committee" → "Communist Party of China Central Committee"). An unqualified name takes
the one qualified form of the same document ("the Foreign Ministry" → "… of China").

To extend the alias table add ``"Canonical name": ("alias", "alias", …)`` to
:data:`ALIASES`; the canonical name is itself matched, and should be written with
British -isation spelling since values are normalised to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..gazetteer import DEMONYMS, PLACE_ALIASES, PLACE_ALTERNATION, canonical_place
from ..schema import Fact
from ._base import DocumentContext, Example
from ._names import capital_runs, capital_tokens, first_words, longest_names, sentence_speakers, words

KIND = "org"

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
    "OPEC": ("Organization of the Petroleum Exporting Countries",),
    "Collective Security Treaty Organisation": ("Collective Security Treaty Organization", "CSTO"),
    "Eurasian Economic Union": ("EAEU",),
    "Kremlin": (),
    "White House": (),
    "Pentagon": (),
    "Ministry of Foreign Affairs": ("MFA",),
    "PR Newswire": ("PRNewswire",),
    "Xinhua": ("Xinhua News Agency",),
    "CGTN": ("China Global Television Network",),
    "China Daily": (), "Global Times": (), "People's Daily": (), "CCTV": (),
    "Reuters": (), "Agence France-Presse": ("AFP",), "Associated Press": (), "TASS": (),
    "RIA Novosti": (), "Interfax": (), "BBC": (), "CNN": (), "Bloomberg": (), "Al Jazeera": (),
    "Kyodo News": ("Kyodo",), "Yonhap": ("Yonhap News Agency",),
}
_TABLE = {alias.lower(): name for name, aliases in ALIASES.items() for alias in (name, *aliases)}
_ACRONYMS = {alias: name for name, aliases in ALIASES.items() for alias in (name, *aliases)
             if alias.replace(".", "").isupper()}

#: Words that head the name of an organisation.
HEAD_WORDS = words("""Organisation Organization Organisations Organizations Council Ministry University
Committee Commission Agency Bank Fund Party Union Association Institute Academy Office Department
Bureau Authority Administration Assembly Parliament Senate Court Tribunal Corporation Company
Foundation Alliance League Forum Secretariat Service Army Navy Force Forces Guard Police Embassy
Consulate Board Society Centre Center Network Politburo Duma Government Cabinet Inc Corp Ltd LLC
PLC Holdings""")
# Bodies of a state: their country is part of the name ("Chinese Foreign Ministry").
_GOVERNMENT = {"Ministry", "Council", "Government", "Parliament", "Embassy", "Party", "Army", "Navy",
               "Committee", "Commission", "Agency", "Office", "Bureau", "Administration", "Department",
               "Force", "Forces", "Guard", "Police", "Senate", "Assembly", "Cabinet", "Duma"}
_COMPLEMENT = (r"(?:Affairs|Government|States|Nations|Development|Commerce|Defen[cs]e|Education|Health|"
               r"Finance|Justice|Trade|Industry|Technology|Sciences?|Culture|Energy|Agriculture|Security|"
               r"Peace|Sports?|Transport|Labou?r|Environment|Resources|Planning|Statistics|Customs|"
               r"Information|Communications?|Studies|Arts|Economics|Research|Reform|Rights|Relations|"
               r"Intelligence|Emergenc(?:y|ies)|People)\b")
_SP = r"[^\S\r\n]+"  # any horizontal space (news copy has no-break and en spaces)
_CAP = rf"(?:Heads{_SP}of{_SP}(?:State|Government)|[A-Z\u00C0-\u00DE][\w'’&.-]*|\([A-Z][A-Z0-9&]{{1,7}}\))"
_HEAD = r"(?:" + "|".join(sorted(HEAD_WORDS, key=len, reverse=True)) + r")\b(?![-’'])"
_PRE = rf"(?:{_CAP}{_SP}){{0,6}}"
# Inside a complement "of" may join words: "Council of Heads of Government of Member States".
_INNER = rf"(?:{_CAP}{_SP}(?:(?:of|for){_SP}(?:the{_SP})?)?){{0,8}}"
_BODY = re.compile(
    rf"(?<![\w-]){_PRE}{_HEAD}(?:{_SP}(?:of|for|on)(?:{_SP}the)?{_SP}{_INNER}(?:{_HEAD}|{_COMPLEMENT}|"
    rf"{PLACE_ALTERNATION}(?![\w-])))*")
# Aliases as written (apostrophes straightened, spaces single), looked up among capitalised runs.
_ALIAS_KEYS = {alias.replace("’", "'"): name for name, aliases in ALIASES.items() for alias in (name, *aliases)}
_STARTS = first_words(_ALIAS_KEYS)
_DEFINED = re.compile(r"\((?P<acr>[A-Z][A-Z0-9&]{1,7})\)")
_CREDIT_TAIL = re.compile(r"\)[^\S\n]*(?:[–—]|--?)[^\S\n]")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2})[.!?]\s+")
_LEAD = re.compile(r"^(?:(?:The|A|An|In|On|At|As|During|After|Before|Following|While|When|Meanwhile|"
                   r"However|Both|This|That|Our|Their|His|Her|Its|And|But|If|Since|Under|Through|With|"
                   r"By|From|To|For|Yesterday|Today)\s+)+")
_NOT_ORG_HEADS = {"Treaty", "Agreement", "Plan", "Product", "Index", "Act", "Initiative", "Programme",
                  "Program", "Zone", "Strategy", "Corridor", "Project", "War", "Festival", "Summit"}
_MINISTRY = re.compile(r"\b(?P<topic>Foreign|Defence|Finance|Commerce|Justice|Interior|Education|Health|"
                       r"Trade|Energy|Agriculture|Culture|Transport|Economy|Industry) Ministry\b")
_COUNTRY_WORDS = sorted(list(DEMONYMS) + list(PLACE_ALIASES), key=len, reverse=True)
_LEADING_COUNTRY = re.compile(r"^(?P<c>" + "|".join(re.escape(w) for w in _COUNTRY_WORDS)
                              + r")(?:'s)?\s+(?=\S)")


def normalise(name: str, defined: dict[str, str] | None = None) -> str:
    """The canonical value of an organisation's name as written.

    >>> normalise("Chinese Foreign Ministry"), normalise("UN Security Council")
    ('Ministry of Foreign Affairs of China', 'United Nations Security Council')
    >>> normalise("CPC Central Committee"), normalise("Russian Federation Security Council")
    ('Communist Party of China Central Committee', 'Security Council of Russia')
    """
    name = " ".join(name.replace("’", "'").split())
    name = re.sub(r"\s*\([A-Z][A-Za-z0-9&]{1,8}\)", "", name)
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    name = re.sub(r"(?<=[Oo]rgani)z(?=ation)", "s", name).replace("Defense", "Defence")
    if name.lower() in _TABLE:
        return _TABLE[name.lower()]
    name = _MINISTRY.sub(lambda m: "Ministry of " + ("Foreign Affairs" if m["topic"] == "Foreign"
                                                      else m["topic"]), name)
    country = _LEADING_COUNTRY.match(name)
    rest = name[country.end():] if country else name
    head = next((word for word in rest.split() if word in HEAD_WORDS), "")
    owned = any(canonical_place(rest[m.end():]) for m in re.finditer(r"\bof\s+(?:the\s+)?", rest))
    if country and head in _GOVERNMENT and not owned:
        place = DEMONYMS.get(country["c"]) or PLACE_ALIASES[country["c"]]
        name = f"{rest} of {place}"
    acronyms = {**_ACRONYMS, **(defined or {})}
    name = " ".join(acronyms.get(word, word) for word in name.split())
    return _TABLE.get(name.lower(), name)


@lru_cache(maxsize=64)
def mentions(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every organisation mention of ``text`` as ``(start, end, value)``, in text order."""
    defined: dict[str, str] = {}
    definitions: set[tuple[int, int]] = set()
    candidates: list[tuple[int, int, str]] = []
    for match in _DEFINED.finditer(text):
        name_start = _defined_name(text, match.start(), match["acr"])
        if name_start is not None:
            name = text[name_start:match.start()].rstrip()
            defined[match["acr"]] = normalise(name)
            candidates.append((name_start, name_start + len(name), defined[match["acr"]]))
            definitions.add((match.start("acr"), match.end("acr")))  # "(APEC)" repeats the name
    for run in capital_runs(text):
        if len(run) < 2 or not any(text[start:end].rstrip(".'’s") in HEAD_WORDS for start, end in run):
            continue
        for match in _BODY.finditer(text, run[0][0], run[-1][1]):
            start, phrase = match.start(), match.group()
            sentence_break = list(_SENTENCE_BREAK.finditer(phrase))  # "Brussels. The European Commission"
            if sentence_break:
                start, phrase = start + sentence_break[-1].end(), phrase[sentence_break[-1].end():]
            cut = _LEAD.match(phrase)
            if cut:
                start, phrase = start + cut.end(), phrase[cut.end():]
            if len(phrase.split()) >= 2 and not canonical_place(phrase):
                candidates.append((start, start + len(phrase), normalise(phrase, defined)))
    candidates += [(start, end, normalise(_ALIAS_KEYS[_key(text[start:end])]))
                   for start, end, _ in longest_names(text, lambda phrase: _ALIAS_KEYS.get(_key(phrase)), _STARTS)]
    for start, end in capital_tokens(text) if defined else ():
        if text[start:end] in defined and text[start - 1:start] != "(":
            candidates.append((start, end, defined[text[start:end]]))
    kept: list[tuple[int, int, str]] = []
    taken = bytearray(len(text))  # characters already claimed by a longer mention
    for start, end, value in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if 1 not in taken[start:end] and (start, end) not in definitions:
            kept.append((start, end, value))
            taken[start:end] = b"\x01" * (end - start)
    return tuple(sorted(_qualify(kept)))


def _key(phrase: str) -> str:
    return " ".join(phrase.replace("’", "'").split())


def _defined_name(text: str, paren: int, acronym: str) -> int | None:
    """Start of the name an acronym in parentheses abbreviates, or None.

    The words before the parenthesis are read backwards, skipping "of", "for", "and",
    "the", until their initials (and those of hyphenated parts) spell the acronym.
    """
    initials, start = "", None
    for word in reversed(list(re.finditer(r"[\w'’.-]+", text[max(0, paren - 160):paren]))):
        token = word.group()
        if token.lower() in ("of", "for", "and", "the", "on"):
            continue
        if not token[:1].isupper():
            return None
        initials = "".join(part[0] for part in token.split("-") if part) + initials
        start = max(0, paren - 160) + word.start()
        if initials.upper() == acronym.upper():
            name = text[start:paren].strip()
            last = name.split()[-1]
            if canonical_place(name) or last in _NOT_ORG_HEADS:
                return None
            return start
        if len(initials) >= len(acronym):
            return None
    return None


def _qualify(kept: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Give an unqualified name the one qualified form of the document that holds it:
    "Foreign Ministry" → "Ministry of Foreign Affairs of China"; "Security Council" →
    "United Nations Security Council" when that is the only council named."""
    values = {value for _, _, value in kept}
    qualified = {}
    for value in values:
        fuller = {other for other in values if other.startswith(value + " of ")
                  or (other.endswith(" " + value) and _is_owner(other[:-len(value) - 1]))}
        qualified[value] = next(iter(fuller)) if len(fuller) == 1 else value
    return [(start, end, qualified[value]) for start, end, value in kept]


def _is_owner(prefix: str) -> bool:
    """True for a known organisation or a place, which may own a body ("UN" Security Council)."""
    return prefix in ALIASES or prefix in PLACE_ALIASES.values()


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every organisation named in the document outside boilerplate."""
    speaker = sentence_speakers(context)
    for start, end, value in mentions(context.text):
        # A credit tag ("February 4 (MFA) –", "(Reuters) -") names the source, not an actor.
        credit = context.text[start - 1:start] == "(" and _CREDIT_TAIL.match(context.text, end)
        if not context.skip(start, end) and not credit:
            yield context.fact(KIND, start, end, value, speaker=speaker(start))


EXAMPLES = [
    Example("Delegates met at the [UN] headquarters.", "United Nations"),
    Example("The [U.N.] said aid would resume.", "United Nations"),
    Example("Both are permanent members of the [U.N. Security Council].", "United Nations Security Council"),
    Example("Leaders of the [Shanghai Cooperation Organization] gathered in Astana.",
            "Shanghai Cooperation Organisation"),
    Example("The bloc, known as the [SCO], expanded again.", "Shanghai Cooperation Organisation"),
    Example("The statement came from the [Chinese Foreign Ministry].", "Ministry of Foreign Affairs of China"),
    Example("The [Ministry of Foreign Affairs of China] issued a readout.", "Ministry of Foreign Affairs of China"),
    Example("She teaches at [Renmin University of China].", "Renmin University of China"),
    Example("A plenum of the [CPC Central Committee] opened.", "Communist Party of China Central Committee"),
    Example("[Xinhua] reported the call.", "Xinhua"),
    Example("The [Kremlin] declined to comment.", "Kremlin"),
    Example("Ministers of the [Caribbean Development Bank] met.", "Caribbean Development Bank"),
    Example("The Nordic Reindeer Herders (NRH) met. Later the [NRH] voted.", "Nordic Reindeer Herders"),
    Example("Officials of the [Russian Security Council] attended.", "Security Council of Russia"),
    Example("Trade grew quickly in the Asia-Pacific region."),
    Example("The council met on Friday in Geneva."),
    Example("March 3 (Reuters) - The council met in Geneva."),
    Example("Prices rose in the United States and the United Kingdom."),
    Example("The Spring Festival and the Year of the Horse were celebrated."),
    Example("Sales of the Great Wall brand were up."),
    Example("The Strategic Arms Reduction Treaty (START) expires."),
]
