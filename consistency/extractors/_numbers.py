"""Shared number reading: "2,500", "228.1 billion", "twenty-five", "a billion".

A number carries its precision: "228.1 billion" is known to the nearest
0.1 billion, so it stands for the interval [228.05e9, 228.15e9). Bound words
("above", "nearly", "between … and …") turn a number into an interval too.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

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
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}

_WORD = r"(?:" + "|".join(sorted([*_UNITS, *_TENS], key=len, reverse=True)) + r")"
#: A number written in words: "twenty-five", "one hundred", "a" (as in "a billion").
NUMBER_WORDS = rf"(?i:{_WORD}(?:[- ]{_WORD})?(?:{SPACE}+hundred(?:{SPACE}+(?:and{SPACE}+)?{_WORD}(?:-{_WORD})?)?)?)"
#: A number written in digits: "2,500", "228.1", "1.5", ".5".
NUMBER_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_ARTICLE = rf"(?i:a|an|half{SPACE}+a)(?={SPACE}+(?i:thousand|million|billion|trillion))"
NUMBER = rf"(?:{NUMBER_DIGITS}|{NUMBER_WORDS}|{_ARTICLE})"
SCALE = r"(?i:thousand|million|billion|trillion|mln|bn|mn|tn|trn)\b|(?:[kmb]\b)"

#: Bound words before a number, longest first, mapped to qualifiers.
BOUNDS = {
    "above": "above", "over": "above", "more than": "above", "exceeding": "above",
    "exceeded": "above", "surpassing": "above", "surpassed": "above", "topping": "above",
    "in excess of": "above", "upwards of": "above", "at least": "above", "no less than": "above",
    "greater than": "above", "beyond": "above",
    "below": "below", "under": "below", "less than": "below", "fewer than": "below",
    "up to": "below", "at most": "below", "no more than": "below",
    "nearly": "approx-below", "almost": "approx-below", "close to": "approx-below",
    "just under": "approx-below",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx", "circa": "approx",
    "~": "approx",
}
_INTENSIFIERS = r"(?i:considerably|significantly|substantially|well|far|slightly|just|much|way)"
BOUND = (rf"(?:{_INTENSIFIERS}{SPACE}+)?(?i:"
         + "|".join(re.escape(b).replace(r"\ ", SPACE + "+") for b in sorted(BOUNDS, key=len, reverse=True))
         + r")")
#: Relative tolerance of "about"/"nearly" figures.
APPROX_TOLERANCE = 0.1


@dataclass(frozen=True)
class Reading:
    """A number as read: its value and the half-width of its precision."""

    value: float
    half_step: float


def read_number(text: str) -> Reading:
    """Read a number in digits or words (no scale word).

    >>> read_number("2,500")
    Reading(value=2500.0, half_step=50.0)
    >>> read_number("228.1")
    Reading(value=228.1, half_step=0.05)
    >>> read_number("twenty-five").value
    25.0
    """
    cleaned = text.replace(",", "").strip().lower()
    cleaned = " ".join(cleaned.split())
    if re.fullmatch(r"\d*\.?\d+", cleaned):
        return Reading(float(cleaned), _half_step(cleaned))
    if cleaned in ("a", "an"):
        return Reading(1.0, 0.5)
    if cleaned == "half a":
        return Reading(0.5, 0.05)
    return Reading(float(_read_words(cleaned)), 0.5)


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
    total = 0
    for part in re.split(r"[\s-]+", words):
        if part == "and":
            continue
        if part == "hundred":
            total = max(total, 1) * 100
        elif part in _UNITS:
            total += _UNITS[part]
        elif part in _TENS:
            total += _TENS[part]
        else:
            raise ValueError(f"not a number word: {part!r}")
    return total


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


def canonical(value: float) -> str:
    """A value as the contract writes it: an integer when whole, else trimmed."""
    if math.isfinite(value) and abs(value - round(value)) < 1e-6 * max(1.0, abs(value)):
        return str(round(value))
    return f"{value:.10g}"
