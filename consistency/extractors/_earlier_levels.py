"""Earlier levels: the figure a change started from, or the figure a result is compared with.

"Revenue was $5 billion, up from $4 billion" states two levels of one thing: the revenue now and the
revenue before. Both measure revenue, but only the first is the revenue the report states; set in one
slot, the earlier figure would meet another report's current figure ("$4.1 billion") and hide a real
divergence, or be set against it. So the earlier figure takes the subject of the figure it is
compared with and the note ``level:before``, and alignment gives it a slot of its own.

Read as earlier levels (the figure right after the words):

* "…, up from", "…, down from", "…, compared with", "…, versus";
* "rose to $5 billion from", "fell 4% to 2.9% from": a level reached, then where it came from;
* "rose from", "fell from", "raised its rate from": the start of a move ("from 5% to 7%").

>>> _earlier("Revenue was $5bn, up from ")
True
>>> _earlier("Inflation eased to 2.9% from "), _earlier("Inflation rose from ")
(True, True)
>>> _earlier("Inflation slowed to 3.1% in January from "), _earlier("Sales rose to 5% in March 2025 from ")
(True, True)
>>> _earlier("The army sent 5,000 troops from "), _earlier("Sales rose 5% to ")
(False, False)
>>> _earlier("Net income rose to $612mn, or $1.48 a share, from ")
True
"""

from __future__ import annotations

import re

from ..align import EARLIER_LEVEL
from ..schema import Fact
from ..text import SPACE
from ._calendar import MONTHS
from ._numbers import FALL_WORDS, OBJECT_VERBS, RISE_WORDS

_KINDS = frozenset({"money", "percent", "measure", "count"})
_S = SPACE
_MONTHS = "|".join(name.capitalize() for name in MONTHS)
_MOVE_VERBS = rf"{RISE_WORDS}|{FALL_WORDS}|{OBJECT_VERBS}|moved|went|doubled|tripled|trebled|quadrupled|halved"
_EARLIER = re.compile(
    rf"(?:,{_S}*(?:(?:up|down){_S}+from|compared{_S}+(?:with|to)|versus|vs\.?)"
    rf"|\b(?:up|down){_S}+from"
    # A level reached, then where it came from: "rose to $5bn from", "eased to 2.9 percent from".
    # A period may stand between: "slowed to 3.1% in January from"; or the level per share: "rose
    # to $612mn, or $1.48 a share, from".
    rf"|\bto{_S}+[^\s\d]{{0,4}}\d[\d.,]*[A-Za-z%]{{0,8}}(?:{_S}+(?:million|billion|trillion|percent|per{_S}+cent))?"
    rf"(?:,{_S}+or{_S}+[^,;]{{1,30}},)?"
    rf"(?:{_S}+(?:in|for|during|over|the|last|this|a|year|month|quarter|week|{_MONTHS}|\d{{4}})){{0,4}}"
    rf"{_S}+from"
    # The start of a move, the verb's object between: "rose from", "raised its key rate from".
    rf"|\b(?i:{_MOVE_VERBS})(?:{_S}+[a-z][\w’'-]*){{0,3}}?{_S}+from)"
    rf"{_S}*$")
_REACH = 80


def _earlier(before: str) -> bool:
    return _EARLIER.search(before[-_REACH:]) is not None


def mark_earlier_levels(facts: list[Fact], text: str) -> None:
    """Mark each quantity of ``facts`` (sorted by offset) that is an earlier level: note
    ``level:before``, and the subject of the figure of its kind before it in the sentence when it
    has none of its own."""
    previous: dict[str, Fact] = {}  # by kind: the last figure of the sentence
    sentence = -1
    for fact in facts:
        if fact.kind not in _KINDS:
            continue
        if fact.sentence_start != sentence:
            previous, sentence = {}, fact.sentence_start
        # A change ("down 2% from") and a range ("from 50 to 80%") are no earlier level.
        if not fact.note and fact.qualifier != "range" and \
                _earlier(text[max(fact.sentence_start, fact.start - _REACH):fact.start]):
            fact.note = EARLIER_LEVEL
            earlier = previous.get(fact.kind)
            if not fact.subject and earlier is not None:
                fact.subject = earlier.subject
        previous[fact.kind] = fact
