"""A third corpus, far from diplomacy and central banks: five reports of one strong earthquake.

``tests/corpora/earthquake/`` holds fiction written for this test: a wire story with a dateline,
a newspaper piece, the emergency authority's own situation update, a broadcaster's web copy and a
seismologist's blog that reprints part of the update. They tell of an earthquake that struck the
invented province of Oruna, Dravenia, at 4:17 a.m. local time on Monday, 9 March 2026: magnitude
7.1 for the U.S. Geological Survey, 6.9 for the national institute; a death toll that rose over
the day (at least 214 in the wire's morning copy, 386 by the authority's evening update).

Every expectation below was written from reading the texts, before the checker was run on
them. Planted divergences:

* the broadcaster gives the death toll as 368 (the authority, the newspaper and the blog's
  reprint: 386);
* the newspaper says the European Union pledged €20m (everyone else: 12 million euros);
* the blog dates the quake "Early on Sunday" (8 March); it struck on Monday, 9 March;
* the blog counts "Some 3,400 buildings" down (the authority: 2,340; the wire: more than 2,300);
* the broadcaster misquotes the authority's president ("still hope of finding anyone alive" for
  "any chance of finding people alive");
* the newspaper puts the governor's words ("Entire villages in the valley have been cut off")
  in the interior minister's mouth;
* the broadcaster gives the USGS magnitude as 7.4 (the wire, the newspaper, the blog: 7.1).

Rewordings that must not be flagged: "at least 214" dead in the morning against 386 in the evening
(a floor, not a count); "more than 1,100" / "More than 1,700" / "1,742" injured; "250 million
euros" / "€250m" / "EUR 250 million"; "12 million euros" / "€12m" / "EUR 12 million"; "$8
million" / "USD 8 million" / "US$8m"; "some 52,000" / "About 52,000" / "More than 50,000"
displaced; "more than 120" / "127" rescued alive; "after 31 hours" / "after more than a day";
"Monday" / "9 March" / "today" in the update of 9 March; "4:17 a.m. local time" / "0217 GMT" /
"4.17am" / "04:17 local time" (one instant); the national institute's 6.9 beside the USGS's 7.1
(two agencies, each named).

Readings the checker lacks: the broadcaster's "€12m in aid" is not set against the newspaper's
"€20m in humanitarian aid" (a qualified noun is kept apart from the bare one, as "oil exports" from
"exports"); magnitudes with no agency named in their report sit in a slot of their own ("quake"),
so the broadcaster's 7.4 is set against the wire's USGS 7.1 only.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from corpus_support import (
    accounts_with,
    corpus_fixtures,
    evidence_values,
    fact_params,
    numeric,
    quote_findings,
    value_matches,
)

from consistency.cli import main

CORPUS = Path(__file__).parent / "corpora" / "earthquake"
WIRE, PAPER, RELEASE, BROADCAST, BLOG = ("01_wire", "02_newspaper", "03_press_release",
                                         "04_broadcaster", "05_blog")
AUTHORITY = "Disaster and Emergency Management Authority"  # the blog's reprinted origin
QUAKE_DAY, SUNDAY, NEXT_DAY = "2026-03-09", "2026-03-08", "2026-03-10"


result, facts, findings = corpus_fixtures(CORPUS)


# ---- documents -----------------------------------------------------------------------------

#: doc_id: (publication date, the line it is read from, source), checked by test_corpora_documents.py
DOCUMENTS = {
    WIRE: ("2026-03-09", "SARESK, Dravenia, March 9, 2026 (GlobeWire) —", "globewire.net"),
    PAPER: ("2026-03-10", "Tuesday 10 March 2026 07.30 GMT", "The Northern Courier"),
    RELEASE: ("2026-03-09", "9 March 2026, 20:00", "dema.gov.dv"),
    BROADCAST: ("2026-03-09", "Updated Mon 9 Mar 2026 21:40 GMT", "dbn.tv"),
    BLOG: ("2026-03-10", "Posted March 10, 2026 at 9:15 am by Ruth Adeyemi", "faultlines.blog"),
}


def test_the_blog_holds_its_own_words_and_the_authoritys_reprinted_update(result):
    """The wire's "according to the Disaster and Emergency Management Authority" is a cue too: the
    rest of its paragraph is the authority's account."""
    docs = result.documents.set_index("doc_id")
    for doc_id in (BLOG, WIRE):
        assert set(docs.loc[doc_id, "origins"].split(";")) == {"narration", AUTHORITY}
    for doc_id in (PAPER, RELEASE, BROADCAST):
        assert docs.loc[doc_id, "origins"] == "narration"


# ---- facts an analyst reads in each report -------------------------------------------------

#: (doc_id, origin, kind, a piece of the surface, value); a value ending in "*" is a prefix, a
#: value starting with "*" a suffix (a time whose day the sentence does not give).
FACTS = [
    # the wire, on the morning of the quake
    (WIRE, "narration", "count", "at least 214", "214"),
    (WIRE, "narration", "count", "more than 1,100", "1100"),
    (WIRE, "narration", "date", "Monday", QUAKE_DAY),
    (WIRE, "narration", "time", "4:17 a.m.", "*T04:17"),
    (WIRE, "narration", "time", "0217 GMT", "*T02:17"),
    (WIRE, "narration", "measure", "10 km", "10000"),
    (WIRE, "narration", "measure", "40 km", "40000"),
    (WIRE, "narration", "count", "More than 2,300 buildings", "2300"),
    (WIRE, "narration", "money", "250 million euros", "250000000"),
    (WIRE, "narration", "money", "12 million euros", "12000000"),
    (WIRE, "narration", "money", "$8 million", "8000000"),
    (WIRE, "narration", "duration", "three days", "P3D"),
    (WIRE, "narration", "count", "93 people", "93"),
    (WIRE, "narration", "person", "Elira Kovani", "Elira Kovani"),
    (WIRE, "narration", "person", "Mirela Dosti", "Mirela Dosti"),
    (WIRE, "narration", "person", "Andrei Salko", "Andrei Salko"),
    (WIRE, "narration", "org", "European Union", "*"),
    (WIRE, "narration", "quote", "any chance of finding people alive",
     "We will not stop searching while there is any chance of finding people alive"),
    (WIRE, "narration", "quote", "Entire villages",
     "Entire villages in the valley have been cut off, and we are reaching them by helicopter"),
    # the newspaper, the next morning
    (PAPER, "narration", "count", "386", "386"),
    (PAPER, "narration", "count", "More than 1,700 people", "1700"),
    (PAPER, "narration", "count", "some 52,000", "52000"),
    (PAPER, "narration", "date", "Monday", QUAKE_DAY),
    (PAPER, "narration", "date", "9 March", QUAKE_DAY),
    (PAPER, "narration", "time", "4.17am", "*T04:17"),
    (PAPER, "narration", "duration", "31 hours", "P1DT7H"),
    (PAPER, "narration", "money", "€250m", "250000000"),
    (PAPER, "narration", "money", "€20m", "20000000"),
    (PAPER, "narration", "person", "Anton Reshi", "Anton Reshi"),
    (PAPER, "narration", "person", "Tomas Varga", "Tomas Varga"),
    (PAPER, "narration", "person", "Lena Haas", "Lena Haas"),
    (PAPER, "narration", "quote", "Every hour counts now",
     "Every hour counts now. The cold is our enemy as much as the concrete"),
    (PAPER, "narration", "quote", "Entire villages",
     "Entire villages in the valley have been cut off, and we are reaching them by helicopter"),
    (PAPER, "narration", "quote", "Newer buildings mostly stood",
     "Newer buildings mostly stood. The older ones folded like cardboard"),
    # the authority's situation update, the evening of the quake
    (RELEASE, "narration", "date", "today", QUAKE_DAY),
    (RELEASE, "narration", "time", "04:17", "2026-03-09T04:17"),
    (RELEASE, "narration", "count", "386 deaths", "386"),
    (RELEASE, "narration", "count", "1,742 people", "1742"),
    (RELEASE, "narration", "count", "311", "311"),
    (RELEASE, "narration", "count", "2,340", "2340"),
    (RELEASE, "narration", "count", "About 52,000 people", "52000"),
    (RELEASE, "narration", "count", "4,600 search and rescue personnel", "4600"),
    (RELEASE, "narration", "count", "180 sites", "180"),
    (RELEASE, "narration", "count", "14 international teams", "14"),
    (RELEASE, "narration", "count", "127 people", "127"),
    (RELEASE, "narration", "money", "EUR 250 million", "250000000"),
    (RELEASE, "narration", "money", "EUR 12 million", "12000000"),
    (RELEASE, "narration", "money", "USD 8 million", "8000000"),
    (RELEASE, "narration", "measure", "10 kilometres", "10000"),
    (RELEASE, "narration", "time", "08:00", "2026-03-10T08:00"),
    (RELEASE, "narration", "quote", "any chance of finding people alive",
     "We will not stop searching while there is any chance of finding people alive. I ask every "
     "citizen to stay out of damaged buildings and to follow the instructions of the rescue teams"),
    # the broadcaster, that night
    (BROADCAST, "narration", "count", "368 people", "368"),
    (BROADCAST, "narration", "time", "4:17am", "*T04:17"),
    (BROADCAST, "narration", "money", "€12m", "12000000"),
    (BROADCAST, "narration", "money", "€250m", "250000000"),
    (BROADCAST, "narration", "money", "US$8m", "8000000"),
    (BROADCAST, "narration", "date", "Monday", QUAKE_DAY),
    (BROADCAST, "narration", "measure", "40km", "40000"),
    (BROADCAST, "narration", "count", "More than 50,000 people", "50000"),
    (BROADCAST, "narration", "count", "more than 120 people", "120"),
    (BROADCAST, "narration", "duration", "three days", "P3D"),
    (BROADCAST, "narration", "measure", "-6C", "-6"),
    (BROADCAST, "narration", "person", "Ana Petrel", "Ana Petrel"),
    (BROADCAST, "narration", "quote", "still hope",
     "We will not stop searching while there is still hope of finding anyone alive"),
    (BROADCAST, "narration", "quote", "pyjamas",
     "We ran out in our pyjamas. Now we have nothing but what we are wearing"),
    # the blog: its own words, then the authority's update
    (BLOG, "narration", "date", "Sunday", SUNDAY),
    (BLOG, "narration", "measure", "40 km", "40000"),
    (BLOG, "narration", "measure", "10 km", "10000"),
    (BLOG, "narration", "count", "Some 3,400 buildings", "3400"),
    (BLOG, "narration", "duration", "more than a day", "P1D"),
    (BLOG, AUTHORITY, "count", "386 deaths", "386"),
    (BLOG, AUTHORITY, "count", "1,742 people", "1742"),
    (BLOG, AUTHORITY, "money", "EUR 12 million", "12000000"),
    (BLOG, AUTHORITY, "money", "USD 8 million", "8000000"),
]





@pytest.mark.parametrize("doc_id,origin,kind,needle,expected", fact_params(FACTS))
def test_fact_is_read(facts, doc_id, origin, kind, needle, expected):
    rows = facts[(facts["doc_id"] == doc_id) & (facts["kind"] == kind)
                 & facts["surface"].str.contains(needle, regex=False)]
    assert len(rows), f"no {kind} fact holding {needle!r} in {doc_id}"
    matching = rows[[value_matches(str(value), expected) for value in rows["value"]]]
    assert len(matching), f"{kind} {needle!r} in {doc_id} read as {list(rows['value'])}, expected {expected}"
    assert origin in set(matching["origin"])


#: (doc_id, kind, needle, attribute, expected): how a fact is read, beyond its value.
QUALITIES = [
    (WIRE, "count", "at least 214", "qualifier", "above"),
    (WIRE, "count", "more than 1,100", "qualifier", "above"),
    (PAPER, "count", "some 52,000", "qualifier", "approx"),
    (RELEASE, "count", "About 52,000 people", "qualifier", "approx"),
    (BROADCAST, "count", "More than 50,000 people", "qualifier", "above"),
    (BLOG, "count", "Some 3,400 buildings", "qualifier", "approx"),
    (BLOG, "duration", "more than a day", "qualifier", "above"),
    (WIRE, "money", "250 million euros", "unit", "EUR"),
    (PAPER, "money", "€250m", "unit", "EUR"),
    (RELEASE, "money", "EUR 250 million", "unit", "EUR"),
    (RELEASE, "money", "USD 8 million", "unit", "USD"),
    (BROADCAST, "money", "US$8m", "unit", "USD"),
    (WIRE, "time", "0217 GMT", "unit", "GMT"),
    (WIRE, "quote", "any chance of finding people alive", "speaker", "Elira Kovani"),
    (WIRE, "quote", "Entire villages", "speaker", "Mirela Dosti"),
    (PAPER, "quote", "Every hour counts now", "speaker", "Anton Reshi"),
    (PAPER, "quote", "Entire villages", "speaker", "Tomas Varga"),  # "Varga said", named in full before
    (PAPER, "person", "Varga", "speaker", "Tomas Varga"),
    (PAPER, "quote", "Newer buildings mostly stood", "speaker", "Lena Haas"),
    (PAPER, "quote", "any chance of finding people alive", "speaker", "Elira Kovani"),
    (RELEASE, "quote", "any chance of finding people alive", "speaker", "Elira Kovani"),
    (BROADCAST, "quote", "still hope", "speaker", "Elira Kovani"),
    (BROADCAST, "quote", "pyjamas", "speaker", "Ana Petrel"),
]


@pytest.mark.parametrize("doc_id,kind,needle,attribute,expected", fact_params(QUALITIES))
def test_fact_is_qualified(facts, doc_id, kind, needle, attribute, expected):
    rows = facts[(facts["doc_id"] == doc_id) & (facts["kind"] == kind)
                 & facts["surface"].str.contains(needle, regex=False)]
    assert expected in set(rows[attribute]), f"{kind} {needle!r}: {attribute} {list(rows[attribute])}"


# ---- findings ------------------------------------------------------------------------------




def _conflicts(findings, kind: str, planted: float) -> list:
    """Every D100 of ``kind`` whose evidence holds the ``planted`` figure."""
    rows = findings[(findings["code"] == "D100") & (findings["kind"] == kind)]
    return [row for _, row in rows.iterrows() if planted in numeric(evidence_values(row))]


def test_the_broadcasters_death_toll_diverges(findings):
    conflicts = _conflicts(findings, "count", 368.0)
    assert conflicts, "the broadcaster's 368 dead are set against no 386"
    low = set().union(*(accounts_with(row, "368") for row in conflicts))
    high = set().union(*(accounts_with(row, "386") for row in conflicts))
    assert low == {(BROADCAST, "narration")}
    assert {(RELEASE, "narration"), (PAPER, "narration")} <= high


def test_the_broadcasters_toll_with_no_noun_after_its_figure_counts_deaths(facts):
    """"The number of people killed in a powerful earthquake in north-western Dravenia has risen to
    368": the figure is the toll's, however long the toll's words."""
    rows = facts[(facts["doc_id"] == BROADCAST) & (facts["kind"] == "count") & (facts["surface"] == "368")]
    assert set(rows["subject"]) == {"deaths"}


def test_the_reprinted_death_toll_is_set_against_the_broadcasters(findings):
    high = set().union(*(accounts_with(row, "386") for row in _conflicts(findings, "count", 368.0)))
    assert (BLOG, AUTHORITY) in high


def test_the_blogs_building_count_diverges(findings):
    conflicts = _conflicts(findings, "count", 3400.0)
    assert conflicts, "the blog's 3,400 buildings are set against no 2,340"
    assert any((RELEASE, "narration") in accounts_with(row, "2340") for row in conflicts)
    assert all(accounts_with(row, "3400") == {(BLOG, "narration")} for row in conflicts)


def test_the_compatible_counts_never_diverge(findings):
    """The morning's "at least 214" dead is a floor the evening's 386 clears; the injured (more
    than 1,100, more than 1,700), the displaced (some 52,000, about 52,000) and the rescued (more
    than 120, 127) agree."""
    for _, row in findings[(findings["code"] == "D100") & (findings["kind"] == "count")].iterrows():
        values = numeric(evidence_values(row))
        assert not values & {214.0, 1100.0, 1700.0, 52000.0, 120.0, 127.0}, row["message"]


def test_the_toll_of_the_1998_quake_is_not_set_against_this_ones(findings):
    """"last struck by a deadly quake in 1998, when 93 people died": a count of another time."""
    for _, row in findings[(findings["code"] == "D100") & (findings["kind"] == "count")].iterrows():
        assert 93.0 not in numeric(evidence_values(row)), row["message"]


def test_the_dead_of_the_1998_quake_are_not_set_against_this_quakes(facts, findings):
    """The wire's "in 1998, when 93 people died" is history, a count of its own."""
    dead = facts[(facts["kind"] == "count") & facts["surface"].isin(["93 people", "386 deaths", "368 people"])]
    then = set(dead.loc[dead["surface"] == "93 people", "slot_id"])
    assert len(then) == 1 and not then & set(dead.loc[dead["surface"] != "93 people", "slot_id"])
    for _, row in findings[(findings["code"] == "D100") & (findings["kind"] == "count")].iterrows():
        assert 93.0 not in numeric(evidence_values(row)), row["message"]

def test_the_newspapers_eu_pledge_diverges(findings):
    conflicts = _conflicts(findings, "money", 20e6)
    assert conflicts, "the newspaper's €20m is set against no 12 million euros"
    low = set().union(*(accounts_with(row, "20000000") for row in conflicts))
    high = set().union(*(accounts_with(row, "12000000") for row in conflicts))
    assert low == {(PAPER, "narration")}
    assert (WIRE, "narration") in high


def test_every_account_of_the_eu_pledge_is_set_against_the_newspapers(findings):
    """"12 million euros in humanitarian aid", "EUR 12 million in humanitarian aid and the United
    Nations has …": one pledge. (The broadcaster's "€12m in aid" stays apart: a word before a noun
    most often names a part of it, and "aid" is not read as "humanitarian aid".)"""
    high = set().union(*(accounts_with(row, "12000000") for row in _conflicts(findings, "money", 20e6)))
    assert high == {(WIRE, "narration"), (RELEASE, "narration"), (BLOG, AUTHORITY)}

def test_the_only_money_conflict_is_the_eu_pledge(findings):
    """€250m against 250 million euros and EUR 250 million, $8 million against USD 8 million and
    US$8m: the same sums written differently."""
    for _, row in findings[(findings["code"] == "D100") & (findings["kind"] == "money")].iterrows():
        assert numeric(evidence_values(row)) == {12e6, 20e6}, row["message"]


def test_the_blogs_sunday_diverges_from_monday(findings):
    conflicts = findings[findings["code"] == "D200"]
    sunday = [row for _, row in conflicts.iterrows() if (BLOG, "narration") in accounts_with(row, SUNDAY)]
    assert sunday, "the blog's Sunday is not set against Monday"
    assert any(accounts_with(row, QUAKE_DAY) & {(WIRE, "narration"), (PAPER, "narration"),
                                                 (RELEASE, "narration"), (BROADCAST, "narration")}
               for row in sunday)


def test_only_the_blog_dates_diverge(findings):
    """Every date conflict involves the blog: its Sunday, or the "today" of the update it reprints
    on 10 March (the reprint keeps the update's word, which the blog's own date then reads).
    "Monday", "9 March", the update's "today" and the four ways of writing 4:17 a.m. agree."""
    for _, row in findings[findings["code"] == "D200"].iterrows():
        assert BLOG in row["doc_ids"], row["message"]
        assert {SUNDAY, NEXT_DAY} & {value[:10] for value in evidence_values(row)}, row["message"]


def test_no_duration_or_distance_diverges(findings):
    """"after 31 hours" and "after more than a day" agree, as do "40 km" and "40km (25 miles)"
    (magnitudes, measures too, are tested below)."""
    conflicts = findings[(findings["code"] == "D100") & findings["kind"].isin(["duration", "measure"])
                         & ~findings["subject"].str.contains("quake")]
    assert not len(conflicts), list(conflicts["message"])


def _magnitudes(facts, doc_id: str) -> set[tuple[str, str]]:
    rows = facts[(facts["doc_id"] == doc_id) & (facts["kind"] == "measure") & (facts["unit"] == "magnitude")]
    return {(str(float(value)), subject) for value, subject in zip(rows["value"], rows["subject"], strict=True)}


def test_each_magnitude_is_read_with_the_agency_that_gives_it(facts):
    """"putting its magnitude at 7.1" after "the U.S. Geological Survey said", "measured it at 6.9"
    by the National Seismological Institute; "the 7.1-magnitude quake" and "M7.1" name no agency;
    the broadcaster's "A magnitude 7.4 earthquake" is the 7.4 it credits to the US Geological
    Survey; the strongest aftershock is an aftershock's."""
    assert _magnitudes(facts, WIRE) == {("7.1", "quake (USGS)"), ("6.9", "quake (NSI)"), ("5.4", "aftershock")}
    assert _magnitudes(facts, PAPER) == {("7.1", "quake")}
    assert _magnitudes(facts, RELEASE) == {("6.9", "quake (NSI)")}
    assert _magnitudes(facts, BROADCAST) == {("7.4", "quake (USGS)"), ("6.9", "quake (NSI)")}
    assert _magnitudes(facts, BLOG) == {("7.1", "quake"), ("6.9", "quake (NSI)")}
    seven_one = facts[(facts["doc_id"] == WIRE) & (facts["unit"] == "magnitude") & (facts["surface"] == "7.1")]
    assert (seven_one["low"].iloc[0], seven_one["high"].iloc[0]) == pytest.approx((7.05, 7.15))


def test_the_broadcasters_usgs_magnitude_diverges_and_the_two_agencies_do_not(findings):
    conflicts = [row for _, row in findings[(findings["code"] == "D100") & (findings["kind"] == "measure")].iterrows()
                 if "quake" in row["subject"]]
    assert len(conflicts) == 1, [row["message"] for row in conflicts]
    assert numeric(evidence_values(conflicts[0])) == {7.1, 7.4}
    assert accounts_with(conflicts[0], "7.4") == {(BROADCAST, "narration")}
    assert (WIRE, "narration") in accounts_with(conflicts[0], "7.1")


def test_no_account_negates_another(findings):
    assert not len(findings[findings["code"] == "D310"])



def test_the_broadcasters_misquote_of_the_authoritys_president_is_flagged(findings):
    altered = quote_findings(findings, BROADCAST, "diverge")
    assert len(altered) == 1
    message = altered[0]["message"]
    assert "still hope" in message or "hope" in message
    assert "chance" in message


def test_only_the_broadcasters_quote_is_altered(findings):
    altered = findings[(findings["code"] == "Q100") & (findings["verdict"] == "diverge")]
    assert all(BROADCAST in doc_ids for doc_ids in altered["doc_ids"])


def test_the_governors_words_in_the_ministers_mouth_are_drift(findings):
    drift = findings[findings["code"] == "D400"]
    moved = [row for _, row in drift.iterrows() if {WIRE, PAPER} <= set(row["doc_ids"].split(";"))]
    assert moved, list(drift["message"])
    message = moved[0]["message"]
    assert "Dosti" in message and "Varga" in message


def test_the_wire_and_the_newspaper_quote_the_authoritys_president_alike(findings):
    for doc_id in (WIRE, PAPER):
        assert quote_findings(findings, doc_id, "compatible") or quote_findings(findings, doc_id, "agree")
        assert not [row for row in quote_findings(findings, doc_id, "diverge") if BROADCAST not in row["doc_ids"]]


def test_the_updates_fuller_quote_of_its_president_is_compatible(findings):
    """The update quotes two sentences of Kovani's; the wire and the newspaper quote the first."""
    (fuller,) = [row for row in quote_findings(findings, RELEASE, "compatible")
                 if row["evidence"][0]["doc_id"] == RELEASE]
    assert "quotes only a part" in fuller["message"] and "Elira Kovani" in fuller["message"]
    assert not [row for row in quote_findings(findings, RELEASE, "omission")
                if row["evidence"][0]["doc_id"] == RELEASE]

def test_the_rescue_teams_only_in_the_release_are_an_omission_or_unique(findings):
    """"14 international teams" are in the update alone."""
    for figure in (14.0,):
        rows = [row for _, row in findings[findings["code"].isin(["O100", "O200"])].iterrows()
                if figure in numeric(evidence_values(row))]
        assert rows and all(row["doc_ids"] == RELEASE for row in rows), figure


# ---- the command line ------------------------------------------------------------------------

def test_cli_checks_the_corpus_writes_the_reports_and_fails_on_the_planted_errors(tmp_path):
    out = tmp_path / "out"
    runner = CliRunner()
    failed = runner.invoke(main, ["check", str(CORPUS), "--out", str(out), "-q"])
    assert failed.exit_code == 1, failed.output  # the death toll and the pledge are errors
    assert {p.name for p in out.iterdir()} == {"facts.csv", "findings.csv", "findings.json", "report.html"}
    data = json.loads((out / "findings.json").read_text())
    assert data["summary"]["documents"] == 5
    codes = {finding["code"] for finding in data["findings"]}
    assert {"D100", "D200", "Q100", "D400"} <= codes
    facts = pd.read_csv(out / "facts.csv", dtype=str)
    assert set(facts["doc_id"]) == set(DOCUMENTS)
    report = (out / "report.html").read_text()
    assert "368" in report and "Kovani" in report
    passed = runner.invoke(main, ["check", str(CORPUS), "--out", str(tmp_path / "o2"), "-q", "--fail-on", "never"])
    assert passed.exit_code == 0, passed.output
