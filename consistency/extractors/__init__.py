"""Extraction: every comparable fact of every document, as one pandas table.

Each public module of this package is an extractor (``KIND``, ``EXAMPLES``,
``find(context)``); the module list is the registry, so adding a kind is
adding a file.
"""

from __future__ import annotations

import importlib
import pkgutil
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable
from types import ModuleType

import pandas as pd

from ..schema import FACT_COLUMNS, Document, Fact
from ._base import DocumentContext
from ._context import TITLE_WORDS
from ._earlier_levels import mark_earlier_levels
from ._events import event_of, sentence_entities


def extractor_modules() -> list[ModuleType]:
    """Every extractor module of this package, in name order."""
    names = sorted(info.name for info in pkgutil.iter_modules(__path__)
                   if not info.name.startswith("_"))
    return [importlib.import_module(f"{__name__}.{name}") for name in names]


TEMPORAL_KINDS = frozenset({"date", "time", "duration"})

#: Kinds that read numbers or time; where two of them claim the same characters the
#: more specific one (earlier here) wins: "$200 billion" is money, not a count.
PRECEDENCE = ["money", "percent", "measure", "duration", "time", "date", "year_range", "ordinal", "count"]


def extract_document(doc: Document, modules: Iterable[ModuleType] | None = None) -> list[Fact]:
    """All facts of one usable document, sorted by offset, overlaps resolved."""
    context = DocumentContext(doc)
    facts: list[Fact] = []
    for module in modules or extractor_modules():
        facts.extend(module.find(context))
    facts = resolve_overlaps(facts)
    facts.sort(key=lambda fact: (fact.start, fact.end, fact.kind))
    mark_earlier_levels(facts, doc.text)  # "$5bn, up from [$4bn]": the revenue before, in a slot of its own
    _speakers_by_full_name(facts)
    entities_of: dict[int, str] = {}  # by sentence start: a sentence often holds several dates
    for fact in facts:
        if fact.kind in TEMPORAL_KINDS and not fact.entities:
            # What a time or duration is of, and who is named around it, lets alignment
            # compare "on the afternoon of" with "in the evening" for one event only.
            fact.event = fact.event or event_of(fact.sentence, fact.start - fact.sentence_start)
            if fact.sentence_start not in entities_of:
                entities_of[fact.sentence_start] = sentence_entities(context.prose(fact.sentence_start, fact.sentence))
            fact.entities = entities_of[fact.sentence_start]
    return facts


def resolve_overlaps(facts: list[Fact]) -> list[Fact]:
    """Drop a numeric or temporal fact that overlaps one of a more specific kind.

    Entity and quote facts (person, place, org, quote, …) may overlap anything: a
    quote holds figures, a date line names a place.
    """
    ranked = [f for f in facts if f.kind in PRECEDENCE]
    others = [f for f in facts if f.kind not in PRECEDENCE]
    whole = _whole_periods(ranked)
    ranked.sort(key=lambda f: (_rank(f, id(f) in whole), f.start - f.end, f.start))
    kept: list[Fact] = []
    by_start: list[tuple[int, int, str]] = []  # the kept facts' spans, sorted, to find overlaps by bisection
    longest = 0
    for fact in ranked:
        # Only kept facts starting before this one ends, and not ending before it starts, can overlap.
        index = bisect_left(by_start, (fact.end,))
        overlap = False
        while index > 0 and by_start[index - 1][0] > fact.start - longest:
            index -= 1
            _, end, kind = by_start[index]
            if fact.start < end and kind != fact.kind:
                overlap = True
                break
        if not overlap:
            kept.append(fact)
            insort(by_start, (fact.start, fact.end, fact.kind))
            longest = max(longest, fact.end - fact.start)
    return kept + others


def extract(docs: Iterable[Document], progress: Callable[[str, int, int], None] | None = None) -> pd.DataFrame:
    """The facts table of a corpus: one row per fact, columns ``FACT_COLUMNS``.

    ``progress(stage, done, total)`` is called after each document, for long runs.
    """
    modules = extractor_modules()
    usable = [doc for doc in docs if doc.usable]
    facts = []
    for done, doc in enumerate(usable, 1):
        facts.extend(extract_document(doc, modules))
        if progress:
            progress("Extracting facts", done, len(usable))
    _canonical_speakers(facts)
    # Column by column: a dict per row costs about twice as much on large corpora. (Empty lists
    # would make float columns; an empty table keeps pandas' default column type, as before.)
    columns = {name: [getattr(fact, name) for fact in facts] for name in FACT_COLUMNS} if facts else None
    table = pd.DataFrame(columns, columns=FACT_COLUMNS)
    return table.astype({"start": "int64", "end": "int64", "low": "float64", "high": "float64"})


def _rank(fact: Fact, whole_period: bool = False) -> float:
    """Kind precedence, except that a run ("three years in a row", "the third consecutive
    year") is a count holding a duration or an ordinal, and a ``whole_period`` (see
    :func:`_whole_periods`) a year range holding a date, a duration or an ordinal: the whole
    reading wins."""
    if whole_period or (fact.kind == "count" and fact.subject.startswith("consecutive ")):
        return PRECEDENCE.index("duration") - 0.5
    return PRECEDENCE.index(fact.kind)


def _whole_periods(facts: list[Fact]) -> set[int]:
    """The ``id`` of each year range that holds every other fact it overlaps: "the first
    quarter of 2024" holds the date "2024", "the first five months of last year" the
    duration "five months"; the period is the reading. A range that shares only part of
    another fact's span ("March 2021 and 2022" read as a date and a range) keeps its rank."""
    whole = set()
    for period in facts:
        if period.kind == "year_range" and all(
                period.start <= other.start and other.end <= period.end
                for other in facts if other.start < period.end and period.start < other.end):
            whole.add(id(period))
    return whole


def _speakers_by_full_name(facts: list[Fact]) -> None:
    """A body that speaks under the first words of its name ("Acme" after "Acme Corp", "Globex"
    after "Globex Inc.") speaks under its full name, so that one body is one speaker. (Labels
    such as "MFA" name an origin and stay as they are.) A person who speaks under a part of the
    name the report gives in full ("Varga said" after "The interior minister, Tomas Varga,
    described …") speaks under the full name the person extractor resolved there."""
    full = {fact.surface: fact.value for fact in facts
            if fact.kind == "org" and fact.value.startswith(fact.surface + " ")}
    people = _people_by_short_name(facts)
    if not full and not people:
        return
    for fact in facts:
        head, comma, rest = fact.speaker.partition(",")
        if head in full:
            fact.speaker = full[head] + comma + rest
        elif head in people:
            fact.speaker = _full_name_near(people[head], fact.sentence_end) + comma + rest


def _people_by_short_name(facts: list[Fact]) -> dict[str, list[tuple[int, str]]]:
    """Each person mention written shorter than its resolved name ("Varga" → "Tomas Varga"): by
    the name as written, the mentions' ``(start, full name)`` in text order (``facts`` are)."""
    found: dict[str, list[tuple[int, str]]] = {}
    for fact in facts:
        if fact.kind == "person" and fact.value != fact.surface and len(fact.value.split()) > len(fact.surface.split()):
            found.setdefault(fact.surface, []).append((fact.start, fact.value))
    return found


def _full_name_near(mentions: list[tuple[int, str]], sentence_end: int) -> str:
    """The full name of the last of ``mentions`` before ``sentence_end`` (the speaker's name in
    the sentence, or the last one before it), else of the first after: "Wang" is whichever Wang
    the report spoke of last."""
    index = bisect_left(mentions, (sentence_end,)) - 1
    return mentions[max(index, 0)][1]


def _canonical_speakers(facts: list[Fact]) -> None:
    """Give short speaker names their full form seen elsewhere in the corpus.

    "Xi" becomes "Xi Jinping" when exactly one full name in the corpus holds the
    token "Xi"; an ambiguous short name is left as written.
    """
    full_names = {part.strip() for fact in facts for part in fact.speaker.split(",")
                  if len(part.split()) >= 2 and part.strip()[:1].isupper()}
    by_token: dict[str, set[str]] = {}
    for name in full_names:
        for token in name.split():
            by_token.setdefault(token, set()).add(name)
    for fact in facts:
        head, _, rest = fact.speaker.partition(",")
        candidates = by_token.get(head.strip(), set())
        if len(head.split()) == 1 and head.lower() not in TITLE_WORDS and len(candidates) == 1:
            fact.speaker = next(iter(candidates)) + ("," + rest if rest else "")
