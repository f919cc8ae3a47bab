"""Percentages and counts beyond the modules' examples: changes and levels, units, ranges,
what must not be read as a count, vague magnitudes, and invariants checked with hypothesis."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency import document_from_text
from consistency.extractors import count, extract_document, percent
from consistency.pipeline import check_documents


def facts(text: str, module) -> list:
    return [f for f in extract_document(document_from_text("t", text), [module]) if f.kind == module.KIND]


def one(text: str, module):
    found = facts(text, module)
    assert len(found) == 1, [(f.surface, f.value) for f in found]
    return found[0]


# --- percent ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,subject", [
    # a preposition that opens no part of the phrase ends it
    ("The incumbent won 52% of the vote against 45% for her challenger.", "vote"),
    ("Rents rose 6% across the region amid a shortage of homes.", "rents"),
    ("Tuition is 30% of income versus 20% a decade ago.", "income"),
    # a trading session's verb before a change is no part of what changed
    ("Apple shares closed up 2.3% at $189.50.", "apple shares"),
    ("The index ended down 1.1% on Friday.", "index"),
    ("Markets rallied, with the Nasdaq closing up 0.9% at a record.", "nasdaq"),
])
def test_what_a_percent_measures(text, subject):
    assert facts(text, percent)[0].subject == subject


@pytest.mark.parametrize("text,subject", [
    # a state right after the figure is what it measures, whatever names the thing in that state
    ("It was 35 percent contained on Wednesday evening.", "contained"),
    ("The Pine Hollow Fire has burned 21,400 acres and is 53% contained.", "contained"),
    ("Crews said the blaze was 10 per cent contained.", "contained"),
    ("The bridge is about 90% complete, the city said.", "complete"),
    ("Reservoirs are 41 percent full after the rains.", "full"),
    # a noun after "of" still names what is counted
    ("Some 70% of adults are fully vaccinated.", "adults"),
    ("Turnout was 60 percent, officials said.", "turnout"),
])
def test_a_state_after_the_figure_is_what_a_percent_measures(text, subject):
    assert facts(text, percent)[0].subject == subject


@pytest.mark.parametrize("text,surface,value,note", [
    ("The Fed raised rates by a quarter point on Wednesday.", "a quarter point", "0.25", "change:up"),
    ("The central bank cut its deposit rate by a quarter-point.", "a quarter-point", "0.25", "change:down"),
    ("Policymakers lifted borrowing costs by half a point.", "half a point", "0.5", "change:up"),
    ("The Bank of Canada delivered a half-point cut in its key rate.", "a half-point", "0.5", "change:down"),
    ("Treasury yields rose three-quarters of a point in a month.", "three-quarters of a point", "0.75",
     "change:up"),
    ("The jobless rate fell a full point over the year.", "a full point", "1", "change:down"),
    ("Mortgage costs climbed by a percentage point.", "a percentage point", "1", "change:up"),
    ("Support for the mayor dropped one full percentage point.", "one full percentage point", "1", "change:down"),
])
def test_fractions_of_a_point_in_words_are_percentage_points(text, surface, value, note):
    fact = one(text, percent)
    assert (fact.surface, fact.value, fact.unit, fact.note) == (surface, value, "percentage points", note)
    assert fact.low < float(value) < fact.high


@pytest.mark.parametrize("text", [
    "The champion extended her lead to half a point after round six.",  # a score: no rate spoken of
    "She made a point of thanking the staff who run the rates office.",  # no fraction
    "The Dow fell 300 points as yields rose.",  # index points, in figures
    "He scored a point in the final minute.",
    "Rates came up at one point in the debate.",
])
def test_points_that_are_no_percentage_points(text):
    assert facts(text, percent) == []


def test_a_quarter_point_agrees_with_25_basis_points_and_diverges_from_half_a_point():
    from consistency import check_documents

    def verdicts(a: str, b: str) -> set[str]:
        result = check_documents([document_from_text("a", a), document_from_text("b", b)])
        slots = set(result.facts.loc[result.facts["kind"] == "percent", "slot_id"])
        return set(result.findings.loc[result.findings["slot_id"].isin(slots), "verdict"])

    quarter = "The Fed raised its benchmark rate by a quarter point on Wednesday."
    same = verdicts(quarter, "The Fed raised its benchmark rate by 25 basis points on Wednesday.")
    assert same and same <= {"agree", "paraphrase"}  # one slot, the same figure in other words
    assert "diverge" in verdicts(quarter, "The Fed raised its benchmark rate by half a point on Wednesday.")


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
    # The first is where the move started: an earlier level, in a slot of its own.
    assert [(f.surface, f.value, f.qualifier, f.note) for f in found] == [("5%", "5", "exact", "level:before"),
                                                                       ("7%", "7", "exact", "")]
    assert {f.subject for f in found} == {"inflation"} and {f.scope for f in found} == {"2024"}


@pytest.mark.parametrize("text,surface,value", [
    ("Fees ranging from 5% to 7% apply.", "from 5% to 7%", "5..7"),
    ("The valve lets from 50 to 80% of the steam through.", "from 50 to 80%", "50..80"),
])
def test_from_to_without_a_change_or_move_is_a_range(text, surface, value):
    fact = one(text, percent)
    assert (fact.surface, fact.value, fact.qualifier) == (surface, value, "range")


def test_moved_from_to_is_two_levels():
    assert [f.value for f in facts("The share went from 5% to 7%.", percent)] == ["5", "7"]


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


@pytest.mark.parametrize("text,note", [
    ("Rents in the capital were 5% below their peak.", "change:down"),
    ("Quarterly sales came in 3% above forecast.", "change:up"),
    ("The shares closed 12% above their offer price.", "change:up"),
    ("Wages remain 2 percentage points below inflation.", "change:down"),
    ("Orders were 4% down on a year earlier.", "change:down"),
    ("Passenger traffic was 6% up from last year.", "change:up"),
])
def test_a_comparative_after_the_figure_makes_it_a_difference(text, note):
    fact = one(text, percent)
    assert (fact.note, fact.qualifier) == (note, "exact")


@pytest.mark.parametrize("text,surface,qualifier", [
    # the same words before the figure bound it, and give no change
    ("Inflation stayed below 5% all year.", "below 5%", "below"),
    ("Growth was above 3% in the spring.", "above 3%", "above"),
    # "down" before a noun, "up" without a comparison: no difference
    ("Buyers need a 5% down payment.", "5%", "exact"),
    ("Costs ran 8% over budget.", "8%", "exact"),
])
def test_a_bound_or_a_noun_after_the_figure_is_no_difference(text, surface, qualifier):
    fact = one(text, percent)
    assert (fact.surface, fact.qualifier, fact.note) == (surface, qualifier, "")


@pytest.mark.parametrize("text,subject", [
    ("Prices were 2% higher in March.", "prices"),
    ("Output was 3% lower in the second quarter.", "output"),
])
def test_an_in_phrase_after_a_comparative_is_no_subject(text, subject):
    assert one(text, percent).subject == subject


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
    # A plural of a unit starts at one unit, as "hundreds" starts at 100 (was 24..100 for "dozens").
    ("Dozens of villages flooded.", "12..100", 12.0, 100.0, "villages"),
    ("Scores of homes burned.", "20..200", 20.0, 200.0, "homes"),
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
    # A ranking ("the world's two largest economies") is now a count: see test_rankings_are_counts.
    "The two countries, our two nations and the two neighbours agreed.",
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
    assert (fact.value, fact.qualifier, fact.subject) == ("1", "above", "soldier injured")


def test_count_skips_boilerplate_trailer():
    text = "Officials met 30 farmers.\n\nMust Read\n\nForces killed 216 militants in the north."
    assert [f.surface for f in facts(text, count)] == ["30 farmers"]


# --- numbers in words, grouped digits, "or" ---------------------------------------------------

@pytest.mark.parametrize("text,surface,value,low,high", [
    ("The library lent a hundred and two books.", "a hundred and two books", "102", 101.5, 102.5),
    ("The library lent one hundred and two books.", "one hundred and two books", "102", 101.5, 102.5),
    ("The library lent two thousand five hundred books.", "two thousand five hundred books", "2500", 2450, 2550),
    ("The library lent five hundred books.", "five hundred books", "500", 450, 550),  # as round as "500"
    ("The library lent 10 000 books.", "10 000 books", "10000", 5000, 15000),
    ("The library lent 12\u202f500 books.", "12\u202f500 books", "12500", 12450, 12550),
])
def test_numbers_in_words_and_grouped_digits(text, surface, value, low, high):
    fact = one(text, count)
    assert (fact.surface, fact.value, fact.low, fact.high) == (surface, value, low, high)


def test_the_words_inside_a_rejected_number_start_nothing():
    # "two hundred and two years" is a duration; its last "two" must not become "two years" or worse
    assert facts("It took two hundred and two years to finish.", count) == []


def test_a_year_before_a_count_is_not_a_phone_number():
    assert [f.surface for f in facts("In 2025 two people died and in 2024 50 people did.", count)] == \
        ["two people", "50 people"]


def test_ish_is_approximate():
    fact = one('The rack holds 9" 360-ish plates.', count)
    assert (fact.surface, fact.value, fact.qualifier, fact.subject) == ("360-ish plates", "360", "approx", "plates")
    assert one("Thirty-ish fans waited.", count).qualifier == "approx"


def test_or_gives_a_range_or_an_open_end():
    pair = one("Each team may send two or three coaches.", count)
    assert (pair.surface, pair.value, pair.qualifier, pair.low, pair.high) == \
        ("two or three coaches", "2..3", "range", 2.0, 3.0)
    more = one("Groups of 50 or more people need a permit.", count)
    assert (more.surface, more.value, more.qualifier, more.low, more.high) == \
        ("50 or more people", "50", "above", 50.0, None)
    fewer = one("Classes of 20 or fewer pupils are rare.", count)
    assert (fewer.value, fewer.qualifier, fewer.low, fewer.high) == ("20", "below", None, 20.0)


# --- numbers whose noun English leaves out ----------------------------------------------------

@pytest.mark.parametrize("text,surface,value,subject", [
    ("The mayor said two of the injured miners were in hospital.", "two of the injured miners", "2",
     "injured miners hospitalised"),
    ("The mayor said two of the injured miners went home.", "two of the injured miners", "2", "injured miners"),
    ("Three of Kenya's top runners withdrew.", "Three of Kenya's top runners", "3", "top runners"),
    ("He kept twelve of them in a box.", "twelve", "12", ""),
    ("Only 3 of the 40 passengers survived.", "3", "3", "passengers"),  # "only" is no bound
    # a possessive after the determiner names the owner, not the counted noun
    ("Seven of the Board's nine members voted for the rise.", "Seven", "7", "members in favour"),
    ("Two of the company's 40 stores will close.", "Two", "2", "stores"),
    ("Four of the team's players were injured.", "Four of the team's players", "4", "players injured"),
    ("Three of its partners' 12 mines reopened.", "Three", "3", "mines"),
    ("Two of the banks' branches shut.", "Two of the banks' branches", "2", "branches"),
])
def test_partitives(text, surface, value, subject):
    found = facts(text, count)
    assert (found[0].surface, found[0].value, found[0].subject) == (surface, value, subject)


def test_a_partitive_of_a_definite_group_points_back():
    assert facts("The two of them left early, and one of us stayed.", count) == []


def test_a_proportion_is_not_a_partitive():
    assert [f.surface for f in facts("He hit 7 of 10 shots.", count)] == ["10 shots"]


@pytest.mark.parametrize("text,surface,value", [
    ("Witnesses said there were three in the boat.", "three", "3"),
    ("There are 12 on board, the airline said.", "12", "12"),
    ("There were at least 40 at the rally.", "at least 40", "40"),
    ("There are two.", "two", "2"),
])
def test_existentials(text, surface, value):
    fact = one(text, count)
    assert (fact.surface, fact.value, fact.subject) == (surface, value, "")


def test_coordinated_numbers_share_the_noun():
    found = facts("Inspectors found 45 and 50 violations last year.", count)
    assert [(f.surface, f.value, f.subject) for f in found] == [("45", "45", "violations"),
                                                              ("50 violations", "50", "violations")]
    span = one("Inspectors found between 45 and 50 violations.", count)
    assert (span.value, span.qualifier) == ("45..50", "range")


@pytest.mark.parametrize("text,expected", [
    ("Police held 12 protesters on Friday and 30 on Saturday.", [("12 protesters", "12"), ("30", "30")]),
    ("The firm hired 200 engineers in 2024, up from 150 in 2023.",
     [("200 engineers", "200"), ("150", "150")]),
    ("A dozen is 12 units whilst a gross is 144 (a square dozen).", [("12 units", "12"), ("144", "144")]),
    ("Rescuers freed 20 miners, and 5 were still trapped.", [("20 miners", "20"), ("5", "5")]),
])
def test_ellipsis_after_a_count_in_the_same_sentence(text, expected):
    found = facts(text, count)
    assert [(f.surface, f.value) for f in found] == expected
    assert len({f.subject for f in found}) == 1


@pytest.mark.parametrize("text,values", [
    ("Police held 12 protesters. The answer is 42.", ["12"]),         # another sentence
    ("Police held 12 protesters at 5 on Friday.", ["12"]),             # a time
    ("Police held 12 protesters aged 15 to 19.", ["12"]),              # an age range
    ("Police held 3 boys aged 9, 10 and 11.", ["3"]),                  # a list after an age
    ("Police listed 3 demands:\n1. Pay\n2. Hours", ["3"]),           # list markers
    ("He will be 30 and the answer is 42.", []),                       # nothing counted at all
    ("The firm has 500 staff and a rating of 20.", ["500"]),             # a value
])
def test_no_ellipsis_where_the_number_is_something_else(text, values):
    assert [f.value for f in facts(text, count)] == values


# --- back-references, rankings and wishes -------------------------------------------------------

def test_rankings_are_counts():
    fact = one("Trade between the world's two largest economies grew.", count)
    assert (fact.surface, fact.value, fact.subject) == ("two largest economies", "2", "largest economies")
    assert one("The three biggest banks agreed.", count).value == "3"


def test_the_two_after_two_names_points_back_at_them():
    text = "Lee held talks with Ortega and Silva on Monday. He praised the two meetings as frank."
    assert facts(text, count) == []
    # without two names before, "the two meetings" is a claim of how many there were
    assert one("He praised the two meetings as frank.", count).value == "2"


def test_a_wish_is_not_a_count():
    text = "I wish you good health and success in tens of thousands of undertakings."
    assert facts(text, count) == []
    assert one("Wishing them luck, officials sent 12 doctors.", count).value == "12"


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
SEPARATORS = [" ", "\u00a0", "\u202f", "\u2009"]


@settings(max_examples=200, deadline=None)
@given(st.integers(1000, 99_999_999), st.sampled_from(SEPARATORS), st.sampled_from(NOUNS))
def test_space_grouped_counts_read_back(number, separator, noun):
    digits = f"{number:,}".replace(",", separator)
    surface = f"{digits} {noun}"
    fact = one(f"Officials said {surface} took part.", count)
    assert (fact.surface, fact.value, fact.subject) == (surface, str(number), noun.lower())


WORDS_1_99 = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
              "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS_WORDS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(number: int) -> str:
    """English words for 1..999 999, written independently of the extractor ("a hundred and two")."""
    def below_1000(n: int) -> str:
        hundreds, rest = divmod(n, 100)
        tens = rest if rest < 20 else None
        small = WORDS_1_99[rest] if tens is not None else TENS_WORDS[rest // 10] + (
            "-" + WORDS_1_99[rest % 10] if rest % 10 else "")
        if not hundreds:
            return small
        return f"{WORDS_1_99[hundreds]} hundred" + (f" and {small}" if rest else "")
    thousands, rest = divmod(number, 1000)
    if not thousands:
        return below_1000(rest)
    return f"{below_1000(thousands)} thousand" + (f" {below_1000(rest)}" if rest else "")


@settings(max_examples=300, deadline=None)
@given(st.integers(2, 999_999), st.sampled_from(["people", "delegates", "new members"]))
def test_counts_in_words_read_back(number, noun):
    words = spell(number)
    fact = one(f"Officials said {words} {noun} took part.", count)
    assert fact.surface == f"{words} {noun}"
    assert fact.value == str(number)


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


@pytest.mark.parametrize("text,module,surface,high", [
    ("The shares rose as much as 15% in early trading.", percent, "as much as 15%", 15.0),
    ("Yields could go as high as 9 percent.", percent, "as high as 9 percent", 9.0),
    ("As many as 200 people may have died in the landslide.", count, "As many as 200 people", 200.0),
])
def test_as_much_as_is_an_upper_bound(text, module, surface, high):
    fact = one(text, module)
    assert (fact.surface, fact.qualifier, fact.low, fact.high) == (surface, "below", None, high)


@pytest.mark.parametrize("text, surface, value, subject", [
    ("The death toll rose to 112 on Tuesday.", "112", "112", "deaths"),
    ("The death toll from the floods now stands at 45, officials said.", "45", "45", "deaths"),
    ("The number of dead climbed to 1,030.", "1,030", "1030", "deaths"),
    ("The number of people killed reached 60.", "60", "60", "deaths"),
    ("The number of injured rose to 75.", "75", "75", "injured"),
    ("The number of soldiers killed rose to 9.", "9", "9", "soldiers killed"),
    ("The number of new cases reached 90.", "90", "90", "new cases"),
    ("Casualties reached 300 by nightfall.", "300", "300", "casualties"),
    ("The quake killed 2,000, officials said.", "2,000", "2000", "deaths"),
    ("The fire killed more than 30 in the town.", "more than 30", "30", "deaths"),
    ("At least 80 people died in the crush.", "At least 80 people", "80", "deaths"),
    ("Nine people are feared dead.", "Nine people", "9", "deaths"),
    ("Five climbers are still missing.", "Five climbers", "5", "climbers missing"),
    ("Police arrested 14 people overnight.", "14 people", "14", "arrested"),
    ("Rescuers evacuated 1,200 residents.", "1,200 residents", "1200", "residents evacuated"),
    ("Some 3,000 families were displaced by the fighting.", "Some 3,000 families", "3000", "families displaced"),
])
def test_a_count_of_people_takes_what_befell_them_as_its_subject(text, surface, value, subject):
    fact = one(text, count)
    assert (fact.surface, fact.value, fact.subject) == (surface, value, subject)


@pytest.mark.parametrize("text, surface, subject", [
    ("Measles cases rose to 2,911 this year.", "2,911", "measles cases"),
    ("The number of measles cases rose to 2,911.", "2,911", "measles cases"),  # the same slot as above
    ("Confirmed infections have climbed to 4,500.", "4,500", "confirmed infections"),
    ("Visitors totalled 1.2 million last year.", "1.2 million", "visitors"),
    ("Subscribers reached 10 million in March.", "10 million", "subscribers"),
    ("Arrests stood at 300 on Sunday, police said.", "300", "arrested"),  # as "the number of arrests"
    # a toll's words may name a day or a place
    ("The death toll from Monday's blast rose to 47, officials said.", "47", "deaths"),
    ("The death toll in Turkey's south climbed to 1,500.", "1,500", "deaths"),
    # a change on the way to the level
    ("Arrests fell by 12% to 300.", "300", "arrested"),
    ("Subscribers grew by a third to 10 million.", "10 million", "subscribers"),
    # collective nouns of people, after a verb or "of"
    ("The population rose to 1.2 million.", "1.2 million", "population"),
    ("The city's population has grown by a fifth to 1.2 million over the past decade.", "1.2 million",
     "population"),
    ("The town has a population of 8,500.", "8,500", "population"),
    ("A crowd of 20,000 watched the final.", "20,000", "crowd"),
    ("Membership has grown to 45,000.", "45,000", "membership"),
])
def test_a_bare_figure_after_a_counted_noun_and_its_verb_counts_the_noun(text, surface, subject):
    fact = one(text, count)
    assert (fact.surface, fact.subject) == (surface, subject)


@pytest.mark.parametrize("text, surface, subject", [
    # a toll that names its event, place and day at length before its verb
    ("The number of people killed in a powerful earthquake in north-western Dravenia has risen to 368, "
     "officials said.", "368", "deaths"),
    ("The death toll from last week's floods in the southern state of Kerala has climbed to 212.", "212", "deaths"),
    ("The number of injured in the train crash near the border town of Ruse now stands at 64.", "64", "injured"),
    ("The number of injured in the crash rose to 64.", "64", "injured"),  # not "injured in"
])
def test_a_toll_naming_its_event_at_length_still_gives_its_bare_figure(text, surface, subject):
    fact = one(text, count)
    assert (fact.surface, fact.subject) == (surface, subject)


@pytest.mark.parametrize("text", [
    "The toll on the bridge near the town of Ruse rose to 12.",  # a road's toll
    "The number of visitors to the old city walls in the summer of that year rose to 40.",  # no toll
])
def test_a_long_phrase_before_a_bare_figure_is_no_toll_of_its_own(text):
    assert facts(text, count) == []


@pytest.mark.parametrize("text", [
    "Customers paid 300 for the tickets.",  # an amount, not a count of customers
    "Prices rose to 245.",  # a price may be an amount
    "Shares climbed to 87 in early trading.",
    "Arrests have climbed by 300, police said.",  # a change with no level is left to the noun's reading
    "The population of 1990 was small.",  # a year, no size
])
def test_no_count_from_a_noun_that_may_be_an_amount(text):
    assert facts(text, count) == []


@pytest.mark.parametrize("text, expected", [
    ("The blast left 12 dead and 40 injured.", [("12", "deaths"), ("40", "injured")]),
    ("At least 80 people died and 200 were hurt.", [("At least 80 people", "deaths"), ("200", "injured")]),
    ("Four people were killed and 12 wounded.", [("Four people", "deaths"), ("12", "injured")]),
    ("The storm killed 40 people on Monday and 12 on Tuesday.", [("40 people", "deaths"), ("12", "deaths")]),
    ("Police held 12 protesters on Friday and 30 on Saturday.", [("12 protesters", "protesters"),
                                                                 ("30", "protesters")]),
])
def test_each_figure_of_a_casualty_report_counts_its_own_outcome(text, expected):
    assert [(f.surface, f.subject) for f in facts(text, count)] == expected


@pytest.mark.parametrize("text, expected", [
    # outcomes said in a phrase, or after "left", "made", "remain"
    ("More than 50,000 people have been left homeless.", [("More than 50,000 people", "homeless")]),
    ("The fire made 300 families homeless.", [("300 families", "families")]),  # the verb's object: not read
    ("About 200 residents were made homeless by the floods.", [("About 200 residents", "residents made homeless")]),
    ("Some 52,000 people have been forced from their homes.", [("Some 52,000 people", "displaced")]),
    ("Over 3,000 villagers fled their homes overnight.", [("Over 3,000 villagers", "villagers displaced")]),
    ("More than 120 people have been pulled alive from the rubble.", [("More than 120 people", "rescued")]),
    ("Nine miners were brought out alive on Sunday.", [("Nine miners", "miners rescued")]),
    ("Of the injured, 311 remain in hospital.", [("311", "hospitalised")]),
    ("Twelve patients were taken to hospital.", [("Twelve patients", "patients hospitalised")]),
    # "a total of" counts those it names, not a whole of which some are a part
    ("A total of 1,742 people have been injured.", [("1,742 people", "injured")]),
    # a bare figure with a verb of its own does not share the outcome of the figure before
    ("More than 1,700 people were injured and some 52,000 have lost power.",
     [("More than 1,700 people", "injured"), ("some 52,000", "people")]),
    ("At least 40 people were killed and 12 remain missing.", [("At least 40 people", "deaths"), ("12", "missing")]),
])
def test_outcomes_said_in_a_phrase_and_figures_with_their_own_verb(text, expected):
    assert [(f.surface, f.subject) for f in facts(text, count)] == expected


@pytest.mark.parametrize("text, expected", [
    # buildings destroyed or damaged keep what befell them, so neither meets the homes evacuated
    ("At least 60 homes have been destroyed, officials said.", [("At least 60 homes", "homes destroyed")]),
    ("The blaze destroyed 78 houses along the ridge.", [("78 houses", "houses destroyed")]),
    ("Some 300 buildings were damaged by the floods.", [("Some 300 buildings", "buildings damaged")]),
    ("The storm damaged 40 cars and destroyed 12 boats.",
     [("40 cars", "cars damaged"), ("12 boats", "boats destroyed")]),
    # a second count joined by "and" shares the outcome after it
    ("Inspectors said 87 homes and 14 barns have been destroyed.",
     [("87 homes", "homes destroyed"), ("14 barns", "barns destroyed")]),
    ("In all, 12 soldiers and 3 civilians were killed.",
     [("12 soldiers", "soldiers killed"), ("3 civilians", "civilians killed")]),
    # injuries suffered or treated are injuries
    ("Two firefighters suffered minor injuries.", [("Two firefighters", "firefighters injured")]),
    ("Four passengers sustained serious head injuries.", [("Four passengers", "passengers injured")]),
    ("Six climbers were treated for minor injuries.", [("Six climbers", "climbers injured")]),
    # counterexamples: no outcome
    ("Evacuation orders covered about 1,900 homes.", [("about 1,900 homes", "homes")]),
    ("More than 1,100 firefighters were assigned to the fire.", [("More than 1,100 firefighters", "firefighters")]),
    ("The insurer paid 40 claims for injuries.", [("40 claims", "claims")]),
])
def test_buildings_destroyed_or_damaged_and_injuries_suffered_are_outcomes(text, expected):
    assert [(f.surface, f.subject) for f in facts(text, count)] == expected


@pytest.mark.parametrize("text, surface, subject", [
    ("4,600 search and rescue personnel are working at the site.", "4,600 search and rescue personnel",
     "search and rescue personnel"),
    ("The company operates 12 oil and gas fields in the North Sea.", "12 oil and gas fields", "oil and gas fields"),
    ("The council employs 40 health and safety inspectors.", "40 health and safety inspectors",
     "health and safety inspectors"),
    ("About 300 research and development staff will move to Berlin.", "About 300 research and development staff",
     "research and development staff"),
])
def test_a_pair_of_nouns_joined_by_and_may_open_the_counted_noun(text, surface, subject):
    fact = one(text, count)
    assert (fact.surface, fact.subject) == (surface, subject)


@pytest.mark.parametrize("text, expected", [
    ("Police arrested 12 men and women.", [("12 men", "men arrested")]),  # a plural ends the phrase
    ("The hotel has 40 rooms and a pool.", [("40 rooms", "rooms")]),
    ("She counted 12 dead and wounded soldiers.", [("12", "deaths")]),  # an outcome, no modifier
    ("Of the fifty, 12 stayed and left others behind.", []),  # a verb
    ("The town has 40 bed and breakfast.", []),  # no plural head
])
def test_a_figure_before_and_keeps_its_own_reading(text, expected):
    assert [(f.surface, f.subject) for f in facts(text, count)] == expected


@pytest.mark.parametrize("text, surface, subject", [
    ("Some 1,200 roles will go, most of them in sales.", "Some 1,200 roles", "jobs"),
    ("The plan includes a reduction of approximately 1,200 positions.", "approximately 1,200 positions", "jobs"),
    ("The bank will cut 300 posts in its branches.", "300 posts", "jobs"),
    ("The carmaker plans to eliminate about 4,000 positions by 2027.", "about 4,000 positions", "jobs"),
    ("The insurer said 250 senior roles would be axed.", "250 senior roles", "senior jobs"),
    ("The plant will create 500 roles.", "500 roles", "roles"),  # created: never set against jobs cut
    ("The paper expects 1,200 job cuts.", "1,200 job cuts", "jobs"),
    ("About 1,200 jobs would be cut.", "About 1,200 jobs", "jobs"),  # as before
])
def test_posts_cut_or_created_count_jobs(text, surface, subject):
    fact = one(text, count)
    assert (fact.surface, fact.subject) == (surface, subject)


@pytest.mark.parametrize("text, surface, subject", [
    ("She has played 40 roles on stage.", "40 roles", "roles"),
    ("Six roles will go to women under the new rules.", "Six roles", "roles"),
    ("The team lost 3 positions in the rankings.", "3 positions", "positions"),
    ("The fund added 12 positions to its portfolio.", "12 positions", "positions"),
    ("The fund cut its holdings to 30 positions.", "30 positions", "positions"),
    ("The forum gets 300 posts a day.", "300 posts", "posts"),
    ("The 300 posts go to the new unit.", "300 posts", "posts"),  # moved, not cut
])
def test_roles_positions_and_posts_not_cut_keep_their_noun(text, surface, subject):
    fact = one(text, count)
    assert (fact.surface, fact.subject) == (surface, subject)


@pytest.mark.parametrize("text, part, whole, noun", [
    ("A jury convicted the former mayor on seven of nine counts.", "seven", "nine counts", "counts convicted"),
    ("The index rose in four of five sessions.", "four", "five sessions", "sessions"),
    ("Police said two of three suspects had fled.", "two", "three suspects", "suspects"),
])
def test_a_part_of_a_bare_figure_is_read_as_a_part_of_the_whole(text, part, whole, noun):
    # "seven of nine counts" reads as "seven of the nine counts": the part and all of them
    found = {f.surface: f.subject for f in facts(text, count)}
    assert (found[part], found[whole]) == (noun, f"all {noun.split()[0]}")


@pytest.mark.parametrize("text", ["Two of 10 said no.", "Three of 10 Americans say prices are too high."])
def test_a_proportion_of_a_figure_in_digits_counts_no_part(text):
    # a poll's proportion: no three Americans counted (what the 10 reads as is another matter)
    assert [f.surface for f in facts(text, count) if f.surface in ("Two", "Three")] == []


@pytest.mark.parametrize("text, surface, subject", [
    ("A federal jury convicted the banker in May on seven counts of fraud.", "seven counts", "counts convicted"),
    ("He was acquitted on two counts of making false statements.", "two counts", "counts acquitted"),
    ("The jury found her not guilty on three counts.", "three counts", "counts acquitted"),
    ("He pleaded guilty to two counts of tax evasion.", "two counts", "counts convicted"),
    ("She was cleared of 12 charges.", "12 charges", "charges acquitted"),
    ("The jury took two days to convict him on seven counts.", "seven counts", "counts convicted"),
    ("Jurors voted to acquit her on four charges.", "four charges", "charges acquitted"),
    ("She was charged with nine counts of fraud.", "nine counts", "counts"),  # brought, not ruled on
    ("He pleaded not guilty to seven charges.", "seven charges", "charges"),  # a plea, no verdict
    # the nearest verdict rules, within its clause
    ("He was convicted on two counts and acquitted on four counts.", "four counts", "counts acquitted"),
    ("The jury acquitted her on three counts but convicted her on two counts.", "two counts", "counts convicted"),
    ("He was found not guilty on three counts and guilty on two counts.", "two counts", "counts convicted"),
    ("She was cleared of wrongdoing but will face trial on five counts of perjury.", "five counts", "counts"),
])
def test_charges_a_court_ruled_on_say_how_it_ruled(text, surface, subject):
    assert {f.surface: f.subject for f in facts(text, count)}[surface] == subject


@pytest.mark.parametrize("text, total, subject", [
    ("Officials reported 1,284 new cases of measles in the past week, bringing the total this year to 3,950.",
     "3,950", "cases"),
    ("The ministry reported 35 new infections, taking the tally to 1,020.", "1,020", "infections"),
    ("The club signed two more players, raising its total to 28.", "28", "players"),
    ("Police detained 12 additional suspects overnight, bringing the count to 41.", "41", "suspects arrested"),
])
def test_a_running_total_after_new_ones_counts_them_all(text, total, subject):
    found = {f.surface: f.subject for f in facts(text, count)}
    assert found[total] == subject


def test_a_bare_figure_after_new_ones_without_a_total_counts_new_ones():
    found = {f.surface: f.subject for f in facts("Officials reported 1,284 new cases on Monday and 1,310 on "
                                                 "Tuesday.", count)}
    assert found["1,310"] == "new cases"


@pytest.mark.parametrize("text, surface, subject", [
    ("The carmaker will create 500 jobs at a new plant in Texas.", "500 jobs", "new jobs"),
    ("The mine is expected to bring about 700 full-time jobs to the valley.", "about 700 full-time jobs",
     "new full-time jobs"),
    ("Some 2,000 jobs will be created by the end of next year.", "Some 2,000 jobs", "new jobs"),
    ("US employers added 175,000 jobs in April.", "175,000 jobs", "new jobs"),
    ("The US economy gained 180,000 jobs in March.", "180,000 jobs", "new jobs"),
    ("Payrolls rose by 150,000 jobs last month.", "150,000 jobs", "new jobs"),
    ("The council welcomed the creation of 300 jobs at the port.", "300 jobs", "new jobs"),
    ("The scheme promises 1,000 new jobs.", "1,000 new jobs", "new jobs"),
    # Not made: cut, lost, held, needed.
    ("The carmaker will cut 1,200 jobs at its plant in Ohio.", "1,200 jobs", "jobs"),
    ("About 400 jobs were lost when the mill closed.", "About 400 jobs", "jobs"),
    ("The minister added 500 jobs would go in the first year.", "500 jobs", "jobs"),
    ("He has held 3 jobs since 2010.", "3 jobs", "jobs"),
])
def test_jobs_created_are_new_jobs_apart_from_jobs_cut(text, surface, subject):
    fact = one(text, count)
    assert (fact.surface, fact.subject) == (surface, subject)


def test_jobs_cut_in_one_report_and_jobs_created_in_another_are_no_conflict():
    from consistency import document_from_text
    from consistency.pipeline import check_documents

    texts = ["Orvane said on Monday it would cut 1,200 jobs at its Ohio plant and create 500 jobs in Texas.",
             "Orvane will create 500 jobs in Texas.",
             "Orvane will cut 1,200 jobs in Ohio."]
    findings = check_documents([document_from_text(f"d{i}", t) for i, t in enumerate(texts)]).findings
    assert not (findings["code"] == "D100").any(), findings["message"].tolist()
    assert (findings["code"] == "A100").sum() == 2  # the cut and the new jobs, each told twice alike


@pytest.mark.parametrize("text, surface, subject", [
    ("Halden Steel Inc., based in Ohio, makes pipes and employs about 3,200 people.", "about 3,200 people",
     "halden employees"),
    ("Analysts said Norvik, which employs 12,000 people, was a good fit.", "12,000 people", "norvik employees"),
    ("Norvik's 12,000 employees will keep their jobs.", "12,000 employees", "norvik employees"),
    ("In 2025 Boeing employed 170,000 people worldwide.", "170,000 people", "boeing employees"),
    ("Bank of Norway employs 900 staff.", "900 staff", "bank of norway employees"),
    ("The company employs 500 people in Ohio.", "500 people", "employees"),  # the employer unnamed
])
def test_a_workforce_counts_the_employees_of_its_employer(text, surface, subject):
    fact = one(text, count)
    assert (fact.surface, fact.subject) == (surface, subject)


def test_two_employers_headcounts_do_not_share_a_subject():
    halden = one("Halden employs about 3,200 people.", count)
    norvik = one("Norvik, based in Oslo, also employs about 12,000 people.", count)
    assert (halden.subject, norvik.subject) == ("halden employees", "norvik employees")


@pytest.mark.parametrize("text, surface, subject", [
    ("Britain's 60 million people voted.", "60 million people", "people"),  # a population, not a workforce
    ("The merged group will have a combined workforce of 33,500 employees.", "33,500 employees", "employees"),
    ("The plant employs 300 workers and 40 engineers.", "40 engineers", "engineers"),
])
def test_counts_of_people_not_employed_by_a_named_employer_keep_their_noun(text, surface, subject):
    assert (surface, subject) in [(f.surface, f.subject) for f in facts(text, count)]


def _published(text: str, published: str) -> list:
    doc = document_from_text("t", text, published=published)
    return [f for f in extract_document(doc, [count]) if f.kind == "count"]


@pytest.mark.parametrize("text, surface", [
    ("The region was last struck by a deadly quake in 1998, when 93 people died.", "93 people"),
    ("In 2019, 500 people died of measles in the province.", "500 people"),
    ("The mine had 900 workers in 2010, before the collapse.", "900 workers"),
])
def test_a_count_of_a_long_past_year_is_an_earlier_level(text, surface):
    fact = next(f for f in _published(text, "2026-03-09") if f.surface == surface)
    assert fact.note == "level:before"


@pytest.mark.parametrize("text, published", [
    ("In 2025, 40 people died on the route.", "2026-03-09"),  # last year's count is news
    ("In 2019, 500 people died of measles in the province.", "2019-12-30"),  # the report's own year
    ("In 2019, 500 people died of measles in the province.", None),  # no date to measure from
])
def test_a_count_of_its_reports_year_or_the_last_is_no_earlier_level(text, published):
    assert [f.note for f in _published(text, published)] == [""]


def test_the_toll_of_an_earlier_disaster_is_not_set_against_todays():
    reports = {"a": "The quake killed 386 people. The region was last struck in 1998, when 93 people died.",
               "b": "The death toll rose to 386 on Tuesday."}
    result = check_documents([document_from_text(name, text, published="2026-03-10")
                              for name, text in reports.items()])
    assert not len(result.findings[result.findings["code"] == "D100"])


def test_helpers_supporting_a_search_cast_no_vote():
    text = "About 4,000 rescuers are working at 180 sites, supported by 14 international teams."
    assert ("14 international teams", "international teams") in [(f.surface, f.subject) for f in facts(text, count)]


@pytest.mark.parametrize("text, surface, subject", [
    ("Tariffs hurt 40 companies last year.", "40 companies", "companies"),
    ("The toll road has 5 lanes.", "5 lanes", "lanes"),
    ("The army sent 300 troops to the border.", "300 troops", "troops"),
])
def test_figures_near_other_verbs_keep_their_noun(text, surface, subject):
    fact = one(text, count)
    assert (fact.surface, fact.subject) == (surface, subject)


@pytest.mark.parametrize("text, surface, value, subject", [
    ("Dozens were injured in the stampede.", "Dozens", "12..100", "injured"),
    ("Police arrested hundreds after the match.", "hundreds", "100..1000", "arrested"),
    ("The floods displaced thousands along the river.", "thousands", "1000..10000", "displaced"),
    ("Tens of thousands were evacuated.", "Tens of thousands", "10000..100000", "evacuated"),
])
def test_a_lone_vague_magnitude_counts_with_what_befell_them(text, surface, value, subject):
    fact = one(text, count)
    assert (fact.surface, fact.value, fact.subject, fact.qualifier) == (surface, value, subject, "range")


def test_a_lone_vague_magnitude_without_an_outcome_is_no_count():
    assert facts("Thousands marched and millions watched; hundreds of years passed.", count) == []


@pytest.mark.parametrize("text, expected", [
    ("Two of the 12 hostages were killed.", [("Two", "hostages killed"), ("12 hostages", "all hostages")]),
    ("The virus killed 3 of the 10 patients.", [("3", "patients killed"), ("10 patients", "all patients")]),
    ("Tariffs on 300 products hurt exporters.", [("300 products", "products")]),
    ("The toll on the bridge rose to 12 cars an hour.", [("12 cars", "cars")]),
    ("Unemployment among 16-24 year olds rose.", [("16-24 year olds", "year olds")]),
])
def test_what_befell_some_is_not_read_into_the_total_a_verb_or_a_road_toll(text, expected):
    assert [(f.surface, f.subject) for f in facts(text, count)] == expected


@pytest.mark.parametrize("text", ["Children aged 12 to 14 were evacuated.", "Pupils aged 11-16 were injured.",
                                  "The toll on the bridge rose to 12.", "The number of dead and missing rose."])
def test_ages_road_tolls_and_joined_outcomes_give_no_casualty_count(text):
    assert facts(text, count) == []


def test_a_toll_with_no_figure_after_its_verb_gives_no_count():
    assert facts("The death toll is expected to rise. The toll of the war was heavy.", count) == []


@pytest.mark.parametrize("text,surface,low,high", [
    ("Protesters numbered in the tens of thousands.", "tens of thousands", 1e4, 1e5),
    ("Hundreds of millions watched the final.", "Hundreds of millions", 1e8, 1e9),
    ("Tens of thousands rallied in the capital.", "Tens of thousands", 1e4, 1e5),
])
def test_a_vague_magnitude_with_no_noun_after_it_counts_in_its_scale(text, surface, low, high):
    fact = one(text, count)
    assert (fact.surface, fact.low, fact.high, fact.subject) == (surface, low, high, "")


def test_a_year_after_twice_as_high_as_is_no_count():
    assert facts("Food prices remain twice as high as 2019 levels.", count) == []


def test_a_vague_magnitude_lends_no_noun_to_a_later_bare_number():
    found = facts("Tens of thousands rallied in the capital, and police arrested 40.", count)
    # the 40 counts those arrested (its own verb), not "thousands"
    assert [(f.surface, f.subject) for f in found] == [("Tens of thousands", ""), ("40", "arrested")]


# --- capitalised plurals, change words, short scales, runs of a period adjective ---------------

@pytest.mark.parametrize("text,surface,value,subject", [
    ("At least 30 Palestinians were killed in the strike.", "At least 30 Palestinians", "30", "palestinians killed"),
    ("Some 200 Americans were flown out on Sunday.", "Some 200 Americans", "200", "americans"),
    ("Twelve House Democrats voted against the bill.", "Twelve House Democrats", "12", "house democrats against"),
    ("The motion was backed by 311 MPs.", "311 MPs", "311", "mps in favour"),
    ("Police questioned 14 CEOs and shut 40 NGOs.", "14 CEOs", "14", "ceos"),
    ("Nearly 900 Europeans were stranded at the airport.", "Nearly 900 Europeans", "900", "europeans"),
    ("The attack killed 21 Christians in the village.", "21 Christians", "21", "christians killed"),
    ("Officials said 45 Britons had been evacuated.", "45 Britons", "45", "britons evacuated"),
])
def test_capitalised_plurals_of_groups_of_people_are_counts(text, surface, value, subject):
    fact = facts(text, count)[0]
    assert (fact.surface, fact.value, fact.subject) == (surface, value, subject)


@pytest.mark.parametrize("text", [
    "The prime minister returned to 10 Downing Street on Friday.",
    "Airlines grounded the Boeing 737 Max after Apollo 11 anniversary events.",
    "The reading came from 2 Kings, and the G20 met under Article 5.",
    "Section 230 and Chapter 11 filings rose, as did the 3 Musketeers remake.",
    "He saw 12 Angry Men and read about World War 2 on May 9.",
    "Delegates to the Two Sessions met in Beijing.",
])
def test_names_and_titles_with_a_figure_stay_unread(text):
    assert facts(text, count) == []


@pytest.mark.parametrize("text,surface,value,subject,note", [
    ("The company will hire 5,000 more engineers next year.", "5,000 more engineers", "5000", "engineers",
     "change:up"),
    ("The reform means 300 fewer jobs in the mines.", "300 fewer jobs", "300", "jobs", "change:down"),
    ("The Pentagon will send 2,000 additional troops.", "2,000 additional troops", "2000", "troops", "change:up"),
    ("Hospitals need 40 extra nurses each night.", "40 extra nurses", "40", "nurses", "change:up"),
    ("About 120 more families returned home.", "About 120 more families", "120", "families", "change:up"),
])
def test_a_change_word_between_a_figure_and_its_noun(text, surface, value, subject, note):
    fact = one(text, count)
    assert (fact.surface, fact.value, fact.subject, fact.note) == (surface, value, subject, note)


@pytest.mark.parametrize("text", [
    "Sales were 5,000 more than expected.",
    "The talks need two more weeks.",
    "He promised 300 fewer than last time.",
])
def test_more_before_no_countable_noun_is_no_count(text):
    assert facts(text, count) == []


def test_a_plain_count_carries_no_change():
    assert one("The company employs 5,000 engineers.", count).note == ""


@pytest.mark.parametrize("text,surface,value,low,high", [
    ("The app now has 1.1bn users.", "1.1bn users", "1100000000", 1.05e9, 1.15e9),
    ("The flood displaced 2.5m people.", "2.5m people", "2500000", 2.45e6, 2.55e6),
    ("The network reaches 3 bn viewers.", "3 bn viewers", "3000000000", 2.5e9, 3.5e9),
    ("The channel has 20k followers.", "20k followers", "20000", 1.5e4, 2.5e4),
    ("The scheme covers 1.2mn households.", "1.2mn households", "1200000", 1.15e6, 1.25e6),
    ("The service has 3.4 million subscribers.", "3.4 million subscribers", "3400000", 3.35e6, 3.45e6),
])
def test_short_scales_glued_or_spaced(text, surface, value, low, high):
    fact = one(text, count)
    assert (fact.surface, fact.value) == (surface, value)
    assert math.isclose(fact.low, low) and math.isclose(fact.high, high)


@pytest.mark.parametrize("text", [
    "She won the 400m hurdles in Rome.",
    "He ran the 10k on Sunday and swam 5m.",
    "The wall is 5 m high and holds 3 m of water.",
])
def test_metres_and_race_distances_are_not_millions(text):
    assert facts(text, count) == []


@pytest.mark.parametrize("text,surface,value,subject", [
    ("The bank posted its fourth consecutive quarterly loss.", "fourth consecutive quarterly loss", "4",
     "consecutive quarters"),
    ("Prices posted a fifth straight monthly rise.", "fifth straight monthly rise", "5", "consecutive months"),
    ("It was the third consecutive annual decline.", "third consecutive annual decline", "3", "consecutive years"),
    ("The group reported four consecutive quarterly losses.", "four consecutive quarterly losses", "4",
     "consecutive quarters"),
    ("The bank posted its fourth quarterly loss in a row.", "fourth quarterly loss in a row", "4",
     "consecutive quarters"),
    ("Shares fell for a fifth consecutive trading day.", "fifth consecutive trading day", "5", "consecutive days"),
])
def test_a_run_of_a_period_adjective_counts_the_period(text, surface, value, subject):
    fact = one(text, count)
    assert (fact.surface, fact.value, fact.subject) == (surface, value, subject)


def test_a_run_and_its_rewording_agree():
    first = one("The bank posted its fourth consecutive quarterly loss.", count)
    second = one("The bank has lost money for four straight quarters.", count)
    assert (first.value, first.subject) == (second.value, second.subject)


@pytest.mark.parametrize("text,surface", [
    ("It was the third consecutive meeting held in Rome.", "third consecutive meeting"),
    ("Prices rose for the second consecutive year on record.", "second consecutive year"),
])
def test_a_run_whose_unit_is_no_modifier_keeps_its_span(text, surface):
    assert one(text, count).surface == surface


def test_the_full_reading_of_a_quarterly_run_is_the_count():
    found = extract_document(document_from_text("t", "The bank posted its fourth consecutive quarterly loss."))
    assert [(f.kind, f.surface) for f in found if f.kind in ("count", "ordinal")] == \
        [("count", "fourth consecutive quarterly loss")]


@pytest.mark.parametrize("text,subject", [
    ("Sales for the year rose 5%.", "sales"),
    ("Revenue in the third quarter fell 2%.", "revenue"),
    ("Exports over the past month jumped 12%.", "exports"),
])
def test_a_period_between_the_noun_and_its_change_says_when_not_what(text, subject):
    assert one(text, percent).subject == subject


@pytest.mark.parametrize("text,subject", [
    ("The bank held rates at 4% on Thursday.", "rates"),
    ("The Fed kept its key rate unchanged at 4.5%.", "key rate"),
    ("The ECB kept the deposit rate on hold at 2%.", "deposit rate"),
    ("The board left the cash rate at 4.10%.", "cash rate"),
    ("Core inflation came in at 2.9%.", "core inflation"),
    ("Trimmed mean inflation ran at 3.4% in the year to February.", "trimmed mean inflation"),
])
def test_a_level_held_or_reached_measures_the_noun_held(text, subject):
    assert one(text, percent).subject == subject


@pytest.mark.parametrize("text,subject", [
    ("Two members preferred to hold the cash rate at 4.10 per cent.", ""),  # a wish, not the level held
    ("Two members preferred keeping the cash rate at 4.10 per cent.", ""),
    ("Inflation, the bank's preferred measure, is running at 3.4 per cent.", "inflation"),  # not the auxiliary
    ("Two members, the bank's hawks, preferred to hold the cash rate at 4.10 per cent.", ""),
    ("Prices rose 3.4% in the year to February.", "prices"),  # the period after it is no subject
])
def test_no_level_is_read_from_a_wish_an_auxiliary_or_a_period(text, subject):
    assert one(text, percent).subject == subject


# --- policy rates, "add … to", qualified subjects ------------------------------------------------

@pytest.mark.parametrize("text,surface,subject", [
    ("The Board decided to raise the cash rate target by 25 basis points to 4.35 per cent.", "4.35 per cent",
     "cash rate"),
    ("The target federal funds rate was 5.25%.", "5.25%", "federal funds rate"),
    # the target of anything but a policy rate is a target
    ("The inflation target is 2%.", "2%", "inflation target"),
    ("The exchange rate target was 7%.", "7%", "exchange rate target"),
])
def test_the_target_of_a_policy_rate_is_the_rate(text, surface, subject):
    fact = next(f for f in facts(text, percent) if f.surface == surface)
    assert fact.subject == subject


def test_points_added_to_a_noun_are_a_rise_of_it():
    fact = one("The levy adds 0.3 percentage points to inflation.", percent)
    assert (fact.subject, fact.note) == ("inflation", "change:up")


@pytest.mark.parametrize("text,subject", [
    ("Revenue in Europe rose 5%.", "revenue in europe"),
    ("Exports to Russia fell 3% in March.", "exports to russia"),
])
def test_a_percent_keeps_the_qualifier_of_its_subject_as_money_does(text, subject):
    assert one(text, percent).subject == subject


# --- votes, parts and wholes ---------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Six of the nine members of the bank's Monetary Policy Board backed the increase.",
     [("Six", "members in favour"), ("nine members", "all members")]),
    ("The decision was supported by seven of the Board's nine members; two members preferred to hold.",
     [("seven", "members in favour"), ("two members", "members")]),
    ("Six members backed the increase.", [("Six members", "members in favour")]),
    ("Forty senators voted against the measure and three abstained.", [("Forty senators", "senators against")]),
    ("The amendment was opposed by 12 Democrats.", [("12 Democrats", "democrats against")]),
    ("Only 3 of the 40 passengers survived.", [("3", "passengers"), ("40 passengers", "all passengers")]),
    # a participle of another clause is no vote; a whole alone is no whole
    ("12 candidates backed by the party won seats.", [("12 candidates", "candidates")]),
    ("The gunmen held 12 hostages.", [("12 hostages", "hostages")]),
    ("A group of 12 hostages was freed.", [("12 hostages", "hostages")]),
])
def test_voters_take_their_side_and_the_whole_of_a_partitive_is_all_of_them(text, expected):
    assert [(f.surface, f.subject) for f in facts(text, count)] == expected


@pytest.mark.parametrize("text,expected", [
    # A vote for "a cut" or "an increase" names a proposal, which may be the one that lost: whether
    # these members sided with the decision is unsaid, so they are counted on no side.
    ("Three members voted for a cut to 3.75%, the minutes showed.", [("Three members", "members")]),
    ("Two members backed an immediate increase of half a point.", [("Two members", "members")]),
    ("Four senators supported another delay to the vote.", [("Four senators", "senators")]),
    # a definite object is the decision or measure itself: the side stands
    ("Seven members voted for the increase.", [("Seven members", "members in favour")]),
    ("Forty senators voted against the measure.", [("Forty senators", "senators against")]),
])
def test_voters_for_a_proposal_named_indefinitely_take_no_side(text, expected):
    assert [(f.surface, f.subject) for f in facts(text, count)] == expected


@pytest.mark.parametrize("text,part", [
    ("Two of the 12 hostages were killed.", ("Two", "hostages killed")),
    ("Three of the 40 miners were rescued on Sunday.", ("Three", "miners rescued")),
    ("Five of the 30 protesters were arrested.", ("Five", "protesters arrested")),
])
def test_the_part_of_a_partitive_takes_what_befell_it_after_the_wholes_noun(text, part):
    found = facts(text, count)
    assert (found[0].surface, found[0].subject) == part
    assert found[1].subject.startswith("all ")


@pytest.mark.parametrize("text", ["The pastor read from 2 Thessalonians 3:10 on Sunday.",
                                  "She cited 2 Corinthians 5:17 in the sermon."])
def test_a_book_cited_by_chapter_and_verse_is_no_count(text):
    assert facts(text, count) == []


@pytest.mark.parametrize("text,surface", [("2 Americans were killed.", "2 Americans"),
                                          ("Some 200 Americans were flown out at 10:30.", "Some 200 Americans")])
def test_a_people_named_before_no_verse_is_counted(text, surface):
    assert facts(text, count)[0].surface == surface


@pytest.mark.parametrize("text,subject", [
    ("Growth slowed to 2.1% in the third quarter.", "growth"),
    ("Inflation accelerated to 3.4%.", "inflation"),
    ("Inflation cooled to 2.9% in March.", "inflation"),
    ("Wage growth moderated to 3.5%.", "wage growth"),
])
def test_a_rate_that_slows_or_quickens_to_a_level_is_the_subject_of_the_level(text, subject):
    assert one(text, percent).subject == subject


@pytest.mark.parametrize("text", [
    "The Fed raised rates by a quarter point to a range of 5.25% to 5.5%.",
    "The Fed raised rates by 25 basis points to a range of 5.25% to 5.5%.",
])
def test_the_level_a_change_reaches_is_not_measured_by_the_change(text):
    level = [fact for fact in facts(text, percent) if fact.qualifier == "range"]
    assert [fact.subject for fact in level] == ["range"]
