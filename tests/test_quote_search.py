"""Quote fidelity's search: the closest passage is the one the plain search finds.

``closest`` stops at the first account holding the quoted words as they stand, found by a
substring search, and aligns only that account. The plain search aligns every account with
rapidfuzz and keeps the first best. Quotes here are cut from generated accounts, sometimes with
a word changed, so some are found word for word in one account, some in several, some nowhere.
"""

from __future__ import annotations

from collections import namedtuple

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from consistency import document_from_text
from consistency.rules.quote_fidelity import _word_streams, closest, words

Quote = namedtuple("Quote", "doc_id origin start end")
_WORDS = ["we", "will", "never", "accept", "the", "tariff", "plan", "farmers", "deserve", "better", "terms",
          "ports", "trade", "talks", "not", "in", "its", "current", "form", "willingly"]


def _plain_closest(quote, said, targets, streams):
    best = None
    for account in targets:
        skip = (quote.start, quote.end) if account == (quote.doc_id, quote.origin) else None
        haystack, tokens = streams[account].text(skip)
        if not tokens:
            continue
        found = fuzz.partial_ratio_alignment(said, haystack, score_cutoff=best[0] if best else 0)
        if found is not None and (best is None or found.score > best[0]):
            best = (found.score, streams[account].doc, haystack, tokens, found)
    return best


_SENTENCE = st.lists(st.sampled_from(_WORDS), min_size=3, max_size=12).map(lambda w: " ".join(w).capitalize() + ".")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_SENTENCE, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=5),
       st.data())
def test_the_closest_passage_is_the_plain_searchs(texts, data):
    docs = [document_from_text(f"d{i}", text) for i, text in enumerate(texts)]
    streams = _word_streams(docs)
    targets = list(streams)
    source = data.draw(st.sampled_from(texts))
    spoken = source.rstrip(".").split()
    first = data.draw(st.integers(0, len(spoken) - 1))
    cut = spoken[first:data.draw(st.integers(first + 1, len(spoken)))]
    if data.draw(st.booleans()):
        cut[data.draw(st.integers(0, len(cut) - 1))] = data.draw(st.sampled_from(_WORDS))
    said = words(" ".join(cut))
    quoting = data.draw(st.sampled_from(targets))
    quote = Quote(quoting[0], quoting[1], *data.draw(st.sampled_from([(0, 0), (0, 10**6), (5, 40)])))

    def comparable(best):
        return best and (best[0], best[1].doc_id, best[2], best[4].dest_start, best[4].dest_end)

    assert comparable(closest(quote, said, targets, streams)) == comparable(
        _plain_closest(quote, said, targets, streams))
