"""Growth of extraction time on degenerate texts: does any extractor go quadratic?

Each case repeats one short unit (a figure, a quote, a bracket, a title …) into one long line,
at ``--small`` and at four times that many characters, builds the document and runs every
extractor over it. For each case the figure printed is the ratio of the times (the slowest
module's): about 4 means linear, about 16 quadratic. A flattened table, a list of slogans or a
run of digits must not stall a CI job, so cases whose ratio exceeds ``--flag`` are listed.

Run: ``python benchmarks/bench_scaling.py [--small 8000] [--flag 8]``.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

import consistency
from consistency.extractors import extractor_modules
from consistency.extractors._base import DocumentContext

UNITS = [
    "Xi said: ", "$5 ", "5% ", "Mr. A. ", "the first ", "February 4, ", "(SCO) ", "U.S.-China ", "“", "'",
    "a-b-", "President Xi Jinping ", "1,000,000,", ".", "—", "hundred and ", "twenty-", "According to the ",
    "Putin and ", "in the tens of ", "between 5 and ", "from 3 to ", "at 3 p.m. ", "Comrade (", "[",
    "attended by ", "Wang, ", "The Ministry of the ", "one hour and ", "said that ", '"a" said Xi. ', "A B C D ",
    "x\u00a0", "aaaa", "Aa ", "the 80th anniversary of the ", "2026-", "2026 and ", "first half of ",
    " on Wednesday", "7", '"a" ',
]


def stage_times(text: str, modules) -> dict[str, float]:
    """CPU seconds of building the document and of each extractor on it."""
    start = time.process_time()
    doc = consistency.document_from_text("case", text, published="2026-02-05")
    times = {"document": time.process_time() - start}
    context = DocumentContext(doc)
    for module in modules:
        start = time.process_time()
        list(module.find(context))
        times[module.__name__.rsplit(".", 1)[1]] = time.process_time() - start
    return times


def main(argv: Sequence[str] | None = None) -> list[tuple[str, str, float]]:
    """Print each case's growth; return the flagged ``(unit, stage, ratio)`` triples."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=8000, help="characters of the smaller text")
    parser.add_argument("--flag", type=float, default=8.0, help="list cases growing faster than this")
    args = parser.parse_args(argv)
    modules = extractor_modules()
    flagged = []
    print(f"| unit | {args.small // 1000} KB s | {4 * args.small // 1000} KB s | slowest stage | growth (4 = linear) |")
    print("|---|---|---|---|---|")
    for unit in UNITS:
        small = stage_times(unit * (args.small // len(unit)), modules)
        large = stage_times(unit * (4 * args.small // len(unit)), modules)
        stage = max(large, key=large.get)
        ratio = large[stage] / max(small[stage], 1e-3)  # below a millisecond the clock says little
        print(f"| {unit!r} | {sum(small.values()):.3f} | {sum(large.values()):.3f} | {stage} | {ratio:.1f} |")
        if ratio > args.flag and large[stage] > 0.05:
            flagged.append((unit, stage, ratio))
    print("\nGrowing faster than linear:" if flagged else "\nEvery case grows about linearly.")
    for unit, stage, ratio in flagged:
        print(f"  {unit!r}: {stage} x{ratio:.1f}")
    return flagged


if __name__ == "__main__":
    main()
