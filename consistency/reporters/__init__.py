"""Reporters: each module writes one format into the output folder.

``write_reports(result, out, formats, fail_on=...)`` calls them; every file is written
atomically (see ``_atomic``). The default formats are the four an analyst and a
data user need: ``csv`` (facts.csv, findings.csv), ``json`` (findings.json) and
``html`` (report.html). The machine formats for CI are ``junit`` (junit.xml),
``sarif`` (results.sarif), ``github`` (github-annotations.txt, GitHub workflow
commands) and ``markdown`` (summary.md); they mark the findings that fail the build
at ``fail_on``, and each has a pure ``render_*(result, fail_on)`` in ``RENDERERS``
whose text a caller can print.

Every writer is called as ``writer(result, out, fail_on=...)`` and returns the paths
it wrote.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from .to_csv import write_csv
from .to_github import render_github, write_github
from .to_html import write_html
from .to_json import write_json
from .to_junit import render_junit, write_junit
from .to_markdown import render_markdown, write_markdown
from .to_sarif import render_sarif, write_sarif


def _ignoring_fail_on(writer: Callable[..., list[Path]]) -> Callable[..., list[Path]]:
    """Give a writer that reports every finding alike the common ``fail_on`` keyword."""
    @functools.wraps(writer)
    def write(result, out: Path, *, fail_on: str = "error") -> list[Path]:
        return writer(result, out)
    return write


WRITERS = {
    "csv": _ignoring_fail_on(write_csv),
    "json": _ignoring_fail_on(write_json),
    "html": _ignoring_fail_on(write_html),
    "junit": write_junit,
    "sarif": write_sarif,
    "github": write_github,
    "markdown": write_markdown,
}
RENDERERS = {"junit": render_junit, "sarif": render_sarif, "github": render_github, "markdown": render_markdown}
DEFAULT_FORMATS = ("csv", "json", "html")


def write_reports(result, out: str | Path = "reports", formats=DEFAULT_FORMATS, *,
                  fail_on: str = "error") -> list[Path]:
    """Write the chosen formats into ``out``; return every path written.

    ``fail_on`` is the CLI's threshold: the machine formats mark as failing the findings
    at or above it that a baseline did not accept.
    """
    unknown = [name for name in formats if name not in WRITERS]
    if unknown:
        raise ValueError(f"unknown report format {unknown[0]!r}; choose from {', '.join(WRITERS)}")
    written: list[Path] = []
    for name in dict.fromkeys(formats):
        written.extend(WRITERS[name](result, Path(out), fail_on=fail_on))
    return written
