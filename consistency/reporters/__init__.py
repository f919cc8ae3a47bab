"""Reporters: each module writes one format into the output folder.

``write_reports(result, out, formats)`` calls them; every file is written
atomically (see ``_atomic``). The default formats are the four an analyst and a
data user need: ``csv`` (facts.csv, findings.csv), ``json`` (findings.json) and
``html`` (report.html).
"""

from __future__ import annotations

from pathlib import Path

from .to_csv import write_csv
from .to_html import write_html
from .to_json import write_json

WRITERS = {"csv": write_csv, "json": write_json, "html": write_html}
DEFAULT_FORMATS = ("csv", "json", "html")


def write_reports(result, out: str | Path = "reports", formats=DEFAULT_FORMATS) -> list[Path]:
    """Write the chosen formats into ``out``; return every path written."""
    unknown = [name for name in formats if name not in WRITERS]
    if unknown:
        raise ValueError(f"unknown report format {unknown[0]!r}; choose from {', '.join(WRITERS)}")
    written: list[Path] = []
    for name in dict.fromkeys(formats):
        written.extend(WRITERS[name](result, Path(out)))
    return written
