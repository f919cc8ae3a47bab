"""CSV reports: ``facts.csv`` and ``findings.csv`` with the contract's columns.

Cells that a spreadsheet would run as a formula (starting with ``=``, ``+``,
``-``, ``@``, tab or carriage return) are prefixed with an apostrophe, the
OWASP advice against CSV injection, because document text is untrusted.
Numeric columns are left as numbers.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..schema import FACT_COLUMNS, FINDING_COLUMNS
from ._atomic import write_atomic

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NAMES = {"facts": "facts.csv", "findings": "findings.csv"}


def neutralise(cell: object) -> object:
    """Defuse a text cell that a spreadsheet would read as a formula.

    A canonical number such as ``-6.9`` is data, not a formula, and stays.

    >>> neutralise("=HYPERLINK(1)"), neutralise("-5 percent"), neutralise("-6.9"), neutralise(-5)
    ("'=HYPERLINK(1)", "'-5 percent", '-6.9', -5)
    """
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) and not _is_number(cell):
        return "'" + cell
    return cell


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _safe(table: pd.DataFrame) -> pd.DataFrame:
    table = table.copy()
    for column in table.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            table[column] = table[column].map(neutralise)
    return table


def write_csv(result, out: Path) -> list[Path]:
    """Write facts.csv and findings.csv into ``out``; return their paths."""
    facts = _safe(result.facts[FACT_COLUMNS])
    extra = ["sources", *(["baseline"] if "baseline" in result.findings else [])]
    findings = _safe(result.findings[[*FINDING_COLUMNS, *extra]])
    return [write_atomic(Path(out) / NAMES["facts"], facts.to_csv(index=False)),
            write_atomic(Path(out) / NAMES["findings"], findings.to_csv(index=False))]
