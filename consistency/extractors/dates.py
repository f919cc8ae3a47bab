"""Dates: absolute ("Feb 4, 2026", "4 February", "2026-02-04", "25/12/2025" when only one
order of day and month makes a date), month-day ("February 4"), months ("in November", "last
month", "this month"), years ("in 2025", "last year", "this year"), relative ("on Wednesday",
"today", "tomorrow, February 5"), fixed-date holidays ("on Christmas Eve", "New Year's Day 2025",
"Valentine's Day", "Halloween"), each with its grain (day, month, year) and how it was
resolved. Each day of a pair or range of days in one month is a date ("12-14 June", "June 12
to 14, 2026", "on 3 and 5 March"). "The last month" and "the past month" are stretches of
time, not calendar months, and weeks ("last week") have no grain here: neither is read. Year
spans ("2026 and 2027", "2026-30") and decades ("the 1990s") are left to the year_range extractor.

Relative and year-less dates resolve against the reference date of their
place in the document (a reprinted section's header date, else the
publication date), looking back in past-tense sentences and ahead in
future-tense ones. Without a reference date a weekday stays unresolved
(``value`` empty, ``resolution`` "unresolved") and a month-day keeps an unknown
year (``XXXX-02-04``).
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from collections.abc import Callable, Iterator

from ..schema import Fact
from ..text import SPACE
from ._base import Anchors, DocumentContext, Example, anchored
from ._calendar import (
    DAY,
    HOLIDAY,
    HOUR_WORDS,
    IRREGULAR_PAST,
    MONTH,
    MONTH_ABBREVIATIONS,
    MONTHS,
    WEEKDAY,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    YEAR,
    day_number,
    fits_tense,
    holiday_month_day,
    month_number,
    resolve_weekday,
    safe_date,
    weekday_number,
    year_for_month,
    year_for_month_day,
)
from ._context import is_future
from ._events import event_of, sentence_entities
from ._numbers import BranchesByFirstCharacter, case_blind_alternation, literal_alternation, opening_words

KIND = "date"

_NOT_DIGIT = r"(?![\d,.]\d)(?!\d)"


def _caseless(*words: str) -> str:
    """The words in any case, each letter a class of its cases: a failed match is rejected on a
    first letter, where a case-insensitive word list is tried word by word."""
    return f"(?:{case_blind_alternation(words)})"


def _after(*words: str, most: int = 4) -> str:
    """Look-behinds for one of ``words`` then a run of spaces ("the  2026 season" as "the 2026
    season"). Python's look-behinds have a fixed width, so there is one for each run of one to
    ``most`` spaces."""
    return "(?:" + "|".join(f"(?<={word}{SPACE}{{{count}}})" for count in range(1, most + 1) for word in words) + ")"


_NAMING_WORD_BEFORE = _after(r"[Yy]ear", r"\b[Oo]f", r"\b[Tt]he")
_DIGITS = "0123456789"
_MONTH_NAMES = [*MONTHS, *MONTH_ABBREVIATIONS]
_WEEKDAY_NAMES = [*WEEKDAYS, *WEEKDAY_ABBREVIATIONS]
# The branches of the date pattern, each with what it opens with (after ``\b`` or look-behinds).
#: What opens a holiday's name (see :data:`HOLIDAY`).
_HOLIDAY_OPENERS = ["Christmas", "Boxing", "New", "Valentine", "Hallowe", "St", "Saint"]
_BRANCHES = [
    # A fixed-date holiday, with its year written before ("the 2004 Boxing Day tsunami") or after
    # ("Christmas Day 2024"). A date written beside it ("Christmas Day, December 25") is the date read.
    ([*_DIGITS, *_HOLIDAY_OPENERS],
     rf"\b(?:(?P<hy0>{YEAR}){SPACE}+)?(?P<hol>{HOLIDAY})(?!\w)(?:,?{SPACE}+(?:of{SPACE}+)?(?P<hy>{YEAR})\b"
     rf"(?![-–/]\d))?(?!,?{SPACE}*\(?(?:{MONTH}|{DAY}{SPACE}+(?:of{SPACE}+)?{MONTH}|{DAY}{SPACE}*[/.]))"),
    (_DIGITS, rf"\b(?P<iso>(?P<iy>{YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d))\b"),
    # All in figures, day and month in either order ("25/12/2025", "12/25/2025", "25.12.2025"):
    # read only when one of them cannot be a month (see ``_numeric``).
    (_DIGITS, rf"(?<![\w./-])(?P<n1>[0-3]?\d)(?P<nsep>[/.-])(?P<n2>[0-3]?\d)(?P=nsep)(?P<ny>{YEAR})(?![\w/-]|\.\d)"),
    ([*_WEEKDAY_NAMES, *_MONTH_NAMES],
     rf"(?:(?P<wd>{WEEKDAY}),?{SPACE}+)?(?P<m>{MONTH}){SPACE}+(?P<d>{DAY}){_NOT_DIGIT}"
     rf"(?:,?{SPACE}*(?P<y>{YEAR})\b)?"),
    (_DIGITS, rf"\b(?P<d2>{DAY}){SPACE}+(?:of{SPACE}+)?(?P<m2>{MONTH})\b(?:,?{SPACE}+(?P<y2>{YEAR})\b)?"),
    (_MONTH_NAMES, rf"\b(?P<m3>{MONTH}){SPACE}+(?P<y3>{YEAR})\b"),
    (_MONTH_NAMES, rf"\b(?P<m4>{MONTH})\b(?!-)"),
    (["today", "yesterday", "tomorrow"],
     rf"\b(?P<rel>{_caseless('today', 'yesterday', 'tomorrow')})\b(?:,{SPACE}+(?P<rm>{MONTH}){SPACE}+"
     rf"(?P<rd>{DAY}){_NOT_DIGIT}(?:,?{SPACE}*(?P<ry>{YEAR})\b)?)?"),
    (["last", "next", "this", "coming", "past", *_WEEKDAY_NAMES],
     rf"\b(?:(?P<mod>{_caseless('last', 'next', 'this', 'coming', 'past')}){SPACE}+)?(?P<wd2>{WEEKDAY})\b"),
    (["the", "past", "previous", "current", "new", "coming", "this", "last", "next"],
     rf"\b(?P<yrel>(?:{_caseless('the')}{SPACE}+)?{_caseless('past', 'previous', 'current', 'new', 'coming')}"
     rf"|{_caseless('this', 'last', 'next')}){SPACE}+year\b"
     rf"(?!{SPACE}*(?:’s|'s))"),
    # "last month" is the calendar month before; "the last month" is a stretch of time (or, with
    # "of the year", December: read above), so it is not read here.
    (["this", "last", "next"],
     rf"\b(?P<mrel>{_caseless('this', 'last', 'next')}){SPACE}+month\b(?!-|{SPACE}*(?:’s|'s))"),
    (["the"], rf"\b(?P<ymonth>{_caseless('the')}(?i:{SPACE}+(?P<which>first|last){SPACE}+month{SPACE}+of{SPACE}+the"
              rf"{SPACE}+year))\b"),
    (["the"], rf"\b(?P<ypart>{_caseless('the')}(?i:{SPACE}+(?:start|beginning|end|first{SPACE}+(?:few{SPACE}+)?"
              rf"(?:weeks|months|days)){SPACE}+of{SPACE}+the{SPACE}+year))\b(?!{SPACE}+of\b)"),
    (["in", "during", "since", "until", "by", "throughout", "early", "late", "mid"],
     rf"\b(?P<yprep>{_caseless('in', 'during', 'since', 'until', 'by', 'throughout', 'early', 'late', 'mid')}"
     rf"-?{SPACE}*)(?P<year>{YEAR})\b"
     rf"(?![-–/]\d|{SPACE}+(?:and|to|through){SPACE}+{YEAR}|{SPACE}*[-–]{SPACE}*\d)"),
    # A bare year as a name ("the year 2026", "New Year 2026") or as a subject ("2026 marks …").
    (_DIGITS, rf"{_NAMING_WORD_BEFORE}(?P<ynamed>{YEAR})\b(?![-–/]\d|{SPACE}*[-–]{SPACE}*\d)"),
    (_DIGITS, rf"\b(?P<ysubject>{YEAR})(?={SPACE}+(?:marks|will|was|is|has|had|saw|brought|began|ended|also)\b)"),
]
# A failed try of the whole pattern runs all fifteen branches; most positions hold a word or
# digit that only a few can open with, so only those run (see ``BranchesByFirstCharacter``).
_DATE = BranchesByFirstCharacter(_BRANCHES)
_PATTERN = _DATE.pattern
# Habitual time ("talks traditionally held at the beginning of the year") is no particular date.
_HABITUAL = re.compile(r"\b(?i:tradition\w*|usually|every|each|always|annual\w*|customar\w*)\b")
_MONTH_ALONE_CUE = re.compile(rf"\b(?i:in|since|until|by|early|late|mid|last|next|this){SPACE}+$")
_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
#: A past-tense verb of saying right before a date ("said Tuesday", "told reporters on Monday",
#: "announced in a statement on Friday"): the date is when it was said, in the past, however
#: future the rest of the sentence is.
#: A passive ("will be announced on March 1") is checked apart, on the word before the verb.
_SAID_ON = re.compile(
    rf"\b(?:said|told(?:{SPACE}+(?!to\b)[a-z]+){{1,2}}|announced|stated|confirmed|warned|wrote|declared|reported)"
    rf"(?:{SPACE}+in{SPACE}+a{SPACE}+(?:statement|post|briefing|interview))?"
    rf"(?:{SPACE}+(?:late|early))?(?:{SPACE}+on)?{SPACE}+\Z")
#: A time of day between a verb and its date ("opens at 9:30 a.m. on Monday", "takes place at noon
#: on Friday", "closes at 8 p.m. ET Tuesday", "opens at nine o'clock in the morning on Monday"): the
#: verb schedules the date all the same.
_OCLOCK = (rf"(?:\d{{1,2}}|{_caseless(*HOUR_WORDS)})"
           rf"{SPACE}+o[’']?clock(?:{SPACE}+(?:in{SPACE}+the{SPACE}+(?:morning|afternoon|evening)|at{SPACE}+night))?")
_AT_TIME = (rf"(?:{SPACE}+at{SPACE}+(?:(?:about|around){SPACE}+)?"
            rf"(?:\d{{1,2}}(?:[:.][0-5]\d)?(?:{SPACE}*(?i:[ap]\.?m\b\.?))?|{_OCLOCK}|noon|midday|midnight)(?:{SPACE}+(?:\(?[A-Z]{{2,4}}\)?|(?:local|Eastern|Pacific|Central){SPACE}+time))?)?")
#: A present-tense verb of a schedule right before a date ("The committee meets on March 18", "the
#: sale ends Sunday", "the law takes effect on July 1", "the fair runs from June 12", "the vote is
#: set for May 3"): news writes the scheduled future in the present, so the date is ahead even in
#: a sentence with no "will". The word before the verb is
#: checked apart (see :func:`_scheduled_at`): "the votes on Monday" is a noun, "did not meet" past.
_SCHEDULED_ON = re.compile(
    rf"\b(?P<verb>(?:meet|open|reopen|begin|start|end|close|convene|resume|arrive|depart|expire|conclude|"
    rf"vote|return|travel|run)s|launches|kicks{SPACE}+off|wraps{SPACE}+up|takes{SPACE}+(?:effect|office|place)|"
    # "The final is on Sunday", "the deadline is Friday", "the election is in November": a date
    # that is, not was, lies ahead.
    rf"(?:is|are)(?:{SPACE}+(?:held|set{SPACE}+for))?|"
    rf"(?:comes|enters){SPACE}+into{SPACE}+(?:force|effect)|goes{SPACE}+into{SPACE}+effect|"
    # The plural forms that are seldom nouns: "a 51-49 vote on Tuesday", "a strong start on
    # Saturday", "the team's return on Monday" are no schedules.
    rf"reopen|begin|convene|resume|arrive|depart|expire|conclude|kick{SPACE}+off|wrap{SPACE}+up|"
    rf"take{SPACE}+(?:effect|office|place)|(?:come|enter){SPACE}+into{SPACE}+(?:force|effect)|go{SPACE}+into{SPACE}+effect)"
    rf"{_AT_TIME}(?:{SPACE}+(?:on|from|between|in|through|until|till))?(?:{SPACE}+the)?{SPACE}+\Z")
#: The plural forms of schedule verbs that are nouns or adjectives as often ("the close on Friday",
#: "a strong start on Saturday", "stays open on Sunday"): a schedule only after a plural subject
#: (see :func:`_plural_schedule_at`): "polls close at 10 p.m. on Sunday", "doors open at 7 p.m. on
#: Friday", "classes start on Monday", "talks end on Friday".
_PLURAL_SCHEDULED_ON = re.compile(
    rf"\b(?P<verb>meet|open|start|end|close|vote|return|travel|run)"
    rf"{_AT_TIME}(?:{SPACE}+(?:on|from|between|in|through|until|till))?(?:{SPACE}+the)?{SPACE}+\Z")
#: Words in -s before such a verb that are no plural subject: verbs taking "open" or "close" as an
#: adjective ("the store stays open on Sunday", "came close"), pronouns, adverbs ("always close").
_NOT_PLURAL_SUBJECTS = frozenset({"is", "was", "has", "does", "this", "its", "his", "hers", "ours", "yours", "theirs",
                                  "as", "us", "thus", "stays", "remains", "keeps", "seems", "looks", "gets", "sits",
                                  "lies", "comes", "always", "perhaps", "sometimes", "nevertheless", "besides"})
#: A participle or adjective of planning or of putting off, right before its date: the date is the
#: one set, ahead of the setting ("the judge set sentencing for May 14", "called a snap election
#: for July 4", "the rally is planned for Saturday", "elections were postponed until March 15", "the
#: trial was adjourned to Feb. 20", "the verdict is due on the 6th", "a decision is expected on
#: Monday", "snow is forecast for Friday"). "Postponed in December" says when it was put off.
_PLANNED_FOR = re.compile(
    rf"\b(?P<verb>(?:set|scheduled|slated|planned|pencil+ed|earmarked|fixed|called|booked)"
    rf"(?:{SPACE}+(?!(?:on|in|at|to|by|for)\b)[\w’'-]+){{0,3}}?{SPACE}+for"
    rf"|(?:postponed|delayed|deferred|adjourned|moved|rescheduled|pushed{SPACE}+back|put{SPACE}+off|"
    rf"brought{SPACE}+forward){SPACE}+(?:until|till|to)"
    rf"){_AT_TIME}(?:{SPACE}+the)?{SPACE}+\Z")
#: What is awaited (in the present: "was due on Monday" is a deadline passed).
_AWAITED_ON = re.compile(
    rf"\b(?P<verb>due(?:{SPACE}+(?:back|home|in{SPACE}+court))?(?:{SPACE}+(?:on|in|by|for))?"
    rf"|(?:expected|forecast){SPACE}+(?:on|in|by|for)){_AT_TIME}(?:{SPACE}+the)?{SPACE}+\Z")
_NOT_PLANNED = frozenset({"the", "a", "an", "its", "their", "his", "her", "not", "never"})
_NOT_AWAITED = _NOT_PLANNED | {"was", "were", "been"}
#: A forecast in the present ("the storm is forecast to bring snow on Friday") speaks of the future.
_FORECAST = re.compile(rf"\b(?:is|are){SPACE}+(?:forecast|predicted|projected|poised|slated){SPACE}+to\b")
#: Words before such a verb that make it a noun ("the votes on Monday") or not a present schedule
#: ("did not meet on Monday", "agreed to meet on Monday" — when is not said).
_NOT_SCHEDULING = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "your", "these", "those",
                             "this", "that", "whose", "did", "not", "never", "to", "no"})
_PASSIVE_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "was", "were"})
_DATE_AS_SUBJECT = re.compile(rf"[’']s\b|{SPACE}+(?:will|would|is|was)\b")
#: A figure measured against a market's close names a close already known: "a premium of 31% to
#: Larkspur's closing price on Monday", "20% above Friday's close" are the days before, even in a
#: sentence of the future ("Corbel will pay …"). A close that is still to come is not measured
#: against ("the price will be set at the close on Friday").
_CLOSE_NOUN = rf"(?:closing{SPACE}+(?:(?:share|stock){SPACE}+)?(?:price|level|value)|close)"
_AGAINST = r"\b(?:to|over|above|below|than|from)"
_AGAINST_CLOSE_ON = re.compile(
    # a determiner makes "close" the noun: "to the close on Monday", not "expected to close on Friday"
    rf"{_AGAINST}{SPACE}+(?:(?:the|its|their|[A-Z][\w&.-]*[’']s|(?:stock|share)[’']s){SPACE}+){{1,2}}"
    rf"{_CLOSE_NOUN}{SPACE}+on{SPACE}+$")
_AGAINST_BEFORE = re.compile(rf"{_AGAINST}{SPACE}+$")
_CLOSE_AFTER = re.compile(rf"[’']s{SPACE}+{_CLOSE_NOUN}\b")
_RELATIVE_MONTHS = {"this": 0, "last": -1, "next": 1}
_RELATIVE_YEARS = {"this": 0, "last": -1, "next": 1, "past": -1, "previous": -1, "current": 0, "new": 0,
                   "coming": 0}
# "The world today is …" means nowadays, not a date.
_GENERIC_TODAY = re.compile(rf"(?i:\b(?:world|society|country|nation|economy|industry|market|"
                            rf"people|generation|youth|life|era|age|situation|we|china|europe|"
                            rf"america)){SPACE}+$")

EXAMPLES = [
    Example("They met on [February 4].", "2026-02-04", published="2026-02-05", grain="day"),
    # an agreement however named ("agreed to buy", "the takeover", "the deal was announced") dates one event
    Example("Corbel agreed on [Tuesday] to buy Larkspur.", "2026-04-14", published="2026-04-15", subject="signing"),
    Example("The deal was announced on [Tuesday].", "2026-04-14", published="2026-04-15", subject="signing"),
    Example("Analysts agreed on [Monday] that prices would rise.", "2026-04-13", published="2026-04-15", subject=""),
    Example("They met on [Feb. 4, 2026] in Beijing.", "2026-02-04", grain="day"),
    Example("It was signed on [4 February 2026].", "2026-02-04"),
    Example("The talks took place on [Wednesday].", "2026-02-04", published="2026-02-05"),
    Example("The talks took place on [Sunday].", "2026-02-01", published="2026-02-05"),
    Example("The leaders will meet on [Monday].", "2026-02-09", published="2026-02-05"),
    Example("The treaty is due to expire [tomorrow, February 5].", "2026-02-05",
            published="2026-02-04"),
    Example("The summit opens [today].", "2026-02-05", published="2026-02-05"),
    Example("The committee meets on [March 18].", "2026-03-18", published="2026-02-05"),
    Example("The committee met on [March 18].", "2025-03-18", published="2026-02-05"),
    Example("The meeting was held on [Wednesday].", "", resolution="unresolved"),
    Example("The meeting was held on [February 4].", "XXXX-02-04"),
    Example("The summit is to be held in [November] in Shenzhen.", "2026-11",
            published="2026-02-05", grain="month"),
    Example("It was published on [2026-02-04].", "2026-02-04"),
    Example("Posted [Thu, Feb 05 2026].", "2026-02-05"),
    Example("A December 30 report, read on [January 3], said so.", "2026-01-03",
            published="2026-01-05"),
    Example("Output fell sharply [last year], officials said.", "2025", published="2026-02-05",
            grain="year"),
    Example("The plan starts [this year].", "2026", published="2026-02-05", grain="year"),
    Example("Ties grew over [the past year], he said.", "2025", published="2026-02-05", grain="year"),
    # A deadline lies ahead: "must … by", "has until".
    Example("The contractor must finish the bridge by [March 30].", "2026-03-30", published="2026-02-05"),
    Example("Bidders have until [April 2] to lodge their offers.", "2026-04-02", published="2026-02-05"),
    Example("He must have known on [January 9] that the notes were worthless.", "2026-01-09",
            published="2026-02-05"),
    Example("Looking ahead to [the new year], both were upbeat.", "2026", published="2026-02-05"),
    Example("Turbulence grew since [the start of the year].", "2026", published="2026-02-05"),
    Example("Exports will rise [this year].", "XXXX", grain="year", resolution="unresolved year"),
    Example("Exports fell [last month], data showed.", "2026-01", published="2026-02-05", grain="month"),
    Example("The envoy will visit [next month].", "2027-01", published="2026-12-10", grain="month"),
    Example("Earlier [this month], the talks stalled.", "2026-02", published="2026-02-05", grain="month"),
    Example("Prices rose 5% in the last month.", published="2026-02-05"),
    Example("Leaders came in [the first month of the year].", "2026-01", published="2026-02-05", grain="month"),
    Example("He wished them a Happy New Year [2026].", "2026", grain="year"),
    Example("[2026] marks the start of the plan.", "2026", grain="year"),
    Example("It signals the beginning of the Year of the Horse.", published="2026-02-05"),
    Example("Talks traditionally take place at the beginning of the year.", published="2026-02-05"),
    Example("Over 2000 people and 1999 cars were counted."),
    Example("Prices doubled in [2024] alone.", "2024", grain="year"),
    Example("The plan covers 2026 and 2027, and pages 2020-2030 of the report."),
    Example("Sales may rise by 5 percent, the firm said."),
    Example("He scored 20 points in the [2026] season.", "2026", grain="year"),
    Example("He scored 20 points, and 4 more."),
    Example("The order was signed on [25/12/2025].", "2025-12-25", grain="day"),
    Example("Shares fell on [12.31.2024] in New York.", "2024-12-31", grain="day"),
    Example("The attack of 9/11/2001 and version 1.2.2025 are no dates here."),
    Example("The phone's firmware 13.1.2024 and build 25.11.2025 fixed the flaw."),
    Example("Talks held on 25/12/2025 echoed those of [9/11/2001].", "2001-11-09", grain="day"),
    Example("Markets fell on 12/31/2024, as they had on [9/11/2001].", "2001-09-11", grain="day"),
    Example("The fair runs from June 28 to [July 3].", "2026-07-03", published="2026-02-05", grain="day"),
    Example("The office shut from [December 30] to January 2, 2026.", "2025-12-30", published="2026-01-20"),
    Example("The fair runs from [12] to 14 June.", "2026-06-12", published="2026-02-05", grain="day"),
    Example("The fair runs June 12 to [14, 2027].", "2027-06-14", published="2026-02-05", grain="day"),
    Example("Storms hit the coast on [3] and 5 March.", "2025-03-03", published="2026-02-05", grain="day"),
    # A later clause's future does not move a date of the past ahead; a clause of its own does not
    # take it back either.
    Example("The strike began on [Monday] and is expected to last a week.", "2026-02-02", published="2026-02-05"),
    Example("Prices fell in [January] and will fall further.", "2026-01", published="2026-02-05"),
    Example("Talks start on [Monday] and will last three days.", "2026-02-09", published="2026-02-05"),
    Example("On [Tuesday] and Wednesday, ministers will meet.", "2026-02-10", published="2026-02-05"),
    # A schedule across a time of day, a date set or put off, a date that is: ahead.
    Example("The market opens at 9:30 a.m. on [Monday].", "2026-02-09", published="2026-02-05"),
    Example("The market opens at nine o'clock on [Monday].", "2026-02-09", published="2026-02-05"),
    Example("The judge set sentencing for [May 14].", "2026-05-14", published="2026-02-05"),
    Example("Elections were postponed until [March 15].", "2026-03-15", published="2026-02-05"),
    Example("The final is on [Sunday].", "2026-02-08", published="2026-02-05"),
    Example("The report was due on [Monday] but was delayed.", "2026-02-02", published="2026-02-05"),
    # An abbreviated weekday alone is a day only after a preposition or a sign, never before a name.
    Example("Vice Minister Sun Weidong met Mr. Sun; the Sun and Sun Valley reported it.", published="2026-02-05"),
    Example("The ferry sailed on [Sat] in calm seas.", "2026-01-31", published="2026-02-05"),
    Example("Posted [Tue] 17 Mar 2026 at 4:05pm", "2026-03-17", published="2026-03-17"),
    # The day of a close a figure is measured against is behind, whatever the sentence foresees;
    # a close still to come is not measured against.
    Example("Rivet will pay $30 a share, a premium of 25% to Dunmore's closing price on [Monday].",
            "2026-02-02", published="2026-02-05"),
    Example("The offer will value the bank at 18% above [Friday]'s close.", "2026-01-30", published="2026-02-05"),
    Example("The bid will be worth 40% more than the stock's close on [Tuesday].", "2026-02-03",
            published="2026-02-05"),
    Example("The exchange ratio will be set at the close on [Friday].", "2026-02-06", published="2026-02-05"),
    Example("The exchange will close on [Monday] for the holiday.", "2026-02-09", published="2026-02-05"),
    # A date in a relative clause of the past stays behind in a sentence of the future.
    Example("The talks, which began on [Monday], will continue until Friday.", "2026-02-02", published="2026-02-05"),
    Example("Envoys who arrived on [Tuesday] will meet the king.", "2026-02-03", published="2026-02-05"),
    Example("The talks, which began on Monday, will continue until [Friday].", "2026-02-06", published="2026-02-05"),
    Example("The strikers, who walked out last week, will return on [Monday].", "2026-02-09", published="2026-02-05"),
    Example("Officials said talks that will begin on [Monday] could last days.", "2026-02-09", published="2026-02-05"),
    # A present verb of travel, meeting or play leads to its date ahead, across a place or object.
    Example("Voters go to the polls on [Sunday].", "2026-02-08", published="2026-02-05"),
    Example("The party holds its convention in [August].", "2026-08", published="2026-02-05", grain="month"),
    Example("Voters went to the polls on [Sunday].", "2026-02-01", published="2026-02-05"),
    Example("Talks were held before the plays on [Sunday].", "2026-02-01", published="2026-02-05"),
    # A holiday of one date every year is that day, its year written or leaning by tense.
    Example("Shoppers crowded the malls on [Christmas Eve].", "2025-12-24", published="2026-02-05", grain="day",
            resolution="inferred year"),
    Example("The store will reopen on [New Year's Day].", "2027-01-01", published="2026-02-05"),
    Example("The bombing took place on [Christmas Day 2024].", "2024-12-25", published="2026-02-05",
            resolution="absolute"),
    Example("The [2004 Boxing Day] tsunami killed thousands.", "2004-12-26", grain="day"),
    Example("He proposed on [Valentine's Day].", "XXXX-02-14", resolution="unresolved year"),
    Example("The Boxing Day tsunami, Lunar New Year's Eve and Orthodox Christmas Eve are no dates here.",
            published="2026-02-05"),
    Example("Families traditionally gather on Christmas Eve.", published="2026-02-05"),
    # An irregular verb of the past tells its clause's tense as "-ed" does; a noun that looks like
    # one ("a spat") does not.
    Example("The rebels hid in the hills on [Friday] and will move north.", "2026-01-30", published="2026-02-05"),
    Example("The quake shook the capital on [Tuesday]; aftershocks will follow.", "2026-02-03",
            published="2026-02-05"),
    Example("The trade spat comes to a head on [Monday], and tariffs will follow.", "2026-02-09",
            published="2026-02-05"),
    # A relative clause after a comma tells its own tense: the date before it keeps the past.
    Example("The president flew to Paris on [Tuesday], where talks will resume next month.", "2026-02-03",
            published="2026-02-05"),
    Example("The president flies to Paris on [Tuesday], where talks will resume.", "2026-02-10",
            published="2026-02-05"),
    # A plural schedule verb after a plural subject reads ahead as the singular one does; a noun does not.
    Example("Polls close at 10 p.m. on [Sunday].", "2026-02-08", published="2026-02-05"),
    Example("Doors open at 7 p.m. on [Friday].", "2026-02-06", published="2026-02-05"),
    Example("Stocks had a strong start on [Monday].", "2026-02-02", published="2026-02-05"),
    Example("The markets' close on [Friday] was weak.", "2026-01-30", published="2026-02-05"),
    # A weekday written beside a date settles its year near the reference, whatever the tense.
    Example("The team plays [Saturday, Feb. 14] in Rome.", "2026-02-14", published="2026-02-05"),
]


# Where a date can be: a capitalised month or weekday name (a lower-case one is a word such
# as "may" or "march", rejected by ``_plausible``, so it is not worth a look), a relative day,
# "year", a four-digit year. Fewer lower-case anchors let the scan skip most of the text.
_CAPITALISED_NAMES = [*MONTHS, *WEEKDAYS, *MONTH_ABBREVIATIONS, *WEEKDAY_ABBREVIATIONS]
_ANY_CASE_NAMES = ["today", "tomorrow", "yesterday", "year", "month"]
# A holiday's name holds one of these, capitalised ("New Year's Day" holds "Year").
_HOLIDAY_WORDS = ["Christmas", "Boxing", "Valentine", "Hallowe", "Halloween", "Patrick"]
_FORMS = ({form for name in _CAPITALISED_NAMES for form in (name.capitalize(), name.upper())}
          | {form for name in _ANY_CASE_NAMES for form in (name, name.capitalize(), name.upper())}
          | set(_HOLIDAY_WORDS))
# Years as branches opening with a literal digit, so the one scanner keeps skipping by first character.
_ANCHORS = Anchors(_FORMS, [r"1\d{3}", r"2\d{3}"])


# Where a date can begin: a digit or a word opening with one of these (in any case), which is what
# each branch of the pattern opens with. Before an anchor only these are tried, not every word
# ("held talks on February 4" tries "February" alone).
_OPENERS = [*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS, *WEEKDAY_ABBREVIATIONS, "today", "yesterday", "tomorrow",
            "last", "next", "this", "coming", "past", "the", "previous", "current", "new", "in", "during", "since",
            "until", "by", "throughout", "early", "late", "mid", "christmas", "boxing", "valentine", "hallowe",
            "saint", r"st\b"]  # "St." alone: "st" would open every word in "st" ("state", "still")
_STARTS = re.compile(opening_words([*"0123456789", *_OPENERS], any_case=True))


def _reach(anchor: str) -> int:
    """How far before an anchor a date may start: "year" closes the longest phrases ("the first
    few months of the year"); a month, weekday or year has at most a day, a weekday or a word
    such as "throughout" before it."""
    return 48 if anchor.lower() == "year" else 24


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every date in the document that is not boilerplate."""
    previous: list[Fact] = []  # the dates of the last match, held back: a range's end may settle their year
    for match in anchored(_DATE, _ANCHORS, context.text, before=_reach, starts=_STARTS):
        if context.skip(match.start(), match.end()) or not _plausible(context.text, match):
            continue
        fact = _read(context, match)
        if fact is None:
            continue
        facts = sorted([fact, *_other_days(context, match, fact)], key=lambda found: found.start)
        for each in facts:
            each.event = event_of(each.sentence, match.start() - each.sentence_start)
            each.subject = each.event
            each.entities = sentence_entities(context.prose(each.sentence_start, each.sentence))
        if previous:
            _settle_range(context.text, previous, facts, movable=not match.group("wd"))
        yield from previous
        previous = facts
    yield from previous


#: What joins the two ends of a range of dates: "from December 30 to January 2", "June 28 through
#: July 3", "December 30-January 2".
_RANGE_JOIN = re.compile(rf"{SPACE}*[-–]{SPACE}*|{SPACE}+(?:to|through|thru|until|till){SPACE}+")


def _settle_range(text: str, start: list[Fact], end: list[Fact], movable: bool) -> None:
    """Give the two ends of a range of year-less days ("from December 30 to January 2") years in
    order: the end is the first such day on or after the start, and a start whose year is not
    written lies before an end whose year is ("December 30 to January 2, 2026" begins in 2025).
    Each end's year is otherwise inferred on its own from the tense, which a scheduling verb sets
    for the start alone ("the fair runs from June 28 to July 3") and which may pick years apart
    near a year's end. ``movable`` is false for an end that has a weekday of its own."""
    first, last = start[-1], end[0]
    if (first.grain != "day" or last.grain != "day" or not first.value[:1].isdigit()
            or not last.value[:1].isdigit() or _RANGE_JOIN.fullmatch(text, first.end, last.start) is None):
        return
    opening, closing = dt.date.fromisoformat(first.value), dt.date.fromisoformat(last.value)
    if last.resolution == "inferred year" and movable:
        year = opening.year + ((closing.month, closing.day) < (opening.month, opening.day))
        _move_to_year(end, year)
    elif first.resolution == "inferred year" and last.resolution == "absolute":
        year = closing.year - ((opening.month, opening.day) > (closing.month, closing.day))
        _move_to_year(start, year)


def _move_to_year(facts: list[Fact], year: int) -> None:
    """Move the year-inferred day dates ``facts`` (one match's days of one month) to ``year``."""
    for fact in facts:
        if fact.resolution == "inferred year" and fact.grain == "day":
            moved = safe_date(year, int(fact.value[5:7]), int(fact.value[8:10]))  # February 29 may not move
            if moved is not None:
                fact.value = moved.isoformat()


#: Another day of the same month joined to a day date: before "14 June" ("12-14 June", "from 12
#: to 14 June", "12 and 14 June"), after "June 12" ("June 12-14", "June 12 through 14, 2026").
#: Each day is a date of its own, so "12 to 14 June" shares both ends with "12 June" and "14 June".
_JOINED_DAY = rf"(?:{SPACE}*[-–]{SPACE}*|{SPACE}+(?:to|and|through|until|or){SPACE}+)"
_DAY_BEFORE = re.compile(rf"(?<![\w.,/-])(?P<day>{DAY}){_JOINED_DAY}$")
_DAY_AFTER = re.compile(rf"{_JOINED_DAY}(?P<day>{DAY})(?![\w/-]|[.,]\d)(?:,?{SPACE}*(?P<year>{YEAR})\b)?")


def _other_days(context: DocumentContext, match: re.Match, fact: Fact) -> list[Fact]:
    """The other day of a range or pair of days of one month written around the day date
    ``fact`` (see :data:`_JOINED_DAY`), with the month and year of ``fact``; a year after the
    second day ("June 12-14, 2026") is the year of both."""
    if fact.grain != "day" or not fact.value or match.group("wd") or match.group("rel"):
        return []
    text, (year, month, day) = context.text, fact.value.split("-")
    if match.group("d2"):
        before = _DAY_BEFORE.search(text, max(0, match.start() - 16), match.start())
        if before is not None and day_number(before.group("day")) < int(day):
            return _day_fact(context, before.start("day"), before.end("day"), year, month, before.group("day"),
                             fact)
    if match.group("m") and not match.group("y"):
        after = _DAY_AFTER.match(text, match.end())
        if after is not None and day_number(after.group("day")) > int(day):
            if after.group("year") and after.group("year") != year:
                fact.value = f"{after.group('year')}-{month}-{day}"  # the year written once for both
                fact.resolution = "absolute"
            return _day_fact(context, after.start("day"), after.end(), after.group("year") or year, month,
                             after.group("day"), fact)
    return []


def _day_fact(context: DocumentContext, start: int, end: int, year: str, month: str, day: str,
              like: Fact) -> list[Fact]:
    """A day date at ``text[start:end]`` in the month and year of the date ``like``."""
    if context.skip(start, end) or (not year.isdigit() and year != "XXXX"):
        return []
    if year.isdigit() and safe_date(int(year), int(month), day_number(day)) is None:
        return []
    value = f"{year}-{month}-{day_number(day):02d}"
    return [context.fact(KIND, start, end, value, grain="day", resolution=like.resolution)]


_OWNED_MONTH = re.compile(rf"\b(?i:the|his|her|its|their|our|my|your|very|a){SPACE}+\Z")
# "the first half of this year" is a part of a year, read by the year_range extractor.
_PART_OF = re.compile(rf"(?i:\b(?:half|quarter|months|weeks)){SPACE}+of{SPACE}+$")


def _plausible(text: str, match: re.Match) -> bool:
    """Reject lower-case months and weekdays ("may", "march") and generic "today"."""
    for name in ("m", "m2", "m3", "m4", "wd2"):
        word = match.group(name)
        if word and not word[0].isupper():
            return False
    if match.group("wd2") and not match.group("mod") and _abbreviation_as_name(text, match):
        return False
    if match.group("m4") and not _MONTH_ALONE_CUE.search(text[max(0, match.start() - 8):
                                                               match.start()]):
        return False
    if match.group("rel") and match.group("rel").lower() == "today" and not match.group("rm"):
        return not _GENERIC_TODAY.search(text[max(0, match.start() - 14):match.start()])
    if match.group("mrel") and _OWNED_MONTH.search(text, max(0, match.start() - 12), match.start()):
        return False  # "the last month", "his last month in office": a stretch of time, not a calendar month
    relative = match.group("yrel") or match.group("mrel")
    return not (relative and _PART_OF.search(text[max(0, match.start() - 20):match.start()]))


#: Before a weekday's abbreviation alone, what makes it a day: "on Sun", "Fri-Sun"; after it, a date
#: in figures ("Posted Tue 17 Mar 2026", "Sat, 12:30").
_ON_BEFORE = re.compile(rf"\b(?i:on|from|to|until|till|through|and|or|every)[,]?{SPACE}+\Z|[-–/,]{SPACE}*\Z")
_FIGURES_AFTER = re.compile(rf",?{SPACE}+\d")
_NAME_AFTER = re.compile(rf"{SPACE}+[A-Z]")


def _abbreviation_as_name(text: str, match: re.Match) -> bool:
    """Whether an abbreviated weekday read alone ("Sun", "Sat", "Wed") is a name or a word: the
    surname Sun ("Vice Minister Sun Weidong", "Mr. Sun said"), a newspaper ("the Sun reported"),
    "Sun Valley", "Sat Nav". Alone in prose, an abbreviation is a day only after a preposition or
    a sign ("open Mon to Fri", "on Sat"), and never before a capitalised word.

    >>> _abbreviation_as_name("Mr. Sun said", _PATTERN.search("Mr. Sun said"))
    True
    >>> _abbreviation_as_name("open on Sat", _PATTERN.search("open on Sat"))
    False
    """
    word = match.group("wd2")
    if word.lower() in WEEKDAYS or word.endswith("."):
        return False
    if _NAME_AFTER.match(text, match.end()):
        return True
    if _FIGURES_AFTER.match(text, match.end()):
        return False
    return _ON_BEFORE.search(text, max(0, match.start() - 8), match.start()) is None


def day_dates(context: DocumentContext, start: int, end: int) -> list[Fact]:
    """Day-grain dates read in ``text[start:end]`` (for extractors that anchor on a date, e.g. times)."""
    found = []
    for match in _matches(context.text, start, end):  # one sentence: no anchors needed
        if _plausible(context.text, match):
            fact = _read(context, match)
            if fact is not None and fact.grain == "day" and fact.value:
                found.append(fact)
    return found


# A month or weekday name may open a match inside a word ("xMay 5": that branch has no ``\b``);
# every other branch opens where ``_STARTS`` finds a word.
_NAME_ANYWHERE = re.compile(rf"(?:{WEEKDAY}|{MONTH})")


def _matches(text: str, start: int, end: int) -> Iterator[re.Match]:
    """What ``_PATTERN.finditer(text, start, end)`` yields, trying the pattern only where a match
    can open: a word found by ``_STARTS`` or a month or weekday name anywhere. The pattern has no
    literal first character, so ``finditer`` runs all its branches at every position; a match
    opens at one of these candidates, so trying them in order from the end of the last match
    finds the same matches."""
    candidates = {found.start() for found in _STARTS.finditer(text, start, end)}
    name = _NAME_ANYWHERE.search(text, start, end)
    while name is not None:  # names may overlap ("Sunday" holds "Sun"): each start is a candidate
        candidates.add(name.start())
        name = _NAME_ANYWHERE.search(text, name.start() + 1, end)
    position = start
    for candidate in sorted(candidates):
        if candidate < position:
            continue
        match = _DATE.match(text, candidate, end)
        if match is not None:
            position = match.end()
            yield match


def _read(context: DocumentContext, match: re.Match) -> Fact | None:
    groups = match.groupdict()
    sentence = context.sentences.at(match.start())

    def future() -> bool:  # asked only where a date has no year or week of its own: most have one
        return _looks_ahead(context, sentence, match)

    reference = context.reference_date(match.start())
    start, end = match.start(), match.end()
    if groups["hol"]:
        return _holiday(context, match, reference, future)
    if groups["iso"]:
        date = safe_date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
        return _absolute(context, start, end, date, "absolute")
    if groups["n1"]:
        if _version_number(context.text, start, groups["nsep"]):
            return None
        first, second, year = int(groups["n1"]), int(groups["n2"]), int(groups["ny"])
        order = _numeric_order(context) if _either_order(first, second, year) else None
        return _absolute(context, start, end, _numeric(first, second, year, order), "absolute")
    if groups["m"] or groups["d2"] or groups["rm"]:
        month = month_number(groups["m"] or groups["m2"] or groups["rm"])
        day = day_number(groups["d"] or groups["d2"] or groups["rd"])
        year = groups["y"] or groups["y2"] or groups["ry"]
        value, resolution = _month_day(month, day, year, reference, future)
        if groups["wd"] and not year and resolution == "inferred year":
            value = _weekday_year(value, weekday_number(groups["wd"]), reference, future(),
                                  _tense_told(context, sentence, start, end))
        note = _check_relative(groups, month, day, value, reference)
        if value is None:
            return None
        return context.fact(KIND, start, end, value, grain="day", resolution=resolution,
                            note=note)
    if groups["m3"] or groups["m4"]:
        month = month_number(groups["m3"] or groups["m4"])
        year = groups["y3"]
        if not year and reference and not reference.startswith("XXXX"):
            ref = dt.date.fromisoformat(reference)
            year = str(year_for_month(month, ref, future()))
        return context.fact(KIND, start, end, f"{year or 'XXXX'}-{month:02d}", grain="month",
                            resolution="absolute" if groups["y3"] else
                            ("inferred year" if year else "unresolved year"))
    if groups["rel"]:
        return _relative(context, start, end, _RELATIVE_DAYS[groups["rel"].lower()], reference)
    if groups["yrel"]:
        word = groups["yrel"].lower().split()[-1]
        return _relative_year(context, start, end, _RELATIVE_YEARS[word], reference)
    if groups["mrel"]:
        return _relative_month(context, start, end, _RELATIVE_MONTHS[groups["mrel"].lower()], reference)
    if groups["ypart"]:
        if _HABITUAL.search(context.text, sentence.start, sentence.end):
            return None
        return _relative_year(context, start, end, 0, reference)
    if groups["ymonth"]:
        known = reference[:4] if reference and not reference.startswith("XXXX") else "XXXX"
        month = "01" if groups["which"].lower() == "first" else "12"
        return context.fact(KIND, start, end, f"{known}-{month}", grain="month",
                            resolution="relative" if known != "XXXX" else "unresolved year")
    year = groups["year"] or groups["ynamed"] or groups["ysubject"]
    if year:
        # The preposition is context, not part of the date: "in 2025" → "2025".
        where = match.start("year") if groups["year"] else start
        return context.fact(KIND, where, end, year, grain="year", resolution="absolute")
    return _weekday(context, match, reference, future)


#: A word before a holiday's name that puts it in another calendar: "Lunar New Year's Eve", "Orthodox
#: Christmas Eve" (6 January), "Chinese New Year's Day" fall on other dates.
_OTHER_CALENDAR = re.compile(
    rf"\b(?:Lunar|Chinese|Vietnamese|Korean|Tibetan|Mongolian|Orthodox|Julian|Coptic|Ethiopian|Armenian|Jewish|"
    rf"Hebrew|Islamic|Hijri|Muslim|Persian|Iranian|Kurdish|Afghan|Hindu|Sikh|Tamil|Sinhala|Sinhalese|Thai|Khmer|"
    rf"Cambodian|Lao|Burmese|Nepali|Bengali|Balinese|Old)(?:{SPACE}+|-)\Z")
#: An article right before a holiday's name: the name is a modifier ("the Boxing Day tsunami", "a
#: Christmas Eve party"), often of a well-known day of some year; without its year it is no date.
_ARTICLE_BEFORE = re.compile(rf"\b(?i:the|a|an){SPACE}+\Z")
#: A document about another calendar's new year, whose "New Year's Eve" is that one's.
_LUNAR_NEW_YEAR = re.compile(rf"\b(?:(?:Lunar|Chinese|Vietnamese|Korean){SPACE}+New{SPACE}+Year|Spring{SPACE}+Festival|"
                             rf"Tet|Seollal|Nowruz|Rosh{SPACE}+Hashanah)\b")
_NEW_YEAR_ELSEWHERE: weakref.WeakKeyDictionary[DocumentContext, bool] = weakref.WeakKeyDictionary()


def _holiday(context: DocumentContext, match: re.Match, reference: str, future: Callable[[], bool]) -> Fact | None:
    """A fixed-date holiday ("on Christmas Eve", "New Year's Day 2025") as its day, its year written
    or inferred as a month-day's is, leaning by the sentence's tense; ``None`` where the name is not
    that day (see :func:`_holiday_elsewhere`) or names a habit ("families traditionally gather on
    Christmas Eve")."""
    text, name, year = context.text, match.group("hol"), match.group("hy0") or match.group("hy")
    if _holiday_elsewhere(context, match.start("hol"), name, bool(year)):
        return None
    low, high = max(0, match.start() - _CLAUSE_REACH // 2), min(len(text), match.end() + _CLAUSE_REACH // 2)
    sentence = context.sentences.at(match.start())
    if not year and _HABITUAL.search(text, max(low, sentence.start), min(high, sentence.end)):
        return None
    month, day = holiday_month_day(name)
    value, resolution = _month_day(month, day, year, reference, future)
    return context.fact(KIND, match.start(), match.end(), value, grain="day", resolution=resolution)


def _holiday_elsewhere(context: DocumentContext, start: int, name: str, dated: bool) -> bool:
    """Whether a holiday's name at ``start`` is not the Gregorian day it names: another calendar's
    ("Lunar New Year's Eve"; "New Year's Eve" in a document about the Spring Festival), or, with no
    year written, a modifier after an article ("the Boxing Day tsunami")."""
    text = context.text
    if _OTHER_CALENDAR.search(text, max(0, start - 12), start):
        return True
    if not dated and _ARTICLE_BEFORE.search(text, max(0, start - 5), start):
        return True
    if name.startswith("New"):
        if context not in _NEW_YEAR_ELSEWHERE:  # one scan of the document, only where a new year is named
            _NEW_YEAR_ELSEWHERE[context] = _LUNAR_NEW_YEAR.search(text) is not None
        return _NEW_YEAR_ELSEWHERE[context]
    return False


#: "must" and its verb phrase right before a date, with no break between: a duty ahead ("must report
#: to prison by July 13", "must be completed by June 1"). A date before "must" is of something else
#: ("Survivors of the fire on January 18 must wait"), and "must have" looks back.
_MUST_BEFORE = re.compile(
    rf"\bmust(?!{SPACE}+(?:not{SPACE}+)?have\b)\b"
    # no clause of its own between "must" and the date: "must be residents who arrived before
    # January 1", "must repay the loan it took out in March", "the sentence handed down on Monday"
    rf"(?:(?!\b(?:who|that|which|whom|whose|when|where|took|made|gave|began|came|went|got|held|left|lost|won|paid"
    rf"|sent|sold|told|said|found|brought|bought)\b|(?<!be )(?<!been )\b[a-z]{{2,}}ed\b)[^.;,:!?\n])*\Z")


def _looks_ahead(context: DocumentContext, sentence, match: re.Match) -> bool:
    """Whether a date without a year or week of its own lies ahead of the reference date: in a
    future sentence unless it is when something was said, or right after a scheduling verb."""
    start = match.start()
    low = max(sentence.start, start - 60)
    if _measured_against_a_close(context.text, low, start, match.end()):
        return False
    joined = _DAY_BEFORE.search(context.text, low, start) if match.group("d2") else None
    start = joined.start() if joined else start  # "runs from 12 to 14 June": the verb is before the range
    if (_scheduled_at(context.text, low, start) or _plural_schedule_at(context.text, sentence, low, start)
            or _goes_on(context.text, sentence, low, start)):
        return True
    if _MUST_BEFORE.search(context.text, low, start):
        return True  # a duty ahead: "must report to prison by July 13", "must pay in June"
    # "The ministry said on Monday that talks would resume": the date is when it was said.
    clause = _relative_clause(context.text, low, start, match.end()) or _clause_of(context, sentence, match.end())
    return (is_future(clause) or _FORECAST.search(clause) is not None) and not (
        _verb_before(context.text, low, start, _SAID_ON, _PASSIVE_AUXILIARIES)
        # "said Monday's vote will …", "said Wednesday would be a day of mourning": the date is what was said
        and not _DATE_AS_SUBJECT.match(context.text, match.end()))


def _measured_against_a_close(text: str, low: int, start: int, end: int) -> bool:
    """True when the date is the day of a market close a figure is measured against (see
    :data:`_AGAINST_CLOSE_ON`): "to Larkspur's closing price on [Monday]", "above [Friday]'s close".

    >>> _measured_against_a_close("a premium to its closing price on Monday", 0, 34, 40)
    True
    >>> _measured_against_a_close("the price will be set at the close on Friday", 0, 38, 44)
    False
    >>> _measured_against_a_close("The deal is expected to close on Friday", 0, 33, 39)
    False
    """
    if _AGAINST_CLOSE_ON.search(text, low, start):
        return True
    return _AGAINST_BEFORE.search(text, low, start) is not None and _CLOSE_AFTER.match(text, end) is not None


#: Where a clause of its own opens after a date: a coordinated predicate with a verb of its own
#: ("hit Florida on Tuesday and will reach Georgia", "began on Monday and is expected to last"), a
#: coordinated sentence after a comma ("dismissed on Friday, and a new trial will start"), or a
#: reported clause ("announced on Monday that the plant will close"), a relative clause after a comma
#: ("flew to Paris on Tuesday, where talks will resume", "fell on Monday, which will hurt exporters").
#: "On Tuesday and Wednesday,
#: ministers will meet" and "the committee and the board will vote" join no verb: no clause opens.
_NEXT_CLAUSE = re.compile(
    rf",?{SPACE}+(?:and|but|yet){SPACE}+(?:(?:then|also|now|[a-z]+ly){SPACE}+)?"
    rf"(?=(?:will|would|shall|could|can|may|might|must|should|is|are|was|were|has|have|had|expects?|plans?|"
    rf"hopes?|intends?|aims?|says?|said|remains?|continues?)\b)"
    rf"|,{SPACE}+(?:and|but|yet|though|although|while|whereas|where|which){SPACE}+|;|{SPACE}+that{SPACE}+")
#: A verb in the past tense: a clause holding one tells of what happened, whatever a later clause
#: of the sentence foresees. (A participle of planning, "scheduled", "expected to", is a future
#: word itself and keeps its clause ahead.) The irregular forms are one trie, so a position that
#: opens none of them is rejected on its first letter.
_PAST_VERB = re.compile(rf"\b(?:[a-z]{{2,}}ed|{literal_alternation(IRREGULAR_PAST)})\b")
#: How far from a date its clause is read: a bounded window keeps a long line linear.
_CLAUSE_REACH = 240


def _clause_of(context: DocumentContext, sentence, date_end: int) -> str:
    """The text whose tense a date ending at ``date_end`` takes: its sentence, cut where a clause
    of its own opens after the date (see :data:`_NEXT_CLAUSE`) when the sentence up to there tells
    of the past. "The strike began on Monday and is expected to last a week": Monday is the one
    before, not the one ahead."""
    text = context.sentence_text(sentence)
    found = _NEXT_CLAUSE.search(context.text, date_end, min(sentence.end, date_end + _CLAUSE_REACH))
    if found is None:
        return text
    cut = found.start() - sentence.start
    if _PAST_VERB.search(text, max(0, cut - _CLAUSE_REACH), cut) is None:
        return text  # "Talks start on Monday and will last three days": all of it ahead
    return text[:cut]


#: A relative pronoun opening a clause that may hold a date ("the talks, which began on Monday, …").
_RELATIVE_PRONOUN = re.compile(r"\b(?:which|who|that)\b")


def _relative_clause(text: str, low: int, date_start: int, date_end: int) -> str:
    """The relative clause a date stands in, from its pronoun to the date, when that clause tells of
    the past and speaks of no future: its tense is the date's, whatever the main clause foresees.
    "The talks, which began on Monday, will continue until Friday": Monday is the one before. A
    comma between pronoun and date closes the clause before the date, which then is not in it
    ("the talks, which stalled, will resume on Monday"). "" when there is no such clause.

    >>> _relative_clause("Talks that began on Monday will go on.", 0, 20, 26)
    'that began on Monday'
    >>> _relative_clause("Talks that will begin on Monday stalled.", 0, 25, 31)
    ''
    """
    last = None
    for found in _RELATIVE_PRONOUN.finditer(text, low, date_start):  # the nearest pronoun before the date
        last = found
    if last is None:
        return ""
    clause = text[last.start():date_end]
    if "," in clause[:date_start - last.start()] or _PAST_VERB.search(clause) is None or is_future(clause):
        return ""
    return clause


def _scheduled_at(text: str, low: int, date_start: int) -> bool:
    """True when ``text[low:date_start]`` ends with a present-tense scheduling verb (see
    :data:`_SCHEDULED_ON`) that is not a noun or a negated past.

    >>> _scheduled_at("The panel meets on ", 0, 19), _scheduled_at("The votes on ", 0, 13)
    (True, False)
    >>> _scheduled_at("They did not meet on ", 0, 21), _scheduled_at("They met on ", 0, 12)
    (False, False)
    """
    return (_verb_before(text, low, date_start, _SCHEDULED_ON, _NOT_SCHEDULING, negations=True)
            or _verb_before(text, low, date_start, _PLANNED_FOR, _NOT_PLANNED, negations=True)
            or _verb_before(text, low, date_start, _AWAITED_ON, _NOT_AWAITED, negations=True))


def _plural_schedule_at(text: str, sentence, low: int, date_start: int) -> bool:
    """True when ``text[low:date_start]`` ends with a plural schedule verb (see
    :data:`_PLURAL_SCHEDULED_ON`) right after a plural subject, a noun in -s ("polls", "doors"; not a
    possessive, "the markets' close") or "they"/"we", in a sentence that tells no past: in "the
    athletics meet on Saturday drew 40,000 fans" the verb is "drew", and "meet" a noun.

    >>> from types import SimpleNamespace as S
    >>> _plural_schedule_at("Polls close on ", S(start=0, end=15), 0, 15)
    True
    >>> _plural_schedule_at("The close on ", S(start=0, end=13), 0, 13)
    False
    >>> _plural_schedule_at("The shop stays open on ", S(start=0, end=23), 0, 23)
    False
    """
    found = _PLURAL_SCHEDULED_ON.search(text, low, date_start)
    if found is None:
        return False
    before = text[low:found.start()].split()
    word = before[-1].strip("\"“”(,").lower() if before else ""  # a possessive's apostrophe is kept
    if not (word in _PLURAL_PRONOUNS or (word.endswith("s") and not word.endswith(("ss", "'s", "’s"))
                                         and word not in _NOT_SCHEDULING and word not in _NOT_PLURAL_SUBJECTS)):
        return False
    window = text[max(sentence.start, date_start - _CLAUSE_REACH):min(sentence.end, date_start + _CLAUSE_REACH)]
    return not _tells_past(window)


#: A present-tense verb of travel, meeting or play, then a few words (a place, an opponent, an
#: object) and the date: "Voters go to the polls on Sunday", "the prime minister flies to Washington
#: on Sunday", "ministers gather in Paris on Tuesday", "the team plays Saturday afternoon", "the party
#: holds its convention in August". In a sentence that tells no past, news writes such a plan in the
#: present (see :func:`_goes_on`). A plural form ("voters go") follows a plural subject; a third-person
#: form ("plays") may be a noun, so the word before is checked as for :data:`_SCHEDULED_ON`.
_GOES_ON = re.compile(
    rf"\b(?:(?P<third>goes|flies|travels|heads|sails|visits|gathers|meets|plays|faces|hosts|holds|returns|"
    rf"leaves|competes|tours|welcomes|votes)|(?P<plural>go|fly|travel|head|sail|visit|gather|meet|play|face|"
    rf"host|hold|return|compete|vote))"
    rf"(?P<between>(?:{SPACE}+(?!(?:and|or|but|that|which|who|since|after|before|when|while|as|than|last|"
    rf"ago|said|says|every|each)\b)[\w’'-]+){{0,5}}?)(?:{SPACE}+(?:on|in))?{SPACE}+\Z")
#: Participles of a plan, never a past: "talks expected to focus on trade", "a visit scheduled".
_PLANNING_PARTICIPLES = frozenset({"expected", "scheduled", "slated", "planned", "billed", "tipped", "watched"})
#: Words before a word in -ed that make it a participle, an adjective, not a verb of the past: "a
#: closely watched election", "the newly elected mayor", "has been delayed".
_PARTICIPLE_BEFORE = frozenset({"a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "be", "been",
                                "being", "is", "are", "get", "gets", "well", "much", "most", "more", "less", "least",
                                "long", "so-called", "newly"})
#: Subjects of a plural present verb that are not nouns in -s: "they go", "we meet".
_PLURAL_PRONOUNS = frozenset({"they", "we", "you", "i"})


def _goes_on(text: str, sentence, low: int, date_start: int) -> bool:
    """True when a verb of :data:`_GOES_ON` leads to a date at ``date_start`` in a sentence that tells
    no past and no habit ("voters go to the polls on Sunday" is ahead; "voters went to the polls on
    Sunday", "the team, which lost on Friday, plays Saturday" and "the club usually holds its gala in
    May" are not read here). A verb of saying does not take a reported schedule back: "he said the
    team plays Saturday" is still ahead.

    >>> from types import SimpleNamespace as S
    >>> ahead, behind = "Voters go to the polls on Sunday.", "Voters went to the polls on Sunday."
    >>> _goes_on(ahead, S(start=0, end=33), 0, 26), _goes_on(behind, S(start=0, end=35), 0, 28)
    (True, False)
    """
    found = _GOES_ON.search(text, low, date_start)
    if found is None:
        return False
    before = text[max(sentence.start, found.start() - 30):found.start()].split()
    word = before[-1].lower().strip("\"'“”‘’(,") if before else ""
    if found.group("plural"):
        if not (word in _PLURAL_PRONOUNS or (word.endswith("s") and not word.endswith(("ss", "'s", "’s"))
                                                and word not in _NOT_SCHEDULING)):
            return False  # "agreed to meet on Monday", "a state visit in April": no plural subject
    elif word in _NOT_SCHEDULING or word.endswith(("'s", "’s", "s'", "s’")) or word[:1].isdigit():
        return False  # "the plays on Sunday", "Trump's visits in April", "two rallies": nouns
    window = text[max(sentence.start, date_start - _CLAUSE_REACH):min(sentence.end, date_start + _CLAUSE_REACH)]
    return not _HABITUAL.search(window) and not _tells_past(window)


def _tells_past(text: str) -> bool:
    """Whether ``text`` holds a verb of the past; a word in -ed read as a participle (see
    :data:`_PARTICIPLE_BEFORE`, :data:`_PLANNING_PARTICIPLES`) is none."""
    for verb in _PAST_VERB.finditer(text):
        word = verb.group().lower()
        if word.endswith("ed") and word not in ("was", "were", "had", "did"):
            before = text[max(0, verb.start() - 20):verb.start()].split()
            previous = before[-1].lower() if before else ""
            if word in _PLANNING_PARTICIPLES or previous in _PARTICIPLE_BEFORE or previous.endswith("ly"):
                continue
        return True
    return False


def _verb_before(text: str, low: int, date_start: int, verb: re.Pattern, refused: frozenset[str],
                 negations: bool = False) -> bool:
    """True when ``text[low:date_start]`` ends with a match of ``verb`` whose word before is not
    one of ``refused`` (nor a negation such as "didn't" when ``negations``), however spaced."""
    found = verb.search(text, low, date_start)
    if found is None:
        return False
    before = text[low:found.start()].split()
    word = before[-1].lower().strip("\"'“”‘’(,") if before else ""
    return word not in refused and not (negations and word.endswith(("n't", "n’t")))


#: A word naming a version right before figures with dots: "firmware 13.1.2024", "version
#: 2.10.2025", "v 1.12.2023", "build 3.4.2024" are version numbers, not dates. A press or news
#: release is a document, which may be dated; "last update" dates a page.
_VERSION_BEFORE = re.compile(
    rf"(?<![\w.])(?i:version|ver\.?|firmware|(?<!press{SPACE})(?<!news{SPACE})release|build|"
    rf"(?<!last{SPACE})update|v){SPACE}+\Z")
#: A date in figures anywhere in a document, read for the order of its day and month.
_FIGURES = re.compile(rf"(?<![\w./-])([0-3]?\d)([/.-])([0-3]?\d)\2{YEAR}(?![\w/-]|\.\d)")
#: Per document, the order its dates in figures are written in (see :func:`_numeric_order`).
_ORDERS: weakref.WeakKeyDictionary[DocumentContext, str | None] = weakref.WeakKeyDictionary()


def _version_number(text: str, start: int, separator: str) -> bool:
    """Whether figures at ``start`` joined by ``separator`` are a version number: dots right after
    a word naming a version (see :data:`_VERSION_BEFORE`)."""
    return separator == "." and _VERSION_BEFORE.search(text, max(0, start - 16), start) is not None


def _either_order(first: int, second: int, year: int) -> bool:
    """Whether figures make a different date read day first and month first ("9/11/2001")."""
    day_first, month_first = safe_date(year, second, first), safe_date(year, first, second)
    return bool(day_first and month_first and day_first != month_first)


def _numeric_order(context: DocumentContext) -> str | None:
    """How the document writes dates in figures: "day" first when one of them can only be read
    day first ("25/12/2025"), "month" first when one can only be read month first ("12/31/2024"),
    ``None`` when none or both are found. A writer keeps one order throughout, so this settles
    "9/11/2001" beside them. Version numbers ("firmware 13.1.2024") are no evidence. One scan of
    the document, made only for a document with a date in figures that both orders would read."""
    if context in _ORDERS:
        return _ORDERS[context]
    orders = set()
    for found in _FIGURES.finditer(context.text):
        first, second = int(found.group(1)), int(found.group(3))
        if (first > 12) == (second > 12) or _version_number(context.text, found.start(), found.group(2)):
            continue
        orders.add("day" if first > 12 else "month")
    _ORDERS[context] = order = orders.pop() if len(orders) == 1 else None
    return order


def _numeric(first: int, second: int, year: int, order: str | None = None) -> dt.date | None:
    """The date of a day and month in figures written in either order, or ``None`` when both
    orders make a date ("9/11/2001" is 9 November in Britain, 11 September in America) and the
    document's ``order`` ("day" or "month" first) is not known.

    >>> _numeric(25, 12, 2025), _numeric(12, 25, 2025), _numeric(5, 5, 2025), _numeric(9, 11, 2001)
    (datetime.date(2025, 12, 25), datetime.date(2025, 12, 25), datetime.date(2025, 5, 5), None)
    >>> _numeric(9, 11, 2001, "month"), _numeric(9, 11, 2001, "day")
    (datetime.date(2001, 9, 11), datetime.date(2001, 11, 9))
    """
    day_first, month_first = safe_date(year, second, first), safe_date(year, first, second)
    if day_first and month_first and day_first != month_first:
        return {"day": day_first, "month": month_first}.get(order or "")
    return day_first or month_first


def _absolute(context, start, end, date, resolution):
    if date is None:
        return None
    return context.fact(KIND, start, end, date.isoformat(), grain="day", resolution=resolution)


def _month_day(month, day, year, reference, future: Callable[[], bool]):
    if year:
        date = safe_date(int(year), month, day)
        return (date.isoformat(), "absolute") if date else (None, "")
    if reference and not reference.startswith("XXXX"):
        ref = dt.date.fromisoformat(reference)
        year = year_for_month_day(month, day, ref, future())
        date = safe_date(year, month, day)
        return (date.isoformat(), "inferred year") if date else (None, "")
    if safe_date(2000, month, day) is None:  # 2000 is a leap year: admits February 29
        return None, ""
    return f"XXXX-{month:02d}-{day:02d}", "unresolved year"


def _tense_told(context: DocumentContext, sentence, start: int, end: int) -> bool:
    """Whether the sentence around a date tells its tense by a verb of the past or a word of the
    future; a sentence in the present ("the team plays Saturday, Feb. 14") tells neither."""
    low, high = max(sentence.start, start - _CLAUSE_REACH), min(sentence.end, end + _CLAUSE_REACH)
    window = context.text[low:high]
    return _PAST_VERB.search(window) is not None or is_future(window) or _FORECAST.search(window) is not None


def _weekday_year(value: str, weekday: int, reference: str, future: bool, told: bool = True) -> str:
    """A year-less date inferred as ``value`` moved to the year before or after when only there it
    falls on the ``weekday`` written beside it, and that year still fits the sentence's tense
    (``future``) against the ``reference`` date, or, in a sentence whose verbs do not tell the
    tense (``told`` false), lies within :data:`_WEEKDAY_NEAR_DAYS` of it: "on Friday, January 31",
    said in a past sentence in February 2026, is 31 January 2025 (a Friday), not 31 January 2026 (a
    Saturday); "the team plays Saturday, Feb. 14", in the present, is 14 February 2026. Otherwise
    the date stays, and its mismatch is noted.

    >>> _weekday_year("2026-01-31", 4, "2026-02-05", False), _weekday_year("2026-01-31", 5, "2026-02-05", False)
    ('2025-01-31', '2026-01-31')
    >>> _weekday_year("2025-06-08", 0, "2026-02-05", False)  # 8 June 2026 is a Monday, but far ahead
    '2025-06-08'
    >>> _weekday_year("2025-02-14", 5, "2026-02-05", False, told=False)  # 14 Feb 2026, a Saturday, is near
    '2026-02-14'
    """
    date = dt.date.fromisoformat(value)
    if date.weekday() == weekday:
        return value
    ref = dt.date.fromisoformat(reference)
    for year in (date.year + 1, date.year - 1):  # at most one fits: a year shifts a weekday by 1 or 2
        other = safe_date(year, date.month, date.day)
        if other is not None and other.weekday() == weekday and (
                fits_tense(other, ref, future) or (not told and abs((other - ref).days) <= _WEEKDAY_NEAR_DAYS)):
            return other.isoformat()
    return value  # no year nearby fits: the mismatch is noted


#: How near the reference date a weekday written with a year-less date settles its year against the
#: tense read from the sentence: news names the weekday of days in the weeks around its writing
#: ("the team plays Saturday, Feb. 14", present tense but nine days ahead), and a weekday is
#: seldom wrong where a sentence in the present is read as past only for want of a tense.
_WEEKDAY_NEAR_DAYS = 92


def _check_relative(groups, month, day, value, reference) -> str:
    """Note a weekday or "tomorrow" that disagrees with the date written beside it."""
    if groups["wd"] and value and not value.startswith("XXXX"):
        written = weekday_number(groups["wd"])
        actual = dt.date.fromisoformat(value).weekday()
        if written != actual:
            return f"weekday {groups['wd']} does not match {value}"
    if groups["rel"] and reference:
        expected = _shift(reference, _RELATIVE_DAYS[groups["rel"].lower()])
        if expected[4:] != f"-{month:02d}-{day:02d}":
            return f"{groups['rel']} from {reference} is {expected}, not {value}"
    return ""


def _shift(reference: str, days: int) -> str:
    year = reference[:4]
    base = dt.date(2001 if year == "XXXX" else int(year), int(reference[5:7]), int(reference[8:10]))
    shifted = (base + dt.timedelta(days=days)).isoformat()
    return ("XXXX" + shifted[4:]) if year == "XXXX" else shifted


def _relative(context, start, end, days, reference):
    if not reference:
        return context.fact(KIND, start, end, "", grain="day", resolution="unresolved",
                            note="no publication date to resolve against")
    return context.fact(KIND, start, end, _shift(reference, days), grain="day",
                        resolution="relative")


def _relative_year(context, start, end, years, reference):
    """"this year" → the reference year; with no known year the current year is "XXXX",
    while "last year" cannot be written and stays unresolved."""
    if not reference or reference.startswith("XXXX"):
        if years == 0:
            return context.fact(KIND, start, end, "XXXX", grain="year", resolution="unresolved year")
        return context.fact(KIND, start, end, "", grain="year", resolution="unresolved",
                            note="no publication date to resolve against")
    return context.fact(KIND, start, end, str(int(reference[:4]) + years), grain="year",
                        resolution="relative")


def _relative_month(context, start, end, months, reference):
    """"this month" → the reference month, "last month" the one before; with no known year the
    month is still known ("XXXX-01" for "last month" from February of an unknown year)."""
    if not reference:
        return context.fact(KIND, start, end, "", grain="month", resolution="unresolved",
                            note="no publication date to resolve against")
    year, month = divmod(int(reference[5:7]) - 1 + months, 12)
    known = reference[:4] if reference.startswith("XXXX") else str(int(reference[:4]) + year)
    return context.fact(KIND, start, end, f"{known}-{month + 1:02d}", grain="month",
                        resolution="unresolved year" if known == "XXXX" else "relative")


def _weekday(context, match, reference, future: Callable[[], bool]):
    weekday = weekday_number(match.group("wd2"))
    modifier = (match.group("mod") or "").lower()
    if not reference or reference.startswith("XXXX"):
        return context.fact(KIND, match.start(), match.end(), "", grain="day",
                            resolution="unresolved",
                            note="no publication date to resolve against")
    ref = dt.date.fromisoformat(reference)
    if modifier in ("next", "coming"):
        ahead = True
    elif modifier in ("last", "past"):
        ahead = False
    else:
        ahead = future()
    date = resolve_weekday(weekday, ref, ahead)
    if modifier == "last" and date == ref:
        date -= dt.timedelta(days=7)
    if modifier == "next" and date == ref:
        date += dt.timedelta(days=7)
    return context.fact(KIND, match.start(), match.end(), date.isoformat(), grain="day",
                        resolution="relative")
