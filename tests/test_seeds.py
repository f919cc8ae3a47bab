"""The bundled corpus end to end: the issue's acceptance checks, verified by hand
against the seed texts (the values below were read off the articles, not the code)."""

from __future__ import annotations

import pytest

import consistency
from consistency.schema import FACT_COLUMNS

CGTN, CHINA_DAILY, AGGREGATOR = "002_50626b5e6c88bd21", "001_ab07fd71c83e242d", "000_dfe48fb2668325af"
PAKISTAN_TODAY, RKI = "003_94b61a5db4874c03", "004_7fe8ab6f76668d94"


@pytest.fixture(scope="module")
def result():
    return consistency.check(consistency.bundled_corpus())


@pytest.fixture(scope="module")
def texts(result):
    return {doc.doc_id: doc.text for doc in result.corpus}


def test_every_document_is_read_with_its_manifest_source(result):
    docs = result.documents.set_index("doc_id")
    assert (docs["status"] == "ok").all()
    assert docs.loc[CHINA_DAILY, "source"] == "China Daily"
    assert docs.loc[CHINA_DAILY, "published"] == "2026-02-05"
    assert set(docs.loc[AGGREGATOR, "origins"].split(";")) == {"narration", "MFA", "Kremlin"}


def test_facts_have_the_contract_columns_and_exact_spans(result, texts):
    assert list(result.facts.columns[:16]) == FACT_COLUMNS[:16]
    for row in result.facts.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.surface


def test_trade_figure_reads_as_dollars_in_cgtn_and_pakistan_today(result):
    money = result.facts[result.facts["kind"] == "money"]
    for doc_id in (CGTN, PAKISTAN_TODAY):
        exact = money[(money["doc_id"] == doc_id) & (money["qualifier"] == "exact")]
        assert list(exact["value"]) == ["228100000000"]
        assert list(exact["unit"]) == ["USD"]


@pytest.mark.parametrize("doc_id,weekday,expected", [
    (CHINA_DAILY, "Sunday", "2026-02-01"),
    (CHINA_DAILY, "Wednesday", "2026-02-04"),
    (CGTN, "Wednesday", "2026-02-04"),
    (RKI, "Wednesday", "2026-02-04"),
])
def test_weekdays_resolve_against_the_publication_date(result, doc_id, weekday, expected):
    dates = result.facts[(result.facts["doc_id"] == doc_id) & (result.facts["surface"] == weekday)]
    assert len(dates) and set(dates["value"]) == {expected}


def test_weekday_without_a_publication_date_stays_unresolved(result):
    dates = result.facts[(result.facts["doc_id"] == PAKISTAN_TODAY) & (result.facts["surface"] == "Wednesday")]
    assert set(dates["value"]) == {""} and set(dates["resolution"]) == {"unresolved"}


def test_trade_slot_joins_cgtn_pakistan_today_and_the_kremlin_as_compatible(result):
    findings = result.findings
    trade = findings[(findings["kind"] == "money") & (findings["subject"] == "trade")]
    assert "diverge" not in set(trade["verdict"]) or set(trade.loc[trade["verdict"] == "diverge", "code"]) == {"D400"}
    (slot_verdict,) = trade.loc[trade["code"].isin(["A100", "C100", "D100"]), "verdict"]
    assert slot_verdict == "compatible"
    evidence = trade.loc[trade["code"] == "C100", "evidence"].iloc[0]
    accounts = {(e["doc_id"], e["origin"]) for e in evidence}
    assert {(CGTN, "narration"), (PAKISTAN_TODAY, "narration"), (AGGREGATOR, "Kremlin")} <= accounts


def test_trade_figure_attribution_drift_is_flagged(result):
    """CGTN: "Official data shows"; Pakistan Today: "Xi said, citing official data"; the
    Kremlin: the President's own remarks."""
    drift = result.findings[(result.findings["code"] == "D400") & (result.findings["subject"] == "trade")]
    assert len(drift) == 1
    message = drift.iloc[0]["message"]
    assert "official data" in message and "Vladimir Putin" in message


def test_the_unrelated_footer_story_yields_nothing(result, texts):
    footer = texts[PAKISTAN_TODAY].index("Must Read")
    facts = result.facts[result.facts["doc_id"] == PAKISTAN_TODAY]
    assert (facts["start"] < footer).all()
    for evidence in result.findings["evidence"]:
        assert all(not (e["doc_id"] == PAKISTAN_TODAY and e["start"] >= footer) for e in evidence)


def test_no_money_or_date_divergence_is_invented_on_the_seeds(result):
    """The five seeds agree on every date and money figure (checked by reading them)."""
    findings = result.findings
    invented = findings[findings["code"].isin(["D100", "D200"])]
    assert invented.empty, invented["message"].tolist()


def test_rki_news_publication_date_disagrees_with_its_document_date_line(result):
    """rki.news: "Published on February 4, 2026" over "Document Date: Thu, Feb 05 2026"."""
    own = result.findings[(result.findings["code"] == "I100")]
    assert list(own["doc_ids"]) == [RKI]


def test_wording_changes_are_the_ones_a_reader_finds(result):
    """Read off the texts: Pakistan Today adds "and sensitive" to the Taiwan sentence and "a
    potential" to the Iran clash; rki.news has "New Year" greetings where the MFA has "Spring
    Festival" greetings, and adds "and balanced development"."""
    findings = result.findings[result.findings["code"] == "D300"]
    marked = {e["surface"] for evidence in findings["evidence"] for e in evidence}
    assert any("and sensitive" in m for m in marked)
    assert any("New Year" in m for m in marked) and any("Spring Festival" in m for m in marked)
    by_doc = {doc_id for ids in findings["doc_ids"] for doc_id in ids.split(";")}
    assert by_doc <= {AGGREGATOR, CGTN, PAKISTAN_TODAY, RKI, CHINA_DAILY}
    assert len(findings) <= 6, findings["message"].tolist()


def test_kremlin_covers_topics_the_mfa_leaves_out(result):
    """Read off the texts: Ushakov's commentary discusses Iran, Venezuela and Cuba and the Ukraine
    talks in Abu Dhabi; none of the MFA readouts mentions them."""
    emphasis = result.findings[result.findings["code"] == "E100"]
    kremlin_over_mfa = [m for m in emphasis["message"]
                        if m.startswith("Aggregator (Kremlin) covers") and "Aggregator (MFA) never" in m]
    assert len(kremlin_over_mfa) == 1
    for place in ("Iran", "Venezuela", "Cuba", "Ukraine"):
        assert place in kremlin_over_mfa[0]


def test_kremlin_alone_speaks_of_a_decline_in_trade(result):
    """Putin and Ushakov: "despite a minor decline"; the MFA: "a sound momentum"."""
    trend = result.findings[result.findings["code"] == "E200"]
    (message,) = [m for m in trend["message"] if m.startswith("On trade")]
    assert message.index("Aggregator (Kremlin)") < message.index("speaks of a downturn")
    assert "Aggregator (MFA)" in message.split("while", 1)[1]


def test_only_the_mfa_lists_wang_yi_at_the_xi_putin_meeting(result):
    """MFA: "Wang Yi was present at the meeting." No other account lists him at that meeting."""
    (message,) = result.findings.loc[result.findings["code"] == "P100", "message"]
    assert "Wang Yi: Aggregator (MFA) (" in message


def test_the_aggregator_misquotes_ushakov_once(result):
    """The narration quotes "informed his counterpart"; the Kremlin text has "counterparts"."""
    altered = result.findings[(result.findings["code"] == "Q100") & (result.findings["verdict"] == "diverge")]
    assert len(altered) == 1 and "counterpart" in altered.iloc[0]["message"]
