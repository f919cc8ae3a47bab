"""Ordinal words and short noun phrases, shared by the ordinal, year-range and duration readers
(and :func:`anchor_pattern`, their cheap scanners' shape).

``ORDINAL`` matches "first" … "ninety-ninth", "twenty fifth", "one hundredth", "two
hundred and fiftieth" and digit forms ("25th", "1st"); :func:`read_ordinal` gives its
number. :func:`phrase_after`, :func:`phrase_before` and :func:`head` pick the noun phrase
next to a figure and reduce it to a comparable subject ("the sixth such conversation" →
"conversation", "15th Five-Year Plan period" → "five-year plan").
"""

from __future__ import annotations

import re
import string

from ..gazetteer import is_place
from ..text import SPACE
from ._numbers import branch_alternation

_UNIT_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEEN_ORDINALS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                  "seventeenth", "eighteenth", "nineteenth"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TENS_ORDINALS = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
                  "ninetieth"]
_CARDINAL_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_VALUES = {**{w: i + 1 for i, w in enumerate(_UNIT_ORDINALS)}, **{w: i + 10 for i, w in enumerate(_TEEN_ORDINALS)},
           **{w: 20 + 10 * i for i, w in enumerate(_TENS_ORDINALS)}, **{w: 20 + 10 * i for i, w in enumerate(_TENS)},
           **{w: i + 1 for i, w in enumerate(_CARDINAL_UNITS)}, "hundredth": 100, "thousandth": 1000}

_BELOW_HUNDRED = (rf"(?:(?:{'|'.join(_TENS)})(?:-|{SPACE})(?:{'|'.join(_UNIT_ORDINALS)})|{'|'.join(_TEEN_ORDINALS)}"
                  rf"|{'|'.join(_TENS_ORDINALS)}|{'|'.join(_UNIT_ORDINALS)})")
_HUNDRED = rf"(?:(?:{'|'.join(_CARDINAL_UNITS)}){SPACE}+)?hundred"
#: An ordinal number in words or digits ("twenty-fifth", "two hundred and fiftieth", "25th").
ORDINAL_WORD = (rf"(?i:{_HUNDRED}(?:{SPACE}+(?:and{SPACE}+)?(?:(?:{'|'.join(_TENS)})(?:-|{SPACE})"
                rf"(?:{'|'.join(_UNIT_ORDINALS)})|{_BELOW_HUNDRED}))|{_HUNDRED}th|thousandth|{_BELOW_HUNDRED})")
ORDINAL_DIGITS = r"[0-9]{1,4}(?i:st|nd|rd|th)"
ORDINAL = rf"(?:{ORDINAL_DIGITS}|{ORDINAL_WORD})"
#: Whole words every ordinal in words holds: a cheap anchor for a scanner ("twenty" in "twenty-fifth").
ORDINAL_STEMS = [*_UNIT_ORDINALS, *_TEEN_ORDINALS, *_TENS_ORDINALS, *_TENS, "hundred", "hundredth", "thousandth"]


def anchor_pattern(words, branches=()) -> str:
    """One alternation of ``words`` (lower-case, capitalised and upper-case, as a trie) and of
    ``branches`` (see :func:`._numbers.branch_alternation`).

    >>> anchor_pattern(["noon", "night"], [":(?=[0-5])"])
    '(?:N(?:IGHT|OON|ight|oon)|n(?:ight|oon)|:(?=[0-5]))'
    """
    return branch_alternation({form for word in words for form in (word, word.capitalize(), word.upper())},
                              branches)


_DIGITS = re.compile(r"\d+")
_ORDINAL_SPLIT = re.compile(r"[\s\u00a0\u202f\u2009\u2007-]+")


def read_ordinal(text: str) -> int:
    """The number an ordinal stands for.

    >>> read_ordinal("25th"), read_ordinal("twenty-fifth"), read_ordinal("two hundred and fiftieth")
    (25, 25, 250)
    """
    digits = _DIGITS.match(text)
    if digits:
        return int(digits.group())
    total = 0
    for word in _ORDINAL_SPLIT.split(text.lower()):
        if word in ("hundred", "hundredth"):
            total = max(total, 1) * 100
        elif word != "and":
            total += _VALUES[word]
    return total


def ordinal_words(number: int) -> str:
    """Spell 1–999 as an ordinal ("twenty-fifth", "two hundred and fiftieth")."""
    hundreds, rest = divmod(number, 100)
    words = []
    if hundreds:
        words.append(f"{_CARDINAL_UNITS[hundreds - 1]} hundred" + ("th" if not rest else " and"))
    if rest:
        tens, units = divmod(rest, 10)
        if rest < 10:
            words.append(_UNIT_ORDINALS[rest - 1])
        elif rest < 20:
            words.append(_TEEN_ORDINALS[rest - 10])
        elif units == 0:
            words.append(_TENS_ORDINALS[tens - 2])
        else:
            words.append(f"{_TENS[tens - 2]}-{_UNIT_ORDINALS[units - 1]}")
    return " ".join(words)


# --- noun phrases ---------------------------------------------------------------------------

#: Words that end a noun phrase: prepositions, conjunctions, determiners, auxiliaries.
STOP = {"of", "in", "on", "at", "for", "to", "from", "by", "with", "between", "among", "amid", "since",
        "during", "after", "before", "than", "as", "and", "or", "but", "that", "which", "who", "whom", "whose",
        "where", "when", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will",
        "would", "can", "could", "should", "may", "might", "must", "this", "these", "those", "its", "their",
        "his", "her", "our", "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "not", "also",
        "said", "says", "into", "under", "over", "about", "across", "through", "within", "without", "per",
        "so", "if", "while", "there", "here", "ago", "later", "earlier", "did", "does", "do", "alone", "too"}
#: Nouns too generic to be a subject when something more specific precedes them.
GENERIC = {"period", "periods", "era", "phase", "span", "stretch", "time"}
_LY_NOUNS = {"family", "assembly", "rally", "supply", "ally", "anomaly", "monopoly", "reply", "butterfly", "jelly",
             "homily", "belly", "bully"}
#: Adjectives of a period, in "-ly" but modifiers of the noun after them: "its fourth quarterly loss".
_PERIODIC = {"hourly", "daily", "weekly", "fortnightly", "monthly", "quarterly", "yearly"}
#: Common verbs that may follow a noun phrase directly ("the 21st century belongs to …").
VERBS = {"belongs", "marks", "comes", "takes", "makes", "shows", "means", "remains", "begins", "starts", "ends",
         "falls", "opens", "closes", "says", "sees", "holds", "brings", "gives", "goes", "runs", "sets", "leads",
         "follows", "seems", "looks", "becomes", "includes", "covers", "coincides", "represents", "heralds",
         "spoke", "said", "met", "held", "took", "made", "came", "went", "began", "gave", "saw", "told", "became",
         "left", "won", "lost", "rose", "fell", "grew", "ran", "set", "put", "led", "brought", "found", "kept",
         "sold", "bought", "paid", "built", "sent", "spent", "struck", "drew", "wrote", "got", "beat", "broke",
         "chose", "fought", "sought", "caught", "taught", "felt", "heard", "stood", "flew", "drove", "hit"}
#: Words that open a time after a noun phrase: "the 50th anniversary of independence [next month]".
_TIME_OPENERS = {"next", "last", "this", "later", "earlier", "today", "tomorrow", "yesterday", "tonight"}
_ED_NOUNS = {"bed", "seed", "creed", "need", "speed", "feed", "shed", "reed", "breed", "deed", "steed"}
_FIGURE_NEXT = re.compile(rf"{SPACE}+[$€£¥₹\d]")
_WORD = re.compile(rf"{SPACE}*(?P<w>[A-Za-z][\w’'.]*(?:-[\w’'.]+)*)")


def phrase_after(text: str, position: int, limit: int = 4) -> tuple[list[str], int]:
    """The words of the noun phrase starting at ``position`` and the offset where it ends.

    Stops at a stop word, punctuation, a figure, an adverb in -ly or a later word in -ed.
    """
    words: list[str] = []
    end = position
    while len(words) < limit:
        match = _WORD.match(text, end)
        if not match:
            break
        written = match.group("w")
        word = written.rstrip(".")
        if word.lower() in STOP or _adverb(word) or word.lower().endswith(("’s", "'s")):
            break
        if words and word[:1].islower() and ((word.endswith("ed") and word not in _ED_NOUNS) or word in VERBS
                                             or word in _TIME_OPENERS or _FIGURE_NEXT.match(text, match.end())):
            # a verb after the noun: "the season ended", "the 21st century belongs", "the 2025-26
            # budget allocates $12 billion" (a word before a figure is its verb); a time after it
            break
        words.append(word)
        end = match.start("w") + len(word)
        if written.endswith(".") and "." not in word:
            break  # a full stop, not an abbreviation such as "U.S."
        end = match.end()
    return words, end


def _adverb(word: str) -> bool:
    """"firmly", "officially": yes; "family", "assembly", "July", "quarterly": no."""
    lower = word.lower()
    return lower.endswith("ly") and word[:1].islower() and lower not in _LY_NOUNS and lower not in _PERIODIC


_TOKEN = re.compile(r"[\w’'.-]+|[^\w\s]")


def phrase_before(text: str, position: int, limit: int = 6) -> list[str]:
    """The noun phrase ending just before ``position`` ("the China-Russia Years of Education (")."""
    tokens = _TOKEN.findall(text, max(0, position - 120), position)
    words: list[str] = []
    while tokens and len(words) < limit:
        word = tokens.pop()
        lower = word.lower()
        inner = lower in ("of", "in", "and") and words and words[0][:1].isupper() \
            and tokens and tokens[-1][:1].isupper()
        if word[0] not in string.ascii_letters or (lower in STOP and not inner) or lower.endswith(("’s", "'s")):
            break
        words.insert(0, word)
    while words and words[0].lower() in ("of", "in", "and"):
        words.pop(0)
    return words


_NAME_INNER = {"of", "in", "and", "for", "the"}
_DROP = {"the", "a", "an", "our", "their", "its", "his", "her", "this", "that", "these", "those", "both",
         "bilateral", "mutual", "two-way"}


def canonical(phrase: str) -> str:
    """Lower-case a phrase, dropping determiners and country pairs ("China-Russia") but keeping
    other hyphenated words ("Five-Year", "Anti-Fascist"), unlike a bare pair-compound test.

    >>> canonical("the China-Russia Years of Education"), canonical("Five-Year Plan")
    ('years of education', 'five-year plan')
    """
    kept = []
    for word in phrase.replace("\u00a0", " ").split():
        word = word.strip(",.;:“”\"'’()").lower()
        parts = [p for p in word.split("-") if p]
        if not word or word in _DROP or (len(parts) > 1 and all(is_place(p) for p in parts)):
            continue
        kept.append(word)
    return " ".join(kept)


def head(words: list[str]) -> str:
    """A noun phrase reduced to its head: a trailing capitalised name whole ("Five-Year Plan"), else
    the last noun with its hyphenated modifiers ("official five-year plan" → "five-year plan").
    A trailing generic noun ("period") is dropped when something precedes it.

    >>> head(["Five-Year", "Plan", "period"]), head(["sixth", "such", "conversation"])
    ('five-year plan', 'conversation')
    """
    words = [w for w in words if w]
    while len(words) > 1 and words[-1].lower() in GENERIC:
        words = words[:-1]
    if not words:
        return ""
    if words[-1][:1].isupper():  # a name: keep its capitalised run, "of"/"in"/"and" inside it
        run = list(words)
        for index in range(len(words) - 1, -1, -1):
            if not (words[index][:1].isupper() or words[index].lower() in _NAME_INNER):
                run = words[index + 1:]
                break
        while run and run[0].lower() in _NAME_INNER:
            run.pop(0)
        return canonical(" ".join(run))
    kept = [words[-1]]
    for word in reversed(words[:-1]):
        if "-" not in word:
            break
        kept.insert(0, word)
    return canonical(" ".join(kept))
