"""The whole pipeline as one call: corpus in, documents, facts and findings out."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .align import align
from .documents import load_corpus
from .extractors import extract
from .rules import run_rules
from .schema import DOCUMENT_COLUMNS, Document


@dataclass
class Result:
    """What a check produces; each table is a pandas DataFrame."""

    documents: pd.DataFrame
    facts: pd.DataFrame
    findings: pd.DataFrame
    corpus: list[Document] = field(default_factory=list, repr=False)

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


def check_documents(docs: list[Document]) -> Result:
    """Run extraction, alignment and rules over documents already loaded."""
    facts = align(extract(docs))
    findings = run_rules(facts)
    return Result(documents_table(docs), facts, findings, docs)


def check(path: str | Path | None = None) -> Result:
    """Check a corpus folder (or file); with no path, the bundled seed corpus.

    >>> result = check()
    >>> sorted(result.facts.columns[:4])
    ['doc_id', 'fact_id', 'origin', 'source']
    """
    return check_documents(load_corpus(path if path is not None else bundled_corpus()))


def bundled_corpus() -> Path:
    """The seed corpus: inside the installed package, or ``seeds/`` in a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled seed corpus is missing from this installation")
