"""Durations: "one hour and twenty-five minutes", "just over an hour and a half", "90
minutes", "half an hour", "two and a half years", "18 months", "a five-year period",
"for one year", "three decades", "2 hours 30 minutes", ranges ("two to three weeks", "2-3 days",
"between 10 and 12 hours": value "P14D..P21D", qualifier "range", the interval from one end to
the other, as counts and amounts give theirs; "within two or three days" is below its upper end).

The value is an ISO 8601 duration normalised so that equal durations read the same:
minutes carry into hours and hours into days ("90 minutes" = "an hour and a half" =
"PT1H30M", "48 hours" = "two days" = "P2D"), weeks become days, months carry into years
and decades into years ("18 months" = "P1Y6M", "three decades" = "P30Y"). Days never
carry into months, which vary in length.

``low``/``high`` are seconds (a month is 1/12 of a mean Gregorian year). An exact figure
keeps the precision of its last part: "one hour and twenty-five minutes" is ±30 s,
[5070, 5130]; "90 minutes" ±5 minutes (see ``_numbers.interval``); "and a half" is ±a
quarter of its unit. Bound words follow the house rules: "just over an hour and a half"
is (5400, None) with qualifier "above", "nearly two hours" (6480, 7200) "approx", "within
two years" below. A bare "over" is a bound ("for over 10 years", "lasted over two hours",
"over 10 years ago") except right after an amount, a change or a verb of spreading, where it
names the period spanned and the length is exact ("cost $5 billion over 10 years", "rose 20%
over three years", "spread over three years"; see ``_spanning``).

The subject is what lasted: the noun before "lasted"/"took" ("The discussion lasted …",
"The trial is expected to last …"), the noun a hyphenated duration qualifies ("a two-day
visit"), "sentence" for a prison term ("was sentenced to 12 years", "jailed for 12 years"),
the object or participle before "for" ("extending the limits for one year" → "limits"), else
the sentence's event.
Meeting and visit nouns become their event class ("discussion", "talks", "call" →
"meeting"; "trip" → "visit") so that accounts using different words align. "… ago" is
an elapsed time: note "ago", subject "since <event>" (or "elapsed").

Not durations: ages ("five-year-old", "25 years old"), names ("Five-Year Plan"), rates
("24 hours a day", "every two years"), "the year 2026", vague spans ("the first few
weeks", "several years": no figure, skipped), "a second term" (an ordinal).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..schema import Fact
from ..text import SPACE
from ._base import Anchors, DocumentContext, Example, anchored
from ._context import without_asides
from ._events import event_of, subject_event
from ._numbers import (
    BOUND,
    FALL_WORDS,
    NUMBER_DIGITS,
    NUMBER_WORD_LIST,
    NUMBER_WORDS,
    OPENS_WORD,
    RISE_WORDS,
    SCALE,
    Reading,
    bound_qualifier,
    canonical,
    interval,
    is_plural,
    read_number,
)
from ._ordinals import GENERIC, STOP, head, phrase_after

KIND = "duration"

_S = SPACE
# "a dozen years", "half a dozen years", "two dozen hours": a dozen is twelve of the unit.
_DOZEN = rf"(?i:(?:half{_S}+a|an?|{NUMBER_WORDS}){_S}+dozen)"
_NUM = rf"(?:{_DOZEN}|{NUMBER_DIGITS}|{NUMBER_WORDS}|(?i:an?))"
_UNIT = (r"(?i:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?|yrs?|decades?"
         r"|century|centuries|millennium|millennia)(?![\w])")
# "six and a half years", and hyphenated before the noun it qualifies: "a six-and-a-half-year term".
_HALF = rf"(?i:(?:{_S}+|-)and(?:{_S}+|-)a(?:{_S}+|-)half)"
_FILLERS = ["more", "further", "additional", "consecutive", "straight", "successive", "full", "whole", "long", "short",
            "extra"]
_FILL = rf"(?i:{'|'.join(_FILLERS)})"
_PART_BODY = rf"{_NUM}{_HALF}?(?:{_S}+|-)(?:{_FILL}{_S}+)?{_UNIT}{_HALF}?"
_HALF_A = rf"(?i:half){_S}+(?i:an?){_S}+{_UNIT}"
# A figure after a hyphen belongs to a word ("COVID-19 days") unless the hyphen joins a range's
# figures ("2-3 days", read with its lower end by ``_RANGE_LOW``).
_PATTERN = re.compile(rf"\b(?=[\dzotfsenhaZOTFSENHA])(?<![.,$€£¥])(?<![^\d]-)"
                      rf"(?P<body>(?:{_HALF_A}|{_PART_BODY})(?:(?:,?{_S}+(?i:and)|,)?{_S}+{_PART_BODY})*)")
_UNIT_WORDS = ["second", "sec", "minute", "min", "hour", "hr", "day", "week", "fortnight", "month", "year", "yr",
               "decade", "century", "centuries", "millennium", "millennia"]
#: Words that may stand right before a unit in a duration: the end of a figure ("two", "a
#: hundred", "an"), "and a half", or a filler ("two more years").
_BEFORE_UNIT = {*NUMBER_WORD_LIST, "hundred", "thousand", "a", "an", "half", "dozen", *_FILLERS}
_ONE_SPACE = re.compile(_S)


class _UnitAnchors(Anchors):
    """Unit words ("hours", "years") right after a figure, a filler or "a half": every duration
    holds one, and the few that pass are where the costly pattern runs. A unit written with a
    capital is never read ("Five-Year Plan"), so only lower-case units anchor."""

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Unit words whose preceding word could end the figure of a duration."""
        for start, end in super().spans(text):
            i = start - 1
            if i >= 0 and text[i] == "-":
                i -= 1
            else:
                while i >= 0 and _ONE_SPACE.match(text, i):
                    i -= 1
                if i == start - 1:
                    continue  # a unit joined to what precedes it
            j = i + 1
            while i >= 0 and text[i].isalnum():
                i -= 1
            word = text[i + 1:j]
            if word and (word[-1].isdigit() or word.lower() in _BEFORE_UNIT):
                yield start, end


_ANCHORS = _UnitAnchors([form for word in _UNIT_WORDS for form in (word, word + "s")])
#: The lower end of a range right before a duration's figure: "two to three weeks", "2-3 days",
#: "between 10 and 12 years", "a week or two" is not (the unit stands first). "And" makes a range
#: only after "between" ("five and ten years" may be two durations); "from five to seven years"
#: is left alone, since it is mostly a change of a length ("extended the term from five to seven years").
_RANGE_LOW = re.compile(rf"(?<![\w.,$€£¥-])(?:(?P<between>(?i:between)){_S}+)?(?P<low>{NUMBER_DIGITS}|{NUMBER_WORDS})"
                        rf"(?:{_S}*[-–]{_S}*|{_S}+(?P<joiner>(?i:to|or|and)){_S}+)$")
_FROM_BEFORE = re.compile(rf"\b(?i:from){_S}+$")
_BOUND_BEFORE = re.compile(rf"(?<![\w-])(?P<bound>{BOUND}|(?i:within)){_S}+$")
_PART = re.compile(rf"(?P<half_a>(?i:half){_S}+(?i:an?){_S}+)?(?P<num>(?(half_a)|{_NUM}))(?P<half1>{_HALF})?"
                   rf"(?P<hyphen>(?(half_a)|(?:{_S}+|-)))(?:{_FILL}{_S}+)?(?P<unit>{_UNIT})(?P<half2>{_HALF})?")
#: "Over" as "spanning" rather than "more than": the period an amount, a change or a spreading is
#: measured across ("cost $5 billion over 10 years", "rose 20% over three years", "repayable over a
#: decade", "Over two days, the ministers met …"). What comes right before "over" decides it:
#: an amount (a figure with its scale, unit or one counted noun: "5,000 jobs", "1 trillion yuan"),
#: or a verb of spreading or changing. A verb ending in -ed right after a figure is the clause's
#: verb, not the figure's noun ("some 20 waited over two hours", a bound), and "for", "in" … begin
#: a phrase of their own ("held 12 for over two days").
_AMOUNT_BEFORE_OVER = re.compile(
    rf"(?:[$€£¥₽₹]{_S}*|(?<![\w.,$€£¥₽₹]))(?:\d[\d,]*(?:\.\d+)?|{NUMBER_WORDS}(?={_S}*-?(?:{SCALE})))"
    rf"(?:{_S}*-?(?:{SCALE}))?(?:{_S}*%|{_S}+(?i:per{_S}*cent|percent|percentage{_S}+points?|points?))?"
    rf"(?:{_S}+(?![a-z]+ed\b|(?:for|in|after|within|than|since|during|and|or)\b)[A-Za-z][\w’'-]*)?{_S}+\Z")
_SPREAD_BEFORE_OVER = re.compile(
    rf"\b(?:spread|spreading|spreads|phased|phasing|staggered|stretched|paid|payable|repaid|repayable"
    rf"|amortized|amortised|distributed|disbursed|rolled|implemented|invested|doubled|tripled|quadrupled|halved"
    rf"|(?!(?:lost|loses|up|down)\b)(?:{RISE_WORDS}|{FALL_WORDS}))\b(?:{_S}+(?:in|out|back|off))?"
    rf"(?:{_S}+[a-z]+ly)?{_S}+\Z")
#: After the duration, words that make "over" a bound whatever precedes it: "over 10 years ago",
#: "over two hours later", "over 10 years of war", "over 30 years old".
_BOUND_AFTER = re.compile(rf"{_S}+(?i:ago|later|earlier|old|of)\b")
_SEP = re.compile(rf"(?:,?{_S}+(?i:and)|,)?{_S}+")
#: (months, seconds) per unit, and the order units must fall in within one duration.
_UNITS = {"millennium": (12000, 0), "century": (1200, 0), "decade": (120, 0), "year": (12, 0), "month": (1, 0),
          "fortnight": (0, 1209600), "week": (0, 604800), "day": (0, 86400), "hour": (0, 3600), "minute": (0, 60),
          "second": (0, 1)}
_ALIASES = {"sec": "second", "min": "minute", "hr": "hour", "yr": "year", "centurie": "century",
            "millennia": "millennium"}
_RANK = list(_UNITS)
MONTH_SECONDS = 365.2425 * 86400 / 12
_AFTER_SKIP = re.compile(rf"(?:-olds?\b|{_S}+olds?\b|{_S}+of{_S}+age\b|{_S}+(?:a|an|per|each|every){_S}+{_UNIT})")
# "every two years" is a rate; "aged 5-11 years", "ages 16 to 24" are ages.
_BEFORE_SKIP = re.compile(rf"(?i:\b(?:every|each|per|aged?|ages)){_S}+$")
#: Words that make "a year", "an hour" a duration: "for a year", "took an hour".
_ARTICLE_CUES = {"for", "lasted", "lasting", "last", "lasts", "took", "take", "takes", "taking", "within", "spent",
                 "spend", "spends", "after", "than", "whole", "full", "entire", "over", "another", "ran", "run", "runs"}
# A phrase ending where the text ends is searched for from each token start only (the look-behind
# after the first character): the leftmost match starts at one, and trying the others wastes time.
_LASTED = re.compile(rf"(?P<np>[\w’'-](?<![\w’'-].)[\w’'-]*(?:{_S}+[\w’'-]+){{0,3}}?){_S}+"
                     # a length ahead: "The trial is expected to last", "The strike could last"
                     rf"(?:(?:will|would|could|may|might|should|must|(?:is|are|was|were){_S}+(?:(?:expected|likely"
                     rf"|set|due|scheduled|going){_S}+)?to){_S}+)?"
                     rf"(?:(?:has|have|had){_S}+)?(?:lasted|lasting|lasts|last|took|takes|ran|runs|continued|went{_S}+on)(?:{_S}+for)?{_S}*$")
#: "of" after a length, before what it is a length of.
_OF_WHAT = re.compile(rf"{_S}+of{_S}+(?=[a-z])")
#: No word that opens a clause of its own between a verb of sentencing and its term: "a nurse who had
#: worked there for 20 years", "a trial that ran for three weeks", "charges he had denied for a decade".
_NO_CLAUSE = r"(?!\b(?:that|who|which|whom|whose|where|when|while|after|he|she|they|it|had|has|have|was|were|is|are)\b)"
#: A prison term: "was sentenced to", "sentenced him to", "sentenced the former head of Meridale
#: to", "jailed for", "imprisoned for up to", also with when, where or by whom between ("sentenced on
#: Wednesday to", "sentenced by U.S. District Judge Ana Ruiz to", "jailed in Boston for").
_SENTENCED = re.compile(rf"\b(?:sentenced|jailed|imprisoned)(?:{_S}+(?:him|her|them|each|both"
                        rf"|(?:the|a|an|[A-Z][\w’'.-]*)(?:{_S}+{_NO_CLAUSE}[\w’'.-]+){{0,6}}?))?"
                        rf"(?:,?{_S}+(?:on|by|in|at|last|yesterday|today|this)\b(?:{_NO_CLAUSE}[^.;:!?\n]|(?<=[A-Z])\.)"
                        rf"{{0,60}}?,?)?{_S}+(?:to|for)"
                        rf"(?:{_S}+(?:up{_S}+to|more{_S}+than|nearly|almost|about|at{_S}+least))?{_S}*$")
_FOR = re.compile(rf"(?P<verb>[a-z]{OPENS_WORD}[a-z]*(?:ed|ing))(?P<object>(?:{_S}+[\w’'-]+){{0,4}}?){_S}+"
                  rf"for{_S}+(?:(?:a|an|"
                  rf"another|the){_S}+)?(?:(?:further|additional|more|extra|next|past|last|first){_S}+)?$")

EXAMPLES = [
    Example("The meeting lasted [two hours and fifteen minutes].", "PT2H15M", low=8070.0, high=8130.0,
            qualifier="exact", subject="meeting"),
    Example("The summit ended [just over an hour and a half] later.", "PT1H30M", qualifier="above",
            low=5400.0, high=None),
    Example("The debate ran for [90 minutes].", "PT1H30M", low=5100.0, high=5700.0),
    Example("The session lasted [nearly two hours].", "PT2H", qualifier="approx", low=6480.0, high=7200.0),
    Example("Negotiators talked for [half an hour].", "PT30M", subject="meeting"),
    Example("The accord was extended for a further [ten-year] term.", "P10Y", subject="term"),
    Example("The strike lasted [18 months].", "P1Y6M", subject="strike"),
    Example("The trial is expected to last [three weeks].", "P21D", subject="trial"),
    Example("She was jailed for [12 years] for fraud.", "P12Y", subject="sentence"),
    Example("She waited [a year and a half] for a reply.", "P1Y6M"),
    Example("The embargo held for [three decades].", "P30Y"),
    Example("They plan a [three-day] visit to Cairo.", "P3D", subject="visit"),
    Example("The talks lasted [48 hours].", "P2D", subject="meeting"),
    Example("He served [two and a half years] in prison.", "P2Y6M"),
    Example("The founder was jailed for [a dozen years].", "P12Y", subject="sentence"),
    Example("He was sentenced on Wednesday to [nine years] in prison.", "P9Y", subject="sentence"),
    Example("The jury convicted him after [52 hours] of deliberations.", "P2DT4H", subject="deliberation"),
    Example("A judge sentenced the former head of the agency to [14 years] on Friday.", "P14Y", subject="sentence"),
    Example("She was sentenced by U.S. District Judge Ana Ruiz to [144 months].", "P12Y", subject="sentence"),
    Example("The blockade lasted [half a dozen weeks].", "P42D"),
    Example("The striker signed a [three-and-a-half-year] contract.", "P3Y6M", subject="contract"),
    Example("Workers staged a [2 hours 30 minutes] stoppage.", "PT2H30M"),
    Example("The vote ended [an hour] ago.", "PT1H", note="ago"),
    Example("The plan will cost $5 billion over [10 years].", "P10Y", qualifier="exact"),
    Example("Repayments are spread over [three years].", "P3Y", qualifier="exact"),
    Example("He has lived there for [over 10 years].", "P10Y", qualifier="above", high=None),
    Example("The bank suspended the limits for [one year].", "P1Y", subject="limits"),
    Example("The fire has burned for [more than a week].", "P7D", qualifier="above", high=None, subject="fire"),
    Example("The firm has operated in Chile for [20 years].", "P20Y", subject="firm"),
    Example("Police held him in Lagos for [two days].", "P2D", subject=""),
    Example("The pact has been automatically extended for [five years].", "P5Y", subject="pact"),
    Example("The plant was temporarily closed for [two weeks].", "P14D", subject="plant"),
    Example("Repairs will take [two to three weeks].", "P14D..P21D", qualifier="range", low=1209600.0,
            high=1814400.0),
    Example("The hearing lasted [between 10 and 12 hours].", "PT10H..PT12H", qualifier="range", low=36000.0,
            high=43200.0),
    Example("Delivery takes [3-5 days].", "P3D..P5D", qualifier="range"),
    Example("The term was extended from five to [seven years].", "P7Y", qualifier="exact"),
    Example("Banks move [within two or three days].", "P2D..P3D", qualifier="below", low=None, high=259200.0),
    Example("The region adopted its Five-Year Plan and a 10-year-old boy, 25 years old, spoke."),
    Example("Staff work 24 hours a day, seven days a week, and meet every two years."),
    Example("The year 2026 saw the first few weeks of calm and several years of growth."),
    Example("She won a second term; wait a minute."),
    Example("Once a year the 24 solar terms are listed."),
]


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every duration in the document that is not boilerplate."""
    text = context.text
    for match in anchored(_PATTERN, _ANCHORS, text, before=80, after=96):
        if context.skip(match.start(), match.end()):
            continue
        fact = _read(context, match)
        if fact is not None:
            yield fact


def _parts(text: str, start: int, end: int) -> list[re.Match]:
    """The parts of a composite duration, cut where units stop descending ("24 hours a day")."""
    parts: list[re.Match] = []
    position = start
    while position < end:
        part = _PART.match(text, position, end)
        if not part or (parts and _rank(part) >= _rank(parts[-1])):
            break
        parts.append(part)
        separator = _SEP.match(text, part.end(), end)
        position = separator.end() if separator else end
    return parts


def _unit(part: re.Match) -> str:
    word = part.group("unit").lower()
    word = word[:-1] if word.endswith("s") and word[:-1] in (*_UNITS, *_ALIASES) else word
    return _ALIASES.get(word, word)


def _rank(part: re.Match) -> int:
    return -_RANK.index(_unit(part))


def _read(context: DocumentContext, match: re.Match) -> Fact | None:
    text = context.text
    parts = _parts(text, match.start("body"), match.end("body"))
    if not parts or any(p.group("unit")[:1].isupper() for p in parts):
        return None  # "Five-Year Plan" is a name
    start, end = match.start(), parts[-1].end()
    lower = _lower_end(text, start, parts)  # "two to three weeks": the figures start at "two"
    if lower is None and start >= 2 and text[start - 1] == "-" and text[start - 2].isdigit():
        return None  # "voted 51-49 hours before", "won 3-1 days after": a score, not a range's end
    start = lower[0] if lower else start
    found = _BOUND_BEFORE.search(text, max(0, start - 40), start)
    if found and _spanning(text, found, end):
        found = None  # "cost $5 billion over 10 years": the period spanned, an exact length
    bound = found.group("bound") if found else None
    start = found.start() if found else start
    before = text[max(0, start - 12):start]
    after = text[end:end + 24]
    if _AFTER_SKIP.match(text, end) or _BEFORE_SKIP.search(before):
        return None  # an age or a rate
    first = parts[0].group("num") or ""
    article = first.lower() in ("a", "an") and len(parts) == 1 and not parts[0].group("half2")
    words_before = before.split()
    ago = bool(re.match(rf"{_S}+(?i:ago)\b", after))
    if article and not bound and not ago and (
            not words_before or words_before[-1].lower() not in _ARTICLE_CUES):
        return None  # "a year of growth", "once a year"
    if article and _unit(parts[0]) in ("second", "minute") and re.match(rf"{_S}+[a-z]", after) \
            and not re.match(rf"{_S}+(?:{'|'.join(STOP)})\b", after):
        return None  # "a second term": an ordinal
    months, seconds, precision = _total(parts)
    if precision is None:
        return None
    total = months * MONTH_SECONDS + seconds
    low, high, qualifier = interval(Reading(total, precision), 1.0, _qualifier(bound))
    value = iso_duration(months, seconds)
    if lower is not None:  # a range: its ends are exact; a bound word before it bounds the range
        _, lower_months, lower_seconds = lower
        low = interval(Reading(lower_months * MONTH_SECONDS + lower_seconds, 0), 1.0, _qualifier(bound))[0]
        high = interval(Reading(total, 0), 1.0, _qualifier(bound))[1]
        qualifier = "range" if qualifier == "exact" else qualifier
        value = f"{iso_duration(lower_months, lower_seconds)}..{value}"
    fact = context.fact(KIND, start, end, value, low=low, high=high, qualifier=qualifier,
                        note="ago" if ago else "")
    offset = start - fact.sentence_start
    fact.event = event_of(fact.sentence, offset)
    subject = _subject(text, fact.sentence_start, start, parts[-1]) or subject_event(fact.event)
    if event_of(subject, 0) in ("meeting", "visit"):
        subject = event_of(subject, 0)  # "talks", "discussion", "call" → "meeting"; "trip" → "visit"
    if ago:
        subject = f"since {subject}" if subject else "elapsed"
    fact.subject = subject
    return fact


def _lower_end(text: str, start: int, parts: list[re.Match]) -> tuple[int, float, float] | None:
    """Where a range's lower figure starts, and its length in months and seconds, when the
    one-unit duration at ``start`` is the upper end of a range ("two to three weeks"; see
    :data:`_RANGE_LOW`); ``None`` otherwise."""
    if len(parts) != 1 or parts[0].group("half_a") or parts[0].group("half1") or parts[0].group("half2"):
        return None
    found = _RANGE_LOW.search(text, max(0, start - 40), start)
    if found is None or ((found.group("joiner") or "").lower() == "and" and not found.group("between")):
        return None
    if not found.group("between") and _FROM_BEFORE.search(text, max(0, found.start() - 8), found.start()):
        return None
    try:
        lower, upper = read_number(found.group("low")).value, read_number(parts[0].group("num")).value
    except ValueError:
        return None
    if not lower < upper:
        return None  # "10 to 2 hours" is no range
    unit_months, unit_seconds = _UNITS[_unit(parts[0])]
    return found.start(), lower * unit_months, lower * unit_seconds


def _spanning(text: str, bound: re.Match, end: int) -> bool:
    """Whether a bare "over" before the duration ending at ``end`` means "spanning", not "more than"
    (see :data:`_AMOUNT_BEFORE_OVER`). "For over 10 years", "lasted over two hours", "just over an
    hour" stay bounds; so does any "over … ago/later/of" (:data:`_BOUND_AFTER`)."""
    word = bound.group("bound")
    if word.lower() != "over" or _BOUND_AFTER.match(text, end):
        return False
    over = bound.start()
    if word == "Over" and text.startswith(",", end):
        return True  # "Over two days, the ministers met …": the clause happens across the period
    window = max(0, over - 60)
    return bool(_SPREAD_BEFORE_OVER.search(text, window, over) or _AMOUNT_BEFORE_OVER.search(text, window, over))


def _qualifier(bound: str | None) -> str:
    if bound and bound.lower() == "within":
        return "below"
    return bound_qualifier(bound)


def _total(parts: list[re.Match]) -> tuple[float, float, float | None]:
    """Months, seconds and the half-width of precision (in seconds) of a composite duration."""
    months = seconds = 0.0
    precision = None
    for part in parts:
        if part.group("half_a"):
            reading = Reading(0.5, 0.25)
        else:
            try:
                reading = _read_figure(part.group("num"))
            except ValueError:
                return 0.0, 0.0, None
            if part.group("half1") or part.group("half2"):
                reading = Reading(reading.value + 0.5, 0.25)
        unit_months, unit_seconds = _UNITS[_unit(part)]
        months += reading.value * unit_months
        seconds += reading.value * unit_seconds
        precision = reading.half_step * (unit_months * MONTH_SECONDS + unit_seconds)
    return months, seconds, precision


def _read_figure(figure: str) -> Reading:
    """The figure of one part: "a" or "an" is one unit; "a dozen" twelve, "half a dozen" six."""
    words = figure.lower().split()
    if words[-1] == "dozen":
        count = 0.5 if words[0] == "half" else 1.0 if words[0] in ("a", "an") else \
            read_number(" ".join(words[:-1])).value
        return Reading(count * 12, 0.5)
    return read_number(figure) if words[0] not in ("a", "an") else Reading(1.0, 0.5)


def iso_duration(months: float, seconds: float) -> str:
    """An ISO 8601 duration with months carried into years and seconds into minutes, hours, days.

    >>> iso_duration(18, 0), iso_duration(0, 5400), iso_duration(0, 172800), iso_duration(0, 0)
    ('P1Y6M', 'PT1H30M', 'P2D', 'P0D')
    """
    years, months = divmod(round(months, 6), 12)
    days, rest = divmod(round(seconds, 6), 86400)
    hours, rest = divmod(rest, 3600)
    minutes, rest = divmod(rest, 60)
    date = "".join(f"{canonical(v)}{u}" for v, u in ((years, "Y"), (months, "M"), (days, "D")) if v)
    time = "".join(f"{canonical(v)}{u}" for v, u in ((hours, "H"), (minutes, "M"), (rest, "S")) if v)
    if not date and not time:
        return "P0D"
    return "P" + date + (f"T{time}" if time else "")


_SUBJECT_REACH = 300


def _subject(text: str, sentence_start: int, start: int, last: re.Match) -> str:
    """What lasted (see the module docstring); "" when the words around say nothing."""
    # Both patterns read a few words before the figure: a bounded window keeps a long line linear.
    before = text[max(sentence_start, start - _SUBJECT_REACH):start]
    of_what = _OF_WHAT.match(text, last.end())  # "52 hours of deliberations", "three years of supervised release"
    if of_what:
        noun = head(phrase_after(text, of_what.end(), limit=3)[0])
        if noun and noun not in GENERIC:
            # one subject for "52 hours of deliberations" and "two days of deliberation"
            return noun[:-1] if is_plural(noun.split()[-1]) and noun.endswith(("ions", "ings", "ments")) else noun
    # an aside between what lasted and its verb: "The strike, which began in May, lasted six weeks"
    lasted = _LASTED.search(without_asides(before))
    if lasted:
        words = lasted.group("np").split()
        for index in range(len(words) - 1, -1, -1):
            if words[index].lower() in STOP:
                words = words[index + 1:]
                break
        if words:
            return head(words)
    if last.group("hyphen") == "-":
        position = last.end() + (5 if text.startswith("-long", last.end()) else 0)
        words, _ = phrase_after(text, position, limit=3)
        noun = head(words)
        if noun and noun not in GENERIC:
            return noun
    if _SENTENCED.search(before):  # "was sentenced to 12 years", "jailed for life": the prison term
        return "sentence"
    held = _FOR.search(before)
    if held and not held.group("verb").lower().startswith(("last", "continu", "runn")):
        return _held_subject(before, held)
    return ""


#: The noun phrase before a verb, with its auxiliaries: "The fire has", "Trading was".
_DOER = re.compile(rf"(?P<np>[\w’'-](?<![\w’'-].)[\w’'-]*(?:{_S}+[\w’'-]+){{0,3}}?){_S}+"
                   rf"(?:(?:has|have|had|was|were|is|are)(?:{_S}+been)?{_S}+)?(?:[a-z]+ly{_S}+)?$")


#: Words that open an adverbial after a verb, not its object: "operated in Russia", "dragged on".
_PREPOSITIONS = frozenset({"in", "on", "at", "to", "from", "with", "into", "across", "under", "over", "through",
                           "within", "without", "about", "among", "amid", "between", "by", "during", "after",
                           "before", "since", "there", "here", "abroad", "overseas", "home", "off", "out", "up",
                           "down", "away", "back"})
_OBJECT_PRONOUNS = frozenset({"him", "them", "us", "me", "you", "itself", "themselves", "himself", "herself"})


def _held_subject(before: str, held: re.Match) -> str:
    """What a verb before "for" held for so long: its object ("suspended the limits for one year"
    → limits); with none, a verb that names the event ("talked for an hour" → meeting), else the
    noun before the verb ("the fire has burned for a week" → fire, "trading was halted for 15
    minutes" → trading). An object behind a preposition is a place or a manner, never what lasted:
    "has operated in Russia for 30 years" is the company's operation, not Russia.

    >>> _held_subject("The fire has burned for ", _FOR.search("The fire has burned for "))
    'fire'
    """
    words = held.group("object").split()
    for index, word in enumerate(words):  # "detained him in Moscow": the object ends at a preposition
        if word.lower() in _PREPOSITIONS:
            words = words[:index]
            break
    if words:  # an object: a noun's head, a pronoun's nothing ("held him for two days")
        obj = [w for w in words if w.lower() not in STOP and w.lower() not in _OBJECT_PRONOUNS]
        return head(obj) if obj else ""
    verb = held.group("verb").lower()
    if event_of(verb, 0):
        return verb  # read as its event class by the caller
    doer = _DOER.search(before, 0, held.start())
    if doer is None:
        return ""
    noun = doer.group("np").split()
    for index in range(len(noun) - 1, -1, -1):  # "in the end the fire": the words after the last stop word
        if noun[index].lower() in STOP:
            noun = noun[index + 1:]
            break
    return head(noun) if noun else ""
