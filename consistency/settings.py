"""Tunable thresholds of alignment and comparison, with their defaults.

Set in the configuration's ``[thresholds]`` table (see :mod:`consistency.config`)
and passed explicitly to :func:`consistency.align.align`, the claim aligner and
the rules, so two checks with different settings never interfere.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass(frozen=True)
class Settings:
    """Every threshold a user may tune.

    ``numeric_tolerance`` widens each figure's interval by this fraction when two
    figures are compared (0.02 lets "$228 billion" meet "$232 billion");
    ``sentence_similarity`` (0–100) joins figures with no subject and dates with
    no named people; ``claim_similarity`` (0–100) aligns sentences into claims;
    ``person_overlap`` (0–1) is the share of names two dated sentences must share
    to date the same event; ``max_date_gap_days`` separates events in time;
    ``topics`` adds or replaces topic keyword lists for the emphasis rules.
    """

    numeric_tolerance: float = 0.0
    sentence_similarity: float = 85.0
    claim_similarity: float = 70.0
    person_overlap: float = 0.5
    max_date_gap_days: int = 31
    topics: dict = field(default_factory=dict)

    @classmethod
    def names(cls) -> list[str]:
        """The configuration keys, as written in ``[thresholds]`` (dashes for underscores)."""
        return [f.name.replace("_", "-") for f in fields(cls) if f.name != "topics"]


DEFAULT_SETTINGS = Settings()
