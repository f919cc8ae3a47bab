"""negation-flip (D310): one account negates what another affirms.

What it flags: aligned sentences — the same statement in two accounts — where a
negation ("not", "never", "no", "without") stands in one and not the other:
"the talks did not produce an agreement" / "the talks did produce an agreement".

Why it matters: it reverses the claim. This is the most serious wording change
and almost always an error or a deliberate reframing.

Fires: "The delegation said the talks would produce a written agreement on fishing
rights." against "The delegation said the talks would not produce a written
agreement on fishing rights."
Silent: both affirm (or both deny); the negation sits in a clause only one account has
("… raised rates, warning that the fight against inflation is not over" against "… raised
rates"): that account says more, it does not deny the other.
"""

from __future__ import annotations

from ..claims import Claim
from ._base import Case, Hit
from ._claims import change_evidence, label, subject

CODE = "D310"
NAME = "negation-flip"
VERDICT = "diverge"
SEVERITY = "error"
SCOPE = "claim"

CASES = [
    Case({"a": ("The delegation said the talks would produce a written agreement on fishing rights.", None),
          "b": ("The delegation said the talks would not produce a written agreement on fishing rights.", None)},
         fires=True),
    Case({"a": ("The delegation said the talks would not produce a written agreement on fishing rights.", None),
          "b": ("The delegation said that the talks would not produce any written agreement on fishing "
                "rights.", None)}, fires=False),
    Case({"a": ("The central bank raised its main interest rate by a quarter point on Tuesday morning.", None),
          "b": ("The central bank raised its main interest rate by a quarter point on Tuesday morning, warning "
                "that the fight against inflation was not over.", None)}, fires=False),
]


def check(claim: Claim) -> Hit | None:
    """Fire on a claim where one sentence negates and its partner does not."""
    for pair in claim.changed:
        for change in pair.changes:
            if change.kind == "negation":
                negated, plain = (pair.a, pair.b) if change.left else (pair.b, pair.a)
                return Hit(f"{label(negated)} negates (\u201c{change.left or change.right}\u201d) what "
                           f"{label(plain)} states without negation.", evidence=change_evidence(pair, change),
                           key=claim.key, kind="claim", subject=subject(claim), values=["negation"])
    return None
