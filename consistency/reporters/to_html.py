"""report.html: one self-contained page for desk review of a check.

The page holds, top to bottom:

* a summary: documents (usable or not), the origins quoted, facts per kind and
  findings per verdict and per severity;
* a **Problems** box naming every unreadable, empty or skipped document and
  every decoding note, so that nothing is dropped silently;
* the findings table, most serious first (error > warning > info, then
  diverge, compatible, omission, paraphrase, agree, emphasis), sortable and
  filterable in the page, each row with triage controls (confirm / dismiss and
  a note, kept in the browser's localStorage and exported as a decisions file
  that ``consistency check --baseline`` reads);
* per finding, rendered when the analyst opens it: a card per source quoting
  each evidence sentence with the evidence span in ``<mark>``, the normalised
  values and the rule's explanation (pre-rendered here, shipped as JSON so
  that thousands of findings cost no DOM until opened);
* a source × slot matrix: which account states which slot, and whether it
  agrees, diverges or is silent;
* an emphasis chart (inline SVG): sentences per topic for every account, with
  the topic-emphasis and trend-contrast findings marked;
* the documents: every text with its facts highlighted per kind, boilerplate
  dimmed and reprinted origins marked.

All CSS and JS are inlined under a Content-Security-Policy whose nonce is new
on every render; nothing is loaded from the network, so the file works from
``file://`` and offline. Document text is untrusted: it only reaches the page
through Jinja's autoescaping or ``markupsafe.escape`` (in :func:`highlight`,
:func:`document_html` and :func:`emphasis_chart`), and the JSON block is
escaped so that no ``<`` can close its script element.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import secrets
from bisect import bisect_left
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from .. import frames
from ._atomic import write_atomic

TEMPLATES = Path(__file__).resolve().parent / "templates"
SEVERITY_ORDER = ("error", "warning", "info")
VERDICT_ORDER = ("diverge", "compatible", "omission", "paraphrase", "agree", "emphasis")
CONTEXT = 320  # characters of sentence kept on either side of the marked spans
SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
MAX_SLOTS = 150  # matrix columns; more would not be read, only scrolled
MAX_ACCOUNTS = 80  # matrix rows
MAX_TOPICS = 18  # emphasis chart columns
NOT_SLOTS = ("internal", "emphasis", "trend")  # finding keys that name no fact or claim slot
CELL_ORDER = ("diverge", "compatible", "agree", "stated")  # a matrix cell shows the first that applies
STORAGE_PREFIX = "consistency.triage.v1"
#: What the page's script knows of each finding to build, sort and filter its row, in this order.
ROW_FIELDS = ("finding_id", "severity", "verdict", "code", "rule", "kind", "subject", "sources", "slot_id", "message",
              "baseline")
UNSAFE_IN_SCRIPT = re.compile(r"<(?=[/!])")
DECISIONS_EXAMPLE = {"version": 1, "decisions": [
    {"finding_id": "D100-1a2b3c4d5e", "decision": "dismissed", "note": "same figure, older period"},
    {"finding_id": "O200-0f9e8d7c6b", "decision": "confirmed", "note": ""}]}


def write_html(result, out: Path) -> list[Path]:
    """Render ``report.html`` into ``out`` atomically; return ``[path]``."""
    env = _environment()
    html = env.get_template("report.html.j2").render(**context(result, secrets.token_urlsafe(18), env))
    return [write_atomic(Path(out) / "report.html", html)]


def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)


def context(result, nonce: str, env: Environment | None = None) -> dict:
    """Everything the template shows, as plain data (text unescaped, built markup as Markup)."""
    from .. import __version__

    env = env or _environment()
    texts = {doc.doc_id: doc.text for doc in result.corpus}
    facts = {row["fact_id"]: row for row in result.facts[["fact_id", "unit", "qualifier"]].to_dict("records")}
    documents = [{key: _text(value) for key, value in row.items()}
                 for row in result.documents.to_dict(orient="records")]
    published = {doc["doc_id"]: doc["published"] for doc in documents}
    findings = ordered(result.findings.to_dict(orient="records"))
    detail = env.get_template("finding.html.j2")
    details = {}
    for finding in findings:
        finding["source_list"] = _split(finding.get("sources"), ";")
        finding["baseline"] = _text(finding.get("baseline"))
        finding["cards"] = cards(finding.get("evidence") or [], finding.get("kind", ""), texts, facts)
        for quote in (q for card in finding["cards"] for q in card["quotes"]):
            quote["published"] = published.get(quote["doc_id"], "")
        details[finding["finding_id"]] = detail.render(f=finding)
        finding["cards"] = None  # rendered; keep the context light for thousands of findings
    identity = report_identity(result)
    data = {"identity": identity, "storage": STORAGE_PREFIX, "details": details, "rules": rule_help(),
            "columns": list(ROW_FIELDS), "findings": [[_row_value(f, name) for name in ROW_FIELDS] for f in findings]}
    return {"nonce": nonce, "version": __version__, "identity": identity, "summary": summary(result, documents),
            "problems": problems(result, documents), "findings": findings, "documents": documents,
            "filters": filter_options(findings), "matrix": matrix(result, findings),
            "emphasis": emphasis_chart(result, findings), "texts": document_texts(result),
            "kinds": sorted(set(result.facts["kind"])), "data_json": script_json(data),
            "decisions_example": json.dumps(DECISIONS_EXAMPLE, indent=2)}


def _row_value(finding: dict, name: str):
    return finding["source_list"] if name == "sources" else _text(finding.get(name))


def report_identity(result) -> str:
    """What localStorage keys triage marks by: the corpus (document ids hash the text), not the run.

    Re-running the check on the same documents keeps the analyst's marks;
    finding ids are fingerprints, so a mark follows its finding.
    """
    material = "\n".join(sorted(f"{doc.doc_id}\t{doc.source}" for doc in result.corpus))
    return hashlib.sha256(material.encode("utf-8")).hexdigest()[:16]


def script_json(data) -> Markup:
    r"""JSON safe inside ``<script type="application/json">``.

    In a script element only ``</`` (which may end it) and ``<!--`` (which
    changes how the parser looks for that end) matter, so each ``<`` before
    ``/`` or ``!`` becomes ``\u003c``; the rest of the markup stays as it is
    (escaping every ``<`` would grow the evidence by half).

    >>> print(script_json({"a": "</script><!--<b>"}))
    {"a":"\u003c/script>\u003c!--<b>"}
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(UNSAFE_IN_SCRIPT.sub(r"\\u003c", text))


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


def filter_options(findings: list[dict]) -> dict:
    """The choices of each filter box with their counts, in the order an analyst reads them."""
    def options(values, order=()):
        found = Counter(v for v in values if v)
        return sorted(found.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0]))
    names = {f["code"]: f.get("rule", "") for f in findings}
    return {"severity": options((f["severity"] for f in findings), SEVERITY_ORDER),
            "verdict": options((f["verdict"] for f in findings), VERDICT_ORDER),
            "rule": [(code, names[code], n) for code, n in options(f["code"] for f in findings)],
            "kind": options(_text(f.get("kind")) for f in findings),
            "source": options(s for f in findings for s in f["source_list"])}


def rule_help() -> dict[str, str]:
    """Per rule code, its explanation as HTML: the docstring's summary and why it matters."""
    from ..rules import rule_modules

    helps = {}
    for module in rule_modules():
        paragraphs = [" ".join(p.split()) for p in (module.__doc__ or "").strip().split("\n\n")]
        head = paragraphs[0].split(":", 1)[-1].strip() if paragraphs else ""
        why = next((p.split(":", 1)[1].strip() for p in paragraphs if p.startswith("Why it matters:")), "")
        what = next((p.split(":", 1)[1].strip() for p in paragraphs if p.startswith("What it flags:")), "")
        head = head if head.endswith((".", "!", "?")) or not head else head + "."
        what = what[:1].upper() + what[1:]
        helps[module.CODE] = str(Markup('<p class="rule-help"><code>{}</code> <strong>{}</strong>: {} {}{}</p>').format(
            module.CODE, module.NAME, head[:1].upper() + head[1:], what,
            Markup(" <em>Why it matters:</em> {}").format(why) if why else ""))
    return helps


# -- evidence cards ----------------------------------------------------------------------------------------

def cards(evidence: list[dict], kind: str, texts: dict, facts: dict) -> list[dict]:
    """One card per source; each quotes its sentences, several spans of one sentence marked together."""
    by_source: dict[str, list[dict]] = {}
    for item in evidence:
        by_source.setdefault(_text(item.get("source")), []).append(item)
    result = []
    for source, items in by_source.items():
        quotes: list[dict] = []
        for item in sorted(items, key=lambda e: (str(e["doc_id"]), int(e["start"]))):
            fact_id = f"{item['doc_id']}:{kind}:{item['start']}"
            fact = facts.get(fact_id, {})
            entry = {**item, "origin": _text(item.get("origin")) or "narration", "fact_id": fact_id if fact else "",
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


# -- source × slot matrix ----------------------------------------------------------------------------------

def account_name(source: str, origin: str, doc_id: str = "", ambiguous: bool = False) -> str:
    """How the page names an account: "China Daily", "Aggregator (MFA)"; the doc id when sources repeat."""
    name = source if origin in ("", "narration") else f"{source} ({origin})"
    return f"{name} · {doc_id}" if ambiguous else name


def accounts(result) -> list[dict]:
    """Every account (document × origin) with text, documents in corpus order, narration first."""
    order = {doc.doc_id: number for number, doc in enumerate(result.corpus)}
    docs = {doc.doc_id: doc for doc in result.corpus}
    by_source = Counter(doc.source for doc in result.corpus if doc.usable)
    found = {(doc.doc_id, "narration") for doc in result.corpus if doc.usable}
    found |= {(doc.doc_id, span.label) for doc in result.corpus for span in doc.origins}
    found |= {(row.doc_id, row.origin) for row in frames.rows(result.facts) if row.origin != "metadata"}
    rows = []
    for doc_id, origin in sorted(found, key=lambda a: (order.get(a[0], len(order)), a[1] != "narration", a[1])):
        source = docs[doc_id].source if doc_id in docs else doc_id
        rows.append({"doc_id": doc_id, "origin": origin, "source": source,
                     "label": account_name(source, origin, doc_id, by_source[source] > 1)})
    return rows


def matrix(result, findings: list[dict]) -> dict:
    """Rows = accounts, columns = fact and claim slots; each cell the account's standing on the slot.

    A cell is ``diverge``, ``compatible`` or ``agree`` when the account is cited
    by a finding of that verdict on the slot (the worst wins), ``stated`` when
    the account has a fact in the slot (or is cited by an omission finding) and
    ``silent`` otherwise. Columns are capped at ``MAX_SLOTS``: slots with the
    most serious findings first, then the most widely stated.
    """
    stating: dict[str, set] = defaultdict(set)
    facts = result.facts[(result.facts["slot_id"] != "") & (result.facts["origin"] != "metadata")]
    for row in frames.rows(facts):
        stating[row.slot_id].add((row.doc_id, row.origin))
    verdicts: dict[str, dict] = defaultdict(lambda: defaultdict(set))
    cited: dict[str, list] = defaultdict(list)
    for finding in findings:
        slot_id = _text(finding.get("slot_id"))
        if not slot_id or slot_id.split(":", 1)[0] in NOT_SLOTS:
            continue
        cited[slot_id].append(finding)
        verdict = {"paraphrase": "agree", "omission": "stated", "emphasis": "stated"}.get(finding["verdict"],
                                                                                         finding["verdict"])
        for item in finding.get("evidence") or []:
            account = (item["doc_id"], _text(item.get("origin")) or "narration")
            stating[slot_id].add(account)
            verdicts[slot_id][account].add(verdict)

    def importance(slot_id):
        ranks = [(_rank(SEVERITY_ORDER, f["severity"]), _rank(VERDICT_ORDER, f["verdict"])) for f in cited[slot_id]]
        return (min(ranks, default=(9, 9)), -len(stating[slot_id]), slot_id)
    chosen = sorted(stating, key=importance)
    rows = accounts(result)[:MAX_ACCOUNTS]
    total_accounts = len(accounts(result)) if len(rows) == MAX_ACCOUNTS else len(rows)
    columns = []
    for slot_id in chosen[:MAX_SLOTS]:
        kind, _, label = slot_id.partition(":")
        worst = min((f["verdict"] for f in cited[slot_id]), key=lambda v: _rank(VERDICT_ORDER, v), default="")
        columns.append({"slot_id": slot_id, "kind": kind, "label": label or slot_id, "verdict": worst,
                        "findings": len(cited[slot_id])})
    grid = []
    for row in rows:
        account = (row["doc_id"], row["origin"])
        cells = []
        for column in columns:
            slot_id = column["slot_id"]
            marks = verdicts[slot_id].get(account, set())
            state = next((s for s in CELL_ORDER if s in marks), "stated" if account in stating[slot_id] else "silent")
            cells.append({"state": state, "title": f"{row['label']} · {slot_id}: {state}"})
        grid.append({**row, "cells": cells, "stated": sum(c["state"] != "silent" for c in cells)})
    return {"columns": columns, "rows": grid, "total_slots": len(chosen), "total_accounts": total_accounts,
            "legend": [("diverge", "✕", "diverges"), ("compatible", "≈", "compatible"),
                       ("agree", "=", "agrees"), ("stated", "●", "states, nothing to compare"),
                       ("silent", "·", "silent")]}


# -- emphasis chart ----------------------------------------------------------------------------------------

def topic_table(result, findings: list[dict]) -> dict:
    """Sentences per topic and account (topic lists and places the emphasis rules flagged), with trends.

    Counts come from the documents of the result through the same sentence
    splitter and topic lists the E100 and E200 rules use.
    """
    from ..claims import claim_sentences
    from ..topics import compile_topics, coverage

    settings = getattr(getattr(result, "config", None), "settings", None)
    sentences = claim_sentences(result.corpus, 3)
    totals = Counter(s.account for s in sentences)
    patterns = compile_topics(getattr(settings, "topics", None))
    covered = coverage(sentences, patterns)
    flagged: dict[tuple, set] = defaultdict(set)  # (account, topic) -> finding ids
    contrast: dict[tuple, str] = {}
    places: Counter = Counter()
    for finding in findings:
        if finding["code"] == "E100":
            topics = [t.strip() for t in _text(finding.get("subject")).split(",") if t.strip()]
            silent = _silent_account(finding)
            for topic in topics if silent else ():
                flagged[(silent, topic)].add(finding["finding_id"])
            places.update(t for t in topics if t not in patterns)
    names = [t for t in patterns if any(covered[a].sentences.get(t) for a in totals)]
    names += [p for p, _ in places.most_common(max(0, MAX_TOPICS - len(names)))]
    place_sentences = _place_sentences(result, set(names) - set(patterns))
    for finding in findings:
        if finding["code"] == "E200":
            topic = _text(finding.get("subject"))
            for account, coverage_ in covered.items():
                if coverage_.negative.get(topic):
                    contrast[(account, topic)] = "down"
                elif coverage_.positive.get(topic):
                    contrast[(account, topic)] = "up"
    table = {}
    for account in totals:
        for topic in names[:MAX_TOPICS]:
            found = covered[account].sentences.get(topic, []) if topic in patterns else \
                place_sentences.get((account, topic), ())
            trend = ("mixed" if covered[account].negative.get(topic) and covered[account].positive.get(topic)
                     else "down" if covered[account].negative.get(topic)
                     else "up" if covered[account].positive.get(topic) else "")
            table[(account, topic)] = {"count": len(found), "trend": trend,
                                       "contrast": contrast.get((account, topic), ""),
                                       "omitted": sorted(flagged[(account, topic)])}
    return {"topics": names[:MAX_TOPICS], "totals": totals, "cells": table}


def _silent_account(finding: dict) -> tuple[str, str] | None:
    """The account an E100 finding says never mentions its topics, from its key
    ``emphasis:<origin A>><origin B>:<doc A>><doc B>``."""
    key = _text(finding.get("slot_id"))
    origins, _, docs = key.removeprefix("emphasis:").rpartition(":")
    if ">" not in origins or ">" not in docs:
        return None
    return docs.split(">")[-1], origins.split(">")[-1]


def _place_sentences(result, names: set) -> dict:
    found: dict = defaultdict(set)
    if not names:
        return found
    places = result.facts[(result.facts["kind"] == "place") & result.facts["value"].isin(names)]
    for row in frames.rows(places):
        found[((row.doc_id, row.origin), row.value)].add(row.sentence_start)
    return found


def emphasis_chart(result, findings: list[dict]) -> Markup:
    """Accounts × topics as inline SVG: a dot per cell, its area the share of the account's sentences."""
    data = topic_table(result, findings)
    topics, totals = data["topics"], data["totals"]
    names = {(a["doc_id"], a["origin"]): a["label"] for a in accounts(result)}
    rows = [a for a in sorted(totals, key=lambda a: list(names).index(a) if a in names else len(names))]
    if not topics or not rows:
        return Markup('<p class="n">No sentences on any listed topic.</p>')
    left, top, cell, height = 230, 150, 46, 36
    width = left + cell * len(topics) + 20
    total_height = top + height * len(rows) + 16
    parts = [Markup('<svg class="emphasis" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" '
                    'height="{h}" role="img" aria-labelledby="emphasis-title">'
                    '<title id="emphasis-title">Sentences per topic for each account</title>').format(
                        w=width, h=total_height)]
    for number, topic in enumerate(topics):
        x = left + cell * number + cell / 2
        parts.append(Markup('<text class="topic" x="{x}" y="{y}" transform="rotate(-45 {x} {y})">{t}</text>').format(
            x=x, y=top - 8, t=_clip(topic, 26)))
    for number, account in enumerate(rows):
        y = top + height * number + height / 2
        label = names.get(account, account_name(account[0], account[1]))
        if number % 2 == 0:
            parts.append(Markup('<rect class="band" x="0" y="{y}" width="{w}" height="{h}"/>').format(
                y=y - height / 2, w=width, h=height))
        parts.append(Markup('<text class="account" x="{x}" y="{y}">{t}<title>{full}: {n} sentences</title></text>'
                            ).format(x=left - 10, y=y + 4, t=_clip(label, 30), full=label, n=totals[account]))
        for column, topic in enumerate(topics):
            parts.append(_dot(data["cells"][(account, topic)], totals[account], left + cell * column + cell / 2, y,
                              label, topic))
    parts.append(Markup("</svg>"))
    return Markup("").join(parts)


def _dot(entry: dict, total: int, x: float, y: float, account: str, topic: str) -> Markup:
    share = entry["count"] / total if total else 0.0
    title = f"{account} · {topic}: {entry['count']} of {total} sentences ({share:.0%})"
    if entry["trend"]:
        title += {"up": "; growth words", "down": "; downturn words", "mixed": "; growth and downturn words"}[
            entry["trend"]]
    if entry["omitted"]:
        title += "; never mentioned here while another account dwells on it (" + ", ".join(entry["omitted"]) + ")"
    parts = []
    if entry["count"]:
        radius = 3 + 14 * math.sqrt(min(1.0, share / 0.25))
        parts.append(Markup('<circle class="dot trend-{t}" cx="{x}" cy="{y}" r="{r:.1f}"/>').format(
            t=entry["trend"] or "none", x=x, y=y, r=radius))
        parts.append(Markup('<text class="count" x="{x}" y="{y}">{n}</text>').format(x=x, y=y + 4, n=entry["count"]))
    else:
        parts.append(Markup('<circle class="none" cx="{x}" cy="{y}" r="2"/>').format(x=x, y=y))
    if entry["omitted"]:
        parts.append(Markup('<circle class="omitted" cx="{x}" cy="{y}" r="15"/>').format(x=x, y=y))
    if entry["contrast"]:
        arrow = "▼" if entry["contrast"] == "down" else "▲"
        parts.append(Markup('<text class="arrow arrow-{c}" x="{x}" y="{y}">{a}</text>').format(
            c=entry["contrast"], x=x + 15, y=y - 8, a=arrow))
    return Markup('<g class="cell"><title>{}</title>{}</g>').format(title, Markup("").join(parts))


# -- document texts ----------------------------------------------------------------------------------------

def document_texts(result) -> list[dict]:
    """Per usable document: its text as HTML with facts, boilerplate, metadata and origins marked."""
    by_doc = {doc_id: group for doc_id, group in result.facts.groupby("doc_id", sort=False)}
    entries = []
    for doc in result.corpus:
        if not doc.usable:
            continue
        facts = by_doc.get(doc.doc_id)
        rows = [] if facts is None else facts[["fact_id", "kind", "start", "end", "value", "unit",
                                                "qualifier", "slot_id"]].to_dict("records")
        entries.append({"doc_id": doc.doc_id, "source": doc.source, "facts": len(rows), "chars": len(doc.text),
                        "origins": sorted({s.label for s in doc.origins}), "html": document_html(doc, rows)})
    return entries


def document_html(doc, facts: list[dict]) -> Markup:
    """The whole text, escaped, with nested tags opened and closed wherever a layer changes.

    Layers, outermost first: the origin speaking (innermost origin span wins),
    boilerplate, metadata, then facts (longest first). A tag that would cross
    another's end is closed and reopened, so the markup always nests.

    >>> from consistency.schema import Document, Span
    >>> d = Document("d", Path("d.txt"), "a <b> c", "s", boilerplate=[Span(6, 7, "trailer")])
    >>> html = str(document_html(d, [{"fact_id": "d:x:2", "kind": "x", "start": 2, "end": 5, "value": "v",
    ...                                "unit": "", "qualifier": "", "slot_id": ""}]))
    >>> print(html.replace("</span> <", "</span>\\n<"))
    <div class="text">a <span class="f k-x" id="t-d:x:2" title="x · v">&lt;b&gt;</span>
    <span class="bp" title="boilerplate: trailer">c</span></div>
    """
    text = doc.text
    layers = [("og", span.start, span.end, number) for number, span in enumerate(doc.origins)]
    layers += [("bp", span.start, span.end, number) for number, span in enumerate(doc.boilerplate)]
    layers += [("md", span.start, span.end, number) for number, span in enumerate(doc.metadata)]
    layers += [("f", int(fact["start"]), int(fact["end"]), number) for number, fact in enumerate(facts)]
    edges = sorted({0, len(text), *(max(0, min(len(text), e)) for _, s, t, _ in layers for e in (s, t))})
    opening: dict[int, list] = defaultdict(list)
    for layer in layers:
        if layer[2] > layer[1]:
            opening[edges[bisect_left(edges, max(0, layer[1]))]].append(layer)
    active: list = []
    stack: list = []
    opened: set = set()
    parts = [Markup('<div class="text">')]
    for left, right in pairwise(edges):
        active = [layer for layer in active if layer[2] > left] + opening.get(left, [])
        wanted = _stack(active)
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] == wanted[keep]:
            keep += 1
        parts.extend(_close(layer) for layer in reversed(stack[keep:]))
        for layer in wanted[keep:]:
            parts.append(_open(layer, doc, facts, layer not in opened))
            opened.add(layer)
        stack = wanted
        parts.append(escape(text[left:right]))
    parts.extend(_close(layer) for layer in reversed(stack))
    parts.append(Markup("</div>"))
    return Markup("").join(parts)


def _stack(active: list) -> list:
    origins = [layer for layer in active if layer[0] == "og"]
    chosen = [max(origins, key=lambda layer: layer[3])] if origins else []
    chosen += sorted((layer for layer in active if layer[0] in ("bp", "md")), key=lambda layer: (layer[0], layer[3]))
    chosen += sorted((layer for layer in active if layer[0] == "f"), key=lambda layer: (layer[1], -layer[2], layer[3]))
    return chosen


def _open(layer, doc, facts: list[dict], first: bool) -> Markup:
    kind, number = layer[0], layer[3]
    if kind == "og":
        label = doc.origins[number].label
        start = doc.origins[number].start
        inline = " og-inline" if start > 0 and doc.text[start - 1] != "\n" else ""  # a block would break the line
        label = escape(label)
        return Markup(f'<span class="og og-{_origin_class(doc, doc.origins[number].label)}{inline}" '
                      f'data-origin="{label}" title="reprinted text: {label}">')
    # Tags are built from escaped parts with f-strings: Markup.format goes through Python's
    # string.Formatter, which was most of the report's time on large corpora.
    if kind in ("bp", "md"):
        span = (doc.boilerplate if kind == "bp" else doc.metadata)[number]
        name = "boilerplate" if kind == "bp" else "metadata"
        return Markup(f'<span class="{kind}" title="{name}: {escape(span.label or name)}">')
    fact = facts[number]
    value = " ".join(p for p in (_text(fact["value"]) or "unresolved", _text(fact.get("unit"))) if p)
    qualifier = _text(fact.get("qualifier"))
    title = f"{fact['kind']} · {value}" + (f" ({qualifier})" if qualifier and qualifier != "exact" else "")
    slot = _text(fact.get("slot_id"))
    anchor = f' id="t-{escape(fact["fact_id"])}"' if first else ""
    data = f' data-slot="{escape(slot)}"' if slot else ""
    return Markup(f'<span class="f k-{escape(_css_name(fact["kind"]))}"{anchor}{data} title="{escape(title)}">')


def _close(_layer) -> Markup:
    return Markup("</span>")


def _origin_class(doc, label: str) -> int:
    labels = list(dict.fromkeys(span.label for span in doc.origins))
    return labels.index(label) % 6


def _css_name(value: str) -> str:
    return re.sub(r"[^a-z0-9_-]", "-", str(value).lower()) or "x"


def _clip(text: str, size: int) -> str:
    return text if len(text) <= size else text[:size - 1] + "…"


def _rank(order, value) -> int:
    return order.index(value) if value in order else len(order)


def _split(value, separator: str) -> list[str]:
    return [part for part in _text(value).split(separator) if part]


def _text(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)
