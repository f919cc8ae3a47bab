"""Quantity slots: a change ("rose 5%", "2,000 more troops") and a level ("5% of exports",
"30,000 troops") are different quantities, and a rise cannot be a fall."""

from __future__ import annotations

import pytest

from consistency import document_from_text
from consistency.align import change_direction
from consistency.pipeline import check_documents


def _findings(a: str, b: str):
    docs = [document_from_text(doc_id, text, published="2026-02-05", source=doc_id)
            for doc_id, text in (("a", a), ("b", b))]
    result = check_documents(docs)
    return result.findings, result.facts


def test_a_change_and_a_level_of_one_subject_are_not_compared():
    findings, facts = _findings("The army sent 2,000 more troops to the border in March.",
                                "The army now has 30,000 troops at the border.")
    troops = facts[facts["kind"] == "count"]
    assert len(set(troops["slot_id"])) == 2
    assert not (findings["code"] == "D100").any()


@pytest.mark.parametrize("rise,fall", [
    ("Exports to the region rose 5% in 2025, the ministry said.",
     "Exports to the region fell 5% in 2025, the ministry said."),
    ("Sales climbed 3 percent last year.", "Sales dropped 3 percent last year."),
])
def test_a_rise_against_a_fall_of_one_subject_diverges(rise, fall):
    findings, facts = _findings(rise, fall)
    percent = facts[facts["kind"] == "percent"]
    assert sorted(percent["note"]) == ["change:down", "change:up"]
    assert percent["slot_id"].nunique() == 1
    (message,) = findings.loc[findings["code"] == "D100", "message"]
    assert "moves the other way" in message and "a rise in a" in message and "a fall in b" in message


def test_the_same_change_in_both_accounts_agrees():
    findings, facts = _findings("Exports to the region rose 5% in 2025.", "Exports to the region rose 5% in 2025.")
    (slot,) = set(facts.loc[facts["kind"] == "percent", "slot_id"])
    assert slot.startswith("percent:") and ":change" in slot
    assert (findings.loc[findings["slot_id"] == slot, "verdict"] == "agree").all()


def test_two_rises_of_different_size_diverge_on_the_figure():
    findings, _ = _findings("Exports to the region rose 5% in 2025.", "Exports to the region rose 9% in 2025.")
    (message,) = findings.loc[findings["code"] == "D100", "message"]
    assert "cannot be" in message


@pytest.mark.parametrize("note,direction", [
    ("change:up", "up"), ("change:down", "down"), ("", ""), (None, ""), (float("nan"), ""),
    ("title: President", ""), ("changed:upward", ""),
])
def test_change_direction_reads_only_change_notes(note, direction):
    assert change_direction(note) == direction


@pytest.mark.parametrize("a,b,kind", [
    ("The army sent another 2,000 troops north.", "The army sent 2,000 additional troops north.", "count"),
    ("Quarterly revenue rose $200 million.", "Quarterly revenue increased by $200 million.", "money"),
])
def test_one_change_worded_two_ways_shares_a_slot(a, b, kind):
    _, facts = _findings(a, b)
    moved = facts[facts["kind"] == kind]
    assert list(moved["note"]) == ["change:up", "change:up"]
    assert moved["slot_id"].nunique() == 1


@pytest.mark.parametrize("points,percent", [
    ("Unemployment rose 2 percentage points to 7% in January.", "Unemployment rose 2% to 7% in January."),
    ("The central bank raised its main rate by 25 basis points on Tuesday.",
     "The central bank raised its main rate by 0.25% on Tuesday."),
    ("The party's share of the vote fell 3 percentage points to 31%, the count showed.",
     "The party's share of the vote fell 3% to 31%, the count showed."),
])
def test_one_figure_as_a_change_in_points_and_in_percent_diverges_in_unit(points, percent):
    findings, facts = _findings(points, percent)
    changes = facts[(facts["kind"] == "percent") & facts["note"].str.startswith("change")]
    assert len(changes) == 2 and len(set(changes["slot_id"])) == 1
    (message,) = findings.loc[findings["code"] == "D100", "message"]
    assert "differs in unit" in message and "percentage points" in message
    assert findings.loc[findings["code"] == "D100", "severity"].tolist() == ["warning"]


def test_a_change_in_points_and_a_far_larger_one_in_percent_can_both_hold():
    # 2 points on a rate of 5% is a rise of 40%
    findings, _ = _findings("Unemployment rose 2 percentage points to 7% in January.",
                            "Unemployment rose 40% to 7% in January.")
    assert not (findings["code"] == "D100").any()
    (message,) = findings.loc[findings["code"] == "C100", "message"]
    assert "different units" in message


@pytest.mark.parametrize("a,b", [
    ("The central bank raised its main rate by 25 basis points on Tuesday.",
     "The central bank raised its main rate by a quarter percentage point on Tuesday."),
    ("The party won 31% of the vote, up from 28%.", "The party won 31 percent of the vote."),
])
def test_points_with_points_and_levels_in_percent_keep_their_verdicts(a, b):
    findings, _ = _findings(a, b)
    assert not (findings["code"] == "D100").any()
    assert not findings["message"].str.contains("different units").any()


def test_a_level_in_points_is_not_joined_with_a_change_in_percent():
    _, facts = _findings("The ruling party leads by 5 percentage points in the latest poll.",
                         "Support for the ruling party rose 5% in the latest poll.")
    percents = facts[facts["kind"] == "percent"]
    assert len(set(percents["slot_id"])) == len(percents)


@pytest.mark.parametrize("now,then", [
    ("Floods killed 40 people in the valley on Sunday, the regional government said.",
     "The valley was last hit by severe floods in 2009, when 112 people died."),
    ("The fire that broke out on Monday destroyed 300 homes, officials said.",
     "A similar fire destroyed 120 homes in 2015."),
    ("The storm on Saturday cut power to 80,000 homes.",
     "A storm in 1987 cut power to 1.5 million homes."),
])
def test_a_figure_of_a_year_long_past_is_not_compared_with_one_of_the_present(now, then):
    """A report of 2026 that names 2015 or 1987 sets that year apart: its figure is history, while
    a figure with no year is of the report's present."""
    findings, facts = _findings(now, then)
    counts = facts[facts["kind"] == "count"]
    assert len(counts) == 2 and counts["slot_id"].nunique() == 2
    assert not (findings["code"] == "D100").any()


@pytest.mark.parametrize("dated,undated", [
    # figures of the year just ended are reported the year after: 2025 is of a report of 2026
    ("Exports reached $5.1 billion in 2025, the ministry said on Tuesday.",
     "Exports reached $4.8 billion, the ministry said on Tuesday."),
    ("The city expects 2 million visitors in 2026, the mayor said on Monday.",
     "The city expects 3 million visitors, the mayor said on Monday."),
])
def test_a_figure_of_the_present_or_last_year_is_still_compared_with_one_with_no_year(dated, undated):
    findings, _ = _findings(dated, undated)
    assert (findings["code"] == "D100").sum() == 1


def test_figures_of_one_past_year_are_compared_with_each_other():
    findings, _ = _findings("The valley was last hit by severe floods on Sunday in 2009, when 112 people died.",
                            "In 2009, floods killed 150 people in the valley, the report said on Monday.")
    (message,) = findings.loc[findings["code"] == "D100", "message"]
    assert "2009" in message and "112" in message and "150" in message


def _three(a: str, b: str, c: str):
    docs = [document_from_text(doc_id, text, published="2026-02-05", source=doc_id)
            for doc_id, text in (("a", a), ("b", b), ("c", c))]
    result = check_documents(docs)
    return result.findings, result.facts


@pytest.mark.parametrize("bare,qualified,kind", [
    # a word before a noun most often names a part of it: the part is no figure of the whole
    ("Exports rose 5% in January.", "Oil exports rose 12% in January.", "percent"),
    ("The university has 30,000 students.", "Some 5,000 Chinese students enrolled at the university.", "count"),
    ("The army has 100,000 troops.", "The army sent 14,000 reserve troops to the border.", "count"),
])
def test_a_noun_and_a_qualified_form_of_it_are_not_compared(bare, qualified, kind):
    findings, facts = _findings(bare, qualified)
    figures = facts[facts["kind"] == kind]
    assert len(figures) == 2 and figures["slot_id"].nunique() == 2
    assert not (findings["code"] == "D100").any()


@pytest.mark.parametrize("bare,qualified,kind", [
    ("Inflation rose to 2.9% in March.", "Core inflation rose to 3.2% in March.", "percent"),
    ("The bank reported income of $2.4 billion.", "The bank reported net income of $2 billion.", "money"),
    ("The plant will cut 300 jobs.", "The plant will cut 500 more jobs.", "count"),
])
def test_a_noun_is_not_joined_with_another_measure_of_it(bare, qualified, kind):
    """"core inflation" is not "inflation", nor "net income" "income": the word makes another measure."""
    findings, facts = _findings(bare, qualified)
    figures = facts[facts["kind"] == kind]
    assert len(figures) == 2 and figures["slot_id"].nunique() == 2
    assert not (findings["code"] == "D100").any()


def test_a_noun_with_two_qualified_forms_joins_neither():
    """"aid" beside "humanitarian aid" and "military aid" could be either."""
    _, facts = _three("The EU has pledged €12m in aid, officials said.",
                      "The European Union pledged €20m in humanitarian aid.",
                      "Germany pledged €300m in military aid.")
    money = facts[facts["kind"] == "money"]
    assert len(money) == 3 and money["slot_id"].nunique() == 3
