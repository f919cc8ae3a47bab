"""Date reading in wire copy: the tense of irregular verbs, fixed-date holidays."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency import check_documents, document_from_text
from consistency.extractors import extract_document

PUBLISHED_THURSDAY = "2026-02-05"  # Thursday 5 February 2026


def dates(text, published=PUBLISHED_THURSDAY):
    facts = check_documents([document_from_text("x", text, published)]).facts
    return facts[facts["kind"] == "date"].set_index("surface")


# --- irregular verbs of the past ---------------------------------------------------------------


@pytest.mark.parametrize("text, surface, expected", [
    # A clause of the past, told by an irregular verb, then a clause of the future: the date is behind.
    ("The gunman drove to the school on Monday and will face charges.", "Monday", "2026-02-02"),
    ("The rebels hid in the hills on Friday and will move north.", "Friday", "2026-01-30"),
    ("The quake shook the capital on Tuesday; aftershocks will follow.", "Tuesday", "2026-02-03"),
    ("The band drew 40,000 fans on Saturday, and the tour will go on.", "Saturday", "2026-01-31"),
    ("She swam the Channel on Sunday and will try the Strait of Gibraltar next.", "Sunday", "2026-02-01"),
    ("Thieves stole two paintings on Wednesday, and police will review the footage.", "Wednesday",
     "2026-02-04"),
    ("Gale-force winds blew roofs off homes on Monday, and more storms will follow.", "Monday", "2026-02-02"),
    ("The champion rode to victory on Sunday and will defend her title in March.", "Sunday", "2026-02-01"),
    # In a relative clause of the past within a sentence of the future.
    ("The minister, who slept at the embassy on Tuesday, will return next week.", "Tuesday", "2026-02-03"),
    ("The players, who rode the team bus on Monday, will train on Friday.", "Monday", "2026-02-02"),
    ("The suspect, who hid in a barn on Saturday, will appear in court.", "Saturday", "2026-01-31"),
])
def test_a_clause_told_by_an_irregular_past_verb_puts_its_date_behind(text, surface, expected):
    assert dates(text).loc[surface, "value"] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # The clause of the future keeps its own date ahead.
    ("The gunman drove to the school on Monday and will face charges on Friday.", "Friday", "2026-02-06"),
    ("The players, who rode the team bus on Monday, will train on Friday.", "Friday", "2026-02-06"),
    # Words that look like pasts but are nouns or adjectives here tell no past: the date stays ahead.
    ("The trade spat comes to a head on Monday, and tariffs will follow.", "Monday", "2026-02-09"),
    ("The policy dove takes the chair on Monday, and rates will be cut.", "Monday", "2026-02-09"),
    # "said" reports a clause that keeps its own tense.
    ("Officials said talks begin on Monday and will last three days.", "Monday", "2026-02-09"),
])
def test_what_is_no_irregular_past_leaves_a_future_date_ahead(text, surface, expected):
    assert dates(text).loc[surface, "value"] == expected


# --- holidays of one date every year -------------------------------------------------------------


@pytest.mark.parametrize("text, surface, expected", [
    # The past: the latest such day before the publication (5 February 2026).
    ("Shoppers packed the malls on Christmas Eve.", "Christmas Eve", "2025-12-24"),
    ("A gunman opened fire at a market on New Year's Eve.", "New Year's Eve", "2025-12-31"),
    ("The couple married on Valentine's Day.", "Valentine's Day", "2025-02-14"),
    ("Trick-or-treaters flooded the streets on Halloween.", "Halloween", "2025-10-31"),
    ("Retailers reported record sales on Boxing Day.", "Boxing Day", "2025-12-26"),
    # The future: the next one.
    ("The new tax will take effect on New Year's Day.", "New Year's Day", "2027-01-01"),
    ("Florists will deliver 2 million roses on Valentine's Day.", "Valentine's Day", "2026-02-14"),
    ("The parade through Dublin will be held on St. Patrick's Day.", "St. Patrick's Day", "2026-03-17"),
    # A year written beside it, before or after.
    ("The pope spoke on Christmas Day 2024 in Rome.", "Christmas Day 2024", "2024-12-25"),
    ("The 2004 Boxing Day tsunami killed more than 200,000 people.", "2004 Boxing Day", "2004-12-26"),
    ("On New Year's Eve, 2019, the city banned fireworks.", "New Year's Eve, 2019", "2019-12-31"),
])
def test_a_holiday_of_one_date_is_that_day(text, surface, expected):
    found = dates(text)
    assert (found.loc[surface, "value"], found.loc[surface, "grain"]) == (expected, "day")


def test_a_range_between_holidays_runs_forward():
    found = dates("Offices will close from Christmas Eve until New Year's Day.", "2026-11-20")
    assert list(found["value"]) == ["2026-12-24", "2027-01-01"]


def test_a_holiday_without_a_publication_date_keeps_an_unknown_year():
    (row,) = dates("The couple married on Valentine's Day.", None).itertuples()
    assert (row.value, row.resolution) == ("XXXX-02-14", "unresolved year")


@pytest.mark.parametrize("text", [
    # Another calendar's day, or a document about another calendar's new year.
    "Orthodox Christians celebrated Orthodox Christmas Eve in Moscow.",
    "Millions traveled home before Lunar New Year's Eve.",
    "The Spring Festival is near. Families will gather on New Year's Eve for a reunion dinner.",
    # A name after an article is a modifier, of some year's day; a habit is no day.
    "Survivors of the Boxing Day tsunami gathered in Aceh.",
    "The company hosted a Christmas Eve party for staff.",
    "Families traditionally gather on Christmas Eve.",
    "Stores usually close early on New Year's Eve.",
    # Words that are no holiday.
    "Boxing fans and the day of Christmas shopping filled the news.",
])
def test_what_is_not_a_holidays_date_is_not_read(text):
    assert dates(text).empty


def test_a_date_written_beside_a_holiday_is_the_date_read():
    found = dates("The airport reopened on Christmas Day, December 25, after the storm.")
    assert list(found.index) == ["December 25"]
    assert list(found["value"]) == ["2025-12-25"]


def test_a_time_on_a_holiday_falls_on_that_day():
    facts = check_documents([document_from_text("x", "Fireworks lit the sky at midnight on New Year's Eve.",
                                                 PUBLISHED_THURSDAY)]).facts
    (time,) = facts[facts["kind"] == "time"].itertuples()
    assert time.value == "2025-12-31T00:00"


_HOLIDAYS = {"Christmas Eve": (12, 24), "Christmas Day": (12, 25), "Boxing Day": (12, 26), "New Year's Eve": (12, 31),
             "New Year's Day": (1, 1), "Valentine's Day": (2, 14), "Halloween": (10, 31)}


@settings(max_examples=200, deadline=None)
@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)), st.sampled_from(sorted(_HOLIDAYS)), st.booleans())
def test_a_holidays_year_leans_with_the_tense_within_a_week(published, holiday, ahead):
    text = (f"Crowds will gather in the square on {holiday}." if ahead
            else f"Crowds gathered in the square on {holiday}.")
    (row,) = dates(text, published.isoformat()).itertuples()
    month, day = _HOLIDAYS[holiday]
    days = [dt.date(year, month, day) for year in range(published.year - 1, published.year + 2)]
    week = dt.timedelta(days=7)
    # Ahead: the first such day not more than a week before the publication; behind: the last not
    # more than a week after it.
    expected = (min(d for d in days if d >= published - week) if ahead
                else max(d for d in days if d <= published + week))
    assert row.value == expected.isoformat()


# --- a relative clause after a comma ---------------------------------------------------------------


@pytest.mark.parametrize("text, surface, expected", [
    # ", where" and ", which" open a clause of their own: its future does not move the date of the past ahead.
    ("The president flew to Paris on Tuesday, where talks will resume next month.", "Tuesday", "2026-02-03"),
    ("The envoy arrived in Geneva on Monday, where negotiations will continue.", "Monday", "2026-02-02"),
    ("The delegation landed in Nairobi on Saturday, where it will meet rebel leaders.", "Saturday", "2026-01-31"),
    ("Stocks tumbled on Wednesday, which will weigh on pension funds.", "Wednesday", "2026-02-04"),
    # With no past before it, the sentence is all of the future.
    ("The president flies to Paris on Tuesday, where talks will resume.", "Tuesday", "2026-02-10"),
    ("The leaders will meet in Oslo on Friday, where they will sign the pact.", "Friday", "2026-02-06"),
])
def test_a_relative_clause_after_a_comma_keeps_its_tense_to_itself(text, surface, expected):
    assert dates(text).loc[surface, "value"] == expected


# --- plural schedule verbs ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, surface, expected", [
    ("Polls close at 10 p.m. on Sunday.", "Sunday", "2026-02-08"),
    ("Doors open at 7 p.m. on Friday.", "Friday", "2026-02-06"),
    ("Polls in 23 states close at 8 p.m. ET on Tuesday.", "Tuesday", "2026-02-10"),
    ("Classes start on Monday at most schools.", "Monday", "2026-02-09"),
    ("The talks end on Friday in Vienna.", "Friday", "2026-02-06"),
    ("Nominations close on Wednesday.", "Wednesday", "2026-02-11"),
    ("Doors open at 7 p.m. on Friday, organisers said.", "Friday", "2026-02-06"),
])
def test_a_plural_schedule_verb_after_a_plural_subject_reads_ahead(text, surface, expected):
    assert dates(text).loc[surface, "value"] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # A noun, a possessive, an adjective after a verb, a habit, the past: no schedule, the date behind.
    ("Stocks had a strong start on Monday.", "Monday", "2026-02-02"),
    ("The markets' close on Friday was weak.", "Friday", "2026-01-30"),
    ("The store stays open on Sunday.", "Sunday", "2026-02-01"),
    ("Shares always close at 4 p.m. on Friday.", "Friday", "2026-01-30"),
    ("Polls closed at 10 p.m. on Sunday.", "Sunday", "2026-02-01"),
    # A past verb after it makes the plural form a noun: the gymnastics meet was held.
    ("The gymnastics meet on Saturday ended in a tie.", "Saturday", "2026-01-31"),
])
def test_what_is_no_plural_schedule_leaves_the_date_behind(text, surface, expected):
    assert dates(text).loc[surface, "value"] == expected


def test_a_section_header_without_a_year_takes_it_from_the_publication_date():
    text = ("Leaders spoke again this week.\n\n"
            "February 2 (Kremlin) – Vladimir Putin held talks today with the governor of the region.\n\n"
            "March 3 (Kremlin) – Vladimir Putin met the governor of the region on Monday.")
    doc = document_from_text("p", text, published="2026-02-05")
    dates = {f.surface: f.value for f in extract_document(doc) if f.kind == "date"}
    # February 2 is three days before publication; the last March 3 before it is in 2025, a Monday
    assert dates == {"February 2": "2026-02-02", "today": "2026-02-02", "March 3": "2025-03-03",
                     "Monday": "2025-03-03"}
