"""consistency: a cross-source fact-consistency checker for news reports.

Usage::

    import consistency
    result = consistency.check("seeds")
    result.documents, result.facts, result.findings   # pandas DataFrames

The stages are plain functions over plain data, usable one by one:
``load_corpus`` → ``extract`` → ``align`` → ``run_rules`` → ``write_reports``.
"""

from .align import align
from .documents import CorpusError, document_from_text, load_corpus
from .extractors import extract
from .pipeline import Result, bundled_corpus, check, check_documents
from .rules import run_rules

__version__ = "0.1.0"

__all__ = [
    "CorpusError",
    "Result",
    "align",
    "bundled_corpus",
    "check",
    "check_documents",
    "document_from_text",
    "extract",
    "load_corpus",
    "run_rules",
]
