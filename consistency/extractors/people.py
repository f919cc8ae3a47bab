"""People: the persons a report names, with one canonical name each and their title.

Reads runs of capitalised words (with name particles such as "von", parenthesised
given names such as "Comrade (Sergei) Shoigu", middle initials) and takes a run's
name-like words as a person when they

(a) follow a title, possibly with its complement ("President Xi", "Presidential Aide
    Yury Ushakov", "Secretary of the Russian Security Council Sergei Shoigu"); "Chief" opens a
    title that runs to the noun of an office ("Chief Engineer Ravi Menon", "Chief Medical
    Officer Chris Whitty"; alone, "Economist" is no title),
(b) are the subject of a speech verb ("Ushakov also noted", "Wang said"; not after a
    preposition: "analysts at Goldman Sachs said"),
(c) are two or three name-like words that are not a place, an organisation, a named
    thing ("Spring Festival", "Great Hall", "World War", "Jordan Valley") or after "in"/"at", or
(d) are a single word of a full name seen elsewhere in the same document ("Xi"), or
(e) are the parts of a compound of such words ("the Xi-Trump call" → "Xi", "Trump").

A month that is also a name ("May", "April", "June", "Jun", "August") is one beside a name-like
word ("Theresa May", "April Ryan", "Dong Jun") unless a figure follows it or a date word precedes
it ("May 5", "in May Ryan left").

A word is name-like when it is not a title, place, nationality, acronym, common
sentence word (see :mod:`._name_lists`), and never occurs in lower case in the document
(so "Has" and "Meeting" in a Title Case headline are not names). A Title Case line
(a headline or subhead, :func:`._names.title_case_lines`) capitalises every word, so
there a word is name-like only when the document names that person elsewhere or a title
precedes it: "Storm Batters Coastal Towns" names nobody, "Biden Signs Bill" names Biden
only in a report that reads "Joe Biden", "President Biden" or "Biden said" elsewhere, and
"Elon Musk Says …" names Elon Musk in a report that writes only "Musk" (a word before a known
surname, opening the line or a clause and written nowhere else, is a given name). A place that is also a
given name is one before a name-like word ("Paris Hilton", "Jordan Henderson"), one that is
also a surname after one ("George Washington"), and either after an honorific ("Mr Jordan");
the place extractor then leaves it to the name. The value is the
canonical name resolved within the document (``_names.resolve``): "President Xi",
"Xi" and "Chinese President Xi Jinping" all read "Xi Jinping"; middle initials are
dropped ("Donald J. Trump" → "Donald Trump"). The title goes in ``note``
("title: President"). No model is used.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress
from typing import NamedTuple

from ..schema import Fact, Span
from ._base import DocumentContext, Example
from ._capitals import SpanSet, capital_tokens, compounds, ends_sentence, joined_by, token_words
from ._context import PORTFOLIOS, SPEECH_VERBS, takes_object
from ._name_lists import CORE_TITLES, GIVEN_NAME_PLACES, HONORIFICS, PARTICLES, SURNAME_PLACES
from ._names import (
    bare,
    canonical_name,
    chief_title_end,
    classify,
    lower_words_of,
    lowered,
    resolve,
    title_case_lines,
    words_within,
)
from .orgs import mentions as org_mentions
from .places import matches as place_matches

KIND = "person"

_SP = r"[^\S\r\n]+"  # any horizontal space (news copy has no-break and en spaces)
_PARTICLE_GAP = re.compile(rf"{_SP}(?:(?:{'|'.join(sorted(PARTICLES))}){_SP})*")
_CHAIN_GAP = re.compile(rf"{_SP}(?:of|for|on)(?:{_SP}the)?{_SP}")
_SPEECH = re.compile(rf"(?:,[^,\n]{{1,80}},)?{_SP}(?:(?:also|then|later|further|has|had|have|again){_SP})?"
                     rf"(?:{SPEECH_VERBS}|responded|spoke|expressed|welcomed|thanked|told)\b")
_SAID_BEFORE = re.compile(rf"\b(?:said|says|told|added|noted|asked){_SP}$")
# "Analysts at Goldman Sachs said": a name after a preposition is not the speaker.
_PREPOSITION_BEFORE = re.compile(rf"\b(?:in|at|near|from|of|for|with|by|to|on)(?:{_SP}the)?{_SP}$", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(rf"(?<![\w’'-])(?:[Tt]he|[Aa]n?){_SP}$")
_LOCATION_BEFORE = re.compile(rf"\b(?:in|at|near|In|At|Near)(?:{_SP}the)?{_SP}$")
_INITIAL = re.compile(r"^[A-Z]\.$")
_POSSESSIVE_ENDS = ("'", "’", "'s", "’s")  # a token ending so is a possessive (or a plural's)
_NAME_PLACES = GIVEN_NAME_PLACES | SURNAME_PLACES
#: Titles written short with a full stop, which ends no sentence: "Sen. John Thune", "Gov. Kristi Noem".
_ABBREVIATED_TITLES = {"Sen.", "Gov.", "Gen.", "Col.", "Rep.", "Dr.", "Prof.", "Mr.", "Mrs.", "Ms.", "Rev."}


class Mention(NamedTuple):
    """One person mention: the name's span, its name as written and resolved, its title."""

    start: int
    end: int
    name: str
    value: str
    title: str
    title_start: int


def _visible_end(start: int, raw: str) -> int:
    """End of a token without a possessive ending or a sentence's full stop."""
    kept = raw
    if len(raw) > 2 and raw[0] != "(":
        kept = raw[:-2] if raw.endswith(("'s", "’s")) else raw[:-1] if raw.endswith(("'", "’")) else raw
    if kept.endswith(".") and not _INITIAL.match(kept) and "." not in kept[:-1]:
        kept = kept[:-1]
    return start + len(kept)


@lru_cache(maxsize=64)
def mentions(text: str, skipped: tuple[Span, ...] = ()) -> tuple[Mention, ...]:
    """Every person mention of ``text`` outside the ``skipped`` spans, in text order."""
    tokens, raws = capital_tokens(text), token_words(text)
    orgs = SpanSet(org_mentions(text))
    classes = _classes(text, tokens, raws, orgs)
    # Joined: token i continues the run of token i - 1 (a full stop ends a run: "Tao. Later").
    spaced = joined_by(text, lambda gap: gap == " " or _PARTICLE_GAP.fullmatch(gap))
    # An abbreviated title ("Sen.", "Gov.", "Dr.") runs on to the name after it.
    joined = [False] + [gap and not (ends_sentence(raw) and raw not in _ABBREVIATED_TITLES)
                        for gap, raw in zip(spaced, raws, strict=False)]
    for index in [*_places_in_names(text, tokens, raws, classes, joined),
                  *_calendar_words_in_names(text, tokens, raws, classes, joined)]:
        classes[index] = "N"
    for index in _chief_titles(raws, joined):
        classes[index] = "T"
    # A Title Case line capitalises every word: its name-like words are read once the rest of
    # the document has told which of them name people (see :func:`_headline_mentions`).
    in_lines = SpanSet(title_case_lines(text)).covered(tokens)
    headline = [index for index in in_lines if classes[index] == "N"]
    for index in headline:
        classes[index] = "C"
    reader = _Reader(text, tokens, raws, classes, joined, orgs, skipped)
    accepted, pending = reader.read(compress(range(len(tokens)), map("N".__eq__, classes)))  # C loops
    full_words = {word for _, _, name, _, _ in accepted if " " in name for word in name.split()}
    accepted += [(s, e, name, "", s) for s, e, name in pending if name in full_words]
    named = {name for _, _, name, _, _ in accepted}
    accepted += [mention for mention in reader.articled if mention[2] in named]
    if headline:
        accepted += _headline_mentions(reader, headline, in_lines, accepted)
    accepted += _compound_parts(text, full_words, SpanSet(accepted))
    accepted.sort()
    values = resolve([(s, name) for s, _, name, _, _ in accepted])
    return tuple(Mention(s, e, name, value, title, ts)
                 for (s, e, name, title, ts), value in zip(accepted, values, strict=True))


class _Reader:
    """Reads the person mentions that end at given name-like tokens of one text (the tokens'
    classes, runs and run chains computed once)."""

    def __init__(self, text: str, tokens, raws: tuple[str, ...], classes: list[str], joined: list[bool],
                 orgs: SpanSet, skipped: tuple[Span, ...]):
        self.text, self.tokens, self.raws, self.classes, self.joined = text, tokens, raws, classes, joined
        self.orgs, self.skipped = orgs, skipped
        # Where runs start, and run chains ("Secretary of the … Council"): a run not chained to the last.
        chained = joined_by(text, _CHAIN_GAP.fullmatch)
        self.run_starts = [0, *compress(range(1, len(tokens)), map(operator.not_, joined[1:]))]
        self.chain_starts = [i for i in self.run_starts if i == 0 or not chained[i - 1]]
        self.names: dict[str, str] = {}  # canonical name of each phrase (a document repeats its names)
        self.articled: list[tuple[int, int, str, str, int]] = []  # names after "the", "a", "an"

    def read(self, indexes) -> tuple[list[tuple[int, int, str, str, int]], list[tuple[int, int, str]]]:
        """The mentions accepted among the name-like tokens ``indexes`` (``(start, end, name,
        title, title_start)``), and the single words pending a full name of the document."""
        text, tokens, raws, classes, joined = self.text, self.tokens, self.raws, self.classes, self.joined
        accepted: list[tuple[int, int, str, str, int]] = []
        pending: list[tuple[int, int, str]] = []
        for i in indexes:
            start, raw = tokens[i][0], raws[i]
            if i + 1 < len(tokens) and joined[i + 1] and classes[i + 1] in "NI" and not raw.endswith(_POSSESSIVE_ENDS):
                continue  # not the last word of a name
            run_start = self.run_starts[bisect_right(self.run_starts, i) - 1]
            chain_start = self.chain_starts[bisect_right(self.chain_starts, i) - 1]
            first = i
            while first > run_start and classes[first - 1] in "NI" and not raws[first - 1].endswith(_POSSESSIVE_ENDS):
                first -= 1
            while classes[first] == "I":
                first += 1
            s_start, s_end = tokens[first][0], _visible_end(start, raw)
            count = classes[first:i + 1].count("N")
            if count > 4 or self.orgs.overlaps(s_start, s_end) or any(
                    b.start < s_end and s_start < b.end for b in self.skipped):
                continue
            phrase = text[s_start:s_end]
            name = self.names.get(phrase)
            if name is None:
                name = self.names[phrase] = canonical_name(phrase.split())
            title, title_start, thing_before = _title(text, tokens, raws, classes, chain_start, first)
            thing = thing_before or (i + 1 < len(tokens) and joined[i + 1] and classes[i + 1].upper() in "OH")
            after_preposition = first == run_start and _PREPOSITION_BEFORE.search(text, max(0, s_start - 8), s_start)
            if not title and _ARTICLE_BEFORE.search(text, max(0, s_start - 6), s_start):
                # An article opens the name of a thing ("The Boston Globe reported"), or a person's
                # name used of a thing ("the Donald Trump administration"): a person only if the
                # document names the person without one.
                self.articled.append((s_start, s_end, name, "", s_start))
                continue
            if title or (not thing and not after_preposition and (
                    _speaks(text, s_end) or _SAID_BEFORE.search(text, max(0, s_start - 12), s_start))):
                accepted.append((s_start, s_end, name, title, title_start))
            elif 2 <= count <= 3 and not thing and not (first == run_start and _LOCATION_BEFORE.search(
                    text, max(0, s_start - 12), s_start)):
                accepted.append((s_start, s_end, name, "", s_start))
            elif count == 1 and not thing:
                pending.append((s_start, s_end, name))
        return accepted, pending


def _headline_mentions(reader: _Reader, headline: list[int], in_lines: list[int],
                       known: list[tuple[int, int, str, str, int]]) -> list[tuple[int, int, str, str, int]]:
    """The people named in Title Case lines (``headline``: their name-like tokens, in text order;
    ``in_lines``: all their tokens).

    There a capital is no evidence of a name ("Storm Batters Coastal Towns"), so a word is read as
    a name only when the document gives other evidence: it is a word of a person named outside
    such lines (the ``known`` mentions: "Xi, Putin Hold Video Call" after "President Xi Jinping";
    "Biden Signs Bill" only after "Joe Biden", "President Biden" or "Biden said"), or it follows
    a title ("President Biden Signs Bill"). A name of several words must then be a known name
    or follow a title, or be a given name before a known surname (see :func:`_given_names`):
    "Elon Musk Says Tesla Will Build Robots" over a report that writes only "Musk" names Elon Musk."""
    known_names = {tuple(name.split()) for _, _, name, _, _ in known}
    known_words = {word for name in known_names for word in name}
    classes, joined, raws = reader.classes, reader.joined, reader.raws
    after_title: set[int] = set()  # the name-like words of a run right after a title
    restored = []
    for index in headline:
        if joined[index] and (classes[index - 1] == "T" or index - 1 in after_title):
            after_title.add(index)
        if index in after_title or bare(raws[index]) in known_words:
            classes[index] = "N"
            restored.append(index)
    given = _given_names(raws, joined, headline, in_lines, restored)
    for index in given:
        classes[index] = "N"
    accepted, pending = reader.read(sorted([*restored, *given]))
    given_words = {bare(raws[index]) for index in given}
    return [mention for mention in accepted
            if mention[3] or any(words_within(tuple(word for word in mention[2].split() if word not in given_words),
                                              name) for name in known_names)] + [
        (s, e, name, "", s) for s, e, name in pending if name in known_words]


#: Words after which a Title Case line starts a clause with its subject: "Shares Fall As Elon Musk
#: Sells Stock", "Trump Meets With Elon Musk".
_CLAUSE_OPENERS = frozenset({"as", "and", "while", "after", "before", "when", "but", "with", "amid", "says", "vs", "v"})


def _given_names(raws: tuple[str, ...], joined: list[bool], headline: list[int], in_lines: list[int],
                 restored: list[int]) -> list[int]:
    """The name-like words of Title Case lines (``headline``) that are a given name before a
    surname the document names (one of ``restored``): the pair opens its line or a clause of it
    ("Elon Musk Says …", "Shares Fall As Rachel Reeves Speaks"), where a headline puts its subject,
    not a verb ("Board Backs Musk"), and the first word is written nowhere but in such lines, as
    a given name is in a report that calls the person by the surname ("Musk said"). A word that
    also stands elsewhere names something else ("Tesla Musk Feud Deepens" over "Tesla said")."""
    name_like, surnames = set(headline), set(restored)
    candidates = [index - 1 for index in restored
                  if index - 1 in name_like and index - 1 not in surnames and joined[index]
                  and not raws[index - 1].endswith(_POSSESSIVE_ENDS)
                  and (not joined[index - 1] or lowered(raws[index - 2]) in _CLAUSE_OPENERS)]
    if not candidates:
        return []
    outside_lines = Counter(map(bare, raws)) - Counter(bare(raws[index]) for index in in_lines)
    return [index for index in candidates if not outside_lines[bare(raws[index])]]


def _places_in_names(text: str, tokens: tuple[tuple[int, int], ...], raws: tuple[str, ...], classes: list[str],
                     joined: list[bool]) -> list[int]:
    """The place words that stand in a personal name: a place that is also a given name before a
    name-like word ("Paris Hilton", "Jordan Henderson"), one that is also a surname after one
    ("George Washington"), either after an honorific ("Mr Jordan", "Queen Victoria"). Any other
    place before a name-like word is a rarer given name where the pair stands as a person does
    (see :func:`_said_by_person`): "Galicia Ruiz said", "said India Knight", "Dr. Kenya Moore".
    Alone, next to another place or a title ("Jordan said", "Georgia Governor Brian Kemp"), with a
    possessive between ("Israel’s Netanyahu"), after an article ("the Moscow Times reported") or in
    a longer run of capitals ("Paris Braces For Strikes"), they stay places."""
    found = []
    last = len(raws) - 1
    for index in compress(range(len(raws)), map("P".__eq__, classes)):
        raw = raws[index]
        # The pair stands alone: a longer run of capitals is more likely a Title Case headline
        # ("Jordan Reopens Border", "Storm Batters London") than a name; a title may open it.
        pair = (index < last and joined[index + 1] and classes[index + 1] == "N"
                and not (index + 2 <= last and joined[index + 2]) and not raw.endswith(_POSSESSIVE_ENDS))
        word = bare(raw)
        if word not in _NAME_PLACES and not pair:
            continue
        before = raws[index - 1] if index and joined[index] else ""
        after_honorific = bool(before) and bare(before).lower().strip(".") in HONORIFICS
        given = pair and (word in GIVEN_NAME_PLACES or _said_by_person(text, tokens, classes, joined, index))
        surname = (word in SURNAME_PLACES and bool(before) and classes[index - 1] == "N"
                   and not (index >= 2 and joined[index - 1] and classes[index - 2] != "T")
                   and not before.endswith(_POSSESSIVE_ENDS))
        if (after_honorific and word in _NAME_PLACES) or given or surname:
            found.append(index)
    return found


#: A determiner before a place and a capitalised word makes them a thing's name: "the Moscow
#: Times", "the Chicago Bulls"; a person's name takes none.
_DETERMINER_BEFORE = re.compile(rf"\b(?i:the|a|an|its|their|his|her|our|this|that){_SP}$")


def _said_by_person(text: str, tokens: tuple[tuple[int, int], ...], classes: list[str], joined: list[bool],
                    index: int) -> bool:
    """Whether the place at token ``index`` and the name-like word after it stand where a person's
    name does, so that the place is a given name: right after a title ("Dr. Galicia Ruiz",
    "Senator Kenya Moore"), right after a verb of saying ("said India Knight"), or as the
    subject of one ("Asia Argento told reporters", "Galicia Sanchez, a nurse, said"), with no
    determiner before them."""
    start = tokens[index][0]
    if index and joined[index] and classes[index - 1] == "T":
        return True
    if _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return False
    return bool(_SAID_BEFORE.search(text, max(0, start - 12), start) or _speaks(text, tokens[index + 1][1]))


def _speaks(text: str, end: int) -> bool:
    """True when a speech verb follows the name ending at ``end`` and reports speech ("Smith
    added that …"), not an object ("Retailers added 50,000 jobs")."""
    verb = _SPEECH.match(text, end)
    return bool(verb) and not takes_object(text, verb.group().split()[-1], verb.end())


#: Month names that are also given names or surnames ("Theresa May", "April Ryan", "Dong Jun",
#: "August Wilson"): each is a common word alone, a name beside a name.
_CALENDAR_NAMES = frozenset(("may", "april", "june", "jun", "august"))
#: Words before a month that make it a date, not a name ("in May Ryan left", "since June").
_DATE_CUES = frozenset(("in", "on", "since", "until", "till", "by", "last", "next", "this", "early", "late", "mid",
                        "during", "from", "of", "before", "after", "through", "throughout", "each", "every"))
_FIGURE_AFTER = re.compile(rf"(?:{_SP})?(?:\d|,(?:{_SP})?\d)")


def _calendar_words_in_names(text: str, tokens: tuple[tuple[int, int], ...], raws: tuple[str, ...],
                             classes: list[str], joined: list[bool]) -> list[int]:
    """The month words that stand in a personal name: right after a name-like word ("Theresa May",
    "Dong Jun") or right before one with no date word before it ("April Ryan"), and no figure
    after them ("May 5", "June 2026" are dates)."""
    found = []
    last = len(raws) - 1
    months = {raw for raw in set(raws) if lowered(raw) in _CALENDAR_NAMES}  # each distinct word tested once
    for index in compress(range(len(raws)), map(months.__contains__, raws)):
        if classes[index] != "C" or _FIGURE_AFTER.match(text, tokens[index][1]):
            continue
        after_name = index > 0 and joined[index] and classes[index - 1] == "N" \
            and not raws[index - 1].endswith(_POSSESSIVE_ENDS)
        words_before = text[max(0, tokens[index][0] - 12):tokens[index][0]].split()
        before_name = index < last and joined[index + 1] and classes[index + 1] == "N" and not (
            words_before and words_before[-1].lower() in _DATE_CUES) and not raws[index].endswith(_POSSESSIVE_ENDS)
        if after_name or before_name:
            found.append(index)
    return found


def _chief_titles(raws: tuple[str, ...], joined: list[bool]) -> list[int]:
    """The words of a title that "Chief" opens, after it in its run ("Chief Engineer Ravi Menon",
    "Chief Medical Officer Chris Whitty": see :func:`._names.chief_title_end`), so that the
    office is no word of the name."""
    found: list[int] = []
    chiefs = {raw for raw in set(raws) if lowered(raw) == "chief"}  # each distinct word tested once
    for index in compress(range(len(raws)), map(chiefs.__contains__, raws)):
        run_end = index + 1
        while run_end < len(raws) and run_end < index + 5 and joined[run_end]:
            run_end += 1
        found += range(index + 1, chief_title_end(list(raws[index:run_end]), 0) + index)
    return found


def _compound_parts(text: str, full_words: set[str], accepted: SpanSet) -> list[tuple[int, int, str, str, int]]:
    """The names in a compound of names seen in full elsewhere in the document: "Xi-Trump call"
    → "Xi" and "Trump" (not "Jean-Claude" when the document names "Jean-Claude Juncker")."""
    found = []
    for parts in compounds(text):
        names = []
        for start, end in parts:  # a part's canonical name is its bare word
            names.append(bare(text[start:end]))
            if names[-1] not in full_words:
                break
        else:
            found += [(start, start + len(name), name, "", start)
                      for (start, end), name in zip(parts, names, strict=True) if not accepted.overlaps(start, end)]
    return found


def _classes(text: str, tokens: tuple[tuple[int, int], ...], raws: tuple[str, ...], orgs: SpanSet) -> list[str]:
    """The class of each token (see :func:`._names.classify`); a word of an organisation's name
    (one of ``orgs``) is lower-cased ("n" in "Renmin University"), a word of a place's name is
    "P" ("United")."""
    lower_words = lower_words_of(text)
    classes = list(map({raw: classify(raw, lower_words) for raw in set(raws)}.__getitem__, raws))
    in_org = orgs.covered(tokens)
    lowered = [classes[index].lower() for index in in_org]
    # Places first, so that a word in both (a place in an organisation's name) is the organisation's.
    for index in SpanSet(place_matches(text)).covered(tokens):
        classes[index] = "P"
    for index, lower in zip(in_org, lowered, strict=True):
        classes[index] = lower
    return classes


def _title(text: str, tokens: tuple, raws: tuple[str, ...], classes: list[str], chain_start: int,
           first: int) -> tuple[str, int, bool]:
    """The title before token ``first`` in its run chain, its offset, and whether a named thing
    ("Treaty", "Council") stands there without a title (then the words are the thing's name)."""
    title_index = None
    thing = False
    for index in range(first - 1, max(chain_start, first - 14) - 1, -1):
        if classes[index] == "N":  # another name (a word of an organisation's name is "n")
            break
        word = lowered(raws[index])
        if word in CORE_TITLES or (word.endswith("s") and word[:-1] in CORE_TITLES):
            title_index = index
        thing = thing or classes[index].upper() in ("O", "H")
    if title_index is None:
        return "", tokens[first][0], thing
    while title_index > chain_start and (classes[title_index - 1] == "T" or _portfolio_of(raws, title_index)):
        title_index -= 1  # "Prime" Minister, "Interior" Minister
    start = tokens[title_index][0]
    return " ".join(text[start:tokens[first][0]].split()), start, False


#: Offices that a field of government before them belongs to: "Interior Minister", "Home Secretary".
_PORTFOLIO_OFFICES = frozenset(("minister", "ministers", "secretary", "secretaries"))


def _portfolio_of(raws: tuple[str, ...], index: int) -> bool:
    """True when the word before token ``index`` is the field of government of the office there,
    part of its title: "[Interior] Minister", "[Health] Secretary", "[Energy] Minister"."""
    return (lowered(raws[index]) in _PORTFOLIO_OFFICES and raws[index - 1][:1].isupper()
            and lowered(raws[index - 1]) in PORTFOLIOS)


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every person named in the document outside boilerplate."""
    for mention in mentions(context.text, tuple(context.doc.boilerplate)):
        note = f"title: {mention.title}" if mention.title else ""
        yield context.fact(KIND, mention.start, mention.end, mention.value, note=note)


EXAMPLES = [
    Example("Prime Minister [Keir Starmer] arrived late.", "Keir Starmer", note="title: Prime Minister"),
    Example("Chancellor Olaf Scholz met President [Lula] in Brasilia.", "Lula", note="title: President"),
    Example("Mayor Anne Hidalgo spoke first. Later [Hidalgo] left.", "Anne Hidalgo"),
    Example("The bill was drafted by [Siobhan O’Brien].", "Siobhan O’Brien"),
    Example("U.S. President [George W. Bush] landed.", "George Bush", note="title: President"),
    Example("The rally ended, [Okonkwo] said.", "Okonkwo"),
    Example("[Maria Fernanda Souza] opened the exhibition.", "Maria Fernanda Souza"),
    Example("Comrade [(Ivan) Petrov] took the floor.", "Ivan Petrov", note="title: Comrade"),
    Example("Dr Amina Yusuf, a surgeon, said that [Yusuf]’s team was ready.", "Amina Yusuf"),
    Example("Wang Lei met Wang Tao. Later [Wang] thanked his host.", "Wang Tao"),
    Example("The talks were chaired by [Ursula von der Leyen].", "Ursula von der Leyen"),
    Example("Secretary of the National Security Council [Lee Jae-sung] spoke.", "Lee Jae-sung",
            note="title: Secretary of the National Security Council"),
    Example("[Paris Hilton] attended the launch.", "Paris Hilton"),
    Example("Defence Minister [Israel Katz] spoke.", "Israel Katz", note="title: Defence Minister"),
    Example("[George Washington] crossed the river.", "George Washington"),
    Example("“It is over,” said [Galicia Ruiz].", "Galicia Ruiz"),
    Example("The Moscow Times reported the strike."),
    Example("Treasurer [Daniel Ferris] defended the budget.", "Daniel Ferris", note="title: Treasurer"),
    Example("Detective Sergeant [Mia Cole] led the inquiry.", "Mia Cole", note="title: Detective Sergeant"),
    Example("The fire was out by noon, Superintendent [Raj Patel] said.", "Raj Patel",
            note="title: Superintendent"),
    Example("Dancers marked the Spring Festival in Beijing and Moscow."),
    Example("The Princess of Wales toured New South Wales."),
    Example("Jordan said its border with Syria would reopen."),
    Example("Rents in Greater London rose near the Jordan Valley."),
    Example("The Shanghai Cooperation Organisation met at the Great Hall of the People."),
    Example("Looking ahead, the Year of the Horse begins in February after World War II films."),
    Example("Against expectations, Renmin University of China opened on Monday."),
    Example("The Treaty on Strategic Offensive Arms expires."),
    Example("He studied in Kuala Lumpur and later in Porto Alegre."),
    Example("Ana Ruiz met Li Wen. The [Ruiz]-Li talks ended.", "Ana Ruiz"),
    Example("Prime Minister [Theresa May] resigned in June.", "Theresa May", note="title: Prime Minister"),
    Example("Reporters asked [April Ryan] about the vote.", "April Ryan"),
    Example("Sen. [John Thune] spoke.", "John Thune", note="title: Sen."),
    Example("[Hamilton] Wins Monaco Grand Prix\nLewis Hamilton won the race on Sunday.", "Lewis Hamilton"),
    Example("[Kemi Adeyemi] Says Talks Will Resume\nAdeyemi said the union was ready.", "Kemi Adeyemi"),
    Example("Storm Batters Coastal Towns As Leaders Meet In Geneva\nThe storm hit the coast on Monday."),
    Example("Walt Disney Co said it would cut 7,000 jobs."),
    Example("[Walt Disney] founded the studio in 1923.", "Walt Disney"),
    Example("Marks & Spencer said clothing sales rose."),
    Example("Goldman Sachs cut its forecast for oil prices."),
    Example("Apple CEO [Tim Cook] said its sales rose.", "Tim Cook", note="title: CEO"),
    Example("Dr. [Martens] said sales fell.", "Martens", note="title: Dr."),
    Example("General Motors said sales rose."),
    Example("The Department of Health and Human Services said so."),
    Example("General [Mark Milley] said troops would stay.", "Mark Milley", note="title: General"),
    Example("“It holds,” Chief Engineer [Ravi Menon] said.", "Ravi Menon", note="title: Chief Engineer",
            speaker="Ravi Menon"),
    Example("Chief Medical Officer [Chris Whitty] spoke.", "Chris Whitty", note="title: Chief Medical Officer"),
    Example("Police Chief [Walker] said the road was shut.", "Walker", note="title: Chief"),
    Example("The interior minister, Tomas Varga, toured the valley. “We need help,” [Varga] said.",
            "Tomas Varga", speaker="Tomas Varga"),
]
