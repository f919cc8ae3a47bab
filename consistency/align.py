"""Alignment: which facts across sources speak of the same thing (slots).

* **Quantities** (money, percent, count, …) share a slot when they have the same
  kind, unit and subject ("trade") and no conflicting time scope ("in 2025" vs
  "in 2024"). A figure with no year is of its report's present: it joins a figure of the
  present year or the year before ("trade reached $228bn in 2025", reported in 2026), never
  one of a year further back ("a quake in 1998, when 93 people died" is history). A change
  ("fell 5%", "2,000 more troops": ``note`` ``change:up`` or ``change:down``) never shares a
  slot with a level ("5% of exports", "30,000 troops"); a rise and a fall of one subject do,
  and so do a change in percentage points and one in percent ("rose 2 points" / "rose 2%").
  An earlier level ("$5bn, up from [$4bn]", note ``level:before``) shares a slot only with
  earlier levels. A quantity with no subject joins another only when their sentences, numbers
  masked, read nearly the same.
* **Dates** share a slot when they date the same kind of event ("meeting",
  "expiry", or a "decision" named by its verb: "the bank cut rates on Monday") among the same
  people. Dates that agree may be linked on weaker
  evidence than dates that differ: a divergence is only ever declared between
  two dates whose sentences name the same event with the same people (or, when
  neither names a person, read nearly the same). Dates more than
  ``Settings.max_date_gap_days`` apart are taken to be different events.
* Everything else shares a slot by kind and canonical value.

A slot reported by a single account (document × origin) is a slot of its own
and surfaces as an omission/unique finding. Facts from metadata (date lines,
datelines) describe documents, not the event, and get no slot.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist

from . import frames
from .gazetteer import is_place
from .settings import DEFAULT_SETTINGS, Settings

QUANTITY_KINDS = {"money", "percent", "measure", "count", "ordinal", "year_range", "duration"}

_MASK = re.compile(r"\\?[$€£¥]?\d[\d,.:]*|\b(?:January|February|March|April|May|June|July|August|"
                   r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
                   r"Friday|Saturday|Sunday|today|tomorrow|yesterday)\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)  # clustering compares each sentence with many others
def masked(sentence: str) -> str:
    """A sentence with numbers and dates replaced, for comparing wording.

    >>> masked("Trade hit $5.1 billion on Monday.")
    'trade hit # billion on #.'
    """
    return _MASK.sub("#", sentence.replace("\u00a0", " ")).lower()


#: How much lower the similarity bar is for joining dates whose values already agree:
#: joining them cannot invent a divergence, only merge two mentions of one date.
LOOSE_SLACK = 15

#: How many pairs of date facts are judged at a time (a block of rows of the pair table).
BLOCK_PAIRS = 250_000


def similar_sentences(a: str, b: str, settings: Settings = DEFAULT_SETTINGS, slack: float = 0) -> bool:
    """True when two sentences read nearly the same once numbers and dates are masked."""
    return fuzz.token_set_ratio(masked(a), masked(b)) >= settings.sentence_similarity - slack


def align(facts: pd.DataFrame, settings: Settings = DEFAULT_SETTINGS) -> pd.DataFrame:
    """Return a copy of ``facts`` with ``slot_id`` set (empty for metadata facts)."""
    _names.cache_clear()  # the gazetteer may have grown since the last call (``PLACES.update``)
    labels = facts.index
    facts = facts.reset_index(drop=True)  # labels are positions: the caller's index may repeat labels
    facts["slot_id"] = ""
    comparable = facts[facts["origin"] != "metadata"]
    present = present_years(facts)
    groups: list[list[int]] = []
    for kind, rows in comparable.groupby("kind", sort=True):
        if kind in QUANTITY_KINDS:
            groups.extend(_quantity_slots(rows, settings, present))
        elif kind in ("date", "time"):
            groups.extend(_date_slots(rows, settings))
        else:
            groups.extend([list(g.index) for _, g in rows.groupby("value", sort=True)])
    # The slots' keys and ids are read from plain columns: a pandas lookup per slot is slow.
    columns = {name: facts[name].tolist() if name in facts else [""] * len(facts)
               for name in ("kind", "subject", "scope", "event", "value", "surface", "doc_id", "note")}
    keys = [_slot_key({name: [column[i] for i in group] for name, column in columns.items()})
            for group in groups]
    slot_ids = [""] * len(facts)
    for slot_id, group in _name_slots(keys, groups, columns):
        for position in group:
            slot_ids[position] = slot_id
    facts["slot_id"] = slot_ids
    facts.index = labels
    return facts


# --- quantities ---------------------------------------------------------------------------

_CHANGE_NOTE = re.compile(r"\bchange:(up|down)\b")
#: The note of an earlier level (see ``extractors._earlier_levels``).
EARLIER_LEVEL = "level:before"


def change_direction(note: object) -> str:
    """``up`` or ``down`` for a fact whose ``note`` marks a change, else "" (a level).

    >>> change_direction("change:down"), change_direction(""), change_direction(None)
    ('down', '', '')
    """
    found = _CHANGE_NOTE.search(note) if isinstance(note, str) else None
    return found.group(1) if found else ""


def is_earlier_level(note: object) -> bool:
    """True for a fact whose ``note`` marks the level a change started from or a result is compared
    with ("$5bn, up from [$4bn]").

    >>> is_earlier_level("level:before"), is_earlier_level("change:up"), is_earlier_level(None)
    (True, False, False)
    """
    return isinstance(note, str) and EARLIER_LEVEL in note


def _phase(note: object) -> str:
    """``change``, ``before`` (an earlier level) or ``level``: facts of different phases never share a slot."""
    return "change" if change_direction(note) else "before" if is_earlier_level(note) else "level"


#: Units of a change that measure one movement two ways: "rose 2 percentage points" and "rose 2%"
#: of one rate are compared (the same figure in both is the classic slip of one for the other).
_CHANGE_UNITS = {"percentage points": "percent", "percent": "percent"}


def _unit_group(unit: str, phase: str) -> str:
    """The unit facts are grouped by: a change in percentage points joins a change in percent.

    >>> _unit_group("percentage points", "change"), _unit_group("percentage points", "level")
    ('percent', 'percentage points')
    """
    return _CHANGE_UNITS.get(unit, unit) if phase == "change" else unit


def _quantity_slots(rows: pd.DataFrame, settings: Settings, present: dict[str, int]) -> list[list[int]]:
    slots: list[list[int]] = []
    notes = rows["note"] if "note" in rows else pd.Series("", index=rows.index)
    phases = [_phase(note) for note in notes]
    rows = rows.assign(phase=phases, unit_group=[_unit_group(unit, phase)
                                                 for unit, phase in zip(rows["unit"], phases, strict=True)])
    with_subject = rows[rows["subject"] != ""]
    for _, group in with_subject.groupby(["unit_group", "subject", "phase"], sort=True):
        slots.extend(_split_by_scope(group, present))
    loose = rows[rows["subject"] == ""]
    slots.extend(_cluster(loose, lambda a, b: a.unit == b.unit and a.phase == b.phase and
                          similar_sentences(a.sentence, b.sentence, settings)))
    return slots


def _split_by_scope(group: pd.DataFrame, present: dict[str, int]) -> list[list[int]]:
    """The slots of one subject's figures: one per year named; a figure with no year joins the
    year it can be of (see :func:`_open_scopes`), else stays with the other figures with none."""
    scoped = {scope: list(g.index) for scope, g in group.groupby("scope") if scope}
    unscoped = list(group.index[group["scope"] == ""])
    if not scoped:
        return [unscoped]
    several = len(scoped) > 1
    for index in unscoped:
        row = group.loc[index]
        candidates = _open_scopes(scoped, present.get(row.doc_id, present.get("", 0)))
        if several:
            # Several years named: an unscoped figure joins the year whose figures it fits.
            candidates = [scope for scope in candidates
                          if any(_overlaps(row, group.loc[m]) for m in scoped[scope])]
        target = candidates[0] if len(candidates) == 1 else ""
        scoped.setdefault(target, []).append(index)
    return [members for _, members in sorted(scoped.items())]


def _open_scopes(scoped: dict[str, list[int]], present: int) -> list[str]:
    """The years named in ``scoped`` that a figure with no year, in a report whose present is the
    year ``present`` (0: unknown), can be of: the present, the year before it (annual figures are
    reported the year after) or a later year; a year further back is history, named to set it apart.

    >>> _open_scopes({"1998": [], "2025": [], "2027": []}, 2026), _open_scopes({"1998": []}, 0)
    (['2025', '2027'], ['1998'])
    """
    return [scope for scope in scoped if scope and (not present or int(scope) >= present - 1)]


def present_years(facts: pd.DataFrame) -> dict[str, int]:
    """Each document's present: the year most of its dates (its date line included) fall in, the
    later year on a tie; under "" the corpus's, for documents that name no dated day.

    >>> import pandas as pd
    >>> present_years(pd.DataFrame({"doc_id": ["a", "a", "a", "b"], "kind": ["date", "time", "date", "count"],
    ...                             "value": ["2026-03-09", "2026-03-09T04:17", "1998", "93"]}))
    {'a': 2026, '': 2026}
    """
    dated = facts[facts["kind"].isin(("date", "time"))]
    years: dict[str, Counter] = defaultdict(Counter)
    for doc_id, value in zip(dated["doc_id"], dated["value"], strict=True):
        head = str(value)[:4]
        if head.isdigit():
            years[doc_id][int(head)] += 1
            years[""][int(head)] += 1
    return {doc_id: max(counts.items(), key=lambda item: (item[1], item[0]))[0]
            for doc_id, counts in years.items()}


def _overlaps(a, b) -> bool:
    low_a = a.low if pd.notna(a.low) else float("-inf")
    high_a = a.high if pd.notna(a.high) else float("inf")
    low_b = b.low if pd.notna(b.low) else float("-inf")
    high_b = b.high if pd.notna(b.high) else float("inf")
    return low_a <= high_b and low_b <= high_a


# --- dates --------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Names:
    people: frozenset
    places: frozenset


@lru_cache(maxsize=1 << 14)  # clustering asks for each fact's names once per pair; emptied by align()
def _names(entities: str) -> _Names:
    words = entities.split()
    return _Names(frozenset(w for w in words if not is_place(w)),
                  frozenset(w for w in words if is_place(w)))


def same_event(a, b, settings: Settings = DEFAULT_SETTINGS) -> bool:
    """Strong evidence that two dated sentences describe the same event."""
    if not a.event or a.event != b.event:
        return False
    names_a, names_b = _names(a.entities), _names(b.entities)
    if names_a.people and names_b.people:
        union = names_a.people | names_b.people
        return len(names_a.people & names_b.people) / len(union) >= settings.person_overlap
    if not names_a.people and not names_b.people:
        return similar_sentences(a.sentence, b.sentence, settings)
    return False


def _loosely_same_event(a, b, settings: Settings) -> bool:
    """Weaker evidence, enough to join two dates whose values already agree."""
    if not a.event or a.event != b.event:
        return similar_sentences(a.sentence, b.sentence, settings, LOOSE_SLACK)
    people_a, people_b = _names(a.entities).people, _names(b.entities).people
    if people_a and people_b:
        return len(people_a & people_b) / min(len(people_a), len(people_b)) >= settings.person_overlap
    # Same kind of event on an agreeing date, one side naming nobody: join them.
    return True


@lru_cache(maxsize=1 << 16)  # clustering relates every pair of date facts; values repeat
def date_relation(a: str, b: str) -> str:
    """How two date or time values relate: ``same``, ``compatible`` (one is less precise,
    ``XXXX-02-04`` vs ``2026-02-04``, ``2026-02`` vs ``2026-02-04``), ``differ`` or
    ``unknown`` (either unresolved). Times (``2026-02-04TEV``) relate by day and by time
    of day: an afternoon and an evening differ even when the day is unknown.

    >>> date_relation("XXXX-02-04TAF", "2026-02-04TEV"), date_relation("XXXX-XX-XXTEV", "2026-02-04TEV")
    ('differ', 'compatible')
    """
    if "T" in a or "T" in b:
        return _time_relation(a, b)
    if not a or not b:
        return "unknown"
    if a == b:
        return "same"
    shorter, longer = sorted((a, b), key=len)
    if longer.startswith(shorter) or _matches_ignoring_year(a, b):
        return "compatible"
    return "differ"


def _time_relation(a: str, b: str) -> str:
    day_a, _, clock_a = a.partition("T")
    day_b, _, clock_b = b.partition("T")
    day = date_relation(day_a.replace("XXXX-XX-XX", ""), day_b.replace("XXXX-XX-XX", ""))
    if day == "differ" or (clock_a and clock_b and clock_a != clock_b):
        return "differ"
    if not clock_a or not clock_b:
        return "unknown"
    return "same" if day == "same" else "compatible"


def _matches_ignoring_year(a: str, b: str) -> bool:
    if "XXXX" not in a and "XXXX" not in b:
        return False
    return a[4:] == b[4:] or (len(a) != len(b) and (a[4:].startswith(b[4:]) or
                                                  b[4:].startswith(a[4:])))


@lru_cache(maxsize=1 << 16)
def _days_apart(a: str, b: str) -> int | None:
    if len(a) != 10 or len(b) != 10:
        return None
    if "XXXX" in a or "XXXX" in b:
        a, b = "2001" + a[4:], "2001" + b[4:]
    try:
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)
    except ValueError:
        return None


def dates_linked(a, b, mates: dict | None = None, settings: Settings = DEFAULT_SETTINGS) -> bool:
    """Whether two date facts belong to one slot.

    ``mates`` maps ``(doc_id, sentence_start)`` to the date values of that
    sentence: two dates of one sentence never join, and a date never diverges
    from another whose sentence also holds a date matching it ("in May and in
    September" against "in May and in September" pairs May with May only).
    """
    if (a.doc_id, a.sentence_start) == (b.doc_id, b.sentence_start):
        return False
    relation = date_relation(a.value, b.value)
    if relation in ("same", "compatible"):
        return _loosely_same_event(a, b, settings)
    if mates and (_has_match(a.value, mates.get((b.doc_id, b.sentence_start), ())) or
                  _has_match(b.value, mates.get((a.doc_id, a.sentence_start), ()))):
        return False
    if relation == "unknown":
        return same_event(a, b, settings)
    day_a, day_b = a.value.partition("T")[0], b.value.partition("T")[0]
    if "T" not in a.value and (len(day_a) != 10 or len(day_b) != 10):
        return False  # months and years that differ are taken to be different periods
    gap = _days_apart(day_a, day_b)
    if gap is not None and gap > settings.max_date_gap_days:
        return False
    return same_event(a, b, settings)


def _has_match(value: str, others) -> bool:
    """True when one of ``others`` is the date ``value`` is, as precisely: a year beside a day
    ("the largest takeover this year") is no match for another day."""
    return any(len(value) == len(other) and date_relation(value, other) in ("same", "compatible")
               for other in others)


def _date_slots(rows: pd.DataFrame, settings: Settings) -> list[list[int]]:
    """The slots of the date and time facts: the groups :func:`dates_linked` joins, pair by pair.

    Every pair of facts is judged, which is quadratic, so the judgement is taken apart for
    numpy to make it on a block of pairs at once. How two values relate is worked out once
    per pair of distinct values; the people and "a matching date in the other's sentence"
    tests once per distinct pair of sets of people, or of value and sentence, that a pair
    needs; the pairs that come down to wording are scored by one rapidfuzz call. The groups
    are those of :func:`_cluster` with ``dates_linked`` (the earlier fact first in each pair).
    """
    items = list(frames.rows(rows))
    if not items:
        return []
    mates: dict[tuple[str, int], list[str]] = defaultdict(list)
    for item in items:
        mates[(item.doc_id, item.sentence_start)].append(item.value)
    value_ids, values = _ids(item.value for item in items)
    sentence_ids, sentences = _ids((item.doc_id, item.sentence_start) for item in items)
    event_ids, events = _ids(item.event or "" for item in items)  # no event: empty or missing
    people_ids, people = _ids(_names(item.entities).people for item in items)
    has_people = np.array([bool(names) for names in people], dtype=bool)
    relation = [[date_relation(a, b) for b in values] for a in values]
    agree = np.array([[r in ("same", "compatible") for r in row] for row in relation], dtype=bool)
    near = np.array([[relation[x][y] == "unknown" or _near(a, b, settings) for y, b in enumerate(values)]
                     for x, a in enumerate(values)], dtype=bool)
    overlap = settings.person_overlap
    loose_people = _PairTest(lambda x, y: not people[x] or not people[y] or
                             len(people[x] & people[y]) / min(len(people[x]), len(people[y])) >= overlap)
    strict_people = _PairTest(lambda x, y: len(people[x] & people[y]) / len(people[x] | people[y]) >= overlap)
    matched = _PairTest(lambda value, sentence: _has_match(values[value], mates[sentences[sentence]]))
    no_event = events.index("") if "" in events else -1
    union = _UnionFind(len(items))
    wording = np.array([masked(item.sentence) for item in items], dtype=object)
    block = max(1, BLOCK_PAIRS // len(items))  # rows per block: memory stays flat as the corpus grows
    for low in range(0, len(items), block):
        i = np.arange(low, min(low + block, len(items)))[:, None]
        j = np.arange(len(items))[None, :]
        later = (j > i) & (sentence_ids[i] != sentence_ids[j])
        agreeing = agree[value_ids[i], value_ids[j]]
        same_event = (event_ids[i] == event_ids[j]) & (event_ids[i] != no_event)
        # Agreeing values: the same event joins on people alone, another event on wording.
        a, b = _where(later & agreeing & same_event, low)
        union.join_all(a, b, loose_people(people_ids[a], people_ids[b]))
        union.join_alike(*_where(later & agreeing & ~same_event, low), wording,
                         settings.sentence_similarity - LOOSE_SLACK)
        # Other values: differing days must be near enough (times always are), the same event,
        # and neither value beside a date in the other's sentence that matches it; then the
        # same people, or when neither names anyone, the same wording.
        a, b = _where(later & ~agreeing & same_event & near[value_ids[i], value_ids[j]], low)
        keep = ~matched(value_ids[a], sentence_ids[b]) & ~matched(value_ids[b], sentence_ids[a])
        a, b = a[keep], b[keep]
        named = has_people[people_ids[a]] & has_people[people_ids[b]]
        union.join_all(a[named], b[named], strict_people(people_ids[a[named]], people_ids[b[named]]))
        nobody = ~has_people[people_ids[a]] & ~has_people[people_ids[b]]
        union.join_alike(a[nobody], b[nobody], wording, settings.sentence_similarity)
    return union.groups([item.Index for item in items])


def _ids(keys) -> tuple[np.ndarray, list]:
    """Each key's number (in order of first appearance) and the distinct keys."""
    numbers: dict = {}
    ids = np.array([numbers.setdefault(key, len(numbers)) for key in keys], dtype=np.int64)
    return ids, list(numbers)


def _where(mask: np.ndarray, low: int) -> tuple[np.ndarray, np.ndarray]:
    """The pairs a block's mask holds: the earlier facts' positions, then the later ones'."""
    rows, columns = np.nonzero(mask)
    return rows + low, columns


class _PairTest:
    """A test of two ids, worked out once per distinct pair and remembered."""

    def __init__(self, test):
        self.test = test
        self.known: dict[tuple[int, int], bool] = {}

    def __call__(self, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
        if not len(xs):
            return np.zeros(0, dtype=bool)
        pairs, inverse = np.unique(np.stack([xs, ys]), axis=1, return_inverse=True)
        known = self.known
        answers = [known[key] if key in known else known.setdefault(key, bool(self.test(*key)))
                   for key in zip(*pairs.tolist(), strict=True)]
        return np.array(answers, dtype=bool)[inverse.reshape(-1)]


def _near(a: str, b: str, settings: Settings) -> bool:
    """For two differing values (``a`` the earlier fact's): days, or times, no more than
    ``max_date_gap_days`` apart, as :func:`dates_linked` requires before comparing events."""
    day_a, day_b = a.partition("T")[0], b.partition("T")[0]
    if "T" not in a and (len(day_a) != 10 or len(day_b) != 10):
        return False
    gap = _days_apart(day_a, day_b)
    return gap is None or gap <= settings.max_date_gap_days


class _UnionFind:
    """Groups of positions, joined pair by pair. A pair already in one group is not judged
    again: the groups come out the same, and a corpus where most dates join costs little."""

    def __init__(self, size: int):
        self.parent = list(range(size))

    def root(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        """Put ``a`` and ``b`` in one group."""
        self.parent[self.root(a)] = self.root(b)

    def groups(self, labels: list) -> list[list]:
        """The ``labels`` of each group's positions, groups in order of their first position."""
        found: dict[int, list] = defaultdict(list)
        for position, label in enumerate(labels):
            found[self.root(position)].append(label)
        return list(found.values())

    def roots(self) -> np.ndarray:
        """Every position's group, by pointer jumping in numpy."""
        roots = np.array(self.parent, dtype=np.int64)
        while True:
            higher = roots[roots]
            if np.array_equal(higher, roots):
                return roots
            roots = higher

    def join_all(self, first: np.ndarray, second: np.ndarray, linked: np.ndarray) -> None:
        """Join ``first[k]`` with ``second[k]`` wherever ``linked[k]``."""
        roots = self.roots()
        first, second = roots[first[linked]], roots[second[linked]]
        apart = first != second
        # Joining the groups' roots joins the groups; each pair of groups is joined once.
        for a, b in np.unique(np.stack([first[apart], second[apart]]), axis=1).T.tolist():
            self.join(a, b)

    def join_alike(self, first: np.ndarray, second: np.ndarray, wording: np.ndarray, cutoff: float) -> None:
        """Join the pairs not yet in one group whose sentences read alike: rapidfuzz's
        ``token_set_ratio`` of their masked wording at least ``cutoff``."""
        roots = self.roots()
        apart = roots[first] != roots[second]
        first, second = first[apart], second[apart]
        # No score_cutoff: cpdist's drops some scores equal to a decimal cutoff, and refuses one
        # below 0 (a similarity setting under LOOSE_SLACK); the exact scores are compared here.
        scores = cpdist(wording[first], wording[second], scorer=fuzz.token_set_ratio, dtype=np.float64)
        self.join_all(first, second, scores >= cutoff)


# --- shared -------------------------------------------------------------------------------

def _cluster(rows: pd.DataFrame, linked) -> list[list[int]]:
    """Connected components of the facts that ``linked`` joins (quadratic in the
    facts of one kind, which stays small per corpus)."""
    items = list(frames.rows(rows))
    union = _UnionFind(len(items))
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            if union.root(i) != union.root(j) and linked(a, items[j]):
                union.join(i, j)
    return union.groups([item.Index for item in items])


def _slot_key(rows: dict[str, list]) -> str:
    """A readable key built from content only, so it survives edits and reordering
    (``rows``: the slot's facts, column by column)."""
    kind = rows["kind"][0]
    if kind in QUANTITY_KINDS:
        subject = rows["subject"][0] or "unspecified"
        scopes = sorted({s for s in rows["scope"] if s})
        change = (":change" if all(change_direction(note) for note in rows["note"]) else
                  ":before" if all(is_earlier_level(note) for note in rows["note"]) else "")
        return f"{kind}:{subject}{change}" + (f"@{scopes[0]}" if len(scopes) == 1 else "")
    if kind == "date":
        events = Counter(e for e in rows["event"] if e)
        values = Counter(v for v in rows["value"] if v)
        event = events.most_common(1)[0][0] if events else "event"
        value = min(values.items(), key=lambda kv: (-kv[1], kv[0]))[0] if values else "unresolved"
        return f"date:{event}:{value}"
    return f"{kind}:{rows['value'][0]}"


def _name_slots(keys, groups, columns):
    """Slot ids from keys; equal keys get ``#2``, ``#3`` in order of their text content
    (``groups``: each slot's row positions in ``columns``)."""
    surface, doc_id = columns["surface"], columns["doc_id"]
    order = sorted(range(len(groups)), key=lambda i: (
        keys[i], sorted(surface[j] + "|" + doc_id[j] for j in groups[i])))
    seen: Counter = Counter()
    for i in order:
        seen[keys[i]] += 1
        suffix = f"#{seen[keys[i]]}" if seen[keys[i]] > 1 else ""
        yield keys[i] + suffix, groups[i]
