"""What a date dates: the event word nearest to it, and the names around it.

Two reports date the same event when they name the same kind of event with the
same people or places, which is what alignment compares. The event classes are
generic news vocabulary, not tied to any corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._context import TITLE_WORDS
from ._numbers import OPENS_WORD, case_forms

EVENT_CLASSES = {
    "meeting": r"met|meets?|meeting|talks|talked|call|called|phone|spoke|speaks?|conversation|"
               r"videoconference|video{S}call|summit|consultations?|negotiations?|dialogue|"
               r"discussions?|interview",
    "expiry": r"expires?|expired|expiry|expiration|lapses?|lapsed",
    "visit": r"visit|visits|visited|trip|tour|travel(?:led|ed)?",
    "commemoration": r"anniversary|commemorat\w+|celebrat\w+|parade|memorial|festival",
    # An agreement, however it is named: signed, agreed, or the deal agreed on ("Corbel agreed on
    # Tuesday to buy Larkspur", "the largest takeover this year", "the acquisition closed").
    "signing": r"signed|signing|sign|agreement|treaty|accord|deal|agreed|agrees|acquisition|acquire|acquired|"
               r"acquires|acquiring|takeover|buyout|merger",
    "publication": r"published|released|issued|announced|posted",
    # A court's steps, each its own event: a suspect is arrested, indicted, convicted and sentenced
    # on different days ("convicted in February, sentenced on Thursday"). Only words of no other
    # sense: no "arrest" (a cardiac arrest), "charged" (a charged speech, fees charged), "verdict"
    # (the voters' verdict) or "conviction" (spoke with conviction).
    "sentencing": r"sentenced|sentencing|jailed|imprisoned",
    "verdict": r"convicted|acquitted|acquittal|guilty",
    "arrest": r"arrested",
    "indictment": r"indicted|indictment",
    "election": r"elections?|elected|vote|voted|ballot",
    "start": r"began|begins?|start(?:ed|s)?|launch(?:ed|es)?|opened|opens",
    "incident": r"earthquake|quake|tremor|storm|hurricane|typhoon|cyclone|tornado|flood|flooding|flooded|"
                r"wildfire|fire|blaze|explosion|exploded|blast|attack|attacked|bombing|shooting|crash|crashed|"
                r"collision|collided|derailment|derailed|eruption|erupted|landslide|avalanche",
    # What a body decides ("the central bank raised its rate", "the court ruled"): named by the
    # verb alone, so it dates the event only where the sentence names no event above.
    "decision": r"decided|decides|decision|ruled|ruling|raised|raises|hiked|hikes|lifted|lifts|cut|cuts|"
                r"lowered|lowers|reduced|reduces",
}
#: Classes read only where a sentence holds no word of the others: a verb of decision is weaker
#: evidence of what a date dates than a word that names an event ("at the meeting, it cut …").
FALLBACK_CLASSES = frozenset({"decision"})
#: Events of a court case, which date a step but are no subject of a length: a trial that lasted
#: three weeks, the 14 days to appeal and a prison term are told in the same sentences.
_COURT_CLASSES = frozenset({"sentencing", "verdict", "arrest", "indictment"})
#: How far (in characters) a word of these classes may stand from what it dates: their words are
#: often figures of speech ("through winds and storms", "an attack on free speech"), which only
#: nearness ("the quake struck on Tuesday") tells from the event itself.
REACH = {"incident": 80}
# Each class as one pattern for a whole word; a sentence is read word by word and each distinct
# word classified once (a dictionary lookup afterwards), which is much faster than scanning every
# sentence with a case-insensitive alternation of all the classes.
_CLASS_PATTERNS = [(name, re.compile(rf"(?:{words.replace('{S}', r'[ ]')})(?:s|es)?", re.IGNORECASE))
                   for name, words in EVENT_CLASSES.items()]


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


def _event_start() -> re.Pattern:
    """An event word with the character before it: any alternative of a class (or a phrase's
    first word) opening a word, in any case, with the rest of its word (every alternative opens
    with letters, so the match is the character before and the whole word).

    The pattern opens with the character before the word, so the engine skips ahead to the few
    places where a word can start and, there, picks the alternatives by the word's first
    letter. (Opening with the letters, the engine would try the pattern at every letter of the
    text.) The text scanned must open with a space, so that its first word is preceded too."""
    rests: dict[str, list[str]] = {}
    for words in EVENT_CLASSES.values():
        for alternative in _alternatives(words):
            first_word = alternative.split("{S}")[0]
            # What the pattern rests on; a class word opening with a sign or digit would break it.
            if not first_word[:1].isalpha():
                raise ValueError(f"an event word must open with a letter: {first_word!r}")
            rests.setdefault(first_word[0].lower(), []).append(first_word[1:])
    # Each first letter in every case ``(?i:letter)`` matches ("s", "S", "ſ").
    branches = "|".join(f"[{case_forms(letter)}](?i:{'|'.join(rest)})" for letter, rest in rests.items())
    return re.compile(rf"\W(?:{branches})\w*")


_EVENT_START = _event_start()
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
    "today", "yesterday", "tomorrow", "tonight",
}
_CAPITALISED = re.compile(rf"[A-Z]{OPENS_WORD}[\w'’-]*[A-Za-z]")  # a literal class first: the engine skips ahead


def event_of(sentence: str, offset: int) -> str:
    """The event class whose word stands nearest to ``offset`` in ``sentence``.

    >>> event_of("Xi held talks with Putin on Wednesday.", 27)
    'meeting'
    >>> event_of("The treaty is due to expire on February 5.", 31)
    'expiry'
    >>> event_of("On Monday the bank cut its rate.", 3), event_of("At Monday's meeting the bank cut rates.", 3)
    ('decision', 'meeting')
    >>> far = "On Tuesday" + " we hoped for better" * 6 + " and storms."
    >>> event_of("The quake struck on Tuesday.", 19), event_of(far, 3)
    ('incident', '')
    """
    words = [(start, name) for start, name in _announced_agreements(_event_words(sentence))
             if not (name == "signing" and _OPINION.match(sentence, start))
             and (name not in REACH or abs(start - offset) <= REACH[name])
             and (name not in _READ_CLOSELY or _dates_this(sentence, start, name, offset))]
    named = [(start, name) for start, name in words if name not in FALLBACK_CLASSES]
    best, distance = "", None
    for start, name in named or words:
        gap = abs(start - offset)
        if distance is None or gap < distance:
            best, distance = name, gap
    return best


#: "Agreed" with a clause after it is an opinion shared, no agreement made ("analysts agreed on
#: Monday that prices would rise"; not "agreed on Tuesday to buy Larkspur"): "that" comes before
#: any "to" within a bounded window.
_OPINION = re.compile(r"(?i:agreed|agrees)\b(?:(?!\bto\b)[^.;]){0,40}?\bthat\b")
#: How far (in characters) an agreement's word may stand before a word of publication ("the deal
#: was announced") or after it ("announced a definitive agreement to acquire …") for the
#: announcement to be the agreement's.
_ANNOUNCED_REACH = (20, 50)


def _announced_agreements(words: tuple[tuple[int, str], ...]) -> list[tuple[int, str]]:
    """The event ``words`` of a sentence, an announcement of an agreement read as the agreement:
    a company's deal is dated by the day it is announced ("The deal was announced on Tuesday",
    "Corbel today announced that it has entered into a definitive agreement")."""
    agreements = [start for start, name in words if name == "signing"]
    if not agreements:
        return list(words)
    before, after = _ANNOUNCED_REACH
    return [(start, "signing" if name == "publication" and any(-before <= other - start <= after
                                                                 for other in agreements) else name)
            for start, name in words]


#: Classes whose words are read closely (:func:`_dates_this`): an incident or a decision is often
#: named in a sentence whose date dates something else ("the toll from the quake rose on Thursday").
_READ_CLOSELY = frozenset({"incident", "decision"})
# Before a date: what makes it date the saying ("the airline said on Wednesday"), a limit ("by
# Sunday", "until 2030") or the start of a span ("since 2022"), never the event itself.
_SAID_BEFORE = re.compile(r"\b(?:said|says|told(?:\s+(?!to\b)[a-z]+){1,2}?|added|announced|stated|confirmed|warned|"
                          r"wrote|reported)(?:\s+in\s+a\s+(?:statement|post|briefing|interview))?"
                          r"\s+(?:(?:early|late)\s+)?(?:on\s+)?$", re.IGNORECASE)
_LIMIT_BEFORE = re.compile(r"\b(?i:by|until|till)\s+(?i:(?:early|late)\s+)?(?:[A-Z][a-z]+\s+)?$")  # "by Sunday morning"
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# Around an incident's word: a figure of speech ("a storm of criticism", "a flood of complaints"), a
# possessive naming something else ("the quake's death toll"), a phrase setting the incident as a
# backdrop ("the toll from the quake", "after the floods", "through winds and storms").
_FIGURATIVE_AFTER = re.compile(r"[\w-]*\s+of\s+(?!(?:the|a|an|this|that|last|\d)\b)[a-z]")
_POSSESSIVE_AFTER = re.compile(r"[\w-]*['’]s\s")
_BACKDROP_BEFORE = re.compile(r"\b(?:after|since|following|from|of|through|amid|before)\s+(?:[\w'’-]+\s+){0,3}$",
                              re.IGNORECASE)
# A date bound to the incident's word: its possessive ("Tuesday's crash", "yesterday's deadly
# quake") or right after it ("the crash on Tuesday", "the attack on the 12th", "the floods of 2023").
_DATE_BEFORE_WORD = re.compile(r"(?:[\w-]+\s+){0,2}[\w-]+['’]s\s+(?:[\w-]+\s+){0,2}")
_DATE_AFTER_WORD = re.compile(r"[\w-]*\s+(?:(?:early|late)\s+)?(?:on|at|in|of)?\s*(?:the\s+)?")
# A verb of decision in a phrase that means something else: "the rocket lifted off", "cut off".
_PARTICLE_AFTER = re.compile(r"[\w-]*\s+off\b", re.IGNORECASE)
# A decision not (yet) taken: a forecast or a plan ("the bank would probably cut rates in May",
# "is expected to raise rates", "plans to cut").
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|should|shall|to)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_PREPOSITION_OPENING = re.compile(r"(?:by|until|till|since|in|on|at)\s+", re.IGNORECASE)
#: How far (in characters) the checks around a word or a date look: a bounded window.
_WINDOW = 48


def _dates_this(sentence: str, start: int, name: str, offset: int) -> bool:
    """Whether the event word of class ``name`` at ``start`` is what the date at ``offset`` dates.

    A date after a verb of saying dates the saying; one after "by" or "until" is a limit; and an
    incident named as a backdrop or a figure of speech dates only a date bound to its word.
    """
    opening = _PREPOSITION_OPENING.match(sentence, offset)  # a date read with its preposition ("by 2030")
    offset = opening.end() if opening else offset
    before_date = sentence[max(0, offset - _WINDOW):offset]
    after_word = sentence[start:start + _WINDOW]
    if _LIMIT_BEFORE.search(before_date):
        return False
    if name == "decision":
        return not (_SINCE_BEFORE.search(before_date) or _PARTICLE_AFTER.match(after_word)
                    or _MODAL_BEFORE.search(sentence, max(0, start - _WINDOW), start))
    if _SAID_BEFORE.search(before_date):
        return False
    if _FIGURATIVE_AFTER.match(after_word) or _POSSESSIVE_AFTER.match(after_word):
        return False
    if not _BACKDROP_BEFORE.search(sentence[max(0, start - _WINDOW):start]):
        return True
    if offset < start:
        return bool(_DATE_BEFORE_WORD.fullmatch(sentence[offset:start]))
    return bool(_DATE_AFTER_WORD.fullmatch(sentence, start, offset))


def subject_event(event: str) -> str:
    """``event`` as the subject of a length or a span of years that names none: an event a word
    names ("the talks lasted two hours": meeting), never a decision known only by its verb ("the
    bank cut rates for the first time in two years" says nothing of what the two years measure).

    >>> subject_event("meeting"), subject_event("decision"), subject_event("sentencing")
    ('meeting', '', '')
    """
    return "" if event in FALLBACK_CLASSES or event in _COURT_CLASSES else event


@lru_cache(maxsize=4096)
def _event_words(sentence: str) -> tuple[tuple[int, str], ...]:
    """Every event word of a sentence with its class (cached: several facts share a sentence)."""
    found = []
    skip_to = 0
    for match in _EVENT_START.finditer(" " + sentence):  # a match's start is its word's in ``sentence``
        start, word = match.start(), match.group()[1:]
        if start < skip_to:  # the "call" of "video call"
            continue
        name = _class_of(word)
        if name:
            found.append((start, name))
            continue
        for pattern, name in _PHRASES.get(word.lower(), ()):
            phrase = pattern.match(sentence, start)
            if phrase:
                found.append((start, name))
                skip_to = phrase.end()
                break
    return tuple(found)


@lru_cache(maxsize=4096)
def sentence_entities(sentence: str) -> str:
    """The name-like words of a sentence, lower-cased, sorted and space-joined.

    >>> sentence_entities("President Xi Jinping met Vladimir Putin in Beijing on Feb 4.")
    'beijing jinping putin vladimir xi'
    """
    words = {(word.rstrip("’'s") if word.endswith(("’s", "'s")) else word).lower()
             for word in set(_CAPITALISED.findall(sentence))}  # each distinct word once
    return " ".join(sorted(words - _NOT_NAMES - TITLE_WORDS))
