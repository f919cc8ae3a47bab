"""Inferring a document's publication date and source from its own text.

Used when the manifest does not say. Looks, in this order of trust, for:

1. a labelled line: ``Published on February 4, 2026``, ``Posted: 2026-02-04``, also after a
   byline on the same line (``By Jo Lee | Updated: 2026-02-04``);
2. a bare date header: ``date 2026-02-05``, ``Date: Feb 5, 2026``, or a line holding a date
   alone, perhaps with its weekday and a clock time: ``Tuesday 10 March 2026 07.30 GMT``,
   ``9 March 2026, 20:00``, ``April 14, 2026 7:42 AM EDT``;
3. a dateline with a year: ``BEIJING, Feb. 6, 2026 /PRNewswire/ -``;
4. other metadata lines: ``Document Date: Thu, Feb 05 2026 12:41:45 am``, ``Updated …``;
5. a dateline without a year (``BEIJING, China, Feb 5 —``), its year taken from
   any dated evidence found above.

Every date seen is kept as evidence ``(label, iso, start, end)`` so that a
publication date disagreeing with the document's own date line can be flagged.
"""

from __future__ import annotations

import datetime as dt
import re

from .extractors._calendar import DAY, MONTH, WEEKDAY, YEAR, day_number, month_number, safe_date
from .schema import Span
from .text import SPACE

_HEAD_CHARS = 2500  # publication lines sit at the top of a page

_DATE_FORMS = (
    rf"(?P<iso>{YEAR}-[01][0-9]-[0-3][0-9])"
    rf"|(?:{WEEKDAY},?\s+)?(?P<m1>{MONTH})\s+(?P<d1>{DAY}),?\s+(?P<y1>{YEAR})"
    rf"|(?:{WEEKDAY},?\s+)?(?P<d2>{DAY})\s+(?P<m2>{MONTH}),?\s+(?P<y2>{YEAR})"
)
# A byline and its date often share one line, set apart by a bar or a dot ("By Jo Lee | Last
# updated: 2026-04-14"): a label may open the line or follow such a separator within a short reach.
_LINE_LEAD = r"^[ \t#*_]*(?:[^\n|·•]{0,80}[|·•][ \t]*)?"
_LABELLED = re.compile(
    rf"(?im){_LINE_LEAD}(?P<label>published(?:\s+on)?|posted(?:\s+on)?|first{SPACE}+published|"
    rf"date|dated|document{SPACE}+date|updated(?:\s+on)?|last{SPACE}+updated)\b[ \t]*[:\-–]?[ \t]*"
    rf"(?P<date>{_DATE_FORMS})",
)
# A line holding nothing but a date, with its weekday and the time of day if given, is the page's
# stamp ("April 14, 2026 7:42 AM EDT", "Wednesday 15 April 2026 00:01 BST"): outlets print it under
# the byline without a label. A line that goes on after the date is prose, not a stamp; but a bar or
# a dot sets the clock or a byline apart on the stamp's line ("May 14, 2026 | 5:12 PM EDT",
# "May 15th, 2026 at 8:20 am | Posted by Dana Ruiz"), and prose holds no such separator.
_CLOCK = r"[012]?[0-9][:.][0-5][0-9](?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{1,4}T?)?"
_STAMP_SEPARATOR = r"[ \t]*[|·•][ \t]*"
#: What a stamp's line may hold after its bar or dot besides a clock: a byline, a credit, a section or
#: a reading time ("| Posted by Dana Ruiz", "| Reuters", "| Business", "· 4 min read"), but no
#: event told by a verb, as a timeline's entries are ("March 3, 2024 | FBI raids Meridale offices",
#: "June 9, 2025 · Jury selection begins"): a word in lower case ending in -s or -ed.
_STAMP_WORDS = (r"(?:(?![^\n|·•]*\b[a-z]{2,}(?<!new)(?<!view)(?:s|ed)\b)"
                r"|(?i:posted|updated|published|last[ \t]+updated|by)\b)")
# A dash set apart by spaces may stand between the date and its clock ("July 15, 2026 - 7:30 p.m.",
# as agencies date their releases); before prose it is no stamp ("March 3, 2025 - talks began").
_CLOCK_DASH = r"[ \t]+[-–—][ \t]+"
_BARE_DATE_LINE = re.compile(
    rf"(?m)^[ \t#*_]*(?P<date>{_DATE_FORMS})"
    rf"(?:(?:,?[ \t]+|{_STAMP_SEPARATOR}|{_CLOCK_DASH})(?:at[ \t]+)?{_CLOCK})?"
    rf"(?:{_STAMP_SEPARATOR}(?:(?:at[ \t]+)?{_CLOCK}|{_STAMP_WORDS}[^\n|·•]{{0,60}}))?[ \t]*$"
)
_DATELINE_DATE = (rf",(?:[ \t]+[A-Z][\w .'-]*,)?[ \t]+(?P<m>{MONTH})[ \t]+(?P<d>{DAY})"
                  rf"(?:,[ \t]*(?P<y>{YEAR}))?")
_CREDIT = r"/[^/\n]{2,30}/|\([^()\n]{2,30}\)[ \t]*[—–-]"  # "/PRNewswire/", "(Reuters) -"
_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?:[^\n]{{0,40}}?\s)?(?P<place>[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE .'’-]{{2,}}){_DATELINE_DATE}"
    rf"(?P<tail>[ \t]*(?:{_CREDIT}|[—–-]))"
)
# A place written in Title Case ("Chicago, April 14 (Tradewire) -", "São Paulo, March 3 (Reuters) —")
# makes a dateline where it opens a line and a wire's credit follows the date: in prose a place
# and a date may stand so, but not before a credit.
_TITLE_CASE_DATELINE = re.compile(
    rf"(?m)^[ \t]*(?P<place>[A-Z\u00C0-\u00DE][\w.'’-]+(?:[ \t]+[A-Z\u00C0-\u00DE][\w.'’-]+){{0,2}})"
    rf"{_DATELINE_DATE}(?P<tail>[ \t]*(?:{_CREDIT}))"
)


def _datelines(head: str):
    """The datelines of a page's head, in capitals or in Title Case."""
    yield from _DATELINE.finditer(head)
    for match in _TITLE_CASE_DATELINE.finditer(head):
        if not match.group("place").isupper():  # those in capitals are read above
            yield match
# A date alone on a line ranks below a dateline: a page may open with a timeline's date of long ago.
_TRUST = {"published": 0, "posted": 0, "first published": 0, "date": 1, "dated": 1, "dateline": 2,
          "date line": 2.5, "document date": 3, "updated": 3, "last updated": 3}


def parse_date_text(match: re.Match) -> dt.date | None:
    """Turn a match of ``_DATE_FORMS`` into a date."""
    if match.group("iso"):
        try:
            return dt.date.fromisoformat(match.group("iso"))
        except ValueError:
            return None
    if match.group("m1"):
        parts = match.group("y1"), match.group("m1"), match.group("d1")
    else:
        parts = match.group("y2"), match.group("m2"), match.group("d2")
    return safe_date(int(parts[0]), month_number(parts[1]), day_number(parts[2]))


def find_publication_date(text: str) -> tuple[dt.date | None, str, list[tuple[str, str, int, int]]]:
    """Return ``(date, how, evidence)``; ``how`` names the line the date came from."""
    head = text[:_HEAD_CHARS]
    evidence: list[tuple[int, str, dt.date, int, int]] = []
    for match in _LABELLED.finditer(head):
        label = " ".join(match.group("label").lower().split())
        label = label.removesuffix(" on")
        date = parse_date_text(match)
        if date:
            evidence.append((_TRUST.get(label, 3), label, date, match.start("date"),
                             match.end("date")))
    for match in _BARE_DATE_LINE.finditer(head):
        date = parse_date_text(match)
        if date:
            evidence.append((_TRUST["date line"], "date line", date, match.start("date"), match.end("date")))
    yearless = []
    for match in _datelines(head):
        month, day = month_number(match.group("m")), day_number(match.group("d"))
        if match.group("y"):
            date = safe_date(int(match.group("y")), month, day)
            if date:
                evidence.append((_TRUST["dateline"], "dateline", date, match.start("m"),
                                 match.end("y")))
        else:
            yearless.append((month, day, match.start("m"), match.end("d")))
    if yearless and evidence:
        anchor = min(evidence, key=lambda item: item[0])[2]
        for month, day, start, end in yearless:
            date = safe_date(anchor.year, month, day)
            if date:
                evidence.append((_TRUST["dateline"], "dateline", date, start, end))
    report = [(label, date.isoformat(), start, end) for _, label, date, start, end in evidence]
    if not evidence:
        return None, "", report
    _, label, date, _, _ = min(evidence, key=lambda item: (item[0], item[3]))
    return date, label, report


# A generic ending, alone or before a country's ("abc.net.au", "rba.gov.au", "bbc.co.uk"), or a
# country's own ending ("dawn.pk"); a bare two-letter ending is taken only from this list, so that
# a line such as "notes.md" is no outlet.
_DOMAIN_LINE = re.compile(r"(?m)^[ \t]*(?P<name>[a-z0-9-]+(?:\.[a-z0-9-]+)*\."
                          r"(?:(?:com|news|org|net|gov|edu|co|ac|info|io|tv|blog|media)(?:\.[a-z]{2})?|"
                          r"pk|cn|ru|in|uk|au|nz|ca|ie|za|sg|hk|ng|ke|ph|de|fr|es|it|nl|ch|jp|kr|eu|us))[ \t]*$")
# A newspaper's masthead opening the page: "The Northern Courier", "Daily Sentinel", "Evening
# Standard": a short capitalised line ending in a word newspapers are named by.
# At most one word before the paper's noun, or two after "The": "Oil Prices Hit Record" is a headline.
_MASTHEAD = re.compile(r"^[ \t]*(?P<name>(?:The[ \t]+(?:[A-Z][a-z]+[ \t]+){0,2}|(?:[A-Z][a-z]+[ \t]+)?)"
                       r"(?:Times|Post|Herald|Courier|"
                       r"Gazette|Journal|Tribune|Chronicle|Telegraph|Guardian|Observer|Examiner|Inquirer|"
                       r"Dispatch|Sentinel|Standard|Mirror|Independent|Express|Bulletin|Argus|Clarion|"
                       r"Ledger|Globe|Enquirer|Advocate|Statesman|Courant))"
                       r"[ \t]*$")
_TITLE_PREFIX = re.compile(r"^\s*(?P<name>[A-Z][A-Za-z]{1,12}|[A-Z]{2,10}):\s+\S")
#: Labels and kickers that open a first line as an outlet's name would ("Published: 18 March 2026",
#: "BREAKING: …", "WATCH: …") but name no outlet.
_NOT_OUTLETS = frozenset((
    "published", "posted", "updated", "update", "date", "dated", "category", "categories", "tags", "source",
    "sources", "by", "author", "filed", "section", "keywords", "summary", "editor", "breaking", "exclusive",
    "live", "watch", "listen", "video", "photos", "analysis", "opinion", "comment", "explainer", "read",
    "note", "correction"))
_WRITER_AT = re.compile(r"\b(?:writer|author|reporter|correspondent|editor)\b[^.\n]{0,60}?"
                        r"\b(?:at|for)\s+(?P<name>(?:[A-Z][\w&'-]+(?:[ \t]+|\s)?){1,4})")  # "at Daily  Mirror" too


def guess_source(text: str, fallback: str) -> str:
    """Guess the outlet from header lines: a bare domain line, a masthead opening the page
    ("The Northern Courier"), a ``CGTN:``-style title prefix, or a byline such as "The writer is … at Daily Mirror".
    Falls back to ``fallback`` (the ``doc_id``)."""
    head = text[:_HEAD_CHARS]
    for pattern, where in ((_DOMAIN_LINE, head), (_MASTHEAD, _first_line(text)),
                           (_TITLE_PREFIX, _first_line(text)), (_WRITER_AT, text)):
        match = pattern.search(where)
        if match and match.group("name").lower() not in _NOT_OUTLETS:
            return " ".join(match.group("name").split())  # "China  Daily", "China\tDaily" as "China Daily"
    return fallback


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line
    return ""


def metadata_spans(text: str) -> list[Span]:
    """Spans of date lines and datelines: they describe the document, not the event."""
    head = text[:_HEAD_CHARS]
    spans = []
    for match in _LABELLED.finditer(head):
        line_end = head.find("\n", match.end())
        # "date 2026-02-05 BEIJING, …" runs on: the label and date alone are metadata.
        rest = head[match.end():line_end if line_end >= 0 else len(head)]
        end = line_end if line_end >= 0 and len(rest.strip()) < 40 else match.end()
        spans.append(Span(match.start("label"), end if end > 0 else len(head), "date line"))
    for match in _BARE_DATE_LINE.finditer(head):
        spans.append(Span(match.start("date"), match.end(), "date line"))
    for match in _datelines(head):
        spans.append(Span(match.start("place"), match.end("tail"), "dateline"))
    return spans
