"""Times of day: clock times ("12:41:45 am", "3 p.m.", "15:30 GMT", "0730 GMT", "8 o'clock",
"eight o'clock in the evening"), "noon", "midnight" and parts of the day ("on the afternoon of
February 4", "in the evening", "this morning", "tonight", "last night", "Wednesday evening").

Values follow TIMEX3: the day the time falls on, "T", then the time: "2026-02-04T15:00",
"XXXX-02-04TAF". Parts of the day are TMO (morning), TAF (afternoon), TEV (evening) and
TNI (night); noon is T12:00, midnight T00:00. The day is the nearest day-grain date in
the same sentence ("on the afternoon of February 4", "yesterday evening"), the reference
date for "this morning"/"tonight" (the day before for "last night"), else unknown:
"XXXX-XX-XXTEV". So "on the evening of February 4, 2026" and "Xi spoke to Trump in the
evening of Wednesday" (published 5 February 2026) both read "2026-02-04TEV".

An hour "o'clock" is read as written ("7 o'clock" is T07:00, as "at 9:30" is T09:30) unless a part of
the day after it tells the half of the day: "eight o'clock in the evening" and "eight o'clock tonight"
are T20:00 (grain hour, as "8 p.m."); "in the evening" and "at night" are part of its span, "tonight"
a time of its own, as after "8 p.m.".

The span never covers the date, which stays a date fact. The time zone, when written, is
the ``unit`` ("GMT", "UTC", "Beijing time"); ``grain`` is second, minute, hour or
part-of-day.

Not times: "24/7", scores "3-2", ratios ("1:1 exchange", "a 3:2 split"), verse numbers
("John 3:16"), bare one-digit "h:mm" without "at"/"am"/"pm" or a zone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..schema import Fact
from ..text import SPACE
from . import dates
from ._base import Anchors, DocumentContext, Example, anchored
from ._calendar import HOUR_WORDS
from ._events import event_of
from ._numbers import case_blind_alternation
from ._ordinals import anchor_pattern

KIND = "time"

_AMPM = r"(?P<{n}>(?i:a\.m\.?|p\.m\.?|am|pm))(?![\w])"
_ZONE = (rf"(?P<zone>(?:GMT|UTC)(?:{SPACE}*[+-]{SPACE}*\d{{1,2}}(?::?\d\d)?)?|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|"
         rf"CDT|PST|PDT|ET|PT|JST|KST|IST|HKT|SGT|(?:Beijing|Moscow|Washington|Tokyo|London|Eastern|Pacific|Central|"
         rf"local){SPACE}+(?i:time))\b")
_PART = r"(?P<{n}>(?i:morning|afternoon|evening|night))\b"
#: An hour "o'clock", then the part of the day that tells which half of the day it is: written after
#: it ("eight o'clock in the evening", "11 o'clock at night"), part of the time; or a day's part
#: of its own ("eight o'clock tonight", "7 o'clock on Tuesday evening"), which stays a time of its own as
#: after "8 p.m.". Not a time: a programme or a bearing ("the six o'clock news", "at two o'clock high").
_OCLOCK = (rf"(?<![:.,/])(?P<oh>1[0-2]|0?[1-9]|{case_blind_alternation(HOUR_WORDS)}){SPACE}+[oO][’']?[cC]lock\b"
           rf"(?:{SPACE}+(?:(?i:in){SPACE}+(?i:the){SPACE}+(?P<oin>(?i:morning|afternoon|evening))\b"
           rf"|(?i:at){SPACE}+(?P<oat>(?i:night))\b)"
           rf"|(?={SPACE}+(?:(?i:this|tomorrow|yesterday|last|(?:on{SPACE}+)?(?:Monday|Tuesday|Wednesday|Thursday|"
           rf"Friday|Saturday|Sunday)){SPACE}+)?(?P<onext>(?i:morning|afternoon|evening|night|tonight))\b))?"
           rf"(?:{SPACE}*\(?{_ZONE.replace('zone>', 'zone4>')}\)?)?"
           rf"(?!{SPACE}+(?i:news|bulletin|show|programme|program|position|direction|high|low|watershed)\b)")
# The look-ahead on first letters lets the scanner skip most positions cheaply (an hour in words
# opening with another letter, "four o'clock", is let through only before "o'clock").
_PATTERN = re.compile(
    rf"\b(?=[\dnmtlaeNMTLAE]|[oOfFsS]\w+{SPACE}+[oO][’']?[cC]lock)(?:"
    rf"(?<![:.,/])(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:/]|[.,]\d)"
    rf"(?:{SPACE}*{_AMPM.format(n='ampm')})?(?:{SPACE}*\(?{_ZONE}\)?)?"
    rf"|(?<![:.,/])(?P<h2>1[0-2]|0?[1-9])(?:[.:](?P<m2>[0-5]\d))?{SPACE}*{_AMPM.format(n='ampm2')}"
    rf"(?:{SPACE}*\(?{_ZONE.replace('zone>', 'zone2>')}\)?)?"
    rf"|(?<![:.,/])(?P<h3>[01]\d|2[0-3])(?P<m3>[0-5]\d){SPACE}*(?:hrs{SPACE}+)?(?P<zone3>GMT|UTC)\b"
    rf"|{_OCLOCK}"
    rf"|(?:12{SPACE}*)?(?P<noon>(?i:noon|midday|midnight))\b"
    rf"|(?P<det>(?i:the|this|that)){SPACE}+(?:(?i:early|late){SPACE}+)?{_PART.format(n='part')}"
    rf"|(?P<tonight>(?i:tonight))\b|(?P<last>(?i:last)){SPACE}+(?P<lastnight>(?i:night))\b"
    rf"|(?<=[\w{SPACE[1:-1]}]{SPACE}){_PART.format(n='part2')})"
)
# The full pattern runs only around cheap anchors (see ``anchor_pattern``): a colon before two
# digits ("15:30"), a figure before "am"/"pm" or "GMT"/"UTC" ("3 p.m.", "0730 GMT"), and the words
# of the day. A figure and its marker make one anchor, so "3pm" and "0730GMT" pass the word test.
# A figure's first digit only (the look-behind): a digit inside a run starts no word, and trying
# each would make a long run of digits quadratic.
_CLOCK_ANCHORS = [r":(?=[0-5]\d)", *(rf"{digit}(?<![^\W_].)\d*{SPACE}*(?:[aApP]\.?[mM]|(?:hrs{SPACE}+)?(?:GMT|UTC))"
                                      for digit in "0123456789")]
_ANCHORS = Anchors(patterns=[anchor_pattern(
    ["noon", "midday", "midnight", "morning", "afternoon", "evening", "night", "tonight", "clock"], _CLOCK_ANCHORS)])
_CUE = re.compile(rf"(?i:\b(?:at|around|about|by|from|until|till|to|before|after|since|between|and|"
                  rf"approximately|past|near|shortly|exactly)){SPACE}+$|[-–]{SPACE}*$")
_PREPOSITION = re.compile(rf"(?i:\b(?:in|on|during|through|throughout|by|until|till|late|early|into)){SPACE}+$")
#: Words a part of the day may be followed by and still be a time ("the evening of", "the evening, when").
_FOLLOW = re.compile(rf"(?:[’']s\b|{SPACE}*(?:[,.;:)!?—–-]|$|\n)|{SPACE}+(?i:of|and|or|when|before|after|as|at|in|on|"
                     rf"with|local|hours?|that|to|while|but|he|she|they|we|the|is|was|will|\d))")
_DAY_WORD = re.compile(r"(?:\b(?i:today|yesterday|tomorrow)|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                       r"|Sunday)|\d)$")
_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_NOON = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}

EXAMPLES = [
    Example("The talks began on [the afternoon] of March 3.", "2025-03-03TAF", published="2025-03-05",
            grain="part-of-day"),
    Example("The talks began on [the afternoon] of March 3.", "XXXX-03-03TAF"),
    Example("On March 3, 2024, the envoys met again in [the evening].", "2024-03-03TEV"),
    Example("He flew home in [the evening].", "XXXX-XX-XXTEV"),
    Example("The minister will speak [this morning].", "2025-03-05TMO", published="2025-03-05"),
    Example("Rebels attacked the town [last night].", "2025-03-04TNI", published="2025-03-05"),
    Example("They met on Tuesday [evening] in Rome.", "2025-03-04TEV", published="2025-03-05"),
    Example("Posted Mon, Mar 03 2025 [12:41:45 am]", "2025-03-03T00:41:45", grain="second"),
    Example("The vote closes at [3 p.m.] on Friday, May 2, 2025.", "2025-05-02T15:00", grain="hour"),
    Example("Trading halted at [15:30 GMT].", "XXXX-XX-XXT15:30", unit="GMT", grain="minute"),
    Example("Troops moved at [0730 GMT] on June 2, 2024.", "2024-06-02T07:30", unit="GMT"),
    Example("The deadline expires at [midnight] on April 1, 2025.", "2025-04-01T00:00"),
    Example("The rally starts at [9:05 pm (local time)].", "XXXX-XX-XXT21:05", unit="local time"),
    Example("The meeting began at [8 o'clock] sharp.", "XXXX-XX-XXT08:00", grain="hour"),
    Example("They met at [eight o'clock in the evening] on March 3, 2025.", "2025-03-03T20:00", grain="hour"),
    Example("The blast struck at [11 o'clock at night].", "XXXX-XX-XXT23:00"),
    Example("She read the six o'clock news; pilots saw fighters at two o'clock high."),
    Example("The shop is open 24/7 and the score was 3-2."),
    Example("Shares will be swapped on a 1:1 basis, a 3:2 split, see John 3:16."),
    Example("The evening news and the morning session ran late."),
    Example("They slept at night in a night shelter; a midday meal."),
    Example("The morning star, Noon Street and 14:75 are not times."),
]


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every time of day in the document that is not boilerplate."""
    text = context.text
    days: dict[int, list[Fact]] = {}  # day-grain dates by sentence, read only where a time needs them
    for match in anchored(_PATTERN, _ANCHORS, text, before=24, after=48):
        start, end = match.span()
        if context.skip(start, end):
            continue
        reading = _read(text, match)
        if reading is None:
            continue
        clock, grain, zone = reading
        day, resolution = _relative_day(context, match)
        if day is None:
            day, resolution = _nearest_day(context, days, start, end)
        fact = context.fact(KIND, start, end, f"{day}T{clock}", unit=zone, grain=grain,
                            resolution=resolution)
        fact.event = event_of(fact.sentence, start - fact.sentence_start)
        fact.subject = fact.event
        yield fact


def _read(text: str, match: re.Match) -> tuple[str, str, str] | None:
    """The time as TIMEX3 ("15:00", "TAF"), its grain and zone, or ``None`` if not a time."""
    groups = match.groupdict()
    before = text[max(0, match.start() - 14):match.start()]
    if groups["h"]:
        hour, minute, ampm = int(groups["h"]), groups["m"], groups["ampm"]
        if not (ampm or groups["zone"] or groups["s"] or len(groups["h"]) == 2 or _CUE.search(before)):
            return None  # "a 3:2 split", "John 3:16"
        hour = _twelve_hour(hour, ampm)
        if hour is None:
            return None
        clock = f"{hour:02d}:{minute}" + (f":{groups['s']}" if groups["s"] else "")
        return clock, "second" if groups["s"] else "minute", _zone(groups["zone"])
    if groups["h2"]:
        hour = _twelve_hour(int(groups["h2"]), groups["ampm2"])
        minute = groups["m2"] or "00"
        return f"{hour:02d}:{minute}", "minute" if groups["m2"] else "hour", _zone(groups["zone2"])
    if groups["h3"]:
        return f"{groups['h3']}:{groups['m3']}", "minute", groups["zone3"]
    if groups["oh"]:
        hour = _hour_of_day(groups["oh"], groups["oin"] or groups["oat"] or groups["onext"] or "")
        return f"{hour:02d}:00", "hour", _zone(groups["zone4"])
    if groups["noon"]:
        if not _CUE.search(before) or not groups["noon"][:1].islower():
            return None  # "a midday meal", "Noon Street"
        return _NOON[groups["noon"].lower()], "minute", ""
    part = groups["part"] or groups["part2"] or ("night" if groups["tonight"] or groups["lastnight"] else "")
    if groups["det"] and groups["det"].lower() == "the" and not _PREPOSITION.search(before):
        return None  # "the evening news"
    if (groups["part"] or groups["part2"]) and not _FOLLOW.match(text, match.end()):
        return None  # "the morning session", "a night shelter"
    if groups["part2"] and not _DAY_WORD.search(text[max(0, match.start() - 14):match.start()].rstrip()):
        return None  # a bare part of the day needs a day before it: "Tuesday evening"
    return _CODES[part.lower()], "part-of-day", ""


def _hour_of_day(hour: str, part: str) -> int:
    """The hour of the day of an hour "o'clock" (in figures or words) said in a ``part`` of the day:
    "eight o'clock in the evening" is 20, "twelve o'clock at night" 0, "three o'clock at night" 3
    (the small hours), "7 o'clock" alone 7, as "at 9:30" is read.

    >>> _hour_of_day("eight", "evening"), _hour_of_day("12", "night"), _hour_of_day("3", "night"), _hour_of_day("7", "")
    (20, 0, 3, 7)
    """
    number = int(hour) if hour.isdigit() else HOUR_WORDS.index(hour.lower()) + 1
    part = part.lower()
    if part == "morning" or (part in ("night", "tonight") and number == 12):
        return number % 12
    if part in ("afternoon", "evening") or (part in ("night", "tonight") and number >= 6):
        return number % 12 + 12
    return number


def _twelve_hour(hour: int, ampm: str | None) -> int | None:
    if not ampm:
        return hour
    if not 1 <= hour <= 12:
        return None
    return hour % 12 + (12 if ampm.lower().startswith("p") else 0)


def _zone(zone: str | None) -> str:
    return " ".join(zone.split()) if zone else ""


def _relative_day(context: DocumentContext, match: re.Match) -> tuple[str | None, str]:
    """The day of "this morning", "tonight" (the reference date) and "last night" (the day before)."""
    det = (match.group("det") or "").lower()
    if det != "this" and not match.group("tonight") and not match.group("last"):
        return None, ""
    reference = context.reference_date(match.start())
    if not reference:
        return "XXXX-XX-XX", "unresolved"
    if match.group("last"):
        year = reference[:4]
        base = dt.date(2001 if year == "XXXX" else int(year), int(reference[5:7]), int(reference[8:10]))
        day = (base - dt.timedelta(days=1)).isoformat()
        return (("XXXX" + day[4:]) if year == "XXXX" else day), "relative"
    return reference[:10], "relative"


def _nearest_day(context: DocumentContext, days: dict[int, list[Fact]], start: int, end: int) -> tuple[str, str]:
    """The nearest day-grain date of the same sentence, or an unknown day.

    Only the sentences that hold a time are read for dates, with the date reader's own
    pattern and resolution, so a time agrees with the date facts of its sentence.
    """
    sentence = context.sentences.at(start)
    if sentence.start not in days:
        days[sentence.start] = dates.day_dates(context, sentence.start, sentence.end)
    near = days[sentence.start]
    if not near:
        return "XXXX-XX-XX", "unresolved"
    best = min(near, key=lambda f: (min(abs(f.start - end), abs(start - f.end)), f.start < start))
    return best.value, "sentence date"
