"""Organisations' names: what a body's phrase names, and canonical values (for :mod:`.orgs`).

A phrase naming a body may hold internal organs that stand for their owner ("Political
Bureau of the CPC Central Committee" names the CPC; see :func:`pieces`).

Equal values mean the same body however a report writes it: spelling (-ization → -isation,
Defense → Defence), aliases ("U.N." → "United Nations"), a national ministry as "<Demonym>
<Topic> Ministry" ("Ministry of Foreign Affairs of China", "China’s Foreign Ministry" →
"Chinese Foreign Ministry"), another state body with its country in an "of" complement
("Russian Security Council" → "Security Council of Russia"), a body named by its members in
one word order ("SCO Heads of Government Council" → "SCO Council of Heads of Government"),
and a known organisation heading a longer name as its acronym ("Shanghai Cooperation
Organisation Council of …" → "SCO Council of …").
"""

from __future__ import annotations

import re

from ..gazetteer import DEMONYMS, PLACE_ALIASES, canonical_place
from ._org_aliases import ALIASES, GOVERNMENT, HEAD_WORDS, LEGAL_FORMS, MINISTRY_TOPICS, ORGANS

#: Every alias, lower case → canonical name.
TABLE = {alias.lower(): name for name, aliases in ALIASES.items() for alias in (name, *aliases)}
#: Every alias as written (apostrophes straightened) → canonical name.
ALIAS_KEYS = {alias.replace("’", "'"): name for name, aliases in ALIASES.items() for alias in (name, *aliases)}
_SP = r"[^\S\r\n]+"
# An organ's words as written in the text, with any run of spaces between them ("Central  Committee").
_ORGANS = "(?:" + "|".join(organ.replace(" ", _SP) for organ in ORGANS) + ")"
_ORGAN_BEFORE = re.compile(rf"^(?:{_ORGANS}{_SP})*{_ORGANS}{_SP}of{_SP}(?:the{_SP})?")
_ORGAN_AFTER = re.compile(rf"{_SP}{_ORGANS}$")
_OF = re.compile(rf"{_SP}of{_SP}(?:the{_SP})?")
_ABBREVIATION_END = re.compile(rf"(?:{_SP})?\((?P<acr>[A-Z][A-Za-z0-9&]{{1,8}})\)$")
_POSSESSIVE_LEAD = re.compile(rf"^(?P<owner>[^'’]{{2,40}})['’]s{_SP}")
# Canonical name → its acronym ("Shanghai Cooperation Organisation" → "SCO"), dots left out.
_ACRONYM_OF = {name: min(short, key=len) for name, aliases in ALIASES.items()
               if (short := [a for a in (name, *aliases) if re.fullmatch(r"[A-Z][A-Z0-9]+", a)])}
_TOPIC = "(?:" + "|".join(sorted(MINISTRY_TOPICS, key=len, reverse=True)) + ")"
_MINISTRY = re.compile(rf"^(?:(?P<a>{_TOPIC}) Ministry|Ministry of (?P<b>{_TOPIC}))$")
_MEMBERS = re.compile(r"^(?P<pre>.*?)(?P<members>Heads of (?:State|Government)|(?:[A-Z][a-z][\w-]* )*Ministers) "
                      r"(?P<head>Council|Committee|Conference|Meeting)$")
_REORDERED = r"\g<pre>\g<head> of \g<members>"
_ABBREVIATION = re.compile(r"\s*\([A-Z][A-Za-z0-9&]{1,8}\)")
_LEADING_COUNTRY = re.compile(r"^(?P<c>" + "|".join(re.escape(w) for w in sorted(
    [*DEMONYMS, *PLACE_ALIASES], key=len, reverse=True)) + r")(?:'s)?\s+(?=\S)")
_DEMONYM_OF: dict[str, str] = {}
for _adjective, _country in DEMONYMS.items():
    _DEMONYM_OF.setdefault(_country, _adjective)


_DOTTED_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}(?=\s|$)")


def normalise(name: str, defined: dict[str, str] | None = None) -> str:
    """The canonical value of an organisation's name as written; ``defined`` maps the
    document's own acronyms to their names.

    >>> normalise("Ministry of Foreign Affairs of China"), normalise("UN Security Council")
    ('Chinese Foreign Ministry', 'United Nations Security Council')
    >>> normalise("Russian Federation Security Council"), normalise("Security Council of the Russian Federation")
    ('Security Council of Russia', 'Security Council of Russia')
    >>> normalise("Shanghai Cooperation Organization Heads of Government Council")
    'SCO Council of Heads of Government'
    >>> normalise("U.S. Geological Survey"), normalise("US Geological Survey")
    ('US Geological Survey', 'US Geological Survey')
    """
    name = " ".join(name.replace("’", "'").replace("[", "").replace("]", "").split())
    name = _ABBREVIATION.sub("", name)
    # Initials with or without their stops are one name: "U.S. Geological Survey" is "US Geological Survey".
    name = _DOTTED_INITIALS.sub(lambda initials: initials.group().replace(".", ""), name)
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    name = re.sub(r"(?<=[Oo]rgani)z(?=ation)", "s", name).replace("Defense", "Defence")
    if name.lower() in TABLE:
        return TABLE[name.lower()]
    place, rest, leading = _owner(name)
    ministry = _MINISTRY.match(rest)
    if ministry:
        topic = MINISTRY_TOPICS[ministry["a"] or ministry["b"]]
        demonym = _DEMONYM_OF.get(place or "")
        return f"{demonym} {topic} Ministry" if demonym else f"{topic} Ministry" + (f" of {place}" if place else "")
    if place and next((word for word in rest.split() if word in HEAD_WORDS), "") in GOVERNMENT:
        name = f"{_MEMBERS.sub(_REORDERED, rest)} of {place}"
    else:  # "China's Renmin University" is the university; "Chinese Academy of Sciences" and
        # "People's Bank of China" keep their names
        name = _MEMBERS.sub(_REORDERED, rest if not place or "'s " in leading else name)
    name = _contract(name, defined or {})
    return TABLE.get(name.lower(), name)


def _owner(name: str) -> tuple[str | None, str, str]:
    """The country a name holds ("Chinese …", "China's …", "… of the Russian Federation") as a
    canonical place, the name without it, and the country's words when they lead the name."""
    country = _LEADING_COUNTRY.match(name)
    if country:
        return DEMONYMS.get(country["c"]) or PLACE_ALIASES[country["c"]], name[country.end():], country.group()
    for match in re.finditer(r"\s+of\s+(?:the\s+)?", name):
        place = canonical_place(name[match.end():])
        if place:
            return place, name[:match.start()], ""
    return None, name, ""


def _contract(name: str, defined: dict[str, str]) -> str:
    """A known organisation heading a longer name, written as its acronym ("CPC Central
    Committee" and "Communist Party of China Central Committee" → "CPC Central Committee")."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        if words[size] == "and":  # "Ministry of Foreign Affairs and Trade" names its own body
            continue
        head = " ".join(words[:size])
        acronym = head if head in defined else _ACRONYM_OF.get(TABLE.get(head.lower(), ""))
        acronym = acronym or next((a for a, full in defined.items() if full == head), None)
        if acronym:
            return " ".join([acronym, *words[size:]])
    return name


def qualify(kept: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Give an unqualified name the one qualified form of the document that holds it:
    "Foreign Ministry" → "Chinese Foreign Ministry"; "Security Council" → "United Nations
    Security Council" when that is the only council named."""
    values = {value for _, _, value in kept}
    qualified = {}
    for value in values:
        fuller = {other for other in values if other.startswith(value + " of ")
                  or (other.endswith(" " + value) and _is_owner(other[:-len(value) - 1]))}
        qualified[value] = next(iter(fuller)) if len(fuller) == 1 else value
    return [(start, end, qualified[value]) for start, end, value in kept]


def _is_owner(prefix: str) -> bool:
    """True for a known organisation, a place or a nationality, which may own a body ("UN"
    Security Council, "Chinese" Foreign Ministry)."""
    return prefix.lower() in TABLE or prefix in PLACE_ALIASES.values() or prefix in DEMONYMS


def pieces(start: int, phrase: str, defined: dict[str, str]) -> list[tuple[int, int, str]]:
    """The mentions a body's phrase at ``start`` holds once internal organs are read as their
    owner: "Office of the Central Commission for Foreign Affairs of the CPC Central Committee" →
    "Central Commission for Foreign Affairs" and "CPC"; "Communist Party of China (CPC)" → two."""
    while (organ := _ORGAN_BEFORE.match(phrase)) and _is_body(phrase[organ.end():], defined):
        start, phrase = start + organ.end(), phrase[organ.end():]
    organ = _ORGAN_AFTER.search(phrase)
    if organ and _is_body(phrase[:organ.start()], defined):
        phrase = phrase[:organ.start()]
        # "X of the <owner> Central Committee": X is a body of the organ, so a mention of its own.
        owner = next((m for m in _OF.finditer(phrase) if _is_body(phrase[m.end():], defined)), None)
        if owner:
            return (pieces(start, phrase[:owner.start()], defined)
                    + pieces(start + owner.end(), phrase[owner.end():], defined))
    abbreviation = _ABBREVIATION_END.search(phrase)
    if abbreviation and abbreviation.start() and _is_body(phrase[:abbreviation.start()], defined):
        value = normalise(phrase[:abbreviation.start()], defined)
        return [(start, start + abbreviation.start(), value),
                (start + abbreviation.start("acr"), start + abbreviation.end("acr"), value)]
    if not (len(phrase.split()) >= 2 or _known(phrase, defined)) or key(phrase) in ORGANS or canonical_place(phrase) \
            or _place_before_legal_form(phrase):
        return []
    value = normalise(phrase, defined)
    owner = _POSSESSIVE_LEAD.match(phrase)  # "Iran’s Supreme National Security Council"
    if owner and canonical_place(owner["owner"]) and len(phrase[owner.end():].split()) >= 2:
        start, phrase = start + owner.end(), phrase[owner.end():]
    return [(start, start + len(phrase), value)]


def _place_before_legal_form(phrase: str) -> bool:
    """True for a place alone before the letters of a legal form, which abbreviate an office or a
    state there, not a company's form: "Texas AG" (attorney general), "Reno NV" (Nevada)."""
    words = phrase.split()
    return words[-1].rstrip(".") in LEGAL_FORMS and canonical_place(" ".join(words[:-1])) is not None


def _known(phrase: str, defined: dict[str, str]) -> bool:
    """True for a known alias or an acronym defined in the document."""
    return key(phrase) in ALIAS_KEYS or phrase in defined


def _is_body(phrase: str, defined: dict[str, str]) -> bool:
    """True for a phrase naming an organisation: headed by an organisation word, or known."""
    return any(word in HEAD_WORDS for word in phrase.split()) or _known(phrase, defined)


def key(phrase: str) -> str:
    """An alias as looked up: apostrophes straightened, editor's brackets and spaces folded."""
    return " ".join(phrase.replace("’", "'").replace("[", "").replace("]", "").split())
