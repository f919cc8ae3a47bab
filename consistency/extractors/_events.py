"""What a date dates: the event word nearest to it, and the names around it.

Two reports date the same event when they name the same kind of event with the
same people or places, which is what alignment compares. The event classes are
generic news vocabulary, not tied to any corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._context import TITLE_WORDS
from ._numbers import OPENS_WORD, opening_words

EVENT_CLASSES = {
    "meeting": r"met|meets?|meeting|talks|talked|call|called|phone|spoke|speaks?|conversation|"
               r"videoconference|video{S}call|summit|consultations?|negotiations?|dialogue|"
               r"discussions?|interview",
    "expiry": r"expires?|expired|expiry|expiration|lapses?|lapsed",
    "visit": r"visit|visits|visited|trip|tour|travel(?:led|ed)?",
    "commemoration": r"anniversary|commemorat\w+|celebrat\w+|parade|memorial|festival",
    "signing": r"signed|signing|sign|agreement|treaty|accord|deal",
    "publication": r"published|released|issued|announced|posted",
    "election": r"elections?|elected|vote|voted|ballot",
    "start": r"began|begins?|start(?:ed|s)?|launch(?:ed|es)?|opened|opens",
}
# Each class as one pattern for a whole word; a sentence is read word by word and each distinct
# word classified once (a dictionary lookup afterwards), which is much faster than scanning every
# sentence with a case-insensitive alternation of all the classes.
_CLASS_PATTERNS = [(name, re.compile(rf"(?:{words.replace('{S}', r'[ ]')})(?:s|es)?", re.IGNORECASE))
                   for name, words in EVENT_CLASSES.items()]
_WORD = re.compile(r"\w+")


def _alternatives(words: str) -> list[str]:
    """The top-level alternatives of a regex: "a|b(?:c|d)" → ["a", "b(?:c|d)"]."""
    found, depth, start = [], 0, 0
    for index, char in enumerate(words):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            found.append(words[start:index])
            start = index + 1
    return [*found, words[start:]]


def _phrases() -> dict[str, list[tuple[re.Pattern, str]]]:
    """The events of several words ("video{S}call"), by their first word: read word by word, such
    an event is recognised at its first word. (A phrase is plain words joined by ``{S}``.)"""
    found: dict[str, list[tuple[re.Pattern, str]]] = {}
    for name, words in EVENT_CLASSES.items():
        for alternative in _alternatives(words):
            if "{S}" in alternative:
                pattern = re.compile(rf"{alternative.replace('{S}', r'[ ]')}(?:s|es)?\b", re.IGNORECASE)
                found.setdefault(alternative.split("{S}")[0].lower(), []).append((pattern, name))
    return found


_PHRASES = _phrases()


# Where an event word may start: any alternative of a class (or a phrase's first word) opening a
# word, in any case. Only these few places are read, not every word of every sentence.
_EVENT_START = re.compile(opening_words(
    [alternative.split("{S}")[0] for words in EVENT_CLASSES.values() for alternative in _alternatives(words)],
    any_case=True))
_CLASS_OF: dict[str, str] = {}
_CLASS_OF_LIMIT = 1 << 16


def _class_of(word: str) -> str:
    """The first event class whose pattern is the whole ``word``, else ``""``."""
    found = _CLASS_OF.get(word)
    if found is None:
        found = next((name for name, pattern in _CLASS_PATTERNS if pattern.fullmatch(word)), "")
        if len(_CLASS_OF) < _CLASS_OF_LIMIT:
            _CLASS_OF[word] = found
    return found


# Capitalised words that are not names: sentence openers, calendar words, titles.
_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "as", "it", "he", "she", "they", "we", "i", "this",
    "that", "these", "those", "both", "during", "after", "before", "following", "while",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "feb", "jan", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "meanwhile", "however", "overall", "according", "of", "and", "for", "our",
}
_CAPITALISED = re.compile(rf"[A-Z]{OPENS_WORD}[\w'’-]*[A-Za-z]")  # a literal class first: the engine skips ahead


def event_of(sentence: str, offset: int) -> str:
    """The event class whose word stands nearest to ``offset`` in ``sentence``.

    >>> event_of("Xi held talks with Putin on Wednesday.", 27)
    'meeting'
    >>> event_of("The treaty is due to expire on February 5.", 31)
    'expiry'
    """
    best, distance = "", None
    for start, name in _event_words(sentence):
        gap = abs(start - offset)
        if distance is None or gap < distance:
            best, distance = name, gap
    return best


@lru_cache(maxsize=4096)
def _event_words(sentence: str) -> tuple[tuple[int, str], ...]:
    """Every event word of a sentence with its class (cached: several facts share a sentence)."""
    found = []
    skip_to = 0
    for start in _EVENT_START.finditer(sentence):
        if start.start() < skip_to:  # the "call" of "video call"
            continue
        match = _WORD.match(sentence, start.start())
        word = match.group()
        name = _class_of(word)
        if name:
            found.append((match.start(), name))
            continue
        for pattern, name in _PHRASES.get(word.lower(), ()):
            phrase = pattern.match(sentence, match.start())
            if phrase:
                found.append((match.start(), name))
                skip_to = phrase.end()
                break
    return tuple(found)


@lru_cache(maxsize=4096)
def sentence_entities(sentence: str) -> str:
    """The name-like words of a sentence, lower-cased, sorted and space-joined.

    >>> sentence_entities("President Xi Jinping met Vladimir Putin in Beijing on Feb 4.")
    'beijing jinping putin vladimir xi'
    """
    words = set()
    for match in _CAPITALISED.finditer(sentence):
        word = match.group().rstrip("’'s").lower() if match.group().endswith(("’s", "'s")) \
            else match.group().lower()
        if word not in _NOT_NAMES and word not in TITLE_WORDS:
            words.add(word)
    return " ".join(sorted(words))
