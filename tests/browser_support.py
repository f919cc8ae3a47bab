"""Helpers for the HTML report tests: a hostile corpus, a synthetic large result, the browser setup."""

from __future__ import annotations

import copy
import os
import shutil
from pathlib import Path

import pandas as pd

import consistency
from consistency.pipeline import Result

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-gpu", "--disable-component-update",
               "--disable-sync", "--no-first-run"]
REPO = Path(__file__).resolve().parent.parent

#: A report that quotes markup and a script must show them as text, never run them.
HOSTILE_TEXT = (
    "Hostile Wire, February 5, 2026.\n\n"
    "Officials said bilateral trade reached $228.1 billion in 2025. "
    "<script>window.__pwned = true</script> "
    "The ministry added <img src=x onerror=\"window.__pwned=1\"> that 40 agreements were signed.\n\n"
    "Analysts said the talks were about trade, energy and security, and the <b>call</b> lasted an hour.\n"
)


def hostile_corpus(folder: Path) -> Path:
    """The seed corpus plus ``hostile.txt`` (script and img-onerror markup in the text) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in consistency.bundled_corpus().iterdir():
        if path.is_file():
            shutil.copy(path, folder / path.name)
    (folder / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    return folder


def synthetic(result, size: int = 5000):
    """A copy of ``result`` whose findings table holds ``size`` findings.

    The seed findings are repeated with new ids and slot ids (``#n`` appended),
    so the report has thousands of rows, thousands of slots and real evidence.
    """
    base = result.findings.to_dict(orient="records")
    rows = []
    for number in range(size):
        row = copy.copy(base[number % len(base)])
        batch = number // len(base)
        row["finding_id"] = f"{row['code']}-syn{number:06d}"
        if batch:
            row["slot_id"] = f"{row['slot_id']}#{batch}"
        rows.append(row)
    findings = pd.DataFrame(rows, columns=result.findings.columns)
    return Result(result.documents, result.facts, findings, result.corpus, result.config, result.stale)


def artifact_dirs(tmp_path: Path) -> list[Path]:
    """Where screenshots go: ``tmp_path/artifacts`` and, with CONSISTENCY_ARTIFACTS set, ``test-artifacts/``."""
    folders = [tmp_path / "artifacts"]
    if os.environ.get("CONSISTENCY_ARTIFACTS"):
        folders.append(REPO / "test-artifacts")
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    return folders
