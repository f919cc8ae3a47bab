"""A slot as the rules see it: its facts grouped by account, and how they relate.

An **account** is one origin within one document (CGTN's narration; the
Kremlin's text reprinted on an aggregator page). The relation between accounts
is computed once per slot and shared by every rule:

* ``single``: one account states it;
* ``same``: every account's value is the same (wording may differ);
* ``compatible``: the values overlap but differ in precision or bound;
* ``diverge``: two accounts state values that cannot both be true.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property

import pandas as pd

from .. import frames
from ..align import QUANTITY_KINDS, change_direction, date_relation, dates_linked, is_earlier_level
from ..settings import DEFAULT_SETTINGS, Settings

Account = tuple[str, str]  # (doc_id, origin)

#: Kinds that record mentions (who, which organisation, where, what was quoted) rather
#: than claims with a value to compare; the value rules leave them to their own rules.
MENTION_KINDS = frozenset({"person", "org", "place", "quote"})


def account_label(source: str, origin: str) -> str:
    """How a message names an account: "CGTN" or "aggregator (Kremlin)"."""
    return source if origin == "narration" else f"{source} ({origin})"


def normalised_surface(surface: str) -> str:
    """Wording compared for agree-vs-paraphrase: spacing, escapes and case folded."""
    return " ".join(surface.replace("\\", "").replace("\u00a0", " ").split()).lower()


@dataclass(frozen=True)
class CorpusView:
    """What a slot rule may know of the corpus: its documents and which accounts are primary."""

    documents: tuple

    def is_primary(self, doc_id: str, origin: str) -> bool:
        """True for a reprinted origin, or any account of a document marked primary."""
        for doc in self.documents:
            if doc.doc_id == doc_id:
                return doc.is_primary(origin)
        return False


@dataclass
class Slot:
    """The facts of one slot and the comparisons rules need.

    What is computed from ``facts`` is computed once and kept, so ``facts`` (whose index labels
    must be unique) is not to change once the slot is made.
    """

    slot_id: str
    facts: pd.DataFrame
    mates: dict = field(default_factory=dict)
    settings: Settings = DEFAULT_SETTINGS
    corpus: CorpusView | None = None
    #: ``facts`` as named tuples (``DataFrame.itertuples``), when the caller has them already.
    fact_rows: list | None = field(default=None, repr=False, compare=False)

    @cached_property  # asked for every pair of facts the slot compares
    def kind(self) -> str:
        return self.facts["kind"].iloc[0]

    @property
    def subject(self) -> str:
        """What the slot's figures measure, as findings name it: "revenue", or "revenue (earlier
        level)" for the levels a change started from."""
        subjects = [s for s in self.facts["subject"].tolist() if s]
        if not subjects:
            return ""
        notes = self.facts.get("note", ())
        earlier = len(notes) > 0 and all(is_earlier_level(note) for note in notes)
        return f"{subjects[0]} (earlier level)" if earlier else subjects[0]

    @cached_property
    def account_rows(self) -> dict[Account, list]:
        """The facts per account as named tuples, accounts in sorted order."""
        found: dict[Account, list] = {}
        for row in self._rows:
            found.setdefault((row.doc_id, row.origin), []).append(row)
        return dict(sorted(found.items()))

    def label(self, account: Account) -> str:
        return account_label(self.account_rows[account][0].source, account[1])

    @cached_property
    def relation(self) -> str:
        """``single``, ``same``, ``compatible`` or ``diverge`` (see module docs)."""
        if len(self.account_rows) < 2:
            return "single"
        if self.conflicts:
            return "diverge"
        if self.kind in QUANTITY_KINDS:
            intervals = {self._interval(rows) for rows in self.account_rows.values()}
            units = {row.unit for row in self._rows}
            return "same" if len(intervals) == 1 and len(units) == 1 else "compatible"
        values = {v for v in self.facts["value"] if v}
        if len(values) <= 1:
            return "same"
        return "compatible"

    @cached_property
    def conflicts(self) -> list[tuple]:
        """Pairs of facts (named tuples) from different accounts that cannot both be true."""
        pairs = []
        rows = self._rows
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                if (a.doc_id, a.origin) == (b.doc_id, b.origin):
                    continue
                if self._conflict(a, b):
                    pairs.append((a, b))
        return pairs

    def _conflict(self, a, b) -> bool:
        if self.kind in QUANTITY_KINDS:
            if opposite_changes(a, b):
                return True  # "rose 5%" cannot be "fell 5%", whatever the figures
            widen = self.settings.numeric_tolerance
            if points_and_percent(a, b):
                # "rose 2 percentage points" cannot be "rose 2%" of one rate (2% of a 7% rate is 0.14
                # points); figures far apart ("2 points" / "40%") may both hold.
                return not _disjoint(_widened(_bounds(a), widen), _widened(_bounds(b), widen))
            if not _disjoint(_widened(_bounds(a), widen), _widened(_bounds(b), widen)):
                return False
            # A sentence with several figures of this slot ("the 30th … and the 25th
            # anniversary") pairs each figure with its match, not with the others.
            return not (self._sentence_fits(b, a, widen) or self._sentence_fits(a, b, widen))
        if self.kind in ("date", "time"):
            return date_relation(a.value, b.value) == "differ" and dates_linked(a, b, self.mates, self.settings)
        return a.value != b.value

    @cached_property
    def _rows(self) -> list:
        """The slot's facts as named tuples (read once: pandas row access is slow per pair)."""
        return self.fact_rows if self.fact_rows is not None else list(frames.rows(self.facts))

    def rows_at(self, labels) -> list:
        """The slot's facts with the given index ``labels``, as named tuples, in that order."""
        return [self._by_label[label] for label in labels]

    @cached_property
    def _by_label(self) -> dict:
        return {row.Index: row for row in self._rows}

    @cached_property
    def _by_sentence(self) -> dict[tuple[str, int], list]:
        """The slot's facts per ``(doc_id, sentence_start)``."""
        found: dict[tuple[str, int], list] = {}
        for row in self._rows:
            found.setdefault((row.doc_id, row.sentence_start), []).append(row)
        return found

    def _sentence_fits(self, holder, value, widen: float) -> bool:
        """True when ``holder``'s sentence also holds a figure of this slot overlapping ``value``."""
        mates = self._by_sentence[(holder.doc_id, holder.sentence_start)]
        target = _widened(_bounds(value), widen)
        return any(not _disjoint(_widened(_bounds(m), widen), target) for m in mates if m.Index != holder.Index)

    @staticmethod
    def _interval(rows: list) -> tuple[float, float]:
        """The intersection of an account's intervals (its facts, named tuples, must all hold)."""
        bounds = [_bounds(r) for r in rows]
        low = max(b[0] for b in bounds)
        high = min(b[1] for b in bounds)
        if low > high:  # the account states several figures; keep their hull
            low = min(b[0] for b in bounds)
            high = max(b[1] for b in bounds)
        return low, high

    @cached_property
    def same_wording(self) -> bool:
        """True when every fact of the slot is worded alike."""
        return len({normalised_surface(s) for s in self.facts["surface"]}) == 1

    def values_by_account(self) -> str:
        """"'$228.1 billion' (CGTN, Pakistan Today); 'Wednesday' → 2026-02-04 (rki.news)"."""
        by_value: dict[str, list[str]] = {}
        for account, rows in self.account_rows.items():
            for row in rows:
                shown = f"'{normalised_display(row.surface)}'"
                if self.kind in ("date", "time"):
                    shown += f" → {row.value or 'unresolved'}"
                labels = by_value.setdefault(shown, [])
                if self.label(account) not in labels:
                    labels.append(self.label(account))
        return "; ".join(f"{value} ({', '.join(labels)})" for value, labels in by_value.items())


def points_and_percent(a, b) -> bool:
    """True when one of two facts is in percentage points and the other in percent."""
    return {getattr(a, "unit", ""), getattr(b, "unit", "")} == {"percentage points", "percent"}


def opposite_changes(a, b) -> bool:
    """True when facts ``a`` and ``b`` (rows with a ``note``) are changes in opposite directions."""
    up_or_down = {change_direction(getattr(a, "note", "")), change_direction(getattr(b, "note", ""))}
    return up_or_down == {"up", "down"}


def normalised_display(surface: str) -> str:
    """A surface as shown in messages: escapes dropped, spacing folded."""
    return " ".join(surface.replace("\\", "").replace("\u00a0", " ").split())


def _bounds(row) -> tuple[float, float]:
    low = row.low if row.low is not None and not _isnan(row.low) else -math.inf
    high = row.high if row.high is not None and not _isnan(row.high) else math.inf
    return low, high


def _isnan(value) -> bool:
    return isinstance(value, float) and math.isnan(value)


def _widened(interval: tuple[float, float], fraction: float) -> tuple[float, float]:
    """An interval widened by ``fraction`` of each bound's magnitude (the numeric tolerance)."""
    low, high = interval
    return low - abs(low) * fraction, high + abs(high) * fraction


def _disjoint(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two intervals share no value. The interval of a rounded figure is half-open ("6" is
    5.5 up to 6.5, "7" is 6.5 up to 7.5), so intervals of some width that only touch share none: six
    and seven members cannot both be true. A point (a width of nought) touches as it overlaps.

    >>> _disjoint((5.5, 6.5), (6.5, 7.5)), _disjoint((5.5, 6.5), (6.0, 7.0)), _disjoint((5.0, 5.0), (4.5, 5.0))
    (True, False, False)
    """
    low, high = max(a[0], b[0]), min(a[1], b[1])
    if high < low:
        return True
    touch = _TOUCH * max(abs(low), abs(high), 1e-300)  # the sums of decimal bounds are never exact
    return high - low <= touch < min(a[1] - a[0], b[1] - b[0])


#: How close, relative to their size, two bounds must be to touch.
_TOUCH = 1e-9
