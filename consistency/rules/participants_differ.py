"""participants-differ (P100): accounts list different people at the same meeting.

What it flags: a meeting — recognised by its principal participants ("X held
talks with Y", "a meeting between X and Y") — whose attendee list differs
between accounts. "Z was present" joins the meeting its account described just
before. When one list only adds names to another the verdict is ``omission``
(the shorter accounts leave someone out); when the lists disagree both ways it
is ``diverge``.

Why it matters: who was in the room (a foreign minister, a security chief) says
what the meeting was about; an account that drops or adds an attendee changes
that picture.

Fires: a readout says "Jane Doe met John Roe in Oslo. Ann Poe was present at
the meeting." and a report says "Jane Doe met John Roe in Oslo."
Silent: both list the same people.
"""

from __future__ import annotations

from collections import defaultdict

from .. import frames
from ._base import Case, Hit
from ._evidence import fact_evidence
from ._slot import account_label

CODE = "P100"
NAME = "participants-differ"
VERDICT = "omission"
SEVERITY = "info"
SCOPE = "corpus"
MIN_SHARED = 2  # meetings across accounts are the same when they share this many principals

CASES = [
    Case({"a": ("Prime Minister Jane Doe met President John Roe in Oslo on Monday. Foreign Minister Ann Poe "
                "was present at the meeting.", None),
          "b": ("Prime Minister Jane Doe met President John Roe in Oslo on Monday.", None)},
         fires=True, expect={"verdict": "omission"}),
    Case({"a": ("Prime Minister Jane Doe met President John Roe in Oslo on Monday. Foreign Minister Ann Poe "
                "was present at the meeting.", None),
          "b": ("Prime Minister Jane Doe met President John Roe in Oslo on Monday. Defence Minister Max Moe "
                "was present at the meeting.", None)},
         fires=True, expect={"verdict": "diverge", "severity": "warning"}),
    Case({"a": ("Prime Minister Jane Doe met President John Roe in Oslo on Monday.", None),
          "b": ("Prime Minister Jane Doe held talks with President John Roe in Oslo.", None)}, fires=False),
]


class _Meeting:
    """One meeting as an account tells it: principals, people present, and the facts."""

    def __init__(self, principals: frozenset):
        self.principals = principals
        self.present: set[str] = set()
        self.facts: list = []

    @property
    def names(self) -> frozenset:
        return self.principals | self.present


def check(corpus) -> list[Hit]:
    """One finding per meeting whose attendee lists differ between accounts."""
    facts = corpus.facts
    if facts.empty:
        return []
    rows = facts[facts["kind"] == "attendees"].sort_values(["doc_id", "start"])
    meetings = _meetings_by_account(rows)
    return [hit for group in _same_meetings(meetings) if (hit := _compare(group))]


def _meetings_by_account(rows) -> dict:
    by_account: dict = defaultdict(dict)
    last: dict = {}
    for row in frames.rows(rows):
        account = (row.doc_id, row.origin)
        names = frozenset(n.strip() for n in row.value.split(";") if n.strip())
        if row.note == "present":
            if account in last:  # "Z was present at the meeting": the meeting just described
                last[account].present |= names
                last[account].facts.append(row)
            continue
        meeting = by_account[account].setdefault(names, _Meeting(names))
        meeting.facts.append(row)
        last[account] = meeting
    return by_account


def _same_meetings(by_account: dict) -> list[list[tuple]]:
    """Meetings of different accounts whose principals nest and share at least two names."""
    items = [(account, meeting) for account, meetings in by_account.items() for meeting in meetings.values()]
    groups: list[list[tuple]] = []
    for account, meeting in items:
        for group in groups:
            if any(_same(meeting.principals, other.principals) for _, other in group):
                group.append((account, meeting))
                break
        else:
            groups.append([(account, meeting)])
    return [group for group in groups if len({account for account, _ in group}) > 1]


def _same(a: frozenset, b: frozenset) -> bool:
    return len(a & b) >= MIN_SHARED and (a <= b or b <= a)


def _compare(group: list[tuple]) -> Hit | None:
    lists: dict = defaultdict(set)
    for account, meeting in group:
        lists[account] |= meeting.names
    everyone = set().union(*lists.values())
    if all(names == everyone for names in lists.values()):
        return None
    nested = all(any(a <= b for b in lists.values()) for a in lists.values()) and everyone in lists.values()
    principals = sorted(set.intersection(*(set(m.principals) for _, m in group)))
    extra = sorted(everyone - set.intersection(*lists.values()))
    labels = {account: account_label(_source(group, account), account[1]) for account in lists}
    # "Ann Poe: a and c (not b)": who names each attendee the lists do not share, and who leaves them out
    who_lists = "; ".join(f"{name}: {_listed(labels[a] for a in lists if name in lists[a])} "
                          f"(not {_listed((labels[a] for a in lists if name not in lists[a]), 'or')})"
                          for name in extra)
    verdict = "omission" if nested else "diverge"
    evidence = [fact_evidence(fact) for _, meeting in group for fact in meeting.facts
                if fact.note == "present" or fact is meeting.facts[0]]
    return Hit(f"The meeting of {' and '.join(principals)} has different attendee lists: {who_lists}.",
               evidence=evidence, verdict=verdict, severity="warning" if verdict == "diverge" else "info",
               key="meeting:" + "; ".join(principals), kind="attendees", subject=" and ".join(principals),
               values=sorted(f"{name}@{labels[a]}" for name in extra for a in lists if name in lists[a]))


def _listed(labels, conjunction: str = "and") -> str:
    """"a", "a and b", "a, b and c" (or "a or b" with ``conjunction`` "or")."""
    names = list(labels)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def _source(group, account) -> str:
    return next(meeting.facts[0].source for a, meeting in group if a == account)

