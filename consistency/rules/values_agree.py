"""values-agree (A100): the accounts state the same value.

What it flags: a slot where every account gives the same value — ``agree`` when
the wording is the same too, ``paraphrase`` when it differs ("Feb 4" and
"on Wednesday" for the same day; "$228.1 billion" and "US$228.1bn").

Why it matters: agreement is evidence. An analyst needs to see which facts are
corroborated, and how many independent accounts carry them.

Fires: "The talks were held on Wednesday." (published 2026-02-05) and "The
talks were held on February 4." (published 2026-02-05).
Silent: one report says February 4, the other February 5.
"""

from __future__ import annotations

from ._base import Case, Hit
from ._slot import MENTION_KINDS, Slot

CODE = "A100"
NAME = "values-agree"
VERDICT = "agree"
SEVERITY = "info"

CASES = [
    Case({"a": ("Xi Jinping held talks with Vladimir Putin on Wednesday.", "2026-02-05"),
          "b": ("Xi Jinping held talks with Vladimir Putin on February 4.", "2026-02-05")},
         fires=True, expect={"verdict": "paraphrase"}, kind="date"),
    Case({"a": ("Exports reached $5.2 billion in 2024.", None),
          "b": ("Exports reached $5.2 billion in 2024, officials said.", None)},
         fires=True, expect={"verdict": "agree"}, kind="money"),
    Case({"a": ("Xi Jinping held talks with Vladimir Putin on February 4.", "2026-02-05"),
          "b": ("Xi Jinping held talks with Vladimir Putin on February 5.", "2026-02-06")},
         fires=False, kind="date"),
]


def check(slot: Slot) -> Hit | None:
    """Fire when two or more accounts state one value."""
    if slot.kind in MENTION_KINDS or slot.relation != "same":
        return None
    verdict = "agree" if slot.same_wording else "paraphrase"
    how = "in the same words" if verdict == "agree" else "in different words"
    return Hit(f"{len(slot.account_rows)} accounts state the same {slot.kind}"
               f"{_about(slot)} {how}: {slot.values_by_account()}.", slot.facts, verdict)


def _about(slot: Slot) -> str:
    return f" for '{slot.subject}'" if slot.subject else ""
