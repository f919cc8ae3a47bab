"""Every example of every extractor module is a test: the examples are the spec."""

from __future__ import annotations

import math

import pytest

from consistency.extractors import PRECEDENCE, extract_document, extractor_modules

CASES = [(module, example) for module in extractor_modules() for example in module.EXAMPLES]


def _id(case):
    module, example = case
    return f"{module.KIND}:{example.marked[:50]}"


def _same(actual, expected) -> bool:
    if expected is None:
        return actual is None or (isinstance(actual, float) and math.isnan(actual))
    if isinstance(expected, float):
        return actual is not None and math.isclose(actual, expected, rel_tol=1e-9)
    return actual == expected


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_example(case):
    module, example = case
    facts = [f for f in extract_document(example.document(), [module]) if f.kind == module.KIND]
    if example.span is None:
        assert not facts, f"expected no {module.KIND}, found {[f.surface for f in facts]}"
        return
    start, end = example.span
    matching = [f for f in facts if (f.start, f.end) == (start, end)]
    assert matching, (f"expected {module.KIND} at {example.text[start:end]!r}, "
                      f"found {[(f.surface, f.value) for f in facts]}")
    fact = matching[0]
    assert fact.value == example.value
    for name, expected in example.fields.items():
        assert _same(getattr(fact, name), expected), f"{name}: {getattr(fact, name)!r}"


POSITIVE = [case for case in CASES if case[1].span is not None]


@pytest.mark.parametrize("case", POSITIVE, ids=[_id(c) for c in POSITIVE])
def test_example_survives_among_every_kind(case):
    # With every extractor running, overlaps between kinds are resolved: an example's reading
    # must be kept, unless a longer reading of another kind holds it whole ("the second
    # consecutive year" is a run of years, a count holding the ordinal).
    module, example = case
    start, end = example.span
    facts = extract_document(example.document())
    kept = [f for f in facts if f.kind == module.KIND and (f.start, f.end) == (start, end)]
    holders = [f for f in facts if f.kind in PRECEDENCE and f.kind != module.KIND and f.start <= start and end <= f.end
               and f.end - f.start > end - start]
    assert kept or holders, (f"{module.KIND} at {example.text[start:end]!r} lost to "
                             f"{[(f.kind, f.surface) for f in facts if f.start < end and start < f.end]}")


def test_every_module_has_examples_and_counterexamples():
    for module in extractor_modules():
        assert any(e.span for e in module.EXAMPLES), module.__name__
        assert any(e.span is None for e in module.EXAMPLES), module.__name__
