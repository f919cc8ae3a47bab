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


@pytest.mark.parametrize("text, subjects", [
    # an area after a verb of burning in the perfect is the area burned so far
    ("The fire has burned more than 12,000 acres (about 4,900 hectares).", ["area burned", "area burned"]),
    ("Crews said the blaze had scorched about 800 hectares of pine forest.", ["area burned"]),
    ("Wildfires have now charred 3,200 acres in the county.", ["area burned"]),
    # the simple past tells as often of a fire long out; other verbs give other areas
    ("Last summer's Birch Creek Fire burned 31,000 acres in the same region.", ["same region"]),
    ("The farm covers 400 hectares of wheat.", ["wheat"]),
    ("The race is 26 miles (42 km) long.", ["race", "race"]),
])
def test_an_area_burned_and_its_bracketed_conversion(text, subjects):
    assert [fact.subject for fact in facts(text)] == subjects


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


# --- compound imperial measures, ranges with the unit twice, imperial gallons, courses, subjects --

_INCH_M, _OUNCE_KG = 0.0254, 0.45359237 / 16


@pytest.mark.parametrize("text,surface,value,unit,half_width", [
    # 74 inches = 1.8796 m, ± half an inch (0.0127 m): the smaller unit sets the precision.
    ("Police described the suspect as a man 6 feet 2 inches tall.", "6 feet 2 inches", "1.8796", "m", 0.0127),
    ("The centre, at 6ft 2in, dominated the boards.", "6ft 2in", "1.8796", "m", 0.0127),
    # 71 inches = 1.8034 m
    ("The recruit measured 5 ft 11 in at his medical.", "5 ft 11 in", "1.8034", "m", 0.0127),
    # 76 inches = 1.9304 m
    ("The striker, six feet four inches tall, scored twice.", "six feet four inches", "1.9304", "m", 0.0127),
    # 7 lb 8 oz = 7.5 lb = 3.401942775 kg, ± half an ounce
    ("The newborn girl weighed 7 pounds 8 ounces.", "7 pounds 8 ounces", "3.401942775", "kg", _OUNCE_KG / 2),
    # 8 st 6 lb = 118 lb = 53.52389966 kg, ± half a pound
    ("The jockey rode at 8 stone 6 lb in the handicap.", "8 stone 6 lb", "53.52389966", "kg", 0.45359237 / 2),
])
def test_a_compound_imperial_measure_is_one_measure(text, surface, value, unit, half_width):
    fact = one(text)
    assert (fact.surface, fact.value, fact.unit, fact.qualifier) == (surface, value, unit, "exact")
    assert math.isclose(fact.low, float(value) - half_width) and math.isclose(fact.high, float(value) + half_width)


def test_a_compound_keeps_the_other_measures_of_its_sentence():
    found = facts("He stands 5 ft 11 in and weighs 180 lb.")
    assert [(f.surface, f.value) for f in found] == [("5 ft 11 in", "1.8034"), ("180 lb", "81.6466266")]


@settings(max_examples=100, deadline=None)
@given(feet=st.integers(min_value=1, max_value=8), inches=st.integers(min_value=0, max_value=11),
       forms=st.sampled_from([("feet", "inches", " "), ("ft", "in", " "), ("ft", "in", "")]))
def test_feet_and_inches_read_as_their_sum(feet, inches, forms):
    foot_word, inch_word, space = forms
    fact = one(f"Witnesses said the man was {feet}{space}{foot_word} {inches}{space}{inch_word} tall.")
    total = (12 * feet + inches) * _INCH_M
    assert fact.unit == "m" and math.isclose(float(fact.value), total, rel_tol=1e-9)
    assert math.isclose(fact.low, total - _INCH_M / 2) and math.isclose(fact.high, total + _INCH_M / 2)


@pytest.mark.parametrize("text", [
    "Residents of 12 Stone Street were moved to a shelter.",  # a street, no weight
    "The fine was 500 pounds and 3 ounces of cannabis were found.",  # money, then a lone ounce figure
])
def test_stone_and_pounds_stay_unread_without_weight(text):
    assert facts(text) == []


@pytest.mark.parametrize("text,surface,value,unit", [
    ("The slick covers 10 km to 12 km of coastline.", "10 km to 12 km", "10000..12000", "m"),
    ("The parcels weighed between 5 kg and 7 kg each.", "between 5 kg and 7 kg", "5..7", "kg"),
    ("Waves of 4 metres to 6 metres battered the pier.", "4 metres to 6 metres", "4..6", "m"),
    ("Forecasters expect 20 cm-30 cm of snow on the hills.", "20 cm-30 cm", "0.2..0.3", "m"),
    ("The mine will yield 1 million tonnes to 1.5 million tonnes a year.",
     "1 million tonnes to 1.5 million tonnes a year", "1000000000..1500000000", "kg/year"),
])
def test_a_range_with_its_unit_written_twice_is_one_range(text, surface, value, unit):
    fact = one(text)
    assert (fact.surface, fact.value, fact.unit, fact.qualifier) == (surface, value, unit, "range")
    low, high = (float(end) for end in value.split(".."))
    assert math.isclose(fact.low, low) and math.isclose(fact.high, high)


@pytest.mark.parametrize("text,surfaces", [
    # a change, then the level reached
    ("Temperatures rose 5C to 35C on Saturday.", ["5C", "35C"]),
    ("The runway will be extended by 500 metres to 3,000 metres.", ["500 metres", "3,000 metres"]),
    ("The runway was extended 500 metres to 3,000 metres last year.", ["500 metres", "3,000 metres"]),
    # the two lengths of a change
    ("The road was widened from 10 km to 12 km.", ["10 km", "12 km"]),
    # "and" makes a range only after "between"
    ("Trucks carried 5 tonnes and 7 tonnes of aid.", ["5 tonnes", "7 tonnes"]),
])
def test_two_figures_with_units_that_make_no_range(text, surfaces):
    assert [f.surface for f in facts(text)] == surfaces


@pytest.mark.parametrize("text,surface,value", [
    ("The tank holds 30 imperial gallons.", "30 imperial gallons", "136.3827"),
    ("The brewery sold 2 million imperial gallons of beer.", "2 million imperial gallons", "9092180"),
    ("Twenty imperial gallons of diesel leaked.", "Twenty imperial gallons", "90.9218"),
    ("The truck spilled 500 US gallons of diesel.", "500 US gallons", "1892.705892"),  # US, as plain gallons
])
def test_imperial_gallons_are_not_us_gallons(text, surface, value):
    fact = one(text)
    assert (fact.surface, fact.value, fact.unit) == (surface, value, "l")


@pytest.mark.parametrize("text,surface,value,subject", [
    ("She ran a 26-mile race in the rain.", "26-mile", "41842.944", "race"),
    ("Volunteers joined a 10-kilometre walk for charity.", "10-kilometre", "10000", "walk"),
    ("He won an 800-metre race in Oslo.", "800-metre", "800", "race"),
    ("Organisers planned a 50-mile walk along the coast.", "50-mile", "80467.2", "walk"),
])
def test_a_course_of_a_length_is_a_measure(text, surface, value, subject):
    fact = one(text)
    assert (fact.surface, fact.value, fact.unit, fact.subject) == (surface, value, "m", subject)


@pytest.mark.parametrize("text", [
    "He won the 100-metre sprint in Rome.",
    "She took the 400m hurdles for a third time.",
    "The 26-mile race through London starts at nine.",
    "He set a 400-metre record at the trials.",
    "She clinched a 1,500 metres gold in Tokyo.",
])
def test_an_event_named_by_its_distance_stays_unread(text):
    assert facts(text) == []


@pytest.mark.parametrize("text,subject", [
    ("The storm packed winds of 110 mph.", "winds"),
    ("The hurricane brought gusts of 90 mph to the coast.", "gusts"),
    ("The hurricane has maximum sustained winds of 150 mph.", "winds"),
    ("The new trains reached speeds of up to 320 km/h.", "speeds"),
    ("A 3-mile stretch of the M4 was closed after the crash.", "stretch"),
    ("Officials said the 2,000-tonne ship sank.", "ship"),
])
def test_the_subject_is_the_measured_noun(text, subject):
    assert one(text).subject == subject


@pytest.mark.parametrize("text,unit", [
    ("The mine produced 5 million tonnes a year.", "kg/year"),
    ("The mine produced 5 million tonnes a year earlier.", "kg"),  # when, not how often
    ("The field pumped 3,000 litres a day ago.", "l"),
])
def test_a_rate_is_no_time_ago(text, unit):
    (fact,) = [f for f in extract_document(document_from_text("t", text)) if f.kind == "measure"]
    assert fact.unit == unit


@pytest.mark.parametrize("text,subject", [
    ("Police seized 15 kilograms of cocaine worth about $1.5 million.", "cocaine"),
    ("Customs officers found 200 kg of ivory valued at $400,000.", "ivory"),
    ("The mine produced 3 tonnes of gold in May.", "gold"),
])
def test_the_value_of_a_substance_is_no_part_of_it(text, subject):
    assert one(text).subject == subject


@pytest.mark.parametrize("text,subject", [
    ("The driver was travelling at 90 mph when police stopped him.", "driver"),
    ("The train was moving at 120 km/h when it derailed.", "train"),
    ("The plane was flying at 35,000 feet.", "plane"),
])
def test_a_speed_or_height_measures_what_moves(text, subject):
    assert one(text).subject == subject


def test_two_speeds_of_one_mover_diverge():
    result = check_documents([document_from_text("a", "According to police, the driver was travelling at 90 mph."),
                              document_from_text("b", "The driver was travelling at 70 mph, police said.")])
    assert list(result.findings.loc[result.findings["kind"] == "measure", "verdict"]) == ["diverge"]


# ---- earthquake magnitudes -----------------------------------------------------------------

@pytest.mark.parametrize("text, surface, value, subject", [
    ("A magnitude 6.4 earthquake struck off the coast of Sumatra on Friday.", "6.4", "6.4", "quake"),
    ("The 5.8-magnitude quake toppled minarets in the old town.", "5.8", "5.8", "quake"),
    ("A magnitude-7.2 tremor shook the capital before dawn.", "7.2", "7.2", "quake"),
    ("A shallow M6.1 earthquake hit the island chain.", "6.1", "6.1", "quake"),
    ("A quake measuring 6.6 on the Richter scale jolted Lima.", "6.6", "6.6", "quake"),
    ("A 5.2 magnitude aftershock rattled rescuers on Tuesday.", "5.2", "5.2", "aftershock"),
    ("Hundreds of aftershocks followed, the largest of magnitude 4.9.", "4.9", "4.9", "aftershock"),
    ("An earthquake with a magnitude of 7 struck the region.", "7", "7", "quake"),
])
def test_an_earthquake_magnitude_is_a_measure_of_its_shock(text, surface, value, subject):
    fact = one(text)
    assert (fact.surface, fact.value, fact.unit, fact.subject) == (surface, value, "magnitude", subject)


@pytest.mark.parametrize("text, low, high", [
    ("A magnitude 6.4 earthquake struck.", 6.35, 6.45),  # a tenth: half a tenth either side
    ("An earthquake with a magnitude of 7 struck.", 6.5, 7.5),
    ("A magnitude 5.45 tremor was recorded.", 5.445, 5.455),
])
def test_a_magnitude_is_as_precise_as_its_digits(text, low, high):
    fact = one(text)
    assert (fact.low, fact.high) == pytest.approx((low, high))


@pytest.mark.parametrize("text, expected", [
    ("The quake struck at noon, the U.S. Geological Survey said, putting its magnitude at 6.4.",
     [("6.4", "quake (USGS)")]),
    ("The earthquake had a magnitude of 6.2, according to the European-Mediterranean Seismological Centre.",
     [("6.2", "quake (EMSC)")]),
    ("The USGS said a 5.1 magnitude aftershock hit the town.", [("5.1", "aftershock (USGS)")]),
    # two agencies, each its own figure, the bare one after a verb of measuring the quake
    ("The Japan Meteorological Agency measured the quake at 6.8, while the US Geological Survey put it at 6.6.",
     [("6.8", "quake (JMA)"), ("6.6", "quake (USGS)")]),
    # an agency after the figure gives it only when credited with it
    ("The institute measured the quake at 6.8, while the US Geological Survey put it at 6.6.",
     [("6.8", "quake"), ("6.6", "quake (USGS)")]),
])
def test_a_magnitude_is_the_agencys_that_gives_it(text, expected):
    assert [(f.surface, f.subject) for f in facts(text)] == expected


def test_an_unattributed_magnitude_takes_the_agency_of_the_same_figure_in_its_report():
    text = ("A magnitude 6.6 earthquake struck the island. The quake was shallow. The Japan Meteorological "
            "Agency measured it at 6.8, while the US Geological Survey put it at 6.6.")
    assert [(f.surface, f.subject) for f in facts(text)] == [
        ("6.6", "quake (USGS)"), ("6.8", "quake (JMA)"), ("6.6", "quake (USGS)")]


@pytest.mark.parametrize("text", [
    "The M4 motorway was closed after the quake and prices rose 7.1%.",
    "After the quake the agency put it at 7.4 percent.",  # a rate, not a magnitude
    "The agency measured inflation at 6.2 in May.",  # no quake named
    "The magnitude of the task was clear to all 12 ministers.",
    "She put it at 7.4 on a scale of ten.",
])
def test_figures_that_are_no_magnitude(text):
    assert [f for f in facts(text) if f.unit == "magnitude"] == []


def test_two_agencies_magnitudes_never_diverge_but_one_agencys_do():
    texts = {"a": "The US Geological Survey put the magnitude at 6.6. The quake struck at dawn.",
             "b": "The Japan Meteorological Agency measured the quake at 6.8.",
             "c": "The quake struck at dawn. The US Geological Survey put the magnitude at 7.0."}
    result = check_documents([document_from_text(name, text) for name, text in texts.items()])
    conflicts = result.findings[(result.findings["code"] == "D100") & (result.findings["kind"] == "measure")]
    assert list(conflicts["subject"]) == ["quake (USGS)"]


@pytest.mark.parametrize("text", [
    "They underestimated the magnitude of 3 separate crises after the quake.",
    "The magnitude of the damage after the quake was clear to 2 reporters.",
])
def test_a_magnitude_of_things_is_no_quake_magnitude(text):
    from consistency import document_from_text
    from consistency.extractors import extract_document
    assert not [f for f in extract_document(document_from_text("t", text)) if f.unit == "magnitude"]


def test_a_news_outlet_reporting_a_magnitude_is_no_agency():
    from consistency import document_from_text
    from consistency.extractors import extract_document
    text = "CNN reported a magnitude 6.2 earthquake off Japan."
    (fact,) = [f for f in extract_document(document_from_text("t", text)) if f.unit == "magnitude"]
    assert fact.subject == "quake"


def test_a_magnitude_an_agency_only_relays_meets_the_figure_of_another_report():
    # "…, the disaster agency said" relays the figure; it is no measuring agency's own reading
    from consistency import document_from_text
    from consistency.pipeline import check_documents

    texts = ["A magnitude 6.1 earthquake struck off the coast of Sumatra on Monday, the disaster agency BNPB said.",
             "A magnitude 6.9 earthquake struck off the coast of Sumatra on Monday."]
    findings = check_documents([document_from_text(f"d{i}", text) for i, text in enumerate(texts)]).findings
    assert (findings["code"] == "D100").sum() == 1, findings["message"].tolist()
