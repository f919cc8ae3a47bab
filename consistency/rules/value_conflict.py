"""value-conflict (D100): two accounts give quantities that cannot both be true.

What it flags: money, percentages, counts and other quantities about the same
subject and period whose intervals do not overlap: "$228.1 billion" against
"$218.1 billion"; "over 56,000 students" against "about 40,000 students".

Why it matters: this is a factual divergence. One source has a different
figure, a typo, an older number or another definition; the analyst must find
out which before repeating it.

A change that goes the other way ("exports rose 5%" against "exports fell 5%")
diverges too, whatever its figure; and so does one figure given as a change in
percentage points and as a change in percent ("rose 2 percentage points" against
"rose 2%"), a warning since the slip is usually one of wording.

Fires: "Bilateral trade reached $228.1 billion in 2025." against "Bilateral
trade reached $218.1 billion in 2025."
Silent: "$228.1 billion" against "more than $200 billion" (compatible).
"""

from __future__ import annotations

from ..align import QUANTITY_KINDS, change_direction
from ._base import Case, Hit
from ._slot import Slot, account_label, normalised_display, opposite_changes, points_and_percent

CODE = "D100"
NAME = "value-conflict"
VERDICT = "diverge"
SEVERITY = "error"

CASES = [
    Case({"a": ("Bilateral trade reached $228.1 billion in 2025.", None),
          "b": ("Bilateral trade reached $218.1 billion in 2025.", None)}, fires=True),
    Case({"a": ("Bilateral trade reached $228.1 billion in 2025.", None),
          "b": ("Bilateral trade was more than $200 billion in 2025.", None)}, fires=False),
    Case({"a": ("Bilateral trade reached $228.1 billion in 2025.", None),
          "b": ("Bilateral trade reached $190 billion in 2024.", None)}, fires=False,
         note="different years are different slots"),
    Case({"a": ("Exports to the region rose 5% in 2025, the ministry said.", None),
          "b": ("Exports to the region fell 5% in 2025, the ministry said.", None)}, fires=True,
         note="a rise against a fall"),
    Case({"a": ("The army sent 2,000 more troops to the border in March.", None),
          "b": ("The army has 30,000 troops at the border.", None)}, fires=False,
         note="a change and a level are different quantities"),
    Case({"a": ("The jobless rate rose 2 percentage points to 7% in January, the statistics office said.", None),
          "b": ("The jobless rate rose 2% to 7% in January, the statistics office said.", None)}, fires=True,
         note="one figure in points and in percent", expect={"severity": "warning"}, kind="percent"),
    Case({"a": ("The jobless rate rose 2 percentage points to 7% in January, the statistics office said.", None),
          "b": ("The jobless rate rose 40% to 7% in January, the statistics office said.", None)}, fires=False,
         note="2 points on a rate of 5% is a rise of 40%"),
]


def check(slot: Slot) -> Hit | None:
    """Fire on a quantity slot with a pair of accounts whose intervals are disjoint."""
    if slot.kind not in QUANTITY_KINDS or slot.relation != "diverge":
        return None
    a, b = slot.conflicts[0]
    cited = slot.facts.loc[sorted({i for pair in slot.conflicts for i in (pair[0].Index,
                                                                         pair[1].Index)})]
    if points_and_percent(a, b) and not opposite_changes(a, b):
        points, percent = (a, b) if a.unit == "percentage points" else (b, a)
        return Hit(f"The change{_about(slot)} differs in unit: "
                   f"'{normalised_display(points.surface)}' ({account_label(points.source, points.origin)}) "
                   f"is in percentage points, '{normalised_display(percent.surface)}' "
                   f"({account_label(percent.source, percent.origin)}) in percent of the level, and one "
                   f"figure cannot be both.", cited, severity="warning")
    if opposite_changes(a, b):
        return Hit(f"The {slot.kind}{_about(slot)} moves the other way: "
                   f"'{normalised_display(a.surface)}' is a {_MOVES[change_direction(a.note)]} in "
                   f"{account_label(a.source, a.origin)}, '{normalised_display(b.surface)}' a "
                   f"{_MOVES[change_direction(b.note)]} in {account_label(b.source, b.origin)}.", cited)
    return Hit(f"The {slot.kind}{_about(slot)} differs: "
               f"'{normalised_display(a.surface)}' ({account_label(a.source, a.origin)}) "
               f"cannot be '{normalised_display(b.surface)}' "
               f"({account_label(b.source, b.origin)}); the intervals do not overlap even "
               f"at each figure's stated precision.", cited)


_MOVES = {"up": "rise", "down": "fall"}


def _about(slot: Slot) -> str:
    scope = slot.facts["scope"]
    year = next((s for s in scope if s), "")
    subject = f" for '{slot.subject}'" if slot.subject else ""
    return subject + (f" in {year}" if year else "")
