"""Text helpers that work on offsets: paragraphs, sentences and spacing.

Nothing here edits a text. Every helper returns offsets into the string it was
given, so callers can slice the original document.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

#: Horizontal white space as it occurs in news copy, including the no-break,
#: narrow no-break and typographic (en, em, thin…) spaces CMSs emit.
SPACE = r"[ \t\u00a0\u202f\u2000-\u200a]"


def spaced(pattern: str) -> str:
    """``pattern`` with each plain space standing for any run of :data:`SPACE` ("Must  Read",
    "pointed  out" read as with one space).

    >>> import re; bool(re.fullmatch(spaced("must read"), "must \u00a0read"))
    True
    """
    return pattern.replace(" ", f"{SPACE}+")


class LineOpening:
    r"""A pattern that opens a line, as ``(?m)^`` before it would say, for a pattern that never
    matches a line break.

    ``finditer`` scans for the line break before each line instead: the engine skips ahead to
    line breaks, while a pattern opening with ``^`` is tried at every position of the text.

    >>> [m.group() for m in LineOpening(r"[A-Z]\w+:").finditer("Xi: yes\nno Li: no\nLi: ok")]
    ['Xi:', '\nLi:']
    """

    def __init__(self, pattern: str):
        self.at_start = re.compile(pattern)
        self._after_break = re.compile("\n" + pattern)

    def finditer(self, text: str) -> Iterator[re.Match]:
        """The matches that open a line of ``text``, in order (after the first line, each match
        holds the line break before it: read its groups, not its start)."""
        first = self.at_start.match(text)
        if first:
            yield first
        yield from self._after_break.finditer(text)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")

# Abbreviations that end in a full stop but do not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sen", "rep", "gov", "st",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "etc", "inc", "corp", "co", "ltd", "jr", "sr", "approx", "est", "dept",
    "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c",
}

#: Abbreviations that may close a sentence ("… talks in the U.S. The last round …"); the others
#: (titles, months, "No.", "e.g.") always run on.
_MAY_END = {"u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "inc", "corp", "co", "ltd", "etc"}
#: What opens a sentence after such an abbreviation: a quote mark or a word that seldom continues a
#: name ("U.S. The", "p.m. It", not "U.S. President").
_SENTENCE_OPENER = re.compile(
    r"\s+(?:[“\"‘]|(?:The|A|An|In|On|At|It|He|She|We|They|I|But|And|This|That|These|Those|His|Her|Its|Their"
    r"|Our|There|When|While|After|Before|As|If|However|Meanwhile|Earlier|Later|Both)\b(?!-))")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+|$)")
# A line without the white space around it (``lines`` without the Python loop).
_TRIMMED_LINE = re.compile(r"\S(?:[^\n]*\S)?")
_CLOSING_QUOTE_OPENER = re.compile(r"\s*[\"“‘(\[]?[A-Z0-9]")


@dataclass(frozen=True)
class Sentence:
    """A sentence as offsets into its document, with the paragraph it sits in."""

    start: int
    end: int
    paragraph: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into paragraphs (blank-line separated) as offset pairs.

    Single line breaks stay inside a paragraph except where a line is short and
    looks like a heading, which callers handle as they need.

    >>> paragraphs("a b\\n\\nc")
    [(0, 3), (5, 6)]
    """
    result = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        _append_trimmed(text, position, match.start(), result)
        position = match.end()
    _append_trimmed(text, position, len(text), result)
    return result


def lines(text: str) -> list[tuple[int, int]]:
    """Non-empty lines of ``text`` as trimmed offset pairs."""
    return [match.span() for match in _TRIMMED_LINE.finditer(text)]


def _append_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append((start, end))


def _abbreviation_at(text: str, dot: int) -> str | None:
    """The abbreviation (lower case) or initial that the full stop at ``dot`` closes, else None."""
    if dot >= 7 and text[dot - 7:dot].isalpha():  # a word of seven letters or more: no abbreviation
        return None
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if word in _ABBREVIATIONS:
        return word
    # Single capital initials ("J. Smith") do not end sentences either.
    return word if len(word) == 1 and text[word_start].isupper() else None


def full_stop_runs_on(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation or an initial inside a sentence
    ("Gov. Ana Ruiz", "J. Smith"), False when it ends the sentence ("said Ruiz. Officials …").

    >>> full_stop_runs_on("Gov. Ana Ruiz", 3), full_stop_runs_on("Ruiz. Officials", 4)
    (True, False)
    """
    return _runs_on(text, dot, dot + 1)


def _runs_on(text: str, dot: int, stop: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation inside the sentence: "Feb. 4",
    "U.S. President"; not "in the U.S. The talks …", where the abbreviation ends the sentence."""
    word = _abbreviation_at(text, dot)
    if word is None:
        return False
    opener = _SENTENCE_OPENER.match(text, stop) if word in _MAY_END else None
    return opener is None or _title_case_line(text, dot)


#: Short words a title-case headline may leave in lower case ("U.S. at Odds with China").
_TITLE_CASE_MINOR = {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "as", "vs"}
#: The longest line taken for a headline; a longer one is prose.
_HEADLINE_LENGTH = 160


def _title_case_line(text: str, at: int) -> bool:
    """True when the line holding ``at`` is a title-case headline ("U.S. At Odds With China Over
    Chips"): short, not closed by a full stop, every word capitalised but the minor ones. There an
    opener after an abbreviation is one more word of the title; in prose, however many names
    follow ("… in the U.S. The White House on Monday said …"), it opens a sentence."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)].strip()
    if len(line) > _HEADLINE_LENGTH or line.endswith((".", "!", "?", "…")):
        return False
    words = [word.strip("\"'“”‘’()[],.:;!?") for word in line.split()]
    return all(word[:1].isupper() or word.lower() in _TITLE_CASE_MINOR or not word[:1].isalpha()
               for word in words if word)


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; line breaks always end a sentence.

    >>> [text[s.start:s.end] for text in ["It rose. Then Feb. 4 came."] for s in sentences(text)]
    ['It rose.', 'Then Feb. 4 came.']
    """
    result: list[Sentence] = []
    for index, (p_start, p_end) in enumerate(paragraphs(text)):
        for line in _TRIMMED_LINE.finditer(text, p_start, p_end):
            _split_line(text, line.start(), line.end(), index, result)
    return result


def _split_line(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        if text[match.start()] == "." and _runs_on(text, match.start(), stop):
            continue
        if stop < end and not _CLOSING_QUOTE_OPENER.match(text, stop):
            continue
        _add_sentence(text, cursor, stop, paragraph, out)
        cursor = stop
    _add_sentence(text, cursor, end, paragraph, out)


def _add_sentence(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        out.append(Sentence(start, end, paragraph))


class SentenceIndex:
    """Finds the sentence that holds an offset in O(log n)."""

    def __init__(self, text: str):
        self.text = text
        self.items = sentences(text)
        self._starts = [s.start for s in self.items]
        # The last answer and the offsets it holds for: extractors ask about offsets in text
        # order, so most questions fall in the sentence answered just before. (A text without
        # sentences answers one sentence holding it all.)
        self._last = (self.items[0], -1, 0) if self.items else (Sentence(0, len(text), 0), -1, sys.maxsize)

    def at(self, offset: int) -> Sentence:
        """The sentence containing ``offset`` (or the nearest one before it)."""
        sentence, low, high = self._last
        if low <= offset < high:
            return sentence
        index = max(bisect_right(self._starts, offset) - 1, 0)
        sentence = self.items[index]
        low = sentence.start if index else -1  # the first sentence also answers offsets before it
        high = self._starts[index + 1] if index + 1 < len(self._starts) else len(self.text) + 1
        self._last = (sentence, low, high)
        return sentence

    def previous(self, sentence: Sentence, count: int) -> list[Sentence]:
        """Up to ``count`` sentences before ``sentence``, nearest first."""
        index = bisect_right(self._starts, sentence.start) - 1  # the sentence's own position
        if index < 0 or self._starts[index] != sentence.start:
            return []
        return list(reversed(self.items[max(index - count, 0):index]))
