"""Earlier levels ("$5bn, up from $4bn"): the figure a change started from measures the same thing
as the figure it is compared with, but in a slot of its own, so that it never stands in for a
report's current figure."""

from __future__ import annotations

import pytest

from consistency import check_documents, document_from_text
from consistency.extractors import extract_document

_QUANTITIES = {"money", "percent", "measure", "count"}


def quantities(text: str) -> list[tuple[str, str, str]]:
    """(surface, subject, note) of each quantity of ``text``, in text order."""
    return [(f.surface, f.subject, f.note) for f in extract_document(document_from_text("t", text))
            if f.kind in _QUANTITIES]


@pytest.mark.parametrize("text,expected", [
    ("Net income was $5.2 billion, up from $4.1 billion a year ago.",
     [("$5.2 billion", "net income", ""), ("$4.1 billion", "net income", "level:before")]),
    ("Sales climbed to $880 million from $790 million.",
     [("$880 million", "sales", ""), ("$790 million", "sales", "level:before")]),
    ("The jobless rate was 4.4 percent, down from 4.6 percent in March.",
     [("4.4 percent", "jobless rate", ""), ("4.6 percent", "jobless rate", "level:before")]),
    ("Inflation eased to 2.9 percent from 3.2 percent.",
     [("2.9 percent", "inflation", ""), ("3.2 percent", "inflation", "level:before")]),
    ("Consumer prices rose from 5 percent to 7 percent.",
     [("5 percent", "consumer prices", "level:before"), ("7 percent", "consumer prices", "")]),
    ("The central bank raised its policy rate from 4 percent to 4.25 percent.",
     [("4 percent", "policy rate", "level:before"), ("4.25 percent", "policy rate", "")]),
    ("Operating costs were $310 million, compared with $295 million in the prior quarter.",
     [("$310 million", "operating costs", ""), ("$295 million", "operating costs", "level:before")]),
])
def test_the_figure_a_level_came_from_is_its_earlier_level(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Inflation slowed to 3.1% in January from 3.4% in December.",
     [("3.1%", "inflation", ""), ("3.4%", "inflation", "level:before")]),
    ("Exports climbed to $4.8 billion in March 2025 from $4.1 billion a year earlier.",
     [("$4.8 billion", "exports", ""), ("$4.1 billion", "exports", "level:before")]),
    ("The jobless rate fell to 5.2 percent last month from 5.6 percent.",
     [("5.2 percent", "jobless rate", ""), ("5.6 percent", "jobless rate", "level:before")]),
])
def test_a_period_between_the_level_reached_and_its_start(text, expected):
    assert quantities(text) == expected


@pytest.mark.parametrize("text,earlier", [
    ("Net income rose to $612 million, or $1.48 a share, from $575 million a year earlier.", "$575 million"),
    ("Quarterly profit fell to $40m, or 9p a share, from $52m.", "$52m"),
    ("Operating profit climbed to $1.2bn, or 14% of sales, from $1.05bn.", "$1.05bn"),
])
def test_a_level_per_share_or_of_sales_between_the_level_reached_and_its_start(text, earlier):
    found = {surface: note for surface, _, note in quantities(text)}
    assert found[earlier] == "level:before"
    assert [note for note in found.values() if note == "level:before"] == ["level:before"]


@pytest.mark.parametrize("text", [
    "The alliance sent 5,000 troops from 12 countries.",  # "from" after a count: where they came from
    "Estimates ranged from 5 to 7 percent.",  # a range
    "Prices rose 5 percent from a year earlier.",  # a change, measured from no figure
    "Funding of $4 billion came from the state.",
    "Exports fell 3% in May, the ministry said.",
])
def test_no_earlier_level(text):
    assert all(note != "level:before" for _, _, note in quantities(text))


def _verdicts(a: str, b: str) -> dict[str, set[str]]:
    """Each quantity slot's verdicts, by slot id, for two reports."""
    result = check_documents([document_from_text("a", a), document_from_text("b", b)])
    slots = set(result.facts.loc[result.facts["kind"].isin(_QUANTITIES), "slot_id"])
    found = result.findings[result.findings["slot_id"].isin(slots)]
    return {slot: set(group["verdict"]) for slot, group in found.groupby("slot_id")}


def test_an_earlier_level_does_not_stand_in_for_a_current_figure():
    # Before, the $4bn of a met the $4.1bn of b in one slot, and the two reports' revenue
    # ($5bn against $4.1bn) read as compatible.
    verdicts = _verdicts("Revenue rose to $5bn from $4bn a year earlier.", "Revenue rose to $4.1bn.")
    assert verdicts["money:revenue"] == {"diverge"}


def test_earlier_levels_are_compared_with_earlier_levels():
    verdicts = _verdicts("Revenue was $5bn, up from $4bn a year earlier.",
                         "Revenue was $5bn, up from $3bn a year earlier.")
    assert verdicts["money:revenue"] == {"agree"}
    assert verdicts["money:revenue:before"] == {"diverge"}


def test_findings_name_the_earlier_level():
    result = check_documents([document_from_text("a", "Revenue was $5bn, up from $4bn a year earlier."),
                              document_from_text("b", "Revenue was $5bn, up from $3bn a year earlier.")])
    (message,) = result.findings.loc[result.findings["slot_id"] == "money:revenue:before", "message"]
    assert "'revenue (earlier level)'" in message
