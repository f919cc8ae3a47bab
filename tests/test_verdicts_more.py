"""Verdicts and messages a desk editor expects on pairs of ordinary news reports.

Each test states a reading of English that holds beyond its sentences, and checks it on
several different pairs, with pairs that must keep their old verdict.
"""

from __future__ import annotations

import pytest

from consistency import check_documents, document_from_text


def _findings(*texts: str, published: str | tuple = "2026-02-05"):
    dates = published if isinstance(published, tuple) else (published,) * len(texts)
    docs = [document_from_text(chr(97 + i), text, date) for i, (text, date) in enumerate(zip(texts, dates,
                                                                                            strict=True))]
    return check_documents(docs).findings


def _coded(findings, code: str):
    return findings[findings["code"] == code]


# --- quotes: a fuller quote against another account's trimmed quotation -----------------------

@pytest.mark.parametrize("full,trimmed", [
    ("Health Minister Ana Ruiz said: \u201cWe will not close a single hospital this year.\u201d",
     "\u201cWe will not close a single hospital,\u201d Ruiz told reporters."),
    ("\u201cThe bridge will reopen to traffic by the end of March,\u201d Mayor Tom Lee said on Tuesday.",
     "\u201cThe bridge will reopen to traffic,\u201d Tom Lee said."),
    ("\u201cWe are confident that the talks will resume next week,\u201d said union leader Ann Poe.",
     "Ann Poe said she hoped for progress: \u201cWe are confident that the talks will resume.\u201d"),
])
def test_a_fuller_quote_is_not_altered_where_another_account_quotes_only_part_of_it(full, trimmed):
    quotes = _coded(_findings(full, trimmed), "Q100")
    fuller = quotes[quotes["doc_ids"].str.startswith("a")]
    assert fuller["verdict"].tolist() == ["compatible"], fuller["message"].tolist()
    assert "b quotes only a part" in fuller["message"].iloc[0]
    shorter = quotes[quotes["doc_ids"].str.startswith("b")]
    assert shorter["verdict"].tolist() == ["compatible"], shorter["message"].tolist()


def test_a_word_changed_inside_the_quote_is_still_altered_and_named():
    quotes = _coded(_findings(
        "Health Minister Ana Ruiz said: \u201cWe will not close a single hospital this year.\u201d",
        "\u201cWe will not close any hospital this year,\u201d Health Minister Ana Ruiz said."), "Q100")
    mine = quotes[quotes["doc_ids"].str.startswith("b")]
    assert mine["verdict"].tolist() == ["diverge"]
    assert "\u201cany\u201d where a has \u201ca single\u201d" in mine["message"].iloc[0]


@pytest.mark.parametrize("quote", [
    "We will not close a single hospital this year",
    "The bridge will reopen to traffic by the end of March",
    "Nobody in this city will be left behind",
])
def test_the_same_quote_closing_on_a_comma_is_word_for_word(quote):
    # "…this year,” Ruiz said": the comma closes the quotation, the words after it are the reporter's
    quotes = _coded(_findings(f"\u201c{quote},\u201d Jane Doe said on Monday.",
                              f"\u201c{quote},\u201d Jane Doe told reporters."), "Q100")
    assert quotes["verdict"].tolist() == ["agree", "agree"], quotes["message"].tolist()


def test_a_quote_cut_before_a_comma_inside_the_quotation_stays_trimmed():
    quotes = _coded(_findings(
        "\u201cWe will not close a single hospital this year, and we will hire nurses,\u201d Jane Doe said.",
        "\u201cWe will not close a single hospital this year,\u201d Jane Doe told reporters."), "Q100")
    assert quotes[quotes["doc_ids"].str.startswith("b")]["verdict"].tolist() == ["compatible"]


# --- attribution: one quote in two mouths -----------------------------------------------------

@pytest.mark.parametrize("said,one,other", [
    ("We will not close a single hospital this year", "Health Minister Ana Ruiz", "Prime Minister Tom Lee"),
    ("The strike will go on until our demands are met", "union leader Ann Poe", "spokesman Max Moe"),
])
def test_one_direct_quote_attributed_to_two_speakers_drifts(said, one, other):
    drift = _coded(_findings(f"\u201c{said},\u201d {one} said.", f"\u201c{said},\u201d {other} said."), "D400")
    assert drift["kind"].tolist() == ["quote"]
    assert drift["verdict"].tolist() == ["diverge"]
    assert said in drift["message"].iloc[0]


@pytest.mark.parametrize("a,b", [
    ("\u201cWe will not close a single hospital this year,\u201d Health Minister Ana Ruiz said.",
     "\u201cWe will not close a single hospital this year,\u201d Ruiz told reporters."),
    ("\u201cIt was a historic day,\u201d Ana Ruiz said.", "\u201cIt was a historic day,\u201d Tom Lee said."),
])
def test_one_speaker_named_two_ways_or_a_common_phrase_is_no_drift(a, b):
    assert _coded(_findings(a, b), "D400").empty


# --- claims: a qualifier swapped with its article ---------------------------------------------

@pytest.mark.parametrize("a,b,words", [
    ("The minister called the strike the most serious challenge facing the government this year.",
     "The minister called the strike a serious challenge facing the government this year.", "the most"),
    ("Officials said the blaze was an attack on the mosque in the old city centre.",
     "Officials said the blaze was the only attack on the mosque in the old city centre.", "the only"),
    ("Police said the fire was a deliberate attack on the mosque in the city centre.",
     "Police said the fire was a possible attack on the mosque in the city centre.", "possible"),
])
def test_a_hedge_or_superlative_changed_with_its_article_alters_the_claim(a, b, words):
    altered = _coded(_findings(a, b), "D300")
    assert len(altered) == 1 and f"\u201c{words}\u201d" in altered["message"].iloc[0]


@pytest.mark.parametrize("a,b", [
    ("Police said the fire was a deliberate attack on the mosque in the city centre.",
     "Police said the fire was a planned attack on the mosque in the city centre."),
    ("The minister called the strike the biggest challenge facing the government this year.",
     "The minister called the strike a big challenge facing the government this year."),
])
def test_plain_words_swapped_stay_rewording(a, b):
    findings = _findings(a, b)
    assert _coded(findings, "D300").empty
    assert _coded(findings, "A200")["verdict"].tolist() == ["paraphrase"]


# --- claims: the same sentence with other figures ---------------------------------------------

@pytest.mark.parametrize("a,b", [
    ("The storm killed 40 people across the northern province on Sunday, officials said.",
     "The storm killed 47 people across the northern province on Sunday, officials said."),
    ("Jane Doe met John Roe in Geneva on Monday to discuss the border dispute.",
     "Jane Doe met John Roe in Geneva on February 3 to discuss the border dispute."),
])
def test_sentences_alike_but_for_their_figures_say_so(a, b):
    (message,) = _coded(_findings(a, b), "A200")["message"]
    assert "apart from figures or dates" in message


def test_sentences_with_the_same_figures_say_nothing_of_them():
    (message,) = _coded(_findings(
        "The storm killed 40 people across the northern province on Sunday, officials said.",
        "The storm killed 40 people in the northern province on Sunday, officials said."), "A200")["message"]
    assert "apart from" not in message


# --- precision: the message says why the values overlap ---------------------------------------

@pytest.mark.parametrize("a,b,why", [
    ("At least 40 people were killed in the fire.", "The fire killed 47 people.",
     "'At least 40 people' is a lower bound"),
    ("Between 30 and 40 people were injured in the crash.", "The crash injured 35 people.",
     "'Between 30 and 40 people' is a range"),
    ("About 40 people were killed in the fire.", "The fire killed 43 people.",
     "'About 40 people' is approximate"),
    ("The strike lasted three weeks.", "The strike lasted 21 days.",
     "each figure is read at the precision of its digits"),
])
def test_overlapping_values_name_what_makes_them_overlap(a, b, why):
    findings = _findings(a, b)
    (message,) = _coded(findings, "C100")["message"]
    assert why in message
    assert "'about' as" not in message


def test_a_time_zone_written_two_ways_is_no_change_in_other_units():
    findings = _findings("Acme will hold a conference call with analysts at 8:30 a.m. ET.",
                         "Acme will host a conference call for investors at 8:30 a.m. Eastern Time on Tuesday.",
                         published="2026-04-14")
    (message,) = _coded(findings, "C100")["message"]  # one day left open against the other's Tuesday
    assert "different units" not in message and "percent" not in message
    assert "'8:30 a.m. ET'" in message and "'8:30 a.m. Eastern Time'" in message


# --- dates: relative dates name the day they were resolved from -------------------------------

def test_a_weekday_in_reports_of_different_days_names_each_publication_date():
    (message,) = _coded(_findings("Jane Doe met John Roe in Geneva on Monday.",
                                  "Jane Doe met John Roe in Geneva on Monday.",
                                  published=("2026-02-03", "2026-02-10")), "D200")["message"]
    assert "(a, published 2026-02-03) reads 2026-02-02" in message
    assert "(b, published 2026-02-10) reads 2026-02-09" in message


def test_absolute_dates_name_no_publication_date():
    (message,) = _coded(_findings("Jane Doe met John Roe in Geneva on February 2.",
                                  "Jane Doe met John Roe in Geneva on February 3."), "D200")["message"]
    assert "published" not in message and "reads 2026-02-02" in message


def test_times_of_day_read_as_words():
    (message,) = _coded(_findings("Jane Doe held talks with John Roe in Geneva on the morning of March 3.",
                                  "Jane Doe held talks with John Roe in Geneva on the evening of March 3.",
                                  published="2025-03-05"), "D200")["message"]
    assert "reads the morning of 2025-03-03" in message and "reads the evening of 2025-03-03" in message


# --- participants: who names each attendee, and who does not ----------------------------------

def test_an_attendee_list_names_who_lists_and_who_leaves_out_each_name():
    (message,) = _coded(_findings(
        "Prime Minister Jane Doe met President John Roe in Oslo on Monday. Finance Minister Ann Poe was "
        "present at the meeting.",
        "Prime Minister Jane Doe held talks with President John Roe in Oslo on Monday. Defence Minister Max Moe "
        "was present at the meeting.",
        "Prime Minister Jane Doe met President John Roe in Oslo on Monday. Finance Minister Ann Poe was present "
        "at the meeting."), "P100")["message"]
    assert message == ("The meeting of Jane Doe and John Roe has different attendee lists: "
                       "Ann Poe: a and c (not b); Max Moe: b (not a or c).")
