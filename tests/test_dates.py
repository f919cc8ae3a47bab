"""Date reading beyond the module's examples: reference dates, notes, spacing."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency import check_documents, document_from_text


def dates(text, published=None):
    facts = check_documents([document_from_text("x", text, published)]).facts
    return facts[facts["kind"] == "date"]


def test_relative_dates_in_a_reprinted_section_use_the_sections_date():
    text = ("Our report was filed later.\n\n"
            "March 3, 2025 (Palace) – The Spokesman: Today we met. The law expires tomorrow.")
    found = dates(text, "2025-03-10").set_index("surface")
    assert found.loc["Today", "value"] == "2025-03-03"
    assert found.loc["tomorrow", "value"] == "2025-03-04"


def test_unresolved_weekday_says_why():
    (row,) = dates("The envoys met on Friday.").itertuples()
    assert (row.value, row.resolution) == ("", "unresolved")
    assert "no publication date" in row.note


def test_a_weekday_that_does_not_match_its_date_is_noted():
    (row,) = dates("The envoys met on Friday, March 4, 2025.").itertuples()
    assert row.value == "2025-03-04"
    assert "does not match" in row.note  # 4 March 2025 was a Tuesday


def test_tomorrow_disagreeing_with_its_written_date_is_noted():
    (row,) = dates("The pact is due to expire tomorrow, March 9.", "2025-03-05").itertuples()
    assert row.value == "2025-03-09"
    assert "tomorrow" in row.note


def test_non_breaking_spaces_and_abbreviations():
    found = dates("Signed on 4\u00a0March\u00a02025 and ratified Mar.\u00a010, 2025.")
    assert list(found["value"]) == ["2025-03-04", "2025-03-10"]


def test_year_boundary_and_tense():
    past = dates("Talks were held on December 30.", "2026-01-02")
    future = dates("Talks will be held on January 3.", "2025-12-30")
    assert list(past["value"]) == ["2025-12-30"] and list(future["value"]) == ["2026-01-03"]


def test_capitalised_may_only_when_dated():
    assert dates("Prices may rise. May I ask? In May trade rose.", "2025-08-01")["value"].tolist() == ["2025-05"]


def test_dateline_dates_are_metadata_not_event_facts():
    found = dates("PARIS, March 5, 2025 (Wire) - The envoys met on Tuesday.")
    assert found.set_index("surface").loc["March 5, 2025", "origin"] == "metadata"
    assert found.set_index("surface").loc["Tuesday", "value"] == "2025-03-04"
    assert found.set_index("surface").loc["March 5, 2025", "slot_id"] == ""


# --- calendar months named relative to the report ------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)), st.sampled_from([("last", -1), ("this", 0), ("next", 1)]),
       st.sampled_from(["", "Earlier ", "Later "]))
def test_a_month_named_relative_to_the_report_is_the_calendar_month(published, word, lead):
    name, shift = word
    text = f"{lead}{name if lead else name.capitalize()} month, the council met twice."
    (row,) = dates(text, published.isoformat()).itertuples()
    # The month ``shift`` calendar months from the publication date, worked out by hand.
    month_index = published.year * 12 + published.month - 1 + shift
    assert row.value == f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    assert (row.grain, row.resolution) == ("month", "relative")
    assert row.surface.lower() == f"{name} month"


def test_a_relative_month_without_a_year_keeps_the_month():
    text = "March 3 (Palace) – Last month the envoy arrived."
    found = dates(text).set_index("surface")
    assert found.loc["Last month", "value"] == "XXXX-02"


def test_a_relative_month_without_any_date_is_unresolved():
    (row,) = dates("Last month the envoy arrived.").itertuples()
    assert (row.value, row.resolution) == ("", "unresolved")
    assert "no publication date" in row.note


@pytest.mark.parametrize("text", [
    "Prices rose 5% in the last month.",
    "Prices rose 5% in the  past month.",
    "Over the next month, prices may rise.",
    "This month's summit was delayed.",
    "The last month of the year was busy.",  # read whole, as December
    "In his last month in office, the president will sign pardons.",
    "Her last month as chair was turbulent.",
    "Our next month-long campaign starts soon.",
])
def test_stretches_of_time_are_not_relative_months(text):
    found = dates(text, "2026-02-05")
    assert not found["surface"].str.fullmatch(r"(?i)(?:last|this|next) month").any()


@pytest.mark.parametrize("text,surface,value", [
    ("The White House said Tuesday it would send more aid.", "Tuesday", "2026-02-03"),
    ("The minister said on Monday that talks would resume.", "Monday", "2026-02-02"),
    ("The agency said in a statement on Friday that it will respond.", "Friday", "2026-01-30"),
    ("Officials told reporters on Monday they would meet again.", "Monday", "2026-02-02"),
    # where the date is not when it was said, the sentence's future stands
    ("He said the leaders will meet on Monday.", "Monday", "2026-02-09"),
    ("She said Monday's vote will be close.", "Monday", "2026-02-09"),
    ("The ministry said Wednesday would be a day of mourning.", "Wednesday", "2026-02-11"),
    ("The winners will be announced on March 1.", "March 1", "2026-03-01"),  # a passive: not said then
    ("The winners will be  announced on March 1.", "March 1", "2026-03-01"),  # however spaced
    ("The new tariffs will be announced on Friday, officials said.", "Friday", "2026-02-06"),
    ("Staff were told to return on Monday, when the offices will reopen.", "Monday", "2026-02-09"),
])
def test_a_date_right_after_a_verb_of_saying_is_when_it_was_said(text, surface, value):
    found = dates(text, "2026-02-05").set_index("surface")
    assert found.loc[surface, "value"] == value


@pytest.mark.parametrize("text,surface,value", [
    # published Thursday 2026-02-05: the schedule lies ahead, with no "will" in the sentence
    ("The committee meets on March 18 to set rates.", "March 18", "2026-03-18"),
    ("The sale ends Sunday.", "Sunday", "2026-02-08"),
    ("The new rules take effect on Monday.", "Monday", "2026-02-09"),
    ("Parliament returns on Tuesday after the recess.", "Tuesday", "2026-02-10"),
    ("Talks resume on Tuesday in Geneva.", "Tuesday", "2026-02-10"),
    ("The tournament kicks off on Saturday, organisers said.", "Saturday", "2026-02-07"),
    ("The festival runs from June 12.", "June 12", "2026-06-12"),
    ("The games take place on 2 July in Lyon.", "2 July", "2026-07-02"),
    ("The vote is set for May 3.", "May 3", "2026-05-03"),
    ("Hearings are held between 9 and 11 March.", "11 March", "2026-03-11"),
    # a noun, a negated or past verb, or "to" before the verb: the sentence's own tense decides
    ("The votes on Monday were close.", "Monday", "2026-02-02"),
    ("They did not meet on Monday.", "Monday", "2026-02-02"),
    ("Talks didn't resume on Monday.", "Monday", "2026-02-02"),
    ("The summit opened on Monday.", "Monday", "2026-02-02"),
    ("The panel met on March 18.", "March 18", "2025-03-18"),
    ("Both sides agreed to meet on Monday.", "Monday", "2026-02-02"),
    # a noun that is also a plural verb form: no schedule
    ("The Senate passed the bill in a 51-49 vote on Tuesday.", "Tuesday", "2026-02-03"),
    ("The rocket exploded after a failed launch on Tuesday.", "Tuesday", "2026-02-03"),
    ("The team's return on Monday drew crowds.", "Monday", "2026-02-02"),
    ("The athletics meet on Saturday drew 40,000 fans.", "Saturday", "2026-01-31"),
    ("The side made a strong start on Saturday.", "Saturday", "2026-01-31"),
    ("The festival was held on June 12.", "June 12", "2025-06-12"),
    ("The games took place on 2 July in Lyon.", "2 July", "2025-07-02"),
    ("Fans recalled the runs on May 3.", "May 3", "2025-05-03"),
])
def test_a_present_tense_schedule_lies_ahead(text, surface, value):
    found = dates(text, "2026-02-05").set_index("surface")
    assert found.loc[surface, "value"] == value


@pytest.mark.parametrize("text, expected", [
    # published Thursday 2026-02-05; each day of the range or pair is a date of the same month
    ("The fair runs from 12 to 14 June.", [("12", "2026-06-12"), ("14 June", "2026-06-14")]),
    ("The fair runs from June 12 to 14.", [("June 12", "2026-06-12"), ("14", "2026-06-14")]),
    ("Storms hit the coast on 3 and 5 March.", [("3", "2025-03-03"), ("5 March", "2025-03-05")]),
    ("The summit was held on 10–12 May 2024.", [("10", "2024-05-10"), ("12 May 2024", "2024-05-12")]),
    ("The expo runs Sept. 28 through 30, 2027.", [("Sept. 28", "2027-09-28"), ("30, 2027", "2027-09-30")]),
    ("Strikes halted trains on Nov. 3 or 4.", [("Nov. 3", "2025-11-03"), ("4", "2025-11-04")]),
])
def test_each_day_of_a_range_of_days_is_a_date(text, expected):
    found = dates(text, "2026-02-05")
    assert list(zip(found["surface"], found["value"], strict=True)) == expected
    assert set(found["grain"]) == {"day"}


@pytest.mark.parametrize("text, surface, value", [
    ("The index fell 14-12 June readings show.", "12 June", "2025-06-12"),  # falling: no range
    ("Quotas rose from 2.5 to 3 June levels.", "3 June", "2025-06-03"),  # a decimal is no day
    ("The shop opened on Monday, June 8 to 9 visitors.", "Monday, June 8", "2025-06-08"),  # a weekday pins one day
])
def test_a_number_beside_a_day_date_is_not_always_another_day(text, surface, value):
    found = dates(text, "2026-02-05")
    assert list(zip(found["surface"], found["value"], strict=True)) == [(surface, value)]


@settings(max_examples=300, deadline=None)
@given(st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)), st.sampled_from("/.-"), st.booleans())
def test_a_date_in_figures_reads_back_when_only_one_order_makes_a_date(date, separator, day_first):
    first, second = (date.day, date.month) if day_first else (date.month, date.day)
    written = f"{first}{separator}{second}{separator}{date.year}"
    found = dates(f"The order was signed on {written} in Rome.")
    other_order = date.day <= 12 and date.day != date.month  # the day could be a month too
    if other_order:
        assert found.empty
    else:
        assert list(zip(found["surface"], found["value"], strict=True)) == [(written, date.isoformat())]


@pytest.mark.parametrize("text, value, noted", [
    # published Thursday 2026-02-05
    ("Talks ended on Friday, January 31.", "2025-01-31", False),  # 31 Jan 2026 is a Saturday
    ("The concert was held on Saturday, March 7.", "2025-03-07", True),  # 7 Mar 2026 is ahead: noted
    ("The panel will meet on Tuesday, January 5.", "2027-01-05", False),
    ("Talks ended on Saturday, January 31.", "2026-01-31", False),
])
def test_a_weekday_beside_a_year_less_date_picks_a_year_that_fits_the_tense(text, value, noted):
    (row,) = dates(text, "2026-02-05").itertuples()
    assert row.value == value
    assert ("does not match" in row.note) is noted


def test_a_sentence_may_end_after_an_abbreviation():
    found = dates("Negotiators will travel to the U.S. The last round was held on Monday.", "2026-02-05")
    assert found.set_index("surface").loc["Monday", "value"] == "2026-02-02"  # past: its own sentence


# The date pattern is tried branch by branch on the first character, and over a sentence only
# where a match can open; both must answer exactly what the plain pattern answers.
_DATE_TOKENS = ["February", "Feb.", "FEB", "may", "Sunday", "Sun", "Thu", "x", "in", "İn", "ſince", "frıday",
                "the", "The", "first", "month", "of", "year", "Year", "last", "next", "this", "today", "Tomorrow",
                "2026", "2025-02-04", "4", "31st", "12", "mid-", "marks", "’s", "-", ",", ".", " ", "  ",
                "\u00a0", "Christmas", "Eve", "Day", "New", "Year's", "Hallowe'en", "St.", "Patrick's", "Boxing"]
_date_text = st.lists(st.sampled_from(_DATE_TOKENS), max_size=14).map(lambda tokens: "".join(
    token if i % 2 or token in ",.- \u00a0" else token + " " for i, token in enumerate(tokens)))


def _reading(match):
    return None if match is None else (match.span(), match.groupdict())


@settings(max_examples=300, deadline=None)
@given(_date_text, st.integers(0, 40), st.integers(0, 60))
def test_date_branches_tried_by_first_character_match_as_the_whole_pattern(text, start, width):
    from consistency.extractors.dates import _DATE, _PATTERN

    start = min(start, len(text))
    end = min(len(text), start + width)
    assert _reading(_DATE.match(text, start, end)) == _reading(_PATTERN.match(text, start, end))


@settings(max_examples=300, deadline=None)
@given(_date_text, st.integers(0, 40), st.integers(0, 200))
def test_dates_over_a_span_are_those_the_pattern_finds_everywhere(text, start, width):
    from consistency.extractors.dates import _PATTERN, _matches

    start = min(start, len(text))
    end = min(len(text), start + width)
    assert list(map(_reading, _matches(text, start, end))) == list(map(_reading, _PATTERN.finditer(text, start, end)))


@pytest.mark.parametrize("text", [
    "İn 2025, ſince 2024, DURİNG 2023 and THE FIRST MONTH OF THE YEAR; frıday, FRİDAY or ſeptember 4",
    "xMay 5 and SunMonday, Feb 4 2026; inMarch 3. yesterday, February 5, 2026; Year 2026 marks a turn",
    "the 2004 Boxing Day, xChristmas Eve, New Year's Day 2025; New Year Eve, St. Patrick's Day of 2020, Hallowe'en",
])
def test_date_branches_by_first_character_at_every_position(text):
    from consistency.extractors.dates import _DATE, _PATTERN, _matches

    for start in range(len(text) + 1):
        assert _reading(_DATE.match(text, start)) == _reading(_PATTERN.match(text, start))
    assert list(map(_reading, _matches(text, 0, len(text)))) == list(map(_reading, _PATTERN.finditer(text)))


@pytest.mark.parametrize("text", [
    "The phone's firmware 13.1.2024 fixed the battery fault.",
    "Users were told to install Version 14.2.2025 at once.",
    "The app's release 20.6.2024 and its build 31.1.2025 were pulled.",
    "Engineers shipped ver. 15.3.2023 to the plant.",
    "Drivers on v 19.12.2024 reported crashes.",
])
def test_figures_with_dots_after_a_word_naming_a_version_are_no_date(text):
    assert dates(text, "2026-02-05").empty


@pytest.mark.parametrize("text, value", [
    ("The press release 13.1.2024 gave no figures.", "2024-01-13"),
    ("The recall was ordered on 13.1.2024.", "2024-01-13"),
    ("Version 2 went on sale 14.2.2025.", "2025-02-14"),
    ("The firmware was withdrawn 20.6.2024.", "2024-06-20"),
    ("Its last update 31.1.2025 added maps.", "2025-01-31"),
])
def test_a_date_in_figures_away_from_a_version_word_is_still_a_date(text, value):
    assert dates(text, "2026-02-05")["value"].tolist() == [value]


@pytest.mark.parametrize("text, ambiguous, value", [
    # Another date that can only be read day first: the document writes the day first.
    ("The deal was signed on 25/12/2025. Talks began on 9/11/2025.", "9/11/2025", "2025-11-09"),
    ("Talks began on 3/4/2025 in Geneva and ended on 17/4/2025.", "3/4/2025", "2025-04-03"),
    ("Rates rose on 5.6.2024. They rose again on 30.9.2024.", "5.6.2024", "2024-06-05"),
    # One that can only be read month first.
    ("The deal was signed on 12/31/2024. Talks began on 9/11/2025.", "9/11/2025", "2025-09-11"),
    ("Talks began on 3/4/2025 in Geneva and ended on 4/17/2025.", "3/4/2025", "2025-03-04"),
])
def test_a_date_in_figures_either_order_reads_takes_the_documents_order(text, ambiguous, value):
    found = dates(text, "2026-02-05").set_index("surface")
    assert found.loc[ambiguous, "value"] == value


@pytest.mark.parametrize("text", [
    "Talks began on 3/4/2025 in Geneva.",  # no other date in figures
    "Talks began on 3/4/2025, after 25/12/2024 and before 4/17/2025.",  # both orders: no evidence
    "Talks began on 3/4/2025, the day firmware 13.1.2024 was withdrawn.",  # a version is no evidence
    "Talks began on 3/4/2025 and ended on 4/4/2025.",  # both ambiguous
])
def test_a_date_in_figures_either_order_reads_stays_unread_without_the_documents_order(text):
    assert "3/4/2025" not in dates(text, "2026-02-05")["surface"].tolist()


@pytest.mark.parametrize("text, published, expected", [
    # A scheduling verb sets the tense of the range's start; its end follows it.
    ("The fair runs from June 28 to July 3.", "2026-02-05", ["2026-06-28", "2026-07-03"]),
    ("The exhibition opens from May 30 through June 2.", "2026-02-05", ["2026-05-30", "2026-06-02"]),
    # Across a year's end the end is in the next year, also within a week of the start's date.
    ("The office will close from December 30 to January 2.", "2026-01-07", ["2026-12-30", "2027-01-02"]),
    ("The port was shut from December 30 to January 2, officials said.", "2025-12-24",
     ["2025-12-30", "2026-01-02"]),
    ("The port was shut December 28-January 3, officials said.", "2026-02-05", ["2025-12-28", "2026-01-03"]),
    # A year written after the end is the end's; the start lies before it.
    ("The office will close from December 30 to January 2, 2026.", "2026-01-20",
     ["2025-12-30", "2026-01-02"]),
    # Unchanged: ranges in one month, ranges with years, and dates merely listed.
    ("The storm hit from March 3 to 5, officials said.", "2026-02-05", ["2025-03-03", "2025-03-05"]),
    ("The festival will run from March 3 to 5.", "2026-02-05", ["2026-03-03", "2026-03-05"]),
    ("It ran from December 30, 2024 to January 2, 2025.", "2026-02-05", ["2024-12-30", "2025-01-02"]),
    ("Prices rose on March 3 and fell on January 2, officials said.", "2026-02-05",
     ["2025-03-03", "2026-01-02"]),
])
def test_the_ends_of_a_range_of_year_less_days_are_in_order(text, published, expected):
    assert dates(text, published)["value"].tolist() == expected


@settings(max_examples=200, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31)), st.dates(dt.date(2001, 1, 1), dt.date(2001, 12, 31)),
       st.dates(dt.date(2001, 1, 1), dt.date(2001, 12, 31)),
       st.sampled_from(["The port was shut from {} to {}.", "The fair will run from {} to {}.",
                        "The fair runs {} through {}."]))
def test_a_range_of_year_less_days_ends_within_a_year_after_it_starts(published, first, last, sentence):
    text = sentence.format(f"{first:%B} {first.day}", f"{last:%B} {last.day}")
    found = dates(text, published.isoformat())["value"].tolist()
    if len(found) == 2:  # "March 3 to March 3" is one date read twice; both read otherwise
        start, end = (dt.date.fromisoformat(value) for value in found)
        assert dt.timedelta(0) <= end - start < dt.timedelta(days=366)


@pytest.mark.parametrize("text,surface,event", [
    ("Volkswagen said it would cut 35,000 jobs in Germany by 2030.", "2030", ""),
    ("The central bank has raised rates 11 times since 2022.", "2022", ""),
    ("The death toll from the quake rose to 310 on Thursday.", "Thursday", ""),
    ("The Riksbank raised its policy rate to 4% in March.", "March", "decision"),
    ("The floods in 2023 destroyed 400 homes.", "2023", "incident"),
])
def test_a_date_read_with_its_preposition_dates_what_the_preposition_says(text, surface, event):
    # "by 2030" is a limit and "since 2022" the start of a span, not when a decision was taken.
    found = dates(text, "2026-02-05").set_index("surface")
    assert found.loc[surface, "subject"] == event


PUBLISHED_THURSDAY = "2026-02-05"  # Thursday 5 February 2026


@pytest.mark.parametrize("text, surface, expected", [
    # A past clause, then a coordinated predicate or clause of the future: the date is behind.
    ("The storm hit Florida on Tuesday and will reach Georgia on Friday.", "Tuesday", "2026-02-03"),
    ("The Supreme Court heard arguments on Monday and is expected to rule by June.", "Monday", "2026-02-02"),
    ("The bank cut rates in December and will meet again on March 18.", "December", "2025-12"),
    ("The lawmakers met Monday and will meet again Thursday.", "Monday", "2026-02-02"),
    ("The jury was dismissed on Friday, and a new trial will start in April.", "Friday", "2026-01-30"),
    ("The team lost on Saturday but will face the leaders on Wednesday.", "Saturday", "2026-01-31"),
    ("It was announced on Monday that the plant will close in June.", "Monday", "2026-02-02"),
    # The future clause's own dates stay ahead.
    ("The storm hit Florida on Tuesday and will reach Georgia on Friday.", "Friday", "2026-02-06"),
    ("The team lost on Saturday but will face the leaders on Wednesday.", "Wednesday", "2026-02-11"),
    ("It was announced on Monday that the plant will close in June.", "June", "2026-06"),
])
def test_a_later_clause_of_the_future_leaves_a_past_date_behind(text, surface, expected):
    found = dates(text, PUBLISHED_THURSDAY).set_index("surface")
    assert found.loc[surface, "value"] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # No clause of the past: the whole sentence is ahead.
    ("On Tuesday and Wednesday, ministers will meet in Brussels.", "Tuesday", "2026-02-10"),
    ("On Monday the committee and the board will vote on the plan.", "Monday", "2026-02-09"),
    ("Talks start on Monday and will last three days.", "Monday", "2026-02-09"),
    ("The ministers will meet on Monday and sign the accord.", "Monday", "2026-02-09"),
    ("The envoy will arrive on Monday and will stay until Friday.", "Monday", "2026-02-09"),
])
def test_a_sentence_all_in_the_future_stays_ahead(text, surface, expected):
    found = dates(text, PUBLISHED_THURSDAY).set_index("surface")
    assert found.loc[surface, "value"] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # A verb of a schedule, then a time of day, then the date.
    ("The match kicks off at 8 p.m. on Saturday.", "Saturday", "2026-02-07"),
    ("The game starts at 7:30 p.m. ET on Sunday.", "Sunday", "2026-02-08"),
    ("The Champions League draw takes place at noon on Friday.", "Friday", "2026-02-06"),
    ("The transfer window closes at 11 p.m. on Monday.", "Monday", "2026-02-09"),
    # A schedule running to or in a date.
    ("The tournament runs through Sunday.", "Sunday", "2026-02-08"),
    ("The hurricane season runs until Nov. 30.", "Nov. 30", "2026-11-30"),
    ("The new season kicks off in August.", "August", "2026-08"),
    # A date set, planned, put off, awaited or forecast.
    ("The prime minister called a snap election for July 4.", "July 4", "2026-07-04"),
    ("The rally is planned for Saturday, Feb. 14.", "Saturday, Feb. 14", "2026-02-14"),
    ("The trial was adjourned to Feb. 20.", "Feb. 20", "2026-02-20"),
    ("The verdict is due on the 6th of March.", "6th of March", "2026-03-06"),
    ("A decision is expected on Monday.", "Monday", "2026-02-09"),
    ("Heavy snow is forecast for Friday.", "Friday", "2026-02-06"),
    ("The storm is forecast to bring snow on Saturday.", "Saturday", "2026-02-07"),
    # A date that is.
    ("The hearing is on Feb. 26.", "Feb. 26", "2026-02-26"),
    ("The deadline is Friday.", "Friday", "2026-02-06"),
    ("The election is in November.", "November", "2026-11"),
    # A deadline: what must be done by a day, or what one has until a day to do.
    ("The former banker must report to prison by March 16.", "March 16", "2026-03-16"),
    ("Both sides have until Feb. 27 to file their briefs.", "Feb. 27", "2026-02-27"),
    ("The company has until April 30 to repay the loan.", "April 30", "2026-04-30"),
    # a deadline met, or a duty of the past, stays behind
    ("He must have known on Jan. 9 that the notes were worthless.", "Jan. 9", "2026-01-09"),
    ("The court ruled on Jan. 9 that the firm must pay.", "Jan. 9", "2026-01-09"),
    # a date before "must" dates something else
    ("Survivors of the fire on Jan. 18 must wait for compensation.", "Jan. 18", "2026-01-18"),
    ("The suspects, arrested on Jan. 20, must remain in custody.", "Jan. 20", "2026-01-20"),
    ("Employees hired after Nov. 1 must repay their bonuses.", "Nov. 1", "2025-11-01"),
    # a clause of its own between "must" and the date
    ("Applicants must be residents who arrived before Jan. 1.", "Jan. 1", "2026-01-01"),
    ("He must serve the sentence handed down on Monday.", "Monday", "2026-02-02"),
])
def test_a_scheduled_set_or_awaited_date_lies_ahead(text, surface, expected):
    found = dates(text, PUBLISHED_THURSDAY).set_index("surface")
    assert found.loc[surface, "value"] == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("The match kicked off at 8 p.m. on Saturday.", "Saturday", "2026-01-31"),
    ("The talks did not begin at noon on Monday.", "Monday", "2026-02-02"),
    ("The report was due on Monday but was delayed.", "Monday", "2026-02-02"),
    ("The vote, postponed in December, was finally held on Jan. 10.", "December", "2025-12"),
    ("The deadline was Friday.", "Friday", "2026-01-30"),
    ("He moved to Paris in March.", "March", "2025-03"),
])
def test_a_schedule_told_in_the_past_stays_behind(text, surface, expected):
    found = dates(text, PUBLISHED_THURSDAY).set_index("surface")
    assert found.loc[surface, "value"] == expected


@pytest.mark.parametrize("text", [
    "Vice Foreign Minister Sun Weidong met the envoy in Beijing.",
    "Mr. Sun said the talks went well.",
    "The Sun reported that the singer had split from her partner.",
    "He told the Sun newspaper he would stay.",
    "Sun Valley hosted the conference.",
    "The Sat Nav in the car failed.",
])
def test_an_abbreviated_weekday_that_is_a_name_is_no_date(text):
    assert dates(text, PUBLISHED_THURSDAY).empty


@pytest.mark.parametrize("text, surface, expected", [
    ("The ferry sailed on Sat in calm seas.", "Sat", "2026-01-31"),
    ("They met last Sun in Paris.", "last Sun", "2026-02-01"),
    ("The team met on Wed. in Paris.", "Wed", "2026-02-04"),
    ("Posted Thu, Feb 05 2026.", "Thu, Feb 05 2026", "2026-02-05"),
])
def test_an_abbreviated_weekday_after_a_preposition_is_a_day(text, surface, expected):
    found = dates(text, PUBLISHED_THURSDAY).set_index("surface")
    assert found.loc[surface, "value"] == expected


@pytest.mark.parametrize("text, surface, expected", [
    # The weekday settles the year where the tense read from the verbs does not: near the writing.
    ("The team plays Saturday, Feb. 14 in Rome.", "Saturday, Feb. 14", "2026-02-14"),
    ("Voters go to the polls on Sunday, March 1.", "Sunday, March 1", "2026-03-01"),
    ("The final takes place in Paris on Saturday, March 14.", "Saturday, March 14", "2026-03-14"),
])
def test_a_weekday_beside_a_date_settles_its_year_near_the_writing(text, surface, expected):
    (row,) = dates(text, PUBLISHED_THURSDAY).itertuples()
    assert (row.surface, row.value, row.note) == (surface, expected, "")


@pytest.mark.parametrize("text, expected, noted", [
    ("The minister resigned on Tuesday, Nov. 4.", "2025-11-04", False),  # fits the tense
    ("The envoys met on Friday, January 30.", "2026-01-30", False),
    ("The treaty was signed on Friday, Aug. 14.", "2025-08-14", True),  # 14 August 2026 is too far
    ("The gala was held on Saturday, Feb. 14.", "2025-02-14", True),  # the verb tells the past
    ("The fair draws crowds on Friday, Aug. 14.", "2025-08-14", True),  # near neither year
])
def test_a_weekday_beside_a_date_far_from_the_writing_keeps_the_tense(text, expected, noted):
    (row,) = dates(text, PUBLISHED_THURSDAY).itertuples()
    assert (row.value, "does not match" in row.note) == (expected, noted)


@pytest.mark.parametrize("text, surface, expected", [
    ("The talks, which began on Monday, will continue until Friday.", "Monday", "2026-02-02"),
    ("The ship, which sank in March, will be raised in June.", "March", "2025-03"),
    ("The bill that passed on Tuesday will take effect in July.", "Tuesday", "2026-02-03"),
    ("The minister who resigned on Monday will be replaced.", "Monday", "2026-02-02"),
    # The future stays ahead: in the main clause, or in a relative clause of the future.
    ("The ship, which sank in March, will be raised in June.", "June", "2026-06"),
    ("The talks, which stalled, will resume on Monday.", "Monday", "2026-02-09"),
    ("The man, who was arrested in March, will be tried on Monday.", "Monday", "2026-02-09"),
    ("Ministers said talks that will begin on Monday could last days.", "Monday", "2026-02-09"),
])
def test_a_date_in_a_past_relative_clause_stays_behind_in_a_future_sentence(text, surface, expected):
    found = dates(text, "2026-02-05").set_index("surface")
    assert found.loc[surface, "value"] == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("Voters go to the polls on Sunday.", "Sunday", "2026-02-08"),
    ("The prime minister flies to Washington on Sunday.", "Sunday", "2026-02-08"),
    ("The ministers gather in Paris on Tuesday.", "Tuesday", "2026-02-10"),
    ("The team plays Saturday afternoon.", "Saturday", "2026-02-07"),
    ("The party holds its convention in August.", "August", "2026-08"),
    ("The Lakers face the Celtics on Sunday in Boston.", "Sunday", "2026-02-08"),
    ("Lawmakers return to Washington on Monday after a recess.", "Monday", "2026-02-09"),
    ("Voters go to the polls on Sunday in a closely watched election.", "Sunday", "2026-02-08"),
    # A past, a habit or a noun keeps the date behind.
    ("Voters went to the polls on Sunday.", "Sunday", "2026-02-01"),
    ("The prime minister flew to Washington on Sunday.", "Sunday", "2026-02-01"),
    ("The team, which lost on Friday, plays Saturday.", "Friday", "2026-01-30"),
    ("The club usually holds its gala in May.", "May", "2025-05"),
    ("Flu season peaks in February.", "February", "2026-02"),
    ("Two rallies in Paris on Sunday drew thousands.", "Sunday", "2026-02-01"),
    ("They agreed to meet in Geneva on Monday.", "Monday", "2026-02-02"),
    ("The state visits to China in April were rare.", "April", "2025-04"),
])
def test_a_present_verb_of_travel_meeting_or_play_leads_to_a_date_ahead(text, surface, expected):
    found = dates(text, "2026-02-05").set_index("surface")
    assert found.loc[surface, "value"] == expected


@pytest.mark.parametrize("sentence,day", [
    ("Harlan will pay $41 a share, a 28% premium to Vessey's closing price on Monday.", "2026-04-13"),
    ("The offer, which will be paid in cash, is 35% above Friday's close.", "2026-04-10"),
    ("Shareholders will receive 1.2 shares each, worth 22% more than the stock's close on Thursday.",
     "2026-04-09"),
    # a close to come, and a market that will close: ahead, as before
    ("The final price will be fixed at the close on Friday.", "2026-04-17"),
    ("Markets will close on Friday for the holiday.", "2026-04-17"),
    ("The deal is expected to close on Friday.", "2026-04-17"),  # the verb "to close", no premium "to"
    ("Polls are set to close on Thursday.", "2026-04-16"),
])
def test_the_close_a_premium_is_measured_against_is_a_day_behind(sentence, day):
    # 14 April 2026 is a Tuesday
    (row,) = dates(sentence, "2026-04-14").itertuples()
    assert row.value == day


# --- an agreement: signed, agreed, announced, a takeover ------------------------------------------


@pytest.mark.parametrize("text,surface", [
    ("Corbel Foods agreed on Tuesday to buy Larkspur Brands for $8.4 billion.", "Tuesday"),
    ("Ardent Bank completed its takeover of Pine Ridge Savings on Friday.", "Friday"),
    ("The acquisition was approved by shareholders on March 3.", "March 3"),
    ("The deal was announced on Tuesday.", "Tuesday"),
    ("On Monday the group announced a definitive agreement to acquire its rival.", "Monday"),
    ("The unions agreed a new pay deal on Friday.", "Friday"),
])
def test_an_agreement_however_named_is_the_event_a_date_dates(text, surface):
    assert dates(text, "2026-04-15").set_index("surface").loc[surface, "subject"] == "signing"


@pytest.mark.parametrize("text,surface,event", [
    ("The former mayor was sentenced on Thursday to eight years in prison.", "Thursday", "sentencing"),
    ("A judge jailed the driver for six years on Friday.", "Friday", "sentencing"),
    ("A jury convicted him in February on seven counts of fraud.", "February", "verdict"),
    ("She was found guilty on March 3 of manslaughter.", "March 3", "verdict"),
    ("The actor was acquitted on Tuesday of all charges.", "Tuesday", "verdict"),
    ("Police arrested two men on Sunday in connection with the attack.", "Sunday", "arrest"),
    ("He was indicted in May on charges of bribery.", "May", "indictment"),
    # words of another sense name no court's step
    ("The singer suffered a cardiac arrest on Friday.", "Friday", ""),
    ("In a politically charged speech on Monday, the senator criticised the plan.", "Monday", ""),
    ("Voters delivered their verdict on Sunday.", "Sunday", ""),
])
def test_each_step_of_a_criminal_case_is_its_own_event(text, surface, event):
    # Charged, convicted and sentenced fall on different days: each dates its own event.
    assert dates(text, "2026-04-15").set_index("surface").loc[surface, "subject"] == event


def test_an_arrest_and_an_indictment_on_other_days_are_no_conflict():
    from consistency import document_from_text
    from consistency.pipeline import check_documents

    texts = ["Gregory Hale, 58, was arrested on Monday at his home in Boston.",
             "Gregory Hale was indicted on Wednesday by a federal grand jury."]
    docs = [document_from_text(f"d{i}", text, published="2026-04-17") for i, text in enumerate(texts)]
    findings = check_documents(docs).findings
    assert not (findings["code"] == "D200").any(), findings["message"].tolist()


def test_a_sentencing_dated_by_two_weekdays_diverges():
    from consistency import document_from_text
    from consistency.pipeline import check_documents

    texts = ["LONDON, April 15 - Tom Reed, a former banker, was sentenced on Wednesday to nine years in prison.",
             "Tom Reed was jailed for nine years on Tuesday, the court said."]
    docs = [document_from_text(f"d{i}", text, published="2026-04-15") for i, text in enumerate(texts)]
    findings = check_documents(docs).findings
    assert (findings["code"] == "D200").sum() == 1, findings["message"].tolist()
    # the term itself is told alike: "sentenced on Wednesday to nine years" is the sentence too
    assert (findings["code"] == "A100").sum() == 1, findings["message"].tolist()


@pytest.mark.parametrize("text,surface,event", [
    ("Analysts agreed on Monday that prices would rise.", "Monday", ""),  # an opinion shared
    ("The report was published on Monday.", "Monday", "publication"),  # an announcement of no deal
    ("Xi held talks with Putin on Wednesday.", "Wednesday", "meeting"),
])
def test_an_opinion_or_an_announcement_of_no_agreement_is_no_agreement(text, surface, event):
    assert dates(text, "2026-04-15").set_index("surface").loc[surface, "subject"] == event


def test_two_reports_dating_one_takeover_on_two_days_diverge():
    wire = "Corbel Foods agreed on Tuesday to buy Larkspur Brands for $8.4 billion in cash."
    paper = ("Corbel Foods said on Wednesday that it had agreed to buy Larkspur Brands for $8.4bn, "
             "the largest takeover in the industry this year.")
    docs = [document_from_text("wire", wire, "2026-04-14"), document_from_text("paper", paper, "2026-04-15")]
    findings = check_documents(docs).findings
    conflicts = findings[findings["code"] == "D200"]
    # Tuesday 14 April against Wednesday 15 April; "this year" beside the Wednesday matches no day.
    assert len(conflicts) == 1, findings["message"].tolist()
    assert "2026-04-14" in conflicts.iloc[0]["message"] and "2026-04-15" in conflicts.iloc[0]["message"]


def test_two_reports_dating_the_same_takeover_agree():
    wire = "Corbel Foods agreed on Tuesday to buy Larkspur Brands for $8.4 billion in cash."
    blog = "Larkspur shares jumped on Tuesday after Corbel Foods agreed to buy Larkspur Brands."
    docs = [document_from_text("wire", wire, "2026-04-14"), document_from_text("blog", blog, "2026-04-14")]
    assert not len(check_documents(docs).findings.query("code == 'D200'"))
