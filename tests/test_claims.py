"""Claim alignment: sentences of different accounts that state the same thing are paired.

Only pairs sharing enough content words are scored; the property below checks that this gives
exactly the pairs of the plain definition, where every pair of sentences of two accounts is
scored and the pairs sharing too few content words are then set aside.
"""

from __future__ import annotations

import copy

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from consistency import document_from_text
from consistency.claims import (
    MIN_COVERAGE,
    MIN_SHARED,
    ClaimPair,
    ClaimSentence,
    align_claims,
    changes,
    claim_sentences,
    group_claims,
    tokenize,
    word_opcodes,
)

CUTOFF = 70.0


def _plain_pairs(docs) -> set[tuple]:
    """Mutual best partners per pair of accounts, scoring every pair of sentences."""
    by_account: dict = {}
    for item in claim_sentences(docs):
        by_account.setdefault(item.account, []).append(item)
    accounts = sorted(by_account)
    found = set()
    for i, first in enumerate(accounts):
        for second in accounts[i + 1:]:
            left, right = by_account[first], by_account[second]
            scores = cdist([s.masked for s in left], [s.masked for s in right], scorer=fuzz.token_set_ratio,
                           score_cutoff=CUTOFF)
            for a, b in np.ndindex(scores.shape):
                shared = len(left[a].content & right[b].content)
                smaller = min(len(left[a].content), len(right[b].content))
                if shared < MIN_SHARED or shared < MIN_COVERAGE * smaller:
                    scores[a, b] = 0
            for a, b in enumerate(scores.argmax(axis=1)):
                if scores[a, b] >= CUTOFF and scores.argmax(axis=0)[b] == a:
                    found.add((left[a].doc_id, left[a].start, right[b].doc_id, right[b].start, float(scores[a, b])))
    return found


def _pairs(docs) -> set[tuple]:
    pairs = [(p.a.doc_id, p.a.start, p.b.doc_id, p.b.start, p.similarity) for p in align_claims(docs)]
    # In order: by pair of accounts, then in the left account's reading order.
    assert pairs == sorted(pairs, key=lambda pair: (pair[0], pair[2], pair[1]))
    return set(pairs)


# Documents are made of a few base sentences, each with some words swapped for others: pairs then
# share anything from all to few of their content words.
_BASES = ["farm ministers agreed that the northern port would reopen to grain exports next week",
          "border officials said weekly trade talks would resume once shipments of fertiliser cleared",
          "the harbour authority warned farmers that storms could delay container ships and ferries",
          "regional governors met bankers to discuss loans for damaged bridges roads and schools"]
_SWAPS = ["quickly", "rail", "cargo", "wheat", "customs", "storm", "minister", "bank", "ferry", "loan",
          "delayed", "the", "of", "rules", "market", "prices", "city", "coast"]


@st.composite
def _sentence(draw) -> str:
    words = draw(st.sampled_from(_BASES)).split()
    for _ in range(draw(st.integers(0, len(words)))):
        words[draw(st.integers(0, len(words) - 1))] = draw(st.sampled_from(_SWAPS))
    return " ".join(words).capitalize() + "."


_DOCUMENT = st.lists(_sentence(), min_size=1, max_size=5).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(_DOCUMENT, min_size=2, max_size=4))
def test_scoring_only_pairs_that_share_enough_words_gives_the_plain_pairs(texts):
    docs = [document_from_text(f"d{i}", text) for i, text in enumerate(texts)]
    assert _pairs(docs) == _plain_pairs(docs)


def test_a_reworded_sentence_pairs_with_its_original_and_an_unrelated_one_does_not():
    first = document_from_text("a", "Farm ministers agreed that the northern port would reopen to grain "
                                     "exports next week. Rain fell across the coast on the same day.")
    second = document_from_text("b", "Ministers of farming agreed the northern port will reopen for grain "
                                      "exports next week. A football final drew crowds in the capital city.")
    pairs = align_claims([first, second])
    assert [(p.a.text, p.b.text) for p in pairs] == [(
        "Farm ministers agreed that the northern port would reopen to grain exports next week.",
        "Ministers of farming agreed the northern port will reopen for grain exports next week.")]


def test_claim_sentences_follow_the_word_count_and_the_document_as_it_is_now():
    from consistency.schema import Span

    text = ("Farm ministers agreed that the northern port would reopen next week. Rain fell early. "
            "Border officials said weekly trade talks would resume once shipments cleared.")
    doc = document_from_text("a", text)
    assert [s.text for s in claim_sentences([doc], 8)] == [
        "Farm ministers agreed that the northern port would reopen next week.",
        "Border officials said weekly trade talks would resume once shipments cleared."]
    assert [s.text for s in claim_sentences([doc], 3)] == [
        "Farm ministers agreed that the northern port would reopen next week.", "Rain fell early.",
        "Border officials said weekly trade talks would resume once shipments cleared."]
    renamed = copy.copy(doc)
    renamed.doc_id, renamed.source = "b", "Wire"
    assert {(s.doc_id, s.source) for s in claim_sentences([renamed], 3)} == {("b", "Wire")}
    assert {(s.doc_id, s.source) for s in claim_sentences([doc], 3)} == {("a", "a")}
    doc.doc_id = "c"
    assert {s.doc_id for s in claim_sentences([doc], 3)} == {"c"}
    # Sentences read earlier are not reused once the spans they were read with change.
    doc.boilerplate = [Span(0, text.index("Border"), "boilerplate")]
    assert [s.text for s in claim_sentences([doc], 3)] == [
        "Border officials said weekly trade talks would resume once shipments cleared."]
    doc.origins = [Span(text.index("Border"), len(text), "Ministry")]
    assert [s.origin for s in claim_sentences([doc], 3)] == ["Ministry"]
    doc.status = "unreadable"
    assert claim_sentences([doc], 3) == []


def _lcs_length(left: list[str], right: list[str]) -> int:
    """The length of a longest common subsequence, by the textbook table."""
    row = [0] * (len(right) + 1)
    for word in left:
        previous = row[:]
        for j, other in enumerate(right, 1):
            row[j] = previous[j - 1] + 1 if word == other else max(previous[j], row[j - 1])
    return row[-1]


_WORD_LISTS = st.lists(st.sampled_from(["the", "most", "important", "issue", "and", "not", "x"]), max_size=12)


@settings(max_examples=300, deadline=None)
@given(_WORD_LISTS, _WORD_LISTS)
def test_word_opcodes_tile_both_sides_and_match_a_longest_common_subsequence(left, right):
    opcodes = word_opcodes(left, right)
    at_left = at_right = 0
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        assert (i1, j1) == (at_left, at_right)  # contiguous, in order, nothing skipped
        at_left, at_right = i2, j2
        if tag == "equal":
            assert left[i1:i2] == right[j1:j2] and i2 > i1
        else:
            assert tag == {(True, True): "replace", (True, False): "delete", (False, True): "insert"}[
                (i2 > i1, j2 > j1)]
            assert index == 0 or opcodes[index - 1][0] == "equal"  # one opcode between matching runs
    assert (at_left, at_right) == (len(left), len(right))
    assert sum(i2 - i1 for tag, i1, i2, _, _ in opcodes if tag == "equal") == _lcs_length(left, right)


def _sentence_named(doc_id: str, start: int) -> ClaimSentence:
    return ClaimSentence(doc_id, doc_id, "", start, start + 1, f"{doc_id}{start}")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=30))
def test_claims_are_the_connected_groups_of_pairs_each_sentence_once(links):
    sentences = [_sentence_named("ab"[n % 2], n) for n in range(10)]
    pairs = [ClaimPair(sentences[a], sentences[b], 80.0, []) for a, b in links if a != b]
    claims = group_claims(pairs)
    # The plain definition: grow each group from a pair by adding pairs that touch it.
    groups: list[set[int]] = []
    for pair in pairs:
        touching = [g for g in groups if {pair.a.start, pair.b.start} & g]
        merged = set().union({pair.a.start, pair.b.start}, *touching)
        groups = [g for g in groups if g not in touching] + [merged]
    assert sorted(sorted(s.start for s in claim.sentences) for claim in claims) == sorted(map(sorted, groups))
    for claim in claims:
        assert [(s.doc_id, s.start) for s in claim.sentences] == sorted({(s.doc_id, s.start) for s in claim.sentences})
    assert sorted(id(p) for claim in claims for p in claim.pairs) == sorted(map(id, pairs))


def test_a_pair_scoring_exactly_the_claim_similarity_setting_is_aligned():
    from consistency.settings import Settings

    docs = [document_from_text("a", "Of governors met of to discuss delayed for damaged bridges roads and city."),
            document_from_text("b", "Regional governors met bankers the discuss loans for damaged bridges roads "
                                    "and schools.")]
    score = fuzz.token_set_ratio(*(s.masked for s in claim_sentences(docs)))
    assert [round(p.similarity, 3) for p in align_claims(docs, Settings(claim_similarity=score))] == [round(score, 3)]
    assert align_claims(docs, Settings(claim_similarity=score + 0.1)) == []


@pytest.mark.parametrize("affirmed, negated, word", [
    ("The two sides said the talks would produce a written agreement on fishing rights.",
     "The two sides said the talks would not produce a written agreement on fishing rights.", "not"),
    ("Union leaders agreed to the new pay offer after a long night of talks in the capital.",
     "Union leaders did not agree to the new pay offer after a long night of talks in the capital.", "not"),
    ("A deal was reached on the border crossings before the summit ended on Friday night.",
     "No deal was reached on the border crossings before the summit ended on Friday night.", "No"),
    ("The minister said the country had accepted foreign troops on its soil during the war.",
     "The minister said the country had never accepted foreign troops on its soil during the war.", "never"),
    ("The company confirmed the figures published by the regulator on its website last week.",
     "The company has not yet been able to confirm the figures published by the regulator on its website "
     "last week.", "not"),
    ("The government accepted the proposal from the opposition parties after a long debate.",
     "The government has not at any point accepted the proposal from the opposition parties after a long "
     "debate.", "not"),
])
def test_a_negation_added_to_a_shared_statement_is_a_flip(affirmed, negated, word):
    for left, right in ((affirmed, negated), (negated, affirmed)):
        found = [c for c in changes(tokenize(left), tokenize(right)) if c.kind == "negation"]
        assert [(c.left or c.right) for c in found] == [word]


@pytest.mark.parametrize("short, longer", [
    ("The central bank lifted interest rates for the first time in two years on Tuesday.",
     "The central bank lifted interest rates for the first time in two years on Tuesday, warning "
     "households that the fight against inflation is not over."),
    ("The minister visited Berlin and Rome during a three-day tour of European capitals last week.",
     "The minister visited Berlin and Rome but not Paris during a three-day tour of European capitals last "
     "week."),
    ("Ministers approved the budget for the new hospital in the northern city after the vote.",
     "Ministers approved the budget for the new hospital in the northern city after the vote, though "
     "no date has been set for construction to begin."),
])
def test_a_negation_inside_a_clause_only_one_account_has_is_no_flip(short, longer):
    assert not [c for c in changes(tokenize(short), tokenize(longer)) if c.kind == "negation"]
    assert not [c for c in changes(tokenize(longer), tokenize(short)) if c.kind == "negation"]
