"""A fourth corpus, from the courts: five reports of one fraud sentencing.

``tests/corpora/trial/`` holds fiction written for this test: a legal wire's story with a
dateline, a city newspaper's piece, the prosecutors' own press release, a local broadcaster's web
copy and a fraud-watch blog that reprints part of the release. They tell of Gregory Thale, 54,
former chief executive of Meridale Capital, sentenced in Boston on Thursday, 14 May 2026, to 12
years in prison, a $4.2 million fine and $186.4 million in restitution for a scheme that cost
about 2,950 investors more than $310 million. A jury convicted him on 20 February 2026 on seven
of nine counts after 52 hours of deliberations; his former finance chief, Lena Ostrowski, 47, was
sentenced on 7 May to six and a half years; he must surrender on 13 July and has 14 days to appeal.

Every expectation below was written from reading the texts, before the checker was run on
them. Planted divergences:

* the broadcaster gives the prison term as 14 years (everyone else: 12 years, a dozen years,
  144 months);
* the newspaper gives the restitution as $168.4m (the wire, the release and its reprint:
  $186.4 million; the broadcaster: about $186 million);
* the blog's own words count 4,950 investors (the release and its reprint, the paper: 2,950;
  the wire: about 3,000; the broadcaster: nearly 3,000);
* the broadcaster, published on Thursday 14 May, dates the sentencing "on Wednesday"; it was
  Thursday, 14 May;
* the broadcaster misquotes the judge ("every day", "their life savings" for "every month",
  "everything they had");
* the newspaper puts the judge's words ("The victims in this case were teachers, nurses and
  retirees …") in the mouth of the prosecutor, Daniel Reyes;
* the $12.5 million forfeiture is in the release (and the blog's reprint of it) and in no
  other report; the $40 million Thale diverted is in the release alone.

Rewordings that must not be flagged: "12 years" / "a dozen years" / "144 months" / "a 12-year
sentence"; "six and a half years" / "a six-and-a-half-year sentence" / "78 months"; "$4.2
million" / "$4.2m" / "4.2m dollars"; "$186.4 million" / "about $186 million"; "more than $310
million" / "$310m" / "$310 million"; "2,950 investors" / "about 3,000 investors" / "nearly 3,000
investors"; "52 hours of deliberations" / "more than two days of deliberation"; "Thursday" /
"today" in the release / "Thursday, May 14, 2026"; the 20 years the prosecutors sought beside
the 12 years imposed (two different terms); the defence lawyer's words quoted trimmed and whole.

Readings the checker lacks, so their expectations are left out:

* the co-defendant's six and a half years and the chief executive's 12 share one slot
  ("sentence"): the only duration conflict sets the wire's 12 years against the paper's
  six-and-a-half-year sentence, and the broadcaster's 14 years is in it only as evidence;
* the blog's reprint of the release says "sentenced today": it is read on the blog's own date
  (15 May), not the release's (14 May);
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

CORPUS = Path(__file__).parent / "corpora" / "trial"
WIRE, PAPER, RELEASE, BROADCAST, BLOG = ("01_wire", "02_newspaper", "03_press_release",
                                         "04_broadcaster", "05_blog")
PROSECUTORS = "U.S. Attorney's Office for the District of Massachusetts"  # the blog's reprinted origin
SENTENCING_DAY, BROADCAST_DAY, BLOG_DAY = "2026-05-14", "2026-05-13", "2026-05-15"
VERDICT_DAY, SURRENDER_DAY, APPEAL_DAY = "2026-02-20", "2026-07-13", "2026-05-28"
TWELVE_YEARS, FOURTEEN_YEARS, SIX_AND_A_HALF = "P12Y", "P14Y", "P6Y6M"


result, facts, findings = corpus_fixtures(CORPUS)


# ---- documents -----------------------------------------------------------------------------

#: doc_id: (publication date, the line it is read from, source), checked by test_corpora_documents.py
DOCUMENTS = {
    WIRE: ("2026-05-14", "May 14, 2026 | 5:12 PM EDT", "newswirelegal.com"),
    PAPER: ("2026-05-15", "Fri 15 May 2026 06.00 EDT", "thebostonledger.com"),
    RELEASE: ("2026-05-14", "Thursday, May 14, 2026", "justice.gov"),
    BROADCAST: ("2026-05-14", "Posted: May 14, 2026 / 06:45 PM EDT", "wbnx.com"),
    BLOG: ("2026-05-15", "May 15th, 2026 at 8:20 am | Posted by Dana Ruiz", "fraudwatchdaily.net"),
}


def test_the_blog_holds_its_own_words_and_the_prosecutors_reprinted_statement(result):
    docs = result.documents.set_index("doc_id")
    assert set(docs.loc[BLOG, "origins"].split(";")) == {"narration", PROSECUTORS}
    for doc_id in (WIRE, PAPER, RELEASE, BROADCAST):
        assert docs.loc[doc_id, "origins"] == "narration"


# ---- facts an analyst reads in each report -------------------------------------------------

JUDGE_FULL = ("You did not make a mistake. You made a choice, every month for six years, to lie to "
              "people who trusted you with everything they had")
VICTIMS = ("The victims in this case were teachers, nurses and retirees, and many of them will never "
           "recover what they lost")
APOLOGY = "I am sorry for the pain my company caused"

#: (doc_id, origin, kind, a piece of the surface, value); a value ending in "*" is a prefix.
FACTS = [
    # the wire
    (WIRE, "narration", "date", "Thursday", SENTENCING_DAY),
    (WIRE, "narration", "duration", "12 years", TWELVE_YEARS),
    (WIRE, "narration", "count", "about 3,000 investors", "3000"),
    (WIRE, "narration", "money", "$310 million", "310000000"),
    (WIRE, "narration", "money", "$4.2 million", "4200000"),
    (WIRE, "narration", "money", "$186.4 million", "186400000"),
    (WIRE, "narration", "duration", "52 hours", "P2DT4H"),
    (WIRE, "narration", "duration", "20 years", "P20Y"),
    (WIRE, "narration", "duration", "six and a half years", SIX_AND_A_HALF),
    (WIRE, "narration", "duration", "14 days", "P14D"),
    (WIRE, "narration", "date", "July 13", SURRENDER_DAY),
    (WIRE, "narration", "person", "Miriam Castellanos", "Miriam Castellanos"),
    (WIRE, "narration", "person", "Gregory Thale", "Gregory Thale"),
    (WIRE, "narration", "person", "Daniel Reyes", "Daniel Reyes"),
    (WIRE, "narration", "person", "Lena Ostrowski", "Lena Ostrowski"),
    (WIRE, "narration", "person", "Robert Kessler", "Robert Kessler"),
    (WIRE, "narration", "org", "Meridale Capital", "Meridale Capital"),
    (WIRE, "narration", "place", "Massachusetts", "*"),
    (WIRE, "narration", "quote", "every month for six years", JUDGE_FULL),
    (WIRE, "narration", "quote", "teachers, nurses and retirees", VICTIMS),
    (WIRE, "narration", "quote", "sorry for the pain", APOLOGY),
    (WIRE, "narration", "quote", "got it wrong", "We respect the court, but we believe the jury got it wrong"),
    # the newspaper
    (PAPER, "narration", "date", "Thursday", SENTENCING_DAY),
    (PAPER, "narration", "duration", "a dozen years", TWELVE_YEARS),
    (PAPER, "narration", "count", "2,950 investors", "2950"),
    (PAPER, "narration", "money", "$310m", "310000000"),
    (PAPER, "narration", "money", "$168.4m", "168400000"),
    (PAPER, "narration", "money", "$4.2m", "4200000"),
    (PAPER, "narration", "duration", "20 years", "P20Y"),
    (PAPER, "narration", "duration", "more than two days", "P2D"),
    (PAPER, "narration", "percent", "9 per cent", "9"),
    (PAPER, "narration", "duration", "six-and-a-half-year", SIX_AND_A_HALF),
    (PAPER, "narration", "money", "$240,000", "240000"),
    (PAPER, "narration", "date", "May 28", APPEAL_DAY),
    (PAPER, "narration", "person", "Janet Fairley", "Janet Fairley"),
    (PAPER, "narration", "quote", "teachers, nurses and retirees", VICTIMS),
    (PAPER, "narration", "quote", "sorry for the pain", APOLOGY),
    # the prosecutors' release
    (RELEASE, "narration", "date", "today", SENTENCING_DAY),
    (RELEASE, "narration", "count", "2,950 investors", "2950"),
    (RELEASE, "narration", "count", "31 states", "31"),
    (RELEASE, "narration", "money", "$310 million", "310000000"),
    (RELEASE, "narration", "duration", "144 months", TWELVE_YEARS),
    (RELEASE, "narration", "duration", "three years", "P3Y"),
    (RELEASE, "narration", "money", "$4.2 million", "4200000"),
    (RELEASE, "narration", "money", "$186.4 million", "186400000"),
    (RELEASE, "narration", "money", "$12.5 million", "12500000"),
    (RELEASE, "narration", "date", "February 20, 2026", VERDICT_DAY),
    (RELEASE, "narration", "percent", "9%", "9"),
    (RELEASE, "narration", "money", "$40 million", "40000000"),
    (RELEASE, "narration", "date", "May 7, 2026", "2026-05-07"),
    (RELEASE, "narration", "duration", "78 months", SIX_AND_A_HALF),
    (RELEASE, "narration", "date", "July 13, 2026", SURRENDER_DAY),
    (RELEASE, "narration", "person", "Joanna Pratt", "Joanna Pratt"),
    (RELEASE, "narration", "quote", "built his company on lies",
     "Gregory Thale built his company on lies and paid for his lifestyle with the savings of ordinary families"),
    # the broadcaster
    (BROADCAST, "narration", "duration", "14 years", FOURTEEN_YEARS),
    (BROADCAST, "narration", "date", "Wednesday", BROADCAST_DAY),
    (BROADCAST, "narration", "count", "nearly 3,000 investors", "3000"),
    (BROADCAST, "narration", "money", "$310 million", "310000000"),
    (BROADCAST, "narration", "money", "about $186 million", "186000000"),
    (BROADCAST, "narration", "money", "$4.2 million", "4200000"),
    (BROADCAST, "narration", "duration", "52 hours", "P2DT4H"),
    (BROADCAST, "narration", "percent", "9%", "9"),
    (BROADCAST, "narration", "duration", "six and a half years", SIX_AND_A_HALF),
    (BROADCAST, "narration", "person", "Walter Brennan", "Walter Brennan"),
    (BROADCAST, "narration", "quote", "every day for six years",
     "You did not make a mistake. You made a choice, every day for six years, to lie to people who "
     "trusted you with their life savings"),
    (BROADCAST, "narration", "quote", "and we will appeal",
     "We respect the court, but we believe the jury got it wrong, and we will appeal"),
    # the blog: its own words, then the prosecutors' statement
    (BLOG, "narration", "date", "Thursday", SENTENCING_DAY),
    (BLOG, "narration", "duration", "12-year", TWELVE_YEARS),
    (BLOG, "narration", "money", "4.2m dollars", "4200000"),
    (BLOG, "narration", "count", "4,950 investors", "4950"),
    (BLOG, "narration", "duration", "more than two days", "P2D"),
    (BLOG, "narration", "date", "May 28", APPEAL_DAY),
    (BLOG, PROSECUTORS, "count", "2,950 investors", "2950"),
    (BLOG, PROSECUTORS, "money", "$310 million", "310000000"),
    (BLOG, PROSECUTORS, "duration", "144 months", TWELVE_YEARS),
    (BLOG, PROSECUTORS, "money", "$4.2 million", "4200000"),
    (BLOG, PROSECUTORS, "money", "$186.4 million", "186400000"),
    (BLOG, PROSECUTORS, "money", "$12.5 million", "12500000"),
    (BLOG, PROSECUTORS, "quote", "built his company on lies",
     "Gregory Thale built his company on lies and paid for his lifestyle with the savings of ordinary families"),
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
    (WIRE, "count", "about 3,000 investors", "qualifier", "approx"),
    (WIRE, "money", "$310 million", "qualifier", "above"),  # "more than $310 million"
    (RELEASE, "count", "2,950 investors", "qualifier", "approx"),  # "approximately 2,950"
    (BROADCAST, "count", "nearly 3,000 investors", "high", 3000.0),  # up to 3,000, not beyond
    (BROADCAST, "money", "about $186 million", "qualifier", "approx"),
    (PAPER, "duration", "more than two days", "qualifier", "above"),
    (BLOG, "duration", "more than two days", "qualifier", "above"),
    (RELEASE, "duration", "144 months", "subject", "sentence"),  # "sentenced by U.S. District Judge … to"
    (RELEASE, "person", "Thomas Wendt", "value", "Thomas Wendt"),  # "FBI Special Agent in Charge Thomas Wendt"
    (RELEASE, "person", "Lena Ostrowski", "value", "Lena Ostrowski"),  # "Co-defendant Lena Ostrowski, 47, …"
    (WIRE, "quote", "every month for six years", "speaker", "Miriam Castellanos"),
    (WIRE, "quote", "teachers, nurses and retirees", "speaker", "Miriam Castellanos"),  # "the judge said"
    (WIRE, "quote", "sorry for the pain", "speaker", "Gregory Thale"),
    (PAPER, "quote", "sorry for the pain", "speaker", "Gregory Thale"),  # "Thale, dressed in …, spoke. … he said"
    (PAPER, "quote", "sell my home", "speaker", "Janet Fairley"),  # "Among the investors … was Janet Fairley"
    (WIRE, "quote", "got it wrong", "speaker", "Robert Kessler"),
    (PAPER, "quote", "teachers, nurses and retirees", "speaker", "Daniel Reyes"),
    (RELEASE, "quote", "built his company on lies", "speaker", "Joanna Pratt"),
    (BROADCAST, "quote", "every day for six years", "speaker", "Miriam Castellanos"),
    (BROADCAST, "quote", "and we will appeal", "speaker", "Robert Kessler"),
]


@pytest.mark.parametrize("doc_id,kind,needle,attribute,expected", fact_params(QUALITIES))
def test_fact_is_qualified(facts, doc_id, kind, needle, attribute, expected):
    rows = facts[(facts["doc_id"] == doc_id) & (facts["kind"] == kind)
                 & facts["surface"].str.contains(needle, regex=False)]
    assert expected in set(rows[attribute]), f"{kind} {needle!r}: {attribute} {list(rows[attribute])}"


# ---- findings ------------------------------------------------------------------------------

def _sides(findings, kind: str, planted: str, told: str) -> tuple[set, set]:
    """The accounts on each side of every D100 setting the ``planted`` figure against ``told``."""
    conflicts = with_values(findings, "D100", kind, {float(planted), float(told)})
    assert conflicts, f"the planted {planted} is set against no {told}"
    low = set().union(*(accounts_with(row, planted) for row in conflicts))
    high = set().union(*(accounts_with(row, told) for row in conflicts))
    return low, high


def test_the_broadcasters_prison_term_shares_the_slot_of_the_sentence(facts):
    """"sentenced … to 14 years behind bars" (its headline: "sentenced to 14 years in prison"),
    "sentenced on Thursday to 12 years in prison", "jailed for a dozen years", "drew a 12-year
    sentence": one slot, the sentence."""
    terms = facts[(facts["kind"] == "duration") & (facts["subject"] == "sentence")]
    held = {(row.doc_id, row.value) for row in terms.itertuples()}
    assert {(BROADCAST, FOURTEEN_YEARS), (WIRE, TWELVE_YEARS), (PAPER, TWELVE_YEARS), (BLOG, TWELVE_YEARS)} <= held
    assert terms.loc[terms["value"].isin([TWELVE_YEARS, FOURTEEN_YEARS]), "slot_id"].nunique() == 1


def test_the_broadcasters_prison_term_is_in_a_conflict(findings):
    rows = findings[(findings["code"] == "D100") & (findings["kind"] == "duration")]
    assert any((BROADCAST, "narration") in accounts_with(row, FOURTEEN_YEARS) for _, row in rows.iterrows())


def test_the_counts_he_was_convicted_on_are_a_part_of_the_nine(facts, findings):
    """"convicted … on seven of nine counts" (and "seven of the nine counts he faced") in every
    report; the wire adds "acquitted on two counts": seven convicted, nine in all, two acquitted,
    and no conflict among them."""
    counts = facts[(facts["kind"] == "count") & facts["subject"].str.contains("counts")]
    read = {(row.doc_id, row.value, row.subject) for row in counts.itertuples()}
    for doc_id in (WIRE, PAPER, RELEASE, BROADCAST, BLOG):
        assert {(doc_id, "7", "counts convicted"), (doc_id, "9", "all counts")} <= read, doc_id
    assert (WIRE, "2", "counts acquitted") in read
    conflicts = findings[(findings["code"] == "D100") & (findings["kind"] == "count")]
    assert not conflicts["message"].str.contains("counts").any(), conflicts["message"].tolist()


def test_the_twenty_years_sought_is_no_sentence(facts):
    """"Prosecutors had asked for 20 years", "Prosecutors had sought 20 years": not the term imposed."""
    sought = facts[(facts["kind"] == "duration") & (facts["value"] == "P20Y")]
    assert len(sought) and "sentence" not in set(sought["subject"])


def test_the_papers_restitution_diverges(findings):
    planted, told = _sides(findings, "money", "168400000", "186400000")
    assert planted == {(PAPER, "narration")}
    assert {(WIRE, "narration"), (RELEASE, "narration")} <= told


def test_the_blogs_count_of_investors_diverges(findings):
    conflicts = [row for _, row in findings[(findings["code"] == "D100") & (findings["kind"] == "count")].iterrows()
                 if 4950.0 in numeric(evidence_values(row))]
    assert conflicts, "the blog's 4,950 investors are set against nothing"
    planted = set().union(*(accounts_with(row, "4950") for row in conflicts))
    told = set().union(*(accounts_with(row, "2950") for row in conflicts))
    assert planted == {(BLOG, "narration")}
    assert {(PAPER, "narration"), (RELEASE, "narration")} <= told


def test_the_only_money_conflict_is_the_restitution(findings):
    """$4.2 million / $4.2m / 4.2m dollars, more than $310 million / $310m, $186.4 million /
    about $186 million: no conflict."""
    for _, row in findings[(findings["code"] == "D100") & (findings["kind"] == "money")].iterrows():
        assert 168400000.0 in numeric(evidence_values(row)), row["message"]
        assert not numeric(evidence_values(row)) & {4.2e6, 3.1e8, 1.2e7}, row["message"]


def test_the_broadcasters_wednesday_is_read_as_the_day_before_the_sentencing(facts):
    wednesday = facts[(facts["doc_id"] == BROADCAST) & (facts["kind"] == "date") & (facts["surface"] == "Wednesday")]
    assert set(wednesday["value"]) == {BROADCAST_DAY}


def test_the_broadcasters_wednesday_diverges_from_the_thursday_of_the_sentencing(findings):
    """"sentenced … on Wednesday" against "was sentenced on Thursday" (the wire) and "jailed … on
    Thursday" (the paper): one event, two days."""
    conflicts = findings[(findings["code"] == "D200") & findings["doc_ids"].str.contains(BROADCAST)]
    assert len(conflicts) == 1
    row = conflicts.iloc[0]
    assert BROADCAST_DAY in evidence_values(row) and "2026-05-14" in evidence_values(row), row["message"]
    assert WIRE in row["doc_ids"] or PAPER in row["doc_ids"], row["message"]


def test_only_the_broadcasters_weekday_is_a_date_conflict(findings):
    """"Thursday" in reports of 14 and 15 May, "today" in the release and its reprint: one day."""
    for _, row in findings[findings["code"] == "D200"].iterrows():
        assert BROADCAST in row["doc_ids"] and BROADCAST_DAY in evidence_values(row), row["message"]


def test_no_account_negates_another(findings):
    assert not len(findings[findings["code"] == "D310"])


def test_the_broadcasters_misquote_of_the_judge_is_flagged(findings):
    altered = [row for row in quote_findings(findings, BROADCAST, "diverge")
               if row["message"].startswith(DOCUMENTS[BROADCAST][2])]
    assert len(altered) == 1
    message = altered[0]["message"]
    assert "\u201cday\u201d where newswirelegal.com has \u201cmonth\u201d" in message
    assert "\u201ctheir life savings\u201d where newswirelegal.com has \u201ceverything they had\u201d" in message


def test_the_wires_side_of_the_misquote_stops_at_the_broadcasters_quotation_mark(findings):
    """The wire's quote set against the broadcaster's: "everything they had" against "their life
    savings", not against "their life savings," U.S. District Judge Miriam …"."""
    rows = [row for row in quote_findings(findings, WIRE, "diverge")
            if row["message"].startswith(DOCUMENTS[WIRE][2]) and "everything they had" in row["message"]]
    assert len(rows) == 1
    changed = "\u201ceverything they had\u201d where wbnx.com has \u201ctheir life savings\u201d."
    assert rows[0]["message"].endswith(changed)


def test_the_defence_lawyers_words_are_never_altered(findings):
    """The wire quotes Kessler trimmed, the broadcaster whole."""
    rows = findings[(findings["code"] == "Q100") & (findings["verdict"] == "diverge")]
    assert not any("Kessler" in message or "got it wrong" in message for message in rows["message"])


def test_the_judges_words_in_the_prosecutors_mouth_are_flagged(findings):
    """The wire: "… what they lost," the judge said. The paper: "… what they lost," said Daniel
    Reyes, the assistant US attorney."""
    wrong_mouth = (findings["code"] == "D400") | ((findings["code"] == "Q100") & (findings["verdict"] == "diverge"))
    drift = [row for _, row in findings[wrong_mouth].iterrows()
             if {PAPER, WIRE} <= set(row["doc_ids"].split(";"))]
    assert drift, "the judge's words in the prosecutor's mouth are not flagged"
    assert any("Castellanos" in row["message"] and "Reyes" in row["message"] for row in drift)


def test_the_forfeiture_only_in_the_release_is_an_omission_elsewhere(findings):
    omitted = [row for _, row in findings[findings["code"] == "O200"].iterrows()
               if 1.25e7 in numeric(evidence_values(row))]
    assert len(omitted) == 1
    message = omitted[0]["message"].split(" but ")[-1]
    assert all(DOCUMENTS[doc_id][2] in message for doc_id in (WIRE, PAPER, BROADCAST)), message


def test_the_money_diverted_stands_alone_in_the_release(findings):
    unique = [row for _, row in findings[findings["code"] == "O100"].iterrows()
              if numeric(evidence_values(row)) == {4e7}]
    assert unique and all(row["doc_ids"] == RELEASE for row in unique)


# ---- the command line ------------------------------------------------------------------------

def test_cli_checks_the_corpus_writes_the_reports_and_fails_on_the_planted_errors(tmp_path):
    out = tmp_path / "out"
    runner = CliRunner()
    failed = runner.invoke(main, ["check", str(CORPUS), "--out", str(out), "-q"])
    assert failed.exit_code == 1, failed.output  # the term, the restitution and the investors are errors
    assert {p.name for p in out.iterdir()} == {"facts.csv", "findings.csv", "findings.json", "report.html"}
    data = json.loads((out / "findings.json").read_text())
    assert data["summary"]["documents"] == 5
    codes = {finding["code"] for finding in data["findings"]}
    assert {"D100", "D400", "Q100", "O200", "O100"} <= codes
    facts = pd.read_csv(out / "facts.csv", dtype=str)
    assert set(facts["doc_id"]) == set(DOCUMENTS)
    report = (out / "report.html").read_text()
    assert "$168.4m" in report and "Castellanos" in report
    passed = runner.invoke(main, ["check", str(CORPUS), "--out", str(tmp_path / "o2"), "-q", "--fail-on", "never"])
    assert passed.exit_code == 0, passed.output
