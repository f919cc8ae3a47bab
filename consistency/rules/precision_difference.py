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
A change given in percentage points and one in percent far apart ("rose 2
percentage points" / "rose 40%") can both be true and fires too, naming the units.

Silent: both say "$228.1 billion".
"""

from __future__ import annotations

from ._base import Case, Hit
from ._slot import MENTION_KINDS, Slot, normalised_display

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
    Case({"a": ("The jobless rate rose 2 percentage points to 7% in January, the statistics office said.", None),
          "b": ("The jobless rate rose 40% to 7% in January, the statistics office said.", None)}, fires=True,
         kind="percent", note="2 points on a rate of 5% is a rise of 40%"),
]


def check(slot: Slot) -> Hit | None:
    """Fire when every pair of accounts overlaps but not all state the same value."""
    if slot.kind in MENTION_KINDS or slot.relation != "compatible":
        return None
    rows = [row for rows in slot.account_rows.values() for row in rows]
    # "rose 2 percentage points" / "rose 40%" (see value-conflict); a time's unit is its zone as
    # written ("ET", "Eastern Time"), no unit of change
    if slot.kind == "percent" and len({row.unit for row in rows}) > 1:
        shown = "; ".join(f"'{normalised_display(row.surface)}' ({slot.label((row.doc_id, row.origin))}) in "
                          f"{'percentage points' if row.unit == 'percentage points' else 'percent of the level'}"
                          for row in _first_per_unit(rows))
        return Hit(f"The change{_about(slot)} is given in different units, and both can be true: {shown}.",
                   slot.facts)
    return Hit(f"The {slot.kind}{_about(slot)} is given as different but overlapping values, all of "
               f"which can be true together: {slot.values_by_account()} ({_why(slot)}).",
               slot.facts)


#: How a figure with each qualifier leaves room for another ("at least 40" holds 47).
_LOOSE = {"above": "a lower bound", "below": "an upper bound", "range": "a range",
          "approx": "approximate"}


def _why(slot: Slot) -> str:
    """Why the values overlap, from what the figures themselves say: "'At least 40 people' is a
    lower bound", or the precision of plain figures ("three weeks" against "21 days")."""
    if slot.kind in ("date", "time"):
        return "a date without its year or day matches any date it leaves open"
    rows = [row for rows in slot.account_rows.values() for row in rows]
    loose = list(dict.fromkeys(f"'{normalised_display(row.surface)}' is {_LOOSE[row.qualifier]}"
                               for row in rows if row.qualifier in _LOOSE))
    return "; ".join(loose) if loose else "each figure is read at the precision of its digits"


def _first_per_unit(rows: list) -> list:
    found: dict = {}
    for row in rows:
        found.setdefault(row.unit, row)
    return list(found.values())


def _about(slot: Slot) -> str:
    return f" for '{slot.subject}'" if slot.subject else ""
