"""Ordinals: "the 80th anniversary of the victory", "the sixth such conversation", "fifth
place", "the first of the 24 solar terms", "China's 15th Five-Year Plan".

The value is the number ("80"), exact (``low == high``). The span is the ordinal word
alone, so figures next to it stay other facts. The subject says what is counted:

* the head of the noun phrase after the ordinal, fillers dropped ("such", "consecutive"):
  "the third consecutive year" → "year"; a capitalised name is kept whole: "15th
  Five-Year Plan period" → "five-year plan";
* joined with the head of an "of" complement, skipping act nouns such as "signing of",
  "establishment of": "80th anniversary of the victory of WWII" and "80th anniversary of
  victory in World War II" → "anniversary of victory"; "25th anniversary of the signing of
  the Treaty of …" → "anniversary of treaty"; "24th meeting of the Council of …" → "meeting
  of council";
* partitives take the noun after "of": "the first of the 24 solar terms" → "solar terms".

Not ordinals: day numbers of dates ("February 4th", "the 4th of July"), "first" as an
adverb ("Xi first met Putin": a word ordinal needs a determiner before it or a rank noun
such as "place" or "term" after it), "First, …", "first of all", fractions ("a third of"),
vague "the first few weeks", parts ("the first half", "the third quarter": see year_range),
a day, week or month of a calendar period ("the first month of the year", "the third week of
March": dates; "the first day of the visit" stays an ordinal), "every second", titles and names
("First Lady", "Second World War"), "on the 4th" (a day).

Only the ordinal's own sentence is read, so readings are cached by sentence text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..schema import Fact
from ..text import SPACE
from ._base import Anchors, DocumentContext, Example, anchored
from ._calendar import MONTH, YEAR, month_number
from ._context import TITLE_WORDS, scope_of
from ._numbers import NUMBER_WORDS
from ._ordinals import ORDINAL, ORDINAL_STEMS, anchor_pattern, canonical, head, phrase_after, read_ordinal

KIND = "ordinal"

_PATTERN = re.compile(rf"\b(?<![’'.,-])(?P<ord>{ORDINAL})(?![\w’'])")
# The full pattern runs only around cheap anchors (see ``anchor_pattern``): an ordinal word or a
# figure with an ordinal suffix ("25th"); "twenty-fifth" and "one hundredth" hold a stem ("twenty",
# "hundred").
# Only a figure's first digit opens an anchor (the look-behind), which keeps a run of digits linear.
_SUFFIXED = [rf"{digit}(?<![^\W_].)[0-9]*(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH])" for digit in "0123456789"]
_ANCHORS = Anchors(patterns=[anchor_pattern(ORDINAL_STEMS, _SUFFIXED)])
_DETERMINER = re.compile(rf"(?:\b(?P<det>(?i:the|a|an|its|their|his|her|our|my|your|this|that|every|each|whose))"
                         rf"|\w[’']s|s[’']){SPACE}+$")
_MONTH_AFTER = re.compile(rf"{SPACE}+(?:of{SPACE}+)?(?P<m>{MONTH})\b")
_DAY_CUE = re.compile(rf"\b(?i:on|by|until|till|from|since|before|after){SPACE}+the{SPACE}+$")
_OF = re.compile(rf"{SPACE}+of{SPACE}+")
_COMPOUND = re.compile(r"-([A-Za-z]+)")
_YEAR_DIGITS = re.compile(r"[12][09][0-9][0-9]")
_ALL = re.compile(r"(?i:all)\b")
#: Calendar units an ordinal picks out of a calendar period: "the first month of the year" is a date.
_CALENDAR_UNITS = {"day", "week", "weekend", "month"}
_CALENDAR_OF = re.compile(rf"{SPACE}+of{SPACE}+(?:{MONTH}\b|{YEAR}\b|(?i:the|this|last|next|that){SPACE}+"
                          rf"(?:(?i:current|same|coming){SPACE}+)?(?i:year|month|week)\b)")
_PARTITIVE_SKIP = re.compile(rf"(?:(?i:the|its|their|our|his|her|these|those){SPACE}+)?"
                             rf"(?:(?:\d[\d,]*|{NUMBER_WORDS}){SPACE}+)?")
_COMPLEMENT_SKIP = re.compile(rf"(?:(?i:the|its|their|our|his|her|this|that|a|an){SPACE}+)?"
                              rf"(?:[\w.-]+[’']s?{SPACE}+)?(?:{ORDINAL}{SPACE}+)?")
#: Fillers between an ordinal and its noun: "the sixth such conversation".
_FILLERS = {"such", "consecutive", "straight", "successive", "running", "annual", "ever", "more"}
#: Nouns that make a bare word ordinal a rank ("holds fifth place", "won second term").
_RANK_NOUNS = {"place", "position", "spot", "term", "round", "time", "consecutive", "straight", "successive",
               "largest", "biggest", "highest", "lowest"}
#: Act nouns skipped in an "of" complement: "the signing of the Treaty" is about the treaty.
_ACTS = {"signing", "establishment", "founding", "foundation", "launch", "creation", "adoption", "start",
         "beginning", "opening", "conclusion", "formation", "birth", "death", "outbreak", "end", "entry",
         "inauguration", "ratification", "passing", "release", "publication"}
_HYPHEN_SKIP = {"hand", "rate", "class", "party", "person", "degree", "guess", "string", "time", "tier"}
_VAGUE = {"few", "several", "couple", "many", "some"}
_TITLES = TITLE_WORDS | {"lady", "nations", "world"}

EXAMPLES = [
    Example("Rome marked the [90th] anniversary of the victory of the allies.", "90",
            subject="anniversary of victory", low=90.0, high=90.0, qualifier="exact"),
    Example("They marked the [90th] anniversary of victory in the Great War.", "90",
            subject="anniversary of victory"),
    Example("It was the [seventh] such summit between the two leaders.", "7", subject="summit"),
    Example("Mars is the [fourth] of the eight planets of the solar system.", "4", subject="planets"),
    Example("Spain marks the [twenty-fifth] anniversary of the signing of the Treaty of Nice.", "25",
            subject="anniversary of treaty"),
    Example("The region launched its [14th] Five-Year Development Plan period in March.", "14",
            subject="five-year development plan"),
    Example("The [31st] meeting of the Joint Committee of Ministers opened.", "31",
            subject="meeting of joint committee"),
    Example("Brazil holds [third] place among its exporters.", "3", subject="place"),
    Example("Output rose for the [second] consecutive year.", "2", subject="year"),
    Example("The bank posted its [fourth] quarterly loss.", "4", subject="loss"),
    Example("The city will celebrate the [one hundredth] anniversary of its founding.", "100",
            subject="anniversary"),
    Example("She won a [second] term in 2020.", "2", subject="term", scope="2020"),
    Example("The country marks the [50th] anniversary of independence next month.", "50",
            subject="anniversary of independence"),
    Example("Her [second] novel sold two million copies.", "2", subject="novel"),
    Example("It is China's [second]-largest trading partner.", "2", subject="largest trading partner"),
    Example("The deal was signed on March 3rd and renewed on the 4th of July."),
    Example("The minister first met the envoy in Paris."),
    Example("First, we must act. Secondly, we need funds. First of all, thanks."),
    Example("Prices fell in the first few weeks of the year and the second half of 2024."),
    Example("Exports fell in the first month of the year and rose in the third week of March."),
    Example("A third of the budget went on roads; wait a second."),
    Example("The First Lady opened a first-class lounge and a second-hand shop."),
]


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every ordinal in the document that is not boilerplate."""
    text = context.text
    for match in anchored(_PATTERN, _ANCHORS, text, before=24, after=40):
        start, end = match.span()
        if context.skip(start, end):
            continue
        sentence = context.sentences.at(start)
        reading = _reading(context.sentence_text(sentence), start - sentence.start, end - sentence.start)
        if reading is None:
            continue
        value, subject, scope = reading
        fact = context.fact(KIND, start, end, str(value), low=float(value), high=float(value),
                            qualifier="exact", subject=subject)
        fact.scope = scope
        yield fact


@lru_cache(maxsize=4096)
def _reading(sentence: str, start: int, end: int) -> tuple[int, str, str] | None:
    """Value, subject and scope of the ordinal at ``sentence[start:end]``, or ``None`` when it is
    no ordinal. Only the sentence is read, so the reading is cached by sentence: wire copy and
    reprinted readouts repeat sentences across a corpus."""
    subject = _subject(sentence, start, end)
    if subject is None:
        return None
    scope = scope_of(sentence, start) if _names_a_year(sentence) else ""  # a scope names a year
    return read_ordinal(sentence[start:end]), subject, scope


@lru_cache(maxsize=256)
def _names_a_year(sentence: str) -> bool:
    """Whether the sentence holds year-like digits (once per sentence: a sentence may hold many ordinals)."""
    return _YEAR_DIGITS.search(sentence) is not None


def _subject(text: str, start: int, end: int) -> str | None:
    """What the ordinal at ``text[start:end]`` ranks, or ``None`` when it is not an ordinal at all."""
    word = text[start:end]
    before = text[max(0, start - 40):start]
    month = _month_before(before) or _MONTH_AFTER.match(text, end)
    if month is True or (month and month.group("m")[:1].isupper()):
        return None  # a day of a date: "February 4th", "4th February", "the fourth of July"
    found = _DETERMINER.search(before)
    determiner = (found.group("det") or "'s").lower() if found else ""
    compound = _COMPOUND.match(text, end)
    if text.startswith("-", end) and (not compound or compound.group(1).lower() in _HYPHEN_SKIP):
        return None  # "first-hand", "second-rate"
    position = end + 1 if compound else end
    partitive = _OF.match(text, position)
    if partitive:
        return _partitive(text, partitive.end(), determiner)
    words, stop = phrase_after(text, position, limit=6)
    first = words[0].lower() if words else ""
    digits = word[:1].isdigit()
    if not digits and not ((determiner and (words or determiner not in ("a", "an"))) or first in _RANK_NOUNS):
        return None  # "Xi first met Putin", "First, …", "wait a second"
    if first in _VAGUE or first in ("half", "quarter") or (word[:1].isupper() and not digits and first in _TITLES):
        return None  # "the first few weeks", "the first half of" (a part: year_range), "First Lady"
    if word.lower() == "second" and determiner in ("every", "each"):
        return None  # "every second": a frequency
    if digits and not words and read_ordinal(word) <= 31 and _DAY_CUE.search(before):
        return None  # "on the 4th": a day of the month
    if len(words) == 1 and first in _CALENDAR_UNITS and _CALENDAR_OF.match(text, stop):
        return None  # "the first month of the year", "the third week of March": a date
    while words and words[0].lower() in _FILLERS:
        words.pop(0)
    if compound:
        return canonical(" ".join(words))  # "second-largest trading partner"
    subject = head(words)
    complement = _OF.match(text, stop)
    if subject and complement:
        tail = _complement(text, complement.end())
        subject = f"{subject} of {tail}" if tail else subject
    return subject


def _month_before(before: str) -> bool:
    """True when a capitalised month name ends ``before`` ("February 4th", "March the 3rd")."""
    words = before.split()
    if words and words[-1].lower() == "the":
        words.pop()
    if not words or not words[-1][:1].isupper() or not before[-1:].isspace():
        return False
    try:
        month_number(words[-1])
    except KeyError:
        return False
    return True


def _partitive(text: str, position: int, determiner: str) -> str | None:
    """"the first of the 24 solar terms" → "solar terms"; "a third of", "first of all": none."""
    if determiner in ("", "a", "an") or _ALL.match(text, position):
        return None
    skip = _PARTITIVE_SKIP.match(text, position)
    words, _ = phrase_after(text, skip.end(), limit=4)
    for index, word in enumerate(words):
        if word.endswith("s") and not word.endswith("ss"):
            words = words[:index + 1]  # the set ends at its plural noun: "the 24 solar terms heralds"
            break
    return canonical(" ".join(words))


def _complement(text: str, position: int) -> str:
    """The head of an "of" complement, skipping act nouns: "the signing of the Treaty" → "treaty"."""
    for _ in range(3):
        skip = _COMPLEMENT_SKIP.match(text, position)
        words, stop = phrase_after(text, skip.end(), limit=5)
        nested = _OF.match(text, stop)
        if len(words) == 1 and words[0].lower() in _ACTS and nested:
            position = nested.end()
            continue
        return "" if len(words) == 1 and words[0].lower() in _ACTS else head(words)
    return ""
