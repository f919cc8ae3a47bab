"""attribution-drift (D400): the same figure is attributed to different speakers.

What it flags: a figure slot (money, percent, count) — the same figure about the
same subject — that two accounts attribute to sources with nothing in common:
"official data shows" in one, the President's own remarks in another ("Xi said,
citing official data" shares the data with the first). Accounts that attribute
the figure to nobody are not counted, nor are facts everyone states (two leaders
both mentioning an anniversary is not drift).

A direct quote worded the same in two accounts but put in different mouths
("“We will not close a single hospital,” Health Minister Ana Ruiz said" against
"…,” Prime Minister Tom Lee said") is drift too.

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
    Case({"a": ("\u201cWe will not close a single hospital this year,\u201d Health Minister Ana Ruiz said.", None),
          "b": ("\u201cWe will not close a single hospital this year,\u201d Prime Minister Tom Lee said.", None)},
         fires=True, kind="quote", note="one quote in two mouths"),
    Case({"a": ("\u201cWe will not close a single hospital this year,\u201d Health Minister Ana Ruiz said.", None),
          "b": ("\u201cWe will not close a single hospital this year,\u201d Ruiz told reporters.", None)},
         fires=False, kind="quote", note="the same speaker named two ways"),
]
KINDS = ("money", "percent", "count", "quote")
MIN_QUOTE_WORDS = 6  # shorter quotes ("It was a historic day") are things many people say


def check(slot: Slot) -> Hit | None:
    """Fire when two accounts attribute a figure, or the same direct quote, to different speakers."""
    if slot.kind not in KINDS or slot.relation == "diverge":
        return None
    speakers = {}
    for account, rows in slot.account_rows.items():
        named = sorted({row.speaker for row in rows if row.speaker and _counted(row)})
        if named:
            speakers[account] = named
    sources = {account: _sources(names) for account, names in speakers.items()}
    accounts = list(sources)
    if not any(not (sources[a] & sources[b]) for i, a in enumerate(accounts) for b in accounts[i + 1:]):
        return None
    listed = "; ".join(f"{', '.join(names)} ({slot.label(account)})" for account, names in speakers.items())
    cited = slot.facts[slot.facts["speaker"] != ""]
    if slot.kind == "quote":
        said = " ".join(str(slot.facts["surface"].iloc[0]).split())
        return Hit(f"The quote \u201c{said}\u201d is attributed to different speakers: {listed}.", cited)
    about = f" for '{slot.subject}'" if slot.subject else ""
    return Hit(f"The {slot.kind}{about} is attributed to different speakers: {listed}.", cited)


def _counted(row) -> bool:
    """Figures count whoever gives them; a quote counts when it is direct and long enough to be
    one person's words (reported speech is the reporter's wording, and its figures are judged)."""
    if row.kind != "quote":
        return True
    return row.note not in ("reported", "fragment") and len(str(row.surface).split()) >= MIN_QUOTE_WORDS


def _sources(names: list[str]) -> set[str]:
    """"Xi Jinping, citing official data" → {"xi jinping", "official data"}."""
    found = set()
    for name in names:
        for part in name.replace("citing", ",").split(","):
            if part.strip():
                found.add(" ".join(part.lower().split()))
    return found
