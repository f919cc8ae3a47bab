"""The command line: a thin click layer over the library calls.

    consistency check [PATH] [--out DIR] [--config FILE] [--fail-on info|warning|error|never]
                      [--baseline FILE] [--format F]... [--quiet]
    consistency baseline [PATH] [--out FILE] [--config FILE]
    consistency rules
    consistency rule CODE

Exit codes: 0 when no finding is at or above ``--fail-on``; 1 when some are;
2 for a usage error or when no document could be read.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__, frames
from .baseline import BaselineError, read_baseline, write_baseline
from .config import ConfigError, find_config, load_config
from .documents import CorpusError, load_corpus
from .manifest import ManifestError
from .pipeline import Result, bundled_corpus, check_documents
from .progress import progress_bar
from .reporters import DEFAULT_FORMATS, RENDERERS, WRITERS, write_reports
from .rules import rule_modules
from .schema import severity_rank

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_USAGE)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="consistency")
def main() -> None:
    """Check where news reports about one event agree, reword or diverge, fact by fact."""


_PATH = click.argument("path", required=False, type=click.Path(path_type=Path))
_CONFIG = click.option("--config", "config_path", type=click.Path(path_type=Path),
                       help="consistency.toml or pyproject.toml; default: looked up next to the corpus.")


@main.command()
@_PATH
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("reports"),
              show_default=True, help="Folder the reports are written into.")
@_CONFIG
@click.option("--fail-on", type=click.Choice(["info", "warning", "error", "never"]), default=None,
              help="Exit 1 when a finding is at or above this severity.  [default: error]")
@click.option("--baseline", "baseline_path", type=click.Path(path_type=Path),
              help="Accepted findings (from `consistency baseline` or a triage decisions file): "
                   "only new findings fail.")
@click.option("--format", "formats", multiple=True, type=click.Choice(sorted(WRITERS)),
              help="Report format; repeat for several. Default: csv, json and html.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
def check(path: Path | None, out: Path, config_path: Path | None, fail_on: str | None,
          baseline_path: Path | None, formats: tuple[str, ...], quiet: bool) -> None:
    """Check the reports in PATH (a folder or a file; default: the bundled seed corpus)."""
    corpus_path = path if path is not None else bundled_corpus()
    result = _run(corpus_path, config_path, baseline_path, show_progress=not quiet)
    for problem in result.problems:
        click.echo(f"warning: {problem}", err=True)
    for stale in result.stale:
        click.echo(f"note: baseline entry {stale} no longer occurs (stale)", err=True)
    threshold = fail_on or result.config.fail_on or "error"
    try:
        written = write_reports(result, out, formats or DEFAULT_FORMATS, fail_on=threshold)
    except OSError as error:
        _fail(f"cannot write reports to {out}: {error.strerror or error}")
    if not result.usable:
        _fail(f"{corpus_path}: no usable document (see the problems above); reports list them")
    if "github" in formats:
        # The annotations are what this format is for: printed even with --quiet.
        click.echo(RENDERERS["github"](result, threshold), nl=False)
    if "markdown" in formats and os.environ.get("GITHUB_STEP_SUMMARY"):
        _append_step_summary(Path(os.environ["GITHUB_STEP_SUMMARY"]), RENDERERS["markdown"](result, threshold))
    if not quiet and "github" not in formats:
        _print_summary(result, written)
    sys.exit(exit_code(result.findings, threshold))


def _append_step_summary(path: Path, text: str) -> None:
    """Append the Markdown summary to GitHub's job summary file; a failure only warns."""
    try:
        with path.open("a", encoding="utf-8") as stream:
            stream.write(text + "\n")
    except OSError as error:
        click.echo(f"warning: cannot append to $GITHUB_STEP_SUMMARY ({path}): {error.strerror or error}", err=True)


@main.command()
@_PATH
@click.option("--out", "out", type=click.Path(path_type=Path), default=Path("consistency-baseline.json"),
              show_default=True, help="Baseline file to write.")
@_CONFIG
def baseline(path: Path | None, out: Path, config_path: Path | None) -> None:
    """Accept the current findings of PATH: write their fingerprints to a baseline file."""
    result = _run(path if path is not None else bundled_corpus(), config_path, None)
    if not result.usable:
        _fail(f"{path}: no usable document")
    write_baseline(result.findings, out)
    click.echo(f"wrote {out} with {len(result.findings)} accepted findings")


def _run(corpus_path: Path, config_path: Path | None, baseline_path: Path | None,
         show_progress: bool = False) -> Result:
    """Load configuration, baseline and corpus, then check; usage errors exit 2.

    Progress is drawn on stderr only when it is a terminal (never in CI logs or pipes).
    """
    try:
        codes = [module.CODE for module in rule_modules()]
        config = load_config(config_path or find_config(corpus_path), codes)
        baseline = read_baseline(baseline_path) if baseline_path else None
        docs = load_corpus(corpus_path)
    except (CorpusError, ManifestError, ConfigError, BaselineError) as error:
        _fail(str(error))
    with progress_bar(None if show_progress else False) as progress:
        return check_documents(docs, config, baseline, progress)


def exit_code(findings, fail_on: str) -> int:
    """1 when any new (not baselined) finding is at or above ``fail_on``, else 0."""
    if fail_on == "never" or findings.empty:
        return EXIT_OK
    threshold = severity_rank(fail_on)
    failing = findings["severity"].map(severity_rank) >= threshold
    if "baseline" in findings:
        failing &= findings["baseline"] == "new"
    return EXIT_FINDINGS if failing.any() else EXIT_OK


def _print_summary(result, written: list[Path]) -> None:
    usable = sum(doc.usable for doc in result.corpus)
    click.echo(f"{usable} of {len(result.corpus)} documents read, {len(result.facts)} facts, "
               f"{len(result.findings)} findings")
    counts = result.findings["verdict"].value_counts()
    if len(counts):
        click.echo("  " + ", ".join(f"{verdict}: {count}" for verdict, count in counts.items()))
    for row in frames.rows(result.findings):
        if row.severity != "info":
            # One line per finding: document text inside a message must not start a line of its own.
            click.echo(f"  {row.severity} {row.code} {row.rule}: {' '.join(row.message.split())}")
    click.echo("wrote " + ", ".join(str(path) for path in written))


@main.command(name="rules")
def list_rules() -> None:
    """List every rule: code, name, verdict and default severity."""
    for module in rule_modules():
        summary = (module.__doc__ or "").strip().splitlines()[0]
        click.echo(f"{module.CODE}  {module.NAME:<22} {module.VERDICT:<11} {module.SEVERITY:<8} "
                   f"{summary.split(':', 1)[-1].strip()}")


@main.command(name="rule")
@click.argument("code")
def explain_rule(code: str) -> None:
    """Explain one rule by CODE (e.g. D100) or name (e.g. value-conflict)."""
    for module in rule_modules():
        if code.upper() == module.CODE or code.lower() == module.NAME:
            click.echo(f"{module.CODE} {module.NAME} (verdict {module.VERDICT}, "
                       f"default severity {module.SEVERITY})\n")
            click.echo((module.__doc__ or "").strip())
            return
    _fail(f"no rule {code!r}; `consistency rules` lists them")


if __name__ == "__main__":  # pragma: no cover
    main()
