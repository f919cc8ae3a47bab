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
