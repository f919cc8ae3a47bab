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
from ._name_lists import ALWAYS_CAPITALISED, CHIEF_ROLES, NOT_NAMES, PARTICLES, THING_HEADS, TITLE_TOKENS
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


def words_within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
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
            candidates = [form for form in where if words_within(words, form)]
            maximal_for[name] = [form for form in candidates
                                 if not any(other != form and words_within(form, other) for other in candidates)]
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


@lru_cache(maxsize=64)
def lower_words_of(text: str) -> LowerWords:
    """The :class:`LowerWords` of ``text``, shared by the readers of one document."""
    return LowerWords(text)


# --- Title Case lines ----------------------------------------------------------------------

#: The longest line read as a headline or subhead; a longer line is prose.
HEADLINE_LENGTH = 200
#: Capitalised words that prose writes in lower case: function words, headline verbs, generic nouns.
_PROSE_LOWER = frozenset(NOT_NAMES - ALWAYS_CAPITALISED)
_INFLECTIONS = ("ing", "ed", "es", "s", "d")
#: Words a Title Case line may leave in lower case: short function words ("U.S. at Odds with
#: China") and the particles of names ("von der Leyen").
_TITLE_CASE_MINOR = frozenset({"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "in", "on",
                               "at", "to", "by", "up", "as", "vs", "via", "per", "with", "from", "into", "onto",
                               "over", "amid", "than", "v"}) | frozenset(PARTICLES)
# A word opening in lower case that is none of those (a word starts after no letter, digit,
# apostrophe, full stop or hyphen: "U.S.-led" and "rki.news" hold one word each).
_MINOR_WORDS = "|".join(sorted(_TITLE_CASE_MINOR))
_PROSE_WORD = re.compile(rf"(?<![\w'’.-])(?!(?:{_MINOR_WORDS})(?![\w'’-]))[a-z]")


@lru_cache(maxsize=64)
def title_case_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of each line of ``text`` written in Title Case, as headlines and
    subheads are ("Storm Batters Coastal Towns As Leaders Meet In Geneva"). Such a line capitalises
    its common words too, so a capital there is no evidence of a name.

    A line is Title Case when it is short (at most :data:`HEADLINE_LENGTH` characters) and not a
    sentence closed by a full stop, has three words or more, every word but the short function
    words and the particles of names ("at", "with", "von") is capitalised, and a capitalised word
    after the first is a word that prose
    writes in lower case: a function word or headline verb ("In", "As", "Hold", "Signs"), or a
    word the document itself writes in lower case, in any inflection ("Floods" beside
    "flooding"). A byline ("By Jane Roe"), a caption of names and titles ("Prime Minister Keir
    Starmer") or a dateline holds no such word after its first.

    >>> text = "Storm Batters Coastal Towns As Leaders Meet In Geneva\\nBy Jane Roe\\nThe storm hit."
    >>> [text[s:e] for s, e in title_case_lines(text)]
    ['Storm Batters Coastal Towns As Leaders Meet In Geneva']
    """
    found = []
    start = 0
    for line in text.split("\n"):  # a C split: only the short lines are read word by word
        if 5 <= len(line) <= HEADLINE_LENGTH and _is_title_case(line, text):  # three words need five characters
            found.append((start, start + len(line)))
        start += len(line) + 1
    return tuple(found)


def _is_title_case(line: str, text: str) -> bool:
    """The test of :func:`title_case_lines` for one short line of ``text``."""
    line = line.rstrip()
    if line.endswith((".", "!", "?", "…")) or _PROSE_WORD.search(line):
        return False  # a sentence, however many capitals it holds; a word in lower case (one C scan)
    words = [word.strip(_PUNCTUATION) for word in line.split()]
    if len(words) < 3 or any(word[:1].islower() and word not in _TITLE_CASE_MINOR for word in words):
        return False
    lower_words = lower_words_of(text)
    return any(word[:1].isupper() and _lower_in_prose(word, lower_words) for word in words[1:])


def _lower_in_prose(word: str, lower_words) -> bool:
    """True for a capitalised word that prose writes in lower case: one of :data:`_PROSE_LOWER`
    or a word ``lower_words`` holds in some inflection ("Floods": "flood", "flooded", "flooding");
    never a title or a place, which prose capitalises before a name."""
    kind, low = _word_class(word)
    if kind in "TPAI" or not low.isalpha():
        return False
    if low in _PROSE_LOWER:
        return True
    stems = {low, *(low[:-len(end)] for end in _INFLECTIONS if low.endswith(end) and len(low) - len(end) >= 3)}
    return any(form in lower_words for stem in stems for form in (stem, *(stem + end for end in _INFLECTIONS)))


def classify(raw: str, lower_words) -> str:
    """N(ame), I(nitial), T(itle), P(lace), A(cronym), O(rganisation head), H(ead of a thing), C(ommon)."""
    kind, low = _word_class(raw)
    return ("C" if low in lower_words else "N") if kind == "?" else kind


def chief_title_end(words: list[str], index: int) -> int:
    """Where the title that "Chief" (``words[index]``) opens ends: past the first noun of an
    office (:data:`._name_lists.CHIEF_ROLES`) among the three capitalised words after it, and
    any such nouns right after that one; ``index + 1`` when none follows ("Police Chief Walker").

    >>> words = "Chief Medical Officer Chris Whitty".split()
    >>> chief_title_end(words, 0), chief_title_end("Chief Executive Officer Dana Lee".split(), 0)
    (3, 3)
    >>> chief_title_end("Chief Economist Mark Pilot".split(), 0), chief_title_end(["Chief", "Walker"], 0)
    (2, 1)
    """
    for end in range(index + 1, min(index + 4, len(words))):
        if not words[end][:1].isupper():
            break
        if lowered(words[end]) in CHIEF_ROLES:
            end += 1
            while end < len(words) and lowered(words[end]) in CHIEF_ROLES:  # "Chief Executive Officer"
                end += 1
            return end
    return index + 1


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
    if len(word) >= 3 and word[-1] == "s" and word[:-1].isupper() and word[:-1].isalpha():
        return "C", low  # an acronym's plural names a group: "MPs", "CEOs", "NGOs"
    # Each capitalised part of a compound may name a place ("China-Russia"); a lower-case part
    # is a syllable of a name ("Jun-ho", "Jae-myung") or a suffix, not a place.
    parts = [part for part in word.split("-") if part and (part[0].isupper() or "-" not in word)]
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
