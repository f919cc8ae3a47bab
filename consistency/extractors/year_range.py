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

A quarter or half without its year ("Profit rose 8% in the third quarter", "revenue for the first
half", "Q3 deliveries", "second-quarter earnings") is read only in financial copy, a sentence with a
word such as profit, revenue, sales, earnings, GDP, growth or exports and none of sports ("led by
10 in the third quarter" is a period of play). Its year is the one a report written on the
reference date means in the tense of its clause (resolution "inferred year"): in the past, the
latest such quarter ended by then ("profit rose in the fourth quarter", written on 5 February
2026, is 2025-10/2025-12; "in the first quarter", 2025-01/2025-03); in the present, the latest
begun ("deliveries in the first quarter are running ahead": 2026-01/2026-03); in the future, the
first not yet ended ("sales will rise in the first quarter": 2026; "in the fourth quarter": 2026);
of results still to be reported ("will report fourth-quarter earnings"), the one whose end lies
nearest (2025-10/2025-12). "Last year's fourth quarter" takes the year written. A fiscal quarter,
a name ("the Audi Q3") and a sentence writing a year other than the inferred one ("In 2023, profit
rose in the third quarter") give nothing.

Not year ranges: ISO dates ("2025-09-22"), "pages 20-30", money or percent ranges, counts
("1800-2000 troops"), phone numbers, lists ("2019, 2020 and 2021"), "this year" alone (a date).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..schema import Fact
from ..text import SPACE
from ._base import Anchors, DocumentContext, Example, anchored
from ._calendar import IRREGULAR_PAST, YEAR
from ._context import is_future
from ._events import event_of, subject_event
from ._numbers import NUMBER_WORDS, literal_alternation, read_number
from ._ordinals import GENERIC, anchor_pattern, head, phrase_after, phrase_before

KIND = "year_range"

_RELATIVE_YEAR = rf"(?:(?i:this|last|next|the|the{SPACE}+current|the{SPACE}+previous|the{SPACE}+past){SPACE}+year)"
_OF_YEAR = rf"{SPACE}+of{SPACE}+(?P<year>{YEAR}\b|{_RELATIVE_YEAR}\b)"
_PATTERN = re.compile(
    rf"\b(?=[12fFbBtTsSlLHQ34eEmMnN])(?:"
    rf"(?<![$€£¥.,/:#-])(?:(?P<pre>(?i:from|between)){SPACE}+)?(?P<y1>{YEAR})(?P<sep>{SPACE}*[-–—/]{SPACE}*"
    rf"|{SPACE}+(?i:to|through|until|till|and){SPACE}+)(?P<y2>{YEAR}|\d\d)(?![\w%]|[-–/.,:]\d|{SPACE}*%)"
    rf"|(?P<the>(?i:the){SPACE}+)?(?P<ord>(?i:first|second|third|fourth|last|final|latter|1st|2nd|3rd|4th))"
    rf"{SPACE}+(?P<part>(?i:half|quarter)){_OF_YEAR}"
    rf"|(?P<the2>(?i:the){SPACE}+)?(?P<edge>(?i:first|last)){SPACE}+(?P<n>\d{{1,2}}|{NUMBER_WORDS}){SPACE}+"
    rf"(?i:months){_OF_YEAR.replace('year>', 'year2>')}"
    rf"|(?P<hq>[HQ][1-4]|[1-4][HQ]){SPACE}+(?:of{SPACE}+)?(?P<year3>{YEAR}\b|{_RELATIVE_YEAR}\b)"
    rf"|(?:(?P<dthe>(?i:the)){SPACE}+)?(?:(?P<dpart>(?i:early|mid|late))(?:-|{SPACE}+))?"
    rf"(?P<decade>(?:1[89]|2[01])\d0)['’]?s\b"
    # A quarter or half without "of" and its year ("the third quarter", "second-quarter earnings",
    # "last year's first half", "Q3"): read only in financial copy (see ``_bare_part``).
    rf"|(?:(?P<bthe>(?i:the){SPACE}+)|(?P<poss>{YEAR}|(?i:this|last|next){SPACE}+year)['’]s{SPACE}+)?"
    rf"(?P<bord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))(?:{SPACE}+|-)(?P<bpart>(?i:half|quarter))"
    rf"(?![\w-]|{SPACE}+(?:of|hour|century|decade|mile|season|term)\b)"
    rf"|(?P<bhq>[HQ][1-4])(?![\w-]|{SPACE}*(?:of{SPACE}+)?(?i:fiscal|FY)))"
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
    # A quarter or half without its year, in financial copy: its year by the tense (published Thursday
    # 5 February 2026); in sports copy a period of play.
    Example("Profit rose 8% in [the third quarter].", "2025-07/2025-09", published="2026-02-05", grain="quarter",
            resolution="inferred year", low=2025.5, high=2025 + 8 / 12),
    Example("In [the fourth quarter], sales fell 3%.", "2025-10/2025-12", published="2026-02-05"),
    Example("The firm expects revenue to grow in [the first quarter].", "2026-01/2026-03", published="2026-02-05"),
    Example("Revenue for [the first half] will top $2 billion.", "2026-01/2026-06", published="2026-02-05",
            grain="half-year"),
    Example("[Q3] deliveries beat forecasts.", "2025-07/2025-09", published="2026-02-05"),
    Example("The bank will report [fourth-quarter] earnings on Tuesday.", "2025-10/2025-12", published="2026-02-05"),
    Example("Exports slumped in [last year's fourth quarter].", "2025-10/2025-12", published="2026-02-05",
            resolution="relative"),
    Example("The Lakers led by 10 in the third quarter and scored 30 in the first half.", published="2026-02-05"),
    Example("He scored twice in the first half, and the loss stung.", published="2026-02-05"),
    Example("The city's third quarter fell to the rebels; Audi Q3 sales rose.", published="2026-02-05"),
    Example("Profit rose in its fiscal third quarter; in 2023, sales rose in the second half.",
            published="2026-02-05"),
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
                _decade(context, match) if match.group("decade") else
                _bare_part(context, match) if match.group("bord") or match.group("bhq") else _part(context, match))
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


#: Words of financial copy, where a quarter or half without its year is a period of the calendar:
#: "profit rose 8% in the third quarter", "revenue for the first half", "Q3 deliveries".
_FINANCIAL = re.compile(
    r"\b(?i:profits?|revenues?|sales|earnings|income|GDP|growth|output|loss(?:es)?|results|deliveries|exports|"
    r"imports|shipments|margins?|turnover|EBITDA|dividends?|economy|production|orders|bookings|spending|"
    r"investment|inflation|unemployment|jobless|prices|subscribers|figures|quarterly|cash{SPACE}+flow)\b"
    .replace("{SPACE}", SPACE))
#: Words of sports copy, where "the third quarter" or "the first half" is a period of play: "led
#: by 10 in the third quarter", "scored twice in the first half", even beside "loss" or "results".
_SPORTS = re.compile(
    r"\b(?i:(?:out)?scor(?:ed|es|ing)|goals?|touchdowns?|quarterback|half-?time|innings?|rebounds|assists|"
    r"trail(?:ed|ing)|led{SPACE}+by|free{SPACE}+throws?|minutes?{SPACE}+(?:left|remaining))\b"
    .replace("{SPACE}", SPACE))
#: A verb of the past, telling that a quarter or half spoken of has ended: "profit rose", "sales
#: were", "deliveries jumped". "Expected", "scheduled" and the like are read as the future first
#: (see :func:`_tense`), so their "-ed" makes no past.
_PAST = re.compile(rf"\b(?:[a-z]{{2,}}ed|{literal_alternation(IRREGULAR_PAST)})\b")  # the dates' one list
#: A word of the future in a clause: "will", "is to", "expected to" (see ``is_future``), or a verb of
#: outlook: "the company expects revenue to rise in the first quarter".
_OUTLOOK = re.compile(r"\b(?:expects?|expecting|anticipates?|predicts?)\b")
#: A verb of making results known: a quarter whose results are still to come is the one whose end
#: lies nearest the reference date ("will report fourth-quarter earnings on Thursday", written on 5
#: February 2026, is of the fourth quarter of 2025; "is due to report first-quarter results in April",
#: of the first quarter of 2026).
#: Only a verb after "will", "to" or "be" is read: "the report said sales will rise" is a noun.
#: What stands before "H1"/"H2" naming a half of the year: "in H1", "for the H2", "during H1".
_PERIOD_BEFORE = re.compile(rf"(?i:\b(?:in|for|during|over|the|its|their)){SPACE}+\Z")
#: Nouns after "H2" that make it hydrogen: "demand for H2 production", "an H2 pipeline".
_HYDROGEN_AFTER = re.compile(rf"{SPACE}+(?:production|demand|fuel|supply|plants?|projects?|capacity|pipelines?"
                             rf"|storage|hubs?|stations?|economy|market|gas)\b")
_REPORTING = re.compile(rf"\b(?:will|to|be|is|are)(?:{SPACE}+be)?{SPACE}+"
                        rf"(?:(?:report|releas|publish|announc|unveil|disclos)(?:e|ed|d)?\b"
                        # "to post a profit" is to make one; "to post results" is to report them
                        rf"|post(?:ed)?{SPACE}+(?:its{SPACE}+|their{SPACE}+)?(?:[a-z-]+{SPACE}+)?"
                        rf"(?:results|earnings|figures|numbers)\b)")
#: Where a clause opens in a sentence, for the tense a quarter or half takes: "Profit rose in the
#: third quarter and the company expects growth in the fourth quarter".
_CLAUSE_BREAK = re.compile(rf";|,?{SPACE}+(?:and|but|while|whereas|although|though|that){SPACE}+"
                           rf"|,{SPACE}+(?:which|where)\b")
#: A year written in the sentence (not money, a count or a part of a number); a year after "since"
#: ("the best since 2019") is a comparison, which says nothing of the quarter's own year.
_WRITTEN_YEAR = re.compile(rf"(?<![\d$€£¥.,])(?<!since\s)\b{YEAR}\b(?![.,]\d|{SPACE}*%)")
#: Words that may stand capitalised before "Q3" or "H1" as a period ("In Q3, revenue rose"); any other
#: capitalised word makes them a name: "the Audi Q3", "the Mercedes H1".
_BEFORE_PERIOD_CODE = frozenset({"in", "for", "during", "by", "the", "its", "their", "over", "since", "after",
                                 "through", "until", "from", "and", "but", "a", "with"})
#: How far around a quarter or half its sentence is read for financial, sports and tense words.
_PERIOD_REACH = 200


def _bare_part(context: DocumentContext, match: re.Match) -> Fact | None:
    """A quarter or half named without "of" and its year, in financial copy: "Profit rose 8% in the
    third quarter", "revenue for the first half", "Q3 deliveries", "second-quarter earnings". Its
    year is the one an English financial report means, from the reference date and the tense of
    its clause (see :func:`_year_of_part`); "last year's fourth quarter" takes the year written.
    Nothing is read in sports copy ("led by 10 in the third quarter"), in a sentence without a
    financial word, for a fiscal quarter ("its fiscal third quarter"), for a name ("the Audi Q3"),
    nor where the sentence writes a year other than the one inferred ("In 2023, profit rose in the
    third quarter": which year the quarter belongs to is not sure)."""
    text, start, end = context.text, match.start(), match.end()
    if re.search(r"(?i:fiscal)[\s-]+\Z", text[max(0, start - 8):start]):
        return None
    if match.group("bhq") and _named_code(text, start):
        return None
    sentence = context.sentences.at(start)
    low, high = max(sentence.start, start - _PERIOD_REACH), min(sentence.end, end + _PERIOD_REACH)
    low, high = _between_semicolons(text, low, high, start, end)
    window = text[low:high]
    if not _FINANCIAL.search(window) or _SPORTS.search(window):
        return None
    if match.group("bhq"):
        letter, digit = match.group("bhq")[0].upper(), int(match.group("bhq")[1])
        if letter == "H" and (digit > 2 or not _PERIOD_BEFORE.search(text, max(0, start - 12), start)
                              or _HYDROGEN_AFTER.match(text, end)):
            return None  # a bare "H2" is hydrogen as often as a half: only "in/for/during/the H2" is one
        size, index = (6 if letter == "H" else 3), digit
    else:
        part, ordinal = match.group("bpart").lower(), match.group("bord").lower()
        index = (_HALVES if part == "half" else _QUARTERS).get(ordinal)
        if index is None:
            return None
        size = 6 if part == "half" else 3
    months = ((index - 1) * size + 1, index * size)
    grain = "half-year" if size == 6 else "quarter"
    if match.group("poss"):
        year, resolution = _year(context, start, match.group("poss"))
    else:
        year, resolution = _inferred_year(context, match, months, window, start - low)
        if year is not None and any(int(found.group()) != year for found in _WRITTEN_YEAR.finditer(window)):
            return None
    value = f"{year or 'XXXX'}-{months[0]:02d}/{year or 'XXXX'}-{months[1]:02d}"
    low_year = year + (months[0] - 1) / 12 if year else None
    high_year = year + (months[1] - 1) / 12 if year else None
    return context.fact(KIND, start, end, value, low=low_year, high=high_year,
                        qualifier="range", grain=grain, resolution=resolution)


def _between_semicolons(text: str, low: int, high: int, start: int, end: int) -> tuple[int, int]:
    """The part of ``text[low:high]`` around ``text[start:end]`` between semicolons, which join
    sentences of their own ("The city's third quarter fell; sales rose")."""
    before, after = text.rfind(";", low, start), text.find(";", end, high)
    return (low if before < 0 else before + 1), (high if after < 0 else after)


def _named_code(text: str, start: int) -> bool:
    """Whether "Q3" or "H1" at ``start`` follows a capitalised word that makes it a name ("Audi Q3")."""
    before = text[max(0, start - 20):start].split()
    word = before[-1].strip("\"'“”‘’(,") if before else ""
    return word[:1].isupper() and word.lower() not in _BEFORE_PERIOD_CODE


def _inferred_year(context: DocumentContext, match: re.Match, months: tuple[int, int], window: str,
                   offset: int) -> tuple[int | None, str]:
    """The year of a quarter or half without one, leaning by the tense of its clause (``offset`` is
    the match's place in ``window``); ``(None, "unresolved year")`` without a reference date."""
    reference = context.reference_date(match.start())
    if not reference or reference.startswith("XXXX"):
        return None, "unresolved year"
    tense = _tense(window, offset, offset + match.end() - match.start())
    return year_of_part(months, dt.date.fromisoformat(reference), tense), "inferred year"


def _tense(window: str, start: int, end: int) -> str:
    """ "future", "past", "present" or "reporting" for a quarter or half at ``window[start:end]``:
    the tense its clause tells, else the tense of the whole window; "reporting" for results still
    to be made known (see :data:`_REPORTING`)."""
    clause_start, clause_end = 0, len(window)
    for found in _CLAUSE_BREAK.finditer(window):
        if found.end() <= start:
            clause_start = found.end()
        elif found.start() >= end:
            clause_end = found.start()
            break
    for text in (window[clause_start:clause_end], window):
        future = is_future(text) or _OUTLOOK.search(text) is not None
        past = _PAST.search(text) is not None
        if future or past:
            if future and _REPORTING.search(text):
                return "reporting"
            return "future" if future else "past"
    return "reporting" if _REPORTING.search(window) else "present"


def year_of_part(months: tuple[int, int], reference: dt.date, tense: str) -> int:
    """The year of the part of a year spanning ``months`` (first and last, 1–12) that a report
    written on ``reference`` means in that ``tense``: in the past, the latest one ended by then; in
    the present, the latest one begun; in the future, the first one not yet ended; of results
    still to be reported, the one whose end lies nearest.

    >>> written = dt.date(2026, 2, 5)
    >>> year_of_part((10, 12), written, "past"), year_of_part((1, 3), written, "past")
    (2025, 2025)
    >>> year_of_part((1, 3), written, "present"), year_of_part((1, 3), written, "future")
    (2026, 2026)
    >>> year_of_part((10, 12), written, "future"), year_of_part((10, 12), written, "reporting")
    (2026, 2025)
    """
    year = reference.year

    def last_day(of_year: int) -> dt.date:
        following = dt.date(of_year + months[1] // 12, months[1] % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    if tense == "past":
        return year if last_day(year) <= reference else year - 1
    if tense == "present":
        return year if dt.date(year, months[0], 1) <= reference else year - 1
    if tense == "future":
        return year if last_day(year) >= reference else year + 1
    return min((year - 1, year, year + 1), key=lambda each: abs((last_day(each) - reference).days))


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
