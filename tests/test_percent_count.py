"""Percentages and counts beyond the modules' examples: changes and levels, units, ranges,
what must not be read as a count, vague magnitudes, and invariants checked with hypothesis."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency import document_from_text
from consistency.extractors import count, extract_document, percent


def facts(text: str, module) -> list:
    return [f for f in extract_document(document_from_text("t", text), [module]) if f.kind == module.KIND]


def one(text: str, module):
    found = facts(text, module)
    assert len(found) == 1, [(f.surface, f.value) for f in found]
    return found[0]


# --- percent ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,surface,value,unit", [
    ("Prices climbed 6.9% in May.", "6.9%", "6.9", "percent"),
    ("Prices climbed 6.9 per cent in May.", "6.9 per cent", "6.9", "percent"),
    ("Prices climbed 6.9 percent in May.", "6.9 percent", "6.9", "percent"),
    ("Prices climbed 6.9\u00a0percent in May.", "6.9\u00a0percent", "6.9", "percent"),
    ("Prices climbed 7 pct in May.", "7 pct", "7", "percent"),
    ("Support slipped 3 percentage points.", "3 percentage points", "3", "percentage points"),
    ("Support slipped one percentage point.", "one percentage point", "1", "percentage points"),
    ("The bank cut rates by 75 bps.", "75 bps", "0.75", "percentage points"),
    ("Turnout hit eighty-five percent.", "eighty-five percent", "85", "percent"),
])
def test_percent_units(text, surface, value, unit):
    fact = one(text, percent)
    assert (fact.surface, fact.value, fact.unit) == (surface, value, unit)


@pytest.mark.parametrize("text,note", [
    ("Exports fell 4% last year.", "change:down"),
    ("Exports declined by 4% last year.", "change:down"),
    ("Exports were down 4% last year.", "change:down"),
    ("Exports posted a 4% decline last year.", "change:down"),
    ("Exports rose by over 4% last year.", "change:up"),
    ("Exports have increased by nearly 4 percent.", "change:up"),
    ("Exports were up 4% last year.", "change:up"),
    ("Exports saw a 4 per cent year-on-year increase.", "change:up"),
    ("a rise of 4 percent in exports", "change:up"),
    ("Exports changed by +4%.", "change:up"),
    ("Exports changed by −4%.", "change:down"),
    ("Exports rose to 4% of GDP.", ""),       # a level, not a change
    ("Exports make up 4% of GDP.", ""),
    ("Unemployment stood at 4 percent.", ""),
])
def test_percent_change_direction(text, note):
    assert one(text, percent).note == note


def test_change_value_is_the_magnitude_as_written():
    fact = one("Agricultural trade has increased by over 20 percent.", percent)
    assert (fact.value, fact.qualifier, fact.low, fact.high) == ("20", "above", 20.0, None)
    assert (fact.subject, fact.note, fact.surface) == ("agricultural trade", "change:up", "over 20 percent")


def test_percent_precision_and_bounds():
    exact = one("The rate is 6.9%.", percent)
    assert math.isclose(exact.low, 6.85) and math.isclose(exact.high, 6.95)
    below = one("The rate is below 7%.", percent)
    assert (below.qualifier, below.low, below.high) == ("below", None, 7.0)
    nearly = one("The rate is nearly 7%.", percent)
    assert nearly.qualifier == "approx" and math.isclose(nearly.low, 6.3) and nearly.high == 7.0
    exceeding = one("The rate is exceeding 7 per cent.", percent)
    assert (exceeding.qualifier, exceeding.low) == ("above", 7.0)


@pytest.mark.parametrize("text,surface", [
    ("Growth of between 5 and 7 percent is likely.", "between 5 and 7 percent"),
    ("Growth of between 5% and 7% is likely.", "between 5% and 7%"),
    ("Growth of 5-7% is likely.", "5-7%"),
    ("Growth of 5–7 per cent is likely.", "5–7 per cent"),
    ("Growth of 5% to 7% is likely.", "5% to 7%"),
    ("Growth of 5 to 7 percent is likely.", "5 to 7 percent"),
])
def test_percent_ranges(text, surface):
    fact = one(text, percent)
    assert (fact.surface, fact.value, fact.qualifier, fact.low, fact.high) == (surface, "5..7", "range", 5.0, 7.0)


def test_from_to_is_two_levels_with_one_subject():
    found = facts("Inflation rose from 5% to 7% in 2024.", percent)
    assert [(f.surface, f.value, f.qualifier, f.note) for f in found] == [("5%", "5", "exact", ""),
                                                                       ("7%", "7", "exact", "")]
    assert {f.subject for f in found} == {"inflation"} and {f.scope for f in found} == {"2024"}


def test_change_then_level_and_respectively():
    found = facts("Sales rose 2% to 7% of revenue.", percent)
    assert [(f.value, f.note) for f in found] == [("2", "change:up"), ("7", "")]
    found = facts("Sales and costs grew by 5% and 7% respectively.", percent)
    assert [f.value for f in found] == ["5", "7"]


def test_percent_subjects():
    assert one("Some 40 percent of young voters stayed home.", percent).subject == "young voters"
    assert one("The central bank raised its benchmark rate by 0.25 percentage points.", percent).subject == \
        "benchmark rate"
    assert one("Imports to the region dropped 9% in March.", percent).subject == "imports to region"
    up = one("Revenue reached $4 billion in 2023, up 11% on the year.", percent)
    assert (up.subject, up.scope, up.note) == ("revenue", "2023", "change:up")


@pytest.mark.parametrize("text", [
    "See https://stats.example.org/q?share=40%25 for the table.",
    "Email data5@example.org with 3 questions.",
    "Percentages were not disclosed.",
    "He finished 12th of 40 runners.",
    "The percentile was never computed.",
    "Version 2.5 shipped.",
])
def test_not_percentages(text):
    assert facts(text, percent) == []


def test_percent_and_points_are_different_units():
    points, share = facts("The share fell 3 percentage points to 40 percent.", percent)
    assert (points.unit, share.unit) == ("percentage points", "percent")


# --- count --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,surface,value,subject", [
    ("Over 8,000 Kenyan nurses work abroad.", "Over 8,000 Kenyan nurses", "8000", "kenyan nurses"),
    ("The agency hired 35 analysts.", "35 analysts", "35", "analysts"),
    ("Rescuers found three survivors.", "three survivors", "3", "survivors"),
    ("They met the two mediators on Friday.", "two mediators", "2", "mediators"),
    ("The fair drew 2.5 million visitors.", "2.5 million visitors", "2500000", "visitors"),
    ("The fair drew two million visitors.", "two million visitors", "2000000", "visitors"),
    ("The fair drew a million visitors.", "a million visitors", "1000000", "visitors"),
    ("Ninety-nine senators voted.", "Ninety-nine senators", "99", "senators"),
    ("The survey covered 1,024 households.", "1,024 households", "1024", "households"),
    ("The fleet has 40 aircraft.", "40 aircraft", "40", "aircraft"),
    ("Some two dozen journalists waited.", "Some two dozen journalists", "24", "journalists"),
])
def test_counts(text, surface, value, subject):
    found = facts(text, count)
    assert [(f.surface, f.value, f.subject) for f in found] == [(surface, value, subject)]


def test_count_precision_and_bounds():
    fact = one("More than 56,000 foreign students enrolled.", count)
    assert (fact.value, fact.qualifier, fact.low, fact.high) == ("56000", "above", 56000.0, None)
    exact = one("The clinic treated 216 patients.", count)
    assert (exact.low, exact.high) == (215.5, 216.5)
    fewer = one("Fewer than 50 firms applied.", count)
    assert (fewer.qualifier, fewer.low, fewer.high) == ("below", None, 50.0)
    span = one("They expect between 20 and 30 bidders.", count)
    assert (span.surface, span.value, span.qualifier) == ("between 20 and 30 bidders", "20..30", "range")


@pytest.mark.parametrize("text,value,low,high,subject", [
    ("Dozens of villages flooded.", "24..100", 24.0, 100.0, "villages"),
    ("Hundreds of flights were cancelled.", "100..1000", 100.0, 1000.0, "flights"),
    ("Thousands of workers struck.", "1000..10000", 1000.0, 10000.0, "workers"),
    ("Tens of thousands of fans came.", "10000..100000", 1e4, 1e5, "fans"),
    ("The war cost tens of millions of lives.", "10000000..100000000", 1e7, 1e8, "lives"),
    ("Hundreds of thousands of the residents left.", "100000..1000000", 1e5, 1e6, "residents"),
])
def test_vague_magnitudes(text, value, low, high, subject):
    fact = one(text, count)
    assert (fact.value, fact.qualifier, fact.low, fact.high, fact.subject) == (value, "range", low, high, subject)


@pytest.mark.parametrize("text,surface,value", [
    ("Profits rose for three years in a row.", "three years in a row", "3"),
    ("Profits rose for three consecutive years.", "three consecutive years", "3"),
    ("Profits rose for the third consecutive year.", "third consecutive year", "3"),
    ("Profits rose for the third year running.", "third year running", "3"),
    ("Profits rose for a 3rd straight year.", "3rd straight year", "3"),
])
def test_runs_of_years_agree(text, surface, value):
    fact = one(text, count)
    assert (fact.surface, fact.value, fact.subject) == (surface, value, "consecutive years")


@pytest.mark.parametrize("text,surface,value,subject", [
    ("We met twice last year.", "met twice", "2", "meetings"),
    ("The envoys have met three times.", "met three times", "3", "meetings"),
    ("She visited Kenya twice.", "visited Kenya twice", "2", "visits"),
    ("The vote was postponed twice.", "postponed twice", "2", "postponements"),
    ("The board has twice rejected the bid.", "twice rejected", "2", "rejected"),
])
def test_repetitions(text, surface, value, subject):
    fact = one(text, count)
    assert (fact.surface, fact.value, fact.subject) == (surface, value, subject)


def test_met_twice_and_two_meetings_share_a_subject():
    assert one("Over the past year, we met twice.", count).subject == \
        one("He recalled their two meetings.", count).subject


@pytest.mark.parametrize("text", [
    "Output was twice as high and three times larger than in 2020.",
    "They meet twice a year and three times per season.",
    "It is twice the size.",
    "In 2025 the summit was held on February 4 at 10:30, or 5 pm.",
    "The treaty ran from 1 May to 30 June 2026.",
    "It cost $400 million and 20 billion yuan, up 20 percent, or 3 percentage points.",
    "The 24th round and the 80th anniversary were marked.",
    "1. Comunicati\n2. Notizie",
    "Read https://example.com/2026-02-05/two-leaders-met-200-times.html today.",
    "Call +1 202 555 0143 or 020 7946 0958 for 24 hours.",
    "The index closed at 3.75 points.",
    "One of them said no one knows; they trust one another under the One China policy.",
    "The two countries, our two nations and the world's two largest economies agreed.",
    "The talks lasted one hour and twenty-five minutes over five years.",
    "The road is 20 kilometres long and the tank holds 50 litres.",
    "The Two Sessions opened; Group 20 members and Boeing 737 jets too.",
    "Nearly 3 in 10 adults and 4 out of 5 doctors agree.",
    "It marks China's 15th Five-Year Plan (2026-30).",
])
def test_not_counts(text):
    assert facts(text, count) == []


def test_one_counts_only_when_bounded():
    fact = one("At least one soldier was wounded.", count)
    assert (fact.value, fact.qualifier, fact.subject) == ("1", "above", "soldier")


def test_count_skips_boilerplate_trailer():
    text = "Officials met 30 farmers.\n\nMust Read\n\nForces killed 216 militants in the north."
    assert [f.surface for f in facts(text, count)] == ["30 farmers"]


# --- invariants ---------------------------------------------------------------------------

PERCENT_UNITS = ["%", " percent", " per cent", "\u00a0percent"]


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 99_999), st.integers(0, 2), st.sampled_from(PERCENT_UNITS), st.sampled_from(
    ["", "over ", "nearly ", "about ", "more than "]))
def test_formatted_percents_read_back(whole, decimals, unit, bound):
    number = whole / 10 ** decimals
    digits = f"{number:.{decimals}f}"
    surface = f"{bound}{digits}{unit}"
    fact = one(f"The measure was {surface} last time.", percent)
    assert fact.surface == surface
    assert fact.unit == "percent"
    assert math.isclose(float(fact.value), float(digits))
    low = fact.low if fact.low is not None else -math.inf
    high = fact.high if fact.high is not None else math.inf
    assert low <= float(digits) <= high


NOUNS = ["students", "events", "protesters", "Chinese students", "solar terms", "people", "new members"]


@settings(max_examples=300, deadline=None)
@given(st.integers(2, 50_000_000), st.sampled_from(NOUNS), st.booleans(), st.sampled_from(["", "over ", "some "]))
def test_formatted_counts_read_back(number, noun, separators, bound):
    digits = f"{number:,}" if separators else str(number)
    if not separators and 1800 <= number <= 2199 and not bound:
        return  # a bare four-digit number in this range is read as a year, by design
    surface = f"{bound}{digits} {noun}"
    fact = one(f"Officials said {surface} took part.", count)
    assert fact.surface == surface
    assert fact.value == str(number)
    assert fact.subject == noun.lower()


FRAGMENTS = st.sampled_from([
    "over 20 percent", "6.9%", "5-7%", "between 3 and 4 per cent", "-2.5%", "+1%", " percentage points",
    "over 56,000 Chinese students", "two meetings", "met twice", "three times", "tens of millions of lives",
    "dozens of", "for the third consecutive year", "three years in a row", "one of", "one China", "February 4",
    "2025", "$200 billion", "1. ", "https://x.org/5%", "a@b.c", "\u2002", "\u00a0", " ", ",", ".", "\n\n",
    "Must Read\n", "between", " and ", " to ", "a dozen", "half a million", "visited Kenya", "percent",
])
TEXTS = st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=20).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_spans_slice_to_surface_on_random_text(text):
    doc = document_from_text("t", text)
    if not doc.usable:
        return
    for fact in extract_document(doc, [count, percent]):
        assert doc.text[fact.start:fact.end] == fact.surface
        assert fact.qualifier in ("exact", "approx", "above", "below", "range")
        if fact.low is not None and fact.high is not None:
            assert fact.low <= fact.high


# --- seeds (smoke check only) -------------------------------------------------------------

def test_seed_corpus_percents_and_counts():
    """The two extractors alone over the seeds (in the full pipeline, kinds of higher
    precedence may claim some runs, e.g. a duration "three years")."""
    from consistency.documents import load_corpus

    surfaces = {" ".join(f.surface.split()) for doc in load_corpus("seeds") if doc.usable
                for f in extract_document(doc, [count, percent])}
    for expected in ["over 20 percent", "more than 400 vibrant events", "over 56,000 Chinese students",
                     "over 21,000 Russian students", "tens of millions of lives", "three years in a row",
                     "24 solar terms", "met twice", "two meetings", "three consecutive years",
                     "third consecutive year"]:
        assert expected in surfaces
    assert not any("216" in s for s in surfaces)  # the "Must Read" trailer of seeds/003
