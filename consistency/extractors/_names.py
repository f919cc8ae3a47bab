"""Personal names: which capitalised words are name-like, canonical forms, in-document resolution.

Shared by the ``person`` and ``attendees`` extractors. A name is read as a run of
capitalised tokens (see :mod:`._capitals`); the vocabularies in :mod:`._name_lists` tell
which of those tokens are titles ("President", "Aide"), which are ordinary words a
sentence or headline capitalises ("The", "Looking", "Holds") and which head the name of
a thing rather than a person ("Festival", "War", "Hall"). General English, not tied to a
corpus.

Canonical names are resolved **within one document**: a short mention ("Xi",
"President Putin") takes the longest full form of the same document that holds
its tokens in order ("Xi Jinping"); several different full forms ("Wang Yi",
"Wang Yiwei") are told apart by the nearest full mention before it. Matching
names across documents is left to the corpus-wide pass.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import repeat

from ..gazetteer import DEMONYMS, canonical_place, is_place
from ._name_lists import NOT_NAMES, THING_HEADS, TITLE_TOKENS
from ._org_aliases import HEAD_WORDS

_POSSESSIVE = re.compile(r"['’]s?$")
_INITIAL = re.compile(r"^[A-Z]\.$")


def bare(token: str) -> str:
    """A token without parentheses, possessive ending or trailing full stop.

    >>> bare("(Sergei)"), bare("Xi’s"), bare("Putin.")
    ('Sergei', 'Xi', 'Putin')
    """
    token = token.strip("()")
    token = _POSSESSIVE.sub("", token) if len(token) > 2 else token
    return token[:-1] if token.endswith(".") and not _INITIAL.match(token) and "." not in token[:-1] else token


def canonical_name(tokens: list[str]) -> str:
    """A name as a string of bare tokens with middle initials dropped.

    >>> canonical_name(["Donald", "J.", "Trump"]), canonical_name(["(Sergei)", "Shoigu’s"])
    ('Donald Trump', 'Sergei Shoigu')
    """
    words = [bare(t) for t in tokens]
    kept = [w for i, w in enumerate(words)
            if not (_INITIAL.match(w) and 0 < i < len(words) - 1 and not _INITIAL.match(words[0]))]
    return " ".join(kept)


def _within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """True when the words of ``short`` occur in ``long`` in the same order."""
    words = iter(long)
    return all(word in words for word in short)


def resolve(mentions: list[tuple[int, str]]) -> list[str]:
    """Canonical names of ``(offset, name)`` mentions of one document, in input order.

    A name resolves to the longest full form (two or more words) of the document holding
    its words in order; between several unrelated full forms the nearest one mentioned
    before it wins, else the nearest after it.

    >>> resolve([(0, "Wang Yi"), (10, "Wang Yiwei"), (20, "Wang"), (30, "Xi"), (40, "Xi Jinping")])
    ['Wang Yi', 'Wang Yiwei', 'Wang Yiwei', 'Xi Jinping', 'Xi Jinping']
    """
    where: dict[tuple[str, ...], list[int]] = {}  # each full form → offsets where it is written
    for offset, name in mentions:
        if len(name.split()) >= 2:
            where.setdefault(tuple(name.split()), []).append(offset)
    maximal_for: dict[str, list[tuple[str, ...]]] = {}
    result = []
    for offset, name in mentions:
        if name not in maximal_for:
            words = tuple(name.split())
            candidates = [form for form in where if _within(words, form)]
            maximal_for[name] = [form for form in candidates
                                 if not any(other != form and _within(form, other) for other in candidates)]
        maximal = maximal_for[name]
        if len(maximal) <= 1:
            result.append(" ".join(maximal[0]) if maximal else name)
            continue
        # Several full forms: the one written last before this mention, else the next one after.
        before = [(where[f][bisect_right(where[f], offset) - 1], f) for f in maximal
                  if bisect_right(where[f], offset)]
        after = [(where[f][bisect_right(where[f], offset)], f) for f in maximal
                 if bisect_right(where[f], offset) < len(where[f])]
        result.append(" ".join(max(before)[1] if before else min(after)[1]))
    return result


# --- name-like words -----------------------------------------------------------------------

_PUNCTUATION = "\"'“”‘’()[]{}«».,;:!?…–—-*_/\\"


class LowerWords:
    """The words written in lower case somewhere in a text (evidence that they are common words),
    as a container: ``"meeting" in LowerWords(text)``.

    A word is in when a white-space-delimited token of the text is the word itself, or the word
    with a possessive ending, once punctuation around it is stripped. The text's distinct tokens
    are stripped once (C loops over one split of the text), so each word asked about is a set
    lookup: the cost grows with the text, not with the text times the words asked about.

    >>> words = LowerWords("The meeting’s end (as planned), a taxi. Xi met.")
    >>> "meeting" in words, "planned" in words, "xi" in words, "the" in words
    (True, True, False, False)
    """

    def __init__(self, text: str):
        self.text = text
        self._stripped: set[str] | None = None  # built on the first question

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word[:1].islower() or word[0] in _PUNCTUATION \
                or word[-1] in _PUNCTUATION:
            return False  # a stripped token neither starts nor ends with punctuation
        if self._stripped is None:
            self._stripped = set(map(str.strip, set(self.text.split()), repeat(_PUNCTUATION)))
        stripped = self._stripped
        return word in stripped or word + "'s" in stripped or word + "’s" in stripped


def classify(raw: str, lower_words) -> str:
    """N(ame), I(nitial), T(itle), P(lace), A(cronym), O(rganisation head), H(ead of a thing), C(ommon)."""
    kind, low = _word_class(raw)
    return ("C" if low in lower_words else "N") if kind == "?" else kind


def lowered(raw: str) -> str:
    """A token as a lower-case word: bare, without full stops at either end ("President." →
    "president"); cached with the token's class."""
    return _word_class(raw)[1]


@lru_cache(maxsize=1 << 15)
def _word_class(raw: str) -> tuple[str, str]:
    """The class of a token as far as it holds in any document, and its lower-case form; "?" when
    the document decides (a word it also writes in lower case is common). Cached across documents:
    the same capitalised words recur."""
    word = bare(raw)
    low = word.lower().strip(".")
    if _INITIAL.match(word):
        return "I", low
    if low in TITLE_TOKENS:
        return "T", low
    if len(word) >= 2 and word.replace(".", "").isupper():
        return "A", low
    parts = [part for part in word.split("-") if part]
    if any(is_place(part) or part in DEMONYMS or canonical_place(part) for part in parts):
        return "P", low
    if word in HEAD_WORDS:
        return "O", low
    if low in THING_HEADS:
        return "H", low
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    if low in NOT_NAMES or not word[:1].isupper() or not letters.isalpha():
        return "C", low
    return "?", low
