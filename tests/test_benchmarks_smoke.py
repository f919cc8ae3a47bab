"""Smoke tests of the benchmarks' scoring code on tiny hand-made inputs (no timing, no big corpus).

The peers (quantulum3, dateparser) are optional: CI installs only ``.[test]``, so what needs them
is skipped when they are missing.
"""

from __future__ import annotations

import doctest
import sys
from pathlib import Path

import pytest

from consistency.schema import Fact

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import _corpus
import bench_accuracy as acc
import bench_peer_quantities as peer
import bench_speed
import run_all


@pytest.mark.parametrize("module", [_corpus, acc, peer])
def test_docstring_examples(module):
    assert doctest.testmod(module).failed == 0


# --- accuracy matcher --------------------------------------------------------------------------

def item(kind, start, end, value, doc="d", surface="x"):
    return acc.Item(doc, kind, start, end, surface, value)


def test_matcher_pairs_overlapping_facts_with_equal_values():
    gold = [item("money", 10, 25, "228100000000")]
    predicted = [item("money", 10, 24, "2.281e11")]
    assert acc.match(predicted, gold) == [(0, 0)]


def test_matcher_rejects_other_value_kind_document_or_disjoint_span():
    gold = [item("count", 10, 15, "3")]
    assert acc.match([item("count", 10, 15, "4")], gold) == []
    assert acc.match([item("ordinal", 10, 15, "3")], gold) == []
    assert acc.match([item("count", 10, 15, "3", doc="e")], gold) == []
    assert acc.match([item("count", 15, 20, "3")], gold) == []


def test_matcher_is_one_to_one_and_prefers_the_larger_overlap():
    gold = [item("date", 0, 10, "2026-02-04"), item("date", 8, 20, "2026-02-04")]
    predicted = [item("date", 9, 20, "2026-02-04")]
    assert acc.match(predicted, gold) == [(0, 1)]
    two = [item("date", 0, 10, "2026-02-04"), item("date", 1, 9, "2026-02-04")]
    assert len(acc.match(two, gold[:1])) == 1


def test_value_rules():
    assert acc.values_agree("money", "1000000000..2000000000", "1e9..2e9")
    assert not acc.values_agree("money", "1000000000..2000000000", "1e9..3e9")
    assert acc.values_agree("duration", "P1Y ", " P1Y")
    assert not acc.values_agree("date", "2026-02-04", "2026-02-05")
    assert acc.values_agree("quote", "We will cooperate closely on trade.", "We will cooperate closely on trade")
    assert not acc.values_agree("quote", "We will cooperate.", "They refused everything.")


def test_false_positives_count_only_inside_complete_coverage():
    coverage = acc.Coverage({"d": {"kinds": ["count"], "ranges": [[0, 50]]}})
    gold = [item("count", 5, 8, "3")]
    predicted = [item("count", 5, 8, "3"), item("count", 20, 22, "7"), item("count", 60, 62, "9"),
                 item("money", 30, 35, "5")]
    scores, fps, fns = acc.score(predicted, gold, coverage)
    assert (scores["count"].tp, scores["count"].fp, scores["count"].fn) == (1, 1, 0)
    assert [f.start for f in fps["count"]] == [20]
    assert not fns["count"]
    assert scores["money"].fp == 0  # money is not complete in this document
    assert scores["count"].precision == 0.5 and scores["count"].recall == 1.0


def test_gold_reader_reports_bad_lines(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"doc_id": "d", "kind": "count", "start": 1, "end": 3, "surface": "xy", "value": 2}\n'
                    '\n{"doc_id": "d"}\n', encoding="utf-8")
    items, problems = acc.read_gold(gold)
    assert items == [acc.Item("d", "count", 1, 3, "xy", "2")]
    assert len(problems) == 1 and ":3:" in problems[0]
    assert acc.check_gold_spans(items, {"d": "axyz"}) == []
    assert acc.check_gold_spans(items, {"d": "abcd"})


# --- quantulum3 case selection and scoring (no quantulum3 needed) -------------------------------

TINY = [
    {"req": "I want two meters of cotton for £2,000",
     "res": [{"value": 2, "unit": "metre", "surface": "two meters"},
             {"value": 2000, "unit": "pound sterling", "surface": "£2,000"}]},
    {"req": "It increased by 35% by the end of the 1960s",
     "res": [{"value": 35, "unit": "percentage", "surface": "35%"},
             {"value": 1960, "unit": "dimensionless", "surface": "1960"}]},
    {"req": "In this pit, 50 cars are stored", "res": [{"value": 50, "unit": "dimensionless", "surface": "50"}]},
    {"req": "The answer is 42, at the end of times",
     "res": [{"value": 42, "unit": "dimensionless", "surface": "42"}]},
    {"req": "Oh look, a penny!", "res": [{"value": 1, "unit": "penny", "entity": "currency", "surface": "a penny"}]},
    {"req": "245 23 yen", "res": []},
    {"req": "from 3 to 4 L", "res": [{"value": 3.5, "unit": "dimensionless", "surface": "3 to 4",
                                      "uncertainty": 0.5}]},
]


@pytest.fixture
def cases():
    return peer.load_cases(TINY, "tiny.json")


def test_case_selection_by_expected_units(cases):
    assert [case.categories for case in cases] == [
        ["currency"], ["percentage"], ["count"], [], [], ["none"], ["count"]]
    assert [case.selected for case in cases] == [True, True, True, False, False, True, True]
    pound = cases[0].expected[1].quantity
    assert (pound.category, pound.code, pound.low, pound.start) == ("currency", "GBP", 2000, 32)
    assert cases[1].expected[1].quantity is None and "year" in cases[1].expected[1].reason
    assert cases[3].expected[0].reason == "numeral with nothing counted"
    assert (cases[6].expected[0].quantity.low, cases[6].expected[0].quantity.high) == (3, 4)


def test_scoring_needs_every_quantity_and_nothing_extra(cases):
    pound = peer.Quantity("currency", "GBP", 2000, 2000, 32, 38)
    assert peer.score_case(cases[0], [pound]).correct
    assert not peer.score_case(cases[0], []).correct
    assert not peer.score_case(cases[0], [peer.Quantity("currency", "USD", 2000, 2000, 32, 38)]).correct
    extra = peer.score_case(cases[0], [pound, peer.Quantity("count", "", 7, 7, 0, 1)])
    assert not extra.correct and extra.correct_for("currency") is True
    # a count over the metre quantity ("two meters") is a don't-care span, not an extra
    assert peer.score_case(cases[0], [pound, peer.Quantity("count", "", 2, 2, 7, 10)]).correct
    # a count over the year 1960 is don't-care too
    percent = peer.Quantity("percentage", "", 35, 35, 16, 19)
    assert peer.score_case(cases[1], [percent, peer.Quantity("count", "", 1960, 1960, 38, 42)]).correct
    assert peer.score_case(cases[5], []).correct
    assert not peer.score_case(cases[5], [peer.Quantity("currency", "JPY", 23, 23, 4, 10)]).correct


def test_our_facts_become_quantities():
    def fact(kind, value, unit="", qualifier="exact", low=None, high=None):
        return Fact("d", "s", "narration", kind, 0, 5, "xxxxx", value, unit=unit, qualifier=qualifier,
                    low=low, high=high)

    money = peer.fact_quantity(fact("money", "2000", "GBP"))
    assert (money.category, money.code, money.low, money.high) == ("currency", "GBP", 2000, 2000)
    rng = peer.fact_quantity(fact("money", "1000000000..2000000000", "USD", "range", 1e9, 2e9))
    assert (rng.low, rng.high) == (1e9, 2e9)
    assert peer.fact_quantity(fact("percent", "35")).category == "percentage"
    assert peer.fact_quantity(fact("date", "2026-02-04")) is None
    assert peer.fact_quantity(fact("count", "50")).low == 50


def test_accuracy_rows_count_cases_per_category(cases):
    picked = [case for case in cases if case.selected]
    good = [peer.CaseScore() for _ in picked]
    bad = [peer.CaseScore(missing=[peer.Quantity("count", "", 1, 1)]) for _ in picked]
    rows = peer.accuracy_rows(picked, {"a": good, "b": bad})
    assert rows[-1] == ["overall", 5, "5 (100.0%)", "0 (0.0%)"]
    assert rows[0][:2] == ["currency", 1] and rows[2][:2] == ["count", 2]


@pytest.mark.filterwarnings("ignore::UserWarning")  # quantulum3: optional classifier not installed
def test_quantulum3_on_a_case():
    pytest.importorskip("quantulum3")
    found = peer.quantulum_quantities("I want two meters of cotton for £2,000")
    assert [(q.category, q.code, q.low) for q in found] == [("currency", "GBP", 2000)]


def test_peer_test_file_is_found():
    pytest.importorskip("quantulum3")
    files = peer.peer_test_files(include_ambiguity=True)
    assert [f.name for f in files] == ["quantities.json", "quantities.ambiguity.json"]


# --- speed and summary (no timing asserted) ----------------------------------------------------

def test_extract_all_reads_every_document():
    texts = _corpus.repeated([_corpus.SeedText("a", "They paid $5 million on 4 February 2026.", None, "a")], 100)
    assert len(texts) == 3 and len({t.doc_id for t in texts}) == 3
    assert bench_speed.extract_all(texts) >= 3


def test_summary_rows_from_hand_made_results():
    rows = run_all.summary_rows(
        {"cases": 4, "ours": 3, "quantulum3": 2, "target_met": True},
        {"ours_mb_s": 3.0, "per_core_mb_s": 3.1, "peer_mb_s": 0.01, "ratio": 300.0, "peak_rss_mb": 90.0,
         "traced_peak_mb": 2.0},
        {"skipped": "no gold"})
    assert [row[-1] for row in rows] == ["MET", "MET", "MET", "-", "-"]
    assert "300.0×" in rows[1][1]


def test_injection_edits_change_values_beyond_precision_and_keep_formats():
    import bench_injection as injection

    assert injection.number_change("$228.1 billion", "money") == "$228.4 billion"
    assert injection.number_change("over 56,000", "count") == "over 86,000"
    assert injection.number_change("80th", "ordinal") == "83rd"
    assert injection.number_change("11th", "ordinal") == "14th"
    assert injection.date_change("Wednesday") == "Friday"
    assert injection.date_change("February 4, 2026") == "February 6, 2026"
    assert injection.date_change("yesterday") is None


_PIPELINE_SEEDS = [
    _corpus.SeedText("a", "The envoys met on 4 February 2026 and agreed on new trade terms.", "2026-02-05", "A"),
    _corpus.SeedText("b", "Officials said the envoys met on February 3 to agree new trade terms.", None, "B")]


def test_pipeline_corpus_gives_each_copy_its_own_source_and_text():
    import bench_pipeline

    docs = bench_pipeline.corpus_of(_PIPELINE_SEEDS, 5)
    assert [doc.source for doc in docs] == ["A 0", "B 1", "A 2", "B 3", "A 4"]
    assert len({doc.text for doc in docs}) == 5 and len({doc.doc_id for doc in docs}) == 5


def test_pipeline_stages_are_timed_and_findings_counted():
    import bench_pipeline

    seconds = bench_pipeline.timed_check(bench_pipeline.corpus_of(_PIPELINE_SEEDS, 2))
    assert set(seconds) == {*bench_pipeline.STAGES, "Writing reports", "findings"}
    assert all(seconds[stage] >= 0 for stage in bench_pipeline.STAGES) and seconds["findings"] > 0
