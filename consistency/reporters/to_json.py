"""findings.json: documents, findings with their evidence spans, and a summary.

Shape (contract version 1)::

    {"version": 1,
     "documents": [{doc_id, path, source, published, ..., status, problems}],
     "findings": [{finding_id, code, rule, verdict, severity, kind, subject, slot_id,
                   doc_ids, fact_ids, message, sources,
                   "evidence": [{doc_id, source, origin, start, end, surface, value}]}],
     "summary": {"documents", "usable_documents", "facts", "facts_by_kind",
                 "findings", "by_verdict", "by_severity", "problems"}}

``doc_ids``, ``fact_ids`` and ``sources`` are lists here (``;``-joined in CSV).
"""

from __future__ import annotations

import json
from pathlib import Path

from ..schema import FINDING_COLUMNS
from ._atomic import write_atomic

VERSION = 1
EVIDENCE_KEYS = ("doc_id", "source", "origin", "start", "end", "surface", "value")


def summary(result) -> dict:
    """Counts an analyst or CI step reads first."""
    findings = result.findings
    return {
        "documents": len(result.documents),
        "usable_documents": int((result.documents["status"] == "ok").sum()),
        "facts": len(result.facts),
        "facts_by_kind": {k: int(v) for k, v in result.facts["kind"].value_counts().sort_index().items()},
        "findings": len(findings),
        "by_verdict": {k: int(v) for k, v in findings["verdict"].value_counts().sort_index().items()},
        "by_severity": {k: int(v) for k, v in findings["severity"].value_counts().sort_index().items()},
        "problems": result.problems,
        **_baseline_summary(result),
    }


def _baseline_summary(result) -> dict:
    if "baseline" not in result.findings:
        return {}
    marks = result.findings["baseline"]
    return {"baseline": {"accepted": int((marks == "accepted").sum()), "new": int((marks == "new").sum()),
                         "stale": list(result.stale)}}


def as_dict(result) -> dict:
    """The whole findings.json document as plain Python data."""
    findings = []
    for row in result.findings.to_dict(orient="records"):
        item = {name: row[name] for name in FINDING_COLUMNS}
        if "baseline" in row:
            item["baseline"] = row["baseline"]
        for name in ("doc_ids", "fact_ids"):
            item[name] = [part for part in row[name].split(";") if part]
        item["sources"] = [part for part in row["sources"].split(";") if part]
        item["evidence"] = [{key: e[key] for key in EVIDENCE_KEYS} for e in row["evidence"]]
        findings.append(item)
    documents = result.documents.to_dict(orient="records")
    problems = {doc.doc_id: list(doc.problems) for doc in result.corpus}
    for document in documents:
        document["origins"] = [o for o in document["origins"].split(";") if o]
        document["problems"] = problems.get(document["doc_id"], [])
    return {"version": VERSION, "documents": documents, "findings": findings,
            "summary": summary(result)}


def write_json(result, out: Path) -> list[Path]:
    """Write findings.json into ``out``."""
    text = json.dumps(as_dict(result), ensure_ascii=False, indent=2, default=_plain)
    return [write_atomic(Path(out) / "findings.json", text + "\n")]


def _plain(value):
    if hasattr(value, "item"):
        return value.item()
    raise TypeError(f"cannot write {type(value).__name__} to JSON")
