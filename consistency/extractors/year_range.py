"""Year ranges and parts of years: "(2026-30)", "2026–2030", "from 2021 to 2025", "between
2021 and 2025", "2026 and 2027" (two consecutive years named as one period), "2025/26",
"the first half of this year", "the second half of 2025", "the first quarter of 2025",
"Q3 2024", "H1 2025", "the first three months of 2025", decades ("the 1990s", "the mid-2000s").

Values are ISO 8601 intervals: "2026/2030" (grain "year"), "2026-01/2026-06" (grain
"half-year"), "2025-01/2025-03" (grain "quarter" or "month"). "this/last/next year" and
"the year" resolve against the reference date of their place (``context.reference_date``);
without one the year stays "XXXX". ``low``/``high`` are the first and last unit covered,
in fractional years (month m of year y is y + (m-1)/12): "2026/2030" → 2026, 2030;
"2026-01/2026-06" → 2026.0, 2026.4167.

The subject is what the period is of: the noun phrase before a parenthesised range
("15th Five-Year Plan (2026-30)" → "five-year plan"), the name a range is declared
("2026 and 2027 have been declared the Cross Years of …"), the noun after an attributive
range ("the 2021-2025 plan" → "plan"), else the sentence's event word ("visit").

Not year ranges: ISO dates ("2025-09-22"), "pages 20-30", money or percent ranges, counts
("1800-2000 troops"), phone numbers, lists ("2019, 2020 and 2021"), "this year" alone (a date).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..schema import Fact
from ..text import SPACE
from ._base import Anchors, DocumentContext, Example, anchored
from ._calendar import YEAR
from ._events import event_of, subject_event
from ._numbers import NUMBER_WORDS, read_number
from ._ordinals import GENERIC, anchor_pattern, head, phrase_after, phrase_before

KIND = "year_range"

_RELATIVE_YEAR = rf"(?:(?i:this|last|next|the|the{SPACE}+current|the{SPACE}+previous|the{SPACE}+past){SPACE}+year)"
_OF_YEAR = rf"{SPACE}+of{SPACE}+(?P<year>{YEAR}\b|{_RELATIVE_YEAR}\b)"
_PATTERN = re.compile(
    rf"\b(?=[12fFbBtTsSlLHQ34eEmM])(?:"
    rf"(?<![$€£¥.,/:#-])(?:(?P<pre>(?i:from|between)){SPACE}+)?(?P<y1>{YEAR})(?P<sep>{SPACE}*[-–—/]{SPACE}*"
    rf"|{SPACE}+(?i:to|through|until|till|and){SPACE}+)(?P<y2>{YEAR}|\d\d)(?![\w%]|[-–/.,:]\d|{SPACE}*%)"
    rf"|(?P<the>(?i:the){SPACE}+)?(?P<ord>(?i:first|second|third|fourth|last|final|latter|1st|2nd|3rd|4th))"
    rf"{SPACE}+(?P<part>(?i:half|quarter)){_OF_YEAR}"
    rf"|(?P<the2>(?i:the){SPACE}+)?(?P<edge>(?i:first|last)){SPACE}+(?P<n>\d{{1,2}}|{NUMBER_WORDS}){SPACE}+"
    rf"(?i:months){_OF_YEAR.replace('year>', 'year2>')}"
    rf"|(?P<hq>[HQ][1-4]|[1-4][HQ]){SPACE}+(?:of{SPACE}+)?(?P<year3>{YEAR}\b|{_RELATIVE_YEAR}\b)"
    rf"|(?:(?P<dthe>(?i:the)){SPACE}+)?(?:(?P<dpart>(?i:early|mid|late))(?:-|{SPACE}+))?"
    rf"(?P<decade>(?:1[89]|2[01])\d0)['’]?s\b)"
)
# The full pattern runs only around cheap anchors (see ``anchor_pattern``): a year followed by a
# range separator ("2021-25", "2015 to 2019"), "half", "quarter", "months", and "H1", "Q3", "3Q".
_SEPARATOR_AHEAD = rf"(?={SPACE}*[-–—/]|{SPACE}+(?i:to|through|until|till|and){SPACE})"
_ANCHORS = Anchors(patterns=[anchor_pattern(
    ["half", "quarter", "months"],
    [rf"1[89][0-9][0-9]{_SEPARATOR_AHEAD}", rf"2[01][0-9][0-9]{_SEPARATOR_AHEAD}", "H[1-4]", "Q[1-4]",
     r"1[89][0-9]0['’]?s\b", r"2[01][0-9]0['’]?s\b",
     *(f"{digit}[HQ]" for digit in "1234")])])
_NOT_YEARS_BEFORE = re.compile(r"(?i:\b(?:pages?|pp?\.|nos?\.|tel\.?|phone|fax|isbn|room|flight|model)"
                               rf"{SPACE}*|\d{SPACE}*[-–]{SPACE}*|\d,{SPACE}*|{YEAR},{SPACE}*)$")
_UNIT_AFTER = re.compile(rf"{SPACE}*(?:people|staff|personnel|km|kg|tonnes?|metres|meters|feet|yuan|yen|euros?|"
                         rf"rubles?|dollars|hours|(?i:billion|million|thousand|percent|per{SPACE}+cent))\b")
_PLURAL_AFTER = re.compile(rf"{SPACE}+(?!(?:has|was|is|as)\b)[a-z]+s\b")
_DECLARED = re.compile(rf"{SPACE}+(?:have|has|had|were|was|are|is|will{SPACE}+be)(?:{SPACE}+been)?{SPACE}+"
                       rf"(?:declared|designated|named|proclaimed|announced|dubbed)(?:{SPACE}+as)?{SPACE}+"
                       rf"(?:the{SPACE}+)?")
_HALVES = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "latter": 2, "last": 2, "final": 2}
_QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "last": 4, "final": 4}
_RELATIVE = {"this": 0, "the": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1}

EXAMPLES = [
    Example("under the 14th Five-Year Plan [2021-25] period", "2021/2025", low=2021.0, high=2025.0),
    Example("Poland's new National Energy Strategy ([2030–2040]) was adopted.", "2030/2040",
            subject="national energy strategy", grain="year"),
    Example("Output grew steadily [from 2015 to 2019], officials said.", "2015/2019"),
    Example("Reserves rose [between 2010 and 2014].", "2010/2014"),
    Example("[2028 and 2029] have been declared the Years of Science and Innovation.", "2028/2029",
            subject="years of science and innovation"),
    Example("the French-German Years of Youth ([2024 and 2025]) began.", "2024/2025",
            subject="years of youth"),
    Example("the Years of Culture (\u00a0[2026 and 2027]) opened.", "2026/2027", subject="years of culture"),
    Example("Culture matters (\n[2026 and 2027] were the Years of Culture).", "2026/2027", subject=""),
    Example("The league's [2023/24] season ended.", "2023/2024", subject="season"),
    Example("The envoy will visit Brazil in [the second half of this year].", "2025-07/2025-12",
            published="2025-03-01", grain="half-year", low=2025.5, high=2025 + 11 / 12, subject="visit"),
    Example("Profits fell in [the first quarter of 2024].", "2024-01/2024-03", grain="quarter"),
    Example("Sales rose in [Q3 2023] and slowed after.", "2023-07/2023-09", grain="quarter"),
    Example("Exports jumped in [the first five months of last year].", "2024-01/2024-05",
            published="2025-06-01", grain="month"),
    Example("The loan is repaid in [the first half of the year].", "XXXX-01/XXXX-06", resolution="unresolved"),
    Example("Growth was fastest in [the 1990s].", "1990/1999", low=1990.0, high=1999.0, qualifier="range"),
    Example("Prices peaked in the [late 1980s].", "1986/1989", qualifier="approx"),
    Example("Steam power spread through [the 1800s].", "1800/1899"),
    Example("Collectors prize 1960s guitars, and 300s are common."),
    Example("It was signed on 2025-09-22, see pages 20-30 and pages 1810-1820."),
    Example("The fund raised $2010-2015 and grew 2019-2020% in tests."),
    Example("Between 1900 and 2000 troops were sent; call 2021-2025-5550."),
    Example("Elections were held in 2012, 2016 and 2020, and this year."),
    Example("They met in 2015 and 2019 and again in March 2021."),
]


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every year range and part of a year in the document that is not boilerplate."""
    text = context.text
    for match in anchored(_PATTERN, _ANCHORS, text, before=40, after=48):
        if context.skip(match.start(), match.end()):
            continue
        fact = (_span(context, match) if match.group("y1") else
                _decade(context, match) if match.group("decade") else _part(context, match))
        if fact is None:
            continue
        fact.event = event_of(fact.sentence, fact.start - fact.sentence_start)
        subject = _subject(text, fact)
        fact.subject = subject if subject and subject not in GENERIC else subject_event(fact.event)
        yield fact


def _span(context: DocumentContext, match: re.Match) -> Fact | None:
    text = context.text
    first, second = int(match.group("y1")), match.group("y2")
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    joiner = match.group("sep").strip().lower()
    if len(second) == 2 and joiner not in ("-", "–", "—", "/"):
        return None
    if not first < last <= first + 100 or (joiner == "and" and not match.group("pre") and last != first + 1):
        return None  # "2015 and 2019" are two years, not a period
    if _NOT_YEARS_BEFORE.search(text[max(0, match.start() - 12):match.start()]):
        return None
    if ((match.group("pre") or "").lower() == "from" and joiner == "and") or _UNIT_AFTER.match(text, match.end()):
        return None
    if first % 100 == last % 100 == 0 and _PLURAL_AFTER.match(text, match.end()):
        return None  # "between 1900 and 2000 troops": a count
    return context.fact(KIND, match.start(), match.end(), f"{first}/{last}", low=float(first), high=float(last),
                        qualifier="range", grain="year", resolution="absolute")


#: The years of a decade that "early", "mid" and "late" name: the first four, the middle four,
#: the last four ("the early 1990s" is 1990–1993, "the mid-2000s" 2003–2006, "the late 1980s"
#: 1986–1989).
_DECADE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}


def _decade(context: DocumentContext, match: re.Match) -> Fact | None:
    """A decade, or part of one, after "the" or "early"/"mid"/"late": "the 1990s" → 1990/1999.
    "The 1800s" and "the 1900s" name centuries (1800/1899), as news uses them; "the 2000s", the
    decade. A bare "1990s" ("1990s fashion") is read too only with a part word ("mid-1990s")."""
    first = int(match.group("decade"))
    if not (match.group("dthe") or match.group("dpart")):
        return None
    part = (match.group("dpart") or "").lower()
    century = first % 100 == 0 and first < 2000
    if part:
        offset, last_offset = _DECADE_PARTS[part] if not century else (0, 99)
        low, high, qualifier = first + offset, first + last_offset, "approx"
    else:
        low, high, qualifier = first, first + (99 if century else 9), "range"
    start = match.start("dthe") if match.group("dthe") and not part else match.start("dpart") if part \
        else match.start("decade")
    return context.fact(KIND, start, match.end(), f"{low}/{high}", low=float(low), high=float(high),
                        qualifier=qualifier, grain="year", resolution="absolute")


def _part(context: DocumentContext, match: re.Match) -> Fact | None:
    """A half, quarter or run of months of a year, resolved against the reference date."""
    groups = match.groupdict()
    year_text = groups["year"] or groups["year2"] or groups["year3"]
    if groups["part"]:
        ordinal, part = groups["ord"].lower(), groups["part"].lower()
        index = (_HALVES if part == "half" else _QUARTERS).get(ordinal)
        if index is None:
            return None
        size, grain = (6, "half-year") if part == "half" else (3, "quarter")
        months = ((index - 1) * size + 1, index * size)
    elif groups["edge"]:
        count = int(read_number(groups["n"]).value)
        if not 1 <= count <= 11:
            return None
        months, grain = ((1, count) if groups["edge"].lower() == "first" else (13 - count, 12)), "month"
    else:
        letter, digit = sorted(groups["hq"].upper())[::-1] if groups["hq"][0].isdigit() else groups["hq"].upper()
        if letter == "H" and int(digit) > 2:
            return None
        size, grain = (6, "half-year") if letter == "H" else (3, "quarter")
        months = ((int(digit) - 1) * size + 1, int(digit) * size)
    year, resolution = _year(context, match.start(), year_text)
    value = f"{year or 'XXXX'}-{months[0]:02d}/{year or 'XXXX'}-{months[1]:02d}"
    low = year + (months[0] - 1) / 12 if year else None
    high = year + (months[1] - 1) / 12 if year else None
    return context.fact(KIND, match.start(), match.end(), value, low=low, high=high, qualifier="range",
                        grain=grain, resolution=resolution)


def _year(context: DocumentContext, offset: int, written: str) -> tuple[int | None, str]:
    if written[:1].isdigit():
        return int(written), "absolute"
    reference = context.reference_date(offset)
    if not reference or reference.startswith("XXXX"):
        return None, "unresolved"
    word = written.split()[-2].lower() if len(written.split()) > 1 else "this"
    return int(reference[:4]) + _RELATIVE.get(word, 0), "relative"


_BRACKET_BEFORE = re.compile(rf"\({SPACE}*\Z")  # \Z: no line break may stand between


def _subject(text: str, fact: Fact) -> str:
    """What the period is of, from the words around it (see the module docstring)."""
    start, end = fact.start, fact.end
    if _BRACKET_BEFORE.search(text, max(0, start - 8), start):  # "(2024 and 2025)", "( 2024 …", "(\u00a02024 …"
        words = phrase_before(text, text.rfind("(", 0, start))
        return head(words)
    closing = end + 1 if text[end:end + 1] == ")" else end
    declared = _DECLARED.match(text, closing)
    if declared:
        words, _ = phrase_after(text, declared.end(), limit=8)
        named = _name(text, declared.end())
        return head(named or words)
    if re.search(rf"(?i:\bthe|\bits|\btheir|[’']s){SPACE}+$", text[max(0, start - 8):start]):
        words, _ = phrase_after(text, end, limit=3)
        return head(words)
    return ""


def _name(text: str, position: int) -> list[str]:
    """A capitalised name with inner "of"/"in"/"and": "Cross Years of Cooperation in Education"."""
    name = re.match(rf"[A-Z][\w’'-]*(?:{SPACE}+(?:(?:of|in|and|for|the){SPACE}+)*[A-Z][\w’'-]*)*", text[position:])
    return name.group().split() if name else []
