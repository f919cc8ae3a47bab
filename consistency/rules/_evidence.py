"""Evidence items, the same shape from every rule: where a finding points in a document.

Keys: ``doc_id, source, origin, start, end, surface, value, sentence_start,
sentence_end`` (the sentence lets reports show the span in context).
"""

from __future__ import annotations


def fact_evidence(fact, value: str | None = None) -> dict:
    """Evidence for a row of the facts table (``value`` replaces the fact's own value)."""
    return {"doc_id": fact.doc_id, "source": fact.source, "origin": fact.origin, "start": int(fact.start),
            "end": int(fact.end), "surface": fact.surface, "value": fact.value if value is None else value,
            "sentence_start": int(fact.sentence_start), "sentence_end": int(fact.sentence_end)}


def span_evidence(doc, start: int, end: int, value: str = "", sentence: tuple[int, int] | None = None) -> dict:
    """Evidence for ``doc.text[start:end]``; the span is its own sentence unless one is given."""
    sentence_start, sentence_end = sentence or (start, end)
    return {"doc_id": doc.doc_id, "source": doc.source, "origin": doc.origin_at(start), "start": start, "end": end,
            "surface": doc.text[start:end], "value": value, "sentence_start": sentence_start,
            "sentence_end": sentence_end}
