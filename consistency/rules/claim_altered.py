"""claim-altered (D300): an aligned statement changes a qualifier or a name.

What it flags: sentences that state the same thing in two accounts, except that
one adds or drops a qualifier inside an otherwise identical phrase ("the most
important issue" / "the most important and sensitive issue"; "a clash" / "a
potential clash") or swaps a name ("New Year greetings" / "Spring Festival
greetings"). Spelling variants, acronyms ("SCO" / "Shanghai Cooperation
Organization") and places named two ways are not changes; changed numbers and
dates are left to the fact rules.

Why it matters: a single added word can change what a government is reported to
have said. These are the differences a desk editor must check against the
origin before quoting.

Fires: "She called the border the most important issue in the relationship."
against "She called the border the most important and sensitive issue in the
relationship."
Silent: the same sentences reworded ("She described the border as the most
important issue in the relationship.").
"""

from __future__ import annotations

from ..claims import FUNCTION_WORDS, Claim
from ._base import Case, Hit
from ._claims import change_evidence, label, subject

CODE = "D300"
NAME = "claim-altered"
VERDICT = "diverge"
SEVERITY = "warning"
SCOPE = "claim"
KINDS = ("qualifier", "name")

CASES = [
    Case({"a": ("The minister called the border dispute the most important issue in bilateral relations.", None),
          "b": ("The minister called the border dispute the most important and sensitive issue in bilateral "
                "relations.", None)}, fires=True),
    Case({"a": ("The president extended warm Independence Day greetings to the minister and the people.", None),
          "b": ("The president extended warm New Year greetings to the minister and the people.", None)},
         fires=True),
    Case({"a": ("The minister called the border dispute the most important issue in bilateral relations.", None),
          "b": ("The minister described the border dispute as the most important issue in bilateral "
                "relations.", None)}, fires=False),
    Case({"a": ("Both leaders pledged closer coordination within the Shanghai Cooperation Organisation "
                "and the wider region.", None),
          "b": ("Both leaders pledged closer coordination within the SCO and the wider region.", None)},
         fires=False, note="an acronym is not a changed name"),
    Case({"a": ("The minister called the strike the most serious challenge facing the government this year.", None),
          "b": ("The minister called the strike a serious challenge facing the government this year.", None)},
         fires=True, note="a superlative dropped with its article"),
    Case({"a": ("Police said the fire was a deliberate attack on the mosque in the city centre.", None),
          "b": ("Police said the fire was a possible attack on the mosque in the city centre.", None)},
         fires=True, note="a hedge for a plain word"),
    Case({"a": ("Police said the fire was a deliberate attack on the mosque in the city centre.", None),
          "b": ("Police said the fire was a planned attack on the mosque in the city centre.", None)},
         fires=False, note="one plain word for another is rewording"),
]


def check(claim: Claim) -> Hit | None:
    """Fire on a claim with a qualifier or name change between two of its sentences."""
    found = [(pair, change) for pair in claim.changed for change in pair.changes if change.kind in KINDS]
    if not found:
        return None
    pair, change = found[0]
    others = len(found) - 1
    more = f" ({others} more such difference{'s' if others > 1 else ''} in this claim)" if others else ""
    evidence = [item for p, c in found for item in change_evidence(p, c)]
    unique = list({(e["doc_id"], e["start"], e["end"]): e for e in evidence}.values())
    return Hit(f"The same statement is worded with a difference: {_describe(pair, change)}{more}.",
               evidence=unique, key=claim.key, kind="claim", subject=subject(claim),
               values=sorted({f"{c.left}->{c.right}" for _, c in found}))


def _describe(pair, change) -> str:
    """"Pakistan Today adds “and sensitive”", "rki.news has “New Year” where the MFA has …"."""
    a, b = label(pair.a), label(pair.b)
    if not _says_anything(change.left) and _says_anything(change.right):
        return f"{b} adds \u201c{change.right}\u201d to what {a} says"
    if not _says_anything(change.right) and _says_anything(change.left):
        return f"{b} leaves out \u201c{change.left}\u201d that {a} says"
    if not change.left:
        return f"{b} adds \u201c{change.right}\u201d to what {a} says"
    if not change.right:
        return f"{b} leaves out \u201c{change.left}\u201d that {a} says"
    return f"{a} has \u201c{change.left}\u201d where {b} has \u201c{change.right}\u201d"


def _says_anything(words: str) -> bool:
    """False for nothing or articles and other function words alone ("a", "the")."""
    return any(word.lower() not in FUNCTION_WORDS for word in words.split())
