"""precision-difference (C100): values that overlap but differ in precision or bound.

What it flags: a slot whose accounts give values that can all be true at once
but are not the same claim: "$228.1 billion" against "considerably above $200
billion"; "February 4" with no year against "Feb 4, 2026"; "in November"
against "November 12".

Why it matters: one source is vaguer than another. That is not a
contradiction, but it tells the analyst which source carries the precise figure
and which only a bound, often a sign of a different origin or of rounding.

Fires: "Trade reached $228.1 billion in 2025." against "Trade has been
considerably above $200 billion in 2025."
Silent: both say "$228.1 billion".
"""

from __future__ import annotations

from ..extractors._numbers import APPROX_TOLERANCE
from ._base import Case, Hit
from ._slot import MENTION_KINDS, Slot

CODE = "C100"
NAME = "precision-difference"
VERDICT = "compatible"
SEVERITY = "info"

CASES = [
    Case({"a": ("Bilateral trade reached $228.1 billion in 2025.", None),
          "b": ("Bilateral trade has been considerably above $200 billion in 2025.", None)},
         fires=True),
    Case({"a": ("Bilateral trade reached $228.1 billion in 2025.", None),
          "b": ("Bilateral trade reached $228.14 billion in 2025.", None)},
         fires=True),
    Case({"a": ("Bilateral trade reached $228.1 billion in 2025.", None),
          "b": ("Bilateral trade reached $228.1 billion in 2025.", None)},
         fires=False),
]


def check(slot: Slot) -> Hit | None:
    """Fire when every pair of accounts overlaps but not all state the same value."""
    if slot.kind in MENTION_KINDS or slot.relation != "compatible":
        return None
    tolerance = (f"precision read from each figure's digits, 'about' as ±{APPROX_TOLERANCE:.0%}"
                 if slot.kind != "date" else "a date without a year or day matches any")
    return Hit(f"The {slot.kind}{_about(slot)} is stated at different precision, and all "
               f"accounts can be true together: {slot.values_by_account()} ({tolerance}).",
               slot.facts)


def _about(slot: Slot) -> str:
    return f" for '{slot.subject}'" if slot.subject else ""
