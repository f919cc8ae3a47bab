"""Progress on stderr for long runs, drawn with rich.

Shown only when stderr is a terminal and the user did not ask for quiet, so CI
logs and piped machine formats on stdout stay clean.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


@contextmanager
def progress_bar(enabled: bool | None = None, console: Console | None = None) -> Iterator:
    """Yield a ``progress(stage, done, total)`` callback, or ``None`` when not shown.

    ``enabled`` defaults to "stderr is a terminal".
    """
    console = console or Console(stderr=True)
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        tasks: dict[str, int] = {}

        def report(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(stage, total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield report
