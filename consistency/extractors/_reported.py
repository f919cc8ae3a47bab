"""Reported speech: "Xi said that …", "Putin noted: …", "Wang said the two countries should …",
"…, Xi said.", "…, said Smith.", "…, and noted that …", "…, saying that …".

Each speech verb is read outward to its sentence: the speaker is the subject before the verb
(or the sentence's subject for "and noted"/"saying", or the name after "said"), and the
reported clause runs from the verb (or "that") to the sentence end, or, for "…, Xi said.",
from the sentence start to the comma. Inside a direct quote the clause stops at the closing
mark. Everything is read within one sentence, so readings are cached by sentence text:
wire copy and reprinted readouts repeat sentences across a corpus.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ._base import DocumentContext
from ._context import SPEECH_VERBS
from ._numbers import literal_alternation
from ._quote_marks import ADVERB, CLOSING, LEAD_NAME, LEADING, NAME, OPENERS, SAID, WHO, Quote, S, canonical_speaker

_ING = ["saying", "noting", "adding", "stressing", "stating", "emphasising", "emphasizing", "underlining", "insisting",
        "warning"]
_VERB = re.compile(rf"\b(?:{SPEECH_VERBS}|(?P<ing>{'|'.join(_ING)}))\b")
_HEAD = re.compile(r"(?:[a-z]|\[[a-z]+\])+")


def _first_words(alternation: str) -> set[str]:
    """The first word of each alternative of a verb alternation, letter classes expanded.

    >>> sorted(_first_words(r"(?:said|emphasi[sz]ed|pointed[ ]+out)"))
    ['emphasised', 'emphasized', 'pointed', 'said']
    """
    words = set()
    for alternative in alternation.removeprefix("(?:").removesuffix(")").split("|"):
        forms = [""]
        for choice, letter in re.findall(r"\[([a-z]+)\]|([a-z])", _HEAD.match(alternative).group()):
            forms = [form + char for form in forms for char in (choice or letter)]
        words.update(forms)
    return words


# Every speech verb starts with one of these words ("pointed" of "pointed out"): a trie finds
# them several times faster than the verb pattern itself.
_VERB_WORDS = re.compile(literal_alternation(_first_words(SPEECH_VERBS) | set(_ING)))
_SUBJECT_END = re.compile(rf"{WHO}{ADVERB}{S}+$")
_MID = (rf"(?:,{S}*among{S}+other{S}+things,?|{S}+[a-z]+ly|{S}+(?:on|in|at|during|after|before|via|while)\b"
        rf"[^,.;:\n“”\"]{{1,40}}?,?|{S}+(?:reporters|journalists|him|her|them|us|{NAME}))")
_THAT = re.compile(rf"(?:{_MID}){{0,2}}(?:{S}+that\b{S}*:?|{S}*:)")
_BARE_VERBS = {"said", "says", "say", "saying", "added", "adds", "argued", "insisted", "warned"}
_NOT_CLAUSE = {"on", "in", "at", "during", "after", "before", "with", "to", "for", "by", "of", "from",
               "about", "and", "or", "but", "nothing", "so", "goodbye", "hello", "yes", "no", "it."}
_TAIL = re.compile(rf"(?:{S}+(?:on|in|at|during|after|before|via)\b[^,.;:\n]{{0,40}}?)?{S}*(?:[.!?]|,|$)")
_NAME_TAIL = re.compile(rf"{S}+(?P<name>{NAME}){S}*(?:[.!?]|$)")
_COORDINATED = re.compile(rf"\band{S}+(?:also{S}+)?$")
_COMMA_END = re.compile(rf",{S}*$")
_COMMA_OR_AND_END = re.compile(rf"(?:,|\band){S}*$")
_UNQUOTED_COMMA_END = re.compile(rf"(?<![{CLOSING}]),{S}*$")

#: A reading: clause start and end, speaker, where the attribution stands (all offsets in the
#: sentence), and whether the verb stands inside a direct quote.
Reading = tuple[int, int, str, int, bool]


def reported(context: DocumentContext, spans: list[tuple[int, int]]) -> list[Quote]:
    """Reported-speech clauses of the document; ``spans`` are its direct quotes, sorted."""
    text = context.text
    starts = [start for start, _ in spans]
    found: list[Quote] = []
    for sentence in context.sentences.items:
        first, last = sentence.start, sentence.end
        # The direct quotes over this sentence, as offsets in it (clipped: only order matters).
        index = bisect_left(starts, last)
        near = []
        while index > 0 and spans[index - 1][1] > first:
            index -= 1
            near.append((max(spans[index][0] - first, -1), min(spans[index][1] - first, last - first + 1)))
        for start, end, speaker, at, inside in _readings(text[first:last], tuple(reversed(near))):
            found.append(Quote(first + start, first + end, speaker, first + at, "reported", inside=inside))
    return found


@lru_cache(maxsize=8192)
def _readings(sentence: str, spans: tuple[tuple[int, int], ...]) -> tuple[Reading, ...]:
    """Reported-speech clauses of one sentence, found from each speech verb outward."""
    found: list[Reading] = []
    covered = -1
    for word in _VERB_WORDS.finditer(sentence):
        if word.start() < covered or (word.start() and sentence[word.start() - 1].isalnum()):
            continue
        verb = _VERB.match(sentence, word.start())
        if verb is None:
            continue
        before = sentence[max(0, verb.start() - 200):verb.start()]
        index = bisect_right(spans, (verb.start(), len(sentence) + 2)) - 1
        inside = index >= 0 and spans[index][1] > verb.start()
        limit = min(len(sentence), spans[index][1]) if inside else len(sentence)
        speaker, at, subject = _speaker_of_verb(sentence, before, verb)
        if at < 0:
            continue
        that = _THAT.match(sentence, verb.end(), limit)
        if that:
            start = that.end()
        elif verb.group() not in _BARE_VERBS:
            continue
        elif not verb.group("ing") and _COMMA_END.search(before[:subject]) and (
                _TAIL.match(sentence, verb.end(), limit) or subject == len(before)):
            # "…, Xi said." or "…, said Xi.": the reported clause comes first.
            comma = verb.start() - len(before) + len(before[:subject].rstrip()) - 1
            if comma > 0 and len(sentence[:comma].split()) >= 4 and (
                    sentence[0] not in OPENERS) and sentence[comma - 1] not in CLOSING:
                found.append(_clause(sentence, 0, comma, speaker, at, inside))
            continue
        else:
            start = verb.end()
        while start < limit and sentence[start].isspace():
            start += 1
        words = sentence[start:limit].split()
        if len(words) < 3 or not sentence[start].isalnum() or (not that and words[0].lower() in _NOT_CLAUSE):
            continue
        found.append(_clause(sentence, start, limit, speaker, at, inside))
        covered = limit
    return tuple(found)


def _speaker_of_verb(sentence: str, before: str, verb: re.Match) -> tuple[str, int, int]:
    """Who speaks the verb, where that attribution stands (-1: nobody), and where in ``before``
    its subject starts: the subject before the verb ("The President" names nobody but is one);
    the sentence's subject for "…, and noted that" and "…, saying that"; or the name after it
    in "…, said Smith."."""
    base = verb.start() - len(before)
    if verb.group("ing") or _COORDINATED.search(before):
        saids = list(SAID.finditer(sentence, 0, verb.start()))
        lead = LEAD_NAME.match(sentence)
        name, at = ((saids[-1].group("name"), saids[-1].start()) if saids else
                    (lead.group("name"), 0) if lead else ("", -1))
        if not _COMMA_OR_AND_END.search(before) or not canonical_speaker(name):
            return "", -1, 0
        return canonical_speaker(name), at, len(before)
    subject = _SUBJECT_END.search(before)
    if subject and not all(w.lower() in LEADING for w in subject.group("name").split()):
        return canonical_speaker(subject.group("name")), base + subject.start(), subject.start()
    after = _NAME_TAIL.match(sentence, verb.end())
    if after and _UNQUOTED_COMMA_END.search(before) and canonical_speaker(after.group("name")):
        return canonical_speaker(after.group("name")), verb.end(), len(before)
    return "", -1, 0


def _clause(sentence: str, start: int, end: int, speaker: str, at: int, inside: bool) -> Reading:
    while end > start and (sentence[end - 1].isspace() or sentence[end - 1] in ".!?…,;:"):
        end -= 1
    return start, end, speaker, at, inside
