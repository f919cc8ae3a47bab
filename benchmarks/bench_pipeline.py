"""The whole check as the corpus grows: extraction, alignment, rules and reports, in CPU seconds.

A corpus of N reports is the seed reports cycled to N documents, each copy's sentences made
unique (as in ``bench_speed.py``; no size reuses another's copies) and its source named after the
copy, so every copy is an account of its own. Each size is checked once with ``consistency.check_documents`` (stages
timed through its progress callback) and its reports written in every format to a temporary
folder. Alignment and the rules compare accounts with each other, so their cost grows faster
than the corpus; the figures show how much faster.

The peer, measured in the same run on the same documents, is extraction alone: the table gives
the whole check as a multiple of it, and the growth of each size against the smallest
(``time ∝ reports^k``: k = 1 is linear, 2 quadratic).

Run: ``python benchmarks/bench_pipeline.py [--reports 5,10,20,40]``.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from collections.abc import Sequence

import _corpus

import consistency
from consistency.pipeline import check_documents
from consistency.reporters import WRITERS, write_reports

STAGES = ["Extracting facts", "Aligning facts and claims", "Running rules"]


def corpus_of(seeds: Sequence[_corpus.SeedText], reports: int) -> list:
    """``reports`` documents: the seeds cycled, each copy made unique and named as its own source."""
    cycled = [seeds[i % len(seeds)] for i in range(reports)]
    texts = _corpus.made_unique([_corpus.SeedText(f"{t.doc_id}#{i}", t.text, t.published, f"{t.source} {i}")
                                 for i, t in enumerate(cycled)])
    return [consistency.document_from_text(t.doc_id, t.text, published=t.published, source=t.source)
            for t in texts]


def timed_check(docs: list) -> dict[str, float]:
    """CPU seconds of each stage of one check of ``docs``, and of writing its reports."""
    ends: dict[str, float] = {}
    start = time.process_time()

    def progress(stage: str, done: int, total: int) -> None:
        ends[stage] = time.process_time()  # the last report of a stage marks its end

    result = check_documents(docs, progress=progress)
    if not result.usable:
        raise ValueError("no usable document to check")
    seconds, last = {}, start
    for stage in STAGES:
        seconds[stage], last = ends[stage] - last, ends[stage]
    with tempfile.TemporaryDirectory() as out:
        begin = time.process_time()
        write_reports(result, out, formats=sorted(WRITERS))
        seconds["Writing reports"] = time.process_time() - begin
    seconds["findings"] = len(result.findings)
    return seconds


def main(argv: Sequence[str] | None = None) -> list[dict]:
    """Print the stage times per corpus size; return them for ``run_all``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", default="5,10,20,40", help="corpus sizes, in reports (default 5,10,20,40)")
    args = parser.parse_args(argv)
    sizes = sorted({int(size) for size in args.reports.split(",")})
    print(_corpus.heading("The whole check as the corpus grows"))
    seeds = _corpus.seed_texts()
    # One run of unique copies, cut into a warm-up (imports, regex compilation) and one corpus
    # per size: no size reads a copy another has read, so no per-sentence cache is reused.
    copies = corpus_of(seeds, len(seeds) + sum(sizes))
    timed_check(copies[:len(seeds)])
    rows, figures, used = [], [], len(seeds)
    for size in sizes:
        docs, used = copies[used:used + size], used + size
        megabytes = sum(len(doc.text.encode("utf-8")) for doc in docs) / 1e6
        seconds = timed_check(docs)
        total = sum(seconds[name] for name in [*STAGES, "Writing reports"])
        first = figures[0] if figures else None
        growth = (math.log(total / first["total"]) / math.log(size / first["reports"])
                  if first and size > first["reports"] else float("nan"))
        figures.append({"reports": size, "mb": megabytes, "total": total, **seconds})
        rows.append([str(size), f"{megabytes:.2f}", *(f"{seconds[name]:.2f}" for name in [*STAGES, "Writing reports"]),
                     f"{total:.2f}", f"{total / seconds['Extracting facts']:.1f}×",
                     "" if math.isnan(growth) else f"{growth:.2f}", str(seconds["findings"])])
    print(_corpus.table(["reports", "MB", "extract s", "align s", "rules s", "reports s", "total s",
                         "total / extract", f"k (vs {sizes[0]})", "findings"], rows))
    print("CPU seconds (time.process_time), one check per size; k: total time ∝ reports^k against the smallest size.")
    return figures


if __name__ == "__main__":
    main()
    sys.exit(0)
