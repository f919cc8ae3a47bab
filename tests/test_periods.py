"""Quarters and halves named without their year in financial copy: the year an English report means,
from its date and the tense of its clause; nothing in sports copy. Expected values were worked out by
hand: published on Thursday 5 February 2026, the fourth quarter of 2025 has ended, the first quarter
of 2026 has begun and ends on 31 March."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency import document_from_text
from consistency.extractors import extract_document, year_range
from consistency.extractors.year_range import year_of_part

PUBLISHED_THURSDAY = "2026-02-05"


def periods(text, published=PUBLISHED_THURSDAY):
    doc = document_from_text("t", text, published)
    return [(f.surface, f.value, f.grain, f.resolution)
            for f in extract_document(doc, [year_range]) if f.kind == year_range.KIND]


@pytest.mark.parametrize("text, surface, value", [
    # The past: the latest such quarter or half ended by the publication.
    ("Profit rose 8% in the third quarter.", "the third quarter", "2025-07/2025-09"),
    ("In the fourth quarter, sales fell 3% from a year earlier.", "the fourth quarter", "2025-10/2025-12"),
    ("The economy grew 0.4% in the fourth quarter, the statistics office said.", "the fourth quarter",
     "2025-10/2025-12"),
    ("Exports to China slumped in the first quarter.", "the first quarter", "2025-01/2025-03"),
    ("Q3 revenue beat analysts' forecasts.", "Q3", "2025-07/2025-09"),
    ("Second-quarter earnings were hit by a strike.", "Second-quarter", "2025-04/2025-06"),
    ("Net income in H1 rose 4%, the bank said.", "H1", "2025-01/2025-06"),
    # The future: the first not yet ended (the first quarter of 2026 runs until 31 March).
    ("The firm expects revenue to grow in the first quarter.", "the first quarter", "2026-01/2026-03"),
    ("Sales will recover in the fourth quarter, the chief executive said.", "the fourth quarter",
     "2026-10/2026-12"),
    ("First-half profit is expected to top $1 billion.", "First-half", "2026-01/2026-06"),
    # The present: the latest begun.
    ("Deliveries in the first quarter are running 5% ahead of plan.", "the first quarter", "2026-01/2026-03"),
    # Results still to be made known: the quarter whose end lies nearest.
    ("The bank will report fourth-quarter earnings on Tuesday.", "fourth-quarter", "2025-10/2025-12"),
    ("The carmaker is due to release first-quarter results in April.", "first-quarter", "2026-01/2026-03"),
])
def test_a_quarter_or_half_without_its_year_takes_the_year_the_report_means(text, surface, value):
    (found,) = periods(text)
    assert found[:2] == (surface, value)
    assert found[3] == "inferred year"


def test_each_clause_takes_its_own_tense():
    found = periods("Profit rose in the third quarter and the company expects growth in the fourth quarter.")
    assert [(surface, value) for surface, value, _, _ in found] == [
        ("the third quarter", "2025-07/2025-09"), ("the fourth quarter", "2026-10/2026-12")]


def test_a_quarter_of_a_year_named_before_it_takes_that_year():
    assert periods("Exports slumped in last year's fourth quarter.") == [
        ("last year's fourth quarter", "2025-10/2025-12", "quarter", "relative")]
    assert periods("Sales in 2024's second half disappointed.")[0][1] == "2024-07/2024-12"


def test_without_a_publication_date_the_year_stays_unknown():
    assert periods("Profit rose 8% in the third quarter.", None) == [
        ("the third quarter", "XXXX-07/XXXX-09", "quarter", "unresolved year")]


@pytest.mark.parametrize("text", [
    # Sports copy: a period of play, even beside "loss" or "results".
    "The Lakers led by 10 in the third quarter.",
    "He scored twice in the first half, and the loss stung.",
    "Boston outscored Miami 31-18 in the fourth quarter, sealing a playoff loss for the visitors.",
    # No financial word.
    "The rebels held the third quarter of the old city.",
    "The crowd grew restless in the second half.",
    # A fiscal quarter; a name; a part of something else.
    "Profit rose in its fiscal third quarter.",
    "Sales of the Audi Q3 rose sharply.",
    "Revenue fell in the first half of the match broadcast.",
    # A year written in the sentence other than the one inferred: which year is not sure.
    "In 2023, profit rose in the third quarter.",
    # A semicolon parts sentences: the financial word is in the other one.
    "The city's third quarter fell to the rebels; sales of bread rose.",
])
def test_what_is_no_calendar_quarter_of_financial_copy_is_not_read(text):
    assert periods(text) == []


def _last_day(year, month):
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


@settings(max_examples=300, deadline=None)
@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)), st.integers(1, 4), st.sampled_from([3, 6]),
       st.sampled_from(["past", "present", "future", "reporting"]))
def test_the_year_of_a_part_is_the_one_nearest_in_its_tense(written, index, size, tense):
    if size == 6 and index > 2:
        index = index - 2
    months = ((index - 1) * size + 1, index * size)
    year = year_of_part(months, written, tense)
    first, last = dt.date(year, months[0], 1), _last_day(year, months[1])
    year_length = dt.timedelta(days=366)
    if tense == "past":  # ended by then, and the latest so
        assert last <= written < last + year_length
    elif tense == "present":  # begun by then, and the latest so
        assert first <= written < first + year_length
    elif tense == "future":  # not ended by then, and the first so
        assert written <= last < written + year_length
    else:  # no other year's part ends nearer
        assert all(abs((_last_day(other, months[1]) - written).days) >= abs((last - written).days)
                   for other in (year - 1, year + 1))


@pytest.mark.parametrize("text", [
    "Demand for H2 production rose sharply as the economy grew.",  # hydrogen
    "H2 demand from refineries rose as output grew.",
])
def test_hydrogen_is_no_half_year(text):
    assert [f for f in extract_document(document_from_text("t", text, "2026-02-05")) if f.kind == "year_range"] == []


def test_to_post_a_profit_is_no_report_of_results():
    # a profit to be made in the fourth quarter is of the quarter ahead (2026), not the one ended
    found = [f.value for f in extract_document(document_from_text(
        "t", "The company expects to post a profit in the fourth quarter.", "2026-02-05")) if f.kind == "year_range"]
    assert found == ["2026-10/2026-12"]
