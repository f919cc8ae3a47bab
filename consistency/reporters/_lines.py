"""Where a finding points, for the machine formats: lines, columns, paths, URIs; and which findings fail.

Evidence offsets are half-open code-point offsets into ``Document.text`` as it was decoded
(``text[start:end] == surface``). CI tools want 1-based lines and columns instead:

>>> index = LineIndex("one\\r\\ntwo\\rthree\\nfour")
>>> index.position(0), index.position(5), index.position(9), index.position(15)
((1, 1), (2, 1), (3, 1), (4, 1))
>>> index.region(6, 8)
Region(start_line=2, start_column=2, end_line=2, end_column=4)

A line ends at ``\\r\\n``, ``\\n`` or a lone ``\\r``: SARIF's newline sequences, and what editors and
GitHub count. The other separators ``str.splitlines`` knows (form feed, U+2028, …) do not start a line.
Columns count code points, as our offsets do; the end column is the one just past the span (SARIF's
convention, also ruff's for GitHub annotations).
"""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from ..schema import severity_rank

_NEWLINE = re.compile(r"\r\n|\r|\n")
#: SARIF base id of the folder paths are relative to (the checkout in CI).
SRCROOT = "%SRCROOT%"


@dataclass(frozen=True)
class Region:
    """A span as 1-based lines and columns; ``end_column`` is just past the last character."""

    start_line: int
    start_column: int
    end_line: int
    end_column: int


class LineIndex:
    """The start offset of every line of one text, for offset → (line, column) by bisection."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(match.end() for match in _NEWLINE.finditer(text))]
        self.length = len(text)

    def position(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of ``offset``; offsets are clamped to the text."""
        offset = max(0, min(int(offset), self.length))
        line = bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def region(self, start: int, end: int) -> Region:
        """The region of the half-open span ``[start, end)``."""
        return Region(*self.position(start), *self.position(max(start, end)))


class Locator:
    """Paths, URIs and regions of one result's documents; line indexes are built once per document.

    ``root`` (default: the current folder) is what paths are made relative to: in CI it is the
    checkout, so GitHub can attach annotations and alerts to the files.
    """

    def __init__(self, corpus, root: str | Path | None = None) -> None:
        self.root = Path(os.path.abspath(root if root is not None else Path.cwd()))
        self.documents = {doc.doc_id: doc for doc in corpus}
        self._indexes: dict[str, LineIndex] = {}

    def relative(self, doc_id: str) -> str | None:
        """The document's path relative to ``root`` in POSIX form, or None when it lies outside."""
        doc = self.documents.get(doc_id)
        if doc is None:
            return None
        # abspath, not resolve(): a symlinked checkout must keep the paths the user sees.
        path = Path(os.path.abspath(doc.path))
        return path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else None

    def path(self, doc_id: str) -> str:
        """A path for humans and GitHub: relative to ``root`` when possible, else absolute."""
        relative = self.relative(doc_id)
        if relative is not None:
            return relative
        doc = self.documents.get(doc_id)
        return Path(os.path.abspath(doc.path)).as_posix() if doc is not None else doc_id

    def uri(self, doc_id: str) -> tuple[str, str | None]:
        """``(uri, base)``: a percent-encoded URI reference relative to ``root`` (base "%SRCROOT%"),
        or an absolute ``file:`` URI (base None) for a document outside ``root``."""
        relative = self.relative(doc_id)
        if relative is not None:
            # quote() leaves only unreserved characters and "/": a space becomes %20, a colon %3A
            # (so "a:b.txt" is not read as a scheme), non-ASCII its UTF-8 bytes.
            return quote(relative, safe="/"), SRCROOT
        doc = self.documents.get(doc_id)
        if doc is None:
            return quote(doc_id, safe="/"), SRCROOT
        return Path(os.path.abspath(doc.path)).as_uri(), None

    def root_uri(self) -> str:
        """The ``file:`` URI of ``root``, ending in a slash as SARIF requires of a base URI."""
        return self.root.as_uri().rstrip("/") + "/"

    def region(self, evidence: dict) -> Region | None:
        """The region of one evidence item, or None when its document or offsets are unknown."""
        doc = self.documents.get(evidence.get("doc_id"))
        start, end = evidence.get("start"), evidence.get("end")
        if doc is None or start is None or end is None or not doc.text:
            return None
        if doc.doc_id not in self._indexes:
            self._indexes[doc.doc_id] = LineIndex(doc.text)
        return self._indexes[doc.doc_id].region(int(start), int(end))



def at_or_above(severity: str, fail_on: str) -> bool:
    """True when ``severity`` reaches the ``fail_on`` threshold ("never" is reached by nothing).

    >>> at_or_above("warning", "warning"), at_or_above("info", "warning"), at_or_above("error", "never")
    (True, False, False)
    """
    return fail_on != "never" and severity_rank(severity) >= severity_rank(fail_on)


def failing(finding: dict, fail_on: str) -> bool:
    """True when a finding fails the build: at or above ``fail_on`` and not accepted in a baseline.

    The same test as the CLI's exit code, so a report and the exit status agree.
    """
    return at_or_above(finding["severity"], fail_on) and finding.get("baseline") != "accepted"


def records(result) -> list[dict]:
    """The findings of ``result`` as dicts, evidence included, in table order."""
    return result.findings.to_dict(orient="records")


def rule_summary(module) -> str:
    """The first docstring line of a rule without its "name (CODE):" lead."""
    first = (module.__doc__ or "").strip().splitlines()[0] if module.__doc__ else module.NAME
    return first.split(":", 1)[-1].strip() if re.match(r"^[\w-]+ \(\w+\):", first) else first.strip()


def evidence_line(locator: Locator, evidence: dict) -> str:
    """One evidence item for a person: ``path:line:column source (origin): “surface”``."""
    region = locator.region(evidence)
    where = locator.path(evidence.get("doc_id", ""))
    if region is not None:
        where += f":{region.start_line}:{region.start_column}"
    return f"{where} {evidence.get('source', '')} ({evidence.get('origin', '')}): “{evidence.get('surface', '')}”"
