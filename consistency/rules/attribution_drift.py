"""attribution-drift (D400): the same figure is attributed to different speakers.

What it flags: a quantity slot — the same figure about the same subject — that
accounts attribute to different sources: "official data shows" in one, "Xi
said, citing official data" in another, the President's own remarks in a third.
Accounts that attribute the figure to nobody are not counted.

Why it matters: who said a number is part of the fact. A figure from customs
statistics that a report puts in a leader's mouth (or the reverse) changes how
much weight it carries and who answers for it.

Fires: "Official data shows exports reached $5.2 billion in 2024." against
"Exports reached $5.2 billion in 2024, the minister Jane Doe said."
Silent: both attribute the figure to official data.
"""

from __future__ import annotations

from ..align import QUANTITY_KINDS
from ._base import Case, Hit
from ._slot import Slot

CODE = "D400"
NAME = "attribution-drift"
VERDICT = "diverge"
SEVERITY = "warning"

CASES = [
    Case({"a": ("Official data shows that exports reached $5.2 billion in 2024.", None),
          "b": ("Exports reached $5.2 billion in 2024, Minister Jane Doe said.", None)}, fires=True),
    Case({"a": ("Official data shows that exports reached $5.2 billion in 2024.", None),
          "b": ("According to official data, exports reached $5.2 billion in 2024.", None)}, fires=False),
    Case({"a": ("Official data shows that exports reached $5.2 billion in 2024.", None),
          "b": ("Exports reached $5.2 billion in 2024.", None)}, fires=False,
         note="an unattributed figure is not a different attribution"),
]


def check(slot: Slot) -> Hit | None:
    """Fire when two accounts attribute a figure of this slot to different speakers."""
    if slot.kind not in QUANTITY_KINDS or slot.relation == "diverge":
        return None
    speakers = {}
    for account, rows in slot.accounts.items():
        named = sorted({s for s in rows["speaker"] if s})
        if named:
            speakers[account] = named
    if len({tuple(_normal(s) for s in names) for names in speakers.values()}) < 2:
        return None
    listed = "; ".join(f"{', '.join(names)} ({slot.label(account)})" for account, names in speakers.items())
    cited = slot.facts[slot.facts["speaker"] != ""]
    about = f" for '{slot.subject}'" if slot.subject else ""
    return Hit(f"The {slot.kind}{about} is attributed to different speakers: {listed}.", cited)


def _normal(speaker: str) -> str:
    return " ".join(speaker.lower().replace("according to", "").split())
