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
countries should …", "…, Xi said.", "…, saying that …") yields a quote with
note ``reported`` and qualifier ``approx``: the reported clause up to the
sentence end.

Speakers come from the attribution nearest the quote ("“…,” she said", "X
added: “…”", a paragraph ending "and added:" before it), with he/she resolved
to the nearest earlier named person (or "commentary by X"), else the transcript
label of the passage ("Vladimir Putin: …"). The value is :func:`normalise_quote`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..schema import Fact
from ._base import DocumentContext, Example
from ._context import SPEECH_VERBS, TITLE_WORDS, person_name, transcript_speaker

KIND = "quote"
S = r"[^\S\n]"  # any space but a line break: news copy holds no-break, en and thin spaces

_NAME = rf"[A-Z][\w'’.-]*(?:{S}+(?:of{S}+(?:the{S}+)?)?[A-Z][\w'’.-]*){{0,6}}"
_WHO = rf"(?P<name>{_NAME}(?:{S}+and{S}+{_NAME})?|\b[Hh]e|\b[Ss]he)(?:,[^,\n]{{1,60}},)?"
_ADVERB = rf"(?:{S}+(?:also|then|later|further|again|once{S}+again|repeatedly|earlier|has|have|had|[a-z]+ly))*"
_QUOTE_VERBS = rf"described(?:{S}+\w+)?{S}+as|called|termed|dubbed|asked|put{S}+it"
_MARKS = re.compile("[\"“”„‘’‚']|\n")
_INTRODUCED = re.compile(rf"(?::|{SPEECH_VERBS}(?:,|{S}+that)?){S}*$")
_REOPEN = re.compile(r"\n\s*[“\"„]")
_SAID = re.compile(rf"{_WHO}{_ADVERB}{S}+(?:{SPEECH_VERBS}|{_QUOTE_VERBS})\b")
_SUBJECT_END = re.compile(rf"{_WHO}{_ADVERB}{S}+$")
_POST = re.compile(rf",?{S}*(?:{_WHO}{_ADVERB}{S}+(?:{SPEECH_VERBS}|asked)\b|(?:{SPEECH_VERBS}|asked){S}+"
                   rf"(?P<name2>{_NAME}))")
_VERB = re.compile(rf"\b(?:{SPEECH_VERBS}|(?P<ing>saying|noting|adding|stressing|stating|emphasi[sz]ing|"
                   rf"underlining|insisting|warning))\b")
_MID = (rf"(?:,{S}*among{S}+other{S}+things,?|{S}+[a-z]+ly|{S}+(?:on|in|at|during|after|before|via|while)\b"
        rf"[^,.;:\n“”\"]{{1,40}}?,?|{S}+(?:reporters|journalists|him|her|them|us|{_NAME}))")
_THAT = re.compile(rf"(?:{_MID}){{0,2}}(?:{S}+that\b{S}*:?|{S}*:)")
_BARE_VERBS = {"said", "says", "say", "saying", "added", "adds", "argued", "insisted", "warned"}
_NOT_CLAUSE = {"on", "in", "at", "during", "after", "before", "with", "to", "for", "by", "of", "from",
               "about", "and", "or", "but", "nothing", "so", "goodbye", "hello", "yes", "no", "it."}
_TAIL = re.compile(rf"(?:{S}+(?:on|in|at|during|after|before|via)\b[^,.;:\n]{{0,40}}?)?{S}*(?:[.!?]|,|$)")
_NAME_TAIL = re.compile(rf"{S}+(?P<name>{_NAME}){S}*(?:[.!?]|$)")
_COORDINATED = re.compile(rf"\band{S}+(?:also{S}+)?$")
_LEAD_NAME = re.compile(rf"(?P<name>{_NAME})(?=,?{S}+(?:also{S}+)?[a-z])")
_BY_CUE = re.compile(rf"\b(?:commentary|comments|remarks|statement|speech|interview|briefing|address)\b"
                     rf"[^.\n]{{0,40}}?\bby{S}+(?P<name>{_NAME})")
_LEADING = {"the", "a", "an", "as", "during", "on", "in", "at", "after", "before", "looking", "against",
            "while", "when", "it", "this", "that", "these", "those", "there", "both", "all", "some", "many",
            "we", "i", "they", "you", "our", "their", "its", "overall", "of", "for", "with", "by", "from",
            "to", "but", "and", "so", "if", "analysts", "experts", "officials", "sources", "asked"}
_FUNCTION = {"the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "by", "with", "from", "as",
             "is", "are", "was", "be", "it", "its", "this", "that", "we", "our", "i", "will", "not"}
_OPENERS = "\"“„‘'"
_CLOSING = "\"”’'"

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


@dataclass
class _Quote:
    start: int
    end: int
    speaker: str = ""  # raw: a name, "he"/"she", or "" (resolved later)
    at: int = 0  # where the attribution stands, for resolving pronouns
    note: str = ""
    inside: bool = False  # reported speech inside a direct quote: no antecedent for pronouns outside it


def normalise_quote(text: str) -> str:
    """A quote as compared across sources: typographic apostrophes and single marks made straight,
    double quote marks dropped, spaces folded, leading and trailing punctuation (not apostrophes:
    "’90s", "countries’") trimmed, case kept.

    >>> normalise_quote("  It’s  “done”,\\n ")
    "It's done"
    """
    text = re.sub("[‘’‚‛′`]", "'", text)
    text = re.sub("[\"“”„‟″]", "", text)
    return " ".join(text.split()).strip(" .,;:!?…-–—")


def find(context: DocumentContext) -> Iterator[Fact]:
    """Yield every direct quote and reported-speech clause in the document."""
    text = context.text
    direct = _direct_quotes(context)
    spans = sorted((q.start, q.end) for q in direct)
    reported = _reported(context, spans)
    seen: set[int] = set()
    for q in sorted(_resolve(context, direct, reported, spans), key=lambda q: q.start):
        if q.start in seen or q.end <= q.start or context.skip(q.start, q.end):
            continue
        seen.add(q.start)
        yield context.fact(KIND, q.start, q.end, normalise_quote(text[q.start:q.end]),
                           qualifier="approx" if q.note == "reported" else "exact",
                           speaker=q.speaker, note=q.note)


@lru_cache(maxsize=4096)
def _canonical(name: str) -> str:
    """A speaker as ``_context`` writes it: titles dropped, institutions as origin labels."""
    from ..origins import canonical_origin  # origins imports this package

    words = name.split()
    while words and words[0].lower() in _LEADING:
        words.pop(0)
    name = re.sub(r"(?<=\w\w\w)\.$", "", " ".join(words))  # "… by Yury Ushakov." ends a sentence
    if not name or name.lower() in ("he", "she"):
        return name.lower()
    if _institution(name):
        return canonical_origin(name)
    if all(word.lower().strip(".") in TITLE_WORDS for word in words):
        return ""  # "The President" alone: who is meant is not written here
    return " and ".join(person_name(part) or part for part in re.split(rf"{S}+and{S}+", name))


@lru_cache(maxsize=4096)
def _institution(name: str) -> bool:
    from ..origins import is_institution  # origins imports this package

    return is_institution(name)


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def _pairs(text: str) -> Iterator[tuple[int, int | None]]:
    """(opening mark, closing mark or None) of every quote, line by line, in one pass.
    Unclosed single marks are apostrophes; marks inside an open quote are nested quotes."""
    line: list[int] = []
    for match in _MARKS.finditer(text + "\n"):
        if match.group() != "\n":
            line.append(match.start())
            continue
        opened: tuple[int, str] | None = None
        for index, i in enumerate(line):
            mark, before = text[i], text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if mark in "“„" and not opened:
                opened = (i, '"')
            elif mark in "”\"" and opened and opened[1] == '"':
                yield opened[0], i
                opened = None
            elif mark == '"' and not opened and not before.isdigit() and not after.isspace():
                opened = (i, '"')  # a straight mark after a digit is inches: 5'10"
            elif mark in "‘'" and not opened and _single_opens(text, i, before):
                opened = (i, "'")
            elif (mark in "’'" and opened and opened[1] == "'" and not before.isspace()
                  and not after.isalnum() and not before.isdigit() and not _possessive(text, line, index)):
                yield opened[0], i
                opened = None
        if opened and opened[1] == '"':
            yield opened[0], None
        line = []


def _single_opens(text: str, i: int, before: str) -> bool:
    """A single mark opens a quote after a space and before a letter, unless it elides ('90s, 'n')."""
    if not (before.isspace() or before in "([{—–-/"):
        return False
    return bool(re.match(r"[‘'][A-Za-z]", text[i:i + 2])) and not re.match(
        r"[‘'](?:n[’']|(?i:em|tis|twas|til|cause)\b)", text[i:i + 7])


def _possessive(text: str, line: list[int], index: int) -> bool:
    """"the countries’ people": a plural possessive when another closing mark follows on the line."""
    i = line[index]
    if text[i - 1:i] != "s" or not re.match(rf"{S}[a-z]", text[i + 1:i + 3]):
        return False
    return any(text[j] in "’'" and not text[j + 1:j + 2].isalnum() for j in line[index + 1:])


def _masked(text: str, start: int, end: int, closed: list[tuple[int, int]]) -> str:
    """``text[start:end]`` with the words of quotes closed inside it left out (marks kept)."""
    pieces, cursor = [], start
    for o, c in closed[bisect_left(closed, (start, -1)):]:
        if c >= end:
            break
        pieces.append(text[cursor:o + 1])
        cursor = c
    return "".join(pieces) + text[cursor:end]


def _direct_quotes(context: DocumentContext) -> list[_Quote]:
    """Direct quotes with their raw speakers (he/she unresolved), one per paragraph."""
    text = context.text
    pairs = list(_pairs(text))
    closed = [(o, c) for o, c in pairs if c is not None]
    by_open: dict[int, _Quote] = {}
    for open_, close in pairs:
        start, end = open_ + 1, close if close is not None else _line_end(text, open_)
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:" or (
                text[end - 1] == "." and not re.search(r"\b[A-Z]\.$", text[max(start, end - 4):end]))):
            end -= 1
        if re.search(r"[^\W\d_]", text[start:end]):
            quote = _Quote(start, end, note="" if close is not None else "unclosed")
            _attribute(context, quote, open_, close, closed)
            by_open[open_] = quote
    # A paragraph left open continues when the next one reopens with a double mark; the
    # parts share the first attribution found in any of them.
    chains: list[list[_Quote]] = []
    for open_, close in pairs:
        quote = by_open.get(open_)
        if quote is None:
            continue
        if not (chains and chains[-1][-1] is quote):
            chains.append([quote])
        reopen = _REOPEN.match(text, _line_end(text, open_)) if close is None else None
        follower = by_open.get(reopen.end() - 1) if reopen else None
        if follower is not None:
            quote.note = ""
            chains[-1].append(follower)
    for chain in chains:
        named = next((q for q in chain if q.speaker), None)
        for q in chain:
            q.speaker, q.at = (named.speaker, named.at) if named else (q.speaker, q.at)
    return [q for q in by_open.values() if q.note != "drop"]


def _attribute(context: DocumentContext, quote: _Quote, open_: int, close: int | None,
               closed: list[tuple[int, int]]) -> None:
    """Raw speaker, and fragment or title note, of a direct quote from the words around its marks."""
    text = context.text
    pre_start = min(context.sentences.at(open_).start, open_)
    pre = _masked(text, pre_start, open_, closed)
    post = None
    if close is not None and not text[quote.start:close].rstrip().endswith("."):
        post = _POST.match(text, close + 1, _line_end(text, close))
    saids = list(_SAID.finditer(pre))
    if post:
        quote.speaker, quote.at = _canonical(post.group("name") or post.group("name2")), close
    elif saids:
        quote.speaker, quote.at = _canonical(saids[-1].group("name")), pre_start + saids[-1].start()
    elif not pre.strip():
        # "… and added:" closing the paragraph before.
        j = open_ - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        if j >= 0 and text[j] == ":" and "\n" in text[j:open_]:
            para = text.rfind("\n", 0, j) + 1
            found = list(_SAID.finditer(_masked(text, para, j, closed)))
            if found:
                quote.speaker, quote.at = _canonical(found[-1].group("name")), para
    introduced = bool(post) or not pre.strip() or bool(_INTRODUCED.search(pre))
    words = text[quote.start:quote.end].split()
    if introduced or len(words) > 8:
        return
    if all(w[:1].isupper() or w.lower() in _FUNCTION for w in words if re.search(r"[^\W\d_]", w)):
        quote.note = "drop"  # a title or a name in marks, not speech
    elif len(words) <= 6 and sum(w.lower().strip(".,;:!?") not in _FUNCTION for w in words) <= 3:
        quote.note = "fragment"


def _reported(context: DocumentContext, spans: list[tuple[int, int]]) -> list[_Quote]:
    """Reported-speech clauses, found from each speech verb outward to its sentence."""
    text = context.text
    found: list[_Quote] = []
    covered = -1
    for verb in _VERB.finditer(text):
        if verb.start() < covered:
            continue
        sentence = context.sentences.at(verb.start())
        before = text[max(sentence.start, verb.start() - 200):verb.start()]
        index = bisect_right(spans, (verb.start(), len(text))) - 1
        inside = index >= 0 and spans[index][1] > verb.start()
        limit = min(sentence.end, spans[index][1]) if inside else sentence.end
        speaker, at, subject = _speaker_of_verb(context, before, verb, sentence)
        if at < 0:
            continue
        that = _THAT.match(text, verb.end(), limit)
        if that:
            start = that.end()
        elif verb.group() not in _BARE_VERBS:
            continue
        elif not verb.group("ing") and re.search(rf",{S}*$", before[:subject]) and (
                _TAIL.match(text, verb.end(), limit) or subject == len(before)):
            # "…, Xi said." or "…, said Xi.": the reported clause comes first.
            comma = verb.start() - len(before) + len(before[:subject].rstrip()) - 1
            if comma > sentence.start and len(text[sentence.start:comma].split()) >= 4 and (
                    text[sentence.start] not in _OPENERS) and text[comma - 1] not in _CLOSING:
                found.append(_clause(text, sentence.start, comma, speaker, at, inside))
            continue
        else:
            start = verb.end()
        while start < limit and text[start].isspace():
            start += 1
        words = text[start:limit].split()
        if len(words) < 3 or not text[start].isalnum() or (not that and words[0].lower() in _NOT_CLAUSE):
            continue
        found.append(_clause(text, start, limit, speaker, at, inside))
        covered = limit
    return found


def _speaker_of_verb(context: DocumentContext, before: str, verb: re.Match, sentence
                     ) -> tuple[str, int, int]:
    """Who speaks the verb, where that attribution stands (-1: nobody), and where in ``before``
    its subject starts: the subject before the verb ("The President" names nobody but is one);
    the sentence's subject for "…, and noted that" and "…, saying that"; or the name after it
    in "…, said Smith."."""
    text = context.text
    base = verb.start() - len(before)
    if verb.group("ing") or _COORDINATED.search(before):
        saids = list(_SAID.finditer(text, sentence.start, verb.start()))
        lead = _LEAD_NAME.match(text, sentence.start)
        name, at = ((saids[-1].group("name"), saids[-1].start()) if saids else
                    (lead.group("name"), sentence.start) if lead else ("", -1))
        if not re.search(rf"(?:,|\band){S}*$", before) or not _canonical(name):
            return "", -1, 0
        return _canonical(name), at, len(before)
    subject = _SUBJECT_END.search(before)
    if subject and not all(w.lower() in _LEADING for w in subject.group("name").split()):
        return _canonical(subject.group("name")), base + subject.start(), subject.start()
    after = _NAME_TAIL.match(text, verb.end(), sentence.end)
    if after and re.search(rf"(?<![{_CLOSING}]),{S}*$", before) and _canonical(after.group("name")):
        return _canonical(after.group("name")), verb.end(), len(before)
    return "", -1, 0


def _clause(text: str, start: int, end: int, speaker: str, at: int, inside: bool) -> _Quote:
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?…,;:"):
        end -= 1
    return _Quote(start, end, speaker, at, "reported", inside=inside)


def _resolve(context: DocumentContext, direct: list[_Quote], reported: list[_Quote],
             spans: list[tuple[int, int]]) -> list[_Quote]:
    """Give he/she the nearest earlier named person, a joint speaker ("X and Y") nobody, and an
    unattributed quote the transcript label of its passage."""
    items = direct + reported
    for q in reported:  # "the ministry said that President Xi …": Xi is who "he" means next
        lead = _person(context.text, q.start) if q.speaker and _institution(q.speaker) else ""
        if lead:
            items.append(_Quote(q.start, q.start, lead, q.start))
    last: _Quote | None = None
    for q in sorted(items, key=lambda q: (q.at, q.start)):
        if q.speaker in ("he", "she"):
            q.speaker = _antecedent(context, q.at, last, spans)
        if q.speaker[:1].isupper() and not q.inside and " and " not in q.speaker and not _institution(q.speaker):
            last = q
    full: dict[str, str] = {}  # a surname alone ("Wang") means the full name said earlier here
    direct.sort(key=lambda q: q.start)
    for q in sorted(direct + reported, key=lambda q: q.start):
        q.speaker = "" if " and " in q.speaker else q.speaker
        if not q.speaker and q.inside:  # "Ushakov: “The President noted that …”": Ushakov's words
            index = bisect_right(direct, q.start, key=lambda d: d.start) - 1
            q.speaker = direct[index].speaker if index >= 0 and direct[index].end >= q.start else ""
        q.speaker = q.speaker or transcript_speaker(context, q.start)
        q.speaker = full.get(q.speaker, q.speaker)
        if len(q.speaker.split()) > 1 and q.speaker[:1].isupper():
            full.update((token, q.speaker) for token in q.speaker.split())
    return direct + reported


def _antecedent(context: DocumentContext, at: int, last: _Quote | None, spans: list[tuple[int, int]]) -> str:
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
        name = _canonical(cues[-1].group("name")) if cues else _person(context.text, previous.start)
        if name:
            return name
    return best


def _person(text: str, position: int) -> str:
    """The person named at ``position`` ("President Xi", "Sergei Shoigu"), or ``""``."""
    lead = _LEAD_NAME.match(text, position)
    if not lead:
        return ""
    name = _canonical(lead.group("name"))
    titled = lead.group("name").split()[0].lower() in TITLE_WORDS
    if not name[:1].isupper() or _institution(name) or (len(name.split()) < 2 and not titled):
        return ""
    return name
