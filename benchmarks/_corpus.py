"""Helpers shared by the benchmarks: the seed corpus, repeated texts, tables and number formats.

The benchmarks are scripts run from the repository (``python benchmarks/run_all.py``); Python puts
this folder on ``sys.path`` for them, so they import this module as ``_corpus``.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import consistency

#: The repository root (``benchmarks/..``), where ``tests/gold`` lives.
ROOT = Path(__file__).resolve().parent.parent

#: Relative tolerance for "the same number" everywhere in the benchmarks.
REL_TOL = 1e-6


@dataclass(frozen=True)
class SeedText:
    """One seed report as the benchmarks feed it to extractors."""

    doc_id: str
    text: str
    published: str | None
    source: str

    @property
    def size(self) -> int:
        """Size in bytes of the UTF-8 text (the unit of every MB/s figure)."""
        return len(self.text.encode("utf-8"))


def seed_texts(corpus: str | Path | None = None) -> list[SeedText]:
    """The usable documents of the corpus (default: the bundled seeds) with their manifest data."""
    docs = consistency.load_corpus(corpus or consistency.bundled_corpus())
    return [SeedText(doc.doc_id, doc.text, doc.published.isoformat() if doc.published else None,
                     doc.source) for doc in docs if doc.usable]


def repeated(seeds: Sequence[SeedText], min_bytes: int) -> list[SeedText]:
    """The seeds cycled in order, with unique doc_ids, until they hold at least ``min_bytes`` bytes.

    >>> s = [SeedText("a", "xx", None, "a"), SeedText("b", "yyy", None, "b")]
    >>> [t.doc_id for t in repeated(s, 7)]
    ['a#0', 'b#0', 'a#1']
    """
    if not seeds or sum(seed.size for seed in seeds) == 0:
        raise ValueError("no text to repeat")
    out: list[SeedText] = []
    total, round_ = 0, 0
    while total < min_bytes:
        for seed in seeds:
            if total >= min_bytes:
                break
            out.append(SeedText(f"{seed.doc_id}#{round_}", seed.text, seed.published, seed.source))
            total += seed.size
        round_ += 1
    return out


_BETWEEN_WORDS = re.compile(r"(?<=[a-z,]) (?=[a-z])")


def made_unique(texts: Sequence[SeedText]) -> list[SeedText]:
    """Copies whose sentences differ from copy to copy, so no per-sentence cache is reused.

    The n-th copy of a text (counting earlier copies of the same text) doubles, in each of its
    sentences, the spaces between lower-case words picked by :func:`_nth_subset` of n: every
    fact still reads the same, and a sentence with k such spaces differs in each of its first
    2**k - 1 copies (for one of eight or more, in every copy of a 10 MB run of the seeds).

    >>> a, b = made_unique([SeedText("x#0", "A b c d. E f g h.", None, "x"),
    ...                     SeedText("x#1", "A b c d. E f g h.", None, "x")])
    >>> a.text, b.text
    ('A b  c d. E f  g h.', 'A b c  d. E f g  h.')
    """
    from consistency.text import sentences

    copies: dict[str, int] = {}
    out = []
    for text in texts:
        # From the first non-empty subset: no copy is the text itself (benchmarks warm up on it).
        number = copies[text.text] = copies.get(text.text, 0) + 1
        pieces, done = [], 0
        for sentence in sentences(text.text):
            gaps = [match.start() for match in _BETWEEN_WORDS.finditer(text.text, sentence.start, sentence.end)]
            for index in _nth_subset(len(gaps), number):
                pieces += [text.text[done:gaps[index]], " "]
                done = gaps[index]
        pieces.append(text.text[done:])
        out.append(SeedText(text.doc_id, "".join(pieces), text.published, text.source))
    return out


def _nth_subset(size: int, number: int) -> tuple[int, ...]:
    """The ``number``-th subset of ``range(size)``, counting from the empty one by size, then in
    order (cycling after all ``2**size`` of them).

    >>> [_nth_subset(3, n) for n in range(9)]
    [(), (0,), (1,), (2,), (0, 1), (0, 2), (1, 2), (0, 1, 2), ()]
    """
    number %= 2 ** size
    for length in range(size + 1):
        if number < math.comb(size, length):
            return next(itertools.islice(itertools.combinations(range(size), length), number, None))
        number -= math.comb(size, length)
    raise AssertionError("unreachable: the subsets of each size add up to 2**size")


def total_bytes(texts: Iterable[SeedText]) -> int:
    """Total UTF-8 size of ``texts`` in bytes."""
    return sum(text.size for text in texts)


def close(a: float | None, b: float | None, rel_tol: float = REL_TOL) -> bool:
    """Numeric equality within ``rel_tol`` relative (``None`` only equals ``None``).

    >>> close(228.1e9, 228100000000.0), close(0.0, 0.0), close(1.0, 1.01), close(None, None)
    (True, True, False, True)
    """
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=rel_tol, abs_tol=0.0 if a or b else 1e-12)


def number_or_range(value: object) -> tuple[float, float] | None:
    """Read a fact value as ``(low, high)``: ``"35"`` → (35, 35), ``"1..2"`` → (1, 2), else None.

    >>> number_or_range("228100000000"), number_or_range("1e3..2000"), number_or_range("2026-02-04")
    ((228100000000.0, 228100000000.0), (1000.0, 2000.0), None)
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value), float(value)
    text = str(value).strip().replace(",", "")
    low, sep, high = text.partition("..")
    try:
        lo = float(low)
        hi = float(high) if sep else lo
    except ValueError:
        return None
    if math.isnan(lo) or math.isnan(hi):
        return None
    return lo, hi


def percent(part: int, whole: int) -> str:
    """``part/whole`` as a percentage string, or ``n/a`` for an empty whole.

    >>> percent(1, 3), percent(0, 0)
    ('33.3%', 'n/a')
    """
    return f"{100.0 * part / whole:.1f}%" if whole else "n/a"


def ratio(part: int, whole: int) -> str:
    """``part/whole`` with three decimals, or ``n/a`` for an empty whole."""
    return f"{part / whole:.3f}" if whole else "n/a"


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A Markdown table (readable as plain text too) with columns padded to their width.

    >>> print(table(["a", "bb"], [[1, "x"]]))
    | a | bb |
    |---|----|
    | 1 | x  |
    """
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
             for row in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def short(text: str, width: int = 90) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def heading(title: str) -> str:
    """A Markdown level-2 heading line preceded by a blank line."""
    return f"\n## {title}\n"
