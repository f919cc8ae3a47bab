"""report.html: one self-contained page for desk review of a check.

The page holds, top to bottom:

* a summary: documents (usable or not), the origins quoted, facts per kind and
  findings per verdict and per severity;
* a **Problems** box naming every unreadable, empty or skipped document and
  every decoding note, so that nothing is dropped silently;
* the findings table, most serious first (error > warning > info, then
  diverge, compatible, omission, paraphrase, agree, emphasis);
* one detail block per finding: a card per source quoting each evidence
  sentence from the document text with the evidence span in ``<mark>``, next
  to the normalised value;
* the documents: source, publication date and where it came from, origins,
  status.

All CSS and JS are inlined under a Content-Security-Policy whose nonce is new
on every render; nothing is loaded from the network, so the file works from
``file://`` and offline. Document text is untrusted: it only reaches the page
through Jinja's autoescaping or ``markupsafe.escape`` in :func:`highlight`,
the one place where markup is built.
"""

from __future__ import annotations

import math
import secrets
from collections import Counter
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from ._atomic import write_atomic

TEMPLATES = Path(__file__).resolve().parent / "templates"
SEVERITY_ORDER = ("error", "warning", "info")
VERDICT_ORDER = ("diverge", "compatible", "omission", "paraphrase", "agree", "emphasis")
CONTEXT = 320  # characters of sentence kept on either side of the marked spans
SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def write_html(result, out: Path) -> list[Path]:
    """Render ``report.html`` into ``out`` atomically; return ``[path]``."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    html = env.get_template("report.html.j2").render(**context(result, secrets.token_urlsafe(18)))
    return [write_atomic(Path(out) / "report.html", html)]


def context(result, nonce: str) -> dict:
    """Everything the template shows, as plain data (text unescaped, sentences as Markup)."""
    from .. import __version__

    texts = {doc.doc_id: doc.text for doc in result.corpus}
    facts = {row["fact_id"]: row for row in result.facts[["fact_id", "unit", "qualifier"]].to_dict("records")}
    documents = [{key: _text(value) for key, value in row.items()}
                 for row in result.documents.to_dict(orient="records")]
    published = {doc["doc_id"]: doc["published"] for doc in documents}
    findings = ordered(result.findings.to_dict(orient="records"))
    for finding in findings:
        finding["source_list"] = _split(finding.get("sources"), ";")
        finding["cards"] = cards(finding.get("evidence") or [], finding.get("kind", ""), texts, facts)
        for quote in (q for card in finding["cards"] for q in card["quotes"]):
            quote["published"] = published.get(quote["doc_id"], "")
    return {"nonce": nonce, "version": __version__, "summary": summary(result, documents),
            "problems": problems(result, documents), "findings": findings, "documents": documents}


def ordered(findings: list[dict]) -> list[dict]:
    """Findings most serious first; the rules' own order is kept among equals."""
    def rank(order, value):
        return order.index(value) if value in order else len(order)
    return sorted(findings, key=lambda f: (rank(SEVERITY_ORDER, f.get("severity")),
                                           rank(VERDICT_ORDER, f.get("verdict"))))


def summary(result, documents: list[dict]) -> dict:
    """Counts for the header: documents, origins, facts by kind, findings by verdict and severity."""
    origins = Counter(o for doc in documents for o in _split(doc["origins"], ";"))
    findings = result.findings

    def counts(column, order=()):
        found = Counter(_text(v) for v in column)
        return sorted(found.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0]))
    return {"documents": len(documents), "usable": sum(doc["status"] == "ok" for doc in documents),
            "origins": sorted(origins.items()), "facts": len(result.facts),
            "facts_by_kind": counts(result.facts["kind"]), "findings": len(findings),
            "by_verdict": counts(findings["verdict"], VERDICT_ORDER),
            "by_severity": counts(findings["severity"], SEVERITY_ORDER)}


def problems(result, documents: list[dict]) -> list[dict]:
    """One entry per document that is not usable or carries any problem message."""
    messages = {doc.doc_id: list(doc.problems) for doc in result.corpus}
    entries = []
    for doc in documents:
        found = messages.get(doc["doc_id"], _split(doc["problems"], " | "))
        if found or doc["status"] != "ok":
            entries.append({"doc_id": doc["doc_id"], "path": doc["path"], "status": doc["status"],
                            "messages": found or [f"status {doc['status']!r} with no message"]})
    known = {m for entry in entries for m in entry["messages"]}
    stray = [m for m in result.problems if m not in known]
    if stray:
        entries.append({"doc_id": "", "path": "", "status": "note", "messages": stray})
    return entries


def cards(evidence: list[dict], kind: str, texts: dict, facts: dict) -> list[dict]:
    """One card per source; each quotes its sentences, several spans of one sentence marked together."""
    by_source: dict[str, list[dict]] = {}
    for item in evidence:
        by_source.setdefault(_text(item.get("source")), []).append(item)
    result = []
    for source, items in by_source.items():
        quotes: list[dict] = []
        for item in sorted(items, key=lambda e: (str(e["doc_id"]), int(e["start"]))):
            fact = facts.get(f"{item['doc_id']}:{kind}:{item['start']}", {})
            entry = {**item, "origin": _text(item.get("origin")) or "narration",
                     "unit": _text(fact.get("unit")), "qualifier": _text(fact.get("qualifier")),
                     "value": _text(item.get("value")), "readable": readable(item.get("value"))}
            last = quotes[-1] if quotes else None
            bounds = _bounds(item)
            if last and last["doc_id"] == item["doc_id"] and last["bounds"] == bounds \
                    and int(item["start"]) >= last["items"][-1]["end"]:
                last["items"].append(entry)
            else:
                quotes.append({"doc_id": item["doc_id"], "bounds": bounds, "items": [entry]})
        for quote in quotes:
            quote["html"], quote["note"] = _quote(quote, texts.get(quote["doc_id"]))
        result.append({"source": source, "quotes": quotes})
    return result


def highlight(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> Markup:
    """``text[start:end]`` escaped, each ``(span_start, span_end, title)`` wrapped in ``<mark>``.

    Spans must be sorted and must not overlap. Context longer than ``CONTEXT``
    characters before the first or after the last span is cut with an ellipsis.

    >>> str(highlight("a <b> c", 0, 7, [(2, 5, "x")]))
    'a <mark title="x">&lt;b&gt;</mark> c'
    """
    parts, cursor = [], start
    for number, (span_start, span_end, title) in enumerate(spans):
        before = text[cursor:span_start]
        if number == 0 and len(before) > CONTEXT:
            before = "…" + before[-CONTEXT:]
        parts += [escape(before), Markup('<mark title="{}">').format(title),
                  escape(text[span_start:span_end]), Markup("</mark>")]
        cursor = span_end
    after = text[cursor:end]
    if len(after) > CONTEXT:
        after = after[:CONTEXT] + "…"
    parts.append(escape(after))
    return Markup("").join(parts)


def readable(value) -> str:
    """A large number in words (``228100000000`` → ``228.1 billion``); else ``""``.

    >>> readable("228100000000"), readable("2026-02-04")
    ('228.1 billion', '')
    """
    try:
        number = float(str(value))
    except ValueError:
        return ""
    for scale, word in SCALES:
        if math.isfinite(number) and abs(number) >= scale:
            return f"{number / scale:,.4g} {word}"
    return ""


def _quote(quote: dict, text: str | None) -> tuple[Markup, str]:
    items = quote["items"]
    if text is None or any(text[int(i["start"]):int(i["end"])] != i["surface"] for i in items):
        joined = " … ".join(str(i["surface"]) for i in items)
        spans, offset = [], 0
        for i in items:
            spans.append((offset, offset + len(str(i["surface"])), _title(i)))
            offset += len(str(i["surface"])) + 3
        return highlight(joined, 0, len(joined), spans), "document text unavailable or offsets do not match"
    start, end = quote["bounds"]
    start = min(start, *(int(i["start"]) for i in items))
    end = max(end, *(int(i["end"]) for i in items))
    return highlight(text, start, end, [(int(i["start"]), int(i["end"]), _title(i)) for i in items]), ""


def _bounds(item: dict) -> tuple[int, int]:
    start, end = int(item.get("sentence_start") or 0), int(item.get("sentence_end") or 0)
    return (start, end) if end > start else (int(item["start"]), int(item["end"]))


def _title(item: dict) -> str:
    return " ".join(part for part in ("value", item["value"] or "unresolved", item["unit"]) if part)


def _split(value, separator: str) -> list[str]:
    return [part for part in _text(value).split(separator) if part]


def _text(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)
