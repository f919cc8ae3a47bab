"""date-conflict (D200): two accounts date or time the same event differently.

What it flags: dates of the same kind of event among the same people that
resolve to different days: "on Wednesday" (published Thursday 5 February) against
"on February 3"; and times of day that differ for one event ("on the afternoon
of March 3" against "on the evening of March 3"). Weekdays and year-less dates
are resolved against each document's publication date before they are compared.

Why it matters: a wrong date moves an event before or after others and changes
what caused what. It is also a common sign of a time-zone slip or of a
weekday resolved against the wrong day.

Fires: "Xi Jinping held talks with Vladimir Putin on Wednesday." (published
2026-02-05) against "Xi Jinping held talks with Vladimir Putin on February 3."
Silent: the same sentences with February 4; or two different events.
"""

from __future__ import annotations

from ._base import Case, Hit
from ._slot import Slot, account_label, normalised_display

CODE = "D200"
NAME = "date-conflict"
VERDICT = "diverge"
SEVERITY = "error"

CASES = [
    Case({"a": ("Xi Jinping held talks with Vladimir Putin on Wednesday.", "2026-02-05"),
          "b": ("Xi Jinping held talks with Vladimir Putin on February 3.", "2026-02-05")},
         fires=True),
    Case({"a": ("Xi Jinping held talks with Vladimir Putin on Wednesday.", "2026-02-05"),
          "b": ("Xi Jinping held talks with Vladimir Putin on February 4.", "2026-02-06")},
         fires=False),
    Case({"a": ("Xi Jinping held talks with Vladimir Putin on Wednesday.", "2026-02-05"),
          "b": ("Wang Yi met Sergei Shoigu on Sunday.", "2026-02-05")},
         fires=False, note="different people, different events"),
    Case({"a": ("Jane Doe held talks with John Roe in Geneva on the afternoon of March 3.", "2025-03-05"),
          "b": ("Jane Doe held talks with John Roe in Geneva on the evening of March 3.", "2025-03-05")},
         fires=True, kind="time"),
    Case({"a": ("Jane Doe held talks with John Roe on the afternoon of March 3.", "2025-03-05"),
          "b": ("Jane Doe spoke with Ann Poe by phone on the evening of March 3.", "2025-03-05")},
         fires=False, kind="time", note="different meetings on one day"),
    Case({"a": ("China and Russia held consultations in Beijing on Tuesday.", "2026-02-05"),
          "b": ("Sergei Shoigu and Wang Yi held consultations in Beijing on Sunday.",
                "2026-02-05")},
         fires=False, note="shared places alone do not make one event"),
]


def check(slot: Slot) -> Hit | None:
    """Fire on a date slot with two accounts dating the same event differently."""
    if slot.kind not in ("date", "time") or slot.relation != "diverge":
        return None
    a, b = slot.conflicts[0]
    cited = slot.facts.loc[sorted({i for pair in slot.conflicts for i in (pair[0].Index,
                                                                         pair[1].Index)})]
    event = f" of the {a.event}" if a.event else ""
    return Hit(f"The {slot.kind}{event} differs: {_reading(a, slot)}, but {_reading(b, slot)}.", cited)


def _reading(fact, slot: Slot) -> str:
    """"'Monday' (Reuters, published 2026-02-03) reads 2026-02-02": a relative date names the day it
    was resolved from, since the same weekday in reports of different days is a different day."""
    shown = f"{account_label(fact.source, fact.origin)}"
    reference = _reference_date(fact, slot) if getattr(fact, "resolution", "") == "relative" else None
    if reference:
        shown += f", published {reference}"
    return f"'{normalised_display(fact.surface)}' ({shown}) reads {readable_date(fact.value)}"


def _reference_date(fact, slot: Slot) -> str | None:
    """The date a relative date of ``fact`` was resolved from: its section's own date, else the
    document's publication date."""
    doc = next((d for d in slot.corpus.documents if d.doc_id == fact.doc_id), None) if slot.corpus else None
    if doc is None:
        return None
    return doc.reference_date(fact.start)


_PARTS = {"MO": "the morning", "AF": "the afternoon", "EV": "the evening", "NI": "the night"}


def readable_date(value: str) -> str:
    """A date or time value as a message shows it.

    >>> readable_date("2026-02-04TEV"), readable_date("XXXX-XX-XXTMO"), readable_date("2026-02-04T03:15")
    ('the evening of 2026-02-04', 'the morning', '03:15 on 2026-02-04')
    >>> readable_date("2026-02-04"), readable_date("")
    ('2026-02-04', 'an unresolved date')
    """
    if not value:
        return "an unresolved date"
    day, _, clock = value.partition("T")
    if not clock:
        return day
    known = "" if day == "XXXX-XX-XX" else day
    if clock in _PARTS:
        return f"{_PARTS[clock]} of {known}" if known else _PARTS[clock]
    return f"{clock} on {known}" if known else clock
