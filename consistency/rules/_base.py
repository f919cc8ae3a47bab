"""What every rule module shares: its hit type and its test cases.

A rule module defines ``CODE``, ``NAME`` (after the problem it flags),
``VERDICT``, ``SEVERITY``, a docstring in ruff's manner (what it flags, why it
matters, an example that fires and one that does not), ``CASES`` and
``check(slot) -> Hit | None``. The module list of this package is the registry.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


@dataclass
class Hit:
    """A rule firing on a slot: its one-sentence explanation and the facts it cites."""

    message: str
    facts: pd.DataFrame
    verdict: str = ""


@dataclass(frozen=True)
class Case:
    """A small corpus and whether the rule fires on it.

    ``documents`` maps a doc_id to ``(text, published ISO date or None)``.
    """

    documents: dict[str, tuple[str, str | None]]
    fires: bool
    note: str = ""
    expect: dict = field(default_factory=dict)
