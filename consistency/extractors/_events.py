"""What a date dates: the event word nearest to it, and the names around it.

Two reports date the same event when they name the same kind of event with the
same people or places, which is what alignment compares. The event classes are
generic news vocabulary, not tied to any corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._context import TITLE_WORDS

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
# One pattern with a group per class: a sentence is scanned once, not once per class.
_EVENTS = re.compile("|".join(rf"\b(?P<{name}>(?:{words.replace('{S}', r'[ ]')})(?:s|es)?)\b"
                              for name, words in EVENT_CLASSES.items()), re.IGNORECASE)
# Capitalised words that are not names: sentence openers, calendar words, titles.
_NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "as", "it", "he", "she", "they", "we", "i", "this",
    "that", "these", "those", "both", "during", "after", "before", "following", "while",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "feb", "jan", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "meanwhile", "however", "overall", "according", "of", "and", "for", "our",
}
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*[A-Za-z]")


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
    return tuple((match.start(), match.lastgroup) for match in _EVENTS.finditer(sentence))


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
