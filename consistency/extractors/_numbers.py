"""Shared number reading: "2,500", "10 000", "228.1 billion", "twenty-five", "a hundred and
two", "two thousand five hundred", "a billion".

A number carries its precision: "228.1 billion" is known to the nearest
0.1 billion, so it stands for the interval [228.05e9, 228.15e9); "five hundred" is as round
as "500" (±50). Bound words ("above", "nearly", "between … and …") turn a number into an
interval too, and a negative figure mirrors it (:func:`signed`).

Also shared: vague magnitudes ("dozens", "tens of millions" as ``[low, high)``), the noun
phrase a number counts ("56,000 Chinese students"), the spans where digits are not figures
(URLs, e-mail addresses), figures in the scope of "wish" (:func:`wished`), and a trie builder
for fast scans over literal words.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..text import SPACE

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12, "t": 1e12,
}

#: Every number word, for scanners that look for candidate figures first.
NUMBER_WORD_LIST = (*_UNITS, *_TENS)
_UNIT_WORD = "(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN_WORD = "(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS_WORD = "(?:" + "|".join(_TENS) + ")"
#: 0–99: "seven", "seventeen", "seventy", "seventy-seven" (longer words first, so that
#: "seventeen" is not read as "seven").
_BELOW_100 = rf"(?:{_TENS_WORD}(?:[- ]{_UNIT_WORD})?|{_TEEN_WORD}|{_UNIT_WORD}|zero)"
#: 0–999: "a hundred and two", "two hundred five", "ninety-nine".
_BELOW_1000 = (rf"(?:(?:{_BELOW_100}|a|one){SPACE}+hundred(?:{SPACE}+(?:(?:and|&){SPACE}+)?{_BELOW_100}(?![\w-]))?"
               rf"|{_BELOW_100})")
#: A number written in words: "twenty-five", "one hundred", "a hundred and two", "two thousand
#: five hundred". A bare "two thousand" stops at "two": callers read "thousand" as a scale word.
NUMBER_WORDS = (rf"(?i:(?:{_BELOW_1000}{SPACE}+thousand,?{SPACE}+(?:(?:and|&){SPACE}+)?(?={_BELOW_1000}(?![\w-])))?"
                rf"{_BELOW_1000})")
#: Every character ``\s`` matches in a ``str`` pattern, as an explicit class: a scanner whose first
#: character is this class runs faster than one that starts with ``\s`` (a bitmap test instead of
#: a Unicode category lookup per character).
WHITESPACE = "\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: A number written in digits: "2,500", "228.1", "1.5", ".5".
NUMBER_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
#: Thousands grouped by spaces, as in SI and European style: "10 000", "1\u202f250\u202f000". Only
#: groups of exactly three digits join, so "245 23" stays two numbers.
NUMBER_SPACED = r"(?:\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?!\d)(?:\.\d+)?)"
#: Fractions in words by their denominator word, singular and plural ("a quarter", "three quarters").
_FRACTION_PARTS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                   "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
#: A fraction of one unit in words, up to the article of the unit: "half a", "a quarter of a",
#: "three quarters of a", "one-tenth of a" (the unit follows: "… percentage point").
_FRACTION_PART = "|".join(sorted(_FRACTION_PARTS, key=len, reverse=True))
FRACTION_OF_ONE = (rf"(?i:half{SPACE}+(?:of{SPACE}+)?an?|(?:an?|one|two|three|four|five|six|seven|eight|nine)"
                   rf"(?:{SPACE}+|-)"
                   rf"(?:{_FRACTION_PART}){SPACE}+of{SPACE}+(?:an?|one))")
_FRACTION_READ = re.compile(r"(?:half(?: of)? an?|(\w+)[ -](\w+) of (?:an?|one))")
_BEFORE_SCALE = rf"(?={SPACE}+(?i:thousand|million|billion|trillion))"
#: "a quarter of a billion": before the number words, which would read "three" of "three quarters".
_FRACTION_OF_SCALE = rf"{FRACTION_OF_ONE}{_BEFORE_SCALE}"
_ARTICLE = rf"(?i:a|an){_BEFORE_SCALE}"
NUMBER = rf"(?:{NUMBER_DIGITS}|{_FRACTION_OF_SCALE}|{NUMBER_WORDS}|{_ARTICLE})"
SCALE = r"(?i:thousand|million|billion|trillion|mln|bn|mn|tn|trn)\b|(?:[kmb]\b)"

#: Bound words before a number, longest first, mapped to qualifiers.
BOUNDS = {
    "above": "above", "over": "above", "more than": "above", "exceeding": "above",
    "exceeded": "above", "surpassing": "above", "surpassed": "above", "topping": "above",
    "in excess of": "above", "upwards of": "above", "at least": "above", "no less than": "above",
    "greater than": "above", "beyond": "above",
    "below": "below", "under": "below", "less than": "below", "fewer than": "below",
    "up to": "below", "at most": "below", "no more than": "below", "as much as": "below",
    "as many as": "below", "as high as": "below",
    "nearly": "approx-below", "almost": "approx-below", "close to": "approx-below",
    "just under": "approx-below",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx", "circa": "approx",
    "~": "approx",
}
#: The last word of every bound phrase ("than" of "more than"), to test cheaply whether a
#: bound can precede a number before running :data:`BOUND` over the text before it.
BOUND_ENDS = frozenset(phrase.split()[-1] for phrase in BOUNDS)
_INTENSIFIERS = r"(?i:considerably|significantly|substantially|well|far|slightly|just|much|way)"
#: "twice as much as", "three times as many as": a comparison, not a bound.
_NOT_COMPARED = "".join(f"(?<!{word}{SPACE})" for word in ("twice", "times", "half", "thrice"))
BOUND = (rf"(?:{_INTENSIFIERS}{SPACE}+)?{_NOT_COMPARED}(?i:"
         + "|".join(re.escape(b).replace(r"\ ", SPACE + "+") for b in sorted(BOUNDS, key=len, reverse=True))
         + r")")
#: Words of a rise and of a fall before a figure ("rose 5%", "fell by $2 billion"), as alternations.
RISE_WORDS = (r"rose|rise[sn]?|rising|grew|grow[sn]?|growing|increased|increases?|increasing|climbed|climbs?"
       r"|jumped|jumps?|surged|surges?|soared|soars?|gained|gains?|expanded|expands?|rebounded|advanced"
       # Not the -ing forms, adjectives before a figure's noun ("a widening 3% gap", "a deepening 2% contraction").
       r"|raised|up|higher|hike[sd]?|growth|boost(?:ed)?|widen(?:ed|s)?|swell(?:ed|s)?|swollen"
       r"|deepen(?:ed|s)?")
FALL_WORDS = (r"fell|falls?|falling|fallen|declined|declines?|declining|dropped|drops?|dropping|decreased"
         r"|decreases?|slumped|plunged|plunges?|tumbled|slid|slides?|sank|shrank|shrunk|shrinks?"
         r"|contracted|lost|loses?|down|cut|cuts|reduced|reduction|slipped|dipped|eased|plummeted|lower"
         # Not "narrow" or "narrowing", adjectives before a figure ("a narrow 2% lead").
         r"|narrow(?:ed|s)")
#: A rate after an amount or a unit: "a day", "per year", "/day", "an hour", "each month". Not "a
#: year earlier" or "a month ago", which say when.
RATE_AFTER = re.compile(rf"(?:{SPACE}+(?i:a|an|per|each|every){SPACE}+|{SPACE}*/{SPACE}*)"
                        rf"(?P<period>(?i:second|hour|day|week|month|year|annum|yr|hr))\b"
                        rf"(?!{SPACE}+(?i:earlier|ago|later|before|after|previously|back|on)\b)")
_PERIOD_NAMES = {"yr": "year", "annum": "year", "hr": "hour"}


def period_of(rate: re.Match) -> str:
    """The period a match of :data:`RATE_AFTER` names, in full ("hr" → "hour").

    >>> period_of(RATE_AFTER.match(" per annum")), period_of(RATE_AFTER.match("/day"))
    ('year', 'day')
    >>> RATE_AFTER.match(" a year earlier") is None
    True
    """
    period = rate.group("period").lower()
    return _PERIOD_NAMES.get(period, period)


#: Verbs whose object is what changes ("raised its rate by", "cutting the forecast by"), in every
#: form; the lowering ones first.
LOWERING_VERBS = r"cut(?:s|ting)?|trim(?:s|med|ming)?|lower(?:s|ed|ing)?|reduc(?:e[sd]?|ing)|slash(?:es|ed|ing)?"
OBJECT_VERBS = (r"rais(?:e[sd]?|ing)|lift(?:s|ed|ing)?|hik(?:e[sd]?|ing)|boost(?:s|ed|ing)?|increas(?:e[sd]?|ing)"
                rf"|{LOWERING_VERBS}")
#: Relative tolerance of "about"/"nearly" figures.
APPROX_TOLERANCE = 0.1


@dataclass(frozen=True)
class Reading:
    """A number as read: its value and the half-width of its precision."""

    value: float
    half_step: float


@lru_cache(maxsize=4096)
def read_number(text: str) -> Reading:
    """Read a number in digits or words (no scale word); cached, since figures repeat.

    >>> read_number("2,500")
    Reading(value=2500.0, half_step=50.0)
    >>> read_number("228.1")
    Reading(value=228.1, half_step=0.05)
    >>> read_number("twenty-five").value, read_number("a hundred and two").value
    (25.0, 102.0)
    >>> read_number("a quarter of a"), read_number("three quarters of a").value
    (Reading(value=0.25, half_step=0.005), 0.75)
    >>> read_number("10 000"), read_number("five hundred")
    (Reading(value=10000.0, half_step=5000.0), Reading(value=500.0, half_step=50.0))
    """
    cleaned = " ".join(text.replace(",", "").lower().split())
    if cleaned.isdigit() or _DECIMAL.fullmatch(cleaned):
        return Reading(float(cleaned), _half_step(cleaned))
    if _SPACED_GROUPS.fullmatch(cleaned):  # "10 000": thousands grouped by spaces
        cleaned = cleaned.replace(" ", "")
        return Reading(float(cleaned), _half_step(cleaned))
    if cleaned in ("a", "an"):
        return Reading(1.0, 0.5)
    if cleaned == "half a":
        return Reading(0.5, 0.05)
    fraction = _FRACTION_READ.fullmatch(cleaned)
    if fraction:  # as precise as the fraction in two decimals: "a quarter of a" ~ "0.25"
        numerator = _read_words(fraction[1]) if fraction[1] else 1
        # A half in any spelling is as precise as "half a" above.
        return Reading(numerator / _FRACTION_PARTS[fraction[2] or "half"], 0.005 if fraction[2] else 0.05)
    value = float(_read_words(cleaned))
    # A round figure in words is as precise as in digits: "five hundred" ~ "500" (±50).
    last = cleaned.rsplit(" ", 1)[-1]
    return Reading(value, {"hundred": 50.0, "thousand": 500.0}.get(last, 0.5))


_DECIMAL = re.compile(r"\d*\.?\d+")
_SPACED_GROUPS = re.compile(r"\d{1,3}(?: \d{3})+(?:\.\d+)?")
_WORD_SPLIT = re.compile(r"[\s-]+")


def _half_step(digits: str) -> float:
    """Half the place value of the last significant digit ("200" → 50, "2.5" → 0.05)."""
    if "." in digits:
        decimals = len(digits.split(".")[1])
        return 0.5 * 10 ** -decimals
    stripped = digits.lstrip("0") or "0"
    trailing = len(stripped) - len(stripped.rstrip("0"))
    if stripped == "0":
        return 0.5
    return 0.5 * 10 ** trailing


def _read_words(words: str) -> int:
    total, current = 0, 0
    for part in _WORD_SPLIT.split(words):
        if part in ("and", "&"):
            continue
        if part == "hundred":
            current = max(current, 1) * 100
        elif part == "thousand":
            total, current = total + max(current, 1) * 1000, 0
        elif part in ("a", "one"):
            current += 1
        elif part in _UNITS:
            current += _UNITS[part]
        elif part in _TENS:
            current += _TENS[part]
        else:
            raise ValueError(f"not a number word: {part!r}")
    return total + current


def scale_of(word: str | None) -> float:
    """``"billion"`` → 1e9; ``None`` → 1."""
    if not word:
        return 1.0
    return SCALES[word.lower()]


def bound_qualifier(phrase: str | None) -> str:
    """Map a bound phrase ("considerably above") to a qualifier key of ``BOUNDS``."""
    if not phrase:
        return "exact"
    words = " ".join(phrase.lower().split())
    words = re.sub(rf"^{_INTENSIFIERS.lower()}\s+", "", words)
    return BOUNDS.get(words, "exact")


def interval(reading: Reading, scale: float, qualifier: str) -> tuple[float | None, float | None, str]:
    """The interval a qualified number stands for, and the contract's qualifier.

    >>> interval(Reading(228.1, 0.05), 1e9, "exact")[:2]
    (228050000000.0, 228150000000.0)
    >>> interval(Reading(200, 50), 1e9, "above")
    (200000000000.0, None, 'above')
    """
    value = reading.value * scale
    if qualifier == "above":
        return value, None, "above"
    if qualifier == "below":
        return None, value, "below"
    if qualifier == "approx":
        return value * (1 - APPROX_TOLERANCE), value * (1 + APPROX_TOLERANCE), "approx"
    if qualifier == "approx-below":
        return value * (1 - APPROX_TOLERANCE), value, "approx"
    step = reading.half_step * scale
    return value - step, value + step, "exact"


def signed(bounds: tuple[float | None, float | None, str], negative: bool) -> tuple[float | None, float | None, str]:
    """The interval of :func:`interval` for a negative figure: mirrored, so that low ≤ high.

    >>> signed((99.985, 99.995, "exact"), True)
    (-99.995, -99.985, 'exact')
    >>> signed((100.0, None, "above"), True)
    (None, -100.0, 'below')
    """
    low, high, qualifier = bounds
    if not negative:
        return low, high, qualifier
    flipped = {"above": "below", "below": "above"}.get(qualifier, qualifier)
    return (None if high is None else -high), (None if low is None else -low), flipped


#: A wish or a counterfactual before a figure: "I wish you success in tens of thousands of
#: undertakings", "I wish we had ten more nurses". What follows is hoped for, not reported.
_WISH = re.compile(r"\b(?i:wish|wishes|wished|wishing)\b")
#: Where the wish's scope ends: a new clause with its own subject ("I wish them well, but they
#: signed 12 deals"); a comma inside a list of wishes ("good health, prosperity and …") does not
#: end it. An opening participle ("Wishing them well, officials signed 12 deals") ends at its comma.
_NEW_CLAUSE = re.compile(r"[;:]|,\s*(?:they|we|he|she|it|I|you|but|while|although|though|whereas)\b")


def wished(text: str, sentence_start: int, start: int) -> bool:
    """True when the figure at ``start`` sits in the scope of "wish" earlier in its sentence.

    >>> wished("I wish you success in tens of thousands of undertakings", 0, 22)
    True
    >>> wished("I wish you health, joy and 100 years", 0, 27)
    True
    >>> wished("Wishing each other well, officials signed 12 deals.", 0, 42)
    False
    """
    before = text[sentence_start:start]
    if "ish" not in before:  # cheap test first: most sentences have no wish
        return False
    wishes = list(_WISH.finditer(before))
    if not wishes:
        return False
    wish = wishes[-1]
    if wish.group() == "Wishing" and "," in before[wish.end():]:
        return False
    return not _NEW_CLAUSE.search(before, wish.end())


def canonical(value: float) -> str:
    """A value as the contract writes it: an integer when whole, else trimmed."""
    if math.isfinite(value) and abs(value - round(value)) < 1e-6 * max(1.0, abs(value)):
        return str(round(value))
    return f"{value:.10g}"



def literal_alternation(words, letter=re.escape) -> str:
    """A regex matching any of ``words`` (longest first), built as a trie.

    Python's engine tries the alternatives of ``a|b|c`` one by one at every position; a
    trie (``t(?:en|w(?:o|elve))``) rejects most positions on the first character, which
    makes scanners for candidate words several times faster. ``letter`` writes each
    character of the trie as a regex (see :func:`case_blind_alternation`).

    >>> literal_alternation(["ten", "two", "twelve"])
    't(?:en|w(?:elve|o))'
    >>> re.fullmatch(literal_alternation(["a", "an"]), "an") is not None
    True
    """
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [letter(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return build(tree)


#: Characters other than a letter's two cases that ``(?i:letter)`` matches (Unicode simple folding).
_FOLDED_WITH = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


#: Placed after a pattern's first character: that character opens a word, as a ``\b`` before a
#: word character asserts. Unlike ``\b``, it lets the pattern open with a literal character,
#: which the engine skips ahead to instead of trying the pattern at every position.
OPENS_WORD = r"(?<!\w.)"


def opening_words(words, any_case: bool = False) -> str:
    r"""Any of ``words`` where a word starts, like ``\b(?:w1|w2|…)``, written so that the engine
    skips ahead by first character: each branch opens with a literal character and
    :data:`OPENS_WORD`. A word is a literal first character and a regex for the rest
    ("is\s+to"); with ``any_case`` (words opening with an ASCII character) it matches in any
    case, as ``(?i:…)`` does. A word opening with a non-word character ("'ll") must follow a
    word character, as after ``\b``.

    >>> print(opening_words(["will", "would", "'ll"]))
    (?:w(?<!\w.)(?:ill|ould)|'(?<=\w.)(?:ll))
    >>> bool(re.search(opening_words(["data"], any_case=True), "the DATA")), bool(re.search(
    ...     opening_words(["data"]), "metadata"))
    (True, False)
    """
    rests: dict[str, list[str]] = {}
    for word in words:
        if any_case and not word[0].isascii():
            raise ValueError("opening_words in any case takes words opening with an ASCII character")
        first = word[0].lower() if any_case else word[0]
        rests.setdefault(first, []).append(word[1:])
    branches = []
    for first, rest in rests.items():
        tail = "(?:" + "|".join(rest) + ")"
        variants = [first]
        if any_case:
            tail = "(?i:" + "|".join(rest) + ")"
            variants += [char for char in case_forms(first) if char != first]
        for char in variants:
            boundary = OPENS_WORD if re.match(r"\w", char) else r"(?<=\w.)"
            branches.append(re.escape(char) + boundary + tail)
    return "(?:" + "|".join(branches) + ")"


def _any_case(char: str) -> str:
    """``char`` in any case as a character class: "s" → "[sSſ]" (what ``(?i:s)`` matches)."""
    forms = case_forms(char)
    return f"[{forms}]" if len(forms) > 1 else re.escape(char)


class BranchesByFirstCharacter:
    r"""An alternation of branches, each tried only where its first character can stand.

    Python's engine tries every branch of ``a|b|c`` in turn at a position, even those whose
    first character is not there; a large alternation whose branches open with ``\b`` gets
    no first-character skipping at all. Here each branch comes with what it can open with
    (opening words, in any case, or characters such as digits), and :meth:`match` runs only
    the branches that can open with the character at the position, in their order: the same
    match as the whole alternation's, since the other branches fail on that character.
    Every group name of every branch is defined in each sub-pattern (never matching where the
    branch is left out), so groups read the same.
    """

    def __init__(self, branches: list[tuple[list[str] | str, str]]):
        #: The whole alternation, for scans over a text.
        self.pattern = re.compile("|".join(branch for _, branch in branches))
        names = list(self.pattern.groupindex)
        chosen: dict[str, list[str]] = {}
        for openers, branch in branches:
            for char in sorted({form for opener in openers for form in case_forms(opener[0])}):
                chosen.setdefault(char, []).append(branch)
        patterns: dict[tuple[str, ...], re.Pattern] = {}  # characters with the same branches share one
        self._by_first = {char: patterns.setdefault(tuple(chosen[char]), self._compiled(chosen[char], names))
                          for char in chosen}

    @staticmethod
    def _compiled(branches: list[str], names: list[str]) -> re.Pattern:
        pattern = re.compile("|".join(branches))
        missing = "".join(f"(?P<{name}>)" for name in names if name not in pattern.groupindex)
        return re.compile("|".join(branches) + (f"|(?!){missing}" if missing else ""))

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """Like ``self.pattern.match(text, pos, endpos)`` (no branch matches an empty string)."""
        end = len(text) if endpos is None else min(endpos, len(text))
        if pos >= end:
            return None
        pattern = self._by_first.get(text[pos])
        return pattern.match(text, pos, end) if pattern is not None else None


def case_forms(char: str) -> str:
    """The characters ``(?i:char)`` matches: "s" → "sSſ"; a digit or sign is itself.

    >>> case_forms("s") == "sS\u017f", case_forms("7")
    (True, '7')
    """
    low = char.lower()
    if low == char.upper():
        return char
    return low + char.upper() + _FOLDED_WITH.get(low, "")


def case_blind_alternation(words) -> str:
    """Like ``(?i:…)`` around :func:`literal_alternation` of ``words`` (ASCII), with every letter
    written as a class of its cases: the engine then rejects a failing branch on its first
    character, which it cannot do for a case-insensitive literal (a failed date match costs a
    fifth less).

    >>> case_blind_alternation(["may", "march"])
    '[mM][aA](?:[rR][cC][hH]|[yY])'
    >>> re.fullmatch(case_blind_alternation(["sept"]), "SEPT") is not None
    True
    """
    if not all(word.isascii() for word in words):
        raise ValueError("case_blind_alternation takes ASCII words")
    return literal_alternation(sorted({word.lower() for word in words}), _any_case)


def branch_alternation(words=(), branches=()) -> str:
    """One alternation of the trie of ``words`` (its root's branches spliced in, not nested in a
    group) and of ``branches``, patterns that each start with a literal character.

    Every alternative then starts with a literal character, so Python's engine skips positions
    by their first character; nesting the trie in a group, or a branch starting with a class
    such as ``[0-9]``, turns that skipping off and scans several times slower.

    >>> branch_alternation(["noon", "night"], [":(?=[0-5])"])
    '(?:n(?:ight|oon)|:(?=[0-5]))'
    >>> branch_alternation(["May", "March"], ["1[0-9]{3}"])
    '(?:Ma(?:rch|y)|1[0-9]{3})'
    """
    parts = list(branches)
    if words:
        trie = literal_alternation(words)
        if not (trie.startswith("(?:") and trie.endswith(")")):  # a single branch at the root
            trie = f"(?:{trie})"
        parts.insert(0, trie[3:-1])
    return "(?:" + "|".join(parts) + ")"


# --- vague magnitudes ----------------------------------------------------------

#: How far each vague plural reaches, as ``[low, high)``. Deliberately lenient: a plural of a
#: unit starts at one unit ("hundreds" at 100, not 200; "dozens" at 12, "scores" at 20), so that
#: a report's "hundreds" never diverges from another's "150": the checker should flag
#: contradictions, not style.
_VAGUE = {"tens": (10, 100), "dozens": (12, 100), "scores": (20, 200), "hundreds": (100, 1e3),
          "thousands": (1e3, 1e4), "millions": (1e6, 1e7), "billions": (1e9, 1e10)}
#: A vague magnitude: "dozens", "hundreds", "tens of thousands", "hundreds of millions".
VAGUE = (rf"(?i:(?:tens|dozens|scores|hundreds){SPACE}+of{SPACE}+(?:thousands|millions|billions)"
         rf"|tens|dozens|scores|hundreds|thousands|millions|billions)\b")


def vague_interval(phrase: str) -> tuple[float, float]:
    """The ``[low, high)`` a vague magnitude stands for.

    >>> vague_interval("tens of millions")
    (10000000.0, 100000000.0)
    >>> vague_interval("dozens")
    (12.0, 100.0)
    """
    words = phrase.lower().split()
    low, high = _VAGUE[words[0]]
    if len(words) == 3:  # "<multiplier> of <plural scale>": the scale counts in its own units
        scale = _VAGUE[words[2]][0]
        low, high = low * scale, high * scale
    return float(low), float(high)


# --- what a number counts -------------------------------------------------------------------

def _wordset(words: str) -> frozenset:
    return frozenset(words.split())


#: Words that end a counted noun phrase before its head: prepositions, conjunctions,
#: auxiliaries, pronouns. A phrase cut short by one of them has no head.
PHRASE_STOPS = _wordset(
    "of in on at to for by from with without into onto over under about after before since "
    "during between among per than as and or but nor so yet that which who whom whose what "
    "when where while if because although is are was were be been being am has have had do does "
    "did will would shall should can could may might must it its this these those there their "
    "they them he she his her we our you your i me my us not no also only just each every "
    "all both either neither some any such same more most less least very too "
    # prepositions that open no part of a counted phrase: "52% of the vote against 45%"
    "against versus amid despite across through toward towards via within including")
#: Nouns that are plural without a final "s".
IRREGULAR_PLURALS = _wordset(
    "people children men women personnel police staff aircraft cattle sheep fish deer livestock "
    "feet teeth geese mice crew militia clergy offspring")
#: Words ending in "s" that are not plural nouns.
_NOT_PLURAL = _wordset(
    "this its his has was is us as yes thus plus across less unless always perhaps various "
    "numerous previous news besides towards afterwards whereas alas chaos bus gas lens")
_VERB_LIKE = re.compile(r"^(?:\w+ed|said|says|say|told|last|next|ago|alone|overall|respectively)$")
_PHRASE_WORD = re.compile(rf"{SPACE}+([A-Za-z][A-Za-z’'-]*)")


def is_plural(word: str) -> bool:
    """A heuristic for English plural nouns: "students", "people", "lives" (not "this", "bus").

    >>> is_plural("students"), is_plural("people"), is_plural("class"), is_plural("status")
    (True, True, False, False)
    """
    word = word.lower()
    if word in IRREGULAR_PLURALS:
        return True
    return (len(word) > 2 and word.endswith("s") and not word.endswith(("ss", "us", "is", "'s", "’s"))
            and word not in _NOT_PLURAL)


def counted_noun(text: str, position: int, max_words: int = 3, singular: bool = False) -> tuple[str, int] | None:
    """The noun phrase a number at ``text[:position]`` counts, and where it ends.

    Up to ``max_words`` words (modifiers then a plural head) are read after ``position``;
    the phrase ends at its first plural noun. A stop word (preposition, verb, pronoun)
    before any plural means the number counts nothing. With ``singular``, a phrase
    without a plural ends before its first stop word or verb-like word ("20 percent of
    global output last year" → "global output").

    >>> counted_noun("56,000 Chinese students are studying", 6)
    ('Chinese students', 23)
    >>> counted_noun("24 solar terms heralds spring", 2)
    ('solar terms', 14)
    >>> counted_noun("2026 is here", 4) is None
    True
    >>> counted_noun("of global output said", 2, singular=True)
    ('global output', 16)
    """
    words: list[str] = []
    end = position
    for _ in range(max_words):
        match = _PHRASE_WORD.match(text, end)
        word = match.group(1).strip("-'’") if match else ""
        lower = word.lower()
        if not word or lower in PHRASE_STOPS or (singular and words and _VERB_LIKE.match(lower)):
            break
        words.append(word)
        end = match.start(1) + len(word)
        if is_plural(lower):
            return " ".join(words), end
    if singular and words:
        return " ".join(words), end
    return None


# --- where digits are not figures -----------------------------------------------------------

# Three scans with literal prefixes: each runs at memchr speed, unlike one alternation.
_ADDRESSES = [re.compile(r"https?://[^\s>]+"), re.compile(r"www\.[^\s>]+"), re.compile(r"@[^\s@]+")]


def address_spans(text: str) -> list[tuple[int, int]]:
    """Sorted spans of URLs, e-mail addresses and handles, whose digits are not figures.

    >>> address_spans("see www.x.com/50% or mail ab12@x.org")
    [(4, 17), (26, 36)]
    """
    if "://" not in text and "www." not in text and "@" not in text:
        return []  # three substring tests are much cheaper than three scans
    spans = []
    for pattern in _ADDRESSES:
        for match in pattern.finditer(text):
            start = match.start()
            if text[start] == "@":  # an address starts at the word before the "@"
                while start > 0 and not text[start - 1].isspace():
                    start -= 1
            spans.append((start, match.end()))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):  # disjoint, so that a binary search finds the one holding an offset
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def in_spans(spans: list[tuple[int, int]], offset: int) -> bool:
    """True when ``offset`` lies in one of the sorted ``spans`` (binary search)."""
    index = bisect_right(spans, (offset, math.inf)) - 1
    return index >= 0 and offset < spans[index][1]
