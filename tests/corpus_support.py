"""Helpers shared by the hand-written corpus tests (rate decision, earthquake, acquisition, trial,
wildfire): each corpus checked once per session, how a fact's value is matched against the value
read by hand, and how findings are searched for the accounts on each side of a planted divergence."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import consistency


@cache
def checked(corpus: Path):
    """The check of a hand-written corpus, run once per test session by whichever module asks first
    (its own test module and ``test_corpora_documents`` read the same result)."""
    return consistency.check_documents(consistency.load_corpus(corpus))


def corpus_fixtures(corpus: Path):
    """The module-scoped fixtures ``result``, ``facts`` and ``findings`` of a corpus's test module:
    ``result, facts, findings = corpus_fixtures(CORPUS)``."""

    @pytest.fixture(scope="module")
    def result():
        return checked(corpus)

    @pytest.fixture(scope="module")
    def facts(result):
        return result.facts

    @pytest.fixture(scope="module")
    def findings(result):
        return result.findings

    return result, facts, findings


def value_matches(value: str, expected: str) -> bool:
    """``value`` as read against ``expected`` written by hand: "*" matches anything, "*T14:30" a
    suffix, "2026-*" a prefix; figures match as numbers ("4.10" is "4.1"), other values as written."""
    if expected == "*":
        return True
    if expected.startswith("*"):
        return value.endswith(expected[1:])
    if expected.endswith("*"):
        return value.startswith(expected[:-1])
    if expected.lstrip("-")[0].isdigit() and "-" not in expected[1:]:
        return same_number(value, expected)
    return value == expected


def same_number(value: str, expected: str) -> bool:
    """"4.10" and "4.1" are one value; a range "2..3" is compared end by end."""
    try:
        return [float(part) for part in value.split("..")] == [float(part) for part in expected.split("..")]
    except ValueError:
        return False


def fact_params(rows):
    """Rows of expected facts as pytest params, each named by its document, origin, kind and needle."""
    return [pytest.param(*row, id="-".join(str(part) for part in row[:4])) for row in rows]


def evidence_values(finding) -> set[str]:
    """The values a finding's evidence holds, as written in the facts table."""
    return {str(item["value"]) for item in finding["evidence"]}


def accounts_with(finding, value: str) -> set[tuple[str, str]]:
    """The (document, origin) accounts whose evidence in ``finding`` states ``value``."""
    return {(item["doc_id"], item["origin"]) for item in finding["evidence"]
            if same_number(str(item["value"]), value) or str(item["value"]) == value}


def numeric(values: set[str]) -> set[float | str]:
    """Figures as numbers ("4.10" is 4.1); dates and other values as written."""
    def number(value: str) -> float | str:
        try:
            return float(value)
        except ValueError:
            return value
    return {number(value) for value in values}


def with_values(findings, code: str, kind: str, values: set[float]) -> list:
    """The findings of ``code`` and ``kind`` whose evidence holds exactly ``values``."""
    return [row for _, row in findings[(findings["code"] == code) & (findings["kind"] == kind)].iterrows()
            if numeric(evidence_values(row)) == values]


def quote_findings(findings, doc_id: str, verdict: str) -> list:
    """The quote-fidelity findings of ``verdict`` that involve ``doc_id``."""
    rows = findings[(findings["code"] == "Q100") & (findings["verdict"] == verdict)]
    return [row for _, row in rows.iterrows() if doc_id in row["doc_ids"]]
