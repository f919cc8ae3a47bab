"""A second corpus, far from diplomacy: five reports of one central bank rate decision.

``tests/corpora/rate_decision/`` holds fiction written for this test: a wire story with a
dateline, a newspaper piece, the bank's own media release, a broadcaster's web copy and a
personal-finance blog that reprints the release. They tell of the Reserve Bank of Australia
raising its cash rate by 25 basis points to 4.35 per cent on Tuesday, 17 March 2026.

Every expectation below was written from reading the texts, before the checker was run on
them. Planted divergences:

* the broadcaster gives the new cash rate as 4.25 per cent (everyone else: 4.35);
* the wire says six of the nine board members backed the rise (everyone else: seven);
* the blog dates the decision "On Wednesday" (18 March); it was Tuesday, 17 March;
* the broadcaster misquotes the governor ("did not", "every household" for "do not",
  "many households"); the wire quotes her trimmed;
* repayments: "about $90 a month" (newspaper) against "more than $80 a month" (broadcaster)
  are compatible, not a conflict;
* headline inflation of 3.8 per cent is in the release (and the blog's reprint of it) and
  in no other report; wage growth of 3.5 per cent is in the release alone.

Rewordings that must not be flagged: "4.35%" / "4.35 per cent"; "25 basis points" / "a
quarter of a percentage point" / "0.25 percentage points"; "2-3%" / "2–3 per cent" / "2 to 3
per cent"; "2:30 p.m. local time" / "2.30pm AEDT" / "0330 GMT" (one instant); "Tuesday" /
"Tuesday's meeting" / "today" in the release of 17 March.
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
    numeric,
    quote_findings,
    value_matches,
    with_values,
)

from consistency.cli import main

CORPUS = Path(__file__).parent / "corpora" / "rate_decision"
WIRE, PAPER, RELEASE, BROADCAST, BLOG = ("01_wire", "02_newspaper", "03_press_release",
                                         "04_broadcaster", "05_blog")
BANK = "Reserve Bank of Australia"  # the blog's reprinted origin
DECISION_DAY, BLOG_DAY = "2026-03-17", "2026-03-18"


result, facts, findings = corpus_fixtures(CORPUS)


# ---- documents -----------------------------------------------------------------------------

#: doc_id: (publication date, the line it is read from, source), checked by test_corpora_documents.py
DOCUMENTS = {
    WIRE: ("2026-03-17", "SYDNEY, March 17, 2026 (Newsline) —", "newslinewire.com"),
    PAPER: ("2026-03-18", "Published: 18 March 2026", "The Harbour Herald"),
    RELEASE: ("2026-03-17", "Date: 17 March 2026", "rba.gov.au"),
    BROADCAST: ("2026-03-17", "Posted Tue 17 Mar 2026 at 4:05pm", "scbnews.com.au"),
    BLOG: ("2026-03-18", "Posted on March 18, 2026 by Sam Okoye", "themoneydesk.net"),
}


def test_the_blog_holds_its_own_words_and_the_banks_reprinted_statement(result):
    docs = result.documents.set_index("doc_id")
    assert set(docs.loc[BLOG, "origins"].split(";")) == {"narration", BANK}
    for doc_id in (WIRE, PAPER, RELEASE, BROADCAST):
        assert docs.loc[doc_id, "origins"] == "narration"


# ---- facts an analyst reads in each report -------------------------------------------------

#: (doc_id, origin, kind, a piece of the surface, value); a value ending in "*" is a prefix, a
#: value starting with "*" a suffix (a time whose day the sentence does not give).
FACTS = [
    # the wire
    (WIRE, "narration", "percent", "25 basis points", "0.25"),
    (WIRE, "narration", "percent", "4.35%", "4.35"),
    (WIRE, "narration", "date", "Tuesday", DECISION_DAY),
    (WIRE, "narration", "date", "November 2023", "2023-11"),
    (WIRE, "narration", "time", "2:30 p.m.", "*T14:30"),
    (WIRE, "narration", "time", "0330 GMT", "*T03:30"),
    (WIRE, "narration", "count", "31 economists", "31"),
    (WIRE, "narration", "count", "Six", "6"),
    (WIRE, "narration", "percent", "4.10%", "4.10"),
    (WIRE, "narration", "percent", "3.4%", "3.4"),
    (WIRE, "narration", "percent", "2-3%", "2..3"),
    (WIRE, "narration", "percent", "4.3%", "4.3"),
    (WIRE, "narration", "percent", "0.4%", "0.4"),
    (WIRE, "narration", "percent", "0.8%", "0.8"),
    (WIRE, "narration", "person", "Claire Whitfield", "Claire Whitfield"),
    (WIRE, "narration", "org", "Reserve Bank of Australia", "*"),
    (WIRE, "narration", "place", "Sydney", "*"),
    (WIRE, "narration", "quote", "hard for many households", "We know it will be hard for many households"),
    # the newspaper
    (PAPER, "narration", "percent", "a quarter of a percentage point", "0.25"),
    (PAPER, "narration", "percent", "4.35 per cent", "4.35"),
    (PAPER, "narration", "duration", "more than two years", "P2Y"),
    (PAPER, "narration", "count", "Seven", "7"),
    (PAPER, "narration", "date", "Tuesday", DECISION_DAY),
    (PAPER, "narration", "percent", "4.10 per cent", "4.10"),
    (PAPER, "narration", "money", "$90", "90"),
    (PAPER, "narration", "money", "$600,000", "600000"),
    (PAPER, "narration", "percent", "3.4 per cent", "3.4"),
    (PAPER, "narration", "percent", "4.3 per cent", "4.3"),
    (PAPER, "narration", "date", "May 5", "2026-05-05"),
    (PAPER, "narration", "person", "Daniel Ferris", "Daniel Ferris"),
    (PAPER, "narration", "person", "Priya Natarajan", "Priya Natarajan"),
    (PAPER, "narration", "place", "Canberra", "*"),
    (PAPER, "narration", "quote", "We do not take this decision lightly",
     "We do not take this decision lightly, and we know it will be hard for many households. "
     "But inflation that stays high for longer would hurt them far more"),
    (PAPER, "narration", "quote", "makes these calls", "The Reserve Bank makes these calls, not the government"),
    # the bank's release
    (RELEASE, "narration", "date", "today", DECISION_DAY),
    (RELEASE, "narration", "percent", "25 basis points", "0.25"),
    (RELEASE, "narration", "percent", "4.35 per cent", "4.35"),
    (RELEASE, "narration", "count", "seven", "7"),
    (RELEASE, "narration", "percent", "4.10 per cent", "4.10"),
    (RELEASE, "narration", "percent", "3.4 per cent", "3.4"),
    (RELEASE, "narration", "percent", "3.8 per cent", "3.8"),
    (RELEASE, "narration", "percent", "2–3 per cent", "2..3"),
    (RELEASE, "narration", "percent", "4.3 per cent", "4.3"),
    (RELEASE, "narration", "percent", "3.5 per cent", "3.5"),
    (RELEASE, "narration", "time", "3.30 pm", "2026-03-17T15:30"),
    (RELEASE, "narration", "time", "2.30 pm", "2026-05-05T14:30"),
    (RELEASE, "narration", "date", "5 May", "2026-05-05"),
    # the broadcaster
    (BROADCAST, "narration", "percent", "4.25 per cent", "4.25"),
    (BROADCAST, "narration", "percent", "0.25 percentage points", "0.25"),
    (BROADCAST, "narration", "date", "Tuesday", DECISION_DAY),
    (BROADCAST, "narration", "date", "November 2023", "2023-11"),
    (BROADCAST, "narration", "time", "2.30pm", "*T14:30"),
    (BROADCAST, "narration", "money", "more than $80", "80"),
    (BROADCAST, "narration", "money", "$600,000", "600000"),
    (BROADCAST, "narration", "count", "Seven", "7"),
    (BROADCAST, "narration", "percent", "3.4 per cent", "3.4"),
    (BROADCAST, "narration", "percent", "2 to 3 per cent", "2..3"),
    (BROADCAST, "narration", "percent", "0.8 per cent", "0.8"),
    (BROADCAST, "narration", "person", "Luci Ellwood", "Luci Ellwood"),
    (BROADCAST, "narration", "org", "Westpac", "*"),
    (BROADCAST, "narration", "quote", "every household",
     "We did not take this decision lightly, and we know it will be hard for every household"),
    (BROADCAST, "narration", "quote", "too hot", "Wages and spending are still running too hot for the bank's liking"),
    # the blog: its own words, then the bank's statement
    (BLOG, "narration", "date", "Wednesday", BLOG_DAY),
    (BLOG, "narration", "percent", "4.35%", "4.35"),
    (BLOG, "narration", "percent", "0.25 percentage points", "0.25"),
    (BLOG, "narration", "money", "$600,000", "600000"),
    (BLOG, "narration", "money", "$90", "90"),
    (BLOG, "narration", "duration", "30 years", "P30Y"),
    (BLOG, BANK, "percent", "25 basis points", "0.25"),
    (BLOG, BANK, "percent", "4.35 per cent", "4.35"),
    (BLOG, BANK, "count", "seven", "7"),
    (BLOG, BANK, "percent", "4.10 per cent", "4.10"),
    (BLOG, BANK, "percent", "3.8 per cent", "3.8"),
]


#: Facts the checker does not read yet, with why; each test is a strict xfail, so it fails (and
#: must be moved back) the day the reading comes.
KNOWN_MISSES: dict[tuple[str, str, str], str] = {}


def _params(rows, key):
    """``rows`` as pytest params, those ``key`` finds among the known misses marked as strict xfails."""
    params = []
    for row in rows:
        reason = KNOWN_MISSES.get(key(row))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(*row, marks=marks, id="-".join(str(part) for part in row[:4])))
    return params




@pytest.mark.parametrize("doc_id,origin,kind,needle,expected", _params(FACTS, lambda row: (row[0], row[2], row[3])))
def test_fact_is_read(facts, doc_id, origin, kind, needle, expected):
    rows = facts[(facts["doc_id"] == doc_id) & (facts["kind"] == kind)
                 & facts["surface"].str.contains(needle, regex=False)]
    assert len(rows), f"no {kind} fact holding {needle!r} in {doc_id}"
    matching = rows[[value_matches(str(value), expected) for value in rows["value"]]]
    assert len(matching), f"{kind} {needle!r} in {doc_id} read as {list(rows['value'])}, expected {expected}"
    assert origin in set(matching["origin"])


#: (doc_id, kind, needle, attribute, expected): how a fact is read, beyond its value.
QUALITIES = [
    (WIRE, "percent", "25 basis points", "unit", "percentage points"),
    (PAPER, "percent", "a quarter of a percentage point", "unit", "percentage points"),
    (BROADCAST, "percent", "0.25 percentage points", "unit", "percentage points"),
    (WIRE, "percent", "4.35%", "unit", "percent"),
    (PAPER, "percent", "4.35 per cent", "unit", "percent"),
    (PAPER, "money", "$90", "qualifier", "approx"),
    (BROADCAST, "money", "more than $80", "qualifier", "above"),
    (PAPER, "duration", "more than two years", "qualifier", "above"),
    (WIRE, "time", "0330 GMT", "unit", "GMT"),
    (WIRE, "quote", "hard for many households", "speaker", "Claire Whitfield"),
    (PAPER, "quote", "We do not take this decision lightly", "speaker", "Claire Whitfield"),
    (PAPER, "quote", "makes these calls", "speaker", "Daniel Ferris"),
    (BROADCAST, "quote", "every household", "speaker", "Claire Whitfield"),
    (BROADCAST, "quote", "too hot", "speaker", "Luci Ellwood"),
]


@pytest.mark.parametrize("doc_id,kind,needle,attribute,expected", _params(QUALITIES, lambda row: row[:3]))
def test_fact_is_qualified(facts, doc_id, kind, needle, attribute, expected):
    rows = facts[(facts["doc_id"] == doc_id) & (facts["kind"] == kind)
                 & facts["surface"].str.contains(needle, regex=False)]
    assert expected in set(rows[attribute]), f"{kind} {needle!r}: {attribute} {list(rows[attribute])}"


# ---- findings ------------------------------------------------------------------------------





def _cash_rate_conflicts(findings) -> tuple[set, set]:
    """The accounts on each side of every D100 setting 4.25 against 4.35 per cent."""
    conflicts = with_values(findings, "D100", "percent", {4.25, 4.35})
    assert conflicts, "the broadcaster's 4.25 per cent is set against no 4.35"
    low = set().union(*(accounts_with(row, "4.25") for row in conflicts))
    high = set().union(*(accounts_with(row, "4.35") for row in conflicts))
    return low, high


def test_the_broadcasters_cash_rate_diverges(findings):
    low, high = _cash_rate_conflicts(findings)
    assert low == {(BROADCAST, "narration")}
    assert {(WIRE, "narration"), (PAPER, "narration")} <= high


def test_the_releases_own_cash_rate_is_set_against_the_broadcasters(findings):
    _, high = _cash_rate_conflicts(findings)
    assert (RELEASE, "narration") in high


def test_the_wires_vote_count_diverges(findings):
    conflicts = findings[(findings["code"] == "D100") & (findings["kind"] == "count")]
    assert len(conflicts) == 1
    message = conflicts.iloc[0]["message"]
    assert "'Six' (newslinewire.com)" in message and ("'Seven'" in message or "'seven'" in message)


def test_the_blogs_wednesday_diverges_from_tuesday(findings):
    conflicts = findings[(findings["code"] == "D200")]
    blog_day = [row for _, row in conflicts.iterrows() if (BLOG, "narration") in accounts_with(row, BLOG_DAY)]
    assert blog_day, "the blog's Wednesday is not set against Tuesday"
    assert any(accounts_with(row, DECISION_DAY) & {(WIRE, "narration"), (PAPER, "narration"),
                                                     (RELEASE, "narration"), (BROADCAST, "narration")}
               for row in blog_day)


def test_only_the_planted_figures_and_dates_diverge(findings):
    """Every figure conflict is the cash rate; every date conflict involves the blog, which dates
    the decision (and so the statement it reprints, "At its meeting today") on Wednesday. A
    conflict anywhere else (the 0.25-point change in three wordings, the 2-3 per cent band, 2:30
    p.m. against 2.30pm and 0330 GMT, "Tuesday" against "today", the $600,000 loan) is a false alarm."""
    figures = findings[(findings["code"] == "D100") & (findings["kind"] != "count")]
    for _, row in figures.iterrows():
        assert numeric(evidence_values(row)) == {4.25, 4.35}, row["message"]
    for _, row in findings[findings["code"] == "D200"].iterrows():
        assert BLOG in row["doc_ids"] and BLOG_DAY in evidence_values(row), row["message"]


def test_the_only_count_conflict_is_the_vote(findings):
    for _, row in findings[(findings["code"] == "D100") & (findings["kind"] == "count")].iterrows():
        assert {6.0, 7.0} <= numeric(evidence_values(row)) <= {6.0, 7.0, 9.0}, row["message"]


def test_no_account_negates_another(findings):
    assert not len(findings[findings["code"] == "D310"])



def test_the_broadcasters_misquote_of_the_governor_is_flagged(findings):
    altered = quote_findings(findings, BROADCAST, "diverge")
    assert len(altered) == 1
    message = altered[0]["message"]
    assert "every" in message and "many" in message


def test_only_the_broadcasters_quote_is_altered(findings):
    altered = findings[(findings["code"] == "Q100") & (findings["verdict"] == "diverge")]
    assert all(BROADCAST in doc_ids for doc_ids in altered["doc_ids"])


def test_the_wires_shortened_quote_is_not_altered(findings):
    assert quote_findings(findings, WIRE, "compatible") or quote_findings(findings, WIRE, "agree")
    assert not quote_findings(findings, WIRE, "diverge")


def test_the_wires_shortened_quote_is_trimmed(findings):
    assert quote_findings(findings, WIRE, "compatible")


def test_no_dollar_figure_diverges(findings):
    assert not len(findings[(findings["kind"] == "money") & (findings["code"] == "D100")])


def test_about_90_and_more_than_80_dollars_are_compatible(findings):
    money = findings[(findings["kind"] == "money") & (findings["code"] == "C100")]
    assert [row for _, row in money.iterrows() if {90.0, 80.0} <= numeric(evidence_values(row))]


def test_headline_inflation_only_in_the_release_is_an_omission_elsewhere(findings):
    omitted = [row for _, row in findings[findings["code"] == "O200"].iterrows()
               if 3.8 in numeric(evidence_values(row))]
    assert len(omitted) == 1
    message = omitted[0]["message"].split(" but ")[-1]
    assert all(DOCUMENTS[doc_id][2] in message for doc_id in (WIRE, PAPER, BROADCAST)), message


def test_wage_growth_stands_alone_in_the_release(findings):
    unique = [row for _, row in findings[findings["code"] == "O100"].iterrows()
              if numeric(evidence_values(row)) == {3.5}]
    assert unique and all(row["doc_ids"] == RELEASE for row in unique)


# ---- the command line ------------------------------------------------------------------------

def test_cli_checks_the_corpus_writes_the_reports_and_fails_on_the_planted_errors(tmp_path):
    out = tmp_path / "out"
    runner = CliRunner()
    failed = runner.invoke(main, ["check", str(CORPUS), "--out", str(out), "-q"])
    assert failed.exit_code == 1, failed.output  # the cash rate and the vote are errors
    assert {p.name for p in out.iterdir()} == {"facts.csv", "findings.csv", "findings.json", "report.html"}
    data = json.loads((out / "findings.json").read_text())
    assert data["summary"]["documents"] == 5
    codes = {finding["code"] for finding in data["findings"]}
    assert {"D100", "D200", "Q100", "C100"} <= codes
    facts = pd.read_csv(out / "facts.csv", dtype=str)
    assert set(facts["doc_id"]) == set(DOCUMENTS)
    report = (out / "report.html").read_text()
    assert "4.25 per cent" in report and "Whitfield" in report
    passed = runner.invoke(main, ["check", str(CORPUS), "--out", str(tmp_path / "o2"), "-q", "--fail-on", "never"])
    assert passed.exit_code == 0, passed.output
