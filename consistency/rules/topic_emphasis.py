"""topic-emphasis (E100): topics one origin covers and another leaves out.

What it flags: for two origins reporting the same event (the texts a page
reprints, such as the Foreign Ministry's readout and the Kremlin's transcript),
the topics — themes from the topic lists, and places named — that one covers in
at least ``MIN_SENTENCES`` sentences and the other never mentions. When a corpus
holds fewer than two reprinted origins, the documents' own narrations are
compared instead.

Why it matters: what a government leaves out of its readout is as telling as
what it says. Side by side, the two accounts show what each side chose to
stress.

Fires: origin A discusses energy supplies and Iran in several sentences;
origin B, about the same call, mentions neither.
Silent: both mention the same topics, whatever the wording.
"""

from __future__ import annotations

from collections import defaultdict

from .. import frames
from ..claims import claim_sentences
from ..topics import compile_topics, coverage
from ._base import Case, Hit
from ._claims import label, sentence_evidence
from ._evidence import fact_evidence

CODE = "E100"
NAME = "topic-emphasis"
VERDICT = "emphasis"
SEVERITY = "info"
SCOPE = "corpus"
TOPIC_MIN_WORDS = 3  # short sentences still show what an account talks about
MIN_SENTENCES = 2
MIN_ACCOUNT_SENTENCES = 4  # accounts shorter than this are too brief to judge by omission

_CALL = "The leaders held a long video call on Monday and reviewed the year behind them in detail."
CASES = [
    Case({"a": ("March 3 (Palace) – " + _CALL + " They discussed energy supplies, including oil and gas "
                "deliveries through the northern pipeline. Energy cooperation will deepen further next year. "
                "They also reviewed cultural exchanges between the two peoples. Cultural ties are strong.\n\n"
                "March 3 (Ministry) – " + _CALL + " They reviewed cultural exchanges between the two peoples. "
                "Cultural ties are strong and student numbers keep rising every year. The talks were "
                "friendly and frank.", None)}, fires=True),
    Case({"a": ("March 3 (Palace) – " + _CALL + " They discussed energy supplies, including oil and gas "
                "deliveries through the northern pipeline. Energy cooperation will deepen further next year. "
                "They also reviewed cultural exchanges between the two peoples.\n\n"
                "March 3 (Ministry) – " + _CALL + " They reviewed cultural exchanges between the two peoples "
                "and energy cooperation, including pipeline gas deliveries. The talks were friendly and frank. "
                "Energy ties will deepen further next year.", None)}, fires=False),
]


def check(corpus) -> list[Hit]:
    """One finding per ordered pair of accounts: what the first covers and the second omits."""
    sentences = claim_sentences(corpus.documents, TOPIC_MIN_WORDS)
    accounts = _compared_accounts(sentences)
    if len(accounts) < 2:
        return []
    covered = coverage([s for s in sentences if s.account in accounts], compile_topics(getattr(corpus, "topics", None)))
    places = _places(corpus.facts, accounts)
    hits = []
    for a in accounts:
        for b in accounts:
            if a == b:
                continue
            topics = {t: items for t, items in covered[a].sentences.items()
                      if len(items) >= MIN_SENTENCES and not covered[b].sentences.get(t)}
            topics.update({p: items for p, items in places[a].items()
                           if len(items) >= MIN_SENTENCES and p not in places[b]})
            if topics:
                hits.append(_hit(a, b, topics, accounts))
    return hits


def _compared_accounts(sentences) -> dict:
    """Reprinted origins when there are two or more, else the documents' narrations."""
    counts: dict = defaultdict(int)
    for sentence in sentences:
        counts[sentence.account] += 1
    big = {account: n for account, n in counts.items() if n >= MIN_ACCOUNT_SENTENCES}
    origins = {a: n for a, n in big.items() if a[1] != "narration"}
    chosen = origins if len(origins) >= 2 else {a: n for a, n in big.items() if a[1] == "narration"}
    first = {}
    for sentence in sentences:
        if sentence.account in chosen and sentence.account not in first:
            first[sentence.account] = sentence
    return first


def _places(facts, accounts) -> dict:
    found: dict = defaultdict(lambda: defaultdict(list))
    places = facts[facts["kind"] == "place"] if "kind" in facts else facts
    for row in frames.rows(places):
        if (row.doc_id, row.origin) in accounts and row.value:
            found[(row.doc_id, row.origin)][row.value].append(row)
    return found


def _hit(a, b, topics: dict, accounts: dict) -> Hit:
    names = sorted(topics, key=lambda t: (-len(topics[t]), t))
    listed = ", ".join(f"{t} ({len(topics[t])})" for t in names)
    evidence = []
    for topic in names[:6]:
        item = topics[topic][0]
        if hasattr(item, "tokens"):
            evidence.append(sentence_evidence(item))
        else:
            evidence.append(fact_evidence(item))
    other = label(accounts[b])
    evidence.append(sentence_evidence(accounts[b]))
    return Hit(f"{label(accounts[a])} covers topics that {other} never mentions: {listed} "
               f"(sentences per topic).", evidence=evidence, key=f"emphasis:{a[1]}>{b[1]}:{a[0]}>{b[0]}",
               kind="topic", subject=", ".join(names[:5]), values=names)
