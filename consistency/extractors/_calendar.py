"""Calendar vocabulary shared by date reading and publication-date inference.

Month and weekday names (full and abbreviated, with or without a full stop),
and the arithmetic to resolve a weekday or a month-day against a reference date.
"""

from __future__ import annotations

import datetime as dt
import re

from ..text import SPACE
from ._numbers import case_blind_alternation

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
WEEKDAY_ABBREVIATIONS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3,
                          "thurs": 3, "fri": 4, "sat": 5, "sun": 6}

#: A month name, full ("February") or abbreviated ("Feb", "Feb."), in any case, as a regex.
MONTH = rf"(?:{case_blind_alternation(MONTHS)}|{case_blind_alternation(MONTH_ABBREVIATIONS)}\.?)"
WEEKDAY = rf"(?:{case_blind_alternation(WEEKDAYS)}|{case_blind_alternation(WEEKDAY_ABBREVIATIONS)}\.?)"
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89][0-9]{2}|2[01][0-9]{2})"

_APOSTROPHE = "['’]"
#: A holiday held on one date of the Gregorian calendar every year, under the name English news gives
#: it anywhere: "Christmas Day", "Christmas Eve", "Boxing Day", "New Year's Day", "New Year's Eve",
#: "Valentine's Day", "Halloween", "St. Patrick's Day". Holidays of one country ("Independence Day")
#: or of a moving date ("Easter", "Thanksgiving") are not among them.
HOLIDAY = (rf"(?:Christmas{SPACE}+(?:[Dd]ay|[Ee]ve)|Boxing{SPACE}+[Dd]ay"
           rf"|New{SPACE}+Year(?:{_APOSTROPHE}s)?{SPACE}+(?:[Dd]ay|[Ee]ve)|Valentine{_APOSTROPHE}?s{SPACE}+[Dd]ay"
           rf"|Hallowe{_APOSTROPHE}?en|(?:St\.?|Saint){SPACE}+Patrick{_APOSTROPHE}?s{SPACE}+[Dd]ay)")
#: The month and day of each of :data:`HOLIDAY`, by the first and last word of its name in letters.
_HOLIDAY_DATES = {("christmas", "day"): (12, 25), ("christmas", "eve"): (12, 24), ("boxing", "day"): (12, 26),
                  ("new", "day"): (1, 1), ("new", "eve"): (12, 31), ("valentines", "day"): (2, 14),
                  ("halloween", "halloween"): (10, 31), ("st", "day"): (3, 17), ("saint", "day"): (3, 17)}
_NOT_LETTER = re.compile(r"[^a-z ]")

_ORDINAL_SUFFIX = re.compile(r"(st|nd|rd|th)$", re.IGNORECASE)


def month_number(name: str) -> int:
    """``"Feb."`` → 2. Raises ``KeyError`` for a word that is not a month."""
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


def weekday_number(name: str) -> int:
    """``"Wednesday"`` → 2 (Monday is 0)."""
    key = name.lower().rstrip(".")
    return WEEKDAYS[key] if key in WEEKDAYS else WEEKDAY_ABBREVIATIONS[key]


def day_number(text: str) -> int:
    """``"4th"`` → 4."""
    return int(_ORDINAL_SUFFIX.sub("", text))


def holiday_month_day(name: str) -> tuple[int, int]:
    """The month and day of a holiday matched by :data:`HOLIDAY`.

    >>> holiday_month_day("New Year’s  Eve"), holiday_month_day("Hallowe'en"), holiday_month_day("St. Patrick's Day")
    ((12, 31), (10, 31), (3, 17))
    """
    words = _NOT_LETTER.sub("", " ".join(name.lower().split())).split()
    return _HOLIDAY_DATES[(words[0], words[-1])]


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or ``None`` when the parts do not form one (February 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_weekday(weekday: int, reference: dt.date, future: bool) -> dt.date:
    """The weekday nearest ``reference``: on or before it, or on or after it if ``future``.

    News copy says "on Wednesday" of the current week: past-tense sentences look
    back (HeidelTime's news mode does the same), future-tense ones look ahead.
    """
    if future:
        return reference + dt.timedelta(days=(weekday - reference.weekday()) % 7)
    return reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)


#: How far a date may lie against its sentence's tense: "was set to expire on
#: February 5" read on February 6 still means this February 5.
TENSE_SLACK_DAYS = 7


def year_for_month_day(month: int, day: int, reference: dt.date, future: bool) -> int:
    """The year of a year-less month/day, leaning by the sentence's tense.

    Past-tense sentences take the latest such date not after the reference
    (allowing a week of slack); future-tense ones the earliest not before it.

    >>> year_for_month_day(12, 30, dt.date(2026, 1, 5), future=False)
    2025
    >>> year_for_month_day(1, 3, dt.date(2025, 12, 30), future=True)
    2026
    >>> year_for_month_day(2, 5, dt.date(2026, 2, 6), future=True)
    2026
    """
    candidates = [date for year in (reference.year - 1, reference.year, reference.year + 1)
                  if (date := safe_date(year, month, day)) is not None]
    if not candidates:
        return reference.year
    eligible = [d for d in candidates if fits_tense(d, reference, future)]
    if future:
        return min(eligible).year if eligible else max(candidates).year
    return max(eligible).year if eligible else min(candidates).year


def fits_tense(date: dt.date, reference: dt.date, future: bool) -> bool:
    """Whether ``date`` may be meant by a sentence of that tense written on ``reference``: not
    before it when ``future``, not after it otherwise, with a week of slack either way.

    >>> written = dt.date(2026, 2, 5)
    >>> fits_tense(dt.date(2026, 3, 1), written, False), fits_tense(dt.date(2026, 2, 9), written, False)
    (False, True)
    """
    slack = dt.timedelta(days=TENSE_SLACK_DAYS)
    return date >= reference - slack if future else date <= reference + slack


def year_for_month(month: int, reference: dt.date, future: bool) -> int:
    """The year of a bare month ("in November"), leaning by tense like month-days.

    >>> year_for_month(11, dt.date(2026, 2, 5), future=True)
    2026
    >>> year_for_month(11, dt.date(2026, 2, 5), future=False)
    2025
    """
    if month == reference.month:
        return reference.year
    if future:
        return reference.year if month > reference.month else reference.year + 1
    return reference.year if month < reference.month else reference.year - 1

#: Irregular verbs in the past, each a form of no other tense and seldom a noun: "the gunman drove to
#: the school on Monday", "the quake shook the city on Tuesday", "the rebels hid in the hills on
#: Friday". Forms shared with the present are left out ("read", "set", "spread"; "put", "cut" and
#: "hit" are kept for the past they mostly tell in news), and so are forms common as other words
#: ("bit", "wound", "ground", "bound", "slew", "lay", "lit", "spat", "dove", "bent"); "said" is too:
#: it reports, and the clause it reports keeps its own tense.
IRREGULAR_PAST = [
    "was", "were", "had", "did", "began", "met", "hit", "held", "took", "made", "came", "went", "fell", "rose",
    "won", "lost", "struck", "told", "gave", "left", "sent", "saw", "spoke", "broke", "ran", "led", "found",
    "sank", "shot", "fought", "flew", "wrote", "froze", "sold", "bought", "brought", "paid", "spent", "stood",
    "kept", "heard", "grew", "became", "beat", "fled", "sought", "swept", "withdrew", "upheld", "got", "sat",
    "cut", "put", "shut", "quit", "drew", "drove", "threw", "chose", "wore", "rode", "sang", "swam", "tore",
    "shook", "woke", "forgot", "meant", "felt", "dealt", "built", "caught", "taught", "thought", "hung", "dug",
    "stuck", "slid", "fed", "bled", "overran", "overtook",
    # Beyond those: pasts of news verbs of acting, moving and feeling.
    "hid", "ate", "drank", "rang", "shrank", "sprang", "stole", "blew", "knew", "forgave", "undertook",
    "mistook", "overthrew", "oversaw", "underwent", "overcame", "arose", "awoke", "strode", "swore", "wove",
    "lent", "slept", "wept", "crept", "knelt", "leapt", "sped", "clung", "flung", "stung",
    "swung", "spun", "shone", "laid", "withstood", "understood", "foresaw", "forbade",
]

#: The hours in words, as "eight o'clock" writes them (one to twelve).
HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
