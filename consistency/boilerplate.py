"""Boilerplate: the parts of a page that are not the report, as spans.

Recognised, in general terms rather than per site:

* **trailers** that end the article: comment forms ("Leave a Reply"),
  "Must Read" / "Related" / "Read more" blocks, press-wire footers ("View
  original content", "Copyright 2026 …", "All rights reserved") — from that line
  to the end of the document;
* **line furniture**: link-only lines, "Category:", "Tags", "Show on website",
  "Click here", horizontal rules, cookie and subscription prompts, press-release
  labels;
* **author bios**: a paragraph opening "The writer is …" / "About the author"
  and the byline lines just above it.

Metadata (date lines and datelines, see :mod:`consistency.published`) is
returned separately: it is kept, but describes the document, not the event.

>>> spans, _ = find_boilerplate("Trade grew.\\n\\nMust Read\\n\\nA 216-person story.")
>>> [(s.start, s.label) for s in spans]
[(13, 'trailer')]
"""

from __future__ import annotations

import re

from .published import metadata_spans
from .schema import Span
from .text import lines, paragraphs, spaced


def _phrases(pattern: str) -> re.Pattern:
    """A pattern of phrases in which a space stands for any run of spaces ("Must  Read")."""
    return re.compile(spaced(pattern))


_TRAILER = _phrases(
    r"(?i)^\W*(?:leave a (?:reply|comment)|must read|related(?: (?:articles|posts|stories|news))?"
    r"|read more|more (?:from|stories)|you may also like|recommended(?: for you)?|view original "
    r"content|copyright\s+(?:©\s*)?\d{4}|©\s*\d{4}|all rights reserved|share this(?: article)?"
    r"|comments?\s*\(\d*\)|sign up for (?:our|the) newsletter)\b"
)
_FURNITURE = _phrases(
    r"(?i)^\W*(?:category|categories|categoria|tags?|filed under|show on website|click here"
    r"|follow us|subscribe|advertisement|sponsored|press release|comunicato stampa"
    r"|please enter your (?:comment|name)|your email address will not be published"
    r"|we use cookies|accept (?:all )?cookies|default watermark)\b"
)
# A line that is only a link, after and before any signs: "<https://…>", "[text](url)", "https://…".
_LINK_ONLY_PLAIN = re.compile(r"^\W*(?:<https?://[^>\s]+>|\[[^\]]*\]\([^)]*\)|https?://\S+)\W*$")
# The same for long lines, where the plain pattern would try a line of brackets once per bracket,
# each try running to the end of the line: the leading run leaves "[" and a "<" that opens an
# address to the link itself (the link's own text may hold "["; another "<" stays, as in
# "<[text](url)"). It misses only a bracket pair with no link before the link ("[][x](y)").
_LINK_ONLY = re.compile(r"^(?:[^\w\[<]|<(?!https?://))*(?:<https?://[^>\s]+>|\[[^\]]*\]\([^)]*\)|https?://\S+)\W*$")
#: Lines up to this long are read by the plain pattern (at most some 40,000 steps).
_SHORT_LINE = 200


def link_only(line: str) -> bool:
    """True for a line that is only a link ("<https://x.org>", "[Read more](https://x.org)").

    >>> link_only("[Read more](https://x.org)"), link_only("[][x](y)"), link_only("See https://x.org")
    (True, True, False)
    """
    pattern = _LINK_ONLY_PLAIN if len(line) <= _SHORT_LINE else _LINK_ONLY
    return pattern.match(line) is not None
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_BIO = _phrases(r"(?i)^\s*(?:the (?:writer|author) is|about the author)\b")
_BYLINE_MAX_WORDS = 4


def find_boilerplate(text: str) -> tuple[list[Span], list[Span]]:
    """Return ``(boilerplate spans, metadata spans)`` for ``text``."""
    spans: list[Span] = []
    all_lines = lines(text)
    for start, end in all_lines:
        line = text[start:end]
        if _TRAILER.match(line):
            spans.append(Span(start, len(text), "trailer"))
            break
        if _FURNITURE.match(line) or link_only(line) or _RULE.match(line):
            spans.append(Span(start, end, "furniture"))
    spans.extend(_bios(text))
    return _merge(spans), metadata_spans(text)


def _bios(text: str) -> list[Span]:
    found: list[Span] = []
    lowered = text.lower()
    if "author" not in lowered and "writer" not in lowered:  # no bio can open here: skip the lines
        return found
    for start, line_end in lines(text):
        if not _BIO.match(text[start:line_end]):
            continue
        end = next((p_end for p_start, p_end in paragraphs(text) if p_start <= start < p_end),
                   line_end)
        first = start
        # Byline lines such as a repeated author name sit just above the bio.
        for line_start, line_end in reversed(lines(text[:start])):
            words = text[line_start:line_end].split()
            if len(words) > _BYLINE_MAX_WORDS or text[line_end - 1] in ".:!?”\"":
                break
            first = line_start
        found.append(Span(first, end, "author bio"))
    return found


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start <= merged[-1].end:
            last = merged[-1]
            merged[-1] = Span(last.start, max(last.end, span.end), last.label)
        else:
            merged.append(span)
    return merged
