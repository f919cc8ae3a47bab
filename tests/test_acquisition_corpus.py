"""A third corpus, from the business pages: five reports of one company agreeing to buy another.

``tests/corpora/acquisition/`` holds fiction written for this test: a wire story with a dateline,
a British financial paper's piece, the buyer's own press release, a business broadcaster's web
copy and an investor-news aggregator that reprints the release. They tell of Corbel Foods
agreeing on Tuesday, 14 April 2026, to buy Larkspur Brands for $52.50 a share in cash, about
$8.4 billion, a 31 per cent premium to Larkspur's close of $40.08 on Monday, 13 April; the deal
is to close in the second half of 2026, save about $400 million a year and cut about 1,200 jobs.
Corbel reported its first-quarter results the same morning.

Every expectation below was written from reading the texts, before the checker was run on
them. Planted divergences:

* the broadcaster values the deal at $8.9 billion (everyone else: $8.4 billion);
* the paper gives the premium as 33 per cent (everyone else: 31);
* the broadcaster has Corbel cutting 1,500 jobs (everyone else: about 1,200);
* the paper, published on Wednesday 15 April, says Corbel announced the deal "on Wednesday";
  it was Tuesday, 14 April;
* the broadcaster misquotes Corbel's chief executive ("families", "price" for "shoppers",
  "cost"); the wire quotes her trimmed;
* the paper puts the words of Larkspur's chief executive ("This transaction delivers
  immediate and certain value to our shareholders") in the mouth of Corbel's;
* the $6 billion of new debt is in the release (and the aggregator's reprint of it) and in no
  other report; the quarterly dividend of $0.62 a share is in the release alone.

Rewordings that must not be flagged: "$8.4 billion" / "$8.4bn" / "8.4 billion dollars";
"$52.50 per share" / "$52.50 a share" / "$52.50 for each Larkspur share"; "31%" / "31 percent";
"$400 million" / "$400mn"; "1,200 jobs" / "1,200 roles" / "1,200 positions"; "jumped 27%" /
"up 27%" / "nearly 27 per cent"; "fell 3.1%" / "fell 3 per cent" / "slipped about 3%"; "$9.87
billion" / "$9.9bn"; "8:30 a.m. ET" / "8:30 a.m. Eastern Time" / "1230 GMT" (one instant);
"Tuesday" / "today" in the release of 14 April; "Monday" / "Monday, April 13" / "April 13, 2026";
the analyst's words quoted whole, in two pieces and as a fragment.

Read but not yet compared, so their expectations are left out: the aggregator's "The offer
values Larkspur at 8.4 billion dollars" (a figure of Larkspur, beside the deal's). The paper's
misattributed quote, a trimmed part of Okafor's words, is flagged by quote fidelity, not by
attribution drift (which joins only quotes worded alike).
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
    with_values,
)

from consistency.cli import main

CORPUS = Path(__file__).parent / "corpora" / "acquisition"
WIRE, PAPER, RELEASE, BROADCAST, BLOG = ("01_wire", "02_newspaper", "03_press_release",
                                         "04_broadcaster", "05_blog")
BUYER = "Corbel Foods Inc."  # the aggregator's reprinted origin
DEAL_DAY, CLOSE_DAY, PAPER_DAY = "2026-04-14", "2026-04-13", "2026-04-15"
H2, Q1 = "2026-07/2026-12", "2026-01/2026-03"


result, facts, findings = corpus_fixtures(CORPUS)


# ---- documents -----------------------------------------------------------------------------

#: doc_id: (publication date, the line it is read from, source), checked by test_corpora_documents.py
DOCUMENTS = {
    WIRE: ("2026-04-14", "April 14, 2026 7:42 AM EDT", "tradewire.com"),
    PAPER: ("2026-04-15", "Wednesday 15 April 2026 00:01 BST", "exchangegazette.co.uk"),
    RELEASE: ("2026-04-14", "CHICAGO, April 14, 2026 /PRNewswire/ --", "corbelfoods.com"),
    BROADCAST: ("2026-04-14", "Published Tue, Apr 14 2026 8:15 AM EDT", "cbnmoney.com"),
    BLOG: ("2026-04-14", "Last updated: 2026-04-14 08:05 ET", "stockpulsedaily.com"),
}


def test_the_aggregator_holds_its_own_words_and_the_buyers_reprinted_release(result):
    docs = result.documents.set_index("doc_id")
    assert set(docs.loc[BLOG, "origins"].split(";")) == {"narration", BUYER}
    for doc_id in (WIRE, PAPER, RELEASE, BROADCAST):
        assert docs.loc[doc_id, "origins"] == "narration"


# ---- facts an analyst reads in each report -------------------------------------------------

#: (doc_id, origin, kind, a piece of the surface, value); a value ending in "*" is a prefix, a
#: value starting with "*" a suffix (a time whose day the sentence does not give).
FACTS = [
    # the wire
    (WIRE, "narration", "money", "$8.4 billion", "8400000000"),
    (WIRE, "narration", "date", "Tuesday", DEAL_DAY),
    (WIRE, "narration", "money", "$52.50", "52.5"),
    (WIRE, "narration", "percent", "31%", "31"),
    (WIRE, "narration", "date", "Monday", CLOSE_DAY),
    (WIRE, "narration", "money", "$10.1 billion", "10100000000"),
    (WIRE, "narration", "percent", "27%", "27"),
    (WIRE, "narration", "money", "$50.90", "50.9"),
    (WIRE, "narration", "percent", "3.1%", "3.1"),
    (WIRE, "narration", "year_range", "second half of the year", H2),
    (WIRE, "narration", "money", "$400 million", "400000000"),
    (WIRE, "narration", "count", "1,200", "1200"),
    (WIRE, "narration", "percent", "6%", "6"),
    (WIRE, "narration", "year_range", "first-quarter", Q1),
    (WIRE, "narration", "money", "$1.48", "1.48"),
    (WIRE, "narration", "money", "$1.42", "1.42"),
    (WIRE, "narration", "percent", "4.2%", "4.2"),
    (WIRE, "narration", "money", "$9.87 billion", "9870000000"),
    (WIRE, "narration", "time", "8:30 a.m.", "*T08:30"),
    (WIRE, "narration", "time", "1230 GMT", "*T12:30"),
    (WIRE, "narration", "person", "Dana Whitcombe", "Dana Whitcombe"),
    (WIRE, "narration", "person", "Helen Baptiste", "Helen Baptiste"),
    (WIRE, "narration", "org", "Keystone Securities", "Keystone Securities"),  # "an analyst at …"
    (WIRE, "narration", "place", "Chicago", "*"),
    (WIRE, "narration", "quote", "millions more shoppers",
     "Larkspur's brands are loved in kitchens across America, and together we will be able to "
     "bring them to millions more shoppers"),
    (WIRE, "narration", "quote", "full price", "It's a full price, but Corbel needed growth and Larkspur has it"),
    # the paper
    (PAPER, "narration", "money", "$8.4bn", "8400000000"),
    (PAPER, "narration", "date", "Wednesday", PAPER_DAY),
    (PAPER, "narration", "money", "$52.50", "52.5"),
    (PAPER, "narration", "percent", "33 per cent", "33"),
    (PAPER, "narration", "date", "Monday", CLOSE_DAY),
    (PAPER, "narration", "money", "$10.1bn", "10100000000"),
    (PAPER, "narration", "money", "$400mn", "400000000"),
    (PAPER, "narration", "year_range", "second half of 2026", H2),
    (PAPER, "narration", "count", "Some 1,200", "1200"),
    (PAPER, "narration", "percent", "27 per cent", "27"),
    (PAPER, "narration", "percent", "3 per cent", "3"),
    (PAPER, "narration", "money", "$612mn", "612000000"),
    (PAPER, "narration", "money", "$575mn", "575000000"),
    (PAPER, "narration", "money", "$1.48", "1.48"),
    (PAPER, "narration", "money", "$9.9bn", "9900000000"),
    (PAPER, "narration", "person", "Martin Okafor", "Martin Okafor"),
    (PAPER, "narration", "org", "Keystone Securities", "Keystone Securities"),  # "Helen Baptiste of …"
    (PAPER, "narration", "quote", "immediate and certain value",
     "This transaction delivers immediate and certain value to our shareholders"),
    (PAPER, "narration", "quote", "needed growth", "needed growth and Larkspur has it"),
    # the buyer's release
    (RELEASE, "narration", "date", "today", DEAL_DAY),
    (RELEASE, "narration", "money", "$52.50", "52.5"),
    (RELEASE, "narration", "money", "$8.4 billion", "8400000000"),
    (RELEASE, "narration", "percent", "31 percent", "31"),
    (RELEASE, "narration", "money", "$40.08", "40.08"),
    (RELEASE, "narration", "date", "April 13, 2026", CLOSE_DAY),
    (RELEASE, "narration", "money", "$10.1 billion", "10100000000"),
    (RELEASE, "narration", "year_range", "second half of 2026", H2),
    (RELEASE, "narration", "money", "$400 million", "400000000"),
    (RELEASE, "narration", "count", "1,200 positions", "1200"),
    (RELEASE, "narration", "count", "33,500 employees", "33500"),
    (RELEASE, "narration", "money", "$6 billion", "6000000000"),
    (RELEASE, "narration", "money", "$612 million", "612000000"),
    (RELEASE, "narration", "money", "$1.48", "1.48"),
    (RELEASE, "narration", "money", "$575 million", "575000000"),
    (RELEASE, "narration", "money", "$1.39", "1.39"),
    (RELEASE, "narration", "percent", "4.2 percent", "4.2"),
    (RELEASE, "narration", "money", "$9.87 billion", "9870000000"),
    (RELEASE, "narration", "money", "$0.62", "0.62"),
    (RELEASE, "narration", "date", "May 29, 2026", "2026-05-29"),
    (RELEASE, "narration", "time", "8:30 a.m.", "2026-04-14T08:30"),
    (RELEASE, "narration", "count", "24,000 people", "24000"),
    (RELEASE, "narration", "quote", "at a lower cost",
     "Larkspur's brands are loved in kitchens across America, and together we will be able to "
     "bring them to millions more shoppers at a lower cost"),
    (RELEASE, "narration", "quote", "bigger stage",
     "This transaction delivers immediate and certain value to our shareholders, and it gives our "
     "people and our brands a bigger stage"),
    # the broadcaster
    (BROADCAST, "narration", "money", "$8.9 billion", "8900000000"),
    (BROADCAST, "narration", "money", "$52.50", "52.5"),
    (BROADCAST, "narration", "count", "1,500", "1500"),
    (BROADCAST, "narration", "date", "Tuesday", DEAL_DAY),
    (BROADCAST, "narration", "org", "Keystone Securities", "Keystone Securities"),  # "… analyst Helen Baptiste"
    (BROADCAST, "narration", "percent", "31 percent", "31"),
    (BROADCAST, "narration", "date", "Monday, April 13", CLOSE_DAY),
    (BROADCAST, "narration", "count", "9,500 people", "9500"),
    (BROADCAST, "narration", "percent", "27%", "27"),
    (BROADCAST, "narration", "percent", "about 3%", "3"),
    (BROADCAST, "narration", "money", "$400 million", "400000000"),
    (BROADCAST, "narration", "money", "$1.42", "1.42"),
    (BROADCAST, "narration", "percent", "4.2%", "4.2"),
    (BROADCAST, "narration", "money", "$9.87 billion", "9870000000"),
    (BROADCAST, "narration", "time", "8:30 a.m.", "*T08:30"),
    (BROADCAST, "narration", "quote", "millions more families",
     "Together we will be able to bring them to millions more families at a lower price"),
    (BROADCAST, "narration", "quote", "It's a full price", "It's a full price"),
    (BROADCAST, "narration", "quote", "But Corbel", "But Corbel needed growth and Larkspur has it"),
    # the aggregator: its own words, then the buyer's release
    (BLOG, "narration", "date", "Tuesday", DEAL_DAY),
    (BLOG, "narration", "money", "$52.50", "52.5"),
    (BLOG, "narration", "money", "8.4 billion dollars", "8400000000"),
    (BLOG, "narration", "money", "$50.90", "50.9"),
    (BLOG, "narration", "money", "$1.60", "1.6"),
    (BLOG, BUYER, "date", "today", DEAL_DAY),
    (BLOG, BUYER, "money", "$8.4 billion", "8400000000"),
    (BLOG, BUYER, "percent", "31 percent", "31"),
    (BLOG, BUYER, "money", "$40.08", "40.08"),
    (BLOG, BUYER, "money", "$400 million", "400000000"),
    (BLOG, BUYER, "count", "1,200 positions", "1200"),
    (BLOG, BUYER, "money", "$6 billion", "6000000000"),
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
    (WIRE, "money", "$10.1 billion", "qualifier", "approx"),
    (WIRE, "money", "$400 million", "qualifier", "approx"),
    (WIRE, "count", "1,200", "qualifier", "approx"),
    (RELEASE, "money", "$8.4 billion", "qualifier", "approx"),
    (PAPER, "percent", "27 per cent", "high", 27.0),  # "nearly 27": up to 27, not beyond
    (BROADCAST, "percent", "about 3%", "qualifier", "approx"),
    (WIRE, "time", "1230 GMT", "unit", "GMT"),
    (WIRE, "quote", "millions more shoppers", "speaker", "Dana Whitcombe"),
    (WIRE, "quote", "full price", "speaker", "Helen Baptiste"),
    (PAPER, "quote", "immediate and certain value", "speaker", "Dana Whitcombe"),
    (PAPER, "quote", "needed growth", "speaker", "Helen Baptiste"),
    (RELEASE, "quote", "at a lower cost", "speaker", "Dana Whitcombe"),
    (RELEASE, "quote", "bigger stage", "speaker", "Martin Okafor"),
    (BROADCAST, "quote", "millions more families", "speaker", "Dana Whitcombe"),
    (BROADCAST, "quote", "But Corbel", "speaker", "Helen Baptiste"),
    (RELEASE, "count", "24,000 people", "subject", "corbel employees"),
    (BROADCAST, "count", "9,500 people", "subject", "larkspur employees"),
]


@pytest.mark.parametrize("doc_id,kind,needle,attribute,expected", fact_params(QUALITIES))
def test_fact_is_qualified(facts, doc_id, kind, needle, attribute, expected):
    rows = facts[(facts["doc_id"] == doc_id) & (facts["kind"] == kind)
                 & facts["surface"].str.contains(needle, regex=False)]
    assert expected in set(rows[attribute]), f"{kind} {needle!r}: {attribute} {list(rows[attribute])}"



def test_the_analysts_firm_is_no_person(facts):
    """"an analyst at Keystone Securities", "Helen Baptiste of Keystone Securities", "Keystone
    Securities analyst Helen Baptiste": a firm, in every report that names it."""
    people = facts[facts["kind"] == "person"]
    assert not [value for value in people["value"] if "Keystone" in value]

# ---- findings ------------------------------------------------------------------------------





def _sides(findings, kind: str, planted: str, told: str) -> tuple[set, set]:
    """The accounts on each side of every D100 setting the ``planted`` figure against ``told``."""
    conflicts = with_values(findings, "D100", kind, {float(planted), float(told)})
    assert conflicts, f"the planted {planted} is set against no {told}"
    low = set().union(*(accounts_with(row, planted) for row in conflicts))
    high = set().union(*(accounts_with(row, told) for row in conflicts))
    return low, high


def test_the_papers_premium_diverges(findings):
    planted, told = _sides(findings, "percent", "33", "31")
    assert planted == {(PAPER, "narration")}
    assert {(WIRE, "narration"), (RELEASE, "narration"), (BROADCAST, "narration")} <= told


def test_the_broadcasters_job_cuts_diverge(findings):
    planted, told = _sides(findings, "count", "1500", "1200")
    assert planted == {(BROADCAST, "narration")}
    assert (WIRE, "narration") in told


def test_the_job_cuts_written_as_roles_and_positions_are_set_against_the_broadcasters(findings):
    """"Some 1,200 roles will go", "a reduction of approximately 1,200 positions" and "1,200 job
    cuts" count the jobs cut, as "about 1,200 jobs would be cut" does."""
    _planted, told = _sides(findings, "count", "1500", "1200")
    assert {(PAPER, "narration"), (RELEASE, "narration"), (BLOG, BUYER)} <= told


def test_the_two_companies_headcounts_are_not_set_against_each_other(findings):
    """Corbel's "about 24,000 people" and Larkspur's "about 9,500 people" are two workforces."""
    for _, row in findings[(findings["code"] == "D100") & (findings["kind"] == "count")].iterrows():
        assert not numeric(evidence_values(row)) & {24000.0, 9500.0}, row["message"]


def test_the_broadcasters_deal_value_diverges(facts, findings):
    """"an all-cash deal valued at $8.9 billion" against "to buy Larkspur Brands Inc for $8.4
    billion in cash". The release's "a total equity value of approximately $8.4 billion" shares
    their slot, but "approximately" stretches it as far as $8.9 billion."""
    planted, told = _sides(findings, "money", "8900000000", "8400000000")
    assert planted == {(BROADCAST, "narration")}
    assert told == {(WIRE, "narration"), (PAPER, "narration")}
    money = facts[facts["kind"] == "money"]
    deal = money[money["value"].astype(float).isin([8.4e9, 8.9e9]) & (money["subject"] == "deal")]
    shared = deal[deal["doc_id"].isin([RELEASE, BROADCAST])]
    assert set(shared["doc_id"]) == {RELEASE, BROADCAST} and shared["slot_id"].nunique() == 1


def test_the_value_with_debt_is_a_measure_of_its_own(facts, findings):
    """"Including debt, … about $10.1 billion", "Counting Larkspur's borrowings, … $10.1bn",
    "Including Larkspur's net debt, … $10.1 billion": the enterprise value, never set against the
    price of the shares."""
    money = facts[facts["kind"] == "money"]
    with_debt = money[money["surface"].str.contains("10.1", regex=False)]
    assert len(with_debt) == 4 and with_debt["slot_id"].nunique() == 1
    assert not set(with_debt["slot_id"]) & set(money.loc[money["value"].astype(float) == 8.4e9, "slot_id"])
    for _, row in findings[(findings["code"] == "D100") & (findings["kind"] == "money")].iterrows():
        assert numeric(evidence_values(row)) == {8.4e9, 8.9e9}, row["message"]

def test_the_price_per_share_is_one_figure_that_no_account_leaves_out(facts, findings):
    """"will pay $52.50 per share", "is offering $52.50 a share", "for $52.50 per share in cash",
    "will pay $52.50 for each Larkspur share", "to buy the company for $52.50 a share"."""
    money = facts[facts["kind"] == "money"]
    price = money[money["value"].astype(float) == 52.5]
    assert set(price["doc_id"]) == set(DOCUMENTS) and price["slot_id"].nunique() == 1
    for _, row in findings[findings["code"].isin(["O100", "O200"])].iterrows():
        assert 52.5 not in numeric(evidence_values(row)), row["message"]

def test_the_papers_wednesday_is_read_as_the_day_after_the_deal(facts):
    paper = facts[(facts["doc_id"] == PAPER) & (facts["kind"] == "date") & (facts["surface"] == "Wednesday")]
    assert set(paper["value"]) == {PAPER_DAY}


def test_the_papers_wednesday_diverges_from_the_tuesday_of_the_deal(findings):
    """"agreed on Tuesday to buy", "said Tuesday it will buy … in an all-cash deal", "after Corbel
    Foods agreed to buy" and "said on Wednesday that it had agreed to buy": one agreement."""
    conflicts = [row for _, row in findings[findings["code"] == "D200"].iterrows()
                 if (PAPER, "narration") in accounts_with(row, PAPER_DAY)]
    assert conflicts, "the paper's Wednesday is set against no Tuesday"
    told = set().union(*(accounts_with(row, DEAL_DAY) for row in conflicts))
    assert {(WIRE, "narration"), (BROADCAST, "narration")} <= told
    assert all(accounts_with(row, PAPER_DAY) == {(PAPER, "narration")} for row in conflicts)


def test_the_only_percent_conflict_is_the_premium(findings):
    for _, row in findings[(findings["code"] == "D100") & (findings["kind"] == "percent")].iterrows():
        assert numeric(evidence_values(row)) == {31.0, 33.0}, row["message"]


def test_no_reworded_figure_is_in_a_conflict(findings):
    """$400mn against $400 million, 27% against nearly 27 per cent, 3.1% against 3 per cent and
    about 3%, $9.87 billion against $9.9bn, the share price written three ways: no conflict."""
    reworded = {4e8, 27.0, 3.1, 3.0, 9.87e9, 9.9e9, 52.5, 1.48}
    for _, row in findings[findings["code"] == "D100"].iterrows():
        assert not numeric(evidence_values(row)) & reworded, row["message"]


def test_only_the_papers_weekday_is_a_date_conflict(findings):
    """"Tuesday" against "today" in the release and in its reprint, "Monday" against "Monday,
    April 13" and "April 13, 2026", 8:30 a.m. ET against 1230 GMT: none conflict."""
    for _, row in findings[findings["code"] == "D200"].iterrows():
        assert PAPER in row["doc_ids"] and PAPER_DAY in evidence_values(row), row["message"]


def test_no_account_negates_another(findings):
    assert not len(findings[findings["code"] == "D310"])



def test_the_broadcasters_misquote_of_corbels_chief_is_flagged(findings):
    altered = quote_findings(findings, BROADCAST, "diverge")
    assert len(altered) == 1
    message = altered[0]["message"]
    assert "families" in message and "shoppers" in message


def test_the_misquotes_last_word_is_set_against_the_chiefs_word_not_her_attribution(findings):
    """The release's quotation ends "… at a lower cost,” said Dana Whitcombe": the words compared
    with the broadcaster's "price" end at "cost"."""
    (altered,) = quote_findings(findings, BROADCAST, "diverge")
    assert "\u201cprice\u201d where corbelfoods.com has \u201ccost\u201d" in altered["message"]
    assert "said" not in altered["message"].split("altered against")[-1]

def test_only_the_broadcasters_quote_is_altered(findings):
    altered = findings[(findings["code"] == "Q100") & (findings["verdict"] == "diverge")]
    assert all(BROADCAST in doc_ids or "Okafor" in message  # the paper's quote in the wrong mouth, below
               for doc_ids, message in zip(altered["doc_ids"], altered["message"], strict=True))


def test_the_wires_shortened_quote_is_trimmed_not_altered(findings):
    assert quote_findings(findings, WIRE, "compatible")
    assert not quote_findings(findings, WIRE, "diverge")


def test_the_analysts_words_are_never_altered(findings):
    """The wire quotes the analyst whole, the broadcaster in two pieces, the paper a fragment."""
    rows = findings[(findings["code"] == "Q100") & (findings["verdict"] == "diverge")]
    assert not any("Baptiste" in message or "full price" in message for message in rows["message"])


def test_the_papers_quote_in_the_wrong_mouth_is_flagged(findings):
    """The paper's words are a trimmed part of Okafor's quote in the release: quote fidelity finds
    them inside his quotation and says so (attribution drift compares only quotes worded alike)."""
    wrong_mouth = (findings["code"] == "D400") | ((findings["code"] == "Q100") & (findings["verdict"] == "diverge"))
    drift = [row for _, row in findings[wrong_mouth].iterrows()
             if {PAPER, RELEASE} <= set(row["doc_ids"].split(";"))]
    assert drift, "Larkspur's chief's words in Corbel's chief's mouth are not flagged"
    assert any("Whitcombe" in row["message"] and "Okafor" in row["message"] for row in drift)


def test_the_new_debt_only_in_the_release_is_an_omission_elsewhere(findings):
    omitted = [row for _, row in findings[findings["code"] == "O200"].iterrows()
               if 6e9 in numeric(evidence_values(row))]
    assert len(omitted) == 1
    message = omitted[0]["message"].split(" but ")[-1]
    assert all(DOCUMENTS[doc_id][2] in message for doc_id in (WIRE, PAPER, BROADCAST)), message


def test_the_dividend_stands_alone_in_the_release(findings):
    unique = [row for _, row in findings[findings["code"] == "O100"].iterrows()
              if numeric(evidence_values(row)) == {0.62}]
    assert unique and all(row["doc_ids"] == RELEASE for row in unique)


# ---- the command line ------------------------------------------------------------------------

def test_cli_checks_the_corpus_writes_the_reports_and_fails_on_the_planted_errors(tmp_path):
    out = tmp_path / "out"
    runner = CliRunner()
    failed = runner.invoke(main, ["check", str(CORPUS), "--out", str(out), "-q"])
    assert failed.exit_code == 1, failed.output  # the deal value, the premium and the job cuts are errors
    assert {p.name for p in out.iterdir()} == {"facts.csv", "findings.csv", "findings.json", "report.html"}
    data = json.loads((out / "findings.json").read_text())
    assert data["summary"]["documents"] == 5
    codes = {finding["code"] for finding in data["findings"]}
    assert {"D100", "Q100", "O200", "O100", "C100"} <= codes
    facts = pd.read_csv(out / "facts.csv", dtype=str)
    assert set(facts["doc_id"]) == set(DOCUMENTS)
    report = (out / "report.html").read_text()
    assert "$8.9 billion" in report and "Whitcombe" in report
    passed = runner.invoke(main, ["check", str(CORPUS), "--out", str(tmp_path / "o2"), "-q", "--fail-on", "never"])
    assert passed.exit_code == 0, passed.output
