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
from dataclasses import dataclass, field
from pathlib import Path

from ..schema import Document, Fact
from ..text import SentenceIndex
from ._context import speaker_of


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


class DocumentContext:
    """One document prepared for extraction: sentences, origins, reference dates.

    Built once per document and shared by every extractor, so the text is split
    into sentences once, not once per extractor.
    """

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.sentences = SentenceIndex(doc.text)
        self._origin_starts = sorted(doc.origin_dates)

    def skip(self, start: int, end: int) -> bool:
        """True for spans inside boilerplate, which yields no facts."""
        return self.doc.is_boilerplate(start, end)

    def reference_date(self, offset: int) -> str | None:
        """The date relative expressions at ``offset`` resolve against.

        A reprinted section's own header date wins over the page's publication
        date: "today" in a Kremlin transcript headed February 4 is February 4.
        Returns an ISO-like string that may hold ``XXXX`` for an unknown year.
        """
        for span in self.doc.origins:
            if span.start <= offset < span.end and span.start in self.doc.origin_dates:
                return self.doc.origin_dates[span.start]
        return self.doc.published.isoformat() if self.doc.published else None

    def origin(self, start: int, end: int) -> str:
        """``metadata`` for date lines and datelines, else the origin speaking there."""
        if self.doc.is_metadata(start, end):
            return "metadata"
        return self.doc.origin_at(start)

    def fact(self, kind: str, start: int, end: int, value: str, **fields) -> Fact:
        """A fact over ``text[start:end]`` with source, origin, sentence and speaker filled."""
        sentence = self.sentences.at(start)
        if "speaker" not in fields:  # computing it is costly; extractors may know it already
            fields["speaker"] = speaker_of(self, sentence, start)
        return Fact(
            doc_id=self.doc.doc_id, source=self.doc.source, origin=self.origin(start, end),
            kind=kind, start=start, end=end, surface=self.text[start:end], value=value,
            sentence=self.text[sentence.start:sentence.end], sentence_start=sentence.start,
            sentence_end=sentence.end, **fields)
