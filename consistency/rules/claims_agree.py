"""claims-agree (A200): sentences across accounts state the same thing.

What it flags: a claim — sentences from two or more accounts that, with
numbers, dates and names masked, share most of their wording — with no change
of qualifier, name or negation between them. ``agree`` when the wording is the
same, ``paraphrase`` when it is reworded.

Why it matters: it shows which statements the sources corroborate and which
ones a source copied or reworded from an origin, so the analyst can set the
agreeing bulk aside and read what differs.

Fires: "The ministers agreed to expand trade in farm products and energy this
spring." against "Ministers agreed to expand the trade in farm products and in
energy this spring."
Silent: two sentences about different things. Sentences that differ only in
their figures or dates ("killed 40" / "killed 47") still fire, and the message
says their figures or dates are worded differently: the fact rules judge those.
"""

from __future__ import annotations

from ..claims import Claim, figures
from ._base import Case, Hit
from ._claims import label, sentence_evidence, subject

CODE = "A200"
NAME = "claims-agree"
VERDICT = "paraphrase"
SEVERITY = "info"
SCOPE = "claim"

CASES = [
    Case({"a": ("The ministers agreed to expand trade in farm products and energy during the talks.", None),
          "b": ("Ministers agreed to expand the trade in farm products and in energy during their talks.", None)},
         fires=True, expect={"verdict": "paraphrase"}),
    Case({"a": ("The ministers agreed to expand trade in farm products and energy during the talks.", None),
          "b": ("The ministers agreed to expand trade in farm products and energy during the talks.", None)},
         fires=True, expect={"verdict": "agree"}),
    Case({"a": ("The ministers agreed to expand trade in farm products and energy during the talks.", None),
          "b": ("Heavy rain flooded the northern valleys and closed several mountain roads overnight.", None)},
         fires=False),
]


def check(claim: Claim) -> Hit | None:
    """Fire on a claim whose aligned sentences differ in wording only."""
    if claim.changed:
        return None
    same = len({" ".join(s.tokens).lower() for s in claim.sentences}) == 1
    verdict = "agree" if same else "paraphrase"
    accounts = ", ".join(dict.fromkeys(label(s) for s in claim.sentences))
    how = "in the same words" if same else "in different words"
    # "killed 40" / "killed 47": the wording agrees, the figures are the fact findings' to judge
    aside = (", apart from figures or dates that the fact findings compare"
             if len({figures(s) for s in claim.sentences}) > 1 else "")
    return Hit(f"{len(claim.sentences)} sentences state the same thing {how} ({accounts}){aside}: "
               f"\u201c{_short(claim.sentences[0].text)}\u201d.",
               verdict=verdict, evidence=[sentence_evidence(s) for s in claim.sentences],
               key=claim.key, kind="claim", subject=subject(claim))


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
