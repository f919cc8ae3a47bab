"""Money: scale letters, space-grouped thousands, signs after the figure, negative amounts,
numbers in words, and what is not an amount. Texts are our own; expected values were worked
out by hand from the text, not copied from the extractor."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency import document_from_text
from consistency.extractors import extract_document, money
from consistency.extractors._context import without_period


def facts(text: str) -> list:
    return [f for f in extract_document(document_from_text("t", text), [money]) if f.kind == "money"]


def one(text: str):
    found = facts(text)
    assert len(found) == 1, [(f.surface, f.value) for f in found]
    return found[0]


# --- scale words and letters ----------------------------------------------------------------

@pytest.mark.parametrize("text,surface,value,unit", [
    ("The fund now holds €10M in cash.", "€10M", "10000000", "EUR"),
    ("A second round brought in €10B.", "€10B", "10000000000", "EUR"),
    ("Its GDP is $2.174T, the ministry said.", "$2.174T", "2174000000000", "USD"),
    ("The club paid $5bn for the stadium.", "$5bn", "5000000000", "USD"),
    ("Tickets raised £3.2k for the charity.", "£3.2k", "3200", "GBP"),
    ("Tickets raised £3.2K for the charity.", "£3.2K", "3200", "GBP"),
    ("The insurer set aside $40m last year.", "$40m", "40000000", "USD"),
    ("Debt stood at ¥1.5tn in March.", "¥1.5tn", "1500000000000", "JPY"),
    # a hyphenated scale word
    ("The Philippines received a $500-million loan from the bank.", "$500-million", "500000000", "USD"),
    ("The company signed a $1.5-billion deal.", "$1.5-billion", "1500000000", "USD"),
    ("Canada announced a C$500-million package.", "C$500-million", "500000000", "CAD"),
    ("It cost 700-thousand euros.", "700-thousand euros", "700000", "EUR"),
])
def test_scale_letters_and_abbreviations(text, surface, value, unit):
    fact = one(text)
    assert (fact.surface, fact.value, fact.unit) == (surface, value, unit)


def test_scale_letter_keeps_the_precision_of_the_figure():
    fact = one("The start-up raised $2.5M in seed money.")
    assert math.isclose(fact.low, 2.45e6) and math.isclose(fact.high, 2.55e6)


def test_a_spaced_capital_is_not_a_scale():
    fact = one("She bought $5 T-shirts for the team.")
    assert (fact.surface, fact.value) == ("$5", "5")


def test_range_with_scale_letters():
    fact = one("Estimates ran from a loss to $3M-$5M in the end.")
    assert (fact.value, fact.qualifier, fact.low, fact.high) == ("3000000..5000000", "range", 3e6, 5e6)


# --- thousands grouped by spaces ---------------------------------------------------------------

@pytest.mark.parametrize("text,surface,value", [
    ("The farm was valued at 10 000 dollars.", "10 000 dollars", "10000"),
    ("The prize is $1 250 000 this year.", "$1 250 000", "1250000"),
    ("The prize is 1\u202f250\u202f000 euros this year.", "1\u202f250\u202f000 euros", "1250000"),
    ("The fine was 12\u00a0500 euros.", "12\u00a0500 euros", "12500"),
    ("A seat costs € 2 400 for the season.", "€ 2 400", "2400"),
])
def test_space_grouped_thousands(text, surface, value):
    fact = one(text)
    assert (fact.surface, fact.value) == (surface, value)


def test_two_bare_numbers_are_not_joined_or_read_as_one_amount():
    assert facts("The tag read 245 23 yen, which made no sense.") == []
    # groups of other than three digits never join: "12 50 dollars" is two numbers
    assert [f.value for f in facts("They paid 4 500 dollars and 12 50 dollars.")] == ["4500"]


def test_year_before_an_amount_is_not_glued_to_it():
    fact = one("In 2025 500 million yuan went to rail.")
    assert (fact.surface, fact.value, fact.unit) == ("500 million yuan", "500000000", "CNY")


# --- signs after the figure ---------------------------------------------------------------------

@pytest.mark.parametrize("text,surface,value,unit", [
    ("Lunch costs 15€ in the city centre.", "15€", "15", "EUR"),
    ("Lunch costs 15 € in the city centre.", "15 €", "15", "EUR"),
    ("A pint is 6£ there.", "6£", "6", "GBP"),
    ("The fee is 40$, cash only.", "40$", "40", "USD"),
    ("Rent is 1 200 € a month.", "1 200 €", "1200", "EUR/month"),
])
def test_sign_after_the_figure(text, surface, value, unit):
    fact = one(text)
    assert (fact.surface, fact.value, fact.unit) == (surface, value, unit)


def test_a_sign_before_the_next_figure_is_not_read_after_the_previous_one():
    found = facts("In 2025 €5 billion was spent.")
    assert [(f.surface, f.value) for f in found] == [("€5 billion", "5000000000")]


# --- negative amounts -------------------------------------------------------------------------

@pytest.mark.parametrize("text,surface,value,unit", [
    ("The balance was -15€ at the end of May.", "-15€", "-15", "EUR"),
    ("The balance was $-99.99 at the end of May.", "$-99.99", "-99.99", "USD"),
    ("The fund posted −$5 million for the quarter.", "−$5 million", "-5000000", "USD"),
    ("The annual result is ($99.99).", "($99.99)", "-99.99", "USD"),
    ("Operating income: (€1.2bn)", "(€1.2bn)", "-1200000000", "EUR"),
])
def test_negative_amounts(text, surface, value, unit):
    fact = one(text)
    assert (fact.surface, fact.value, fact.unit) == (surface, value, unit)
    assert fact.low <= float(value) <= fact.high < 0


def test_parentheses_after_an_amount_hold_a_conversion_not_a_loss():
    found = facts("The city spent 10 billion yuan ($1.4 billion) on the metro.")
    assert [(f.surface, f.value) for f in found] == [("10 billion yuan", "10000000000"),
                                                     ("$1.4 billion", "1400000000")]


def test_a_hyphen_between_amounts_is_a_range_not_a_sign():
    fact = one("Repairs will cost $10-$20 million.")
    assert (fact.value, fact.qualifier) == ("10000000..20000000", "range")


# --- numbers in words --------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("He paid a hundred and two dollars for the bike.", "102"),
    ("He paid one hundred dollars for the bike.", "100"),
    ("The bill came to two thousand five hundred euros.", "2500"),
    ("Aid of a hundred million dollars was pledged.", "100000000"),
    ("She found twenty-two dollars in the coat.", "22"),
])
def test_numbers_in_words(text, value):
    assert one(text).value == value


def test_round_words_are_as_precise_as_round_digits():
    words, digits = one("It cost five hundred dollars."), one("It cost 500 dollars.")
    assert (words.low, words.high) == (digits.low, digits.high) == (450.0, 550.0)


# --- what is not an amount ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I wish you a hundred million dollars of luck.",
    "We wish we had $5 billion to spend.",
    "The 2025 budget was approved on May 5.",
    "He scored 12 goals in 30 games.",
])
def test_not_amounts(text):
    assert facts(text) == []


def test_wish_scope_ends_at_a_new_clause():
    fact = one("Wishing them luck, they signed a $5 million deal.")
    assert fact.value == "5000000"


# --- invariants ---------------------------------------------------------------------------------

SCALE_LETTERS = {"K": 1e3, "k": 1e3, "M": 1e6, "m": 1e6, "B": 1e9, "bn": 1e9, "T": 1e12, "tn": 1e12}
SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "US$": "USD"}


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 999), st.integers(0, 3), st.sampled_from(sorted(SCALE_LETTERS)), st.sampled_from(sorted(SIGNS)))
def test_amounts_with_scale_letters_read_back(whole, decimals, letter, sign):
    number = whole / 10 ** decimals
    digits = f"{number:.{decimals}f}"
    surface = f"{sign}{digits}{letter}"
    fact = one(f"The company raised {surface} from investors.")
    expected = float(digits) * SCALE_LETTERS[letter]
    assert fact.surface == surface and fact.unit == SIGNS[sign]
    assert math.isclose(float(fact.value), expected, rel_tol=1e-9)
    assert fact.low <= expected <= fact.high


SEPARATORS = [" ", "\u00a0", "\u202f", "\u2009"]


@settings(max_examples=300, deadline=None)
@given(st.integers(1000, 999_999_999), st.sampled_from(SEPARATORS), st.sampled_from(["dollars", "euros", "yuan"]))
def test_space_grouped_amounts_read_back(number, separator, word):
    digits = f"{number:,}".replace(",", separator)
    surface = f"{digits} {word}"
    fact = one(f"The estate was valued at {surface} last year.")
    assert fact.surface == surface
    assert fact.value == str(number)
    assert fact.low <= number <= fact.high


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 99_999), st.integers(0, 2), st.sampled_from(["€", "£", " €", " £"]), st.booleans())
def test_signs_after_the_figure_read_back(whole, decimals, sign, negative):
    number = whole / 10 ** decimals
    digits = f"{number:.{decimals}f}"
    surface = f"{'-' if negative else ''}{digits}{sign}"
    fact = one(f"The balance was {surface} on Monday.")
    expected = -float(digits) if negative else float(digits)
    assert fact.surface == surface
    assert math.isclose(float(fact.value), expected, abs_tol=1e-9)
    assert fact.low <= expected <= fact.high


# --- ranges whose currency follows the second figure -------------------------------------------

@pytest.mark.parametrize("text,surface,low,high,unit", [
    ("Analysts expect between 5 and 6 billion dollars in orders.", "between 5 and 6 billion dollars", 5e9, 6e9,
     "USD"),
    ("Repairs will cost 3 to 4 million euros.", "3 to 4 million euros", 3e6, 4e6, "EUR"),
    ("Repairs will cost 3-4 million euros.", "3-4 million euros", 3e6, 4e6, "EUR"),
    ("Repairs will cost 3 – 4 million euros.", "3 – 4 million euros", 3e6, 4e6, "EUR"),
    ("The grant is worth 800 million to 1.2 billion yuan.", "800 million to 1.2 billion yuan", 8e8, 1.2e9, "CNY"),
    ("Between twenty-five and thirty million rubles were paid.", "Between twenty-five and thirty million rubles",
     25e6, 30e6, "RUB"),
    ("The deal is worth 2.5 to 3 trillion RMB.", "2.5 to 3 trillion RMB", 2.5e12, 3e12, "CNY"),
])
def test_range_with_the_currency_after_the_second_figure(text, surface, low, high, unit):
    fact = one(text)
    assert (fact.surface, fact.qualifier, fact.unit) == (surface, "range", unit)
    assert (fact.low, fact.high) == (low, high)


@pytest.mark.parametrize("text,surface,value", [
    ("He held 5 and 6 billion dollars in two accounts.", "6 billion dollars", "6000000000"),  # "and" needs "between"
    ("In 2025 to 6 billion dollars of bonds were sold.", "6 billion dollars", "6000000000"),  # low above high
    ("From 90 to 6 million dollars is a fall.", "6 million dollars", "6000000"),  # 90 million is not below 6 million
    # a label, a date or a time before a dash; a change before "to"
    ("Phase 1 – 300 million euros goes to roads.", "300 million euros", "300000000"),
    ("The Tesla Model 3 – 40,000 dollars before credits – is cheapest.", "40,000 dollars", "40000"),
    ("At 10:30 - 45 million dollars were moved.", "45 million dollars", "45000000"),
    ("Exports rose by 500 million to 6 billion dollars in 2025.", "6 billion dollars", "6000000000"),
    ("Revenue grew from 3 to 4 million dollars in a year.", "4 million dollars", "4000000"),
])
def test_a_number_before_a_trailing_currency_amount_that_is_no_range(text, surface, value):
    fact = one(text)
    assert (fact.surface, fact.value, fact.qualifier) == (surface, value, "exact")


def test_a_dateline_date_before_a_dash_is_no_first_figure():
    text = "BERLIN, Feb 4 - 300 million euros of aid was approved."
    assert one(text).value == "300000000"
    dates = [f for f in extract_document(document_from_text("t", text)) if f.kind == "date"]
    assert [f.surface for f in dates] == ["Feb 4"]


def test_twice_as_much_as_is_a_comparison_not_a_bound():
    assert one("He earned twice as much as $100,000 a year.").qualifier == "exact"


def test_a_range_is_measured_from_its_first_figure():
    assert one("Sales were 3 to 4 million dollars.").subject == "sales"
    assert one("The budget is between $1 and $2 billion.").subject == "budget"


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 998), st.integers(1, 999), st.sampled_from(["", "million", "billion"]),
       st.sampled_from(["-", " to ", "between and"]), st.sampled_from([("dollars", "USD"), ("euros", "EUR"),
                                                                     ("yuan", "CNY"), ("rubles", "RUB")]))
def test_ranges_with_a_trailing_currency_read_back(first, gap, scale, separator, currency):
    second = first + gap
    word, unit = currency
    tail = f"{second} {scale} {word}".replace("  ", " ")
    surface = f"between {first} and {tail}" if separator == "between and" else f"{first}{separator}{tail}"
    fact = one(f"Officials put the cost at {surface} on Friday.")
    factor = {"": 1, "million": 1e6, "billion": 1e9}[scale]
    assert (fact.surface, fact.unit, fact.qualifier) == (surface, unit, "range")
    assert (fact.low, fact.high) == (first * factor, second * factor)


def test_a_hyphen_before_a_scale_letter_is_not_a_scale():
    assert one("Each badge costs $5-m size extra.").value == "5"


# --- a change and the level it reaches; hyphenated scales in ranges ------------------------------

@pytest.mark.parametrize("text,change,level", [
    ("Brent crude climbed $2 to $85 a barrel on Monday.", ("$2", "2", "exact", "change:up"), ("$85", "85")),
    ("Shares of the carmaker fell $1.20 to $43.50 in early trading.", ("$1.20", "1.2", "exact", "change:down"),
     ("$43.50", "43.5")),
    ("Exports rose by $500 million to $6 billion last year.", ("$500 million", "500000000", "exact", "change:up"),
     ("$6 billion", "6000000000")),
    ("Gold jumped more than $20 to $2,050 an ounce.", ("more than $20", "20", "above", "change:up"),
     ("$2,050", "2050")),
    ("The fare was cut by €3 to €12 for pensioners.", ("€3", "3", "exact", "change:down"), ("€12", "12")),
])
def test_a_change_then_the_level_it_reaches_are_two_amounts(text, change, level):
    first, second = facts(text)
    assert (first.surface, first.value, first.qualifier, first.note) == change
    assert (second.surface, second.value, second.qualifier, second.note) == (*level, "exact", "")


@pytest.mark.parametrize("text,before,after", [
    ("The share price rose from $2 to $3 within a week.", ("$2", "2"), ("$3", "3")),
    # the first figure shares the second's scale: $2 billion before, $3 billion after
    ("Revenue grew from $2 to $3 billion in five years.", ("$2", "2000000000"), ("$3 billion", "3000000000")),
    ("The budget went from £40 million to £55 million.", ("£40 million", "40000000"), ("£55 million", "55000000")),
])
def test_a_change_from_one_amount_to_another_gives_two_levels(text, before, after):
    first, second = facts(text)
    assert (first.surface, first.value, first.note) == (*before, "level:before")  # where the move started
    assert (second.surface, second.value, second.note) == (*after, "")


@pytest.mark.parametrize("text,surface,low,high", [
    # a first figure that borrows the second's scale is a range of the change
    ("Spending will rise by $2 to $3 billion next year.", "$2 to $3 billion", 2e9, 3e9),
    ("Spending will rise by 2 to 3 billion dollars next year.", "2 to 3 billion dollars", 2e9, 3e9),
    # no change before "from": a range
    ("Tickets range from $20 to $35 a seat.", "$20 to $35", 20, 35),
    # a dash joins a range even after a change verb
    ("Sales rose $2-3 billion on the news.", "$2-3 billion", 2e9, 3e9),
    ("Imports fell 2-3 million euros a month.", "2-3 million euros", 2e6, 3e6),
    # "raised" money is money raised, not a rise
    ("The start-up raised $2 million to $3 million from investors.", "$2 million to $3 million", 2e6, 3e6),
])
def test_ranges_after_change_words(text, surface, low, high):
    fact = one(text)
    assert (fact.surface, fact.qualifier, fact.low, fact.high) == (surface, "range", low, high)


@pytest.mark.parametrize("text,surface,low,high", [
    ("The contract is worth between $300-million and $400-million.", "between $300-million and $400-million",
     3e8, 4e8),
    ("Officials put the cost at $1.5-billion to $2-billion.", "$1.5-billion to $2-billion", 1.5e9, 2e9),
    ("The province will spend $300- to $400-million on roads.", "$300- to $400-million", 3e8, 4e8),
    ("The fund holds 300-million to 400-million euros.", "300-million to 400-million euros", 3e8, 4e8),
])
def test_hyphenated_scales_join_a_range(text, surface, low, high):
    fact = one(text)
    assert (fact.surface, fact.qualifier, fact.low, fact.high) == (surface, "range", low, high)


def test_an_amount_lost_or_raised_carries_no_note():
    # "lost" and "raised" take money as their object: an amount, not a move.
    assert one("The company lost $5 million last year.").note == ""
    assert one("The charity raised $5 million to build a school.").note == ""


@pytest.mark.parametrize("text,note", [
    # a move of an amount is a change with or without "by" or a level after it, as in percent
    ("Revenue rose $200 million last quarter.", "change:up"),
    ("Revenue increased by $200 million.", "change:up"),
    ("Shares were down $3 in early trading.", "change:down"),
    ("Profit rose from $2 million.", "level:before"),  # the level it rose from
])
def test_an_amount_moved_by_a_change_verb_is_a_change(text, note):
    assert one(text).note == note


@pytest.mark.parametrize("text,low,high", [
    # after a bare verb, a second figure under five times the first is a range of the change
    ("Fares will increase $2 to $4 depending on distance.", 2, 4),
    ("Rents went up $100 to $200 a month.", 100, 200),
    ("Bills could rise $50 to $100 a year for most families.", 50, 100),
])
def test_a_close_second_figure_after_a_bare_change_verb_is_a_range(text, low, high):
    fact = one(text)
    assert (fact.qualifier, fact.low, fact.high) == ("range", low, high)


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 998), st.integers(1, 999), st.sampled_from(["million", "billion"]),
       st.sampled_from(["between {a} and {b}", "{a} to {b}"]), st.sampled_from(["rose", "fell", "climbed", "dropped"]))
def test_hyphenated_ranges_and_changes_read_back(first, gap, scale, shape, verb):
    second, factor = first + gap, {"million": 1e6, "billion": 1e9}[scale]
    surface = shape.format(a=f"${first}-{scale}", b=f"${second}-{scale}")
    ranged = one(f"The authority put the bill at {surface} on Friday.")
    assert (ranged.surface, ranged.qualifier, ranged.low, ranged.high) == (surface, "range", first * factor,
                                                                           second * factor)
    moved = facts(f"The bill {verb} ${first} {scale} to ${second} {scale} on Friday.")
    if second < 5 * first:  # close figures after a bare verb: a range of the change
        (ranged,) = moved
        assert (ranged.qualifier, ranged.low, ranged.high) == ("range", first * factor, second * factor)
        return
    change, level = moved
    assert (change.value, level.value) == (str(first * int(factor)), str(second * int(factor)))
    assert change.note == ("change:up" if verb in ("rose", "climbed") else "change:down") and level.note == ""


# --- what a change and the level after it measure ------------------------------------------------

@pytest.mark.parametrize("text,subject", [
    ("Revenue rose $200 million in the quarter.", "revenue"),
    ("Exports jumped $2 billion last year.", "exports"),
    ("Group sales slipped $40 million in the third quarter.", "group sales"),
    ("The deficit has fallen €3 billion since March.", "deficit"),
    ("Net debt slid €500 million over the year.", "net debt"),
])
def test_the_noun_before_a_bare_change_verb_is_what_changed(text, subject):
    assert one(text).subject == subject


@pytest.mark.parametrize("text,subject", [
    ("Operating profit fell £3m to £40m.", "operating profit"),
    ("Pre-tax losses widened by £50m to £300m.", "pre-tax losses"),
    ("Brent crude climbed $2 to $85 a barrel on Monday.", "brent crude"),
    ("Revenue rose from $2 billion to $3 billion in the year.", "revenue"),
])
def test_the_level_after_a_change_measures_what_changed(text, subject):
    assert [f.subject for f in facts(text)] == [subject, subject]


@pytest.mark.parametrize("text,subjects", [
    # verbs with an object: who acts is no subject of the amount
    ("The firm raised $5 million in the round.", ["round"]),
    # …and a period says when, not what: no subject, so no slot shared with any figure "in the quarter"
    ("The company lost $2 billion in the quarter.", [""]),
    # "to" after a word, not after a figure, names no level
    ("He gave $5 to charity and $10 to friends.", ["", ""]),
])
def test_subjects_that_stay(text, subjects):
    assert [f.subject for f in facts(text)] == subjects


@pytest.mark.parametrize("text,subject", [
    ("The stake is worth $2 billion.", "stake"),
    ("Her shares were worth £40m at the float.", "shares"),
])
def test_what_is_worth_an_amount_is_its_subject(text, subject):
    assert one(text).subject == subject


# --- cents and pence ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,surface,value,unit,low,high", [
    # a figure in hundredths: the value in units of the currency, the precision of the figure in hundredths
    ("Petrol costs 189.9 cents a litre in Sydney.", "189.9 cents", "1.899", "USD", 1.8985, 1.8995),
    ("Riders pay a 50-cent fare on weekends.", "50-cent", "0.5", "USD", 0.45, 0.55),
    ("A first-class stamp now costs 12 pence more.", "12 pence", "0.12", "GBP", 0.115, 0.125),
    ("The coins were worth seventy-five cents in all.", "seventy-five cents", "0.75", "USD", 0.745, 0.755),
    # cents of the dollar or euro named nearest in the sentence
    ("A €2 coin and a 20-cent coin were found.", "20-cent", "0.2", "EUR", 0.15, 0.25),
    ("Milk costs €1.20 in Paris and 90 cents less in Madrid, against $4 in New York.", "90 cents", "0.9", "EUR",
     0.85, 0.95),
])
def test_cents_and_pence(text, surface, value, unit, low, high):
    (fact,) = [f for f in facts(text) if f.surface == surface]
    assert (fact.value, fact.unit) == (value, unit)
    assert math.isclose(fact.low, low) and math.isclose(fact.high, high)


@pytest.mark.parametrize("text,change,level,unit", [
    ("Shares rose 10 cents to $3.10 in New York.", ("10 cents", "0.1", "change:up"), ("$3.10", "3.1"), "USD"),
    ("Tesco shares fell 4p to 120p.", ("4p", "0.04", "change:down"), ("120p", "1.2"), "GBP"),
    ("BHP slipped 40c to A$45.20 in Sydney.", ("40c", "0.4", "change:down"), ("A$45.20", "45.2"), "AUD"),
])
def test_a_change_in_cents_or_pence_then_the_level(text, change, level, unit):
    moved, reached = facts(text)
    assert (moved.surface, moved.value, moved.note, moved.unit) == (*change, unit)
    assert (reached.surface, reached.value, reached.note, reached.unit) == (*level, "", unit)
    assert moved.subject == reached.subject != ""


@pytest.mark.parametrize("text,surface,value", [
    ("The app costs 99c.", "99c", "0.99"),
    ("Buns sell for 80c each.", "80c", "0.8"),
    ("The board declared a dividend of 32c per share.", "32c", "0.32"),
    ("Diesel was sold for 142.9p a litre.", "142.9p", "1.429"),
    ("The fare will be between 10 and 15 cents.", "between 10 and 15 cents", "0.1..0.15"),
])
def test_abbreviated_cents_and_pence_beside_a_price(text, surface, value):
    fact = one(text)
    assert (fact.surface, fact.value) == (surface, value)


@pytest.mark.parametrize("text", [
    "Rates rose 5 per cent in the year.",          # "cent" of "per cent"
    "She streams the match in 1080p.",              # a resolution
    "See section 4c of the report.",                # a label
    "Temperatures rose 5c overnight in Perth.",     # degrees: no dollar or euro named
    "Highs of 30c each day are forecast.",
    "The rapper 50 Cent played two songs.",
    "Everyone on the panel added their two cents.",  # an opinion
])
def test_what_is_not_cents_or_pence(text):
    assert facts(text) == []


@given(cents=st.integers(1, 999), decimals=st.sampled_from(["", ".5", ".25"]),
       word=st.sampled_from(["cents", "pence"]))
@settings(max_examples=60)
def test_hundredths_read_back_as_a_hundredth_of_the_figure(cents, decimals, word):
    figure = f"{cents}{decimals}"
    fact = one(f"The price was {figure} {word} on Friday.")
    assert math.isclose(float(fact.value), float(figure) / 100)
    assert fact.unit == ("GBP" if word == "pence" else "USD")
    assert fact.low < float(fact.value) < fact.high


@pytest.mark.parametrize("text,subject", [
    ("The company reported a net loss of $1.2 billion for the quarter.", "net loss"),
    ("Microsoft recorded an operating income of $30.6 billion in the quarter.", "operating income"),
    ("The government unveiled a stimulus package worth $500 billion.", "stimulus package"),
    ("The ministry approved a budget of 2.3 trillion yen.", "budget"),
    ("Tesla posted revenue of $25.2 billion.", "revenue"),
    ("The group reported pre-tax profits of €4.1bn, beating forecasts.", "pre-tax profits"),
    ("The airline posted a record profit of $2.1 billion last year.", "record profit"),
])
def test_the_object_of_a_verb_is_what_the_amount_measures_not_who_acted(text, subject):
    # "reported a net loss of $1.2 billion" and "its net loss was $1.3 billion" must meet in one slot.
    assert one(text).subject == subject


@pytest.mark.parametrize("text,subject", [
    ("The value of the contract was $4 million.", "contract"),  # a phrase inside the subject stays
    ("The total cost of the bridge reached $2 billion.", "bridge"),
])
def test_an_article_after_a_preposition_opens_no_new_subject(text, subject):
    assert one(text).subject == subject


def test_an_expected_figure_keeps_its_verb_of_expectation():
    # An expectation is no result: it must not share the slot of the profit a report states.
    expected = one("Analysts expected a profit of $5 billion.")
    stated = one("The bank reported a profit of $4 billion.")
    assert stated.subject == "profit"
    assert expected.subject != stated.subject


@pytest.mark.parametrize("text,subject", [
    ("Acme said its net loss for the quarter was $1.5 billion.", "net loss"),
    ("Profits in the first half were $3 billion.", "profits"),
    ("Spending in the same period totalled $4bn.", "spending"),
    ("Revenue for the fiscal year reached $12.5 billion.", "revenue"),
])
def test_a_period_after_the_noun_says_when_not_what(text, subject):
    assert one(text).subject == subject


@pytest.mark.parametrize("phrase", ["sales in Asia", "the fund for the war", "spending on the days",
                                    "a bonus for the first quarter of staff"])
def test_a_phrase_after_a_preposition_that_names_no_period_is_left_whole(phrase):
    assert without_period(phrase.split()) == phrase.split()


@pytest.mark.parametrize("text,subject", [
    ("A jury awarded the family $45 million in damages after a three-week trial.", "damages"),
    ("The firm paid $3 million in fines to regulators.", "fines"),
    ("The state spent $2 billion on roads and bridges.", "roads and bridges"),
    ("The bank holds $5 billion in gold reserves.", "gold reserves"),
])
def test_the_noun_phrase_after_an_amount_ends_where_another_phrase_opens(text, subject):
    assert one(text).subject == subject


# --- the subject: a qualified noun, a move after a modal, "add … to" --------------------------

@pytest.mark.parametrize("text,subject", [
    # a preposition inside the subject qualifies its noun: the place or object is not what moved
    ("Sales in Asia have risen $3 billion.", "sales in asia"),
    ("Exports to China rose $2 billion last year.", "exports to china"),
    ("Spending on defence reached $40 billion.", "spending on defence"),
    ("Prices at the pump rose 5 cents.", "prices at pump"),
    # a time after the preposition is when, not what
    ("Sales in 2024 were $5 billion.", "sales"),
    ("Revenue in the first quarter was $3 billion.", "revenue"),
    # after a change noun, the noun of the preposition is what changed
    ("A rise in sales of $5 billion was reported.", "sales"),
    # a move verb after a modal or in the present
    ("Repayments will rise by more than $80 a month.", "repayments"),
    ("Fares rise $2 from Monday.", "fares"),
])
def test_the_subject_of_an_amount_is_the_noun_phrase_before_its_verb(text, subject):
    assert one(text).subject == subject


@pytest.mark.parametrize("text,surface,subject", [
    ("The rise will add about $90 a month to repayments on a $600,000 mortgage.", "about $90", "repayments"),
    ("The tax cut added $2 billion to the deficit.", "$2 billion", "deficit"),
    ("Each stamp adds 10 cents to the cost.", "10 cents", "cost"),
])
def test_an_amount_added_to_a_noun_is_a_rise_of_it(text, surface, subject):
    fact = facts(text)[0]
    assert (fact.surface, fact.subject, fact.note) == (surface, subject, "change:up")


def test_an_amount_added_with_no_noun_to_add_it_to_is_no_rise():
    fact = one("The firm added $2 billion in revenue.")
    assert (fact.subject, fact.note) == ("revenue", "")


# --- a change with a comparative after it, then the level ----------------------------------------

@pytest.mark.parametrize("text,change,level", [
    ("Shares closed 3.5p higher at 245p.", ("3.5p", "0.035", "GBP", "change:up"), ("245p", "2.45", "GBP")),
    ("Shares closed 12 cents lower at $4.10.", ("12 cents", "0.12", "USD", "change:down"), ("$4.10", "4.1", "USD")),
    ("BP shares were down 4p at 480p.", ("4p", "0.04", "GBP", "change:down"), ("480p", "4.8", "GBP")),
    ("Tesco closed 2p up at 310p in London.", ("2p", "0.02", "GBP", "change:up"), ("310p", "3.1", "GBP")),
])
def test_a_change_with_a_comparative_then_the_level_at_which_it_closed(text, change, level):
    found = facts(text)
    assert [(f.surface, f.value, f.unit, f.note) for f in found] == [change, (*level, "")]
    assert {f.subject for f in found} == {text.split(" closed")[0].split(" were")[0].lower()}


@pytest.mark.parametrize("text,surface,note", [
    ("Oil settled $2 lower on Friday.", "$2", "change:down"),
    ("The dollar was 2 cents higher against the yen.", "2 cents", "change:up"),
    ("Shares closed at 245p.", "245p", ""),
])
def test_an_amount_with_a_comparative_after_it_is_a_change(text, surface, note):
    fact = one(text)
    assert (fact.surface, fact.note) == (surface, note)


def test_a_comparative_after_degrees_is_no_amount():
    assert facts("Temperatures were 5c higher than normal.") == []


# --- cents of a quote currency, ratios, sizes ------------------------------------------------------

@pytest.mark.parametrize("text,unit", [
    ("The euro fell 0.5 cents against the dollar.", "USD"),
    ("The pound fell 2 cents against the US dollar.", "USD"),
    ("The Australian dollar was 0.3 cents higher against the euro.", "EUR"),
    # no quote currency: the nearest one named
    ("The euro rose 2 cents to $1.10.", "USD"),
    ("A 50-cent coin lay beside a €2 coin.", "EUR"),
])
def test_cents_of_an_exchange_rate_are_of_the_currency_it_is_quoted_in(text, unit):
    assert facts(text)[0].unit == unit


@pytest.mark.parametrize("text", [
    "Creditors will receive 10 cents on the dollar.",
    "Investors recovered 25 cents on every dollar lent.",
    "Bondholders were paid 40 pence in the pound.",
])
def test_cents_on_the_dollar_are_a_ratio_not_an_amount(text):
    assert facts(text) == []


def test_cents_on_the_dollars_fall_are_an_amount():
    assert one("Shares rose 10 cents on the dollar's fall.").value == "0.1"


@pytest.mark.parametrize("text", ["Use 4p and 5p nails.", "The kit holds 2c and 3c screws for the dollar price."])
def test_an_abbreviation_before_a_plural_it_sizes_is_no_amount(text):
    assert facts(text) == []


@pytest.mark.parametrize("text,surface", [
    ("The Royal Mail sells 4p and 5p stamps.", "5p"),
    ("He found 10p and 20p coins.", "20p"),
    ("Shares fell 4p to 120p.", "4p"),
])
def test_an_abbreviation_before_a_money_noun_or_a_price_stays_an_amount(text, surface):
    assert facts(text)[0].surface == surface


@pytest.mark.parametrize("text,unit", [
    ("Repayments will rise by about $90 a month.", "USD/month"),
    ("Nurses on the ward earn £40 an hour.", "GBP/hour"),
    ("The allowance pays €300 per week.", "EUR/week"),
    ("Rent in the district is $2,000 monthly.", "USD/month"),
    ("The stall takes in $150 daily.", "USD/day"),
    # By the year, or with no period, an amount keeps its currency alone.
    ("The scheme costs $1,000 a year per household.", "USD"),
    ("He is paid $5 million per annum.", "USD"),
    # "a month ago", "a year earlier" say when, not how often.
    ("Revenue was $5bn, up from $4bn a year earlier.", "USD"),
    ("The fund held $300 a month ago.", "USD"),
])
def test_an_amount_by_the_month_week_day_or_hour_carries_its_period(text, unit):
    assert facts(text)[-1].unit == unit


@pytest.mark.parametrize("text,unit,subject", [
    # a period before the noun the amount is of: the same rate as "$90 a month"
    ("Monthly repayments of $90 will rise in March.", "USD/month", "repayments"),
    ("The average monthly rent of $1,200 is a record.", "USD/month", "average rent"),
    ("Monthly mortgage repayments of $2,100 are due.", "USD/month", "mortgage repayments"),
    ("Cleaners earn a weekly wage of £400.", "GBP/week", "wage"),
    # a year takes no period; a period word that qualifies another noun says nothing of the amount
    ("The annual fee of $100 was waived.", "USD", "fee"),
    ("The monthly report showed revenue of $5 billion.", "USD", "revenue"),
])
def test_a_period_before_the_noun_is_the_amounts_rate(text, unit, subject):
    fact = facts(text)[-1]
    assert (fact.unit, fact.subject) == (unit, subject)


def test_a_monthly_amount_meets_the_same_amount_a_month():
    from consistency import check_documents

    result = check_documents([
        document_from_text("a", "Monthly repayments of $90 are now typical, the lender said."),
        document_from_text("b", "Repayments of $120 a month are now typical, the lender said.")])
    assert (result.findings["verdict"] == "diverge").any(), result.findings["message"].tolist()


def test_an_amount_a_month_is_not_set_against_an_amount_a_year():
    from consistency import check_documents

    result = check_documents([
        document_from_text("a", "The rate rise will add about $90 a month to mortgage repayments."),
        document_from_text("b", "The rate rise will add more than $1,000 a year to mortgage repayments.")])
    assert not (result.findings["verdict"] == "diverge").any(), result.findings["message"].tolist()


@pytest.mark.parametrize("text,subject", [
    ("The EU has pledged €12m in aid and the UN has sent search teams.", "aid"),
    ("The cabinet approved 250 million euros in emergency funds and declared three days of mourning.",
     "emergency funds"),
    ("The insurer paid $45 million in damages or faced a second trial.", "damages"),
    ("The group raised $600 million in new equity and it will sell two plants.", "new equity"),
    ("Donors gave $40 million in food aid and Japan sent medical teams.", "food aid"),
])
def test_the_noun_an_amount_is_in_ends_before_an_and_or_or_that_opens_a_clause(text, subject):
    """"and"/"or" before a determiner, a pronoun, a name or a verb in -ed opens the sentence's next
    clause: the amount is read as about the noun alone, as the same amount stated without it is."""
    assert one(text).subject == subject


@pytest.mark.parametrize("text,subject", [
    ("The EU has pledged €12m in humanitarian aid, officials said.", "humanitarian aid"),
    ("The company paid $3 million in fines and penalties.", "fines and penalties"),
    ("The city set aside $90 million for parks or playgrounds.", "parks or playgrounds"),
])
def test_nouns_joined_by_and_or_or_after_an_amount_stay_whole(text, subject):
    assert one(text).subject == subject


# --- a takeover's price ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Harbor Foods agreed to buy Pine Ridge Bakeries for $2.3 billion in cash.",
    "Harbor announced an all-stock deal valued at $2.3 billion.",
    "The transaction represents a total equity value of about $2.3 billion.",
    "Harbor Foods to buy Pine Ridge for $2.3 billion in bakery push",
])
def test_the_price_of_a_takeover_is_read_as_the_deals(text):
    """However the price is worded (what is bought "for", how it is paid, the equity it buys), it
    is the deal's value."""
    assert one(text).subject == "deal"


@pytest.mark.parametrize("text", [
    "Including debt, the deal values Pine Ridge at about $3 billion.",
    "The takeover is worth $3bn including net debt.",
    "Counting its borrowings, the offer is worth about $3 billion.",
    "Including Pine Ridge's net debt, the transaction values the company at about $3 billion.",
])
def test_a_takeover_value_with_the_targets_debt_is_the_enterprise_value(text):
    """A value counting the debt the buyer takes on is another measure than the price of the shares."""
    assert one(text).subject == "enterprise value"


def test_a_deal_price_and_its_value_with_debt_in_one_sentence_keep_their_measures():
    price, whole = facts("Harbor agreed to buy Pine Ridge for $2.3 billion, or $3 billion including debt.")
    assert (price.subject, whole.subject) == ("deal", "enterprise value")


@pytest.mark.parametrize("text,subject", [
    # no purchase or deal near the amount: cash held, a payment, spending, a valuation by investors
    ("The bank holds $5 billion in cash.", "cash"),
    ("The company paid $45 million in damages, it said.", "damages"),
    ("Investors value the start-up at $2 billion.", ""),
    # a deal named, but the amount is of something else
    ("Advisers earned $40 million in fees from the merger.", "fees"),
    ("The government will spend $2 billion including debt repayments on the bridge deal.", ""),
])
def test_an_amount_that_is_no_takeovers_price_keeps_its_subject(text, subject):
    assert one(text).subject == subject


@pytest.mark.parametrize("text", [
    "Harbor will pay $31.25 per share.",
    "Harbor is offering $31.25 a share in cash for Pine Ridge.",
    "Harbor agreed to buy the company for $31.25 a share.",
    "Shareholders will receive $31.25 for each Pine Ridge share under the takeover.",
    "Harbor will pay $31.25 for each Pine Ridge share.",
])
def test_the_price_paid_for_each_share_is_read_as_the_price_per_share(text):
    """"per share", "a share", "for each … share": one price, whatever the wording."""
    assert one(text).subject == "price per share"


@pytest.mark.parametrize("text,subject", [
    ("The company reported earnings of $1.48 a share.", "earnings"),
    ("The board declared a dividend of $0.62 per share.", "dividend"),
    ("Analysts had expected $1.42 a share.", ""),
    ("The deal was announced as Pine Ridge reported earnings of $1.48 a share.", "earnings"),
])
def test_an_amount_per_share_that_is_no_price_paid_keeps_its_subject(text, subject):
    assert one(text).subject == subject


@pytest.mark.parametrize("text", [
    # a purchase of no company, a company's own cash or buyback, and costs after a deal are no deal
    "He bought a house for $500,000 last year.",
    "She sold her painting for $2 million at auction.",
    "The company had $2 billion in cash before the acquisition.",
    "Acme plans to buy back $5 billion of its shares after the merger.",
    "Including debt, the company's borrowing costs reached $3 billion after the deal.",
])
def test_amounts_near_a_sale_that_price_no_takeover(text):
    assert one(text).subject not in ("deal", "enterprise value", "price per share")
