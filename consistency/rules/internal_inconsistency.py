"""internal-inconsistency (I100): a document contradicts itself about a date.

What it flags, inside one document: a weekday written beside a date it does
not fall on ("Friday, March 4, 2025" — a Tuesday); "tomorrow" beside a date that
is not the day after the reference date; and a publication date that disagrees
with the document's own date line ("Published on February 4" over "Document
Date: Feb 05").

Why it matters: a document that disagrees with itself has a slip somewhere,
and every relative date in it ("on Wednesday") may have been resolved from the
wrong day. Dates one day apart near midnight are often a time-zone difference,
which the message says.

Fires: "The envoys met on Friday, March 4, 2025."
Silent: "The envoys met on Tuesday, March 4, 2025."
"""

from __future__ import annotations

import datetime as dt

from .. import frames
from ._base import Case, Hit
from ._evidence import span_evidence

CODE = "I100"
NAME = "internal-inconsistency"
VERDICT = "diverge"
SEVERITY = "warning"
SCOPE = "document"

CASES = [
    Case({"a": ("The envoys met on Friday, March 4, 2025, in Geneva.", None)}, fires=True),
    Case({"a": ("Published on March 4, 2025\n\nDocument Date: Wed, Mar 05 2025 11:50 pm\n\nEnvoys met.", None)},
         fires=True),
    Case({"a": ("The envoys met on Tuesday, March 4, 2025, in Geneva.", None)}, fires=False),
    Case({"a": ("Published on March 4, 2025\n\nDocument Date: Tue, Mar 04 2025\n\nEnvoys met.", None)},
         fires=False),
]


def check(doc, facts) -> list[Hit]:
    """Every self-contradiction about dates in ``doc``."""
    hits = [_note_hit(doc, row) for row in frames.rows(facts)
            if row.kind == "date" and ("does not match" in row.note or " is XXXX" in row.note or
                                       (" from " in row.note and ", not " in row.note))]
    dated = {}
    for label, iso, start, end in doc.date_evidence:
        dated.setdefault(iso, (label, start, end))
    if len(dated) > 1:
        hits.append(_date_line_hit(doc, dated))
    return hits


def _note_hit(doc, row) -> Hit:
    item = span_evidence(doc, int(row.start), int(row.end), row.value,
                         (int(row.sentence_start), int(row.sentence_end)))
    return Hit(f"{doc.source} contradicts itself: '{row.surface}' — {row.note}.", evidence=[item],
               key=f"internal:{doc.doc_id}:{row.value}", kind="date", subject="date", values=[row.note])


def _date_line_hit(doc, dated: dict) -> Hit:
    items = sorted(dated.items())
    described = "; ".join(f"{label} {iso}" for iso, (label, _, _) in items)
    gap = (dt.date.fromisoformat(items[-1][0]) - dt.date.fromisoformat(items[0][0])).days
    hint = " (one day apart: possibly a time-zone difference)" if gap == 1 else ""
    evidence = [span_evidence(doc, start, end, iso) for iso, (_, start, end) in items]
    return Hit(f"{doc.source} gives different dates for itself: {described}{hint}; relative dates are "
               f"resolved from {doc.published_from or 'the first'} date.", evidence=evidence,
               key=f"internal:{doc.doc_id}:dateline", kind="date", subject="publication date",
               values=[iso for iso, _ in items])
