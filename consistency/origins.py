"""Origins: who speaks in each part of a document.

A page may narrate an event in its own words and reprint the texts of others.
Three kinds of evidence mark an origin span:

* **section headers** in wire style, ``February 4 (MFA) – …`` or
  ``MOSCOW (Reuters) — …``: the section runs from the header (and the title line
  just above it) to the next header; a report's one dateline without a date
  (``LONDON (Reuters) - Shares fell …``) is its own, credited to the wire that wrote it;
* **attribution cues** naming an institution, "according to the Chinese Foreign
  Ministry, …", "the readout published by the White House said …": the rest of
  that paragraph;
* **release announcements**, "the Kremlin released the text of …", "Corbel Foods Inc. issued the
  following press release:": the quotation paragraphs that follow it.

Institution names map to a short origin label through aliases (built in for
common government sources, extendable in the manifest); an institution without
an alias keeps the name as written.
"""

from __future__ import annotations

import re

from .extractors._calendar import DAY, MONTH, YEAR, day_number, month_number
from .schema import Span
from .text import SPACE, LineOpening, paragraphs

#: Well-known ways news copy names a government source; the manifest adds more.
BUILTIN_ORIGIN_ALIASES: dict[str, list[str]] = {
    "MFA": ["Chinese Foreign Ministry", "China's Foreign Ministry", "Foreign Ministry of China",
            "Ministry of Foreign Affairs of China", "Chinese Ministry of Foreign Affairs",
            "Chinese Ministry of Foreign Affairs"],
    "Kremlin": ["Kremlin", "Russian Presidency", "Presidential Executive Office",
                "website of the President of Russia", "President of Russia",
                "Russian presidential press service"],
    "White House": ["White House"],
    "State Department": ["State Department", "U.S. State Department", "US State Department",
                         "Department of State"],
}

_INSTITUTION_WORDS = (r"(?:Ministry|Kremlin|Presidency|Office|House|Department|Council|Agency|"
                      r"Commission|Committee|Government|Embassy|Bureau|Service|Administration|"
                      r"Secretariat|Cabinet|Parliament|Assembly|Court|Bank|Authority|Xinhua|TASS|Reuters)")

# A company reprinted on an aggregator page is named with its legal ending ("Corbel Foods Inc.",
# "Halden Group"); the ending needs a word boundary, or "Co" would be read in "Corbel".
_COMPANY_WORDS = r"(?:(?:Inc|Corp|Co|Ltd|LLC|plc|PLC|AG|NV)\b\.?|(?:Corporation|Company|Group|Holdings|Limited)\b)"


def _name(group: str) -> str:
    """A capitalised institution name ending in an institution word, as a named group.

    "and" may join two of its words, as agencies are often named ("Disaster and Emergency
    Management Authority", "Department of Health and Human Services"); "and the" starts another
    name, so it joins none. After the institution word, "of" or "for" names what it serves ("U.S.
    Attorney's Office for the District of Massachusetts", "Office for National Statistics")."""
    return (rf"(?:the{SPACE}+)?(?P<{group}>(?:website|press{SPACE}+(?:service|office))"
            rf"{SPACE}+of{SPACE}+(?:the{SPACE}+)?[A-Z][\w'’-]*(?:{SPACE}+(?:of{SPACE}+)?[A-Z][\w'’-]*)*"
            rf"|(?:[A-Z][\w.'’-]*{SPACE}+(?:of{SPACE}+(?:the{SPACE}+)?|and{SPACE}+)?)"
            rf"{{0,5}}(?:{_INSTITUTION_WORDS}\b|{_COMPANY_WORDS})(?:{SPACE}+(?:of|for){SPACE}+(?:the{SPACE}+)?"
            rf"[A-Z][\w'’-]*(?:{SPACE}+(?:and{SPACE}+|of{SPACE}+)?[A-Z][\w'’-]*){{0,3}})?)")


_HEADER_BODY = (
    rf"[ \t]*(?P<lead>(?P<month>{MONTH}){SPACE}+(?P<day>{DAY})(?:,{SPACE}*(?P<year>{YEAR}))?"
    rf"|[A-Z][A-Z .'-]{{2,}}){SPACE}*\((?P<origin>[^()\n]{{2,40}})\){SPACE}*[–—-]"
)
_HEADER = re.compile("(?m)^" + _HEADER_BODY)
_RELEASE_VERBS = ("released", "published", "issued")  # of a release, and of a cue naming who published it
_RELEASED = f"(?:{'|'.join(_RELEASE_VERBS)})"
_CUE = re.compile(
    rf"\b(?:(?i:according){SPACE}+to{SPACE}+{_name('name')}|(?:readout|statement|transcript|text)"
    rf"{SPACE}+{_RELEASED}{SPACE}+by{SPACE}+{_name('by')})"
)
_ANNOUNCEMENT = re.compile(
    rf"{_name('name')}(?:{SPACE}+also)?{SPACE}+{_RELEASED}\b[^.\n]{{0,40}}?"
    # a press or news release too, and an agency's update or bulletin on an emergency it handles
    # (an update "to" something is a new version of it: "issued an update to its app")
    rf"\b(?:text|transcript|commentary|readout|statement|remarks|release|(?:update|bulletin)(?!{SPACE}+to\b))\b"
)
_QUOTATION_PARAGRAPH = re.compile(r"^\s*[\"“‘]|:\s*[\"“]")
# The words every cue and announcement holds: a paragraph without one needs no costlier search
# (the name patterns backtrack at every capital letter), and an announcement is looked for only
# in the stretch of its verb, where the institution's name comes just before.
_RELEASE_VERB = re.compile(rf"\b{_RELEASED}\b")
_CUE_WORD = re.compile(rf"(?i:according)|{_RELEASE_VERB.pattern}")
# The same words as plain substrings ("ccording" for either case of its first letter).
_CUE_WORDS = ("ccording", "CCORDING", *_RELEASE_VERBS)
_NAME_REACH = 200


#: A section header's lead, "February 4 (MFA) – ", at the start of a paragraph.
SECTION_HEADER = re.compile(_HEADER_BODY + r"[ \t\u00a0]*")
_HEADERS = LineOpening(_HEADER_BODY)


def section_header_spans(text: str) -> list[Span]:
    """The leads of wire-style section headers ("February 4 (MFA) –") as spans."""
    return [Span(match.start("lead"), match.end(), "section header") for match in _HEADERS.finditer(text)]


def is_institution(name: str) -> bool:
    """True when a capitalised name ends like an institution ("… Foreign Ministry").

    >>> is_institution("the Chinese Foreign Ministry"), is_institution("Xi Jinping")
    (True, False)
    """
    return bool(_INSTITUTION.search(name)) or canonical_origin(name) in BUILTIN_ORIGIN_ALIASES


def canonical_origin(name: str, aliases: dict[str, list[str]] | None = None) -> str:
    """Map an institution's name to its origin label via the alias tables (the user's first),
    case-insensitively; a name no table knows comes back cleaned.

    >>> canonical_origin("the  chinese foreign ministry"), canonical_origin("Ushakov", {"Kremlin": ["ushakov"]})
    ('MFA', 'Kremlin')
    """
    cleaned = _LEADING_THE.sub("", " ".join(name.replace("\u00a0", " ").split()))
    lowered = cleaned.lower()
    for index in (_label_index(aliases) if aliases else {}, _BUILTIN_INDEX):
        if lowered in index:
            return index[lowered]
    return cleaned


def names_the_outlet(label: str, source: str) -> bool:
    """True when an origin ``label`` is the page's own outlet, as a broadcaster's or a wire's own
    dateline names it ("BOSTON (WBNX) -" on wbnx.com, "(Tradewire)" on tradewire.com): that is
    the page's own account, not a reprint. Both are compared by their letters and digits alone,
    the source by the first part of its domain.

    >>> names_the_outlet("WBNX", "wbnx.com"), names_the_outlet("Trade Wire", "www.tradewire.com")
    (True, True)
    >>> names_the_outlet("Reuters", "dawn.com"), names_the_outlet("MFA", "")
    (False, False)
    >>> names_the_outlet("AP", "Associated Press"), names_the_outlet("AFP", "Agence France-Presse")
    (True, True)
    """
    outlet = source.lower().removeprefix("www.")
    if "." in outlet and " " not in outlet:
        outlet = outlet.split(".", 1)[0]
    own, named = _letters_and_digits(outlet), _letters_and_digits(label.lower())
    # a web site may add to the outlet's name ("(AP)" on apnews.com); a name may be written out
    # ("(AFP)" by "Agence France-Presse")
    initials = "".join(word[0] for word in re.findall(r"[a-z0-9]+", outlet))
    return bool(own) and (named == own or ("." in source and len(named) > 1 and own.startswith(named))
                          or (len(named) > 1 and named == initials))


def _another_outlet(label: str, source: str) -> bool:
    """True when the page's outlet ``source`` (a web site or a name: "wbnx.com", "Pakistan Today") is
    not the one the dateline's ``label`` names: the page runs that outlet's copy. An unknown source
    ("") is no outlet.

    >>> _another_outlet("Reuters", "wbnx.com"), _another_outlet("WBNX", "wbnx.com"), _another_outlet("Reuters", "")
    (True, False, False)
    >>> _another_outlet("Reuters", "Pakistan Today"), _another_outlet("AP", "apnews.com")
    (True, False)
    """
    return bool(source.strip()) and not names_the_outlet(label, source)


def _mid_page(paras, index: int) -> bool:
    """True when a paragraph of prose (more than a headline's or a byline's words) stands before the
    paragraph ``index``: a dateline there opens a text the page goes on to reprint."""
    return any(end - start > _PROSE_CHARACTERS for start, end in paras[:index])


#: A paragraph longer than this is prose, no headline, byline or date line.
_PROSE_CHARACTERS = 120


def _letters_and_digits(text: str) -> str:
    return "".join(char for char in text if char.isalnum())


def _label_index(table: dict[str, list[str]]) -> dict[str, str]:
    """Each label and alias of ``table``, lower-cased, to its label; the first label holding a
    name wins, as when the table is read in order."""
    index: dict[str, str] = {}
    for label, names in table.items():
        for written in (label, *names):
            index.setdefault(written.lower(), label)
    return index


# Every fact's speaker may be checked against the tables, so the built-in one is indexed once.
_BUILTIN_INDEX = _label_index(BUILTIN_ORIGIN_ALIASES)
_INSTITUTION = re.compile(rf"\b{_INSTITUTION_WORDS}\b")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")


def find_origins(text: str, aliases: dict[str, list[str]] | None = None, source: str = ""
                 ) -> tuple[list[Span], dict[int, str]]:
    """Return origin spans (outer sections first) and each header section's date.

    The dates map a span's start to an ISO-like date (``XXXX`` for an unknown
    year) against which that section's relative expressions resolve. ``source`` is the page's
    outlet, where known: a lone dateline naming another outlet is that outlet's copy.
    """
    paras = paragraphs(text)
    spans, dates = _header_sections(text, paras, aliases, source)
    cue_spans = _cue_spans(text, paras, aliases)
    return spans + cue_spans, dates


def _header_sections(text, paras, aliases, source=""):
    headers = [(index, _HEADER.match(text, start)) for index, (start, _) in enumerate(paras)]
    headers = [(index, match) for index, match in headers if match]
    if len(headers) == 1 and not headers[0][1].group("month") and not _another_outlet(
            headers[0][1].group("origin"), source) and not _mid_page(paras, headers[0][0]):
        # A report's one dateline ("LONDON (Reuters) - Shares fell …") credits the wire that wrote the
        # report itself: the document's own source, no text it reprints. Several headers, one with a
        # date ("February 4 (MFA) –"), or one naming another outlet than the page's own web site
        # ("BOSTON (Reuters) -" on wbnx.com) mark the sections of a page that reprints others' texts.
        return [], {}
    spans, dates = [], {}
    for position, (index, match) in enumerate(headers):
        start = paras[index][0]
        if index > 0 and _is_title_line(text, *paras[index - 1]):
            start = paras[index - 1][0]
        if position + 1 < len(headers):
            next_index = headers[position + 1][0]
            if next_index > 0 and _is_title_line(text, *paras[next_index - 1]):
                next_index -= 1
            end = paras[next_index - 1][1] if next_index > index else paras[index][1]
        else:
            end = len(text)
        span = Span(start, end, canonical_origin(match.group("origin"), aliases))
        spans.append(span)
        if match.group("month"):
            dates[span.start] = _section_date(text, match, span)
    return spans, dates


def _section_date(text: str, header: re.Match, span: Span) -> str:
    month, day = month_number(header.group("month")), day_number(header.group("day"))
    year = header.group("year")
    if not year:
        # The section's own first lines often repeat the date with its year.
        lead = text[header.end():min(span.end, header.end() + 300)]
        pattern = rf"{header.group('month')}{SPACE}+{header.group('day')},{SPACE}*({YEAR})"
        found = re.search(pattern, lead)
        year = found.group(1) if found else None
    return f"{year or 'XXXX'}-{month:02d}-{day:02d}"


def _is_title_line(text: str, start: int, end: int) -> bool:
    line = text[start:end]
    return "\n" not in line and len(line) < 140 and not line.rstrip().endswith((".", ":", "”", '"'))


def _cue_spans(text, paras, aliases):
    spans = []
    announced = None
    for start, end in paras:
        paragraph = text[start:end]
        cued = any(word in paragraph for word in _CUE_WORDS)  # substring tests run at memory speed
        match = _cue(text, start, end) if cued else None
        announcement = _announcement(text, start, end) if cued and not match else None
        if match:
            name = match.group("name") or match.group("by")
            spans.append(Span(match.start(), end, canonical_origin(name, aliases)))
            announced = None
        elif announcement:
            announced = canonical_origin(announcement.group("name"), aliases)
        elif announced and _QUOTATION_PARAGRAPH.search(paragraph):
            spans.append(Span(start, end, announced))
        else:
            announced = None
    return spans


def _announcement(text: str, start: int, end: int) -> re.Match | None:
    """The first release announcement of the paragraph ``text[start:end]``, or None."""
    for verb in _RELEASE_VERB.finditer(text, start, end):
        found = _ANNOUNCEMENT.search(text, max(start, verb.start() - _NAME_REACH), min(end, verb.end() + 64))
        if found:
            return found
    return None


def _cue(text: str, start: int, end: int) -> re.Match | None:
    """The first attribution cue of the paragraph ``text[start:end]``, or None: looked for only
    around the words a cue holds ("according", "published" …)."""
    for word in _CUE_WORD.finditer(text, start, end):
        found = _CUE.search(text, max(start, word.start() - 24), min(end, word.end() + _NAME_REACH))
        if found:
            return found
    return None
