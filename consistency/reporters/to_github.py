"""github-annotations.txt: GitHub Actions workflow commands, one per finding that fails the build.

Printed to a step's standard output, each line becomes an annotation on the file and line::

    ::error file=seeds/a.txt,line=3,endLine=3,col=27,endColumn=42,title=D100 value-conflict::Trade …

The command is ``::error``, ``::warning`` or ``::notice`` after the finding's severity. Only
findings at or above ``fail_on`` and not accepted in a baseline are written (the ones that make
the CLI exit 1), most severe first, because GitHub shows only the first ten annotations of each
kind per step. The location is the first evidence span; columns are given only when the span
lies on one line (GitHub's annotation API ignores them otherwise) and the end column is the one
just past the span. Paths are relative to the current folder (the checkout in CI).

Escaping follows GitHub's runner: in the message ``%``, ``\\r`` and ``\\n`` become ``%25``,
``%0D`` and ``%0A`` (an annotation may span lines, but a document can never start a workflow
command of its own); in property values ``:`` and ``,`` also become ``%3A`` and ``%2C``.
"""

from __future__ import annotations

from pathlib import Path

from ..schema import severity_rank
from ._atomic import write_atomic
from ._lines import Locator, evidence_line, failing, records

NAME = "github-annotations.txt"
COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
MAX_EVIDENCE = 5  # evidence lines quoted in one annotation; the reports carry all of them


def escape_data(text: str) -> str:
    r"""Escape a workflow command's message.

    >>> escape_data("50% up\r\nnext")
    '50%25 up%0D%0Anext'
    """
    return str(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value.

    >>> escape_property("a, b: c")
    'a%2C b%3A c'
    """
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(result, fail_on: str = "error", root: str | Path | None = None) -> str:
    """The workflow commands for ``result``, one line per failing finding (empty when none fails)."""
    locator = Locator(result.corpus, root)
    chosen = [f for f in records(result) if failing(f, fail_on)]
    chosen.sort(key=lambda f: -severity_rank(f["severity"]))  # stable: the rules' order among equals
    return "".join(annotation(f, locator) + "\n" for f in chosen)


def write_github(result, out: Path, *, fail_on: str = "error") -> list[Path]:
    """Write github-annotations.txt into ``out``; return its path."""
    return [write_atomic(Path(out) / NAME, render_github(result, fail_on))]


def annotation(finding: dict, locator: Locator) -> str:
    """One workflow command line for ``finding``."""
    evidence = finding.get("evidence") or []
    properties: list[tuple[str, object]] = []
    if evidence:
        properties.append(("file", locator.path(evidence[0].get("doc_id", ""))))
        region = locator.region(evidence[0])
        if region is not None:
            properties += [("line", region.start_line), ("endLine", region.end_line)]
            if region.start_line == region.end_line:
                properties += [("col", region.start_column), ("endColumn", region.end_column)]
    properties.append(("title", f"{finding['code']} {finding['rule']}"))
    lines = [finding["message"], *(evidence_line(locator, e) for e in evidence[:MAX_EVIDENCE])]
    if len(evidence) > MAX_EVIDENCE:
        lines.append(f"… and {len(evidence) - MAX_EVIDENCE} more (finding {finding['finding_id']})")
    command = COMMANDS.get(finding["severity"], "warning")
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties)
    return f"::{command} {props}::{escape_data(chr(10).join(lines))}"
