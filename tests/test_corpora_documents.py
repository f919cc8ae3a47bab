"""What every hand-written corpus must show of its documents: each report read with the publication
date and the outlet written on it (``DOCUMENTS`` of each corpus's test module, read by hand), and
every fact pointing at its exact characters. The planted divergences are each module's own."""

from __future__ import annotations

import pytest
import test_acquisition_corpus
import test_earthquake_corpus
import test_second_corpus
import test_trial_corpus
import test_wildfire_corpus
from corpus_support import checked

MODULES = [test_second_corpus, test_earthquake_corpus, test_acquisition_corpus, test_trial_corpus,
           test_wildfire_corpus]
REPORTS = [pytest.param(module, doc_id, id=f"{module.CORPUS.name}-{doc_id}")
           for module in MODULES for doc_id in module.DOCUMENTS]


@pytest.mark.parametrize("module, doc_id", REPORTS)
def test_each_report_is_read_with_its_publication_date(module, doc_id):
    docs = checked(module.CORPUS).documents.set_index("doc_id")
    assert docs.loc[doc_id, "status"] == "ok"
    assert docs.loc[doc_id, "published"] == module.DOCUMENTS[doc_id][0]


@pytest.mark.parametrize("module, doc_id", REPORTS)
def test_each_report_is_credited_to_its_outlet(module, doc_id):
    assert checked(module.CORPUS).documents.set_index("doc_id").loc[doc_id, "source"] == module.DOCUMENTS[doc_id][2]


@pytest.mark.parametrize("module", [pytest.param(module, id=module.CORPUS.name) for module in MODULES])
def test_every_fact_points_at_its_exact_characters(module):
    result = checked(module.CORPUS)
    texts = {doc.doc_id: doc.text for doc in result.corpus}
    for row in result.facts.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.surface
