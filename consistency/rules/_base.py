"""What every rule module shares: its hit type and its test cases.

A rule module defines ``CODE``, ``NAME`` (after the problem it flags),
``VERDICT``, ``SEVERITY``, a docstring in ruff's manner (what it flags, why it
matters, an example that fires and one that does not), ``CASES`` and a check.
``SCOPE`` says what the check judges:

* ``"slot"`` (the default): ``check(slot) -> Hit | None`` for every slot of facts;
* ``"claim"``: ``check(claim) -> Hit | None`` for every claim (aligned sentences);
* ``"document"``: ``check(doc, facts) -> list[Hit]`` for every usable document;
* ``"corpus"``: ``check(corpus) -> list[Hit]`` once, with a :class:`Corpus`.

The module list of this package is the registry.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


@dataclass
class Hit:
    """A rule firing: its one-sentence explanation and what it cites.

    Slot rules cite ``facts``; claim, document and corpus rules give ``evidence``
    (dicts with doc_id, source, origin, start, end, surface, value) and the
    ``key``, ``kind``, ``subject`` and ``values`` that identify the finding.
    """

    message: str
    facts: pd.DataFrame | None = None
    verdict: str = ""
    evidence: list[dict] = field(default_factory=list)
    key: str = ""
    kind: str = ""
    subject: str = ""
    values: list[str] = field(default_factory=list)
    severity: str = ""  # a rule with graded outcomes may set it per hit; configuration still wins


@dataclass(frozen=True)
class Case:
    """A small corpus and whether the rule fires on it.

    ``documents`` maps a doc_id to ``(text, published ISO date or None)``; with
    ``kind`` set, only the rule's findings of that kind count.
    """

    documents: dict[str, tuple[str, str | None]]
    fires: bool
    note: str = ""
    expect: dict = field(default_factory=dict)
    kind: str | None = None
