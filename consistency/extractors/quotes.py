"""Quotes: direct quotations and reported speech, each with its speaker.

Direct quotes are read from straight ("…", '…') and typographic (“…”, ‘…’)
marks. The span is the text between the marks, trimmed of spaces and of a
trailing comma, colon, semicolon or full stop (the punctuation news style puts
inside the closing mark). A quote never crosses a line break: a quote still
open at the end of its paragraph continues only when the next paragraph
reopens with a double mark (the news convention for long quotes); each
paragraph is then a fact of its own, all with the speaker of the whole quote.
A double quote that is never closed stops at its paragraph end (note
``unclosed``); an unclosed single quote is taken for an apostrophe and dropped.
Apostrophes ("China’s", "’90s", "rock 'n' roll"), feet and inches (5'10") and
quotes nested in a double quote are not quotes; nor are short title-case
names in marks not introduced as speech (a film title, “Board of Peace”).
Short inline quotes of at most three content words ("rare certainty", "the
law of the jungle") carry note ``fragment``.

Reported speech ("Xi said that …", "Putin noted: …", "Wang said the two
countries should …", "…, Xi said.", "…, saying that …", "X expressed his
willingness to …", "X stressed the need for …", "It was pointed out that …")
yields a quote with note ``reported`` and qualifier ``approx``: the reported
clause up to the sentence end or the next cue of the sentence (see ``_reported``).

Speakers come from the attribution nearest the quote ("“…,” she said", "X
added: “…”", a paragraph ending "and added:" before it), with he/she resolved
to the nearest earlier named person (or "commentary by X"), else the transcript
label of the passage ("Vladimir Putin: …"). The value is :func:`normalise_quote`.

Direct quotes are read by ``_quote_marks``, reported speech by ``_reported``; this module
resolves pronouns, surnames and transcript labels across both and makes the facts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from ..schema import Fact
from ._base import DocumentContext, Example
from ._context import TITLE_WORDS, transcript_speaker
from ._quote_marks import LEAD_NAME, NAME, Quote, S, canonical_speaker, direct_quotes, institution
from ._reported import reported

KIND = "quote"

_BY_CUE = re.compile(rf"\b(?:commentary|comments|remarks|statement|speech|interview|briefing|address)\b"
                     rf"[^.\n]{{0,40}}?\bby{S}+(?P<name>{NAME})")
_SINGLE_MARKS = re.compile("[‘’‚‛′`]")
_DOUBLE_MARKS = re.compile("[\"“”„‟″]")

EXAMPLES = [
    Example("Finance Minister Ana Ruiz said: “[We will not raise taxes this year].”",
            "We will not raise taxes this year", speaker="Ana Ruiz", qualifier="exact", note=""),
    Example('"[Prices will fall by summer]," Lena Park said on Monday.', "Prices will fall by summer",
            speaker="Lena Park"),
    Example("Harbour master Joan Ellis said the storm had passed. “[The port reopens next week],” she said.",
            "The port reopens next week", speaker="Joan Ellis"),
    Example("Mayor Tom Reed said: “We have cleared the roads.\n\n“[Schools will open on Monday].”",
            "Schools will open on Monday", speaker="Tom Reed"),
    Example("Director Ann Cole said: “[The ruling stands and will be enforced]\n\nThe court rose.",
            "The ruling stands and will be enforced", speaker="Ann Cole", note="unclosed"),
    Example("Leo Marsh told us: “[It’s the ’90s all over again!]”", "It's the '90s all over again",
            speaker="Leo Marsh"),
    Example("Maria Lopez, the coach, said that [the team would rest its captain on Sunday].",
            "the team would rest its captain on Sunday", speaker="Maria Lopez", note="reported",
            qualifier="approx"),
    Example("Senator Paul Grant said [the bill lacked the votes to pass].", "the bill lacked the votes to pass",
            speaker="Paul Grant", note="reported"),
    Example("[The factory will hire 300 workers next year], Ken Ito said.",
            "The factory will hire 300 workers next year", speaker="Ken Ito", note="reported"),
    Example("Prime Minister Jane Doe: “[We will not back down].”", "We will not back down", speaker="Jane Doe"),
    Example("Governor Sam Hill: Thank you all.\n\nThe bridge is, frankly, “[a long way from finished]”.",
            "a long way from finished", speaker="Sam Hill", note="fragment"),
    Example("Analysts called the plan a “[bold gamble]” for the region.", "bold gamble", note="fragment",
            speaker=""),
    Example("The envoy warned of '[a very cold winter]' ahead.", "a very cold winter", note="fragment"),
    Example("China’s exports and Russia's imports boomed in the ’90s and the '80s."),
    Example("The player is 5'10\" and his brother is 6' tall."),
    Example("Her 32\" monitor sat beside a 12' ladder in the countries' shared office."),
    Example("The film “The Quiet Harbour” opens in May."),
    Example("Rock 'n' roll fans filled the stadium on the teams' final night."),
    Example("Putin noted the importance of trade. As noted above, the talks ended early."),
]


def normalise_quote(text: str) -> str:
    """A quote as compared across sources: typographic apostrophes and single marks made straight,
    double quote marks dropped, spaces folded, leading and trailing punctuation (not apostrophes:
    "’90s", "countries’") trimmed, case kept.

    >>> normalise_quote("  It’s  “done”,\\n ")
    "It's done"
    """
    return _normalised(text)


@lru_cache(maxsize=8192)
def _normalised(text: str) -> str:
    text = _DOUBLE_MARKS.sub("", _SINGLE_MARKS.sub("'", text))
    return " ".join(text.split()).strip(" .,;:!?…-–—")


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every direct quote and reported-speech clause in the document."""
    text = context.text
    direct = direct_quotes(context)
    spans = sorted((q.start, q.end) for q in direct)
    found = reported(context, spans)
    seen: set[int] = set()
    for q in sorted(_resolve(context, direct, found, spans), key=lambda q: q.start):
        if q.start in seen or q.end <= q.start or context.skip(q.start, q.end):
            continue
        seen.add(q.start)
        yield context.fact(KIND, q.start, q.end, _normalised(text[q.start:q.end]),
                           qualifier="approx" if q.note == "reported" else "exact",
                           speaker=q.speaker, note=q.note)


def _resolve(context: DocumentContext, direct: list[Quote], indirect: list[Quote],
             spans: list[tuple[int, int]]) -> list[Quote]:
    """Give he/she the nearest earlier named person, a joint speaker ("X and Y") nobody, and an
    unattributed quote the transcript label of its passage."""
    items = direct + indirect
    for q in indirect:  # "the ministry said that President Xi …": Xi is who "he" means next
        lead = _person(context.text, q.start) if q.speaker and institution(q.speaker) else ""
        if lead:
            items.append(Quote(q.start, q.start, lead, q.start))
    last: Quote | None = None
    for q in sorted(items, key=lambda q: (q.at, q.start)):
        if q.speaker in ("he", "she"):
            q.speaker = _antecedent(context, q.at, last, spans)
        if q.speaker[:1].isupper() and not q.inside and " and " not in q.speaker and not institution(q.speaker):
            last = q
    full: dict[str, str] = {}  # a surname alone ("Wang") means the full name said earlier here
    direct.sort(key=lambda q: q.start)
    for q in sorted(direct + indirect, key=lambda q: q.start):
        q.speaker = "" if " and " in q.speaker else q.speaker
        if not q.speaker and q.inside:  # "Ushakov: “The President noted that …”": Ushakov's words
            index = bisect_right(direct, q.start, key=lambda d: d.start) - 1
            q.speaker = direct[index].speaker if index >= 0 and direct[index].end >= q.start else ""
        q.speaker = q.speaker or transcript_speaker(context, q.start)
        q.speaker = full.get(q.speaker, q.speaker)
        if len(q.speaker.split()) > 1 and q.speaker[:1].isupper():
            full.update((token, q.speaker) for token in q.speaker.split())
    return direct + indirect


def _antecedent(context: DocumentContext, at: int, last: Quote | None, spans: list[tuple[int, int]]) -> str:
    """Who "he"/"she" at ``at`` means: the last named speaker within three paragraphs, unless one
    of the three sentences before (outside quotes) names a person more recently, as its subject
    ("Sergei Shoigu extended greetings.") or as an author ("a commentary by Yury Ushakov.")."""
    sentence = context.sentences.at(at)
    best, where = "", -1
    if last is not None and sentence.paragraph - context.sentences.at(last.at).paragraph <= 3:
        best, where = last.speaker, last.at
    items = context.sentences.items
    index = bisect_right(items, sentence.start, key=lambda s: s.start) - 1
    for previous in reversed(items[max(index - 3, 0):max(index, 0)]):
        if previous.start <= where:
            break
        index = bisect_right(spans, (previous.start, len(context.text))) - 1
        if index >= 0 and spans[index][1] > previous.start:
            continue
        cues = list(_BY_CUE.finditer(context.text, previous.start, previous.end))
        name = canonical_speaker(cues[-1].group("name")) if cues else _person(context.text, previous.start)
        if name:
            return name
    return best


def _person(text: str, position: int) -> str:
    """The person named at ``position`` ("President Xi", "Sergei Shoigu"), or ``""``."""
    lead = LEAD_NAME.match(text, position)
    if not lead:
        return ""
    name = canonical_speaker(lead.group("name"))
    titled = lead.group("name").split()[0].lower() in TITLE_WORDS
    if not name[:1].isupper() or institution(name) or (len(name.split()) < 2 and not titled):
        return ""
    return name
