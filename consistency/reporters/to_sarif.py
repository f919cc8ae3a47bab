"""results.sarif: findings as a SARIF 2.1.0 log, for GitHub code scanning and SARIF viewers.

One run; ``tool.driver`` lists every selected rule (id = code, name, short and full description
from the rule's docstring, default level from its severity as configured) and carries an
``informationUri`` when the installed package declares a home page. Each finding is one
result: ``ruleId``, ``level`` (error / warning / note from its severity), ``message.text``, its
first evidence span as the location and the others as ``relatedLocations``, and
``partialFingerprints["consistency/v1"]`` = the finding id, a hash of rule, slot, sources and
values that never depends on offsets, so an alert keeps its identity across edits. With a
baseline, ``baselineState`` is "unchanged" for accepted findings and "new" for the others, and an
accepted finding carries an external, accepted suppression (the baseline or triage file said so).
Documents that could not be read become tool notifications of the invocation.

Every finding is a result whatever ``fail_on`` (SARIF is the complete record; consumers filter
by level); ``fail_on`` is recorded in ``run.properties``.

Locations: ``artifactLocation.uri`` is the document path relative to the current folder (the
checkout in CI), percent-encoded (``my report.txt`` → ``my%20report.txt``), with ``uriBaseId``
"%SRCROOT%"; a document outside it gets an absolute ``file:`` URI. Regions are 1-based lines and
columns computed from our character offsets in the decoded text. SARIF counts columns in UTF-16
code units unless told otherwise; our offsets count code points, so the run sets
``columnKind: "unicodeCodePoints"`` (they differ only after a character outside the BMP, an emoji).
"""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

from ..rules import rule_modules
from ._atomic import write_atomic
from ._lines import SRCROOT, Locator, records, rule_summary

NAME = "results.sarif"
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "consistency/v1"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render_sarif(result, fail_on: str = "error", root: str | Path | None = None) -> str:
    """The SARIF log of ``result`` as JSON text; paths are relative to ``root`` (default: the cwd)."""
    return json.dumps(as_sarif(result, fail_on, root), ensure_ascii=False, indent=2) + "\n"


def write_sarif(result, out: Path, *, fail_on: str = "error") -> list[Path]:
    """Write results.sarif into ``out``; return its path."""
    return [write_atomic(Path(out) / NAME, render_sarif(result, fail_on))]


def as_sarif(result, fail_on: str = "error", root: str | Path | None = None) -> dict:
    """The SARIF log as plain Python data."""
    from .. import __version__

    locator = Locator(result.corpus, root)
    severities = result.config.severity
    modules = [m for m in rule_modules() if result.config.selects(m.CODE)]
    found = {finding["code"]: finding["rule"] for finding in records(result)}
    rules = [_rule(m.CODE, m.NAME, m.__doc__, severities.get(m.CODE) or m.SEVERITY, rule_summary(m), m.VERDICT)
             for m in modules]
    # A finding of a rule not in the registry (a caller's own rule) still gets a descriptor.
    known = {m.CODE for m in modules}
    rules += [_rule(code, name, None, "warning", name, "") for code, name in sorted(found.items()) if code not in known]
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    with_baseline = "baseline" in result.findings
    results = [_result(f, index, locator, with_baseline) for f in records(result)]
    driver = {"name": "consistency", "version": __version__, "semanticVersion": __version__,
              **({"informationUri": home} if (home := information_uri()) else {}), "rules": rules}
    run = {
        "tool": {"driver": driver},
        "invocations": [_invocation(result, locator)],
        "originalUriBaseIds": {SRCROOT: {"uri": locator.root_uri()}},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {"failOn": fail_on, **({"staleBaselineEntries": list(result.stale)} if with_baseline else {})},
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def information_uri() -> str | None:
    """The project's home page from the installed package's metadata, when it declares one."""
    try:
        meta = metadata.metadata("consistency")
    except metadata.PackageNotFoundError:
        return None
    urls = [meta.get("Home-page"), *(entry.split(",", 1)[-1].strip() for entry in meta.get_all("Project-URL") or [])]
    return next((url for url in urls if url and url.startswith(("https://", "http://"))), None)


def _rule(code: str, name: str, doc: str | None, severity: str, summary: str, verdict: str) -> dict:
    text = (doc or "").strip() or summary
    rule = {"id": code, "name": name, "shortDescription": {"text": summary},
            "fullDescription": {"text": text}, "help": {"text": text},
            "defaultConfiguration": {"level": LEVELS.get(severity, "warning")}}
    if verdict:
        rule["properties"] = {"tags": [verdict]}
    return rule


def _result(finding: dict, index: dict[str, int], locator: Locator, with_baseline: bool) -> dict:
    evidence = finding.get("evidence") or []
    item = {"ruleId": finding["code"], "ruleIndex": index[finding["code"]],
            "level": LEVELS.get(finding["severity"], "warning"), "message": {"text": finding["message"]}}
    if evidence:
        item["locations"] = [_location(evidence[0], locator)]
    if len(evidence) > 1:
        item["relatedLocations"] = [_location(e, locator, number) for number, e in enumerate(evidence[1:], 1)]
    item["partialFingerprints"] = {FINGERPRINT: finding["finding_id"]}
    if with_baseline:
        accepted = finding.get("baseline") == "accepted"
        item["baselineState"] = "unchanged" if accepted else "new"
        if accepted:
            item["suppressions"] = [{"kind": "external", "status": "accepted",
                                     "justification": "accepted in the baseline"}]
    # Strings only: a missing cell in a caller's table is NaN, which is not JSON.
    item["properties"] = {key: finding[key] for key in ("verdict", "severity", "kind", "subject", "slot_id")
                          if isinstance(finding.get(key), str) and finding[key]}
    return item


def _location(evidence: dict, locator: Locator, number: int | None = None) -> dict:
    uri, base = locator.uri(evidence.get("doc_id", ""))
    artifact = {"uri": uri, **({"uriBaseId": base} if base else {})}
    physical: dict = {"artifactLocation": artifact}
    region = locator.region(evidence)
    if region is not None:
        physical["region"] = {"startLine": region.start_line, "startColumn": region.start_column,
                              "endLine": region.end_line, "endColumn": region.end_column,
                              "snippet": {"text": evidence.get("surface", "")}}
    location: dict = {"physicalLocation": physical}
    if number is not None:
        location["id"] = number
        location["message"] = {"text": f"{evidence.get('source', '')} ({evidence.get('origin', '')}): "
                                       f"{evidence.get('value', '')}"}
    return location


def _invocation(result, locator: Locator) -> dict:
    notes = []
    for doc in result.corpus:
        for problem in doc.problems:
            uri, base = locator.uri(doc.doc_id)
            notes.append({"level": "error" if not doc.usable else "warning", "message": {"text": problem},
                          "locations": [{"physicalLocation": {
                              "artifactLocation": {"uri": uri, **({"uriBaseId": base} if base else {})}}}]})
    invocation: dict = {"executionSuccessful": bool(result.usable)}
    if notes:
        invocation["toolExecutionNotifications"] = notes
    return invocation
