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
from dataclasses import dataclass
from types import ModuleType

import pandas as pd

from .. import frames
from ..schema import FINDING_COLUMNS
from ..settings import DEFAULT_SETTINGS, Settings
from ._base import Hit
from ._evidence import fact_evidence
from ._slot import CorpusView, Slot


def rule_modules() -> list[ModuleType]:
    """Every rule module of this package, ordered by code."""
    names = [info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_")]
    modules = [importlib.import_module(f"{__name__}.{name}") for name in names]
    return sorted(modules, key=lambda module: module.CODE)


def slots(facts: pd.DataFrame, settings: Settings = DEFAULT_SETTINGS, documents: list | None = None) -> list[Slot]:
    """The slots of an aligned facts table, in slot-id order."""
    aligned = facts[facts["slot_id"] != ""]
    if not aligned.index.is_unique:  # a slot finds its facts by index label
        aligned = aligned.reset_index(drop=True)
    mates: dict[tuple[str, int], list[str]] = defaultdict(list)
    for row in frames.rows(aligned[aligned["kind"].isin(["date", "time"])]):
        mates[(row.doc_id, row.sentence_start)].append(row.value)
    view = CorpusView(tuple(documents or ()))
    # Each fact as a named tuple, read once for the whole table (per slot, pandas is slow).
    fact_rows: dict[str, list] = defaultdict(list)
    for row in frames.rows(aligned):
        fact_rows[row.slot_id].append(row)
    return [Slot(slot_id, frame, mates, settings, view, fact_rows=fact_rows[slot_id])
            for slot_id, frame in aligned.groupby("slot_id", sort=True)]


@dataclass
class Corpus:
    """Everything a corpus-scope rule may look at."""

    documents: list
    facts: pd.DataFrame
    claims: list
    topics: dict


def run_rules(facts: pd.DataFrame, modules: list[ModuleType] | None = None,
              severities: dict[str, str] | None = None, claims: list | None = None,
              documents: list | None = None, settings: Settings = DEFAULT_SETTINGS) -> pd.DataFrame:
    """Judge every slot, claim and document with every rule; return the findings table.

    ``severities`` overrides a rule's default severity by code. The table has
    ``FINDING_COLUMNS`` plus ``sources`` and ``evidence`` (a list of dicts).
    """
    modules = modules if modules is not None else rule_modules()
    claims, documents = claims or [], [d for d in documents or [] if d.usable]
    by_scope: dict[str, list[ModuleType]] = defaultdict(list)
    for module in modules:
        by_scope[getattr(module, "SCOPE", "slot")].append(module)
    rows = []
    for slot in slots(facts, settings, documents) if by_scope["slot"] else []:
        for module in by_scope["slot"]:
            hit = module.check(slot)
            if hit is not None:
                rows.append(_finding(module, _from_slot(slot, hit), severities or {}))
    for claim in claims:
        for module in by_scope["claim"]:
            hit = module.check(claim)
            if hit is not None:
                rows.append(_finding(module, hit, severities or {}))
    for doc in documents:
        own = facts[facts["doc_id"] == doc.doc_id]
        for module in by_scope["document"]:
            rows.extend(_finding(module, hit, severities or {}) for hit in module.check(doc, own))
    corpus = Corpus(documents, facts, claims, settings.topics)
    for module in by_scope["corpus"]:
        rows.extend(_finding(module, hit, severities or {}) for hit in module.check(corpus))
    _deduplicate_ids(rows)
    columns = [*FINDING_COLUMNS, "sources", "evidence"]
    return pd.DataFrame(rows, columns=columns)


def _from_slot(slot: Slot, hit: Hit) -> Hit:
    """Fill a slot rule's hit with the slot's identity and its cited facts as evidence."""
    cited = hit.facts.sort_values(["doc_id", "start"])
    hit.facts = cited
    hit.key, hit.kind, hit.subject = slot.slot_id, slot.kind, slot.subject
    hit.values = list(cited["value"]) + hit.values
    hit.evidence = [fact_evidence(row) for row in slot.rows_at(cited.index)]
    return hit


def _finding(module: ModuleType, hit: Hit, severities: dict[str, str]) -> dict:
    sources = sorted({e["source"] for e in hit.evidence})
    fact_ids = list(hit.facts["fact_id"]) if hit.facts is not None else []
    return {
        "finding_id": fingerprint(module.CODE, hit.key, sources, hit.values),
        "code": module.CODE,
        "rule": module.NAME,
        "verdict": hit.verdict or module.VERDICT,
        "severity": severities.get(module.CODE) or hit.severity or module.SEVERITY,
        "kind": hit.kind,
        "subject": hit.subject,
        "slot_id": hit.key,
        "doc_ids": ";".join(dict.fromkeys(e["doc_id"] for e in hit.evidence)),
        "fact_ids": ";".join(fact_ids),
        "message": hit.message,
        "sources": ";".join(sources),
        "evidence": hit.evidence,
    }


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
