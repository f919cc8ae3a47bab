"""primary-omission (O200): a primary fact some reports carry and others leave out.

What it flags: a slot stated by a primary origin (a reprinted official text, or
a document the manifest marks ``primary = true``) and by at least one secondary
report, which other secondary reports in the corpus leave out. Only comparable
claims count (figures, counts, dates, durations, periods, ordinals), not every
name mentioned.

Why it matters: when the official text and some outlets give a figure, an
outlet that drops it has made an editorial choice — often the figure that is
inconvenient. Facts stated by a single account are flagged by unique-fact.

Fires: the readout gives "$5.2 billion" for exports, one newspaper repeats it,
another newspaper about the same talks does not mention it.
Silent: every report gives the figure; or only the readout does (unique-fact).
"""

from __future__ import annotations

from ._base import Case, Hit
from ._slot import Slot

CODE = "O200"
NAME = "primary-omission"
VERDICT = "omission"
SEVERITY = "info"
KINDS = ("money", "percent", "measure", "count", "date", "duration", "year_range", "ordinal", "time")

_READOUT = ("March 3 (Ministry) – The ministers met in Geneva on Monday. Exports reached $5.2 billion in "
            "2024, the ministers noted.\n\nOur correspondent adds that the talks were friendly.")
CASES = [
    Case({"a": (_READOUT, None),
          "b": ("The ministers met in Geneva. Exports reached $5.2 billion in 2024, they said.", None),
          "c": ("The ministers met in Geneva and spoke about fishing.", None)}, fires=True),
    Case({"a": (_READOUT, None),
          "b": ("The ministers met in Geneva. Exports reached $5.2 billion in 2024, they said.", None),
          "c": ("The ministers met in Geneva; exports reached $5.2 billion in 2024.", None)}, fires=False),
]


def check(slot: Slot) -> Hit | None:
    """Fire when primary and secondary accounts state the slot and some documents do not."""
    if slot.kind not in KINDS or slot.corpus is None:
        return None
    if slot.kind == "date" and all(len(v) <= 4 for v in slot.facts["value"]):
        return None  # a bare year is mostly the period of a figure, not a claim of its own
    primary = [a for a in slot.account_rows if slot.corpus.is_primary(*a)]
    secondary = [a for a in slot.account_rows if not slot.corpus.is_primary(*a)]
    if not primary or not secondary:
        return None
    stating = {doc_id for doc_id, _ in slot.account_rows}
    silent = [doc for doc in slot.corpus.documents if doc.usable and not doc.primary and doc.doc_id not in stating]
    if not silent:
        return None
    who = ", ".join(slot.label(a) for a in primary + secondary)
    missing = ", ".join(doc.source for doc in silent)
    shown = "', '".join(dict.fromkeys(" ".join(s.replace("\\", "").split()) for s in slot.facts["surface"]))
    about = f" for '{slot.subject}'" if slot.subject else ""
    return Hit(f"The {slot.kind}{about} '{shown}' is stated by {who}, but {missing} leave"
               f"{'s' if len(silent) == 1 else ''} it out.", slot.facts,
               values=[f"left out by {doc.doc_id}" for doc in silent])
