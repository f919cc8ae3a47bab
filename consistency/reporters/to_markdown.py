"""summary.md: a short Markdown summary for a CI job page (GitHub's step summary, a PR comment).

Top to bottom: a headline (how many findings fail at ``fail_on``), one line of counts (documents,
facts, findings, baseline), a table of findings by verdict and severity, a table of the findings
at or above ``fail_on`` (failing ones first, then those a baseline accepted; at most
``MAX_ROWS``), and the documents with problems. The full detail lives in the other reports.

Document text is untrusted and reaches the page through :func:`md` only: whitespace (newlines
included) collapses to one space, so nothing can end a table row or start a heading, and
Markdown punctuation (pipes, backticks, emphasis, brackets, angle brackets, ampersands) is
backslash-escaped, so a report cannot break the table, open a code span, inject a link or HTML.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from ..schema import SEVERITIES, VERDICTS, severity_rank
from ._atomic import write_atomic
from ._lines import Locator, at_or_above, failing, records

NAME = "summary.md"
MAX_ROWS = 30
MAX_MESSAGE = 200
_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")


def md(text: object, limit: int | None = None) -> str:
    r"""``text`` as one line of inert Markdown, cut to ``limit`` characters (before escaping).

    >>> md("a | b `c`\n*d*")
    'a \\| b \\`c\\` \\*d\\*'
    >>> md("x" * 10, limit=5)
    'xxxx…'
    """
    flat = " ".join(str(text).split())
    if limit is not None and len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return _SPECIAL.sub(r"\\\1", flat)


def render_markdown(result, fail_on: str = "error", root: str | Path | None = None) -> str:
    """The Markdown summary of ``result`` at threshold ``fail_on``."""
    locator = Locator(result.corpus, root)
    findings = records(result)
    failed = [f for f in findings if failing(f, fail_on)]
    lines = [_headline(len(failed), fail_on), "", _counts(result, findings), ""]
    lines += _verdict_table(findings)
    shown = [f for f in findings if at_or_above(f["severity"], fail_on)]
    if shown:
        lines += ["", f"### Findings at or above {fail_on}", "", *_finding_table(shown, fail_on, locator, result)]
    troubled = [doc for doc in result.corpus if doc.problems or not doc.usable]
    if troubled:
        lines += ["", "### Documents with problems", ""]
        lines += [f"- {md(locator.path(doc.doc_id))} ({md(doc.status)}): {md('; '.join(doc.problems), MAX_MESSAGE)}"
                  for doc in troubled]
    return "\n".join(lines) + "\n"


def write_markdown(result, out: Path, *, fail_on: str = "error") -> list[Path]:
    """Write summary.md into ``out``; return its path."""
    return [write_atomic(Path(out) / NAME, render_markdown(result, fail_on))]


def _headline(failed: int, fail_on: str) -> str:
    if fail_on == "never":
        return "## consistency: checked (fail-on never)"
    if failed:
        return f"## consistency: {failed} finding{'s' * (failed != 1)} at or above {fail_on} ❌"
    return f"## consistency: no new finding at or above {fail_on} ✅"


def _counts(result, findings: list[dict]) -> str:
    usable = sum(doc.usable for doc in result.corpus)
    parts = [f"{usable} of {len(result.corpus)} documents read", f"{len(result.facts)} facts",
             f"{len(findings)} findings"]
    if "baseline" in result.findings:
        marks = Counter(f.get("baseline") for f in findings)
        parts.append(f"baseline: {marks['accepted']} accepted, {marks['new']} new, {len(result.stale)} stale")
    return " · ".join(parts)


def _verdict_table(findings: list[dict]) -> list[str]:
    if not findings:
        return []
    severities = list(reversed(SEVERITIES))  # error, warning, info
    counts = Counter((f["verdict"], f["severity"]) for f in findings)
    verdicts = [v for v in VERDICTS if any(counts[v, s] for s in severities)]
    verdicts += sorted({f["verdict"] for f in findings} - set(verdicts))
    rows = ["| verdict | " + " | ".join(severities) + " | total |",
            "| --- | " + " | ".join("---:" for _ in severities) + " | ---: |"]
    for verdict in verdicts:
        cells = [counts[verdict, s] for s in severities]
        rows.append(f"| {md(verdict)} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    return rows


def _finding_table(shown: list[dict], fail_on: str, locator: Locator, result) -> list[str]:
    baseline = "baseline" in result.findings
    shown = sorted(shown, key=lambda f: (not failing(f, fail_on), -severity_rank(f["severity"])))
    header = "| severity | rule | where | message |" + (" baseline |" if baseline else "")
    rows = [header, "| --- | --- | --- | --- |" + (" --- |" if baseline else "")]
    for finding in shown[:MAX_ROWS]:
        cells = [md(finding["severity"]), md(f"{finding['code']} {finding['rule']}"),
                 _where(finding, locator), md(finding["message"], MAX_MESSAGE)]
        if baseline:
            cells.append(md(finding.get("baseline", "")))
        rows.append("| " + " | ".join(cells) + " |")
    if len(shown) > MAX_ROWS:
        rows += ["", f"… and {len(shown) - MAX_ROWS} more: see findings.json or the HTML report."]
    return rows


def _where(finding: dict, locator: Locator) -> str:
    evidence = finding.get("evidence") or []
    if not evidence:
        return ""
    region = locator.region(evidence[0])
    place = locator.path(evidence[0].get("doc_id", "")) + (f":{region.start_line}" if region else "")
    more = f" (+{len(evidence) - 1})" if len(evidence) > 1 else ""
    return md(place + more)
