"""Counts of things: "over 56,000 Chinese students", "two meetings", "216 militants",
"twenty-five delegates", "1.5 million people", "a dozen envoys", ranges ("300 to 400
people"), vague magnitudes ("dozens of institutions", "tens of millions of lives"),
repetitions ("met twice", "visited China three times") and runs ("three years in a row",
"for three consecutive years", "for the third straight year").

The subject is the counted noun phrase (modifiers and a plural head, at most three words,
lower-cased, determiners and country-pair compounds dropped): "56,000 Chinese students" →
"chinese students". A repetition counts the act of its verb: "met twice" → "meetings",
"visited … three times" → "visits" (other verbs give the verb itself). A run counts
"consecutive <unit>s", so "the third consecutive year" and "three years in a row" agree.
A vague magnitude has qualifier "range", its value ``low..high`` ("dozens" → 24..100).

Not counts: years, dates ("February 4"), times, money, percentages, durations and other
measures ("five years", "20 kilometres"), ordinals, list markers ("1. Item"), numbers in
URLs or phone numbers, decimals without a scale word, multipliers ("three times higher"),
identifiers ("Boeing 737 jets", "Resolution 2231"), names ("the Two Sessions"), and "one"
unless bounded ("at least one soldier"): "one of", "no one", "one China policy". "The two
countries" / "our two leaders" refer to the parties rather than count them and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..schema import Fact
from ..text import SPACE
from ._base import DocumentContext, Example
from ._calendar import MONTH, MONTHS
from ._context import canonical_subject, scope_of
from ._numbers import (
    BOUND,
    BOUND_ENDS,
    NUMBER_DIGITS,
    NUMBER_WORD_LIST,
    NUMBER_WORDS,
    PHRASE_STOPS,
    SCALES,
    VAGUE,
    Reading,
    address_spans,
    bound_qualifier,
    canonical,
    counted_noun,
    in_spans,
    interval,
    literal_alternation,
    read_number,
    vague_interval,
)
from ._ordinals import ORDINAL, read_ordinal

KIND = "count"

_SP = SPACE


def _set(words: str) -> frozenset:
    return frozenset(words.split())


_CARD = rf"(?:{NUMBER_DIGITS}|{NUMBER_WORDS})"
_RUN_ADJ = r"(?i:consecutive|successive|straight)"
_ROW = rf"(?:in{_SP}+a{_SP}+row|running)\b"
_PATTERN = re.compile(
    rf"\b(?P<rn>{_CARD}){_SP}+(?:(?P<radj>{_RUN_ADJ}){_SP}+(?P<ru>[a-z]+)\b|(?P<ru2>[a-z]+){_SP}+{_ROW})"
    rf"|\b(?P<on>{ORDINAL}){_SP}+(?:(?P<oadj>{_RUN_ADJ}){_SP}+(?P<ou>[a-z]+)\b|(?P<ou2>[a-z]+){_SP}+{_ROW})"
    rf"|\b(?P<times>(?i:twice|thrice)|(?P<tn>{_CARD}){_SP}+times)\b"
    rf"|\b(?P<vague>{VAGUE}){_SP}+of(?:{_SP}+(?i:the|these|those|our|their|its))?(?={_SP})"
    rf"|(?<![\w$€£¥₽₹#@/.,:+\-−–])(?P<num>{_CARD}|(?i:an?|half{_SP}+a)(?={_SP}+(?i:dozen|hundred|thousand|"
    rf"million|billion)\b))(?:(?P<sep>{_SP}*[-–]{_SP}*|{_SP}+(?i:to|and){_SP}+)(?P<num2>{_CARD}))?"
    rf"(?:{_SP}+(?P<scale>(?i:dozen|hundred|thousand|million|billion|trillion))\b)?(?={_SP})"
)
_STARTS = ["a", "an", "half", "twice", "thrice", "tens", "dozens", "scores", "hundreds", "thousands", "millions",
           "billions", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
           "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
           "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth",
           "eightieth", "ninetieth", "hundredth", "thousandth", *NUMBER_WORD_LIST]
#: Where a count may start: a digit or one of the words above. Scanning for these literal
#: words first and matching the full pattern only there is several times faster than
#: running the full alternation at every word.
_FORMS = {form for word in _STARTS for form in (word, word.capitalize(), word.upper())}
_TRIGGER = re.compile(rf"\b(?:\d|{literal_alternation(_FORMS)}(?![a-z]))")
_ARTICLES = frozenset(("a", "an", "half", "A", "An", "AN", "Half", "HALF"))
_SCALE_AFTER = re.compile(rf"(?:{_SP}+a)?{_SP}+(?i:dozen|hundred|thousand|million|billion)\b")
_BOUND_BEFORE = re.compile(rf"(?P<bound>{BOUND}){_SP}+$")
_BETWEEN_BEFORE = re.compile(rf"\b(?i:between){_SP}+$")
_MONTH_NAMES = frozenset([*MONTHS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])
_YEAR = re.compile(r"(?:1[89]|2[01])\d\d")
_MONTH_AFTER = re.compile(rf"{_SP}+(?:of{_SP}+)?{MONTH}\b")
_DEFINITE_BEFORE = re.compile(rf"(?:\b(?i:the|our|their|these|those|its|his|her|your|my)|\w[’']s|s[’']){_SP}+$")
_PROPORTION_BEFORE = re.compile(rf"(?<![\w.,])(?:\d+|{NUMBER_WORDS}){_SP}+(?i:in|out{_SP}+of){_SP}+$")
_WORD = re.compile(r"[\w’'-]+")
_WORD_AFTER = re.compile(rf"{_SP}+(?P<word>[a-z]+)\b")

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
               "room gate platform version phase level grade item bus line highway")
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
_RUN_UNITS = _set("year month week day quarter season term game match win victory session election night "
                  "loss defeat decade time")
_DROP = _set("more other additional further extra such separate different fewer")

EXAMPLES = [
    Example("Police said [at least 120 protesters] were detained.", "120", qualifier="above", low=120.0,
            high=None, subject="protesters"),
    Example("The university hosts [about 3,500 foreign students].", "3500", qualifier="approx",
            low=3150.0, high=3850.0, subject="foreign students"),
    Example("[Twenty-five delegates] signed the letter.", "25", subject="delegates", low=24.5, high=25.5),
    Example("The ministers held [two rounds] of talks.", "2", subject="rounds"),
    Example("The storm displaced [1.2 million people].", "1200000", subject="people",
            low=1150000.0, high=1250000.0),
    Example("The club sold [between 300 and 400 season tickets].", "300..400", qualifier="range",
            low=300.0, high=400.0, subject="season tickets"),
    Example("[Hundreds of residents] gathered outside.", "100..1000", qualifier="range", low=100.0,
            high=1000.0, subject="residents"),
    Example("The virus killed [tens of thousands of birds].", "10000..100000", qualifier="range",
            subject="birds"),
    Example("The two envoys [met three times] in March.", "3", subject="meetings"),
    Example("He has [visited Kenya twice] since 2020.", "2", subject="visits"),
    Example("Profits have grown for [five consecutive quarters].", "5", subject="consecutive quarters"),
    Example("The team won the cup for the [fourth straight season].", "4", subject="consecutive seasons"),
    Example("Exports topped the target [three years in a row].", "3", subject="consecutive years"),
    Example("[A dozen firefighters] were hurt.", "12", subject="firefighters"),
    Example("The regulator fined [18 banks] in 2023.", "18", subject="banks", scope="2023"),
    # Counterexamples: no count anywhere.
    Example("In 2024 the talks resumed on March 3 at 10:30, one of many rounds."),
    Example("The fund paid $40 million and 300 million euros, a rise of 12 percent."),
    Example("It was the 24th session; see item 1. Agenda, and Resolution 2231 provisions."),
    Example("No one expected the One China policy to change; they respect one another."),
    Example("Output was three times higher, twice as fast, and rose 2.5 points to 50.3 overall."),
    Example("The two countries and their two leaders agreed; call +1 202 555 0143 now."),
    Example("The project took five years and covered 20 kilometres of road."),
]


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every count in the document that is not boilerplate or part of a URL."""
    text = context.text
    addresses = address_spans(text)
    position = 0
    for trigger in _TRIGGER.finditer(text):
        if trigger.start() < position:
            continue
        if trigger.group() in _ARTICLES and not _SCALE_AFTER.match(text, trigger.end()):
            continue  # "a" and "half" start a count only before a scale word: "a dozen", "half a million"
        match = _PATTERN.match(text, trigger.start())
        if match is None or context.skip(match.start(), match.end()) or in_spans(addresses, match.start()):
            continue
        if match.group("rn") or match.group("on"):
            fact = _run(context, match)
        elif match.group("times"):
            fact = _repeat(context, match)
        elif match.group("vague"):
            fact = _vague(context, match)
        else:
            fact = _cardinal(context, match)
        if fact is None or context.skip(fact.start, fact.end):
            continue
        fact.scope = scope_of(fact.sentence, match.start() - fact.sentence_start)
        position = fact.end
        yield fact


def _exact(context: DocumentContext, start: int, end: int, reading: Reading, scale: float, subject: str,
           bound: re.Match | None = None) -> Fact:
    qualifier = bound_qualifier(bound.group("bound") if bound else None)
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
    singular = unit[:-1] if unit.endswith("s") else unit
    if (adjective in ("", "straight") and singular not in _RUN_UNITS) or unit in PHRASE_STOPS:
        return None
    try:
        value = read_number(match.group("rn")).value if match.group("rn") else read_ordinal(match.group("on"))
    except (ValueError, KeyError):
        return None
    return _exact(context, match.start(), match.end(), Reading(value, 0.5), 1.0, f"consecutive {_plural(unit)}")


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


def _vague(context: DocumentContext, match: re.Match) -> Fact | None:
    """"dozens of institutions", "tens of millions of lives": a range of magnitudes."""
    phrase = counted_noun(context.text, match.end())
    if phrase is None or not _countable(phrase[0]):
        return None
    low, high = vague_interval(match.group("vague"))
    return context.fact(KIND, match.start(), phrase[1], f"{canonical(low)}..{canonical(high)}", low=low,
                        high=high, qualifier="range", subject=_subject(phrase[0]))


def _cardinal(context: DocumentContext, match: re.Match) -> Fact | None:
    text = context.text
    number, scale_word = match.group("num"), match.group("scale")
    try:
        first = read_number(number)
        second = read_number(match.group("num2")) if match.group("num2") else None
    except ValueError:
        return None
    scale = {"dozen": 12.0, "hundred": 100.0}.get((scale_word or "").lower()) or (
        SCALES[scale_word.lower()] if scale_word else 1.0)
    head = text[max(0, match.start() - 40):match.start()]
    words = head.split()
    previous = words[-1] if words and head[-1:].isspace() else ""
    if previous[-1:] in tuple(",;:)]!?”\"'.") and previous.lower() not in _LABELS:
        previous = ""  # a clause or sentence ends there: "…in Balochistan; 216 militants"
    # The regexes over the head run only when the word before makes them possible.
    bound = _BOUND_BEFORE.search(head) if previous.lower() in BOUND_ENDS else None
    if not _plausible(text, match, previous, bound is not None, scale):
        return None
    one = first.value * scale == 1 and second is None
    if (one and not bound) or (previous.lower() in ("in", "of") and _PROPORTION_BEFORE.search(head)):
        return None  # "one" is a pronoun or a name far more often than a count; "3 in 10 adults"
    phrase = counted_noun(text, match.end(), max_words=2 if one else 3, singular=one)
    if phrase is None or not _countable(phrase[0]) or phrase[0].split()[-1][:1].isupper():
        return None  # no counted noun, a measure, or a name ("the Two Sessions")
    if second is not None:
        sep = match.group("sep").strip().lower()
        between = _BETWEEN_BEFORE.search(head) if previous.lower() == "between" else None
        if previous.lower() == "from":  # "from 300 to 400 people": the count now is 400
            return _exact(context, match.start("num2"), phrase[1], second, scale, _subject(phrase[0]))
        if (sep == "and" and not between) or first.value >= second.value:
            return None
        low, high = first.value * scale, second.value * scale
        start = match.start() - (len(between.group()) if between else 0)
        return context.fact(KIND, start, phrase[1], f"{canonical(low)}..{canonical(high)}", low=low, high=high,
                            qualifier="range", subject=_subject(phrase[0]))
    if not bound and first.value * scale in (2, 3) and phrase[0].split()[-1].lower() in _PARTIES and \
            _DEFINITE_BEFORE.search(head):
        return None  # "the two countries": the parties, not a claim about how many
    return _exact(context, match.start(), phrase[1], first, scale, _subject(phrase[0]), bound)


def _plausible(text: str, match: re.Match, previous: str, bounded: bool, scale: float) -> bool:
    """Reject years, dates, decimals without a scale word, identifiers and phone numbers."""
    digits = match.group("num")
    if "." in digits and scale == 1.0:
        return False
    if previous[-1:].isdigit():
        return False  # "+1 202 555 0143": a phone number or a list of figures
    if previous.lower().rstrip(".") in _MONTH_NAMES or _MONTH_AFTER.match(text, match.end()):
        return False  # "February 4", "4 February"
    if len(digits) == 4 and _YEAR.fullmatch(digits) and scale == 1.0 and not bounded:
        return False
    if previous.lower() in _LABELS:
        return False
    return not (previous[:1].isupper() and previous.lower() not in _OPENERS and not bounded)  # "Boeing 737 jets"


def _countable(phrase: str) -> bool:
    words = phrase.lower().split()
    return not any(word in _MEASURES for word in words)


def _subject(phrase: str) -> str:
    return canonical_subject(" ".join(w for w in phrase.split() if w.lower() not in _DROP))
