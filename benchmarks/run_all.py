"""Run the three benchmarks in sequence and end with a Markdown summary to paste into the README.

Run: ``python benchmarks/run_all.py [--quick]`` from the repository root (``--quick`` reads 2 MB of
text for our speed figure instead of 10 MB; the peers always read at least 200 KB).

Exits 0 whatever the figures; exits 1 only when a benchmark crashed (its traceback is printed and
the others still run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import platform
import sys
import traceback
from collections.abc import Sequence

import _corpus
import bench_accuracy
import bench_peer_quantities
import bench_speed


def _status(met: bool) -> str:
    return "MET" if met else "NOT MET"


def summary_rows(peer: dict, speed: dict, accuracy: dict) -> list[list[str]]:
    """The summary table: benchmark, figure, target, status (one row per target)."""
    rows = []
    if "error" in peer or "skipped" in peer:
        rows.append(["peer test suite", peer.get("error") or peer["skipped"], "ours ≥ quantulum3", "-"])
    else:
        n = peer["cases"]
        rows.append([f"quantulum3's test cases (money, percent, count; {n} cases)",
                     f"ours {peer['ours']}/{n} ({_corpus.percent(peer['ours'], n)}) vs quantulum3 "
                     f"{peer['quantulum3']}/{n} ({_corpus.percent(peer['quantulum3'], n)})",
                     "ours ≥ quantulum3", _status(peer["target_met"])])
    if "error" in speed:
        rows.append(["speed", speed["error"], "", "-"])
    else:
        if "ratio" in speed:
            rows.append(["speed vs quantulum3 + dateparser",
                         f"ours {speed['ours_mb_s']:.3f} MB/s, peers {speed['peer_mb_s']:.4f} MB/s, "
                         f"{speed['ratio']:.1f}× (by CPU time {speed.get('cpu_ratio', math.nan):.1f}×)",
                         "≥ 50× (smaller ratio)", _status(speed.get("ratio_judged", speed["ratio"]) >= 50)])
        rows.append(["speed per core (single-threaded)", f"{speed['per_core_mb_s']:.2f} MB/s",
                     "≥ 2 MB/s", _status(speed["per_core_mb_s"] >= 2)])
        rows.append(["peak memory", f"{speed['peak_rss_mb']:.0f} MB resident, "
                     f"{speed['traced_peak_mb']:.1f} MB Python allocations (1 MB pass)", "-", "-"])
    if "error" in accuracy or "skipped" in accuracy:
        rows.append(["accuracy vs gold", accuracy.get("error") or accuracy["skipped"], "≥ 0.95", "-"])
    else:
        precision, recall = accuracy["micro"]
        rows.append(["accuracy vs gold (seeds)",
                     f"{len(accuracy['met'])} of {len(accuracy['judged'])} kinds meet it; micro P "
                     f"{_fmt(precision)}, R {_fmt(recall)}", "P and R ≥ 0.95 per kind",
                     _status(len(accuracy["met"]) == len(accuracy["judged"]) > 0)])
    return rows


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _run(name: str, main, argv: list[str]) -> dict:
    try:
        return main(argv)
    except Exception as error:  # report and go on: one broken benchmark must not hide the others
        traceback.print_exc()
        return {"error": f"{name} crashed: {type(error).__name__}: {error}"}


def main(argv: Sequence[str] | None = None) -> int:
    """Run everything, print the summary, return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 MB instead of 10 MB for our speed passes")
    args = parser.parse_args(argv)
    peer = _run("bench_peer_quantities", bench_peer_quantities.main, [])
    speed = _run("bench_speed", bench_speed.main, ["--mb", "2"] if args.quick else [])
    accuracy = _run("bench_accuracy", bench_accuracy.main, [])

    print(_corpus.heading("Summary"))
    print(f"{dt.date.today().isoformat()}, Python {platform.python_version()}, {platform.machine()}, "
          f"{os.cpu_count()} logical CPUs; extractors: {speed.get('extractors', '?')}"
          f"{'; quick run' if args.quick else ''}\n")
    print(_corpus.table(["benchmark", "figure", "target", "status"], summary_rows(peer, speed, accuracy)))
    if accuracy.get("kinds"):
        print()
        print(_corpus.table(["kind", "precision", "recall"],
                            [[kind, _fmt(p), _fmt(r)] for kind, (p, r) in accuracy["kinds"].items()]))
    crashed = [name for name, result in (("peer", peer), ("speed", speed), ("accuracy", accuracy))
               if "error" in result]
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main())
