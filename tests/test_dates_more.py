"""Date reading in wire copy: the tense of irregular verbs, fixed-date holidays."""

from __future__ import annotations

import pytest

from consistency import check_documents, document_from_text

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
