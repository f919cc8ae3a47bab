"""Baselines: accepted findings that should no longer fail a build.

``consistency baseline PATH`` writes the fingerprints of the current findings::

    {"version": 1, "findings": [{"finding_id": "D100-1a2b3c4d5e", "code": "D100",
                                 "slot_id": "money:trade@2025", "message": "…"}]}

``consistency check --baseline FILE`` then fails only on findings whose id is not
in the file, and lists the baseline's stale entries (accepted findings that no
longer occur). A decisions file exported from the HTML report's triage is
accepted too: its ``dismissed`` findings count as accepted, its ``confirmed``
ones keep failing::

    {"version": 1, "decisions": [{"finding_id": "…", "decision": "dismissed", "note": "…"}]}

Finding ids are fingerprints of rule, slot key, sources and values, never
offsets, so a baseline survives unrelated edits and reordering of documents.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import frames
from .reporters._atomic import write_atomic

VERSION = 1


class BaselineError(ValueError):
    """The baseline file cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Baseline:
    """The accepted finding ids of a baseline or decisions file."""

    accepted: frozenset[str]
    path: Path | None = None

    def stale(self, findings: pd.DataFrame) -> list[str]:
        """Accepted ids that no current finding has."""
        return sorted(self.accepted - set(findings["finding_id"]))

    def mark(self, findings: pd.DataFrame) -> pd.DataFrame:
        """Add a ``baseline`` column: "accepted" for accepted findings, "new" otherwise."""
        marked = findings.copy()
        marked["baseline"] = ["accepted" if fid in self.accepted else "new"
                              for fid in marked["finding_id"]]
        return marked


def write_baseline(findings: pd.DataFrame, path: Path) -> Path:
    """Write the fingerprints of ``findings`` to ``path`` atomically."""
    entries = [{"finding_id": row.finding_id, "code": row.code, "slot_id": row.slot_id,
                "message": row.message} for row in frames.rows(findings.sort_values("finding_id"))]
    text = json.dumps({"version": VERSION, "findings": entries}, ensure_ascii=False, indent=2)
    return write_atomic(Path(path), text + "\n")


def read_baseline(path: Path) -> Baseline:
    """Read a baseline or a triage decisions file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise BaselineError(f"{path}: not valid JSON: {error}") from None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise BaselineError(f"{path}: expected a JSON object with \"version\": {VERSION}")
    accepted = set()
    for index, entry in enumerate(data.get("findings", [])):
        accepted.add(_finding_id(entry, path, f"findings[{index}]"))
    for index, entry in enumerate(data.get("decisions", [])):
        finding_id = _finding_id(entry, path, f"decisions[{index}]")
        decision = entry.get("decision")
        if decision not in ("dismissed", "confirmed"):
            raise BaselineError(f"{path}: decisions[{index}].decision must be \"dismissed\" or \"confirmed\"")
        if decision == "dismissed":
            accepted.add(finding_id)
    if "findings" not in data and "decisions" not in data:
        raise BaselineError(f"{path}: holds neither \"findings\" nor \"decisions\"")
    return Baseline(frozenset(accepted), path)


def _finding_id(entry: object, path: Path, where: str) -> str:
    if not isinstance(entry, dict) or not isinstance(entry.get("finding_id"), str):
        raise BaselineError(f"{path}: {where} needs a string \"finding_id\"")
    return entry["finding_id"]
