"""Every case of every rule module is a test: each rule fires where it should and
stays silent where it should, on small corpora written for the purpose."""

from __future__ import annotations

import pytest

from consistency import check_documents, document_from_text
from consistency.rules import rule_modules

CASES = [(module, case) for module in rule_modules() for case in module.CASES]


def _run(case):
    docs = [document_from_text(doc_id, text, published)
            for doc_id, (text, published) in case.documents.items()]
    return check_documents(docs).findings


@pytest.mark.parametrize("module,case", CASES,
                         ids=[f"{m.NAME}-{i}" for i, (m, _) in enumerate(CASES)])
def test_rule_case(module, case):
    findings = _run(case)
    mine = findings[findings["code"] == module.CODE]
    if case.kind:
        mine = mine[mine["kind"] == case.kind]
    if case.fires:
        assert len(mine), f"{module.NAME} did not fire; findings: {findings['message'].tolist()}"
        for column, expected in case.expect.items():
            assert mine.iloc[0][column] == expected
    else:
        assert not len(mine), f"{module.NAME} fired: {mine['message'].tolist()}"


def test_every_rule_documents_itself():
    codes = set()
    for module in rule_modules():
        assert module.__doc__ and "Fires" in module.__doc__ and "Silent" in module.__doc__
        assert module.SEVERITY in ("info", "warning", "error")
        assert any(c.fires for c in module.CASES) and any(not c.fires for c in module.CASES)
        assert module.CODE not in codes
        codes.add(module.CODE)


def test_a_quote_found_word_for_word_in_a_later_account_is_verbatim_not_altered():
    # The speaker's words as altered in one transcript and exact in another: the search over
    # the accounts may stop early only on a word-for-word match, never on a close one.
    altered = "Minister Jane Doe: We will not accept the tariff plan in its current form. Thank you."
    exact = "Minister Jane Doe: We will never accept the tariff plan in its current form. Thank you."
    quote = "\u201cWe will never accept the tariff plan in its current form,\u201d said Jane Doe."
    for order in ([altered, exact], [exact, altered]):
        docs = [document_from_text(f"t{i}", text) for i, text in enumerate(order)]
        docs.append(document_from_text("w", quote))
        findings = check_documents(docs).findings
        verdicts = findings[(findings["code"] == "Q100") & (findings["doc_ids"].str.contains("w"))]["verdict"]
        assert verdicts.tolist() == ["agree"], findings[findings["code"] == "Q100"]["message"].tolist()


def _casualty_findings(*texts: str):
    docs = [document_from_text(f"r{i}", text, "2026-02-05") for i, text in enumerate(texts)]
    findings = check_documents(docs).findings
    return findings[findings["kind"] == "count"]


def test_a_death_toll_in_different_wordings_agrees_and_a_different_figure_diverges():
    toll, killed, left = ("The death toll from the quake rose to 112 on Wednesday.",
                          "The quake killed 112 people, officials said.",
                          "The quake left 98 dead, the agency said.")
    agreeing = _casualty_findings(toll, killed)
    assert len(agreeing) and set(agreeing["verdict"]) <= {"agree", "paraphrase"}
    assert set(agreeing["subject"]) == {"deaths"}
    at_least = _casualty_findings(toll, "At least 112 people were killed by the quake.")
    assert set(at_least["verdict"]) == {"compatible"}  # 112 lies within "at least 112"
    diverging = _casualty_findings(toll, left)
    assert "diverge" in set(diverging["verdict"]), diverging["message"].tolist()


def test_the_dead_and_the_injured_of_one_report_are_not_one_figure_given_twice():
    found = _casualty_findings("At least 80 people died and 200 were hurt in the crush.",
                               "The crush killed 80 people and injured 200, police said.")
    assert "diverge" not in set(found["verdict"]), found["message"].tolist()
    assert {"deaths", "injured"} <= set(found["subject"])


def _date_findings(*texts: str):
    docs = [document_from_text(f"r{i}", text, "2026-03-20") for i, text in enumerate(texts)]
    findings = check_documents(docs).findings
    return findings[findings["kind"] == "date"]


@pytest.mark.parametrize("first,second", [
    ("The Federal Reserve cut interest rates on Wednesday, citing weaker hiring.",
     "On Thursday, the Federal Reserve cut interest rates by a quarter point."),
    ("The Supreme Court ruled on Monday that the law was unconstitutional.",
     "The Supreme Court ruled on Tuesday that the law breached the constitution."),
    ("The Bank of Canada raised its key rate to 3% on Wednesday.",
     "The Bank of Canada raised its key rate to 3% on March 17."),
])
def test_a_decision_dated_on_two_days_diverges_though_no_event_is_named(first, second):
    # No word names an event ("meeting", "talks"): the verb of the decision does.
    found = _date_findings(first, second)
    conflicts = found[found["code"] == "D200"]
    assert len(conflicts) == 1, found["message"].tolist()
    assert "decision" in conflicts.iloc[0]["message"]


@pytest.mark.parametrize("first,second", [
    # Two bodies deciding on two days are two decisions.
    ("The Federal Reserve cut interest rates on Wednesday.",
     "The European Central Bank cut interest rates on Thursday."),
    # A named event dates the sentence, not the verb beside it.
    ("At Tuesday's meeting, the board cut its dividend.",
     "The board cut its dividend at the meeting on Wednesday, after the results were released on Monday."),
])
def test_different_decisions_or_named_events_do_not_diverge_by_the_verb(first, second):
    found = _date_findings(first, second)
    assert not len(found[(found["code"] == "D200") & found["message"].str.contains("decision")]), \
        found["message"].tolist()


def test_lengths_in_sentences_of_one_decision_are_not_set_against_each_other():
    # The verb dates the decision; it says nothing of what each length measures.
    docs = [document_from_text("r0", "The Federal Reserve cut interest rates on Wednesday, its first cut in two years.",
                               "2026-03-20"),
            document_from_text("r1", "The Federal Reserve cut interest rates on Wednesday and signalled a pause of "
                                     "six months.", "2026-03-20")]
    findings = check_documents(docs).findings
    lengths = findings[findings["kind"] == "duration"]
    assert "diverge" not in set(lengths["verdict"]), lengths["message"].tolist()
    assert "decision" not in set(lengths["subject"])


def test_a_loss_a_company_reported_is_set_against_the_loss_another_report_gives():
    docs = [document_from_text("r0", "Acme reported a net loss of $1.2 billion for the quarter.", "2026-03-20"),
            document_from_text("r1", "Acme said its net loss for the quarter was $1.5 billion.", "2026-03-20")]
    findings = check_documents(docs).findings
    money = findings[findings["kind"] == "money"]
    assert set(money["verdict"]) == {"diverge"}, money["message"].tolist()
    assert set(money["subject"]) == {"net loss"}


@pytest.mark.parametrize("first,second,verdict", [
    # whole numbers one apart: the rounding intervals touch at 6.5 and share no value
    ("Six of the nine members backed the increase.", "Seven of the nine members backed the increase.", "diverge"),
    ("The storm killed 41 people.", "The storm killed 42 people.", "diverge"),
    # overlapping intervals stay compatible ("40" may be rounded to the ten), equal ones agree
    ("The storm killed 40 people.", "The storm killed 41 people.", "compatible"),
    ("The storm killed 40 people.", "The storm killed 40 people.", "agree"),
])
def test_figures_whose_rounding_intervals_only_touch_diverge(first, second, verdict):
    found = _casualty_findings(first, second)
    verdicts = set(found[found["code"].isin(["D100", "C100", "A100"])]["verdict"])
    assert verdict in verdicts, found["message"].tolist()
    assert "diverge" not in verdicts or verdict == "diverge"


def test_an_incident_dated_on_two_days_diverges_and_one_time_in_three_wordings_agrees():
    wire = ("LISBON, June 9, 2026 (Reuters) - A passenger train derailed near Coimbra early on Monday, "
            "injuring 40 people, the rail operator CP said.\nThe crash happened at 5:40 a.m. local time.")
    paper = "Sunday's crash near Coimbra injured 40 people, CP said. The derailment happened at 5.40am."
    blog = "The train crash happened at 5:40 am near Coimbra, according to CP."
    docs = [document_from_text("wire", wire, "2026-06-09"), document_from_text("paper", paper, "2026-06-10"),
            document_from_text("blog", blog, "2026-06-10")]
    findings = check_documents(docs).findings
    conflicts = findings[(findings["code"] == "D200") & (findings["kind"] == "date")]
    assert len(conflicts) == 1 and "incident" in conflicts.iloc[0]["message"], findings["message"].tolist()
    times = findings[findings["kind"] == "time"]
    assert set(times["verdict"]) <= {"agree", "paraphrase"} and len(times), times["message"].tolist()


def test_a_dateline_names_no_one_the_dated_sentence_speaks_of():
    from consistency.extractors import extract_document

    text = "ANKARA, March 4, 2026 (Reuters) - The quake struck on Tuesday, AFAD said."
    dated = [fact for fact in extract_document(document_from_text("t", text, "2026-03-04"))
             if fact.kind == "date" and fact.surface == "Tuesday"]
    assert dated and dated[0].entities.split() == ["afad"]
    assert dated[0].event == "incident"


@pytest.mark.parametrize("forecast", [
    "The Bank of Canada would probably cut its key rate on Wednesday.",
    "The Bank of Canada is expected to cut its key rate on Wednesday.",
])
def test_a_forecast_decision_is_not_set_against_the_decision_taken(forecast):
    found = _date_findings("The Bank of Canada cut its key rate on Thursday.", forecast)
    assert not len(found[found["code"] == "D200"]), found["message"].tolist()
