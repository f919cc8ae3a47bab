"""Injected changes: are planted divergences flagged, and harmless rewordings left alone?

Targets are chosen from the corpus's own facts, so the benchmark runs on any corpus:

* **divergences** (must be flagged as a new ``diverge`` finding citing the edited text):
  a figure (money, percent) or a count or an ordinal that another account also states,
  changed beyond its precision; a day-grain date that another account also states, moved
  by two days; a direct quote that the quote rule found verbatim, with one word changed;
* **rewordings** (must add no ``diverge`` finding): an amount written another way
  ("$228.1 billion" → "US$228.1bn"), a percentage written with a sign ("20 percent" →
  "20%"), and a resolved weekday replaced by the date it resolves to ("Wednesday" →
  "February 4").

Each edit is applied to a copy of one document and the whole check runs again; the
findings are compared with those of the unedited corpus. Prints each edit, then the
counts. Target: every divergence flagged, no rewording flagged.

Run: ``python benchmarks/bench_injection.py [--corpus DIR] [--per-kind N]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

import consistency
from consistency import check_documents, document_from_text, load_corpus

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SUFFIX = {1: "st", 2: "nd", 3: "rd"}


@dataclass
class Edit:
    """One change to one document: replace ``text[start:end]`` with ``new``."""

    kind: str  # what was changed, e.g. "number", "date", "quote", "money format"
    harmful: bool
    doc_id: str
    start: int
    end: int
    old: str
    new: str


def number_change(surface: str, kind: str) -> str | None:
    """The surface with its figure changed beyond any precision: last digit +3 (mod 10)."""
    match = list(re.finditer(r"\d[\d,]*(?:\.\d+)?", surface))
    if not match:
        return None
    digits = match[0]
    text = digits.group()
    last = max(i for i, ch in enumerate(text) if ch.isdigit())
    first = min(i for i, ch in enumerate(text) if ch.isdigit())
    position = first if kind == "count" and len(text.replace(",", "")) > 2 else last
    changed = text[:position] + str((int(text[position]) + 3) % 10 or 7) + text[position + 1:]
    if kind == "ordinal":
        number = int(changed.replace(",", ""))
        suffix = "th" if 10 <= number % 100 <= 20 else SUFFIX.get(number % 10, "th")
        tail = re.match(r"(st|nd|rd|th)", surface[digits.end():])
        if tail:
            return surface[:digits.start()] + str(number) + suffix + surface[digits.end() + len(tail.group()):]
    return surface[:digits.start()] + changed + surface[digits.end():]


def date_change(surface: str) -> str | None:
    """Move a written date two days: a weekday two days on, a day number plus two."""
    for index, name in enumerate(WEEKDAYS):
        if surface == name:
            return WEEKDAYS[(index + 2) % 7]
    match = re.search(r"\b([1-9]|1\d|2[0-6])\b", surface)
    if match:
        return surface[:match.start()] + str(int(match.group()) + 2) + surface[match.end():]
    return None


def _stated_elsewhere(facts) -> list[bool]:
    """For each fact: does another account state the same value in the same slot?"""
    seen = facts.groupby(["slot_id", "kind", "value"])[["doc_id", "origin"]].apply(
        lambda g: len(g.drop_duplicates()))
    return [bool(row.slot_id) and seen.get((row.slot_id, row.kind, row.value), 0) >= 2
            for row in facts.itertuples()]


def choose_edits(result, per_kind: int) -> list[Edit]:
    """Edits drawn from facts that another account states at the same value (so a change is visible)."""
    facts = result.facts
    shared = facts[_stated_elsewhere(facts)]
    edits: list[Edit] = []
    for kinds, label in ((("money", "percent"), "figure"), (("count",), "count"), (("ordinal",), "ordinal")):
        rows = shared[shared["kind"].isin(kinds) & (shared["qualifier"] == "exact")]
        for row in rows.drop_duplicates("slot_id").head(per_kind).itertuples():
            new = number_change(row.surface, row.kind)
            if new and new != row.surface:
                edits.append(Edit(label, True, row.doc_id, row.start, row.end, row.surface, new))
    dates = shared[(shared["kind"] == "date") & (shared["grain"] == "day") & (shared["value"].str.len() == 10)]
    for row in dates.drop_duplicates("slot_id").head(per_kind).itertuples():
        new = date_change(row.surface)
        if new:
            edits.append(Edit("date", True, row.doc_id, row.start, row.end, row.surface, new))
    edits += _quote_edits(result, per_kind)
    edits += _rewordings(facts, per_kind)
    return edits


def _quote_edits(result, per_kind: int) -> list[Edit]:
    verbatim = result.findings[(result.findings["code"] == "Q100") & (result.findings["verdict"] == "agree")]
    edits = []
    for evidence in verbatim["evidence"].head(per_kind):
        quote = evidence[0]
        words = sorted(re.finditer(r"[A-Za-z]{5,}", quote["surface"]), key=lambda m: -len(m.group()))
        if words:
            word = words[0]
            start = quote["start"] + word.start()
            edits.append(Edit("quote", True, quote["doc_id"], start, start + len(word.group()), word.group(),
                              "remarkable" if word.group().lower() != "remarkable" else "ordinary"))
    return edits


def _rewordings(facts, per_kind: int) -> list[Edit]:
    edits = []
    money = facts[(facts["kind"] == "money") & facts["surface"].str.contains(r"^\\?\$[\d.,]+ billion$")]
    for row in money.head(per_kind).itertuples():
        figure = row.surface.replace("\\", "").removeprefix("$").removesuffix(" billion")
        edits.append(Edit("money format", False, row.doc_id, row.start, row.end, row.surface, f"US${figure}bn"))
    percent = facts[(facts["kind"] == "percent") & facts["surface"].str.contains(r"\d percent$")]
    for row in percent.head(per_kind).itertuples():
        edits.append(Edit("percent format", False, row.doc_id, row.start, row.end, row.surface,
                          row.surface.replace(" percent", "%")))
    weekdays = facts[(facts["kind"] == "date") & facts["surface"].isin(WEEKDAYS) & (facts["value"] != "")]
    for row in weekdays.head(per_kind).itertuples():
        day = dt.date.fromisoformat(row.value)
        edits.append(Edit("weekday as date", False, row.doc_id, row.start, row.end, row.surface,
                          f"{day:%B} {day.day}"))
    return edits


def run_edit(docs, edit: Edit, before: set[str]) -> list[str]:
    """Apply ``edit`` to a copy of the corpus; return the messages of new divergences about it."""
    copies = []
    for doc in docs:
        text = doc.text
        if doc.doc_id == edit.doc_id:
            assert text[edit.start:edit.end] == edit.old
            text = text[:edit.start] + edit.new + text[edit.end:]
        copies.append(document_from_text(doc.doc_id, text, doc.published.isoformat() if doc.published else None,
                                         doc.source))
    findings = check_documents(copies).findings
    new = findings[(findings["verdict"] == "diverge") & ~findings["finding_id"].isin(before)]
    if not edit.harmful:
        return list(new["message"])
    low, high = edit.start, edit.start + len(edit.new)
    cites = [row.message for row in new.itertuples()
             if any(e["doc_id"] == edit.doc_id and e["start"] < high and low < e["end"] for e in row.evidence)]
    return cites


def main(argv: Sequence[str] | None = None) -> dict:
    """Print every edit and whether it was flagged; return the counts for ``run_all``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=None, help="corpus folder (default: the bundled seeds)")
    parser.add_argument("--per-kind", type=int, default=4, help="edits per kind of change (default 4)")
    args = parser.parse_args(argv)
    docs = [doc for doc in load_corpus(args.corpus or consistency.bundled_corpus()) if doc.usable]
    baseline = check_documents(docs)
    before = set(baseline.findings["finding_id"])
    edits = choose_edits(baseline, args.per_kind)
    print("Injected changes and rewordings (each on a copy of one document, full check rerun):")
    counts: dict[str, list[int]] = {}
    for edit in edits:
        found = run_edit(docs, edit, before)
        flagged = bool(found)
        tally = counts.setdefault(edit.kind, [0, 0])
        tally[0] += 1
        tally[1] += flagged
        verdict = ("flagged" if flagged else "MISSED") if edit.harmful else ("WRONGLY FLAGGED" if flagged else "ok")
        print(f"  {edit.kind:<16} {edit.doc_id[:22]:<22} {edit.old!r} → {edit.new!r}: {verdict}")
        for message in found[:1]:
            print(f"      {message[:150]}")
    harmful = [k for k in counts if any(e.kind == k and e.harmful for e in edits)]
    flagged = sum(counts[k][1] for k in harmful)
    injected = sum(counts[k][0] for k in harmful)
    rewordings = sum(counts[k][0] for k in counts if k not in harmful)
    wrong = sum(counts[k][1] for k in counts if k not in harmful)
    print("\n| change | edits | flagged |\n|---|---|---|")
    for kind, (total, hit) in counts.items():
        print(f"| {kind}{'' if kind in harmful else ' (rewording)'} | {total} | {hit} |")
    print(f"\nDivergences flagged: {flagged}/{injected}; rewordings wrongly flagged: {wrong}/{rewordings} — "
          f"target all and none: {'MET' if flagged == injected and wrong == 0 else 'NOT MET'}")
    return {"injected": injected, "flagged": flagged, "rewordings": rewordings, "wrongly_flagged": wrong}


if __name__ == "__main__":
    main()
