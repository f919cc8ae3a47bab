"""Entity extractors: companies named after people, people named like places, and bodies named
with "of", as English news writes them.

Expected values were written from the test texts by hand, not copied from output."""

from __future__ import annotations

import pytest

from consistency import document_from_text
from consistency.extractors import extract_document, orgs, people, places


def values(text: str, module) -> list[str]:
    doc = document_from_text("t", text)
    return [f.value for f in extract_document(doc, [module]) if f.kind == module.KIND]


# --- a name closed by a legal form ----------------------------------------------------------

@pytest.mark.parametrize(("text", "company"), [
    ("Ford Motor Co said quarterly sales fell 8%.", "Ford Motor Co"),
    ("Kraft Heinz Co. will split into two companies.", "Kraft Heinz Co"),
    ("Walt Disney Co said it would cut 7,000 jobs.", "Walt Disney Co"),
    ("Robert Bosch GmbH said it would cut 5,000 jobs.", "Robert Bosch GmbH"),
    ("Lloyds Banking Group said it would close 50 branches.", "Lloyds Banking Group"),
    ("Nestle SA raised prices again, a spokesman said.", "Nestle SA"),
    ("Barclays Plc reported a rise in profit.", "Barclays Plc"),
])
def test_a_name_closed_by_a_legal_form_is_a_company(text, company):
    assert values(text, orgs) == [company]
    assert values(text, people) == []


def test_the_person_a_company_is_named_after_stays_a_person():
    assert values("Walt Disney founded the studio in 1923.", people) == ["Walt Disney"]
    assert values("Henry Ford said cars should be cheap.", people) == ["Henry Ford"]


def test_a_place_before_the_letters_of_a_legal_form_is_no_company():
    # "AG" after a state is its attorney general; "NV" after a city is Nevada.
    text = "Texas AG Ken Paxton said he would sue the company."
    assert values(text, orgs) == []
    assert values(text, places) == ["Texas"]
    assert values(text, people) == ["Ken Paxton"]
