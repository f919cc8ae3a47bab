"""Measures: lengths, masses, volumes, areas, energy, power, speeds and temperatures, converted to
one unit per dimension; what is not a measure; and that two wordings of one length agree across
accounts. Texts are our own; expected values were worked out by hand from the conversion factors."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency import document_from_text
from consistency.extractors import extract_document, measure
from consistency.pipeline import check_documents


def facts(text: str, modules=None) -> list:
    found = extract_document(document_from_text("t", text), modules or [measure])
    return [f for f in found if f.kind == "measure"]


def one(text: str):
    found = facts(text)
    assert len(found) == 1, [(f.surface, f.value) for f in found]
    return found[0]


@pytest.mark.parametrize("text,surface,value,unit", [
    # length, in metres
    ("The motorway extension adds 45 kilometres to the network.", "45 kilometres", "45000", "m"),
    ("The dam is 185 metres high.", "185 metres", "185", "m"),
    ("The jet climbed to 40,000 ft before the alarm.", "40,000 ft", "12192", "m"),
    ("Snow lay 18 inches deep in the valley.", "18 inches", "0.4572", "m"),
    ("Troops pulled back 15km from the front line.", "15km", "15000", "m"),
    ("The refugees had walked twenty kilometres to the camp.", "twenty kilometres", "20000", "m"),
    ("Volunteers carried a hundred tonnes of flour.", "a hundred tonnes", "100000", "kg"),
    # mass, in kilograms
    ("Customs officers found 350 kg of heroin.", "350 kg", "350", "kg"),
    ("The harvest reached 2.5 million tonnes.", "2.5 million tonnes", "2500000000", "kg"),
    ("The satellite weighs 1,500 lb at launch.", "1,500 lb", "680.388555", "kg"),
    ("The stranded whale weighed 40 tons.", "40 tons", "40000", "kg"),
    # volume, in litres
    ("The tanker spilled 12,000 barrels of crude.", "12,000 barrels", "1907848", "l"),
    ("The reservoir holds 3 million cubic metres.", "3 million cubic metres", "3000000000", "l"),
    ("The leak released 500 gallons into the creek.", "500 gallons", "1892.705892", "l"),
    # area, in square metres
    ("The estate covers 2,000 acres.", "2,000 acres", "8093713", "m2"),
    ("Floods swamped 300 square kilometres of farmland.", "300 square kilometres", "300000000", "m2"),
    ("The park spans 40 km2 of marsh.", "40 km2", "40000000", "m2"),
    # energy and power
    ("The plant generated 12 TWh last year.", "12 TWh", "12000000000000", "Wh"),
    ("The new reactor will produce 1,100 megawatts.", "1,100 megawatts", "1100000000", "W"),
    ("Work began on a 500 MW solar farm.", "500 MW", "500000000", "W"),
    # speed, in km/h
    ("The test train reached 320 km/h.", "320 km/h", "320", "km/h"),
    ("Gusts of 75 miles per hour were recorded.", "75 miles per hour", "120.7008", "km/h"),
    ("Police clocked the car at 110 mph.", "110 mph", "177.02784", "km/h"),
    ("The river flows at 3 metres per second here.", "3 metres per second", "10.8", "km/h"),
    # temperature, in degrees Celsius
    ("Readings dropped to minus 12 degrees Celsius overnight.", "minus 12 degrees Celsius", "-12", "°C"),
    ("The heat index hit 110F on Friday.", "110F", "43.33333333", "°C"),
    ("It was 25 °C in the shade.", "25 °C", "25", "°C"),
    # rates
    ("The refinery processes 200,000 barrels per day.", "200,000 barrels per day", "31797459", "l/day"),
    ("The mine produces 5 million tonnes a year.", "5 million tonnes a year", "5000000000", "kg/year"),
])
def test_units_are_converted_to_one_unit_per_dimension(text, surface, value, unit):
    fact = one(text)
    assert (fact.surface, fact.value, fact.unit) == (surface, value, unit)


def test_precision_is_converted_with_the_figure():
    miles = one("The tunnel runs 3.2 miles under the river.")
    # ±0.05 mile = ±80.4672 m around 5149.9008 m
    assert math.isclose(miles.low, 5069.4336) and math.isclose(miles.high, 5230.368)
    heat = one("The heat index hit 110F on Friday.")  # "110" is ±5: 105F to 115F
    assert math.isclose(heat.low, 365 / 9) and math.isclose(heat.high, 415 / 9)


@pytest.mark.parametrize("text,value,low,high", [
    ("The queue was between 2 and 3 km long.", "2000..3000", 2000.0, 3000.0),
    ("Forecasters warned of waves of 5-7 metres.", "5..7", 5.0, 7.0),
    ("The storm could bring 10 to 15 cm of snow.", "0.1..0.15", 0.1, 0.15),
])
def test_ranges(text, value, low, high):
    fact = one(text)
    assert (fact.value, fact.qualifier) == (value, "range")
    assert math.isclose(fact.low, low) and math.isclose(fact.high, high)


def test_bounds():
    above = one("The wildfire has scorched more than 20,000 hectares.")
    assert (above.qualifier, above.low, above.high) == ("above", 2e8, None)
    nearly = one("Police seized almost 3 tonnes of cannabis.")
    assert nearly.qualifier == "approx" and math.isclose(nearly.low, 2700) and math.isclose(nearly.high, 3000)


def test_changes_carry_a_direction_and_fahrenheit_changes_are_differences():
    rise = one("Sea levels rose 20 centimetres over the century.")
    assert (rise.value, rise.note) == ("0.2", "change:up")
    warmer = one("Temperatures rose 9F in a day.")
    assert (warmer.value, warmer.unit, warmer.note) == ("5", "°C", "change:up")
    level = one("Temperatures rose to 30C on Sunday.")
    assert (level.value, level.note) == ("30", "")


def test_subjects():
    assert one("Customs officers found 350 kg of heroin.").subject == "heroin"
    assert one("The dam is 185 metres high.").subject == "dam"
    assert one("The harvest reached 2.5 million tonnes.").subject == "harvest"


@pytest.mark.parametrize("text", [
    "The government will spend £40m on 30m doses.",
    "She finished fourth in the 1,500 metres final.",
    "He came fifth in the 200m freestyle.",
    "The F-35 and the Airbus A320 were on display.",
    "Seat 14C was empty when the flight left.",
    "The ticket cost 30 pounds at the door.",
    "The jet banked 90 degrees to the left.",
    "After the fall he was back on his own two feet.",
    "Some 2 million people in 5m households were affected.",
    "The ruling party won 300 seats and $5 million a day in donations.",
])
def test_not_measures(text):
    assert facts(text) == []


def test_a_measure_is_not_also_a_count():
    found = extract_document(document_from_text("t", "The company shipped 5 million tonnes of steel."))
    assert [(f.kind, f.surface) for f in found if f.kind in ("measure", "count", "money")] == [
        ("measure", "5 million tonnes")]


_UNITS = [("kilometres", 1000.0, "m"), ("miles", 1609.344, "m"), ("metres", 1.0, "m"),
          ("tonnes", 1000.0, "kg"), ("kilograms", 1.0, "kg"), ("litres", 1.0, "l"),
          ("barrels", 158.987294928, "l"), ("hectares", 1e4, "m2"), ("acres", 4046.8564224, "m2"),
          ("megawatts", 1e6, "W"), ("knots", 1.852, "km/h")]


@settings(max_examples=150, deadline=None)
@given(tenths=st.integers(min_value=1, max_value=999_999).filter(lambda n: n % 10),
       decimal=st.booleans(), unit=st.sampled_from(_UNITS))
def test_a_written_measure_reads_back_converted(tenths, decimal, unit):
    word, factor, canonical_unit = unit
    # A figure with one non-zero decimal (±0.05) or a whole figure not ending in 0 (±0.5).
    figure, half_step = (tenths / 10, 0.05) if decimal else (float(tenths), 0.5)
    written = f"{figure:,.1f}" if decimal else f"{tenths:,}"
    fact = one(f"Officials said the total came to {written} {word}.")
    assert fact.unit == canonical_unit
    assert math.isclose(float(fact.value), figure * factor, rel_tol=1e-6)
    assert math.isclose(fact.low, (figure - half_step) * factor, rel_tol=1e-9)
    assert math.isclose(fact.high, (figure + half_step) * factor, rel_tol=1e-9)


def _check(a: str, b: str):
    docs = [document_from_text(doc_id, text, published="2026-02-05", source=doc_id)
            for doc_id, text in (("a", a), ("b", b))]
    result = check_documents(docs)
    return result.findings, result.facts[result.facts["kind"] == "measure"]


def test_kilometres_and_miles_of_one_length_agree_across_accounts():
    findings, measures = _check("The new border fence is 20 kilometres long.",
                                "The new border fence is 12.4 miles long.")
    assert len(measures) == 2 and measures["slot_id"].nunique() == 1
    assert not (findings["code"] == "D100").any()


def test_two_different_lengths_diverge_across_accounts():
    findings, measures = _check("The new border fence is 20 km long.", "The new border fence is 35 km long.")
    assert measures["slot_id"].nunique() == 1
    assert (findings["code"] == "D100").any()
