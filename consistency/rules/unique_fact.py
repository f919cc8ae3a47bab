"""unique-fact (O100): a fact that only one account states.

What it flags: a slot with a single account: a figure, a date or an event
that no other source or origin mentions.

Why it matters: an uncorroborated fact may be exclusive reporting, an addition
by one origin (what the Kremlin says and the Foreign Ministry leaves out), or an
error nobody repeated. Either way an analyst wants to know it stands alone.

Fires: one report says "Agricultural trade grew by $3 billion in 2025." and no
other report gives that figure.
Silent: two reports give the figure.
"""

from __future__ import annotations

from ._base import Case, Hit
from ._slot import MENTION_KINDS, Slot

CODE = "O100"
NAME = "unique-fact"
VERDICT = "omission"
SEVERITY = "info"

CASES = [
    Case({"a": ("Agricultural exports grew to $3 billion in 2025.", None),
          "b": ("The leaders met in Beijing.", None)}, fires=True),
    Case({"a": ("Agricultural exports grew to $3 billion in 2025.", None),
          "b": ("Agricultural exports grew to $3 billion in 2025, the ministry said.", None)},
         fires=False),
]


def check(slot: Slot) -> Hit | None:
    """Fire on a slot stated by a single account."""
    if slot.kind in MENTION_KINDS or slot.relation != "single":
        return None
    account = next(iter(slot.account_rows))
    surfaces = "', '".join(dict.fromkeys(" ".join(s.replace("\\", "").split())
                                         for s in slot.facts["surface"]))
    about = f" for '{slot.subject}'" if slot.subject else ""
    return Hit(f"Only {slot.label(account)} states the {slot.kind}{about} '{surfaces}'; "
               f"no other source or origin mentions it.", slot.facts)
