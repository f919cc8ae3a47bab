"""junit.xml: findings as test results, for CI tools that show JUnit reports (GitLab, Jenkins, Azure…).

Shape::

    <testsuites name="consistency" tests failures errors="0" skipped time="0">
      <testsuite name="D100 value-conflict" …>            one suite per rule that found something
        <testcase name="value-conflict money:trade@2025 (D100-1a2b3c4d5e)" classname="D100" time="0">
          <failure message="…the finding's message…" type="error">message, rule, evidence</failure>
        </testcase>
      </testsuite>
      <testsuite name="documents" …>                       one test case per document
        <testcase name="004_7fe8…" classname="documents"><skipped message="…unreadable…"/></testcase>
      </testsuite>
    </testsuites>

A finding *fails* exactly when it makes the CLI exit 1: its severity is at or above ``fail_on`` and
it is not accepted in a baseline. Every other finding passes, its message and evidence in
``<system-out>``. A document that could not be read is a skipped test case, so it shows without
failing the build (the CLI's exit code does not count it either).

Document text is untrusted: ElementTree escapes markup, and characters XML 1.0 forbids (NUL,
most C0 controls, lone surrogates) are replaced with U+FFFD so the file always parses.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ..rules import rule_modules
from ._atomic import write_atomic
from ._lines import Locator, at_or_above, evidence_line, failing, records, rule_summary

NAME = "junit.xml"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: object) -> str:
    r"""``text`` with characters XML 1.0 cannot carry replaced by U+FFFD.

    >>> xml_safe("a\x00b\x0cc\td")
    'a�b�c\td'
    """
    return _NOT_XML.sub("\ufffd", str(text))


def render_junit(result, fail_on: str = "error", root: str | Path | None = None) -> str:
    """The JUnit XML document for ``result``; findings at or above ``fail_on`` and not accepted fail."""
    locator = Locator(result.corpus, root)
    summaries = {module.CODE: rule_summary(module) for module in rule_modules()}
    top = ET.Element("testsuites", name="consistency")
    by_code: dict[str, list[dict]] = {}
    for finding in records(result):
        by_code.setdefault(finding["code"], []).append(finding)
    for code in sorted(by_code):
        findings = by_code[code]
        suite = _suite(top, f"{code} {findings[0]['rule']}")
        for finding in findings:
            _finding_case(suite, finding, fail_on, locator, summaries.get(code, ""))
        _count(suite)
    documents = _suite(top, "documents")
    for doc in result.corpus:
        _document_case(documents, doc, locator)
    _count(documents)
    _count(top, children="testsuite")
    ET.indent(top)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(top, encoding="unicode") + "\n"


def write_junit(result, out: Path, *, fail_on: str = "error") -> list[Path]:
    """Write junit.xml into ``out``; return its path."""
    return [write_atomic(Path(out) / NAME, render_junit(result, fail_on))]


def _suite(parent: ET.Element, name: str) -> ET.Element:
    return ET.SubElement(parent, "testsuite", name=xml_safe(name))


def _finding_case(suite: ET.Element, finding: dict, fail_on: str, locator: Locator, summary: str) -> None:
    label = finding.get("slot_id") or finding.get("subject") or finding["kind"]
    case = ET.SubElement(suite, "testcase", name=xml_safe(f"{finding['rule']} {label} ({finding['finding_id']})"),
                         classname=finding["code"], time="0")
    lines = [finding["message"], "",
             f"{finding['code']} {finding['rule']} (severity {finding['severity']}, verdict {finding['verdict']})"
             + (f": {summary}" if summary else "")]
    evidence = finding.get("evidence") or []
    if evidence:
        lines += ["Evidence:", *(f"  {evidence_line(locator, item)}" for item in evidence)]
    if failing(finding, fail_on):
        failure = ET.SubElement(case, "failure", message=xml_safe(finding["message"]), type=finding["severity"])
        failure.text = xml_safe("\n".join(lines))
        return
    if finding.get("baseline") == "accepted" and at_or_above(finding["severity"], fail_on):
        lines.append("Accepted in the baseline: does not fail.")
    else:
        lines.append(f"Below --fail-on {fail_on}: does not fail.")
    ET.SubElement(case, "system-out").text = xml_safe("\n".join(lines))


def _document_case(suite: ET.Element, doc, locator: Locator) -> None:
    case = ET.SubElement(suite, "testcase", name=xml_safe(doc.doc_id), classname="documents", time="0")
    problems = "\n".join(doc.problems)
    if not doc.usable:
        ET.SubElement(case, "skipped", message=xml_safe(f"{doc.status}: {problems or 'no text'}"))
    else:
        note = f"{locator.path(doc.doc_id)}: read as {doc.encoding}, source {doc.source}"
        ET.SubElement(case, "system-out").text = xml_safe("\n".join([note, *doc.problems]))


def _count(element: ET.Element, children: str = "testcase") -> None:
    """Set tests/failures/errors/skipped/time on a suite (or on the root, summing its suites)."""
    if children == "testcase":
        cases = element.findall("testcase")
        counts = {"tests": len(cases), "failures": sum(c.find("failure") is not None for c in cases),
                  "errors": 0, "skipped": sum(c.find("skipped") is not None for c in cases)}
    else:
        suites = element.findall(children)
        counts = {key: sum(int(s.get(key, 0)) for s in suites) for key in ("tests", "failures", "errors", "skipped")}
    for key, value in counts.items():
        element.set(key, str(value))
    element.set("time", "0")
