"""Attendees: who took part in a meeting, call or other event, as one list per clause.

Reads, within one sentence, the people found by :mod:`.people` around an event phrase:

* presence: "Wang Yi was present at the meeting", "X attended the ceremony", "X took
  part in the talks", "Also present were X and Y", and the passive "The meeting was
  attended by X, Y and Z" (note ``present``);
* a meeting with someone: "X held talks with Y", "X had a virtual meeting with Y",
  "X spoke with Y on the phone", "X met (with) Y", "X's phone call with Y";
* a meeting between people: "a meeting between X and Y", "consultations were held in
  Beijing between X and Y";
* joint subjects: "X and Y held talks", "X and Y met in Paris", "X and Y reaffirmed …
  during a virtual meeting".

Several people joined by "and" or commas are all taken, titles and all ("with Russian
President Vladimir Putin and U.S. President Donald Trump"). When the phrase says the
meetings were "separate" or "back-to-back", each counterpart gets a fact of its own.
The value is the sorted canonical names joined by "; " (so it compares across
documents), the subject the event class of :data:`._events.EVENT_CLASSES`. Pronouns
("He met Putin") are not resolved: a list needs two named people, presence one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from ..schema import Fact
from ._base import DocumentContext, Example
from ._events import event_of
from ._numbers import literal_alternation
from .people import Mention, mentions

KIND = "attendees"

_EV_WORDS = ["talks", "meeting", "meetings", "conversation", "conversations", "call", "calls", "phone call",
             "telephone call", "video call", "videoconference", "videoconferences", "video conference",
             "consultation", "consultations", "discussion", "discussions", "negotiation", "negotiations",
             "summit", "dialogue", "session", "ceremony", "conference", "reception", "banquet", "dinner",
             "parade", "event", "visit"]
_VERBS = ["met", "meet", "meets", "spoke", "speaks", "talked", "conferred"]
_TRIGGER_WORDS = sorted({w for word in [*_EV_WORDS, *_VERBS, "present"] for w in (word, word.capitalize())},
                        key=len, reverse=True)
# The literal words as a trie, scanned only in sentences that name someone; the grammar around
# each hit is then read with small anchored patterns.
_TRIGGERS = re.compile(literal_alternation(_TRIGGER_WORDS))
_TRIGGER = re.compile("(?:" + "|".join(_TRIGGER_WORDS) + r")\b")
_GAP_WORDS = r"(?:[\w-]+\s+){0,3}"
_PRESENT_BEFORE = re.compile(rf"\b(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)\s+(?:at|during|for|in)\s+"
                             rf"(?:the|this|that|a|an|their)\s+{_GAP_WORDS}$", re.IGNORECASE)
_ATTEND_BEFORE = re.compile(rf"\b(?:attended|attends|took\s+part\s+in|participated\s+in)\s+(?:the|a|an|their)\s+"
                            rf"{_GAP_WORDS}$", re.IGNORECASE)
_HELD_BEFORE = re.compile(rf"\b(?:held|holds|hold|had|has|have|having|conducted|conducts)\s+(?:(?:an?|the|their)\s+)?"
                          rf"{_GAP_WORDS}$", re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(rf"(?<=\w)['’]s\s+{_GAP_WORDS}$")
_DURING_BEFORE = re.compile(rf"\b(?:[Dd]uring|[Ii]n|[Aa]t)\s+(?:a|an|the|their)\s+{_GAP_WORDS}$")
# The passive of "attended": "The meeting was attended by X and Y", "the talks, attended by X, …",
# "the dinner was hosted by X and attended by Y",
# "The ceremony in Oslo was also attended by X" (a few words of place or time between).
_ATTENDED_BY_AFTER = re.compile(r"[^.;:!?\n]{0,60}?(?:\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:also\s+)?"
                                r"|,\s*|\band\s+)attended\s+by\s")
_WITH_AFTER = re.compile(r"\s+with\b")
_BETWEEN_AFTER = re.compile(r"[^.;:!?\n]{0,120}?\bbetween\s")
_VERB_AFTER = {"met": re.compile(r"(?:\s+with)?\b"),
               "spoke": re.compile(r"\s+(?:(?:by|on\s+the|over\s+the)\s+(?:tele)?phone\s+|via\s+video\s*link\s+)?"
                                   r"with\b")}
_INVERTED = re.compile(rf"[Pp]resent\s+(?:at\s+the\s+{_GAP_WORDS}?(?:{'|'.join(_EV_WORDS)})\s+)?(?:were|was)\s")
_ALSO_BEFORE = re.compile(r"\b[Aa]lso\s+$")
_TITLE_GAP = r"(?:(?:[A-Z][\w'’.-]*|of|the|for)[^\S\n]*,?[^\S\n]+)*"
_FIRST_GAP = re.compile(rf"\s*{_TITLE_GAP}")
_NEXT_GAP = re.compile(rf"(?:['’]s?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+){_TITLE_GAP}")
_SUBJECT_GAP = re.compile(r"(?:['’]s)?(?:\s*,[^,]{1,80},)?(?:\s+(?:also|then|first|later|jointly|separately|"
                          r"again|today|yesterday|earlier|on\s+\w+day|had|has|have|will|would|to))*\s*")
_MEDIUM = re.compile(r"\s+(?:on|over|by|via)\s+(?:the\s+)?(?:(?:tele)?phone|video\s*link|videoconference)\b")
# Meetings with each counterpart apart: said so, or a plural count noun ("calls with A and B").
_SEPARATE = re.compile(r"separate|back-to-back|same-day|same day|respective|(?:conversation|call|meeting|"
                       r"videoconference)s\b", re.IGNORECASE)


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield one attendees fact per event clause naming its participants."""
    text = context.text
    people = mentions(text, tuple(context.doc.boilerplate))
    seen: set = set()
    for sentence, inside in _sentences_naming(context, people):
        for at, end in _triggers(text, sentence.start, sentence.end):
            if context.skip(at, end):
                continue
            word = text[at:end]
            for start, stop, names, note, event_at in _read(text, sentence.start, word.lower(), at, end, inside):
                value = "; ".join(values := sorted({m.value for m in names}))
                if (sentence.start, value) in seen or start in seen or len(values) < (1 if note == "present" else 2):
                    continue
                seen.update({(sentence.start, value), start})  # one list per clause, one fact per offset
                # The event word itself names the class ("talks", "met"), else the nearest one does.
                event = (event_of(word, 0) or event_of(context.sentence_text(sentence),
                                                       event_at - sentence.start) or "meeting")
                yield context.fact(KIND, start, stop, value, subject=event, event=event, note=note)


def _sentences_naming(context: DocumentContext, people: tuple[Mention, ...]):
    """Each sentence that names someone, with the people it names (events need named people)."""
    index = 0
    while index < len(people):
        sentence = context.sentences.at(people[index].start)
        last = bisect_left(people, sentence.end, index, key=lambda m: m.start)
        yield sentence, people[index:last]
        index = last


def _triggers(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Offsets of the event words and verbs standing as whole words in ``text[start:end]``."""
    for match in _TRIGGERS.finditer(text, start, end):
        at, stop = match.span()
        if not (text[at - 1:at].isalnum() or text[stop:stop + 1].isalnum()):
            yield at, stop


def _read(text: str, floor: int, word: str, at: int, end: int,
          people: list[Mention]) -> list[tuple[int, int, list, str, int]]:
    """``(start, end, participants, note, event offset)`` for the event word or verb ``word``
    (lower case) at ``text[at:end]``."""
    window = max(floor, at - 90)
    if word == "present":
        inverted = _INVERTED.match(text, at)
        also = _ALSO_BEFORE.search(text, max(floor, at - 6), at)
        after = _after(text, inverted.end(), people) if inverted else []
        return [(also.start() if also else at, after[-1].end, after, "present", at)] if after else []
    if word in _VERBS:
        verb_tail = _VERB_AFTER["met" if word.startswith("me") else "spoke"].match(text, end)
        return _with(text, at, verb_tail.end(), people, at) if verb_tail else []
    for pattern in (_PRESENT_BEFORE, _ATTEND_BEFORE):
        clause = pattern.search(text, window, at)
        if clause:
            before = _before(text, clause.start(), people)
            return [(before[0].title_start, end, before, "present", at)] if before else []
    attended_by = _ATTENDED_BY_AFTER.match(text, end)
    if attended_by and not _TRIGGER.search(text, end, attended_by.end()):  # the event word nearest the verb
        after = _after(text, attended_by.end(), people)
        return [(at, after[-1].end, after, "present", at)] if after else []
    with_tail = _WITH_AFTER.match(text, end)
    held = _HELD_BEFORE.search(text, window, at) or (with_tail and _POSSESSIVE_BEFORE.search(text, window, at))
    if held:  # "X held talks with Y", or "X and Y held talks"
        return _with(text, held.start(), with_tail.end() if with_tail else end, people, at)
    between = _BETWEEN_AFTER.match(text, end)
    if between and not _TRIGGER.search(text, end, between.end()):  # the event word nearest "between"
        after = _after(text, between.end(), people)
        return [(at, after[-1].end, after, "between", at)] if after else []
    during = _DURING_BEFORE.search(text, window, at)
    if during:
        before = [m for m in people if m.end <= during.start()]
        joint = _conjoined(text, before[-1:], people)
        return [(joint[0].title_start, end, joint, "during", at)] if len(joint) >= 2 else []
    return []


def _with(text: str, verb: int, tail: int, people: list[Mention], event_at: int) -> list:
    """"X held talks with Y (and Z)": subjects before ``verb``, counterparts after ``tail``."""
    before, after = _before(text, verb, people), _after(text, tail, people)
    note = re.sub(r"^['’]s\s+", "", " ".join(text[verb:tail].split()).lower())
    if len(before) >= 2 and not after:  # "X and Y met in Paris": they met each other
        return [(before[0].title_start, tail, before, note, event_at)]
    if not before or not after:
        return []
    if not _SEPARATE.search(text, verb, tail):
        medium = _MEDIUM.match(text, after[-1].end)
        return [(before[0].title_start, medium.end() if medium else after[-1].end, before + after, note, event_at)]
    # Separate meetings: one fact each, the first spanning the clause, the others their counterpart.
    return [(before[0].title_start if i == 0 else other.title_start, other.end, [*before, other], note, event_at)
            for i, other in enumerate(after)]


def _after(text: str, offset: int, people: list[Mention]) -> list[Mention]:
    """The people listed right after ``offset`` ("Russian President Vladimir Putin and …")."""
    found: list[Mention] = []
    for mention in people:
        if mention.start < offset:
            continue
        gap = _FIRST_GAP if not found else _NEXT_GAP
        if not gap.fullmatch(text, found[-1].end if found else offset, mention.title_start):
            break
        found.append(mention)
    return found


def _before(text: str, offset: int, people: list[Mention]) -> list[Mention]:
    """The people who are the subject of the phrase at ``offset`` ("X and Y held talks")."""
    last = [m for m in people if m.end <= offset]
    if not last or not _SUBJECT_GAP.fullmatch(text, last[-1].end, offset):
        return []
    return _conjoined(text, last[-1:], people)


def _conjoined(text: str, tail: list[Mention], people: list[Mention]) -> list[Mention]:
    """Extend ``tail`` backwards over people joined to it by "and" or commas."""
    if not tail:
        return []
    earlier = [m for m in people if m.end <= tail[0].title_start]
    while earlier and _NEXT_GAP.fullmatch(text, earlier[-1].end, tail[0].title_start):
        tail.insert(0, earlier.pop())
    return tail


EXAMPLES = [
    Example("[Lena Ortiz was present at the meeting].", "Lena Ortiz", subject="meeting", note="present"),
    Example("[Tom Hale and Ana Ruiz were present at the talks].", "Ana Ruiz; Tom Hale", note="present"),
    Example("[Chancellor Ines Berg held talks with Prime Minister Ravi Kapoor] on Monday.",
            "Ines Berg; Ravi Kapoor", subject="meeting"),
    Example("[Omar Haddad had a virtual meeting with Premier Li Wen] in March.", "Li Wen; Omar Haddad"),
    Example("[Mayor Joan Tull spoke with Governor Eli Marsh on the phone].", "Eli Marsh; Joan Tull"),
    Example("It was the [meeting between Sara Lind and Piet Vos] that mattered.", "Piet Vos; Sara Lind",
            note="between"),
    Example("[Consultations were held in Oslo between Deputy Minister Kari Holm and Envoy Jon Berg].",
            "Jon Berg; Kari Holm"),
    Example("[Ana Ruiz met with Foreign Minister Kenji Sato] in Tokyo.", "Ana Ruiz; Kenji Sato"),
    Example("[Ana Ruiz and Kenji Sato signed deals during a state visit].", "Ana Ruiz; Kenji Sato",
            subject="visit"),
    Example("[Marta Kov’s phone call with Ivo Bran] lasted an hour.", "Ivo Bran; Marta Kov"),
    Example("[President Ana Ruiz and Chancellor Ines Berg met] in Paris.", "Ana Ruiz; Ines Berg", note="met"),
    Example("[Also present were Dr Rhea Stone and Ken Obi].", "Ken Obi; Rhea Stone", note="present"),
    Example("The [meeting was attended by Ana Ruiz, Li Wen and Tom Lee].", "Ana Ruiz; Li Wen; Tom Lee",
            subject="meeting", note="present"),
    Example("The [ceremony in Oslo was also attended by Crown Princess Ingrid Alexandra] on Friday.",
            "Ingrid Alexandra", note="present"),
    Example("The [talks, attended by Envoy Kari Holm and Minister Jon Berg], ran late.", "Jon Berg; Kari Holm",
            note="present"),
    Example("The talks were useful, officials said."),
    Example("He held talks with the delegation on Monday."),
    Example("Ana Ruiz praised the meeting, which ran late."),
    Example("The summit in Geneva was attended by hundreds."),
    Example("She met the deadline and spoke with reporters."),
]
