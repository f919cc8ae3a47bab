"""Earthquake magnitudes, read for :mod:`.measure`: "a magnitude 7.1 earthquake", "the 7.1-magnitude
quake", "a magnitude-7.4 tremor", "M7.1", "measuring 7.1 on the Richter scale", "a 6.9 magnitude
aftershock", "of magnitude 5.4", "putting its magnitude at 7.1", and, after a word of a quake, "the
institute measured it at 6.9" or "the survey put it at 7.4".

The unit is ``magnitude``; the figure is as precise as its digits (7.1 is 7.05..7.15, 7 is
6.5..7.5). The subject is the shock measured, "quake" (earthquake, quake, tremor, temblor),
"aftershock" or "foreshock", and the agency that gives the figure when the sentence names one:
seismological agencies often differ by a few tenths ("6.9 for the national institute, 7.1 for
the USGS"), so each agency's figure is compared only with the same agency's: "quake (USGS)",
"quake (NSI)". An agency is a capitalised name ending in Survey, Institute, Centre, Agency … or an
acronym, keyed by its initials ("U.S. Geological Survey", "US Geological Survey" and "USGS" are
"USGS"); the nearest before the figure in its sentence, else the first after it credited with
the figure ("of magnitude 6.9, as measured by the National Seismological Institute"; not "measured
the quake at 6.9, while the USGS put it at 7.4"). A magnitude whose sentence names no
agency takes the agency of a magnitude of the same value and shock named elsewhere in the document
("A magnitude 7.4 earthquake struck" in a report that says "the US Geological Survey put it at
7.4"); else its subject is the shock alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..schema import Fact
from ..text import SPACE
from ._base import DocumentContext
from ._numbers import canonical, interval, read_number

_S = SPACE
UNIT = "magnitude"

#: A magnitude's figure: one to ten, with at most two decimals ("7.1", "6", "5.45").
_FIGURE = r"(?P<num>10(?:\.0)?|[1-9](?:\.\d\d?)?)(?![\d.,]*\d|[\d]|{_S}*(?:%|per{_S}*cent|percent))".replace(
    "{_S}", _S)
_SHOCK = r"(?:earthquake|quake|tremor|temblor|aftershock|foreshock)s?"
#: Each written form of a magnitude; ``num`` is its figure.
_FORMS = [re.compile(form) for form in (
    # "magnitude 7.1", "magnitude-7.4", "of magnitude 5.4"
    rf"\b(?i:magnitude)(?:{_S}+|-){_FIGURE}",
    # "a magnitude of 7.1", "its magnitude at 7.1" (a whole figure only after a word of a quake:
    # "the magnitude of 3 separate crises" is none; see ``_matches``)
    rf"\b(?i:magnitude){_S}+(?P<of>of|at){_S}+{_FIGURE}",
    # "the 7.1-magnitude quake", "a 6.9 magnitude aftershock"
    rf"(?<![\w.,]){_FIGURE}(?:-|{_S}+)(?i:magnitude)\b",
    # "M7.1", "Mw 7.1": only with a decimal ("M4" is a motorway)
    rf"\bM[wLs]?{_S}?(?P<num>[1-9]\.\d)(?![\d.,]*\d)",
    # "measuring 7.1 on the Richter scale"
    rf"(?<![\w.,]){_FIGURE}{_S}+on{_S}+the{_S}+Richter\b")]
#: A figure given by a verb of measuring a quake named before ("measured it at 6.9", "put the
#: quake at 7.4"), read only after a word of a quake or magnitude (see ``_QUAKE_BEFORE``).
_MEASURED_AT = re.compile(
    rf"\b(?:measured|measures|measuring|put|puts|putting|rated|rates|estimated|estimates|recorded|records)"
    rf"{_S}+(?:it|the{_S}+(?i:{_SHOCK}|magnitude))(?:{_S}+(?:initially|preliminarily))?{_S}+at{_S}+{_FIGURE}")
#: Words without which a document holds no magnitude.
_QUAKE_WORDS = ("quake", "tremor", "temblor", "magnitude", "seismic", "seismolog", "richter")
#: How far before a bare figure a word of a quake makes it a magnitude.
_QUAKE_REACH = 240
_QUAKE_BEFORE = re.compile(rf"(?i:{_SHOCK}|magnitude|seismic|seismolog)")
#: The shock measured: right after the magnitude ("a magnitude 7.1 earthquake"), else the nearest
#: before it in its sentence ("An earthquake of magnitude 6.9", "aftershocks …, the strongest of
#: magnitude 5.4").
_SHOCK_AFTER = re.compile(rf"(?:{_S}+|-)(?:[a-z]+{_S}+)?(?P<shock>(?i:{_SHOCK}))\b")
_SHOCK_WORD = re.compile(rf"\b(?P<shock>(?i:{_SHOCK}))\b")
_SHOCK_REACH = 160
#: An agency that measures quakes: a capitalised name ending in a word of a body, or an acronym.
_AGENCY_HEADS = "Survey|Institute|Institution|Centre|Center|Agency|Service|Observatory|Bureau|Network|Administration"
_AGENCY = re.compile(
    rf"(?P<name>(?:(?!(?:The|A|An|In|On|At|By|But|And|Its|Their)\b)(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*|[A-Z]{{2,}}|(?:[A-Z]\.){{2,}}){_S}*){{1,4}}(?:{_AGENCY_HEADS})\b"
    rf"(?:{_S}+(?:of|for){_S}+[A-Z][a-z]+(?:{_S}+[A-Z][a-z]+)*)?)"
    rf"|\b(?P<acronym>[A-Z]{{3,5}})\b(?![-’'.]\w)")
#: Words that credit an agency named after the figure: "as measured by", "according to".
_CREDIT_BEFORE = re.compile(rf"\b(?:by|to|from|for)(?:{_S}+the)?{_S}+\Z")
#: Capital runs that name no agency: time zones, units and the like.
_NOT_AGENCIES = frozenset(("GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "PST", "PDT", "CST", "CDT", "IST",
                           "JST", "AEST", "AEDT", "MPH", "USD", "EUR",
                           # news outlets and wires report a magnitude; they do not measure it
                           "CNN", "BBC", "AP", "AFP", "NBC", "CBS", "ABC", "NPR", "PBS", "RTE", "DPA", "ANSA",
                           "EFE", "UPI", "NHK", "CCTV", "CGTN", "TASS", "RIA"))


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every earthquake magnitude in the document, with its shock and agency as subject."""
    text = context.text
    lowered = text.lower()
    if not any(word in lowered for word in _QUAKE_WORDS):
        return  # most news is of no quake: a few substring tests spare the scans below
    facts = [fact for fact in (_fact(context, match) for match in _matches(text))
             if fact is not None and not context.skip(fact.start, fact.end)]
    yield from _with_agencies_carried(facts)


def _matches(text: str) -> Iterator[re.Match]:
    """Every written magnitude, in text order, and the bare figures after a verb of measuring a
    quake named before."""
    found = [match for form in _FORMS for match in form.finditer(text)
             if "of" not in match.groupdict() or "." in match.group("num") or _QUAKE_BEFORE.search(
                 text, max(0, match.start() - _QUAKE_REACH), match.start())]
    taken = {match.start("num") for match in found}
    for measured in _MEASURED_AT.finditer(text):
        if measured.start("num") not in taken and _QUAKE_BEFORE.search(
                text, max(0, measured.start() - _QUAKE_REACH), measured.start("num")):
            found.append(measured)
    return iter(sorted(found, key=lambda match: match.start()))


def _fact(context: DocumentContext, match: re.Match) -> Fact | None:
    """The magnitude of ``match``, its subject the shock and the agency named in its sentence."""
    start, end = match.span("num")
    try:
        reading = read_number(match.group("num"))
    except ValueError:
        return None
    if not 0 < reading.value <= 10:
        return None
    low, high, qualifier = interval(reading, 1.0, "exact")
    fact = context.fact("measure", start, end, canonical(reading.value), unit=UNIT, low=low, high=high,
                        qualifier=qualifier)
    shock = _shock(context.text, fact, match.end())
    agency = _agency(fact.sentence, start - fact.sentence_start)
    fact.subject = f"{shock} ({agency})" if agency else shock
    return fact


def _shock(text: str, fact: Fact, end: int) -> str:
    """"quake", "aftershock" or "foreshock": the shock a magnitude ending at ``end`` measures."""
    after = _SHOCK_AFTER.match(text, end)
    if after is None:
        before = list(_SHOCK_WORD.finditer(text, max(fact.sentence_start, fact.start - _SHOCK_REACH), fact.start))
        after = before[-1] if before else None
    word = after.group("shock").lower().removesuffix("s") if after else ""
    return word if word in ("aftershock", "foreshock") else "quake"


def _agency(sentence: str, offset: int) -> str:
    """The key of the agency nearest before ``offset`` in ``sentence``, else of the first after it that
    is credited with the figure ("as measured by …", "according to …"), else ""."""
    agencies = [(match.start(), key) for match in _AGENCY.finditer(sentence) if (key := _agency_key(match))]
    before = [key for position, key in agencies if position < offset]
    if before:
        return before[-1]
    after = [(position, key) for position, key in agencies if position > offset]
    if after and _CREDIT_BEFORE.search(sentence, max(0, after[0][0] - 20), after[0][0]):
        return after[0][1]  # "of magnitude 6.9, as measured by the National Seismological Institute"
    return ""  # "measured the quake at 6.9, while the USGS put it at 7.4": the USGS gives its own


def _agency_key(match: re.Match) -> str:
    """An agency's initials: "U.S. Geological Survey", "US Geological Survey" and "USGS" are "USGS"."""
    if match.group("acronym"):
        acronym = match.group("acronym")
        return "" if acronym in _NOT_AGENCIES else acronym
    letters = []
    for word in match.group("name").replace("-", " ").split():  # "European-Mediterranean …": "EM…"
        if word in ("of", "for"):
            continue
        bare = word.replace(".", "")
        letters.append(bare if bare.isupper() else bare[0])
    return "".join(letters)


def _with_agencies_carried(facts: list[Fact]) -> list[Fact]:
    """``facts`` with each magnitude whose sentence names no agency given the agency of the
    document's magnitudes of the same shock and value, when they name exactly one."""
    agencies: dict[tuple[str, str], set[str]] = {}
    for fact in facts:
        shock, _, agency = fact.subject.partition(" (")
        if agency:
            agencies.setdefault((shock, fact.value), set()).add(agency)
    for fact in facts:
        named = agencies.get((fact.subject, fact.value), set())
        if "(" not in fact.subject and len(named) == 1:
            fact.subject = f"{fact.subject} ({next(iter(named))}"
    return facts
