"""Counts of things: "over 56,000 Chinese students", "two meetings", "216 militants",
"twenty-five delegates", "1.5 million people", "a dozen envoys", "a hundred and two cars",
"10 000 visitors", "1.1bn users", "2.5m people", "20k followers" (a short scale; a letter only glued,
since "5 m" is metres, and not in "the 400m hurdles"), "30-ish fans" (approx), ranges ("300 to 400
people", "two or three days"), open ends ("five or more people"), vague magnitudes ("dozens of
institutions", "tens of millions of lives"), repetitions ("met twice", "visited China three times")
and runs ("three years in a row", "for three consecutive years", "for the third straight year").

A capitalised noun after a figure is mostly a name ("10 Downing Street", "2 Kings", "the Two
Sessions"), but a capitalised plural naming people by nationality, faith, party or people ("30
Palestinians", "12 Democrats", "900 Europeans") or a plural acronym ("650 MPs", "40 NGOs") is counted.
A count of people takes what befell them as its subject (see :mod:`._outcomes`): "the death toll
rose to 112", "112 people were killed", "the quake killed 112" and "left 112 dead" all count
"deaths"; "40 injured" counts "injured"; "30 soldiers were killed" counts "soldiers killed". Voters take their side
("six of the nine members backed the rise" → "members in favour"), and the whole of a partitive is all
of its noun ("the nine members" there → "all members"), so parts and the whole never share a slot.
A count of a year more than a year before its report was published ("in 1998, when 93 people
died", in a report of 2026) tells of another time than the news: ``note`` ``level:before`` makes it
an earlier level, compared only with other earlier levels, never with the report's own toll.
An employer's workforce counts its employees: "Halden employs about 3,200 people" and "Norvik's
12,000 employees" count "halden employees" and "norvik employees" (see :mod:`._outcomes`).
Posts cut are jobs: "cut 300 posts", "a reduction of 1,200 positions", "Some 1,200 roles will go"
and "1,200 job cuts" all count "jobs", as "1,200 jobs would be cut" does; "40 roles" on stage stay
"roles". Jobs made are "new jobs" ("create 500 jobs", "employers added 175,000 jobs", "500 jobs will
be created"), so a report of both sets neither figure against the other.
A change word between a figure and its noun ("5,000 more engineers", "300 fewer jobs", "2,000
additional troops") counts the noun; ``note`` gives the direction, as percent marks a change
("change:up", "change:down").

The subject is the counted noun phrase (modifiers and a plural head, at most three words,
lower-cased, determiners and country-pair compounds dropped): "56,000 Chinese students" →
"chinese students"; a pair of nouns joined by "and" may open it ("4,600 search and rescue
personnel", "12 oil and gas fields"). A repetition counts the act of its verb: "met twice" → "meetings",
"visited … three times" → "visits" (other verbs give the verb itself). A run counts
"consecutive <unit>s", so "the third consecutive year" and "three years in a row" agree; a period
adjective names the unit ("its fourth consecutive quarterly loss", "four quarterly losses in a row":
consecutive quarters) and the run spans the noun after it.
A vague magnitude has qualifier "range", its value ``low..high`` ("dozens" → 12..100: a
plural of a unit starts at one unit, as "hundreds" starts at 100).

A number with no noun after it is a count where English leaves the noun out:
* partitives: "two of the victims", "two of CERN's experiments", "a hundred and two of those";
* coordination: "45 and 50 cases" is two counts of cases (with "between" it is a range);
* existentials: "There are two in my car", "there were 12 on board" (subject unknown);
* ellipsis after a count in the same sentence: "Police held 12 protesters on Friday and 30
  on Saturday", "13 units whilst a gross is 144": the bare number counts the same noun;
* a level of a noun that only counts, or of a population, crowd or membership: "measles cases
  rose to 2,911", "arrests fell by 12% to 300", "a population of 8,500", "a crowd of 20,000".
Where the noun is neither said nor recoverable ("The answer is 42", "He will be 30"), the
number is not a count.

Not counts: years, dates ("February 4"), times, money, percentages, durations and other
measures ("five years", "20 kilometres"), ordinals, list markers ("1. Item"), numbers in
URLs or phone numbers, decimals without a scale word, multipliers ("three times higher"),
identifiers ("Boeing 737 jets", "Resolution 2231"), names ("the Two Sessions"), and "one"
unless bounded ("at least one soldier"): "one of", "no one", "one China policy". "The two
countries" / "our two leaders" refer to the parties rather than count them and are skipped,
as is "the two <noun>" right after two names ("talks with Putin and Trump … the two
exchanges"); a ranking is a claim and stays ("the world's two largest economies"). So are
figures in the scope of "wish" ("I wish you success in tens of thousands of undertakings").
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from itertools import chain

from ..align import EARLIER_LEVEL
from ..gazetteer import DEMONYMS
from ..schema import Fact
from ..text import SPACE
from ._base import DocumentContext, Example
from ._calendar import MONTH, MONTHS
from ._context import canonical_subject, scope_of
from ._numbers import (
    BOUND,
    BOUND_ENDS,
    FRACTION_OF_ONE,
    NUMBER_DIGITS,
    NUMBER_SPACED,
    NUMBER_WORD_LIST,
    NUMBER_WORDS,
    PHRASE_STOPS,
    SCALES,
    VAGUE,
    WHITESPACE,
    Reading,
    address_spans,
    bound_qualifier,
    canonical,
    counted_noun,
    in_spans,
    interval,
    is_plural,
    literal_alternation,
    read_number,
    vague_interval,
    wished,
)
from ._ordinals import ORDINAL, read_ordinal
from ._outcomes import (
    charges_subject,
    jobs_noun,
    outcome_after,
    outcome_before,
    outcome_subject,
    toll_before,
    vote_side,
    workforce_subject,
)

KIND = "count"

_SP = SPACE


def _set(words: str) -> frozenset:
    return frozenset(words.split())


_CARD = rf"(?:{NUMBER_SPACED}|{NUMBER_DIGITS}|{NUMBER_WORDS})"
_RUN_ADJ = r"(?i:consecutive|successive|straight)"
_ROW = rf"(?:in{_SP}+a{_SP}+row|running)\b"
#: After a cardinal: a space, or punctuation that ends the number ("There are two."), but not
#: a decimal point, a digit group, a time ("8:30") or a compound ("27-kilometre").
_NUMBER_END = r"(?=\s|[.,:](?!\d)|[;!?)\]”\"'’]|$)"
#: Adjectives of a period, and the period a run of them counts: "fourth consecutive quarterly loss".
_PERIOD_ADJECTIVES = {"daily": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
                      "annual": "year", "yearly": "year"}
#: A period adjective before the noun of a run: "the fourth quarterly loss in a row" is a run of quarters.
_PERIODIC = "(?:" + "|".join(_PERIOD_ADJECTIVES) + ")"
_RUN = re.compile(
    rf"(?P<rn>{_CARD}){_SP}+(?:(?P<radj>{_RUN_ADJ}){_SP}+(?P<ru>[a-z]+)\b"
    rf"|(?:(?P<rper>{_PERIODIC}){_SP}+)?(?P<ru2>[a-z]+){_SP}+{_ROW})"
    rf"|(?P<on>{ORDINAL}){_SP}+(?:(?P<oadj>{_RUN_ADJ}){_SP}+(?P<ou>[a-z]+)\b"
    rf"|(?:(?P<oper>{_PERIODIC}){_SP}+)?(?P<ou2>[a-z]+){_SP}+{_ROW})")
_TIMES = re.compile(rf"(?P<times>(?i:twice|thrice)|(?P<tn>{_CARD}){_SP}+times)\b")
#: A vague magnitude and "of" before its noun ("dozens of institutions"), or alone, which counts
#: only with an outcome around it ("dozens were injured", "arrested hundreds"; see ``_vague``).
_VAGUE_OF = re.compile(rf"(?P<vague>{VAGUE})(?:{_SP}+of(?:{_SP}+(?i:the|these|those|our|their|its))?(?={_SP})"
                       rf"|(?P<alone>(?!{_SP}+of\b)))")
_CARDINAL = re.compile(
    rf"(?<![\w$€£¥₽₹#@/.,:+\-−–])(?P<num>(?:{FRACTION_OF_ONE}(?={_SP}+(?i:dozen|hundred|thousand|million|billion)\b))"
    rf"|{_CARD}|(?i:an?)(?={_SP}+(?i:dozen|hundred|thousand|million|billion)\b))(?P<ish>-ish\b)?(?:(?P<sep>{_SP}*[-–]{_SP}*|{_SP}+(?i:to|and|or){_SP}+)(?P<num2>{_CARD}))?"
    rf"(?:{_SP}+(?P<scale>(?i:dozen|hundred|thousand|million|billion|trillion))\b"
    # "1.1bn users", "2.5 mn people", "20k followers": a short scale; a letter only glued ("5 m" is metres)
    rf"|{_SP}?(?P<abbr>(?i:bn|mn|mln|tn|trn))\b|(?P<letter>[mk])\b)?"
    rf"(?P<more>{_SP}+or{_SP}+(?i:more|fewer|less))?{_NUMBER_END}"
)
_PATTERNS = {"run": _RUN, "times": _TIMES, "vague": _VAGUE_OF, "cardinal": _CARDINAL}
#: A number in words of more than one word ("twenty-five", "a hundred and two") and the words after
#: it, which tell which of the patterns above to try.
_FIGURE_AT = re.compile(rf"(?P<n>{NUMBER_WORDS})(?:{_SP}+(?P<w1>[a-z]+)(?:{_SP}+(?P<w2>[a-z]+))?)?")
_RUN_ADJECTIVES = frozenset(("consecutive", "successive", "straight"))
#: Words after a number word that continue the number: "two hundred", "twenty five", "a hundred and two".
_NUMBER_GOES_ON = frozenset(("hundred", "thousand", "and", "one", "two", "three", "four", "five", "six", "seven",
                             "eight", "nine"))
_SCALE_WORDS = ["dozen", "hundred", "thousand", "million", "billion"]
_RUN_WORDS = ["consecutive", "successive", "straight", "row", "running"]
_STARTS = ["twice", "thrice", "tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions",
           *_SCALE_WORDS, *_RUN_WORDS, *NUMBER_WORD_LIST]
#: Where a count may be: a digit or one of the words above after a space, a bracket or a
#: quote. Scanning for these (a character class first, then a trie of literal words) and
#: matching the full pattern only there is several times faster than running the full
#: alternation at every word. Articles ("a dozen", "half a million") are found through the
#: scale word after them, and word ordinals ("the third consecutive year") through the run
#: word after them, since "a" and "first" are far too common to try everywhere.
_FORMS = sorted({form for word in _STARTS for form in (word, word.capitalize(), word.upper())})
_OPENERS_CLASS = rf"[{WHITESPACE}(\[\"'“‘«]"
# Digit ordinals ("24th") are left out here: a run ("3rd straight year") is found from its run word.
# A figure in digits, and a number word, is read here at once with the two words after it.
_DIGIT_FIGURE = (rf"(?![\d,]*(?:st|nd|rd|th)\b)(?P<n>{NUMBER_SPACED}|{NUMBER_DIGITS})"
                 rf"(?=(?:{_SP}+(?P<w1>[a-z]+)(?:{_SP}+(?P<w2>[a-z]+))?)?)")  # looked at, not consumed
# The look-ahead on the first letters of the words lets most words fail on one class test.
_FIRST_CHARS = "".join(sorted({form[0] for form in _FORMS}))
_START = (rf"(?P<t>(?=\d){_DIGIT_FIGURE}|{literal_alternation(_FORMS)}(?![a-z])"
          rf"(?=(?P<dash>-)?(?:{_SP}+(?P<v1>[a-z]+)(?:{_SP}+(?P<v2>[a-z]+))?)?))")
_TRIGGER = re.compile(rf"{_OPENERS_CLASS}(?=[\d{_FIRST_CHARS}]){_START}")
_TRIGGER_AT_START = re.compile(_START)
_SCALE_SET = frozenset(_SCALE_WORDS)
#: Trigger words that are not numbers, in every written form, and the shape of count they start.
_WORD_SHAPES = {form: shape for words, shape in [
    (["tens", "dozens", "scores", "hundreds", "thousands", "millions", "billions"], "vague"),
    (["twice", "thrice"], "times"), (_SCALE_WORDS, "scale"), (_RUN_WORDS, "run")]
    for word in words for form in (word, word.capitalize(), word.upper())}
_ARTICLE_BEFORE = re.compile(rf"(?<![\w-])(?:{FRACTION_OF_ONE}|(?i:an?)){_SP}+\Z")
#: How far before a scale word its article may start: "three quarters of a million".
_ARTICLE_REACH = 24
_RUN_BEFORE = re.compile(
    rf"(?<![\w-])(?:{ORDINAL}|{_CARD}){_SP}+(?:(?:{_PERIODIC}{_SP}+)?[a-z]+{_SP}+(?:in{_SP}+a{_SP}+)?)?\Z")
_BOUND_BEFORE = re.compile(rf"(?P<bound>{BOUND}){_SP}+$")
_BETWEEN_BEFORE = re.compile(rf"\b(?i:between){_SP}+$")
_MONTH_NAMES = frozenset([*MONTHS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
_YEAR = re.compile(r"(?:1[89]|2[01])\d\d")
_DEFINITES = frozenset(("the", "our", "their", "these", "those", "its", "his", "her", "your", "my"))
_ONES = frozenset(("one", "One", "ONE"))
_CENTURIES = frozenset(("18", "19", "20", "21"))  # a four-digit figure starting so is read as a year
_CLAUSE_ENDS = frozenset(",;:)]!?”\"'.")
_MONTH_AFTER = re.compile(rf"{_SP}+(?:of{_SP}+)?{MONTH}\b")
_DEFINITE_BEFORE = re.compile(rf"(?:\b(?i:the|our|their|these|those|its|his|her|your|my)|\w[’']s|s[’']){_SP}+$")
_PROPORTION_BEFORE = re.compile(rf"(?<![\w.,])(?:\d+|{NUMBER_WORDS}){_SP}+(?i:in|out{_SP}+of){_SP}+$")
_WORD = re.compile(r"[\w’'-]+")
#: "of" after a number with no noun: "two of the victims", "two of CERN's experiments", "two of
#: those", "seven of the board's members". A number after the determiner ("two of the 40
#: passengers", "seven of the Board's nine members") is skipped to find the noun; a bare number
#: after "of" ("3 of 10") makes a proportion.
_PARTITIVE = re.compile(
    rf"{_SP}+of{_SP}+(?:(?P<numeral>\d)|(?P<pronoun>(?i:them|us|you|those|these))\b(?!{_SP}+[a-z]+s\b)"
    rf"|(?:(?i:the|its|their|our|his|her){_SP}+[\w.&-]+(?:[’']s|(?<=s)[’'])|[A-Z][\w.&-]*[’']s"
    rf"|(?i:the|these|those|its|their|our|his|her|my|your))"
    rf"(?P<skipped>{_SP}+(?:{NUMBER_DIGITS}|{NUMBER_WORDS}))?(?={_SP}))")
#: A partitive whose whole is a number word before its noun: "seven of nine counts", "four of five
#: sessions" (read as "seven of the nine counts"). A whole in digits stays a proportion, as in
#: polls ("7 of 10 Americans", see :data:`_PARTITIVE`'s ``numeral``): news writes small counts of
#: things in words.
_BARE_PARTITIVE = re.compile(rf"{_SP}+of(?P<skipped>{_SP}+{NUMBER_WORDS})(?={_SP}+[A-Za-z])")
#: What may follow a number whose noun is left out: punctuation, the end, or a function word
#: ("… and 30 on Saturday", "there were 12 in the boat", "5 were released").
_BARE_AFTER = re.compile(
    rf"(?:{_SP}*(?:[.,;:!?)(\]”\"'’]|$)|{_SP}+(?i:on|in|at|by|for|from|to|and|or|but|while|whilst|whereas|"
    rf"with|were|are|was|is|had|have|has|will|would|could|may|might|remain|remained|apiece|each|"
    rf"respectively|altogether|last|this|so|yet|as)\b)", re.MULTILINE)
#: Words before a bare number that make it something else: a time ("at 5"), an age ("aged 30",
#: "turned 30"), a margin ("by 3"), a rate, a value ("a score of 20").
_NOT_ELLIPSIS = _set("at aged age ages by became becomes turned turns than per of")
#: A bare number after another one ("aged 9, 10 and 11", "aged 15 to 19") continues what the first is.
_NUMBER_LIST_BEFORE = re.compile(rf"\d[,;]?{_SP}+(?:(?i:and|or|to){_SP}+)?\Z")
_THERE_BEFORE = re.compile(
    rf"\b(?i:there)(?:[’']s|[’']re|{_SP}+(?i:is|are|was|were|remain|remained|(?:will|would|could|may|might|"
    rf"must){_SP}+be|(?:have|has|had){_SP}+been)(?:{_SP}+(?i:still|now|only|just|also))?){_SP}+\Z")
#: A running total before a bare figure: "bringing the total this year to 3,950", "taking its tally to".
#: The figure counts all of what the figure before it counts, not only the new ones.
_RUNNING_TOTAL_BEFORE = re.compile(
    rf"\b(?i:bringing|taking|raising|pushing|lifting|brings|takes|raises|pushes|lifts|brought|took|raised|pushed"
    rf"|lifted)(?:{_SP}+[\w’'-]+){{1,3}}?{_SP}+(?i:total|tally|count)(?:{_SP}+[\w’'-]+){{0,3}}?{_SP}+to{_SP}+\Z")
#: Words that mark a count as an addition ("1,284 new cases", "12 more arrests"), which a running
#: total after it is not.
_ADDED_WORDS = _set("new more additional further extra fresh")
_LIST_MARKER_BEFORE = re.compile(rf"(?:^|\n|:){_SP}*\Z")
_NAME = r"[A-Z][\w.’'-]*"
_NAMED_PAIR = re.compile(rf"\b{_NAME}{_SP}+and{_SP}+(?:the{_SP}+)?{_NAME}")
_NAMED_TRIPLE = re.compile(rf"\b{_NAME}(?:{_SP}+{_NAME})*,{_SP}+{_NAME}(?:{_SP}+{_NAME})*,?{_SP}+and{_SP}+{_NAME}")
#: Words ending in "est" that are not superlatives.
_NOT_SUPERLATIVES = _set("interest forest harvest protest request guest quest chest honest modest manifest "
                         "contest west midwest arrest digest invest suggest")
_WORD_AFTER = re.compile(rf"{_SP}+(?P<word>[a-z]+)\b")

#: A chapter and verse after a capitalised name: the figure before the name numbers a book.
_VERSE_AFTER = re.compile(rf"{_SP}+\d{{1,3}}:\d{{1,3}}\b")
#: Heads that measure rather than count: durations, money, percentages and units.
_MEASURES = _set(
    "seconds minutes hours days weeks months years decades centuries times quarters halves thirds "
    "dollars euros rubles roubles pounds pesos rupees francs cents yen yuan won percent percentage basis "
    "kilometres kilometers km kms miles metres meters feet inches yards tons tonnes kilograms kilos kg grams "
    "ounces litres liters gallons barrels degrees acres hectares watts kilowatts megawatts gigawatts volts "
    "bytes megabytes gigabytes terabytes calories knots pixels bits pm gmt utc hrs o'clock")
#: Nouns that name the parties of a story: "the two countries" refers to them.
_PARTIES = _set("countries sides leaders nations peoples presidents heads parties governments states "
                "neighbours neighbors partners powers economies ministers delegations capitals men women "
                "teams companies firms")
#: Words before a number that make it an identifier: "Resolution 2231", "No. 5", "Route 66".
_LABELS = _set("no no. nos number article chapter section page paragraph clause resolution flight route "
               "room gate platform version phase level grade item bus line highway part step game round "
               "stage episode volume act scene day week year leg lap heat term")
#: Capitalised words that may precede a count: "The 24 solar terms", "Some 500 troops".
_OPENERS = _set("the some about around nearly almost over more only just all these those its their our "
                "his her at in for by with of and but another roughly approximately up under fewer less "
                "between exactly another at least with after before since as")
#: Verbs whose repetition counts an event: "met twice" counts meetings.
_ACTS = {"met": "meetings", "meet": "meetings", "visited": "visits", "visit": "visits", "called": "calls",
         "phoned": "calls", "spoke": "conversations", "talked": "conversations", "voted": "votes",
         "won": "wins", "lost": "defeats", "postponed": "postponements", "attacked": "attacks"}
_IRREGULAR_PAST = _set("met spoke won lost held made took gave went came saw ran fought struck hit beat "
                       "wrote broke fell rose told sold bought brought flew drove chose stood sat left led "
                       "sent")
#: Words after "twice"/"N times" that make it a multiplier or a rate, not a count.
_NOT_REPEATS = _set("as more less fewer than the that what a an per each every its his her their our my "
                    "your this over daily weekly monthly yearly annually higher larger bigger greater "
                    "faster lower smaller longer slower cheaper richer older younger much many removed "
                    "or")
#: Units a run may count with the looser words "straight" and "running".
_CHANGE_AFTER = re.compile(rf"{_SP}+(?P<change>more|fewer|less|additional|extra)(?={_SP})")
_RUN_UNITS = _set("year month week day quarter season term game match win victory session election night "
                  "loss defeat decade time")
_DROP = _set("more other additional further extra such separate different fewer")
_TOTAL_BEFORE = re.compile(rf"(?<![Tt]otal[ \u00a0])\b(?i:of)(?:{_SP}+(?i:the|its|their|these|those|all))?{_SP}+\Z")
#: A verb of the bare figure's own after it: "1,700 were injured and 52,000 have lost power" (the
#: 52,000 say what befell them, or nothing: they do not share the injured's outcome).
_OWN_PREDICATE = re.compile(rf"{_SP}+(?:(?:people|others|more){_SP}+)?"
                            rf"(?i:were|was|are|is|have|has|had|will|would|remain|remained)\b")
#: An age or an age bracket before a bare figure: "aged 12 to 14", "ages 5-11".
_AGE_BEFORE = re.compile(rf"\b(?i:aged?|ages)(?:{_SP}+(?i:between|from))?(?:{_SP}+\d+(?:{_SP}*[-–]{_SP}*"
                         rf"|{_SP}+(?i:to|and){_SP}+))?{_SP}*\Z")
#: Subjects that already name an outcome (a toll's): the words around do not change them.
_OUTCOME_SUBJECTS = frozenset(("deaths", "injured", "missing", "arrested", "evacuated", "displaced", "rescued",
                               "hospitalised", "casualties"))

#: Capitalised plurals that name people by a group they belong to: nationalities written as nouns,
#: faiths, parties and peoples. "30 Palestinians", "12 Democrats" count people; other capitalised
#: words after a figure are mostly names ("2 Kings", "the Two Sessions", "10 Downing Street").
_GROUP_PLURALS = frozenset(
    f"{adjective}s" for adjective in DEMONYMS if " " not in adjective and not adjective.endswith(("sh", "ese", "ss"))
) | _set("Britons Brits Scots Danes Poles Swedes Finns Turks Spaniards Arabs Kurds Jews Muslims Sikhs Hindus "
         "Buddhists Catholics Protestants Mormons Sunnis Shias Shiites Yazidis Uyghurs Uighurs Pashtuns Tamils "
         "Somalis Democrats Republicans Conservatives Tories Liberals Socialists Communists Nationalists Unionists "
         "Greens Independents Labourites Marines")
#: A plural acronym: "MPs", "CEOs", "NGOs", "MEPs" (two capitals or more, then a plural "s").
_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Z0-9]+s")
#: Endings of nouns of people by place or creed: "Europeans", "Parisians", "Christians".
_PEOPLE_ENDINGS = ("ians", "eans")

EXAMPLES = [
    Example("[A quarter of a million people] marched through the capital.", "250000", subject="people",
            low=245000.0, high=255000.0),
    Example("Officials said [three quarters of a million homes] lost power.", "750000", subject="homes"),
    Example("[Half a dozen people] were hurt in the blast.", "6", subject="injured"),
    Example("Police said [at least 120 protesters] were detained.", "120", qualifier="above", low=120.0,
            high=None, subject="protesters arrested"),
    Example("The university hosts [about 3,500 foreign students].", "3500", qualifier="approx",
            low=3150.0, high=3850.0, subject="foreign students"),
    Example("[Twenty-five delegates] signed the letter.", "25", subject="delegates", low=24.5, high=25.5),
    Example("The ministers held [two rounds] of talks.", "2", subject="rounds"),
    Example("The storm displaced [1.2 million people].", "1200000", subject="displaced",
            low=1150000.0, high=1250000.0),
    Example("The club sold [between 300 and 400 season tickets].", "300..400", qualifier="range",
            low=300.0, high=400.0, subject="season tickets"),
    Example("[Hundreds of residents] gathered outside.", "100..1000", qualifier="range", low=100.0,
            high=1000.0, subject="residents"),
    Example("Protesters numbered in the [tens of thousands].", "10000..100000",
            qualifier="range", low=1e4, high=1e5),
    Example("The virus killed [tens of thousands of birds].", "10000..100000", qualifier="range",
            subject="birds killed"),
    Example("The two envoys [met three times] in March.", "3", subject="meetings"),
    Example("He has [visited Kenya twice] since 2020.", "2", subject="visits"),
    Example("Profits have grown for [five consecutive quarters].", "5", subject="consecutive quarters"),
    Example("The team won the cup for the [fourth straight season].", "4", subject="consecutive seasons"),
    Example("Exports topped the target [three years in a row].", "3", subject="consecutive years"),
    Example("[A dozen firefighters] were hurt.", "12", subject="firefighters injured"),
    Example("The regulator fined [18 banks] in 2023.", "18", subject="banks", scope="2023"),
    Example("The mayor said [two of the injured firefighters] were in hospital.", "2",
            subject="injured firefighters hospitalised"),
    Example("The mayor said [two of the injured firefighters] went home.", "2", subject="injured firefighters"),
    Example("The plan was backed by [seven] of the Board's nine members.", "7", subject="members in favour"),
    Example("[Three of the club's players] were injured.", "3", subject="players injured"),
    Example("[Two] of the company's 40 stores will close.", "2", subject="stores"),
    Example("Two of the company's [40 stores] will close.", "40", subject="all stores"),
    Example("[Two] of the 12 hostages were killed.", "2", subject="hostages killed"),
    Example("[Six] of the nine members of the Board backed the rise.", "6", subject="members in favour"),
    Example("Two members backed the rise and [two members] preferred to hold.", "2", subject="members"),
    Example("[12 candidates] backed by the party won seats.", "12", subject="candidates"),
    Example("Rescuers reached 40 villages on Monday and [25] on Tuesday.", "25", subject="villages"),
    Example("The court heard [45] and 50 complaints.", "45", subject="complaints"),
    Example("Each family may bring [two or three guests].", "2..3", qualifier="range", low=2.0, high=3.0),
    Example("Police said [five or more suspects] fled.", "5", qualifier="above", low=5.0, high=None),
    Example("Witnesses said there were [three] in the boat.", "3", subject=""),
    Example("The library lent [a hundred and two books].", "102", low=101.5, high=102.5),
    Example("Officials said [at least 30 Palestinians] were killed.", "30", qualifier="above",
            subject="palestinians killed"),
    Example("The death toll from the earthquake rose to [1,240] on Monday.", "1240", subject="deaths"),
    Example("Measles cases rose to [2,911] this year.", "2911", subject="measles cases"),
    Example("The town has a population of [8,500].", "8500", subject="population"),
    Example("The population grew by a fifth to [1.2 million].", "1200000", subject="population"),
    Example("The blast left [12] dead and 40 injured.", "12", subject="deaths"),
    Example("The storm killed [at least 40 people].", "40", qualifier="above", subject="deaths"),
    Example("[Some 1,200 residents] were evacuated.", "1200", qualifier="approx", subject="residents evacuated"),
    Example("All [650 MPs] may vote.", "650", subject="mps", low=645.0, high=655.0),
    Example("[12 Democrats] voted against the bill.", "12", subject="democrats against"),
    Example("[Two members] voted for a cut to 3.75%.", "2", subject="members"),
    Example("[Three senators] backed an amendment on tariffs.", "3", subject="senators"),
    Example("The company will hire [5,000 more engineers].", "5000", subject="engineers", note="change:up"),
    Example("The army sent another [2,000 troops] north.", "2000", subject="troops", note="change:up"),
    Example("The merger leaves [300 fewer jobs] in the region.", "300", subject="jobs", note="change:down"),
    Example("The app now has [1.1bn users] worldwide.", "1100000000", subject="users", low=1.05e9, high=1.15e9),
    Example("The bank posted its [fourth consecutive quarterly loss].", "4", subject="consecutive quarters"),
    Example("[4,600 search and rescue personnel] are at work.", "4600", subject="search and rescue personnel"),
    Example("The bank will cut [300 posts] in its branches.", "300", subject="jobs"),
    Example("The region was last struck in 1998, when [93 people] died.", "93", published="2026-03-09",
            subject="deaths", scope="1998", note="level:before"),
    Example("In 2025, [40 people] died on the route.", "40", published="2026-03-09", subject="deaths", note=""),
    Example("Halden Steel, based in Ohio, employs [about 3,200 people].", "3200", qualifier="approx",
            subject="halden employees"),
    Example("Norvik's [12,000 employees] will keep their jobs.", "12000", subject="norvik employees"),
    Example("[Some 1,200 roles] will go.", "1200", qualifier="approx", subject="jobs"),
    Example("The plant will create [500 jobs] in Texas.", "500", subject="new jobs"),
    Example("It reported 35 new infections, bringing the tally to [1,020].", "1020", subject="infections"),
    Example("[Some 2,000 jobs] will be created.", "2000", qualifier="approx", subject="new jobs"),
    Example("The group runs [12 oil and gas fields].", "12", subject="oil and gas fields"),
    Example("[At least 60 homes] have been destroyed.", "60", qualifier="above", subject="homes destroyed"),
    Example("The fire destroyed [78 houses] and damaged 23 more.", "78", subject="houses destroyed"),
    Example("[Two firefighters] suffered minor injuries.", "2", subject="firefighters injured"),
    # Counterexamples: no count anywhere.
    Example("In 2024 the talks resumed on March 3 at 10:30, one of many rounds."),
    Example("The fund paid $40 million and 300 million euros, a rise of 12 percent."),
    Example("It was the 24th session; see item 1. Agenda, and Resolution 2231 provisions."),
    Example("No one expected the One China policy to change; they respect one another."),
    Example("Output was three times higher, twice as fast, and rose 2.5 points to 50.3 overall."),
    Example("The two countries and their two leaders agreed; call +1 202 555 0143 now."),
    Example("The project took five years and covered 20 kilometres of road."),
    Example("The answer is 42 and he will be 30 by then."),
    Example("Xi held talks with Putin and Trump; the two exchanges were brief. I wish you a hundred years."),
    Example("Apollo 11 flew; 2 Kings was read at 10 Downing Street; Article 5 and Chapter 11 apply to G20 states."),
    Example("She won the 400m hurdles; the 3 Musketeers and the Two Sessions are names."),
    Example("The pastor read from 2 Thessalonians 3:10 and 1 Corinthians 13:4."),
]


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every count in the document that is not boilerplate or part of a URL."""
    text = context.text
    addresses = address_spans(text)
    position = 0
    earlier: tuple[int, str] = (-1, "")  # the sentence and noun of the last count: "12 protesters … and 30"
    earlier_outcome = ""  # and what befell them: "40 people were killed on Monday and 12 on Tuesday"
    whole_at = -1  # where the whole of the last partitive starts: "nine" in "six of the nine members"
    for start, shape, match in _candidates(text):
        if start < position or in_spans(addresses, match.start()):
            continue  # (boilerplate is tested on the facts, which are far fewer than candidates)
        if shape == "run":
            facts = [_run(context, match)]
        elif shape == "times":
            facts = [_repeat(context, match)]
        elif shape == "vague":
            facts = [_vague(context, match)]
        else:
            facts = _cardinal(context, match, earlier)
        for fact in facts:
            if fact is None or context.skip(fact.start, fact.end) or fact.start < position:
                continue
            if wished(text, fact.sentence_start, fact.start):
                continue
            # A scope is a year, (19|20)dd: most sentences hold none, and scope_of costs a scan.
            sentence = fact.sentence
            fact.scope = scope_of(sentence, match.start() - fact.sentence_start) if (
                "19" in sentence or "20" in sentence) else ""
            if fact.scope and not fact.note and _long_past(fact.scope, context.doc.published):
                fact.note = EARLIER_LEVEL  # "in 1998, when 93 people died": not today's toll
            position = fact.end
            noun = fact.subject
            # The total of a partitive ("two of the 12 hostages were killed") is all of them, not
            # those to whom it happened.
            whole_of_last = fact.start == whole_at  # "the company's 40 stores" after "two of"
            total = whole_of_last or _TOTAL_BEFORE.search(text, max(0, fact.start - 12), fact.start) is not None
            # The part of a partitive ("two of the 12 hostages") is followed by what befell it after
            # the whole's noun: "two of the 12 hostages were killed".
            whole = _whole_of_part(text, fact.end) if shape == "cardinal" else None
            said_to = whole[1] if whole else fact.end
            outcome = "" if total else outcome_after(text, said_to) or outcome_before(text, fact.start)
            if (not outcome and not total and (fact.sentence_start, noun) == earlier
                    and not _OWN_PREDICATE.match(text, said_to)):
                outcome = earlier_outcome  # the bare figure of an ellipsis shares its outcome too
            if noun and shape in ("cardinal", "vague"):
                earlier, earlier_outcome = (fact.sentence_start, noun), outcome
            if shape in ("cardinal", "vague"):
                fact.subject = _role_subject(text, fact, noun, outcome, said_to, whole_of_last)
            whole_at = whole[0] if whole else whole_at
            yield fact


def _long_past(year: str, published: dt.date | None) -> bool:
    """True when a count's year ends more than a year before its report was published: a count of
    1998 in a report of 2026 tells of another time than the report's news, and is compared only
    with other counts of the past (a year's figure in a report of that year or the next is news)."""
    return published is not None and year.isdigit() and int(year) < published.year - 1


def _partitive(text: str, end: int) -> re.Match | None:
    """The partitive after a figure ending at ``end``: "of the nine", "of nine", "of them". Either
    pattern's match has the group ``skipped`` (the whole's figure); only :data:`_PARTITIVE`'s has
    ``numeral`` and ``pronoun``, so callers read those with ``groupdict().get``."""
    bare = _BARE_PARTITIVE.match(text, end)
    if bare and counted_noun(text, bare.end()) is not None:
        return bare
    return _PARTITIVE.match(text, end)


def _whole_of_part(text: str, end: int) -> tuple[int, int] | None:
    """For the part of a partitive ending at ``end`` whose whole is counted ("six" in "six of the nine
    members"): where the whole's figure starts and where its noun ends; else None."""
    partitive = _partitive(text, end)
    if partitive is None or not partitive.group("skipped"):
        return None
    phrase = counted_noun(text, partitive.end())
    whole_start = partitive.end("skipped") - len(partitive.group("skipped").lstrip())
    return (whole_start, phrase[1]) if phrase else None


def _role_subject(text: str, fact: Fact, noun: str, outcome: str, said_to: int, whole: bool) -> str:
    """The subject of a count of ``noun``: what befell them ("soldiers killed"), the side they took in a
    vote ("members in favour", read after ``said_to``, where the noun ends), or, for the whole of a
    partitive ("six of the nine members"), all of them ("all members"), so that parts and the whole
    never share a slot. A count of none of these is the noun."""
    noun = jobs_noun(text, noun, fact.start, said_to)
    workforce = "" if whole else workforce_subject(text, noun, fact.start, said_to, fact.sentence_start)
    if workforce:
        return workforce
    if whole and noun:
        return f"all {noun}"
    charges = charges_subject(text, noun, fact.start)  # "convicted on seven counts", "acquitted on two"
    if charges:
        return charges
    if outcome:
        return outcome_subject(noun, outcome) if noun not in _OUTCOME_SUBJECTS else noun
    if not noun or noun in _OUTCOME_SUBJECTS:
        return noun
    side = vote_side(text, fact.start, said_to)
    return f"{noun} {side}" if side else noun


def _candidates(text: str) -> Iterator[tuple[int, str, re.Match]]:
    """``(start, shape, match)`` at every place a count may start, in text order; the shape
    ("run", "times", "vague" or "cardinal") names the pattern that matched."""
    triggers = _TRIGGER.finditer(text)
    first = _TRIGGER_AT_START.match(text)
    if first:
        triggers = chain([first], triggers)
    read_to = 0  # the end of the last number in words: "two" in "two hundred and two" starts nothing
    for trigger in triggers:
        start = trigger.start(1)
        if start < read_to:
            continue
        token, number, after, next_after, dash, after_word, next_after_word = trigger.groups()  # one call
        if number:  # digits, read by the trigger with the words after them
            pass
        elif token in _WORD_SHAPES:
            shape = _WORD_SHAPES[token]
            if shape == "scale":  # "a dozen", "half a million": start at the article, if any
                article = _ARTICLE_BEFORE.search(text, max(0, start - _ARTICLE_REACH), start)
                if not article:
                    continue
                start, shape = article.start(), "cardinal"
            elif shape == "run":  # "the third consecutive year", "for the fifth year running"
                run = _RUN_BEFORE.search(text, max(0, start - 48), start)
                if not run:
                    continue
                start = run.start()
            pattern = _PATTERNS[shape]
        elif dash or after_word in _NUMBER_GOES_ON:  # "twenty-five", "two hundred"
            figure = _FIGURE_AT.match(text, start)
            if figure is None:
                continue
            number, after, next_after = figure.group("n", "w1", "w2")
            read_to = figure.end("n")
        else:  # a number word alone
            number, after, next_after = token, after_word, next_after_word
        if number:  # one cheap look at the figure and the words after it picks the pattern, if any
            if (number in _ONES or (len(number) == 4 and number[:2] in _CENTURIES)) and after not in _SCALE_SET and \
                    _word_before(text, start) not in BOUND_ENDS:
                continue  # a year, or "one" (a pronoun far more often than a count), without a bound
            if after in _PARTIES and number.lower() in ("two", "three", "2", "3") and \
                    _word_before(text, start) in _DEFINITES:
                continue  # "the two countries": the parties (see _cardinal), found cheaply here
            shape, pattern = "cardinal", _CARDINAL
            if after == "times":
                shape, pattern = "times", _TIMES
            elif after in _RUN_ADJECTIVES or after in _PERIOD_ADJECTIVES or next_after in ("in", "running"):
                match = _RUN.match(text, start)
                if match is not None:
                    yield start, "run", match
                    continue
        match = pattern.match(text, start)
        if match is not None:
            if shape == "cardinal":  # "a hundred and two": its "two" starts nothing either
                read_to = max(read_to, match.end("num"))
            yield start, shape, match


def _word_before(text: str, start: int) -> str:
    """The lower-cased word before ``start`` ("" after punctuation)."""
    words = text[max(0, start - 16):start].split()
    return words[-1].lower() if words and text[start - 1:start].isspace() else ""


def _exact(context: DocumentContext, start: int, end: int, reading: Reading, scale: float, subject: str,
           bound: re.Match | None = None, qualifier: str | None = None) -> Fact:
    qualifier = qualifier or bound_qualifier(bound.group("bound") if bound else None)
    low, high, qualifier = interval(reading, scale, qualifier)
    start -= len(bound.group()) if bound else 0
    return context.fact(KIND, start, end, canonical(reading.value * scale), low=low, high=high,
                        qualifier=qualifier, subject=subject)


def _plural(noun: str) -> str:
    if noun.endswith("s"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("ch", "sh", "x")) else "s")


def _run(context: DocumentContext, match: re.Match) -> Fact | None:
    """"three years in a row", "for five consecutive quarters", "the fourth straight season"."""
    unit = match.group("ru") or match.group("ru2") or match.group("ou") or match.group("ou2")
    adjective = (match.group("radj") or match.group("oadj") or "").lower()
    end = match.end()
    period = match.group("rper") or match.group("oper")
    if period:  # "four quarterly losses in a row" (not "the 40th annual marathon running through …")
        if match.group().endswith("running") and unit.removesuffix("s") not in _RUN_UNITS:
            return None
        unit = _PERIOD_ADJECTIVES[period]
    elif adjective:
        unit, end = _run_unit(context.text, unit, end)
    singular = unit[:-1] if unit.endswith("s") else unit
    if (adjective in ("", "straight") and singular not in _RUN_UNITS) or unit in PHRASE_STOPS:
        return None
    try:
        value = read_number(match.group("rn")).value if match.group("rn") else read_ordinal(match.group("on"))
    except (ValueError, KeyError):
        return None
    return _exact(context, match.start(), end, Reading(value, 0.5), 1.0, f"consecutive {_plural(unit)}")


def _run_unit(text: str, word: str, end: int) -> tuple[str, int]:
    """The unit of a run whose first word after "consecutive" is a modifier, and where the run ends.

    A period adjective names the unit and the noun after it is the thing repeated: "its fourth
    consecutive quarterly loss" is a run of quarters. A participle before a unit of time or of
    contests modifies it: "the fifth consecutive trading day" is a run of days."""
    period = _PERIOD_ADJECTIVES.get(word)
    if period is None and not word.endswith("ing"):
        return word, end
    after = _WORD_AFTER.match(text, end)
    noun = after.group("word") if after and after.group("word") not in PHRASE_STOPS else None
    if period:
        return period, after.end() if noun else end
    if noun and noun.removesuffix("s") in _RUN_UNITS:  # not "the third consecutive meeting held"
        return noun, after.end()
    return word, end


def _repeat(context: DocumentContext, match: re.Match) -> Fact | None:
    """"met twice", "visited Kenya three times", "has twice visited": a verb must govern it.

    The verb is the word just before (a past form or an act verb), or an act verb ("met",
    "visited") up to three words before in the same clause, or a past form right after
    "twice"."""
    text = context.text
    word = match.group("times").lower()
    try:
        value = {"twice": 2.0, "thrice": 3.0}.get(word) or read_number(match.group("tn")).value
    except ValueError:
        return None
    after = _WORD_AFTER.match(text, match.end())
    if after and after.group("word") in _NOT_REPEATS:
        return None
    offset = max(0, match.start() - 60)
    head = text[offset:match.start()]
    bound = _BOUND_BEFORE.search(head)
    before = head[:bound.start()] if bound else head
    words = list(_WORD.finditer(before))[-4:]
    start, end, act = match.start(), match.end(), ""
    for index in range(len(words) - 1, -1, -1):
        candidate = words[index].group()
        if re.search(r"[,.;:!?()“”\"]", before[words[index].end():]):
            break  # another clause
        if _is_verb(candidate) and (index == len(words) - 1 or candidate in _ACTS):
            act, start = candidate, offset + words[index].start()
            break
    if not act and after and word in ("twice", "thrice") and _is_verb(after.group("word")):
        act, end = after.group("word"), after.end()
    if not act:
        return None
    low, high, qualifier = interval(Reading(value, 0.5), 1.0,
                                    bound_qualifier(bound.group("bound") if bound else None))
    return context.fact(KIND, start, end, canonical(value), low=low, high=high, qualifier=qualifier,
                        subject=_ACTS.get(act, act))


def _is_verb(word: str) -> bool:
    return word in _ACTS or word in _IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


_PLURAL_SCALE = re.compile(rf"{_SP}+(?i:thousands|millions|billions)\b")


def _vague(context: DocumentContext, match: re.Match) -> Fact | None:
    """"dozens of institutions", "tens of millions of lives": a range of magnitudes. "Tens of
    thousands" with no noun after it ("crowds numbered in the tens of thousands") is the
    magnitude alone, not tens of a thing called "thousands"."""
    scale = _PLURAL_SCALE.match(context.text, match.end()) if " " not in match.group("vague") else None
    if scale:
        low, high = vague_interval(f"{match.group('vague')} of {scale.group()}")
        return context.fact(KIND, match.start(), scale.end(), f"{canonical(low)}..{canonical(high)}", low=low,
                            high=high, qualifier="range")
    if match.group("alone") is not None:
        # "Tens of thousands rallied": the magnitude alone; "dozens were injured", "arrested
        # hundreds": a lone plural counts only with what befell them (``find`` makes it the subject).
        if " " not in match.group("vague") and not (
                outcome_after(context.text, match.end()) or outcome_before(context.text, match.start())):
            return None
        low, high = vague_interval(match.group("vague"))
        return context.fact(KIND, match.start(), match.end(), f"{canonical(low)}..{canonical(high)}", low=low,
                            high=high, qualifier="range")
    phrase = counted_noun(context.text, match.end())
    if phrase is None or not _countable(phrase[0]):
        return None
    low, high = vague_interval(match.group("vague"))
    return context.fact(KIND, match.start(), phrase[1], f"{canonical(low)}..{canonical(high)}", low=low,
                        high=high, qualifier="range", subject=_subject(phrase[0]))


def _cardinal(context: DocumentContext, match: re.Match, earlier: tuple[int, str]) -> list[Fact]:
    """A number with its noun, a range, two coordinated counts, or a number whose noun is left out."""
    text = context.text
    number, number2 = match.group("num", "num2")
    scale_word = match.group("scale") or match.group("abbr") or match.group("letter")
    head = text[max(0, match.start() - 40):match.start()]
    words = head.split()
    previous = words[-1] if words and head[-1:].isspace() else ""
    if previous[-1:] in _CLAUSE_ENDS and previous.lower() not in _LABELS:
        previous = ""  # a clause or sentence ends there: "…in Balochistan; 216 militants"
    bounded = previous.lower() in BOUND_ENDS
    # The regex over the head runs only when the word before makes a bound possible.
    bound = _BOUND_BEFORE.search(head) if bounded else None
    if not (bound or scale_word or number2) and (number.lower() == "one" or _YEAR.fullmatch(number)):
        return []  # most figures are years or "one", a pronoun or a name far more often than a count
    scale = {"dozen": 12.0, "hundred": 100.0}.get((scale_word or "").lower()) or (
        SCALES[scale_word.lower()] if scale_word else 1.0)
    if not _plausible(text, match, previous, bound is not None, scale):
        return []
    try:
        first = read_number(number)
        second = read_number(number2) if number2 else None
    except ValueError:
        return []
    if match.group("letter") and previous.lower() == "the" and "." not in number:
        return []  # "the 100m hurdles", "the 10k": a race named by its distance
    one = first.value * scale == 1 and second is None
    if (one and not bound) or (previous.lower() in ("in", "of") and _PROPORTION_BEFORE.search(head)):
        return []  # "3 in 10 adults"
    more = match.group("more")
    qualifier = ("below" if more.split()[-1].lower() in ("fewer", "less") else "above") if more else (
        "approx" if match.group("ish") else None)  # "30-ish people"
    # "5,000 more engineers", "300 fewer jobs": the figure counts the noun after the change word
    change = None if more else _CHANGE_AFTER.match(text, match.end())
    phrase = counted_noun(text, change.end() if change else match.end(), max_words=2 if one else 3, singular=one)
    if phrase is None and change:
        change, phrase = None, counted_noun(text, match.end(), max_words=2 if one else 3, singular=one)
    if phrase is None and not one:
        phrase = _paired_modifier_noun(text, match.end())
    if phrase is None:
        if second is not None or more or match.group("letter"):
            return []  # (a lone "10k" or "5m" may be a distance)
        fact = _nounless(context, match, first, scale, head, previous, bound, earlier)
        return [fact] if fact else []
    if change:
        direction = "down" if change.group("change") in ("fewer", "less") else "up"
    else:
        direction = "up" if previous.lower() == "another" else ""  # "another 2,000 troops": added
    return _marked_change(_with_noun(context, match, phrase, (first, second), scale, head, previous, bound,
                                     qualifier), direction)


def _with_noun(context: DocumentContext, match: re.Match, phrase: tuple[str, int],
               readings: tuple[Reading, Reading | None], scale: float, head: str, previous: str,
               bound: re.Match | None, qualifier: str | None) -> list[Fact]:
    """The counts of a number (or two) whose noun ``phrase`` follows: one count, a range or two counts."""
    first, second = readings
    if not _countable(phrase[0]) or not _common_or_group(phrase[0].split()[-1]):
        return []  # a measure, or a name ("the Two Sessions")
    if phrase[0][:1].isupper() and _VERSE_AFTER.match(context.text, phrase[1]):
        return []  # "2 Thessalonians 3:10", "1 Corinthians 13:4": a book cited by chapter and verse
    if not bound and first.value * scale in (2, 3) and second is None and _DEFINITE_BEFORE.search(head) and \
            not _ranking(phrase[0]):
        if phrase[0].split()[-1].lower() in _PARTIES:
            return []  # "the two countries": the parties, not a claim about how many
        if previous.lower() in ("the", "these", "those") and _named_before(context, match.start(), first.value):
            return []  # "talks with Putin and Trump … the two exchanges": points back at them
    subject = _subject(phrase[0])
    if second is not None:
        sep = match.group("sep").strip().lower()
        between = _BETWEEN_BEFORE.search(head) if previous.lower() == "between" else None
        if previous.lower() == "from":  # "from 300 to 400 people": the count now is 400
            return [_exact(context, match.start("num2"), phrase[1], second, scale, subject)]
        if sep == "and" and not between:  # "45 and 50 cases": two counts of one noun
            return [_exact(context, match.start(), match.end("num"), first, scale, subject, bound),
                    _exact(context, match.start("num2"), phrase[1], second, scale, subject)]
        if first.value >= second.value:
            return []
        low, high = first.value * scale, second.value * scale
        start = match.start() - (len(between.group()) if between else 0)
        return [context.fact(KIND, start, phrase[1], f"{canonical(low)}..{canonical(high)}", low=low, high=high,
                             qualifier="range", subject=subject)]
    return [_exact(context, match.start(), phrase[1], first, scale, subject, bound, qualifier)]


def _marked_change(facts: list[Fact], direction: str) -> list[Fact]:
    """``facts`` with the ``direction`` ("up", "down" or "" for none) of a change word around their
    figure in ``note``, as percent marks a change: "5,000 more engineers" and "another 2,000
    troops" are rises ("change:up"), "300 fewer jobs" a fall."""
    for fact in facts if direction else ():
        fact.note = f"change:{direction}"
    return facts


def _nounless(context: DocumentContext, match: re.Match, reading: Reading, scale: float, head: str,
              previous: str, bound: re.Match | None, earlier: tuple[int, str]) -> Fact | None:
    """A count whose noun English leaves out: a partitive, an existential or an ellipsis."""
    text = context.text
    end = match.end()
    partitive = _partitive(text, end)
    if partitive:
        found = partitive.groupdict()
        if _DEFINITE_BEFORE.search(head) or found.get("numeral"):
            return None  # "the two of them" points back; "two of 10" is a proportion
        phrase = counted_noun(text, partitive.end())
        if phrase is None and not found.get("pronoun"):
            return None
        if phrase is not None and not _countable(phrase[0]):
            return None
        subject = _subject(phrase[0]) if phrase else ""
        noun_end = phrase[1] if phrase and not partitive.group("skipped") else end
        return _exact(context, match.start(), noun_end, reading, scale, subject, bound)
    # A casualty figure whose noun is the toll before it or the outcome after it: "the death toll
    # rose to 112", "left 12 dead and 40 injured", "the storm killed 40, officials said".
    figure_start = match.start() - (len(bound.group()) if bound else 0)
    toll = toll_before(text, context.sentences.at(match.start()).start, figure_start)
    if _AGE_BEFORE.search(text, max(0, figure_start - 24), figure_start):
        return None  # "children aged 12 to 14 were evacuated": an age
    if toll or outcome_after(text, end) or (_BARE_AFTER.match(text, end) and outcome_before(text, figure_start)):
        return _exact(context, match.start(), end, reading, scale, toll, bound)
    if not _BARE_AFTER.match(text, end) or previous.lower() in _NOT_ELLIPSIS:
        return None
    before = head[:len(head) - len(bound.group())] if bound else head
    if _THERE_BEFORE.search(before):  # "There are two in my car"
        return _exact(context, match.start(), end, reading, scale, "", bound)
    sentence_start, subject = earlier
    if subject and context.sentences.at(match.start()).start == sentence_start:
        if (text[end:end + 1] in ".)" and _LIST_MARKER_BEFORE.search(head)) or _NUMBER_LIST_BEFORE.search(head):
            return None  # "1. Item", "2) item"; "aged 9, 10 and 11"
        if _RUNNING_TOTAL_BEFORE.search(before):  # "1,284 new cases, bringing the total to 3,950": all cases
            subject = " ".join(word for word in subject.split() if word not in _ADDED_WORDS) or subject
        return _exact(context, match.start(), end, reading, scale, subject, bound)
    return None


#: A pair of nouns joined by "and" that modifies the noun after it: "search and rescue personnel",
#: "oil and gas fields", "health and safety inspectors". The first word is a singular noun: a
#: figure above one cannot count it, so the phrase goes on to a plural head.
#: Words after a figure that are its predicate or what befell those it counts, never a modifier.
_NOT_PAIRED = _set("dead hurt missing homeless alive left went came ran fled fell died")
_PAIRED_MODIFIER = re.compile(rf"{_SP}+(?P<first>[a-z][a-z-]*){_SP}+(?:and|&)(?={_SP}+[a-z])")


def _paired_modifier_noun(text: str, end: int) -> tuple[str, int] | None:
    """The noun phrase after a figure ending at ``end`` that opens with two nouns joined by "and"
    ("4,600 [search and rescue personnel]"), and where it ends; None when there is none ("12 of
    them and", "40 seats and 3 …": a plural first word ends a phrase of its own)."""
    paired = _PAIRED_MODIFIER.match(text, end)
    if paired is None:
        return None
    first = paired.group("first")
    if first in PHRASE_STOPS or is_plural(first) or first.endswith("ed") or first in _NOT_PAIRED:
        return None  # "12 stayed and left", "12 dead and wounded soldiers": a verb or an outcome
    rest = counted_noun(text, paired.end(), max_words=2)
    if rest is None:
        return None
    return f"{paired.group('first')} and {rest[0]}", rest[1]


def _ranking(phrase: str) -> bool:
    """A superlative makes "the two largest economies" a claim, not a back-reference."""
    words = phrase.lower().split()
    return any(word in ("most", "least", "best", "worst")
               or (word.endswith("est") and len(word) > 4 and word not in _NOT_SUPERLATIVES)
               for word in words[:-1])


def _named_before(context: DocumentContext, start: int, value: float) -> bool:
    """True when two (three) names are coordinated just before ``start``, in its sentence or the
    one before: "… talks with Putin and Trump. … the two exchanges"."""
    sentence = context.sentences.at(start)
    window_start = context.sentences.at(sentence.start - 1).start if sentence.start else 0
    pattern = _NAMED_PAIR if value == 2 else _NAMED_TRIPLE
    return pattern.search(context.text, window_start, start) is not None


def _plausible(text: str, match: re.Match, previous: str, bounded: bool, scale: float) -> bool:
    """Reject years, dates, decimals without a scale word, identifiers and phone numbers."""
    digits = match.group("num")
    if "." in digits and scale == 1.0:
        return False
    if previous[-1:].isdigit() and not _YEAR.fullmatch(previous):
        return False  # "+1 202 555 0143": a phone number or a list of figures (not "In 2025 50 people")
    if previous.lower().rstrip(".") in _MONTH_NAMES or _MONTH_AFTER.match(text, match.end()):
        return False  # "February 4", "4 February"
    if len(digits) == 4 and _YEAR.fullmatch(digits) and scale == 1.0 and not bounded:
        return False
    if previous.lower() in _LABELS:
        return False
    if previous.endswith(("'s", "’s")) and ("," in digits or scale > 1.0):
        return True  # "Norvik's 12,000 employees": a model number has no digit groups ("Boeing's 737 jets")
    return not (previous[:1].isupper() and previous.lower() not in _OPENERS and not bounded)  # "Boeing 737 jets"


def _common_or_group(head: str) -> bool:
    """True for a head noun a figure counts: a common noun, or a capitalised plural naming people by
    their group ("Palestinians", "Democrats", "Europeans") or a plural acronym ("MPs", "NGOs").
    Any other capitalised head makes the figure part of a name ("2 Kings", "the Two Sessions")."""
    if not head[:1].isupper():
        return True
    last = head.rsplit("-", 1)[-1]  # "Chinese-Americans"
    return (last in _GROUP_PLURALS or _PLURAL_ACRONYM.fullmatch(last) is not None
            or (last.endswith(_PEOPLE_ENDINGS) and last[1:-1].islower()))


def _countable(phrase: str) -> bool:
    words = phrase.lower().split()
    return not any(word in _MEASURES for word in words)


def _subject(phrase: str) -> str:
    return canonical_subject(" ".join(w for w in phrase.split() if w.lower() not in _DROP))
