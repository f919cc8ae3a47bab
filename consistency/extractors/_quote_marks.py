"""Direct quotes: quote marks paired line by line, and the attribution words around them.

Also the pieces the reported-speech reader (``_reported``) shares: the :class:`Quote`
record, the "<name> said" patterns and :func:`canonical_speaker`. See ``quotes`` for
the conventions (paragraph-long quotes, apostrophes, titles in marks, fragments).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..text import full_stop_runs_on
from ._base import DocumentContext
from ._context import (
    NAME_PARTICLES,
    PAGE_FURNITURE,
    SPEECH_VERBS,
    TITLE_WORDS,
    WEEKDAY,
    WEEKDAY_OCCASION,
    appositive,
    common_head,
    common_phrase,
    common_subject,
    known_body,
    located_phrase,
    name_after_verb,
    name_or_pronoun,
    name_particle,
    name_rest,
    person_in,
    person_name,
    set_off,
    without_openers,
)
from ._name_lists import words as vocabulary
from ._names import classify, lower_words_of

S = r"[^\S\n]"  # any space but a line break: news copy holds no-break, en and thin spaces

_NAME_REST = name_rest(S, 6)
NAME = rf"[A-Z]{_NAME_REST}"
# The speaker before a verb. It opens with a class of letters, so that searches skip to where a
# name or he/she can start; and its name is read possessively (``*+``, ``{0,6}+``: once a word or
# the run of words is read, no letter of it is given back to try again), since what follows the
# name there (a space or a comma, not "of" or a capital) can follow no shorter reading of it.
_WHO_REST = name_rest(S, 6, possessive=True)
# A parenthesis after the name is no part of it: "Rep. Ana Ruiz (D-Texas) said", "Acme (ACME.N) said".
_APPOSITIVE_CHAR = "[^,\n]"
# A name set off by commas after its role closes with a lone comma ("The club's manager, Gary
# Neville, said"); see :func:`_context.set_off`.
WHO = (rf"(?P<name>{name_or_pronoun(rf'{set_off(S)}{_WHO_REST}(?:{S}+and{S}+[A-Z]{_WHO_REST})?')})"
       rf"(?:{S}+\([^()\n]{{1,40}}\))?{appositive(S, _APPOSITIVE_CHAR)}")
ADVERB = (rf"(?:{S}+(?:also|then|later|further|again|once{S}+again|repeatedly|earlier|has|have|had|[a-z]+ly"
          rf"|{WEEKDAY_OCCASION}))*")
# "continued" speaks only where punctuation sets it off ("He continued: “…”", "“…,” she continued."):
# "Prices continued to rise" and "Fighting continued in the east" say nothing.
_CONTINUED = rf"continued(?={S}*[:.,;])"
_QUOTE_VERBS = rf"described(?:{S}+\w+)?{S}+as|called|termed|dubbed|asked|put{S}+it|{_CONTINUED}"
#: "<name> said", "he noted", "X described it as": an attribution; ``name`` is who speaks.
SAID = re.compile(rf"{WHO}{ADVERB}{S}+(?:{SPEECH_VERBS}|{_QUOTE_VERBS})\b")
_AUDIENCE_NOUNS = ["reporters", "journalists", "correspondents", "lawmakers", "legislators", "senators", "MPs",
                   "parliament", "Parliament", "Congress", "investors", "analysts", "supporters", "delegates",
                   "students", "workers", "voters", "members", "colleagues", "diplomats", "residents", "viewers",
                   "listeners", "readers", "audience", "crowd", "rally", "gathering", "conference", "briefing",
                   "forum", "hearing", "committee", "panel", "session", "meeting", "summit", "newspaper",
                   "broadcaster", "radio", "television", "TV", "agency", "podcast", "media", "press"]
_OCCASION_NOUNS = ["interview", "statement", "conference", "briefing", "meeting", "hearing", "session", "summit",
                   "event", "rally", "speech", "call", "visit", "ceremony", "forum", "sidelines", "broadcast"]
#: Whom a speaker tells, after "told": "reporters", "a news conference", "state television", "Reuters".
AUDIENCE = (rf"{S}+(?:(?:the|a|an|his|her|their|its){S}+)?(?:(?:[\w’'-]+{S}+){{0,2}}?"
            rf"(?:{'|'.join(_AUDIENCE_NOUNS)})\b|{NAME})")
#: When or where something was said, read word by word so that what was said is left after it:
#: "on Tuesday", "on Feb. 4", "in an interview", "at a briefing in Paris" (one place name).
OCCASION = (rf"(?:,?{S}+(?:on{S}+[A-Z][a-z]+\.?(?:{S}+\d{{1,2}})?|(?:in|at|during|after|on){S}+(?:a|an|the|his|her"
            rf"|their|its){S}+(?:[\w’'-]+{S}+){{0,2}}?(?:{'|'.join(_OCCASION_NOUNS)})\b(?:{S}+(?:in|of){S}+"
            rf"(?:the{S}+)?[A-Z][\w’'-]*)?|in{S}+[A-Z][\w’'-]*)){{0,2}},?")
#: A short adverbial after a verb of saying, closed by a colon that introduces the quote as "said:"
#: does: "said after the match:", "said later:", "told reporters on the sidelines of the summit:".
_ADVERBIAL = (rf"(?:,?{S}+(?:(?:after|before|during|following|at|in|on|over|with|by|from|outside|inside){S}+"
              rf"(?:[\w’'.-]+{S}+){{0,2}}[\w’'.-]+|later|afterwards|afterward|earlier|again|yesterday|today"
              rf"|tonight|[a-z]+ly))")
ADVERBIAL_COLON = rf"{_ADVERBIAL}{{1,2}},?{S}*:"
#: A name opening a sentence as its subject ("Sergei Shoigu extended …"), also before an age or an
#: owner's apposition ("Janet Fairley, 71, lost …", "Lena Ostrowski, Meridale's former finance chief, …").
LEAD_NAME = re.compile(rf"(?P<name>{NAME})(?=,?{S}+(?:also{S}+)?[a-z]|,{S}+\d{{1,3}},|,{S}+[A-Z][\w’'.&-]*[’']s{S})")
#: Words a captured name may start with that are no part of it ("The", "During", "Analysts").
LEADING = {"the", "a", "an", "as", "during", "on", "in", "at", "after", "before", "looking", "against",
           "while", "when", "it", "this", "that", "these", "those", "there", "both", "all", "some", "many",
           "we", "i", "they", "you", "our", "their", "its", "overall", "of", "for", "with", "by", "from",
           "to", "but", "and", "so", "if", "analysts", "experts", "observers", "officials", "sources", "asked",
           "people"}
OPENERS = "\"“„‘'"
CLOSING = "\"”’'"

_MARKS = re.compile("[\"“”„‘’‚']")
_INTRODUCED = re.compile(rf"(?::|(?:{SPEECH_VERBS}|{_CONTINUED})(?:,|{S}+that)?){S}*$")
_REOPEN = re.compile(r"\n\s*[“\"„]")
#: Lower-case roles between an organisation and a name ("Foreign Ministry spokesperson Mao Ning",
#: "the company's chief executive Tom Lee"): the name after them speaks.
ROLE_WORDS = sorted(TITLE_WORDS | {"economist", "analyst", "strategist", "official", "officer", "adviser", "advisor",
                                   "lawyer", "attorney", "researcher", "manager", "editor", "correspondent",
                                   "representative", "partner", "scientist", "expert"}, key=len, reverse=True)
# Words that end no role before a name: "“…,” but Ana Ruiz said" is no role "but", nor is "the" in
# "…,” said a spokesman for the Red Cross" (a body, read as such elsewhere).
_NOT_ROLE = ("(?:the|a|an|and|but|or|nor|so|then|as|while|when|which|who|whom|that|this|it|he|she|they|we|i|you"
             "|what|how|why|where|whether|if|than|because|since|though|although|unless|until"
             "|said|says|told|tells|on|in|at|of|for|to|with|by|from|after|before|during|also|not|is|was|were|are"
             r"|has|had|have|will|would)\b")
# Any lower-case noun may be the role: "prosecutor Linda Chavez", "resident Ali Demir", "the EU's
# foreign policy chief, Josep Borrell".
# A particle before a capital (or another particle) opens a name, not a role ("…,” ten Hag said", "von der
# Leyen"); before a lower-case word it is a word of the role ("de facto leader Ana Ruiz").
_PARTICLE = f"(?:{'|'.join(NAME_PARTICLES)})"
_LOWER_ROLE = rf"(?!{_NOT_ROLE}|{_PARTICLE}{S}+(?:{_PARTICLE}{S}+)?[A-Z])[a-z][\w'’-]*"
#: A role before a name, read up to the name: "Foreign Ministry spokesperson ", "de facto leader ".
ROLE = (rf"(?:(?:the|a|an){S}+)?(?:[A-Z][\w'’.-]*{S}+){{0,4}}(?:{_LOWER_ROLE}{S}+){{0,3}}?"
         rf"(?:(?:(?:{'|'.join(ROLE_WORDS)})\b|{_LOWER_ROLE})(?:{S}+(?:of|for){S}+[a-z]+)?,?{S}+){{1,2}}")
#: A role between an inverted verb and the name: "…,” said finance chief Luca Maestri", "…,” said the
#: club's manager, Gary Neville".
ROLE_THEN_NAME = (rf"(?:(?:the|a|an|[A-Z][\w.-]*[’']s){S}+)?(?:[\w'’.-]+{S}+){{0,3}}?{_LOWER_ROLE},?{S}+"
                   rf"(?!{WEEKDAY})")
_INVERTED_VERBS = r"(?:said|says|added|adds|explained|insisted|warned|wrote|noted)"


# Voices that name nobody in particular, as a report cites them: "analysts", "experts" and "observers"
# speak as "analysts"; anonymous sources ("sources", "a source close to the talks", "two people
# familiar with the matter", "a person briefed on the plans, who asked not to be named") as "sources".
_ANALYSTS = r"(?:[Aa]nalysts?|[Ee]xperts?|[Oo]bservers)"
# People or officials are anonymous only with the words that say so: "familiar with", "close to",
# "briefed on", "with knowledge of", "who asked not to be named" (not "people with disabilities").
_ANONYMOUS_MARK = (rf"(?:familiar{S}+with|close{S}+to|briefed{S}+on|involved{S}+in|aware{S}+of|knowledgeable"
                   rf"|with{S}+(?:direct{S}+)?knowledge|who{S}+(?:asked|spoke|requested|declined|were{S}+not"
                   rf"|was{S}+not|did{S}+not))")
_UNNAMED = (rf"(?:[Ss]ources?|[Ii]nsiders?|(?:[Pp]eople|[Pp]ersons?|[Oo]fficials?)(?={S}+{_ANONYMOUS_MARK}\b))"
            rf"(?:{S}+{_ANONYMOUS_MARK}\b[^,.;:\n“”\"]{{0,60}}?)?(?:,{S}*who{S}+[^,.;:\n“”\"]{{1,80}},)?")
_COUNTED = (rf"(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|[Mm]ultiple"
            rf"|[Tt]he){S}+)?")
#: A voice: analysts or anonymous sources, as :func:`voice_name` names them.
VOICE = re.compile(rf"{_COUNTED}(?:[a-z-]+{S}+)?(?:(?P<analysts>{_ANALYSTS})|(?P<sources>{_UNNAMED}))")


def voice_name(match: re.Match) -> str:
    """The speaker a voice match names: "analysts", "sources", or nobody (a group such as "the two
    leaders" or "they", named later)."""
    found = match.groupdict()
    return "analysts" if found.get("analysts") else "sources" if found.get("sources") else ""


# "…,” said a spokesman for the Red Cross": a voice speaks for the name after "for", "of" or "at",
# as "…,” a spokesman for the Red Cross said" does.
#: A voice for a body, up to the body's name: "a spokesman for ", "the chief representative of the ".
VOICE_FOR = (rf"(?:a|an|the){S}+(?:[a-z][\w'’-]*{S}+)?(?:spokes(?:man|woman|person|people)|representative"
             rf"|official){S}+(?:for|of|at){S}+(?:the{S}+)?")
_VOICE_FOR = rf"{S}+{VOICE_FOR}"


def _said_after(before_who: str, before_name: str) -> re.Pattern:
    """An attribution right after a quote's close: a name then the verb ("…,” Ana Ruiz said"), or
    the verb then a name ("…,” said Ana Ruiz"), each name after ``before_who``/``before_name``."""
    verb = rf"(?:{SPEECH_VERBS}|asked|{_CONTINUED})"
    # A comma may close a name set off after its role: "…,” Reed's lawyer, Tom Hughes, told reporters.
    # A surname opening with a lower-case particle after the quote: "…,” von der Leyen said", "ten Hag".
    particled = rf"(?P<name4>(?:(?:{'|'.join(NAME_PARTICLES)}){S}+){{1,2}}[A-Z]{_WHO_REST})"
    return re.compile(rf",?{S}*(?:{before_who}{WHO},?{ADVERB}{S}+{verb}\b|{particled}{ADVERB}{S}+{verb}\b"
                      rf"|{verb}{S}+{before_name}(?P<name2>{NAME})|{_INVERTED_VERBS}{_VOICE_FOR}(?P<name5>{NAME})"
                      rf"|{_INVERTED_VERBS}{S}+{ROLE_THEN_NAME}(?P<name3>{NAME})"
                      rf"|{VOICE_FOR}(?P<name6>{NAME}){ADVERB}{S}+{verb}\b)")


_POST = _said_after(f"(?:{ROLE})?", "")
# "“…,” the Foreign Ministry said." and "“…,” said the Bank of England.": a name after "the".
_POST_THE = _said_after(f"the{S}+", f"the{S}+")
_SINGLE_OPENS = re.compile(r"[‘'][A-Za-z]")
_ELISION = re.compile(r"[‘'](?:n[’']|(?i:em|tis|twas|til|cause)\b)")
_SPACE_LOWER = re.compile(rf"{S}+[a-z]")
_INITIAL_END = re.compile(r"\b[A-Z]\.$")
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_DOT = re.compile(r"(?<=\w\w\w)\.$")
_DOT_BEFORE_CAPITAL = re.compile(rf"(?<=\w)\.(?={S}+[A-Z])")
_AND = re.compile(rf"{S}+and{S}+")
_CONTRACTED_PRONOUN = re.compile(r"(?i:i|we|you|they)[’'](?i:ve|m|re|ll|d)")
_FUNCTION = {"the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "by", "with", "from", "as",
             "is", "are", "was", "be", "it", "its", "this", "that", "we", "our", "i", "will", "not"}


def _within_its_sentence(name: str) -> str:
    """A name read after "said" up to the full stop that ends its sentence: a name's words may hold
    full stops ("Gov. Ana Ruiz", "J. Smith", "U.S. Trade Representative"), so the name pattern runs
    on over one, but "“…,” said Ana Ruiz. Officials expect …" is spoken by Ana Ruiz alone."""
    for dot in _DOT_BEFORE_CAPITAL.finditer(name):
        if not full_stop_runs_on(name, dot.start()):
            return name[:dot.start()]
    return name


@dataclass
class Quote:
    """A quote span before it becomes a fact, with its speaker as found so far."""

    start: int
    end: int
    speaker: str = ""  # raw: a name, "he"/"she", or "" (resolved later)
    at: int = 0  # where the attribution stands, for resolving pronouns
    note: str = ""
    inside: bool = False  # reported speech inside a direct quote: no antecedent for pronouns outside it


@lru_cache(maxsize=4096)
def canonical_speaker(name: str) -> str:
    """A speaker as ``_context`` writes it: titles dropped, institutions as origin labels, a body
    named by a common noun lower-cased ("Police" → "police").

    >>> canonical_speaker("Police"), canonical_speaker("Officials"), canonical_speaker("President Xi Jinping")
    ('police', 'officials', 'Xi Jinping')
    """
    from ..origins import canonical_origin  # origins imports this package

    name = _within_its_sentence(name)
    words = name.split()
    if len(words) == 1 and common_head(_SENTENCE_DOT.sub("", name)):
        # "“…,” Police said" opening a clause is "police said": the common noun speaks as written in
        # lower case ("police", "officials"), not as a name.
        name = _SENTENCE_DOT.sub("", name)
        return common_subject(name, len(name))[0]
    # "I’ve said", "We’re told" inside a quote: a pronoun with its verb contracted names nobody
    while words and (words[0].lower() in LEADING or _CONTRACTED_PRONOUN.fullmatch(words[0])):
        words.pop(0)
    words = without_openers(words)
    name = _SENTENCE_DOT.sub("", " ".join(words))  # "… by Yury Ushakov." ends a sentence
    if not name or name.lower() in ("he", "she"):
        return name.lower()
    if located_phrase(name.split()):
        return name  # "rescuers in Turkey": the phrase is the speaker
    person = person_in(name)  # "Tom Lee of Fundstrat", "Central Bank Chair Ana Ruiz": the person speaks
    if person:
        return person
    if known_body(name):  # "RBA" and "Reserve Bank of Australia": one speaker
        return canonical_origin(known_body(name))
    if institution(name):
        return canonical_origin(name)
    if all(word.lower().strip(".") in TITLE_WORDS for word in words):
        return ""  # "The President" alone: who is meant is not written here
    return " and ".join(person_in(part) or person_name(part) or part for part in _AND.split(name))


@lru_cache(maxsize=4096)
def institution(name: str) -> bool:
    """True when ``name`` is an institution ("the Foreign Ministry"), not a person."""
    from ..origins import is_institution  # origins imports this package

    return is_institution(name)


def line_end(text: str, position: int) -> int:
    """The offset of the line break at or after ``position`` (or the end of the text)."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def pairs(text: str) -> Iterator[tuple[int, int | None]]:
    """(opening mark, closing mark or None) of every quote, in text order.

    Quotes never cross a line break, so only lines holding a mark are read, each by
    :func:`_line_pairs` (cached: reprinted paragraphs repeat across a corpus).
    """
    start = end = -1
    for mark in _MARKS.finditer(text):
        if mark.start() < end:
            continue
        start, end = text.rfind("\n", 0, mark.start()) + 1, line_end(text, mark.start())
        for open_, close in _line_pairs(text[start:end]):
            yield start + open_, None if close is None else start + close


@lru_cache(maxsize=2048)  # lines are paragraphs: up to a few KB each
def _line_pairs(line: str) -> tuple[tuple[int, int | None], ...]:
    """The quotes of one line. Unclosed single marks are apostrophes; marks inside an open
    quote are nested quotes."""
    marks = [match.start() for match in _MARKS.finditer(line)]
    found = []
    opened: tuple[int, str] | None = None
    for index, i in enumerate(marks):
        mark, before = line[i], line[i - 1] if i else " "
        after = line[i + 1] if i + 1 < len(line) else " "
        if mark in "“„" and not opened:
            opened = (i, '"')
        elif mark in "”\"" and opened and opened[1] == '"':
            found.append((opened[0], i))
            opened = None
        elif mark == '"' and not opened and not before.isdigit() and not after.isspace():
            opened = (i, '"')  # a straight mark after a digit is inches: 5'10"
        elif mark in "‘'" and not opened and _single_opens(line, i, before):
            opened = (i, "'")
        elif (mark in "’'" and opened and opened[1] == "'" and not before.isspace()
              and not after.isalnum() and not before.isdigit() and not _possessive(line, marks, index)):
            found.append((opened[0], i))
            opened = None
    if opened and opened[1] == '"':
        found.append((opened[0], None))
    return tuple(found)


def _single_opens(text: str, i: int, before: str) -> bool:
    """A single mark opens a quote after a space and before a letter, unless it elides ('90s, 'n')."""
    if not (before.isspace() or before in "([{—–-/"):
        return False
    return bool(_SINGLE_OPENS.match(text, i)) and not _ELISION.match(text, i)


def _possessive(text: str, marks: list[int], index: int) -> bool:
    """"the countries’ people": a plural possessive when another closing mark follows on the line
    before any mark opens a new quote ("'origins' or 'documents'" closes after "origins"). A
    single quote nested in a single quote that also holds a plural possessive ("‘The farmers’
    union calls it ‘theft’,’") is not told apart: the outer quote closes at the possessive."""
    i = marks[index]
    if text[i - 1:i] != "s" or not _SPACE_LOWER.match(text, i + 1):
        return False
    for j in marks[index + 1:]:
        if text[j] in "‘'" and _single_opens(text, j, text[j - 1]):
            return False
        if text[j] in "’'" and not text[j + 1:j + 2].isalnum():
            return True
    return False


def masked(text: str, start: int, end: int, closed: list[tuple[int, int]]) -> str:
    """``text[start:end]`` with the words of quotes closed inside it left out (marks kept)."""
    pieces, cursor = [], start
    for o, c in closed[bisect_left(closed, (start, -1)):]:
        if c >= end:
            break
        pieces.append(text[cursor:o + 1])
        cursor = c
    return "".join(pieces) + text[cursor:end]


_SPLIT_END = re.compile(rf",{S}*")


def _split_by(text: str, open_: int, closed: list[tuple[int, int]]) -> re.Match | None:
    """The attribution after the verb ("said Tiff Macklem") standing alone between the close of the
    quote just before and the mark at ``open_``, then a comma: one quote split by its attribution
    ("“Rates must rise,” said Tiff Macklem, “and soon.”"), else None."""
    index = bisect_left(closed, (open_, -1)) - 1
    if index < 0 or open_ - closed[index][1] > 200:
        return None
    close = closed[index][1]
    inverted = _POST.match(text, close + 1, open_)
    if inverted is None or not (inverted.group("name2") or inverted.group("name3")):
        return None  # "“A,” Macklem said, “B”" is read as the words before the quote
    return inverted if _SPLIT_END.fullmatch(text, inverted.end(), open_) else None


def _post_name(post: re.Match) -> str:
    """The name an attribution after a quote's close reads (see :func:`_said_after`)."""
    return (post.group("name") or post.group("name2") or post.group("name3") or post.group("name4")
            or post.group("name5") or post.group("name6"))


def direct_quotes(context: DocumentContext) -> list[Quote]:
    """Direct quotes with their raw speakers (he/she unresolved), one per paragraph."""
    text = context.text
    found = list(pairs(text))
    closed = [(o, c) for o, c in found if c is not None]
    by_open: dict[int, Quote] = {}
    for open_, close in found:
        start, end = open_ + 1, close if close is not None else line_end(text, open_)
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:" or (
                text[end - 1] == "." and not _INITIAL_END.search(text, max(start, end - 4), end))):
            end -= 1
        if _LETTER.search(text, start, end):
            quote = Quote(start, end, note="" if close is not None else "unclosed")
            _attribute(context, quote, open_, close, closed)
            by_open[open_] = quote
    # A paragraph left open continues when the next one reopens with a double mark; the
    # parts share the first attribution found in any of them.
    chains: list[list[Quote]] = []
    for open_, close in found:
        quote = by_open.get(open_)
        if quote is None:
            continue
        if not (chains and chains[-1][-1] is quote):
            chains.append([quote])
        reopen = _REOPEN.match(text, line_end(text, open_)) if close is None else None
        follower = by_open.get(reopen.end() - 1) if reopen else None
        if follower is not None:
            quote.note = ""
            chains[-1].append(follower)
    for chain in chains:
        named = next((q for q in chain if q.speaker), None)
        for q in chain:
            q.speaker, q.at = (named.speaker, named.at) if named else (q.speaker, q.at)
    return [q for q in by_open.values() if q.note != "drop"]


_ATTRIBUTION_REACH = 2000


# A verb of saying a few words after a closing mark ("“…,” the ministry said") or just before an
# opening one ("A company spokesman said: “…”"): a body or voice named by a common noun may speak.
_VERB_AFTER_QUOTE = re.compile(rf",?{S}*(?:[\w’'.-]+{S}+){{1,4}}?(?P<verb>{SPEECH_VERBS})\b")
# "“…,” a spokesperson for the union said.": a voice for a body named by a common noun.
_VOICE_FOR_COMMON_SAID = re.compile(rf",?{_VOICE_FOR}{common_phrase(S)}{ADVERB}{S}+(?P<verb>{SPEECH_VERBS})\b")
# "“…,” said the ministry.": the verb right after the mark, the body after it up to the sentence end.
_VERB_THEN_COMMON = re.compile(rf",?{S}*(?:{SPEECH_VERBS}){name_after_verb(common_phrase(S), S)}")
# An audience, an occasion or a short adverbial closed by a colon may stand between the verb and the
# quote: "The ministry said on Monday: “…”", "The company said in a statement: “…”", "The coach said
# after the match: “…”", "The mayor told reporters on Tuesday: “…”".
_VERB_BEFORE_QUOTE = re.compile(rf"(?P<verb>{SPEECH_VERBS})(?:{AUDIENCE})?"
                                rf"(?:{ADVERBIAL_COLON}|{OCCASION}(?:,|{S}+that)?{S}*:?){S}*$")
_VERB_BEFORE_REACH = 100  # the verb and its occasion: up to two short phrases

# "“…,” a source close to the club said." and "“…,” said two people familiar with the talks.": a voice
# after the quote speaks as it does before a verb of reported speech ("sources", "analysts").
_VOICE_SAID = re.compile(rf",?{S}*(?:{VOICE.pattern}){ADVERB}{S}+(?:{SPEECH_VERBS})\b")
_SAID_VOICE = re.compile(rf",?{S}*(?:{SPEECH_VERBS}){name_after_verb(VOICE.pattern, S)}")


# "A source close to the club said: “…”", "Two people familiar with the talks said, “…”".
_VOICE_BEFORE_QUOTE = re.compile(rf"(?:{VOICE.pattern}){ADVERB}{S}+(?:{SPEECH_VERBS})(?:{AUDIENCE})?{OCCASION}"
                                 rf"(?:,|{S}+that)?{S}*:?{S}*$")


# A piece of each voice's noun: substring tests rule out most windows before the pattern is searched.
_VOICE_STEMS = ("ource", "eople", "erson", "fficial", "nsider", "nalys", "xpert", "bserver")


def _voice_before(pre: str) -> re.Match | None:
    """The voice attributing a quote in the words ``pre`` before it ("Sources said: "), if any."""
    start = max(0, len(pre) - _VERB_BEFORE_REACH - 100)
    nouns = [found for found in (pre.find(stem, start) for stem in _VOICE_STEMS) if found >= 0]
    if not nouns:
        return None
    # A voice opens at most a number and a modifier before its noun: "two senior officials".
    return _VOICE_BEFORE_QUOTE.search(pre, max(start, min(nouns) - _VOICE_LEAD))


_VOICE_LEAD = 30


def _voice_after(text: str, close: int) -> str:
    """"sources" or "analysts" when a voice attributes the quote closing at ``close`` ("“…,”
    sources said", "“…,” said a person familiar with the matter"), else ``""``."""
    if not text.startswith(",", close - 1) and not text.startswith(",", close + 1):
        return ""
    end = line_end(text, close)
    voice = _VOICE_SAID.match(text, close + 1, end) or _SAID_VOICE.match(text, close + 1, end)
    return voice_name(voice) if voice else ""


# A headline or standfirst giving its speaker first: "Putin: ‘We will respond’", "Bank of England:
# ‘Rates will stay high’". The label is the whole of the line before the quote.
_HEADLINE_LABEL = re.compile(rf"(?P<name>{NAME})(?:{S}+\([^()\n]{{1,40}}\))?{S}*:{S}*")
_HEADLINE_LABEL_REACH = 80
# Page furniture a headline may open with ("Watch: …", "Explainer: …", "Key Points: …") and the parts
# of an interview or a caption ("Question:", "Reporter:", "Caption:"): the kind of item, not who speaks.
# NOT_NAMES holds more ("Update", "Analysis", "Opinion", "Breaking").
_KICKERS = frozenset(vocabulary("""
watch listen explainer explained exclusive factbox factfile fact check factcheck key points updates recap
revealed verdict timeline quiz podcast profile review preview obituary insight focus spotlight pictured
pictures picture gallery graphic graphics warning alert correction clarification transcript quote quotes
headline headlines highlights reaction reactions briefing digest roundup round-up wrap snapshot bulletin
dispatch essay letter view flashback newsletter lookahead teaser watchlist caption subject text translation
motto slogan message lesson question answer tip rule reporter moderator host interviewer narrator caller voice
""")) | {word for label in PAGE_FURNITURE for word in label.split()}


def _headline_speaker(context: DocumentContext, open_: int) -> str:
    """The speaker a line's label names when the line opens "<label>: <quote>": a body ("Bank of
    England", "Fed" → "Federal Reserve", "Police" → "police"), a titled person ("Prime Minister
    Jane Doe" → "Jane Doe") or a name ("Ana Ruiz"): capitalised words of two letters or more, none a
    word the text writes in lower case, a common word, a title alone, a place or page furniture
    ("Update", "Watch", "Gaza"). A one-word name speaks only where the text shows it is a person's
    (see :func:`_a_person_elsewhere`): alone, a capitalised word before a colon is as often a topic
    ("Brexit: ‘We will leave on time’", "Heatwave: ‘Stay indoors’")."""
    text = context.text
    start = text.rfind("\n", 0, open_) + 1
    label = _HEADLINE_LABEL.fullmatch(text, start, open_) if open_ - start <= _HEADLINE_LABEL_REACH else None
    if label is None:
        return ""
    name = label.group("name")
    if known_body(name) or institution(name) or common_head(name) or person_in(name):
        return canonical_speaker(name)
    lower = lower_words_of(text)
    words = name.split()
    if all(name_particle(word) or (len(word) > 1 and word.lower() not in _KICKERS and word.lower() not in ROLE_WORDS
                                   and classify(word, lower) == "N") for word in words):
        if len(words) == 1 and not _a_person_elsewhere(context, name, label.end()):
            return ""
        return canonical_speaker(name)
    return ""


def _a_person_elsewhere(context: DocumentContext, word: str, after: int) -> bool:
    """True when the text after ``after`` shows ``word`` is a person's name: it names the person in
    full or with a title ("Vladimir Putin", "President Trump"), or the name speaks ("Trump said",
    "said Ruiz", but not "said Brexit would happen", where the name opens what is said)."""
    from .people import mentions  # people imports this module

    if any(mention.start >= after and (mention.title or len(mention.name.split()) > 1)
           and word in mention.value.split() for mention in mentions(context.text, tuple(context.doc.boilerplate))):
        return True
    name = re.escape(word)
    return bool(re.search(rf"(?<![\w’'-]){name}{S}+{SPEECH_VERBS}\b"
                          rf"|\b{SPEECH_VERBS}{S}+{name}(?![\w’'-]|{S}+{_CLAUSE_VERB})", context.text[after:]))


#: The verb of a clause its subject opens: "said Brexit would happen".
_CLAUSE_VERB = r"(?:would|will|was|were|is|are|had|has|have|could|should|must|may|might|did|does|can)\b"



def _common_after(text: str, close: int) -> str:
    """The common-noun speaker of "“…,” the ministry said" or "“…,” said the ministry" after the
    closing mark at ``close``."""
    if not text.startswith(",", close - 1) and not text.startswith(",", close + 1):
        return ""  # "“…,” X said": the comma closes the quoted clause
    if _CONTRARY_AFTER.match(text, close + 1):
        return ""  # "“The deal is done,” but the ministry said otherwise": a reply, not an attribution
    end = line_end(text, close)
    inverted = _VERB_THEN_COMMON.match(text, close + 1, end)
    if inverted:
        common = common_subject(text, inverted.end("name"))
        return common[0] if common else ""
    verb = _VERB_AFTER_QUOTE.match(text, close + 1, end) or _VOICE_FOR_COMMON_SAID.match(text, close + 1, end)
    common = common_subject(text, verb.start("verb")) if verb else None
    return common[0] if common and common[1] > close else ""


#: A conjunction opening the words after a quote: what follows answers it, it does not attribute it.
_CONTRARY_AFTER = re.compile(rf",?{S}*(?:but|yet|while|whereas|although|though)\b")


def _common_before(pre: str) -> str:
    """The common-noun speaker of "The ministry said: “…”" in the words ``pre`` before the quote."""
    verb = _VERB_BEFORE_QUOTE.search(pre, max(0, len(pre) - _VERB_BEFORE_REACH))
    common = common_subject(pre, verb.start()) if verb else None
    return common[0] if common else ""


def _attribute(context: DocumentContext, quote: Quote, open_: int, close: int | None,
               closed: list[tuple[int, int]]) -> None:
    """Raw speaker, and fragment or title note, of a direct quote from the words around its marks."""
    text = context.text
    # The attribution stands in the words just before the quote: a bounded window keeps a line
    # of many quotes (a flattened table, a list of slogans) linear.
    pre_start = min(max(context.sentences.at(open_).start, open_ - _ATTRIBUTION_REACH), open_)
    pre = masked(text, pre_start, open_, closed)
    post = None
    if close is not None and not text[quote.start:close].rstrip().endswith("."):
        post = _POST.match(text, close + 1, line_end(text, close))
    if close is not None and not post:
        post = _POST_THE.match(text, close + 1, line_end(text, close))
        post = post if post and canonical_speaker(_post_name(post)) else None
    saids = list(SAID.finditer(pre))
    voice = "" if post or close is None else _voice_after(text, close)
    common = None if post or voice or close is None else _common_after(text, close)
    voice_before = None if post or voice or common else _voice_before(pre)
    if post:
        quote.speaker, quote.at = canonical_speaker(_post_name(post)), close
    elif voice:  # "“…,” a source close to the club said."
        quote.speaker, quote.at = voice, close
    elif common:  # "“…,” the ministry said."
        quote.speaker, quote.at = common, close
    elif voice_before and (not saids or voice_before.start() <= saids[-1].start()):
        # "A source close to the Kremlin said: “…”": the source speaks, not the body named in its phrase
        quote.speaker, quote.at = voice_name(voice_before), pre_start + voice_before.start()
    elif saids:
        quote.speaker, quote.at = canonical_speaker(saids[-1].group("name")), pre_start + saids[-1].start()
    elif _common_before(pre):  # "The ministry said: “…”"
        quote.speaker, quote.at = _common_before(pre), pre_start
    elif headline := _headline_speaker(context, open_):  # "Putin: ‘We will respond’"
        quote.speaker, quote.at = headline, text.rfind("\n", 0, open_) + 1
    elif not pre.strip():
        # "… and added:" closing the paragraph before.
        j = open_ - 1
        while j >= 0 and text[j].isspace():
            j -= 1
        if j >= 0 and text[j] == ":" and "\n" in text[j:open_]:
            para = text.rfind("\n", 0, j) + 1
            said = list(SAID.finditer(masked(text, para, j, closed)))
            if said:
                quote.speaker, quote.at = canonical_speaker(said[-1].group("name")), para
    split = _split_by(text, open_, closed) if not quote.speaker else None
    if split:  # "“Rates must rise,” said Tiff Macklem, “and soon.”": the attribution between serves both
        quote.speaker, quote.at = canonical_speaker(_post_name(split)), split.start()
    introduced = bool(post) or bool(split) or not pre.strip() or bool(_INTRODUCED.search(pre))
    words = text[quote.start:quote.end].split()
    if introduced or len(words) > 8:
        return
    if all(w[:1].isupper() or w.lower() in _FUNCTION for w in words if _LETTER.search(w)):
        quote.note = "drop"  # a title or a name in marks, not speech
    elif len(words) <= 6 and sum(w.lower().strip(".,;:!?") not in _FUNCTION for w in words) <= 3:
        quote.note = "fragment"
