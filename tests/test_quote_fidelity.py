"""Quote fidelity's verdicts on short corpora: a quote that leaves out the speaker's first words
is trimmed, one that quotes a whole statement is verbatim."""

from __future__ import annotations

import pytest

from consistency import document_from_text
from consistency.pipeline import check_documents


def _verdicts_of(quoting: str, source: str) -> list[str]:
    """The Q100 verdicts of the quotes in ``quoting``, judged against ``source``."""
    docs = [document_from_text("source", source), document_from_text("quoting", quoting)]
    findings = check_documents(docs).findings
    mine = findings[(findings["code"] == "Q100") & (findings["doc_ids"].str.contains("quoting"))]
    return [row["verdict"] for _, row in mine.iterrows() if row["evidence"][0]["doc_id"] == "quoting"]


@pytest.mark.parametrize("source, quoting", [
    ("Port chief Tom Bale said: \u201cWe regret the delays this winter, and we will reopen the northern "
     "terminal by March.\u201d",
     "\u201cWe will reopen the northern terminal by March,\u201d Tom Bale said."),
    ('Port chief Tom Bale said: "Costs rose sharply this year, so we will raise fees for container ships '
     'from January."',
     '"We will raise fees for container ships from January," said Tom Bale.'),
    ("\u201cThe ferry service has been a lifeline for the islands, but the boats are old and the route "
     "loses money every month,\u201d Mayor Ana Silva told the council.",
     "\u201cThe route loses money every month,\u201d Mayor Ana Silva said."),
])
def test_a_quote_that_leaves_out_the_speakers_first_words_is_trimmed(source, quoting):
    assert _verdicts_of(quoting, source) == ["compatible"]


@pytest.mark.parametrize("source, quoting", [
    ("Port chief Tom Bale said: \u201cWe will reopen the northern terminal by March.\u201d",
     "\u201cWe will reopen the northern terminal by March,\u201d Tom Bale said."),
    ("Tom Bale told the board that the port would reopen the northern terminal by March.",
     "\u201cThe port would reopen the northern terminal by March,\u201d Tom Bale said."),
    ("\u201cWe are sorry for the delays.\u201d Tom Bale added that the port would reopen the northern "
     "terminal by March.",
     "\u201cThe port would reopen the northern terminal by March,\u201d Tom Bale said."),
    ('\u201cWe regret the delays this winter," Tom Bale said. "We will reopen the northern terminal by March."',
     "\u201cWe will reopen the northern terminal by March,\u201d Tom Bale said."),
    ("Tom Bale said: \u201cWe regret the delays this winter. We will reopen the northern terminal by March.\u201d",
     "\u201cWe will reopen the northern terminal by March,\u201d Tom Bale said."),
    ('The 55" screens sold out, Tom Bale said, adding that we will reopen the northern terminal by March.',
     "\u201cWe will reopen the northern terminal by March,\u201d Tom Bale said."),
])
def test_a_quote_of_a_whole_statement_or_of_reported_speech_is_verbatim(source, quoting):
    assert _verdicts_of(quoting, source) == ["agree"]


#: A source where two people speak: the port chief quoted, the mayor paraphrased.
_TWO_VOICES = ("\u201cWe will reopen the northern terminal by March, and fees will not rise this year,\u201d "
               "port chief Tom Bale said. Mayor Ana Silva said the council would review the plan.")


@pytest.mark.parametrize("quoting", [
    "\u201cWe will reopen the northern terminal by March,\u201d Mayor Ana Silva said.",
    "\u201cFees will not rise this year,\u201d said Ana Silva.",
    "Silva told reporters: \u201cWe will reopen the northern terminal by March.\u201d",
])
def test_another_speakers_words_put_in_a_quote_diverge(quoting):
    assert _verdicts_of(quoting, _TWO_VOICES) == ["diverge"]


@pytest.mark.parametrize("quoting", [
    "\u201cWe will reopen the northern terminal by March,\u201d Tom Bale said.",
    "\u201cFees will not rise this year,\u201d said Bale.",
])
def test_the_speakers_own_words_trimmed_stay_compatible(quoting):
    assert _verdicts_of(quoting, _TWO_VOICES) == ["compatible"]


#: Sources where two speakers share a last word: a couple, two ministries.
_NAMESAKES = [
    ("\u201cWe will reopen the northern terminal by March, and fees will not rise this year,\u201d "
     "port chief Tom Bale said. Councillor Ana Bale said the council would review the plan.",
     "\u201cWe will reopen the northern terminal by March,\u201d said Ana Bale."),
    ("\u201cThe border crossings will stay closed until the vote is counted,\u201d the Interior Ministry said "
     "in a statement. The Foreign Ministry said envoys had been told of the decision.",
     "\u201cThe border crossings will stay closed until the vote is counted,\u201d the Foreign Ministry said."),
]


@pytest.mark.parametrize("source, quoting", _NAMESAKES)
def test_words_of_a_namesake_put_in_a_quote_diverge(source, quoting):
    # One last word in common ("Bale", "Ministry") makes no one speaker.
    assert _verdicts_of(quoting, source) == ["diverge"]


def test_an_altered_quote_is_set_against_the_other_quotes_words_only_not_its_attribution():
    source = ('"You did not make a mistake. You made a choice, every month for six years, to lie to people who '
              'trusted you with everything they had," U.S. District Judge Ana Ruiz told the defendant.')
    quoting = ('A judge jailed the fund founder on Wednesday, telling him his scheme had been a choice and not a '
               'mistake.\n\n"You did not make a mistake. You made a choice, every day for six years, to lie to '
               'people who trusted you with their life savings," Judge Ana Ruiz said.')
    findings = check_documents([document_from_text("source", source), document_from_text("quoting", quoting)]).findings
    mine = findings[(findings["code"] == "Q100") & findings["message"].str.startswith("source quotes")]
    assert mine["verdict"].tolist() == ["diverge"]
    message, evidence = mine["message"].iloc[0], mine["evidence"].iloc[0]
    assert message.endswith("\u201ceverything they had\u201d where quoting has \u201ctheir life savings\u201d."), \
        message
    assert [item["surface"].endswith("life savings") for item in evidence if item["doc_id"] == "quoting"] == [True]


#: A quote of three sentences, far longer than the part of it another account quotes.
_FULL = ("Tom Bale said: \u201cWe will reopen the northern terminal by March. Fees for container ships will "
         "stay at this year's level until the autumn. The night shift will return in the spring, once "
         "the new cranes are running.\u201d")
#: The report around the part quoted: longer than the quote, so the quote is sought within it.
_BEFORE = "The port has been closed since a storm in January damaged two of its berths and a crane. "
_AFTER = (" Shipping lines have moved much of their cargo to other ports along the coast, and several said "
          "they would not return before the summer.")


def _full_verdicts(part: str) -> tuple[list[str], list[str]]:
    docs = [document_from_text("part", _BEFORE + part + _AFTER), document_from_text("full", _FULL)]
    findings = check_documents(docs).findings
    mine = findings[(findings["code"] == "Q100") & findings["doc_ids"].str.startswith("full")]
    return mine["verdict"].tolist(), mine["message"].tolist()


@pytest.mark.parametrize("part", [
    "\u201cWe will reopen the northern terminal by March,\u201d Tom Bale told reporters.",
    "\u201cWe will reopen the northern terminal by March. Fees for container ships will stay at this year's "
    "level,\u201d said Tom Bale.",
    "\u201cThe night shift will return in the spring, once the new cranes are running,\u201d Bale said.",
])
def test_a_long_quote_of_which_another_account_quotes_a_sentence_or_two_is_fuller(part):
    """Too little of the long quote stands in any passage of the other account for it to be found
    whole, but its first or last sentences are there word for word, inside a quotation that stops
    where they do."""
    verdicts, messages = _full_verdicts(part)
    assert verdicts == ["compatible"], messages
    assert "part quotes only a part" in messages[0]


@pytest.mark.parametrize("part", [
    # the sentence stands in the report's own words, in no quotation
    "Tom Bale said the port would reopen the northern terminal by March.",
    # the sentence is quoted with a word changed
    "\u201cWe will reopen the southern terminal by March,\u201d Tom Bale told reporters.",
])
def test_a_long_quote_whose_part_is_not_quoted_word_for_word_is_not_fuller(part):
    verdicts, messages = _full_verdicts(part)
    assert verdicts == ["omission"], messages


@pytest.mark.parametrize("source, quoting, changed", [
    ("\u201cWe will open two new stores in the city this year at a lower cost,\u201d said Ana Ruiz, the chief "
     "executive.",
     "\u201cWe will open two new stores in the city this year at a lower price,\u201d Ana Ruiz said.",
     "\u201cprice\u201d where source has \u201ccost\u201d."),
    ("Mayor Tom Bale told the council: \u201cOur buses will run every ten minutes from June.\u201d",
     "\u201cTrams will run every ten minutes from June,\u201d Tom Bale said.",
     "\u201ctrams\u201d where source has \u201cour buses\u201d."),
    ('"The new bridge will carry trains by next winter," Transport Minister Lena Ford said on Monday.',
     "\u201cThe new bridge will carry trains by next spring,\u201d said Lena Ford.",
     "\u201cspring\u201d where source has \u201cwinter\u201d."),
])
def test_an_altered_word_at_a_quotes_edge_is_set_against_the_speakers_word_alone(source, quoting, changed):
    """The words compared end at the quotation's marks: the attribution after a closing mark ("said
    Ana Ruiz") or the words before an opening one ("told the council:") are the reporter's."""
    docs = [document_from_text("source", source), document_from_text("quoting", quoting)]
    findings = check_documents(docs).findings
    (message,) = findings.loc[(findings["code"] == "Q100") & findings["doc_ids"].str.startswith("quoting"),
                              "message"]
    assert message.endswith(changed), message
