"""attribution-drift (D400): the same figure is attributed to different speakers.

What it flags: a figure slot (money, percent, count) — the same figure about the
same subject — that two accounts attribute to sources with nothing in common:
"official data shows" in one, the President's own remarks in another ("Xi said,
citing official data" shares the data with the first). Accounts that attribute
the figure to nobody are not counted, nor are facts everyone states (two leaders
both mentioning an anniversary is not drift).

Why it matters: who said a number is part of the fact. A figure from customs
statistics that a report puts in a leader's mouth (or the reverse) changes how
much weight it carries and who answers for it.

Fires: "Official data shows exports reached $5.2 billion in 2024." against
"Exports reached $5.2 billion in 2024, the minister Jane Doe said."
Silent: both attribute the figure to official data.
"""

from __future__ import annotations

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
    Case({"a": ("Minister Jane Doe: Exports reached $5.2 billion in 2024. Governor John Roe: Yes, "
                "exports reached $5.2 billion in 2024.", None),
          "b": ("Exports reached $5.2 billion in 2024, Minister Jane Doe said.", None)}, fires=False,
         note="sources that overlap are not drift"),
]
KINDS = ("money", "percent", "count")


def check(slot: Slot) -> Hit | None:
    """Fire when two accounts attribute a figure of this slot to different speakers."""
    if slot.kind not in KINDS or slot.relation == "diverge":
        return None
    speakers = {}
    for account, rows in slot.account_rows.items():
        named = sorted({row.speaker for row in rows if row.speaker})
        if named:
            speakers[account] = named
    sources = {account: _sources(names) for account, names in speakers.items()}
    accounts = list(sources)
    if not any(not (sources[a] & sources[b]) for i, a in enumerate(accounts) for b in accounts[i + 1:]):
        return None
    listed = "; ".join(f"{', '.join(names)} ({slot.label(account)})" for account, names in speakers.items())
    cited = slot.facts[slot.facts["speaker"] != ""]
    about = f" for '{slot.subject}'" if slot.subject else ""
    return Hit(f"The {slot.kind}{about} is attributed to different speakers: {listed}.", cited)


def _sources(names: list[str]) -> set[str]:
    """"Xi Jinping, citing official data" → {"xi jinping", "official data"}."""
    found = set()
    for name in names:
        for part in name.replace("citing", ",").split(","):
            if part.strip():
                found.add(" ".join(part.lower().split()))
    return found
