"""The data contract in one place: documents, facts, findings and their columns.

Everything a user or a tool relies on is named here, so that the CSV, JSON and
HTML reporters, the pandas API and the CLI cannot drift apart.

Offsets are half-open character offsets into ``Document.text`` exactly as it was
decoded from the file, so ``doc.text[fact.start:fact.end] == fact.surface``
always holds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

#: Columns of ``facts.csv`` and of ``Result.facts``, in order. The first sixteen
#: are the public contract; the rest are extra context the reports use.
FACT_COLUMNS = [
    "fact_id",
    "doc_id",
    "source",
    "origin",
    "kind",
    "start",
    "end",
    "surface",
    "value",
    "unit",
    "low",
    "high",
    "qualifier",
    "subject",
    "speaker",
    "sentence",
    # extras
    "grain",
    "resolution",
    "scope",
    "event",
    "entities",
    "sentence_start",
    "sentence_end",
    "note",
    "slot_id",
]

#: Columns of ``findings.csv`` and of ``Result.findings``, in order.
FINDING_COLUMNS = [
    "finding_id",
    "code",
    "rule",
    "verdict",
    "severity",
    "kind",
    "subject",
    "slot_id",
    "doc_ids",
    "fact_ids",
    "message",
]

#: Columns of ``Result.documents``.
DOCUMENT_COLUMNS = [
    "doc_id",
    "path",
    "source",
    "published",
    "published_from",
    "encoding",
    "origins",
    "chars",
    "boilerplate_chars",
    "status",
    "problems",
]

VERDICTS = ("agree", "paraphrase", "compatible", "diverge", "omission", "emphasis")
SEVERITIES = ("info", "warning", "error")
QUALIFIERS = ("exact", "approx", "above", "below", "range")
NARRATION = "narration"


def severity_rank(severity: str) -> int:
    """Order severities so that ``info < warning < error``; ``never`` ranks above all."""
    order = {"info": 0, "warning": 1, "error": 2, "never": 3}
    try:
        return order[severity]
    except KeyError:
        raise ValueError(
            f"unknown severity {severity!r}; expected one of {', '.join(order)}"
        ) from None


@dataclass(frozen=True)
class Span:
    """A labelled half-open range of a document's text."""

    start: int
    end: int
    label: str = ""

    def contains(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside this span."""
        return self.start <= start and end <= self.end


@dataclass
class Document:
    """One report as read from disk, never edited.

    ``origins`` are spans labelled with the origin that speaks there (the
    document's own ``narration`` or a reprinted origin such as ``MFA``);
    ``boilerplate`` spans yield no facts; ``metadata`` spans (date lines,
    datelines) describe the document rather than the event.
    """

    doc_id: str
    path: Path
    text: str
    source: str
    published: dt.date | None = None
    published_from: str = ""
    encoding: str = "utf-8"
    origins: list[Span] = field(default_factory=list)
    boilerplate: list[Span] = field(default_factory=list)
    metadata: list[Span] = field(default_factory=list)
    origin_dates: dict[int, str] = field(default_factory=dict)
    date_evidence: list[tuple[str, str, int, int]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    status: str = "ok"
    primary: bool = False

    def derived(self, name: str, make):
        """``make(self)``, computed once while the document's names, text and spans stay as they are.

        Claim sentences are read by alignment, two rules and the HTML report; the analysis
        that sets the spans may run again (or a caller may edit them), so the cached value is
        reused only while id, source, text and spans are the ones it was made from. The values
        live outside the dataclass fields: they are no part of the document's value, its
        ``repr`` or ``asdict``, and a copy or a pickle starts without them.
        """
        state = (self.doc_id, self.source, self.text, tuple(self.origins), tuple(self.boilerplate),
                 tuple(self.metadata))
        cache = self.__dict__.setdefault("_derived", {})
        found = cache.get(name)
        if found is None or found[0] != state:
            found = cache[name] = (state, make(self))
        return found[1]

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_derived", None)  # a copy must not share, nor a pickle carry, the derived values
        return state

    @property
    def usable(self) -> bool:
        """A document is usable when it was read and holds some text."""
        return self.status == "ok"

    def is_primary(self, origin: str) -> bool:
        """Primary accounts: reprinted origins, and all of a document marked primary."""
        return self.primary or origin not in (NARRATION, "metadata")

    def reference_date(self, offset: int) -> str | None:
        """The date relative expressions at ``offset`` resolve against: the header date of the
        reprinted section holding it (its year, when the header has none, from the publication
        date: see :func:`with_year`), else the publication date; None when neither is known."""
        for span in self.origins:
            if span.start <= offset < span.end and span.start in self.origin_dates:
                return with_year(self.origin_dates[span.start], self.published)
        return self.published.isoformat() if self.published else None

    def origin_at(self, offset: int) -> str:
        """The origin speaking at ``offset`` (the innermost span wins)."""
        found = NARRATION
        for span in self.origins:
            if span.start <= offset < span.end:
                found = span.label
        return found

    def is_boilerplate(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a boilerplate span."""
        return any(b.start < end and start < b.end for b in self.boilerplate)

    def is_metadata(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside a metadata span."""
        return any(m.contains(start, end) for m in self.metadata)


@dataclass(slots=True)
class Fact:
    """One comparable fact, pointing at its exact characters in a document."""

    doc_id: str
    source: str
    origin: str
    kind: str
    start: int
    end: int
    surface: str
    value: str
    unit: str = ""
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    subject: str = ""
    speaker: str = ""
    sentence: str = ""
    grain: str = ""
    resolution: str = ""
    scope: str = ""
    event: str = ""
    entities: str = ""
    sentence_start: int = 0
    sentence_end: int = 0
    note: str = ""
    slot_id: str = ""

    @property
    def fact_id(self) -> str:
        """Readable and unique within a corpus: document, kind and offset."""
        return f"{self.doc_id}:{self.kind}:{self.start}"

    def row(self) -> dict:
        """The fact as a dict keyed by ``FACT_COLUMNS``."""
        values = {name: getattr(self, name) for name in FACT_COLUMNS}
        return values


def with_year(header: str, published: dt.date | None) -> str:
    """A section header's date with the year it leaves out taken from the page's publication date: a
    readout headed "March 3" on a page published 5 February 2026 is of 3 March 2025, the last 3 March
    up to a day after publication (a page reprints what was already said).

    >>> with_year("XXXX-03-03", dt.date(2026, 2, 5)), with_year("XXXX-02-04", dt.date(2026, 2, 5))
    ('2025-03-03', '2026-02-04')
    >>> with_year("XXXX-02-04", None), with_year("2024-02-04", dt.date(2026, 2, 5))
    ('XXXX-02-04', '2024-02-04')
    """
    if published is None or not header.startswith("XXXX-"):
        return header
    try:
        month, day = int(header[5:7]), int(header[8:10])
        when = dt.date(published.year, month, day)
    except ValueError:  # "XXXX-02-29" or a month alone: no day to place
        return header
    if when > published + dt.timedelta(days=1):
        try:
            when = when.replace(year=published.year - 1)
        except ValueError:
            return header
    return when.isoformat()
