"""The rule engine: every rule module judges every slot; hits become findings.

Each public module of this package is a rule (see ``_base``). A finding's id
is a fingerprint of the rule, the slot key, the sorted sources and the
normalised values, never offsets, so a baseline survives unrelated edits and
reordering of documents.
"""

from __future__ import annotations

import hashlib
import importlib
import pkgutil
import re
from collections import defaultdict
from types import ModuleType

import pandas as pd

from ..schema import FINDING_COLUMNS
from ._base import Hit
from ._slot import Slot

EVIDENCE_FIELDS = ["doc_id", "source", "origin", "start", "end", "surface", "value",
                   "sentence_start", "sentence_end"]


def rule_modules() -> list[ModuleType]:
    """Every rule module of this package, ordered by code."""
    names = [info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_")]
    modules = [importlib.import_module(f"{__name__}.{name}") for name in names]
    return sorted(modules, key=lambda module: module.CODE)


def slots(facts: pd.DataFrame) -> list[Slot]:
    """The slots of an aligned facts table, in slot-id order."""
    aligned = facts[facts["slot_id"] != ""]
    mates: dict[tuple[str, int], list[str]] = defaultdict(list)
    for row in aligned[aligned["kind"] == "date"].itertuples():
        mates[(row.doc_id, row.sentence_start)].append(row.value)
    return [Slot(slot_id, rows, mates) for slot_id, rows in aligned.groupby("slot_id", sort=True)]


def run_rules(facts: pd.DataFrame, modules: list[ModuleType] | None = None,
              severities: dict[str, str] | None = None) -> pd.DataFrame:
    """Judge every slot with every rule; return the findings table.

    ``severities`` overrides a rule's default severity by code. The table has
    ``FINDING_COLUMNS`` plus ``sources`` and ``evidence`` (a list of dicts).
    """
    modules = modules if modules is not None else rule_modules()
    rows = []
    for slot in slots(facts):
        for module in modules:
            hit = module.check(slot)
            if hit is not None:
                rows.append(_finding(module, slot, hit, severities or {}))
    _deduplicate_ids(rows)
    columns = [*FINDING_COLUMNS, "sources", "evidence"]
    return pd.DataFrame(rows, columns=columns)


def _finding(module: ModuleType, slot: Slot, hit: Hit, severities: dict[str, str]) -> dict:
    cited = hit.facts.sort_values(["doc_id", "start"])
    sources = sorted(set(cited["source"]))
    return {
        "finding_id": fingerprint(module.CODE, slot.slot_id, sources, list(cited["value"])),
        "code": module.CODE,
        "rule": module.NAME,
        "verdict": hit.verdict or module.VERDICT,
        "severity": severities.get(module.CODE, module.SEVERITY),
        "kind": slot.kind,
        "subject": slot.subject,
        "slot_id": slot.slot_id,
        "doc_ids": ";".join(dict.fromkeys(cited["doc_id"])),
        "fact_ids": ";".join(cited["fact_id"]),
        "message": hit.message,
        "sources": ";".join(sources),
        "evidence": [{name: _plain(getattr(row, name)) for name in EVIDENCE_FIELDS}
                     for row in cited.itertuples()],
    }


def _plain(value):
    return value.item() if hasattr(value, "item") else value


def fingerprint(code: str, slot_id: str, sources: list[str], values: list[str]) -> str:
    """A stable id: rule, slot key (without its ``#n`` suffix), sources and values."""
    key = re.sub(r"#\d+$", "", slot_id)
    material = "|".join([code, key, ",".join(sorted(sources)), ",".join(sorted(set(values)))])
    return code + "-" + hashlib.sha1(material.encode("utf-8")).hexdigest()[:10]


def _deduplicate_ids(rows: list[dict]) -> None:
    seen: dict[str, int] = {}
    for row in sorted(rows, key=lambda r: (r["finding_id"], r["slot_id"])):
        count = seen.get(row["finding_id"], 0)
        seen[row["finding_id"]] = count + 1
        if count:
            row["finding_id"] = f"{row['finding_id']}-{count + 1}"
