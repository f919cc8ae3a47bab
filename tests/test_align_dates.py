"""Date slots: the block-wise judgement of every pair gives the groups of the plain one.

``align`` judges pairs of date facts with numpy, a block of pairs at a time, with each test
worked out once per distinct value, sentence or set of people. The property below builds date
facts from small pools (so values, events, people and sentences repeat and collide) and
compares the slots with those of the plain definition: ``dates_linked`` on every pair, in order.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

import consistency.align
from consistency.align import _date_slots, dates_linked
from consistency.settings import Settings

_VALUES = ["2026-02-04", "2026-02-05", "2026-02", "2026", "XXXX-02-04", "2026-03-20", "2025-02-04", "",
           "2026-02-04TEV", "XXXX-XX-XXTAF", "2026-02-04TAF", "XXXX-02-05", "2025", "2026-03"]
_EVENTS = ["", "call", "talks", "expiry"]
_ENTITIES = ["", "Xi Putin", "Xi", "Xi Trump Putin", "Putin Moscow", "Beijing", "Trump"]
_SENTENCES = ["Xi held talks with Putin on # by video link.",
              "Xi held talks with Putin on # by video link, officials said.",
              "The two leaders spoke by phone on #.",
              "The leaders spoke on the phone on # about trade.",
              "The treaty expires on #.",
              "The New START treaty is due to expire on #, the ministry said.",
              "Students marked the festival in the capital."]


@st.composite
def _date_facts(draw) -> pd.DataFrame:
    count = draw(st.integers(0, 24))
    pick = st.sampled_from
    rows = [{"doc_id": draw(pick("abc")), "sentence_start": draw(st.integers(0, 3)) * 10,
             "value": draw(pick(_VALUES)), "event": draw(pick(_EVENTS)), "entities": draw(pick(_ENTITIES)),
             "sentence": draw(pick(_SENTENCES))} for _ in range(count)]
    index = draw(st.permutations(range(100, 100 + count)))
    return pd.DataFrame(rows, columns=["doc_id", "sentence_start", "value", "event", "entities", "sentence"],
                        index=list(index))


@settings(max_examples=300, deadline=None)
@given(_date_facts(), st.sampled_from([0.0, 10.0, 60.0, 70.4, 85.0, 95.0]), st.sampled_from([0.3, 0.5, 1.0]),
       st.sampled_from([0, 1, 31]), st.sampled_from([1, 7, 250_000]))
def test_date_slots_are_the_groups_of_the_plain_pairwise_judgement(facts, similarity, overlap, gap, block):
    # Similarities under the loose slack (15) make a negative cutoff; small blocks cut the pair
    # table into many blocks of one or a few rows.
    consistency.align.BLOCK_PAIRS = block
    chosen = Settings(sentence_similarity=similarity, person_overlap=overlap, max_date_gap_days=gap)
    mates: dict = defaultdict(list)
    for row in facts.itertuples():
        mates[(row.doc_id, row.sentence_start)].append(row.value)
    rows = list(facts.itertuples())
    # Plain groups, written out again: a group grows by every later fact linked to one of its
    # members, each pair judged with the earlier fact first; groups by their first fact.
    edges = {(i, j) for i in range(len(rows)) for j in range(i + 1, len(rows))
             if dates_linked(rows[i], rows[j], mates, chosen)}
    group_of = list(range(len(rows)))
    for i, j in sorted(edges):
        old, new = group_of[j], group_of[i]
        group_of = [new if g in (old, new) else g for g in group_of]
    firsts = list(dict.fromkeys(group_of))
    plain = [[row.Index for row, g in zip(rows, group_of, strict=True) if g == first] for first in firsts]
    try:
        assert _date_slots(facts, chosen) == plain
    finally:
        consistency.align.BLOCK_PAIRS = 250_000


def test_dates_whose_wording_scores_exactly_the_similarity_setting_share_a_slot():
    # token_set_ratio of these two is exactly 70.4; a score equal to the setting joins them.
    facts = pd.DataFrame({"doc_id": ["x", "y"], "sentence_start": [0, 0], "value": ["2026-02-04", "2026-02-05"],
                          "event": ["call", "call"], "entities": ["", ""],
                          "sentence": ["a" * 44, "a" * 44 + "c" * 37]})
    assert _date_slots(facts, Settings(sentence_similarity=70.4)) == [[0, 1]]
    assert _date_slots(facts, Settings(sentence_similarity=70.5)) == [[0], [1]]
