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
