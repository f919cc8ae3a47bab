"""The whole pipeline as one call: corpus in, documents, facts and findings out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .align import align
from .baseline import Baseline
from .claims import align_claims, group_claims
from .config import Config, find_config, load_config
from .documents import load_corpus
from .extractors import extract
from .rules import rule_modules, run_rules
from .schema import DOCUMENT_COLUMNS, Document


@dataclass
class Result:
    """What a check produces; each table is a pandas DataFrame."""

    documents: pd.DataFrame
    facts: pd.DataFrame
    findings: pd.DataFrame
    corpus: list[Document] = field(default_factory=list, repr=False)
    config: Config = field(default_factory=Config, repr=False)
    stale: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        """Every problem met while reading, one message per problem, naming the file."""
        return [problem for doc in self.corpus for problem in doc.problems]

    @property
    def usable(self) -> bool:
        """True when at least one document could be read."""
        return any(doc.usable for doc in self.corpus)


def documents_table(docs: list[Document]) -> pd.DataFrame:
    """One row per document, usable or not, with columns ``DOCUMENT_COLUMNS``."""
    rows = []
    for doc in docs:
        rows.append({
            "doc_id": doc.doc_id, "path": str(doc.path), "source": doc.source,
            "published": doc.published.isoformat() if doc.published else "",
            "published_from": doc.published_from, "encoding": doc.encoding,
            "origins": ";".join(sorted({"narration", *(s.label for s in doc.origins)}))
            if doc.usable else "",
            "chars": len(doc.text),
            "boilerplate_chars": sum(s.end - s.start for s in doc.boilerplate),
            "status": doc.status, "problems": " | ".join(doc.problems),
        })
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)


Progress = Callable[[str, int, int], None]


def check_documents(docs: list[Document], config: Config | None = None,
                    baseline: Baseline | None = None, progress: Progress | None = None) -> Result:
    """Run extraction, alignment and rules over documents already loaded.

    ``config`` selects rules and overrides severities; with a ``baseline`` the
    findings get a ``baseline`` column ("accepted" or "new") and the result lists
    the baseline's stale entries. ``progress(stage, done, total)`` is told how far
    each stage has come (the CLI draws it on stderr).
    """
    config = config or Config()
    report = progress or (lambda stage, done, total: None)
    facts = extract(docs, report)
    report("Aligning facts and claims", 0, 2)
    facts = align(facts, config.settings)
    modules = [module for module in rule_modules() if config.selects(module.CODE)]
    claims = group_claims(align_claims(docs, config.settings))
    report("Aligning facts and claims", 2, 2)
    report("Running rules", 0, 1)
    findings = run_rules(facts, modules, config.severity, claims=claims, documents=docs, settings=config.settings)
    report("Running rules", 1, 1)
    stale: list[str] = []
    if baseline is not None:
        findings, stale = baseline.mark(findings), baseline.stale(findings)
    return Result(documents_table(docs), facts, findings, docs, config, stale)


def check(path: str | Path | None = None, config: Config | str | Path | None = None,
          baseline: Baseline | None = None) -> Result:
    """Check a corpus folder (or file); with no path, the bundled seed corpus.

    ``config`` is a :class:`Config` or a path to ``consistency.toml`` /
    ``pyproject.toml``; when omitted, the configuration is looked up next to the
    corpus and in the current folder.

    >>> result = check()
    >>> sorted(result.facts.columns[:4])
    ['doc_id', 'fact_id', 'origin', 'source']
    """
    corpus = Path(path) if path is not None else bundled_corpus()
    if not isinstance(config, Config):
        found = Path(config) if config is not None else find_config(corpus)
        config = load_config(found, [module.CODE for module in rule_modules()])
    return check_documents(load_corpus(corpus), config, baseline)


def bundled_corpus() -> Path:
    """The seed corpus: inside the installed package, or ``seeds/`` in a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled seed corpus is missing from this installation")
