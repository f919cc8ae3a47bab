"""Reading personal names: the words around them and their canonical form.

Shared by the ``person`` and ``attendees`` extractors. A name is read as a run of
capitalised tokens; the vocabularies below tell which of those tokens are titles
("President", "Aide"), which are ordinary words a sentence or headline
capitalises ("The", "Looking", "Holds") and which head the name of a thing rather
than a person ("Festival", "War", "Hall"). General English, not tied to a corpus.

Canonical names are resolved **within one document**: a short mention ("Xi",
"President Putin") takes the longest full form of the same document that holds
its tokens in order ("Xi Jinping"); several different full forms ("Wang Yi",
"Wang Yiwei") are told apart by the nearest full mention before it. Matching
names across documents is left to the corpus-wide pass.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from weakref import WeakKeyDictionary

from ._context import TITLE_WORDS, speaker_of


def words(text: str) -> set[str]:
    """The set of white-space separated words of ``text`` (for vocabularies)."""
    return set(text.split())


#: Titles that make the capitalised words after them a person's name.
CORE_TITLES = {
    "president", "presidential", "vice", "premier", "minister", "secretary", "aide", "comrade",
    "mr", "mrs", "ms", "dr", "prof", "professor", "chancellor", "king", "queen", "prince", "princess",
    "spokesperson", "spokesman", "spokeswoman", "ambassador", "envoy", "director", "chairman",
    "chairwoman", "chair", "senator", "sen", "governor", "gov", "mayor", "general", "gen", "admiral",
    "colonel", "col", "commissioner", "councillor", "councilor", "pope", "sheikh", "emir", "sultan",
    "sir", "dame", "lord", "judge", "justice", "rep", "representative", "adviser", "advisor",
    "counsellor", "counselor", "consul", "deputy", "chief", "head", "leader", "member", "rev",
    "secretary-general", "director-general", "vice-president", "vice-premier", "ceo",
}
_PLURALS = {"presidents", "ministers", "secretaries", "aides", "comrades", "premiers", "ambassadors",
            "envoys", "directors", "senators", "leaders", "messrs"}
#: Every word that may stand in a title before a name.
TITLE_TOKENS = TITLE_WORDS | CORE_TITLES | _PLURALS | {"foreign", "prime", "state", "defence", "defense",
                                                       "executive", "officer", "cfo", "coo", "founder"}

# Capitalised words that are not names: function words and sentence openers, calendar
# words, generic adjectives of proper nouns, and verbs of Title Case headlines.
NOT_NAMES = words("""
the a an in on at as it its he she they we i you this that these those both during after before
following while when where which who whom whose what why how if so but and or nor for of to from by
with without into onto over under amid among against about above below across through since until
there here then thus also still yet just only even our their his her my your meanwhile however
overall according furthermore moreover besides instead indeed despite although though because
later earlier now soon afterwards afterward finally next last again already recently currently
previously initially eventually ultimately otherwise therefore hence nevertheless nonetheless perhaps
maybe certainly clearly notably similarly likewise additionally separately together elsewhere once
twice every each all some many most several few other another such no not yes either neither whether
unless upon within beyond toward towards per via like unlike near around behind between along
including regarding concerning given asked
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec
today tomorrow yesterday looking noting highlighting pointing reviewing referring reflecting
speaking asked asking turning citing calling saying adding stressing recalling welcoming responding
new old great grand global world international national central federal royal supreme joint
strategic economic political cultural historic historical official special first second third
further general happy dear my friends thank thanks please ladies gentlemen mister
has have had holds hold held meets meet met speaks speak spoke says say said talks calls call
urges urge vows vow signs sign visits visit hails welcomes receives sends stresses agree agrees
discuss discusses warns is are was were be will would can could should must may might to seeks
commit commits join joins pushes push underscore underscores highlight highlights focuses
officials analysts experts sources observers critics diplomats leaders reports data figures
statistics authorities residents witnesses sides parties countries nations people
document date time source photo photos image video audio comments comment reply share home news search
menu login subscribe related author editor updated published posted read more top stories story latest
breaking live opinion business sports politics culture technology science health travel lifestyle
entertainment economy markets market finance money media press release contact privacy terms cookies
advertise careers help page previous back view original content copyright rights reserved categories
category tags tag archive edition print email follow click show website link download file title
summary introduction conclusion background analysis commentary feature interview editorial column
letters note update table chart map list section article post blog
""")

#: Head nouns of named things (events, buildings, documents, periods): "Spring Festival",
#: "Great Hall", "World War", "Five-Year Plan" are not people.
THING_HEADS = words("""
festival festivals war wars day days parade year years week month era age dynasty empire revolution
hall palace house square street road avenue bridge airport station centre center museum
stadium tower gate summit meeting meetings forum conference congress games olympics cup expo
treaty agreement accord convention charter act law constitution declaration initiative plan policy
principle strategy doctrine programme program project corridor zone question issue crisis
cooperation partnership majority coalition horse dragon spring autumn winter summer calendar
award prize index report bill resolution memorandum communique statement
""")

#: Lower-case words that may sit inside a name ("Ursula von der Leyen").
PARTICLES = {"de", "da", "di", "du", "van", "von", "der", "den", "bin", "ibn", "al", "el", "la", "le",
             "dos", "das", "del"}

_POSSESSIVE = re.compile(r"['’]s?$")
_INITIAL = re.compile(r"^[A-Z]\.$")


def bare(token: str) -> str:
    """A token without parentheses, possessive ending or trailing full stop.

    >>> bare("(Sergei)"), bare("Xi’s"), bare("Putin.")
    ('Sergei', 'Xi', 'Putin')
    """
    token = token.strip("()")
    token = _POSSESSIVE.sub("", token) if len(token) > 2 else token
    return token[:-1] if token.endswith(".") and not _INITIAL.match(token) and "." not in token[:-1] else token


def canonical_name(tokens: list[str]) -> str:
    """A name as a string of bare tokens with middle initials dropped.

    >>> canonical_name(["Donald", "J.", "Trump"]), canonical_name(["(Sergei)", "Shoigu’s"])
    ('Donald Trump', 'Sergei Shoigu')
    """
    words = [bare(t) for t in tokens]
    kept = [w for i, w in enumerate(words)
            if not (_INITIAL.match(w) and 0 < i < len(words) - 1 and not _INITIAL.match(words[0]))]
    return " ".join(kept)


def _within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """True when the words of ``short`` occur in ``long`` in the same order."""
    words = iter(long)
    return all(word in words for word in short)


def resolve(mentions: list[tuple[int, str]]) -> list[str]:
    """Canonical names of ``(offset, name)`` mentions of one document, in input order.

    A name resolves to the longest full form (two or more words) of the document holding
    its words in order; between several unrelated full forms the nearest one mentioned
    before it wins, else the nearest after it.

    >>> resolve([(0, "Wang Yi"), (10, "Wang Yiwei"), (20, "Wang"), (30, "Xi"), (40, "Xi Jinping")])
    ['Wang Yi', 'Wang Yiwei', 'Wang Yiwei', 'Xi Jinping', 'Xi Jinping']
    """
    where: dict[tuple[str, ...], list[int]] = {}  # each full form → offsets where it is written
    for offset, name in mentions:
        if len(name.split()) >= 2:
            where.setdefault(tuple(name.split()), []).append(offset)
    maximal_for: dict[str, list[tuple[str, ...]]] = {}
    result = []
    for offset, name in mentions:
        if name not in maximal_for:
            words = tuple(name.split())
            candidates = [form for form in where if _within(words, form)]
            maximal_for[name] = [form for form in candidates
                                 if not any(other != form and _within(form, other) for other in candidates)]
        maximal = maximal_for[name]
        if len(maximal) <= 1:
            result.append(" ".join(maximal[0]) if maximal else name)
            continue
        # Several full forms: the one written last before this mention, else the next one after.
        before = [(where[f][bisect_right(where[f], offset) - 1], f) for f in maximal
                  if bisect_right(where[f], offset)]
        after = [(where[f][bisect_right(where[f], offset)], f) for f in maximal
                 if bisect_right(where[f], offset) < len(where[f])]
        result.append(" ".join(max(before)[1] if before else min(after)[1]))
    return result


class SpanSet:
    """Non-overlapping ``(start, end, …)`` spans answering containment in O(log n)."""

    def __init__(self, spans):
        self.spans = sorted((s[0], s[1]) for s in spans)
        self.starts = [s for s, _ in self.spans]

    def _last_before(self, offset: int) -> tuple[int, int] | None:
        index = bisect_right(self.starts, offset) - 1
        return self.spans[index] if index >= 0 else None

    def covers(self, start: int, end: int) -> bool:
        """True when one span holds all of ``[start, end)``."""
        span = self._last_before(start)
        return span is not None and span[1] >= end

    def covering(self, items) -> list[bool]:
        """For each ``(start, end, …)`` of ``items`` (sorted by start), whether one span holds it."""
        result, index, spans = [], 0, [*self.spans, (float("inf"), float("inf"))]
        span_start, span_end = spans[0]
        for item in items:
            while span_end <= item[0]:
                index += 1
                span_start, span_end = spans[index]
            result.append(span_start <= item[0] and item[1] <= span_end)
        return result

    def overlaps(self, start: int, end: int) -> bool:
        """True when a span shares a character with ``[start, end)``."""
        span = self._last_before(end - 1)
        return span is not None and span[1] > start


# --- capitalised runs, shared by the entity extractors ---------------------------------------

_HSP = r"[^\S\r\n]+"
#: A capitalised word, a parenthesised one ("(Sergei)", "(CPC)"), or a capitals acronym. The
#: pattern starts with a character class so the regex engine can skip ahead quickly; the
#: word boundary before it and the parentheses are checked in :func:`capital_tokens`.
CAPITAL_TOKEN = re.compile(r"[(A-Z\u00C0-\u00DE][\w'’.&)-]*")
_PAREN_WORD = re.compile(r"\([A-Z][\w'’&-]*\)")
_CONNECTOR = re.compile(rf"{_HSP}(?:(?:of|the|and|for|on|de){_HSP})*|,{_HSP}(?=D\.C\.)")
_TAIL = re.compile(r"(?:['’]s?|\.)$")


@lru_cache(maxsize=64)
def capital_tokens(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets of every capitalised token of ``text`` (one pass)."""
    tokens = []
    for match in CAPITAL_TOKEN.finditer(text):
        start, end = match.span()
        before = text[start - 1:start]
        if before and (before.isalnum() or before in "_'’.–-"):
            continue
        if text[start] == "(" and not _PAREN_WORD.match(text, start, end):
            start += 1
            if start == end or not text[start].isupper():
                continue
        if text[start] != "(":
            cut = text.find(")", start, end)
            end = cut if cut >= 0 else end
        tokens.append((start, end))
    return tuple(tokens)


@lru_cache(maxsize=64)
def capital_runs(text: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Runs of capitalised tokens joined by spaces or "of", "the", "and", "for", "on":
    "People’s Republic of China" is one run of three tokens."""
    runs: list[tuple[tuple[int, int], ...]] = []
    current: list[tuple[int, int]] = []
    for token in capital_tokens(text):
        if current and not _CONNECTOR.fullmatch(text, current[-1][1], token[0]):
            runs.append(tuple(current))
            current = []
        current.append(token)
    if current:
        runs.append(tuple(current))
    return tuple(runs)


def first_words(names) -> dict[str, int]:
    """First word of each name → the most words a name starting with it has (for
    :func:`longest_names`)."""
    found: dict[str, int] = {}
    for name in names:
        words = name.replace("’", "'").replace(",", " ").split()
        size = len([w for w in words if w not in _CONNECTORS])
        for first in (words[0], _TAIL.sub("", words[0])):  # tokens are looked up as "U.S", "People"
            found[first] = max(found.get(first, 0), size)
    return found


_CONNECTORS = {"of", "the", "and", "for", "on", "de"}


@lru_cache(maxsize=64)
def _token_keys(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """For each capitalised token: its word as looked up (parentheses, possessive, final full
    stop and curly apostrophe removed), and the index just past the end of its run."""
    keys = tuple(_key(text[s:e]) for s, e in capital_tokens(text))
    run_end: list[int] = []
    for run in capital_runs(text):
        run_end += [len(run_end) + len(run)] * len(run)
    return keys, tuple(run_end)


def _key(word: str) -> str:
    """"(Kremlin)" → "Kremlin", "China’s" → "China", "Russia." → "Russia" (string operations: fast)."""
    word = word.strip("()").replace("’", "'")
    if word.endswith("'s"):
        return word[:-2]
    return word[:-1] if word.endswith(("'", ".")) else word


def longest_names(text: str, lookup, starts: dict[str, int]) -> list[tuple[int, int, str]]:
    """``(start, end, value)`` of the longest word sequences of the capitalised runs that
    ``lookup(phrase)`` knows (returns a value, else None). ``starts`` (from
    :func:`first_words`) says which words may begin a name and how many words it may
    have; a final possessive or full stop ("China’s", "Russia.") is left out of the span."""
    tokens = capital_tokens(text)
    keys, run_end = _token_keys(text)
    found = []
    next_free = 0
    for index in [i for i, key in enumerate(keys) if key in starts]:
        if index < next_free:
            continue
        start, end = tokens[index]
        if text[start] == "(" and end - start > 2:  # "(Kremlin)": the word inside
            start, end = start + 1, end - 1
        for last in range(min(run_end[index], index + starts[keys[index]]) - 1, index - 1, -1):
            stop = end if last == index else tokens[last][1]
            value = lookup(text[start:stop])
            if not value:
                tail = _TAIL.search(text, start, stop)
                stop = tail.start() if tail else stop
                value = lookup(text[start:stop]) if tail else None
            if value:
                found.append((start, stop, value))
                next_free = last + 1
                break
    return found


def sentence_speakers(context):
    """A function giving the speaker at an offset, computed once per sentence and shared by
    the entity extractors of one document: entity facts are many, and a sentence's
    attribution is the same for all of them."""
    cache = _SPEAKERS.setdefault(context, {})

    def speaker(offset: int) -> str:
        sentence = context.sentences.at(offset)
        if sentence.start not in cache:
            cache[sentence.start] = speaker_of(context, sentence, offset)
        return cache[sentence.start]
    return speaker


_SPEAKERS: WeakKeyDictionary = WeakKeyDictionary()
