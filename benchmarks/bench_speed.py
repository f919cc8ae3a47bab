"""Throughput: our extraction against quantulum3 + dateparser on the seed corpus repeated.

Ours: the seed reports cycled (each copy its own document, with its manifest source and date) until
they hold at least 10 MB of UTF-8 text; each is built with ``consistency.document_from_text`` (the
document analysis — boilerplate, origins, publication date — is part of extraction) and read by
``extract_document`` with every extractor module present. Best of 3 timed passes (wall clock,
``time.perf_counter``), after one untimed warm-up pass over the five seeds.

We are single-threaded, so the figure per core is the bytes read per CPU second of the process
(``time.process_time``) in the best pass; it is close to the wall-clock figure.

Peers: ``quantulum3.parser.parse(text)`` plus ``dateparser.search.search_dates(text,
languages=["en"])`` on each document of a sample of the same cycled seeds of at least 200 KB (the
peers are too slow for 10 MB), one timed pass after a warm-up on a short text. Telling dateparser the
language is English makes it faster than its default language detection (and finds more dates),
so the peer figure is, if anything, flattering to the peer.

Peak memory: the process's peak resident set size (``resource.getrusage``) after our passes and
before the peers are imported, and the peak of Python allocations (``tracemalloc``) during one
untimed pass over a 1 MB sample.

``--per-module`` adds each extractor's own throughput on a 1 MB sample (documents built once,
outside the timing), so an owner can see what a change to one module buys.

Run: ``python benchmarks/bench_speed.py [--mb 10] [--peer-kb 200] [--no-peers] [--per-module]``.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable, Sequence

import _corpus

import consistency
from consistency.extractors import extract_document, extractor_modules

MB = 1_000_000


def extract_all(texts: Sequence[_corpus.SeedText], modules=None) -> int:
    """Build each document and extract its facts (kept, as the pipeline keeps them); return the count."""
    modules = modules if modules is not None else extractor_modules()
    facts = []
    for text in texts:
        doc = consistency.document_from_text(text.doc_id, text.text, published=text.published,
                                             source=text.source)
        if doc.usable:
            facts.extend(extract_document(doc, modules))
    return len(facts)


def timed(run: Callable[[], object], repeat: int = 1) -> tuple[float, float, object]:
    """Best ``(wall seconds, cpu seconds, result)`` of ``repeat`` runs (best by wall time)."""
    best = None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = run()
        this = (time.perf_counter() - wall, time.process_time() - cpu, result)
        if best is None or this[0] < best[0]:
            best = this
    assert best is not None
    return best


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MB if sys.platform == "darwin" else peak * 1024 / MB


def traced_peak_mb(run: Callable[[], object]) -> float:
    """Peak of Python allocations during ``run()``, in MB."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1] / MB
    finally:
        tracemalloc.stop()


def peer_job(texts: Sequence[_corpus.SeedText]) -> dict[str, float]:
    """Time quantulum3 and dateparser over ``texts``: wall and CPU seconds of each, and what they found."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # quantulum3's missing-classifier warning, dateparser's tz notes
        from dateparser.search import search_dates
        from quantulum3 import parser

        parser.parse("warm up: 3 km, $5 and 10% on 4 February 2026")
        search_dates("warm up on 4 February 2026", languages=["en"])
        q_wall, q_cpu, quantities = timed(lambda: sum(len(parser.parse(text.text)) for text in texts))
        d_wall, d_cpu, dates = timed(lambda: sum(len(search_dates(text.text, languages=["en"]) or [])
                                                 for text in texts))
    return {"q_wall": q_wall, "q_cpu": q_cpu, "d_wall": d_wall, "d_cpu": d_cpu,
            "quantities": quantities, "dates": dates}


def per_module(texts: Sequence[_corpus.SeedText], modules) -> None:
    """Print each module's throughput alone, and the cost of building the document contexts."""
    from consistency.extractors._base import DocumentContext

    docs = [consistency.document_from_text(t.doc_id, t.text, published=t.published, source=t.source)
            for t in texts]
    size = _corpus.total_bytes(texts)
    wall, _, contexts = timed(lambda: [DocumentContext(doc) for doc in docs], 3)
    print(f"Per module on {size / MB:.2f} MB (best of 3; contexts built once, {size / MB / wall:.1f} MB/s):")
    for module in modules:
        seconds, _, found = timed(lambda m=module: sum(len(list(m.find(c))) for c in contexts), 3)
        name = module.__name__.rsplit(".", 1)[1]
        print(f"  {name:<12} {size / MB / seconds:7.2f} MB/s  {seconds:6.3f} s  {found:6d} facts")


def main(argv: Sequence[str] | None = None) -> dict:
    """Print the throughput figures; return a summary for ``run_all``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="MB of text for our passes (default 10)")
    parser.add_argument("--peer-kb", type=float, default=200.0, help="KB of text for the peers (≥ 200)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes for ours; the best counts")
    parser.add_argument("--no-peers", action="store_true", help="skip the (slow) peer measurement")
    parser.add_argument("--per-module", action="store_true", help="also time each extractor alone on 1 MB")
    args = parser.parse_args(argv)
    print(_corpus.heading("Speed: our extraction vs quantulum3 + dateparser"))

    seeds = _corpus.seed_texts()
    modules = extractor_modules()
    extract_all(seeds, modules)  # warm-up: imports, regex compilation, caches
    repeated = _corpus.repeated(seeds, int(args.mb * MB))
    # Headline figure: copies made unique, so per-sentence caches cannot reuse work from an
    # identical earlier copy (real corpora rarely repeat most of their sentences).
    texts = _corpus.made_unique(repeated)
    size = _corpus.total_bytes(texts)
    wall, cpu, facts = timed(lambda: extract_all(texts, modules), args.repeat)
    cached_wall, _, _ = timed(lambda: extract_all(repeated, modules), 1)
    rss = peak_rss_mb()
    sample = _corpus.repeated(seeds, MB)
    traced = traced_peak_mb(lambda: extract_all(sample, modules))
    ours = size / MB / wall
    per_core = size / MB / cpu if cpu > 0 else float("inf")
    names = ", ".join(m.__name__.rsplit(".", 1)[1] for m in modules)
    print(f"Extractors: {names}")
    print(f"Ours: {len(texts)} documents (the {len(seeds)} seeds cycled, each copy's sentences made unique), "
          f"{size / MB:.2f} MB UTF-8, {facts} facts; best of {args.repeat}: {wall:.2f} s wall, {cpu:.2f} s CPU")
    print(f"(The same copies left identical, where per-sentence caches reuse earlier copies: "
          f"{size / MB / cached_wall:.2f} MB/s — not the headline figure.)")
    print("Ours is single-threaded (one process, one thread): MB/s per core = MB per CPU second.")
    print(f"Peak memory: {rss:.0f} MB resident (whole process, before the peers load); "
          f"{traced:.1f} MB peak Python allocations over a {_corpus.total_bytes(sample) / MB:.1f} MB pass")

    if args.per_module:
        per_module(_corpus.repeated(seeds, MB), modules)

    summary = {"ours_mb_s": ours, "per_core_mb_s": per_core, "bytes": size, "peak_rss_mb": rss,
               "traced_peak_mb": traced, "extractors": names}
    rows = [["ours (consistency)", f"{size / MB:.2f} MB", f"{wall:.2f}", f"{cpu:.2f}", f"{ours:.3f}"]]
    if args.no_peers:
        print("Peers skipped (--no-peers).")
    else:
        peer_texts = _corpus.repeated(seeds, int(args.peer_kb * 1000))
        peer_size = _corpus.total_bytes(peer_texts)
        try:
            job = peer_job(peer_texts)
        except ImportError as error:
            print(f"Peers SKIPPED: {error} (python -m pip install -e '.[bench]')")
        else:
            wall_s, cpu_s = job["q_wall"] + job["d_wall"], job["q_cpu"] + job["d_cpu"]
            peer, peer_cpu = peer_size / MB / wall_s, peer_size / MB / cpu_s
            print(f"Peers: a sample of {len(peer_texts)} documents of the same cycled seeds, "
                  f"{peer_size / 1000:.0f} KB (not the full {size / MB:.0f} MB: they are too slow), "
                  f"one timed pass; {job['quantities']} quantities, {job['dates']} dates")
            if peer_size < 200_000:
                print("  (below the 200 KB the benchmark is meant to give the peers: a rough figure)")
            kb = f"{peer_size / 1000:.0f} KB"
            rows += [["quantulum3.parser.parse", kb, f"{job['q_wall']:.2f}", f"{job['q_cpu']:.2f}",
                      f"{peer_size / MB / job['q_wall']:.4f}"],
                     ["dateparser search_dates (en)", kb, f"{job['d_wall']:.2f}", f"{job['d_cpu']:.2f}",
                      f"{peer_size / MB / job['d_wall']:.4f}"],
                     ["peers together (same job)", kb, f"{wall_s:.2f}", f"{cpu_s:.2f}", f"{peer:.4f}"]]
            summary.update(peer_mb_s=peer, ratio=ours / peer, cpu_ratio=per_core / peer_cpu)
    print()
    print(_corpus.table(["system", "text", "wall s", "CPU s", "MB/s (wall)"], rows))
    print()
    if "ratio" in summary:
        ratio = summary["ratio"]
        # Ours is the best of 3 passes and the peers' a single one, so on a busy machine the wall
        # ratio flatters us; the target is judged on the smaller of the wall and CPU-time ratios.
        summary["ratio_judged"] = min(ratio, summary["cpu_ratio"])
        print(f"Ours / peers: {ratio:.1f}× by wall time, {summary['cpu_ratio']:.1f}× by CPU time — target ≥ 50× "
              f"(on the smaller): {'MET' if summary['ratio_judged'] >= 50 else 'NOT MET'}")
    print(f"Ours per core: {per_core:.2f} MB/s — target ≥ 2 MB/s: {'MET' if per_core >= 2 else 'NOT MET'}")
    return summary


if __name__ == "__main__":
    main()
    sys.exit(0)
