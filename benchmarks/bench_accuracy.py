"""Accuracy: precision and recall per kind of our facts on the seed corpus against hand-made gold.

Gold: ``tests/gold/seeds.jsonl``, one JSON object a line: ``doc_id, kind, start, end, surface, value``
(optional ``note``). Coverage: ``tests/gold/coverage.json``,
``{"complete": {"<doc_id>": {"kinds": [...], "ranges": [[start, end], ...]}}}`` saying where the
gold lists every fact of those kinds (a missing ``kinds`` means every kind, a missing or null
``ranges`` the whole document).

A predicted fact matches a gold fact when doc_id and kind are equal, the spans overlap and the
values agree: numbers (and ranges ``low..high``) equal within 1e-6 relative; quotes with a rapidfuzz
ratio ≥ 90; everything else (dates, durations, names, …) equal as strings after whitespace folding.
Two notations differ between the gold and the contract and are bridged, not scored as errors: the
gold writes a time as its time of day ("evening", "00:41:45") where we write a TIMEX3-style value
with its day ("2026-02-04TEV"; the day is the date facts' business), so times compare on the time
of day; and the gold writes a vague magnitude ("tens of millions") as its lower bound where we write
the range ("10000000..100000000"), so a single gold number is compared with a range's low end.
Matching is greedy and one to one, largest overlap first. Every gold fact left unmatched is a false
negative; a predicted fact left unmatched is a false positive only when it lies inside a complete
range of its document for its kind (elsewhere we cannot tell). Facts of origin "metadata" count
like any other.

Run: ``python benchmarks/bench_accuracy.py [--gold FILE] [--coverage FILE] [--corpus DIR] [--show N]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import _corpus
from rapidfuzz import fuzz

import consistency
from consistency.extractors import extractor_modules

GOLD = _corpus.ROOT / "tests" / "gold" / "seeds.jsonl"
COVERAGE = _corpus.ROOT / "tests" / "gold" / "coverage.json"
TARGET = 0.95
QUOTE_KINDS = {"quote"}


@dataclass(frozen=True)
class Item:
    """A fact reduced to what matching reads (gold or predicted)."""

    doc_id: str
    kind: str
    start: int
    end: int
    surface: str
    value: str
    note: str = ""

    def label(self) -> str:
        """``doc[start:end] 'surface' = value`` on one line."""
        return f"{self.doc_id}[{self.start}:{self.end}] {_corpus.short(self.surface, 60)!r} = {self.value!r}"


class Coverage:
    """Where the gold is complete: per document, the kinds and character ranges."""

    def __init__(self, complete: dict | None = None):
        self.complete = complete or {}

    @classmethod
    def read(cls, path: Path) -> Coverage:
        """Read ``coverage.json``; a missing file means the gold is complete nowhere."""
        if not path.is_file():
            return cls()
        return cls(json.loads(path.read_text(encoding="utf-8")).get("complete", {}))

    def covers(self, doc_id: str, kind: str, start: int, end: int) -> bool:
        """True when ``[start, end)`` of ``doc_id`` lies inside a range where ``kind`` is complete."""
        entry = self.complete.get(doc_id)
        if entry is None:
            return False
        kinds = entry.get("kinds")
        if kinds is not None and kind not in kinds:
            return False
        ranges = entry.get("ranges")
        if ranges is None:
            return True
        return any(low <= start and end <= high for low, high in ranges)

    def documents(self, kind: str) -> int:
        """How many documents have complete gold (somewhere) for ``kind``."""
        return sum(1 for entry in self.complete.values()
                   if entry.get("kinds") is None or kind in entry.get("kinds"))


def fold(value: object) -> str:
    """A value as a string with runs of whitespace folded to one space (None, NaN → "")."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return " ".join(str(value).split())


def values_agree(kind: str, predicted: object, gold: object) -> bool:
    """The value rule: quotes by fuzzy ratio, numbers numerically, the rest as folded strings.

    >>> values_agree("money", "228100000000", 228.1e9), values_agree("date", "2026-02-04", " 2026-02-04")
    (True, True)
    >>> values_agree("count", "3", "4"), values_agree("quote", "We are good friends.", "We are good friends")
    (False, True)
    """
    a, b = fold(predicted), fold(gold)
    if kind in QUOTE_KINDS:
        return fuzz.ratio(a, b) >= 90
    if kind == "time":
        return time_of_day(a) == time_of_day(b)
    numbers = _corpus.number_or_range(a), _corpus.number_or_range(b)
    if numbers[0] is not None and numbers[1] is not None:
        (low, high), (gold_low, gold_high) = numbers
        if low != high and gold_low == gold_high:  # a range against the gold's lower bound
            return _corpus.close(low, gold_low)
        return all(_corpus.close(x, y) for x, y in zip(*numbers, strict=True))
    return a == b


_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "noon": "12:00",
                 "midnight": "00:00"}


def time_of_day(value: str) -> str:
    """The time-of-day part of a time value, in one notation for both sides.

    >>> time_of_day("2026-02-04TEV"), time_of_day("evening"), time_of_day("2026-02-05T00:41:45")
    ('EV', 'EV', '00:41:45')
    """
    if "T" in value and value[:1] in "0123456789X":
        return value.split("T", 1)[1]
    return _PARTS_OF_DAY.get(value.lower(), value)


def match(predicted: Sequence[Item], gold: Sequence[Item]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs ``(predicted index, gold index)``: same doc and kind, overlapping
    spans, agreeing values; the pair with the largest overlap (then closest ends) is taken first."""
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, item in enumerate(gold):
        by_key[item.doc_id, item.kind].append(j)
    candidates = []
    for i, p in enumerate(predicted):
        for j in by_key.get((p.doc_id, p.kind), []):
            g = gold[j]
            overlap = min(p.end, g.end) - max(p.start, g.start)
            if overlap > 0 and values_agree(p.kind, p.value, g.value):
                candidates.append((-overlap, abs(p.start - g.start) + abs(p.end - g.end), i, j))
    candidates.sort()
    used_p, used_g, pairs = set(), set(), []
    for _, _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


@dataclass
class KindScore:
    """Counts and examples for one kind."""

    kind: str
    gold: int = 0
    predicted: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    covered_docs: int = 0

    @property
    def precision(self) -> float | None:
        """TP / (TP + FP), None with nothing to judge."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """TP / gold, None without gold."""
        return self.tp / self.gold if self.gold else None


def score(predicted: Sequence[Item], gold: Sequence[Item], coverage: Coverage
          ) -> tuple[dict[str, KindScore], dict[str, list[Item]], dict[str, list[Item]]]:
    """Per kind scores, false positives and false negatives."""
    pairs = match(predicted, gold)
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    kinds = sorted({item.kind for item in list(predicted) + list(gold)})
    scores = {kind: KindScore(kind, covered_docs=coverage.documents(kind)) for kind in kinds}
    fps: dict[str, list[Item]] = defaultdict(list)
    fns: dict[str, list[Item]] = defaultdict(list)
    for j, g in enumerate(gold):
        scores[g.kind].gold += 1
        if j not in matched_g:
            scores[g.kind].fn += 1
            fns[g.kind].append(g)
    for i, p in enumerate(predicted):
        scores[p.kind].predicted += 1
        if i in matched_p:
            scores[p.kind].tp += 1
        elif coverage.covers(p.doc_id, p.kind, p.start, p.end):
            scores[p.kind].fp += 1
            fps[p.kind].append(p)
    return scores, fps, fns


def read_gold(path: Path) -> tuple[list[Item], list[str]]:
    """Gold items and the problems found reading them (bad lines are reported, not fatal)."""
    items, problems = [], []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            row = json.loads(line)
            items.append(Item(str(row["doc_id"]), str(row["kind"]), int(row["start"]), int(row["end"]),
                              str(row.get("surface", "")), fold(row.get("value")), str(row.get("note", ""))))
        except (ValueError, KeyError, TypeError) as error:
            problems.append(f"{path.name}:{number}: unreadable gold line ({error})")
    return items, problems


def predicted_items(facts) -> list[Item]:
    """Our facts table (``consistency.extract``) as items."""
    return [Item(str(row.doc_id), str(row.kind), int(row.start), int(row.end), str(row.surface),
                 fold(row.value)) for row in facts.itertuples(index=False)]


def check_gold_spans(gold: Iterable[Item], texts: dict[str, str]) -> list[str]:
    """Gold lines whose document is unknown or whose span does not slice to its surface."""
    problems = []
    for g in gold:
        text = texts.get(g.doc_id)
        if text is None:
            problems.append(f"gold names unknown document {g.doc_id!r}")
        elif text[g.start:g.end] != g.surface:
            problems.append(f"gold span {g.label()} slices to {text[g.start:g.end]!r}")
    return problems


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def main(argv: Sequence[str] | None = None) -> dict:
    """Print the per-kind table; return a summary for ``run_all``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--coverage", type=Path, default=COVERAGE)
    parser.add_argument("--corpus", type=Path, default=None, help="default: the bundled seeds")
    parser.add_argument("--show", type=int, default=5, help="false positives/negatives shown per kind")
    args = parser.parse_args(argv)
    print(_corpus.heading("Accuracy: precision and recall per kind against the hand-made gold"))
    if not args.gold.is_file():
        message = f"no gold file at {args.gold}: nothing to score yet (it is being written)."
        print(message)
        return {"skipped": message}
    gold, problems = read_gold(args.gold)
    coverage = Coverage.read(args.coverage)
    if not args.coverage.is_file():
        problems.append(f"no coverage file at {args.coverage}: no false positive can be counted")
    docs = consistency.load_corpus(args.corpus or consistency.bundled_corpus())
    predicted = predicted_items(consistency.extract(docs))
    problems += check_gold_spans(gold, {doc.doc_id: doc.text for doc in docs})
    scores, fps, fns = score(predicted, gold, coverage)

    print(f"Gold: {args.gold} ({len(gold)} facts); coverage: {args.coverage} "
          f"({len(coverage.complete)} documents complete somewhere)")
    print(f"Extractors: {', '.join(m.__name__.rsplit('.', 1)[1] for m in extractor_modules())}")
    for problem in problems[:20]:
        print(f"  ! {problem}")
    if len(problems) > 20:
        print(f"  ! … {len(problems) - 20} more gold problems")
    rows = [[s.kind, s.gold, s.predicted, s.tp, s.fp, s.fn, _fmt(s.precision), _fmt(s.recall),
             s.covered_docs] for s in scores.values()]
    total = KindScore("all", *(sum(getattr(s, f) for s in scores.values())
                               for f in ("gold", "predicted", "tp", "fp", "fn")))
    rows.append(["all (micro)", total.gold, total.predicted, total.tp, total.fp, total.fn,
                 _fmt(total.precision), _fmt(total.recall), ""])
    print("\nFP are counted only inside complete coverage; 'cov docs' = documents complete for the kind.\n")
    print(_corpus.table(["kind", "gold", "predicted", "TP", "FP", "FN", "precision", "recall", "cov docs"],
                        rows))
    met = [s.kind for s in scores.values() if s.gold and (s.precision or 0) >= TARGET
           and (s.recall or 0) >= TARGET]
    judged = [s.kind for s in scores.values() if s.gold]
    print(f"\nTarget: precision and recall ≥ {TARGET} per kind: met for {len(met)} of {len(judged)} kinds "
          f"with gold ({', '.join(met) or 'none'})")
    _print_examples(scores, fps, fns, predicted, args.show)
    return {"gold": len(gold), "kinds": {s.kind: (s.precision, s.recall) for s in scores.values()},
            "met": met, "judged": judged, "micro": (total.precision, total.recall)}


def _print_examples(scores: dict[str, KindScore], fps: dict[str, list[Item]], fns: dict[str, list[Item]],
                    predicted: Sequence[Item], show: int) -> None:
    for kind in scores:
        if not fps.get(kind) and not fns.get(kind):
            continue
        print(f"\n{kind}:")
        for item in fps.get(kind, [])[:show]:
            print(f"  FP {item.label()}")
        for item in fns.get(kind, [])[:show]:
            near = next((p for p in predicted if p.doc_id == item.doc_id and p.kind == kind
                         and p.start < item.end and item.start < p.end), None)
            hint = f"  (we read {near.value!r} over {near.surface!r})" if near else ""
            note = f"  [{item.note}]" if item.note else ""
            print(f"  FN {item.label()}{note}{hint}")


if __name__ == "__main__":
    main()
    sys.exit(0)
