"""trend-contrast (E200): accounts give a topic opposite directions.

What it flags: a topic that one account describes with a negative trend word
("a minor decline", "fell", "slowdown") while another describes it only with
positive ones ("sound momentum", "grew robustly").

Why it matters: the figures may agree while the framing differs — one side
admits a fall, the other reports only growth. It is an emphasis, not a factual
contradiction, and the analyst decides which framing to carry.

Fires: "Despite a minor decline, trade stayed above $200 billion." against
"Trade exchanges maintained a sound momentum."
Silent: both speak of growth.
"""

from __future__ import annotations

from ..claims import claim_sentences
from ..topics import compile_topics, coverage
from ._base import Case, Hit
from ._claims import label, sentence_evidence

CODE = "E200"
NAME = "trend-contrast"
VERDICT = "emphasis"
SEVERITY = "info"
SCOPE = "corpus"
TOPIC_MIN_WORDS = 3  # short sentences still show what an account talks about

CASES = [
    Case({"a": ("Despite a minor decline in the autumn months, bilateral trade stayed above $200 billion.", None),
          "b": ("Bilateral economic and trade exchanges have maintained a sound momentum this year.", None)},
         fires=True),
    Case({"a": ("Bilateral trade grew steadily and stayed above $200 billion in the autumn months.", None),
          "b": ("Bilateral economic and trade exchanges have maintained a sound momentum this year.", None)},
         fires=False),
]


def check(corpus) -> list[Hit]:
    """One finding per topic with accounts on opposite sides."""
    sentences = claim_sentences(corpus.documents, TOPIC_MIN_WORDS)
    covered = coverage(sentences, compile_topics(getattr(corpus, "topics", None)))
    topics = sorted({t for c in covered.values() for t in c.negative})
    hits = []
    for topic in topics:
        down = {a: c.negative[topic] for a, c in covered.items() if c.negative.get(topic)}
        up = {a: c.positive[topic] for a, c in covered.items() if c.positive.get(topic) and a not in down}
        if down and up:
            hits.append(_hit(topic, down, up))
    return hits


def _hit(topic: str, down: dict, up: dict) -> Hit:
    def quoted(items: dict) -> str:
        return "; ".join(f"{label(found[0][0])} (\u201c{found[0][1].group()}\u201d)" for found in items.values())

    evidence = []
    for items in (*down.values(), *up.values()):
        sentence, match = items[0]
        item = sentence_evidence(sentence)
        item.update(start=sentence.start + match.start(), end=sentence.start + match.end(), surface=match.group())
        evidence.append(item)
    return Hit(f"On {topic}, {quoted(down)} speak{'s' if len(down) == 1 else ''} of a downturn, while "
               f"{quoted(up)} report{'s' if len(up) == 1 else ''} only growth.", evidence=evidence,
               key=f"trend:{topic}", kind="topic", subject=topic,
               values=sorted({m.group().lower() for items in down.values() for _, m in items}))
