"""Peer test suite: quantulum3's own English test cases, restricted to money, percentages and counts.

quantulum3 ships its test set in its wheel (``quantulum3/_lang/en_US/tests/quantities.json``: a list
of ``{"req": text, "res": [{"value", "unit", "surface", "entity"?, "uncertainty"?}, ...]}``). We keep
the cases whose expected quantities fall in the categories both tools claim to read, score
quantulum3's parser and our extractors on them with one scoring function, and print both side by side.

Selection rule (decided from the expected units; see ``category_of_unit`` and ``classify_expected``):

* currency: unit is a major currency named in ``CURRENCY_CODES`` (dollar, euro, pound sterling, yen,
  yuan, ruble, rupee, …), compared with our ``money`` facts on value and ISO code. Coins and
  subunits (cent, penny, dime, …) and rates ("dollar per hour") are not selected.
* percentage: unit ``percentage``, compared with our ``percent`` facts on value.
* count: unit ``dimensionless``, compared with our ``count`` facts on value, when it is a plain
  count of things: a whole number ≥ 0 written
  without a decimal point, not a four-digit year (years are dates in our taxonomy) and not one of
  the few numbers listed by hand in ``NOT_COUNTS`` (identifiers, ages, numerals with nothing
  counted). Counting units (dozen, baker's dozen, gross) are not selected: quantulum3 writes
  "a dozen" as 1 dozen, a unit we do not have. Every quantity not selected is "don't care":
  neither tool must find it, and a reported quantity overlapping one is ignored.
* none: cases with no expected quantity at all ("245 23 yen", "At 2 pm …"): correct when neither
  tool reports a quantity of the three categories.

A case is selected when it has at least one scored quantity or no expected quantity at all. It is
correct when every scored quantity is found with the same value (1e-6 relative; ranges, written by
quantulum3 as value ± uncertainty, must agree on both ends) in the same category (and currency),
and no extra quantity of the three categories is reported outside the don't-care spans.

Run: ``python benchmarks/bench_peer_quantities.py [--ambiguity] [--wrong N]``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import re
import sys
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import _corpus

import consistency
from consistency.extractors import extract_document, extractor_modules

CATEGORIES = ("currency", "percentage", "count", "none")

#: Major currency units of quantulum3 (its names, lower case) → our ISO codes.
CURRENCY_CODES = {
    "dollar": "USD", "united states dollar": "USD", "us dollar": "USD", "euro": "EUR",
    "pound sterling": "GBP", "pound": "GBP", "yen": "JPY", "japanese yen": "JPY", "yuan": "CNY",
    "chinese yuan": "CNY", "renminbi": "CNY", "ruble": "RUB", "russian ruble": "RUB", "rouble": "RUB",
    "rupee": "INR", "indian rupee": "INR", "pakistani rupee": "PKR", "australian dollar": "AUD",
    "canadian dollar": "CAD", "new zealand dollar": "NZD", "hong kong dollar": "HKD",
    "singapore dollar": "SGD", "swiss franc": "CHF", "brazilian real": "BRL", "mexican peso": "MXN",
    "south african rand": "ZAR", "south korean won": "KRW",
}
#: The unit quantulum3 gives plain numbers (of things, and of anything else).
COUNT_UNITS = {"dimensionless"}
PERCENT_UNITS = {"percentage", "percent"}

#: Dimensionless numbers of the peer data that count nothing, read by hand: (a fragment of the
#: case text holding the surface, the reason). Everything else is decided by rule.
NOT_COUNTS = [
    ("Voyager 2", "identifier (spacecraft name)"),
    ('"English 101"', "identifier (course name)"),
    ("will be 30", "age"),
    ("The answer is 42", "numeral with nothing counted"),
    ("42 is the answer", "numeral with nothing counted"),
    ('"one hundred and two"', "numeral quoted as a word"),
    ("Zero is a small number", "numeral with nothing counted"),
    ("South 32 Ltd", "company name"),
    ("i7 860", "product model number"),
    ("from 7 to 10", "zone labels, not a count"),
    ("three million, two hundred & forty, you say", "numeral with nothing counted"),
    ("Bahco 9031", "product model number"),
]
_YEAR = re.compile(r"\d{4}")


@dataclass(frozen=True)
class Quantity:
    """A quantity of a selected category, as (category, currency code, low, high) plus its span."""

    category: str
    code: str
    low: float
    high: float
    start: int | None = None
    end: int | None = None
    surface: str = ""

    def agrees(self, other: Quantity) -> bool:
        """Same category, same currency, same value (both ends of a range) within 1e-6 relative."""
        return (self.category == other.category and self.code == other.code
                and _corpus.close(self.low, other.low) and _corpus.close(self.high, other.high))

    def label(self) -> str:
        """Short readable form, e.g. ``currency USD 2000 '£2,000'``."""
        value = _fmt(self.low) if self.low == self.high else f"{_fmt(self.low)}..{_fmt(self.high)}"
        code = f" {self.code}" if self.code else ""
        return f"{self.category}{code} {value} {self.surface!r}"


@dataclass
class Expected:
    """One expected quantity of a case: scored (``quantity``) or don't-care (``reason``)."""

    surface: str
    start: int | None
    end: int | None
    quantity: Quantity | None = None
    reason: str = ""


@dataclass
class Case:
    """One peer test case with its expectations classified."""

    index: int
    text: str
    expected: list[Expected]
    source: str = "quantities.json"

    @property
    def categories(self) -> list[str]:
        """The categories this case tests (``none`` for a case expecting no quantity at all)."""
        if not self.expected:
            return ["none"]
        return sorted({e.quantity.category for e in self.expected if e.quantity})

    @property
    def selected(self) -> bool:
        """True when the case scores something: a selected quantity, or none expected at all."""
        return bool(self.categories)


@dataclass
class CaseScore:
    """The outcome of one system on one case."""

    missing: list[Quantity] = field(default_factory=list)
    extra: list[Quantity] = field(default_factory=list)
    found: list[Quantity] = field(default_factory=list)
    error: str = ""

    @property
    def correct(self) -> bool:
        """Everything found, nothing extra, no crash."""
        return not self.missing and not self.extra and not self.error

    def correct_for(self, category: str) -> bool:
        """Correct on one category: nothing of it missing or extra (``none``: nothing extra at all)."""
        if self.error:
            return False
        if category == "none":
            return not self.extra
        return not any(q.category == category for q in self.missing + self.extra)


def _fmt(number: float) -> str:
    return f"{number:.10g}"


# --- data -------------------------------------------------------------------------------------

def peer_test_files(include_ambiguity: bool = False) -> list[Path]:
    """The JSON test files shipped in the installed quantulum3 wheel (FileNotFoundError if absent)."""
    spec = importlib.util.find_spec("quantulum3")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("quantulum3 is not installed: python -m pip install -e '.[bench]'")
    tests = Path(next(iter(spec.submodule_search_locations))) / "_lang" / "en_US" / "tests"
    names = ["quantities.json"] + (["quantities.ambiguity.json"] if include_ambiguity else [])
    files = [tests / name for name in names]
    for file in files:
        if not file.is_file():
            raise FileNotFoundError(f"{file}: quantulum3's test set is not where expected")
    return files


def load_cases(raw: Sequence[dict], source: str = "quantities.json") -> list[Case]:
    """Classify the expectations of every raw peer case (``{"req": ..., "res": [...]}``)."""
    cases = []
    for index, item in enumerate(raw):
        text = item["req"]
        expected, position = [], 0
        for res in item.get("res", []):
            surface = str(res.get("surface", ""))
            start = text.find(surface, position) if surface else -1
            if start < 0 and surface:
                start = text.find(surface)
            span = (start, start + len(surface)) if start >= 0 else (None, None)
            if start >= 0:
                position = start + len(surface)
            expected.append(classify_expected(text, res, *span))
        cases.append(Case(index, text, expected, source))
    return cases


def category_of_unit(unit: str, entity: str = "") -> tuple[str, str, float] | None:
    """``(category, currency code, scale)`` of a quantulum3 unit name, or None when not selected.

    >>> category_of_unit("pound sterling"), category_of_unit("percentage", "dimensionless")
    (('currency', 'GBP', 1.0), ('percentage', '', 1.0))
    >>> category_of_unit("dimensionless"), category_of_unit("cent", "currency"), category_of_unit("dozen")
    (('count', '', 1.0), None, None)
    """
    name = " ".join(unit.lower().split())
    if name in PERCENT_UNITS:
        return "percentage", "", 1.0
    if name in CURRENCY_CODES:
        return "currency", CURRENCY_CODES[name], 1.0
    if name in COUNT_UNITS:
        return "count", "", 1.0
    return None


def is_plain_count(low: float, high: float, surface: str) -> bool:
    """A whole number ≥ 0 without a decimal point that is not a four-digit year.

    >>> is_plain_count(50, 50, "50"), is_plain_count(1979, 1979, "1979"), is_plain_count(6, 6, "6.0")
    (True, False, False)
    >>> is_plain_count(0.025, 0.025, "1/40"), is_plain_count(1500, 1500, "1,500")
    (False, True)
    """
    if not all(math.isfinite(v) and v >= 0 and v == int(v) for v in (low, high)):
        return False
    if re.search(r"\d\.\d", surface):
        return False
    return not (low == high and 1000 <= low <= 2100 and _YEAR.fullmatch(surface.strip()))


def not_a_count(text: str, surface: str) -> str:
    """The hand-read reason why a dimensionless number of ``text`` counts nothing, or ``""``."""
    for fragment, reason in NOT_COUNTS:
        if fragment in text and surface and surface in fragment:
            return reason
    return ""


def peer_quantity(unit: str, entity: str, value: float, uncertainty: float | None,
                  start: int | None, end: int | None, surface: str) -> Quantity | None:
    """A quantulum3-style quantity as a selected :class:`Quantity`, or None when not selected."""
    found = category_of_unit(unit, entity)
    if found is None or value is None:
        return None
    category, code, scale = found
    spread = abs(float(uncertainty)) if uncertainty else 0.0
    low, high = (float(value) - spread) * scale, (float(value) + spread) * scale
    if category == "count" and not is_plain_count(low, high, surface):
        return None
    return Quantity(category, code, low, high, start, end, surface)


def classify_expected(text: str, res: dict, start: int | None, end: int | None) -> Expected:
    """Score one expected quantity or tell why it is don't-care."""
    surface = str(res.get("surface", ""))
    unit, entity = str(res.get("unit", "")), str(res.get("entity") or "")
    expected = Expected(surface, start, end)
    found = category_of_unit(unit, entity)
    if found is None:
        expected.reason = f"unit not selected ({unit})"
        return expected
    reason = not_a_count(text, surface) if found[0] == "count" else ""
    quantity = peer_quantity(unit, entity, res.get("value"), res.get("uncertainty"), start, end,
                             surface)
    if quantity is None:
        expected.reason = "not a plain count (year, fraction or decimal measure)"
    elif reason:
        expected.reason = reason
    else:
        expected.quantity = quantity
    return expected


# --- the two systems --------------------------------------------------------------------------

def quantulum_quantities(text: str) -> list[Quantity]:
    """quantulum3's parse of ``text``, kept to the selected categories."""
    from quantulum3 import parser

    out = []
    for q in parser.parse(text):
        span = getattr(q, "span", None) or (None, None)
        quantity = peer_quantity(q.unit.name, q.unit.entity.name if q.unit.entity else "", q.value,
                                 q.uncertainty, span[0], span[1], q.surface)
        if quantity is not None:
            out.append(quantity)
    return out


_OUR_KINDS = {"money": "currency", "percent": "percentage", "count": "count"}


def fact_quantity(fact) -> Quantity | None:
    """One of our facts (money, percent, count) as a :class:`Quantity`, or None for other kinds."""
    category = _OUR_KINDS.get(fact.kind)
    if category is None:
        return None
    read = _corpus.number_or_range(fact.value)
    if read is None and fact.qualifier == "range" and fact.low is not None and fact.high is not None:
        read = (float(fact.low), float(fact.high))
    low, high = read if read is not None else (math.nan, math.nan)
    code = fact.unit if category == "currency" else ""
    if category == "count" and read is not None and not is_plain_count(low, high, fact.surface):
        return None
    return Quantity(category, code, low, high, fact.start, fact.end, fact.surface)


def our_quantities(text: str, modules=None) -> list[Quantity]:
    """Our money, percent and count facts in ``text`` (built as one document)."""
    doc = consistency.document_from_text("case", text)
    if not doc.usable:
        return []
    facts = extract_document(doc, modules)
    return [q for q in map(fact_quantity, facts) if q is not None]


# --- scoring ----------------------------------------------------------------------------------

def score_case(case: Case, predicted: Iterable[Quantity]) -> CaseScore:
    """Match ``predicted`` to the case's scored quantities one to one (the same for both systems).

    Unmatched predictions overlapping a don't-care expectation are ignored; the others are extra.
    """
    score = CaseScore()
    pool = list(predicted)
    for expected in case.expected:
        if expected.quantity is None:
            continue
        hit = next((q for q in pool if q.agrees(expected.quantity)), None)
        if hit is None:
            score.missing.append(expected.quantity)
        else:
            pool.remove(hit)
            score.found.append(hit)
    excused = [(e.start, e.end) for e in case.expected
               if e.quantity is None and e.start is not None and e.end is not None]
    for q in pool:
        overlaps = q.start is not None and q.end is not None and any(
            q.start < end and start < q.end for start, end in excused)
        if not overlaps:
            score.extra.append(q)
    return score


def run_system(cases: Sequence[Case], system: Callable[[str], list[Quantity]]) -> list[CaseScore]:
    """Score ``system`` on every case; a crash on a case scores that case wrong."""
    scores = []
    for case in cases:
        try:
            predicted = system(case.text)
        except Exception as error:  # a peer crash is a wrong answer, not a benchmark failure
            scores.append(CaseScore(error=f"{type(error).__name__}: {error}"))
            continue
        scores.append(score_case(case, predicted))
    return scores


def accuracy_rows(cases: Sequence[Case], systems: dict[str, list[CaseScore]]) -> list[list[object]]:
    """Rows ``category, cases, <system correct (pct)>...`` per category and overall."""
    rows = []
    for category in CATEGORIES:
        picked = [i for i, case in enumerate(cases) if category in case.categories]
        row: list[object] = [category, len(picked)]
        for scores in systems.values():
            good = sum(scores[i].correct_for(category) for i in picked)
            row.append(f"{good} ({_corpus.percent(good, len(picked))})")
        rows.append(row)
    row = ["overall", len(cases)]
    for scores in systems.values():
        good = sum(score.correct for score in scores)
        row.append(f"{good} ({_corpus.percent(good, len(cases))})")
    rows.append(row)
    return rows


# --- report -----------------------------------------------------------------------------------

def main(argv: Sequence[str] | None = None) -> dict:
    """Print the comparison; return a summary for ``run_all``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ambiguity", action="store_true",
                        help="also score quantulum3's quantities.ambiguity.json (20 cases)")
    parser.add_argument("--wrong", type=int, default=30, help="how many of our wrong cases to list")
    args = parser.parse_args(argv)
    print(_corpus.heading("Peer test suite: quantulum3's own test cases (money, percent, count)"))
    try:
        files = peer_test_files(args.ambiguity)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # quantulum3 warns that its optional classifier is missing
            from quantulum3 import parser as _probe  # noqa: F401  (fail early when the peer is missing)
    except (FileNotFoundError, ImportError) as error:
        print(f"SKIPPED: {error}")
        return {"skipped": str(error)}

    from importlib.metadata import version

    all_cases: list[Case] = []
    for file in files:
        all_cases += load_cases(json.loads(file.read_text(encoding="utf-8")), file.name)
    cases = [case for case in all_cases if case.selected]
    print(f"quantulum3 {version('quantulum3')}; test set: {', '.join(str(f) for f in files)}")
    print(f"{len(all_cases)} cases in the file(s); {len(cases)} selected (rule: module docstring, README).")
    print("quantulum3 runs as installed by the bench extra (without its optional sklearn classifier).\n")
    _print_selection(all_cases, cases)

    modules = extractor_modules()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        peer = run_system(cases, quantulum_quantities)
    ours = run_system(cases, lambda text: our_quantities(text, modules))
    print(f"\nOur extractors present: {', '.join(m.__name__.rsplit('.', 1)[1] for m in modules)}")
    print("Case accuracy (a case is correct when every selected quantity is found and none is extra):\n")
    print(_corpus.table(["category", "cases", "quantulum3", "ours"],
                        accuracy_rows(cases, {"quantulum3": peer, "ours": ours})))
    peer_good, our_good = sum(s.correct for s in peer), sum(s.correct for s in ours)
    met = "MET" if our_good >= peer_good else "NOT MET"
    print(f"\nTarget: ours ≥ quantulum3 overall: {our_good} vs {peer_good} of {len(cases)} → {met}")
    _print_wrong(cases, ours, "ours", args.wrong)
    _print_wrong(cases, peer, "quantulum3", 10)
    return {"cases": len(cases), "quantulum3": peer_good, "ours": our_good, "target_met": met == "MET",
            "per_category": {row[0]: row[1:] for row in
                             accuracy_rows(cases, {"quantulum3": peer, "ours": ours})}}


def _print_selection(all_cases: Sequence[Case], cases: Sequence[Case]) -> None:
    counts = {category: sum(category in case.categories for case in cases) for category in CATEGORIES}
    quantities = {category: sum(1 for case in cases for e in case.expected
                                if e.quantity and e.quantity.category == category)
                  for category in CATEGORIES}
    print(_corpus.table(["category", "cases", "scored quantities"],
                        [[c, counts[c], quantities[c] if c != "none" else "-"] for c in CATEGORIES]))
    print("\nDon't-care expectations in selected cases that a reader might expect scored (interpreted):")
    for case in cases:
        for e in case.expected:
            if e.quantity is None and not e.reason.startswith("unit not selected"):
                print(f"  - {case.source}#{case.index}: {e.surface!r} — {e.reason}")
    dropped = [case for case in all_cases if not case.selected
               and any(not e.reason.startswith("unit not selected") for e in case.expected)]
    for case in dropped:
        reasons = "; ".join(f"{e.surface!r}: {e.reason}" for e in case.expected if e.reason)
        print(f"  - not selected {case.source}#{case.index} {_corpus.short(case.text, 60)!r} ({reasons})")


def _print_wrong(cases: Sequence[Case], scores: Sequence[CaseScore], name: str, limit: int) -> None:
    wrong = [(case, score) for case, score in zip(cases, scores, strict=True) if not score.correct]
    print(f"\nCases {name} gets wrong: {len(wrong)} (first {min(limit, len(wrong))})")
    for case, score in wrong[:limit]:
        print(f"  - {case.source}#{case.index}: {_corpus.short(case.text)!r}")
        if score.error:
            print(f"      error: {score.error}")
        for q in score.missing:
            print(f"      missing: {q.label()}")
        for q in score.extra:
            print(f"      extra:   {q.label()}")


if __name__ == "__main__":
    main()
    sys.exit(0)
