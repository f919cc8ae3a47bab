"""What every extractor module shares: the document context and examples.

An extractor module defines ``KIND``, ``EXAMPLES`` and ``find(context)``, which
yields :class:`~consistency.schema.Fact` objects made with
``context.fact(...)``. The module list of this package is the registry.

Examples are short texts with the expected span in brackets::

    Example("trade reached [$228.1 billion] in 2025", "228100000000", unit="USD")
    Example("the team won [no] medal")           # a counterexample: value None

The generic test runs every example of every module, so examples document and
test an extractor at once.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..schema import Document, Fact
from ..text import SentenceIndex
from ._context import speaker_of, transcript_labels


@dataclass(frozen=True)
class Example:
    """A marked text and what the extractor must read there.

    ``value=None`` marks a counterexample: no fact of the module's kind may be
    found anywhere in the text. Extra keyword fields (``unit``, ``qualifier``,
    ``low``, ``high``, ``subject``, ``speaker``, ``grain``) are checked when given.
    """

    marked: str
    value: str | None = None
    published: str | None = None
    fields: dict = field(default_factory=dict)

    def __init__(self, marked: str, value: str | None = None, published: str | None = None,
                 **fields):
        object.__setattr__(self, "marked", marked)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "published", published)
        object.__setattr__(self, "fields", fields)

    @property
    def text(self) -> str:
        """The example's text without the brackets."""
        return self.marked.replace("[", "").replace("]", "")

    @property
    def span(self) -> tuple[int, int] | None:
        """The bracketed span as offsets into :attr:`text`."""
        match = re.search(r"\[([^\]]*)\]", self.marked)
        if not match:
            return None
        start = match.start()
        return start, start + len(match.group(1))

    def document(self) -> Document:
        """A one-document corpus holding the example's text."""
        published = dt.date.fromisoformat(self.published) if self.published else None
        return Document(doc_id="example", path=Path("example.txt"), text=self.text,
                        source="example", published=published,
                        published_from="example" if published else "")


class Anchors:
    """Cheap places worth trying a costly pattern: whole words from a list, plus patterns.

    Words and patterns become one scanner (see :func:`._numbers.branch_alternation`): the
    words as a trie with no boundary tests, the patterns as branches that each open with a
    literal character, which Python's engine scans at about 100 MB/s (a plain alternation
    wrapped in ``\b`` runs at a third of that). A single pattern is scanned as given. Word
    boundaries are checked on the few hits.
    """

    def __init__(self, words=(), patterns=()):
        from ._numbers import branch_alternation

        patterns = list(patterns)
        self._scanner = re.compile(patterns[0] if len(patterns) == 1 and not words else
                                   branch_alternation(words, patterns))

    def spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Whole-word hits, in text order."""
        for start, end in map(re.Match.span, self._scanner.finditer(text)):
            # Words must stand alone; signs ("$" in "US$5") need no boundary.
            if text[start].isalnum() and start and text[start - 1].isalnum():
                continue
            if text[end - 1].isalnum() and end < len(text) and text[end].isalnum():
                continue
            yield start, end


# Where a match can begin: a word's first character or a sign ("$", "(", "-").
_MATCH_STARTS = re.compile(r"\b\w|[^\w\s]")


def anchored(pattern: re.Pattern, anchors: Anchors, text: str, before: int | Callable[[str], int] = 48,
             after: int = 64, starts: re.Pattern = _MATCH_STARTS) -> Iterator[re.Match]:
    """Matches of ``pattern`` that contain an anchor, in text order, without overlaps.

    Python's regex engine tries a large alternation at every position of a text;
    most positions hold nothing. Cheap ``anchors`` (month names, currency signs)
    find the few places worth trying, and ``pattern`` is tried only where a match
    can begin (a word's first character or a sign) in the ``before`` characters up
    to the anchor, and may run ``after`` characters past it: the same matches,
    many times faster. Look-behinds and ``\b`` still see the text before the window.
    ``before`` may be a function of the anchor's text, for patterns where only some
    anchors close a long phrase ("the first months of the year"). ``starts`` may narrow where a
    match can begin to the places ``pattern`` can open with (it must find all of them).
    """
    last_end = 0
    size = len(text)
    reach = before if callable(before) else None
    for where, anchor_end in anchors.spans(text):
        if where < last_end:
            continue
        high = min(size, anchor_end + after)
        back = reach(text[where:anchor_end]) if reach else before
        for start in _starts(text, max(last_end, where - back), where, starts):
            match = pattern.match(text, start, high)
            if match is not None and match.end() > where:
                last_end = match.end()
                yield match
                break


def _starts(text: str, low: int, where: int, starts: re.Pattern) -> Iterator[int]:
    """Where a match may begin in ``text[low:where]`` (hits of ``starts``), then ``where`` itself."""
    for found in starts.finditer(text, low, where):
        yield found.start()
    yield where


class DocumentContext:
    """One document prepared for extraction: sentences, origins, reference dates.

    Built once per document and shared by every extractor, so the text is split
    into sentences once, not once per extractor.
    """

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.sentences = SentenceIndex(doc.text)
        # By sentence and transcript label: facts share both, and a label may open mid-sentence.
        self._speakers: dict[tuple[int, int], str] = {}
        self._labels = [start for start, _ in transcript_labels(doc.text)]
        # One string per sentence, so the per-sentence caches hash each sentence once.
        self._sentence_texts: dict[int, str] = {}
        self._prose: dict[int, str] = {}  # by sentence start: the sentence without its metadata
        # Every fact asks for its origin and every candidate whether it is boilerplate: the
        # spans are turned once into sorted boundaries that answer by bisection.
        self._boilerplate = _merged((span.start, span.end) for span in doc.boilerplate)
        self._boilerplate_starts = [start for start, _ in self._boilerplate]
        self._metadata = [(span.start, span.end) for span in doc.metadata]
        self._origin_starts = sorted({0, *(s.start for s in doc.origins), *(s.end for s in doc.origins)})
        self._origin_labels = [doc.origin_at(offset) for offset in self._origin_starts]
        self._sections = [tuple(i for i, span in enumerate(doc.origins) if span.start <= offset < span.end)
                          for offset in self._origin_starts]

    def skip(self, start: int, end: int) -> bool:
        """True for spans inside boilerplate, which yields no facts."""
        index = bisect_left(self._boilerplate_starts, end) - 1  # the last span starting before ``end``
        return index >= 0 and self._boilerplate[index][1] > start

    def reference_date(self, offset: int) -> str | None:
        """The date relative expressions at ``offset`` resolve against.

        A reprinted section's own header date wins over the page's publication
        date: "today" in a Kremlin transcript headed February 4 is February 4.
        Returns an ISO-like string that may hold ``XXXX`` for an unknown year.
        """
        return self.doc.reference_date(offset)

    def origin(self, start: int, end: int) -> str:
        """``metadata`` for date lines and datelines, else the origin speaking there."""
        for low, high in self._metadata:
            if low <= start and end <= high:
                return "metadata"
        return self._origin_labels[bisect_right(self._origin_starts, start) - 1]

    def same_section(self, a: int, b: int) -> bool:
        """True when offsets ``a`` and ``b`` lie in the same origin spans (the same reprinted section)."""
        starts = self._origin_starts
        return self._sections[bisect_right(starts, a) - 1] == self._sections[bisect_right(starts, b) - 1]

    def sentence_text(self, sentence) -> str:
        """The text of ``sentence`` (one string object per sentence)."""
        found = self._sentence_texts.get(sentence.start)
        if found is None:
            found = self._sentence_texts[sentence.start] = self.text[sentence.start:sentence.end]
        return found

    def prose(self, sentence_start: int, sentence: str) -> str:
        """``sentence`` (starting at ``sentence_start``) with the metadata it holds blanked out: a
        dateline ("ANKARA, March 4 (Reuters) -") opening a story's first sentence names the
        wire, not anyone the sentence speaks of."""
        found = self._prose.get(sentence_start)
        if found is None:
            end = sentence_start + len(sentence)
            found = sentence
            for low, high in self._metadata:  # a handful of spans per document
                low, high = max(low, sentence_start), min(high, end)
                if low < high:
                    found = found[:low - sentence_start] + " " * (high - low) + found[high - sentence_start:]
            self._prose[sentence_start] = found
        return found

    def speaker(self, sentence, offset: int | None = None) -> str:
        """The speaker at ``offset`` (default the sentence's start; see ``_context.speaker_of``),
        computed once per sentence and transcript label ("February 4 (Kremlin) – Presidential
        Aide Yury Ushakov: Friends, …" opens a label mid-sentence)."""
        offset = sentence.start if offset is None else offset
        key = (sentence.start, bisect_right(self._labels, offset))
        if key not in self._speakers:
            self._speakers[key] = speaker_of(self, sentence, offset)
        return self._speakers[key]

    def fact(self, kind: str, start: int, end: int, value: str, **fields) -> Fact:
        """A fact over ``text[start:end]`` with source, origin, sentence and speaker filled."""
        sentence = self.sentences.at(start)
        if "speaker" not in fields:  # computing it is costly; extractors may know it already
            fields["speaker"] = self.speaker(sentence, start)
        for bound in ("low", "high"):  # 61.2 ± 0.05 is 61.15, not 61.150000000000006
            if fields.get(bound) is not None:
                fields[bound] = _tidy(fields[bound])
        return Fact(
            doc_id=self.doc.doc_id, source=self.doc.source, origin=self.origin(start, end),
            kind=kind, start=start, end=end, surface=self.text[start:end], value=value,
            sentence=self.sentence_text(sentence), sentence_start=sentence.start,
            sentence_end=sentence.end, **fields)


def _tidy(number: float) -> float:
    """A bound without the noise of binary arithmetic: twelve significant digits, more than any
    figure in a report carries.

    >>> _tidy(61.2 - 0.05), _tidy(4.1 + 0.05), _tidy(228.15e9), _tidy(-0.1 - 0.2)
    (61.15, 4.15, 228150000000.0, -0.3)
    """
    return float(f"{number:.12g}")


def _merged(spans) -> list[tuple[int, int]]:
    """Overlapping or touching ``(start, end)`` spans joined, in order.

    >>> _merged([(5, 9), (0, 3), (2, 4), (9, 12)])
    [(0, 4), (5, 12)]
    """
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
