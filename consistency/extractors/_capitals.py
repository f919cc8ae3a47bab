"""Capitalised words of a text, and looking names up among them (shared by the entity extractors).

A text's capitalised tokens ("People’s", "(Sergei)", "U.S.-Iran"), their runs ("People’s
Republic of China" is one run of three tokens) and hyphenated compounds are computed once
per text and cached, so the person, organisation and place extractors of one document share
them. :func:`longest_names` and :func:`compound_names` look a list of names (a gazetteer, an
alias table) up among them with dictionary lookups: no large alternation is scanned.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import chain, compress, pairwise, repeat


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

    def covered(self, items) -> list[int]:
        """The indexes of the ``(start, end, …)`` ``items`` (sorted by start) that one span holds,
        found span by span (spans are far fewer than items)."""
        found: list[int] = []
        for start, end in self.spans:
            index = bisect_left(items, (start,), lo=found[-1] + 1 if found else 0)  # each item once
            while index < len(items) and items[index][1] <= end:
                found.append(index)
                index += 1
        return found

    def overlaps(self, start: int, end: int) -> bool:
        """True when a span shares a character with ``[start, end)``."""
        span = self._last_before(end - 1)
        return span is not None and span[1] > start


_HSP = r"[^\S\r\n]+"
# "&" joins the words of a firm's or a body's name ("Food & Drug Administration", "Marks & Spencer").
_CONNECTOR = re.compile(rf"{_HSP}(?:(?:of|the|and|for|on|de|&){_HSP})*|,{_HSP}(?=D\.C\.)")
_TAIL = re.compile(r"(?:['’]s?|\.)$")
# "Anti-NATO", "Pro-EU" (capitalised as a sentence opens): a stance, not the parties of a compound.
_PREFIXES = {"anti", "pro", "non", "post", "pre", "ex", "neo", "pan", "one", "all", "mid", "trans", "inter",
             "sub", "super", "ultra", "semi", "pseudo", "quasi", "counter", "multi", "cross", "sino", "euro"}
_EN_DASH_TAIL = re.compile(r"(?:–[A-Z\u00C0-\u00DE][\w'’.&]*)+")


# A capitalised word (not one continuing a word: no letter, digit, "_", apostrophe, full stop or
# dash just before it), and a bracketed word ("(Kremlin)", an editor's "[Economic]") that is one
# token with its brackets. Each pattern opens with a character class, so the engine skips ahead
# fast; the test of the character before is a look-behind placed after that class for the same
# reason. A word after an opening bracket that does not close ("(Sergei Shoigu)") is a plain word.
_WORD_TOKEN = re.compile(r"[A-Z\u00C0-\u00DE](?<![\w'’.–-].)[\w'’.&-]*")
# The same without "×" (U+00D7), which the class holds as a capital: a class of three ranges is
# tested as a bitmap, a fifth faster than two ranges. Used on texts without that sign.
_WORD_TOKEN_NO_TIMES = re.compile(r"[A-Z\u00C0-\u00D6\u00D8-\u00DE](?<![\w'’.–-].)[\w'’.&-]*")
_BRACKETED_TOKEN = re.compile(r"[(\[](?<![\w'’.–-].)(?:(?<=\()[A-Z][\w'’&-]*\)|(?<=\[)[A-Z][\w'’&-]*\])")


@lru_cache(maxsize=64)
def capital_tokens(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets of every capitalised token of ``text`` (one pass).

    >>> text = "(Kremlin). Comrade (Sergei Shoigu) met U.S. envoys and [Economic] McDonald iPhone"
    >>> [text[s:e] for s, e in capital_tokens(text)]
    ['(Kremlin)', 'Comrade', 'Sergei', 'Shoigu', 'U.S.', '[Economic]', 'McDonald']
    """
    scanner = _WORD_TOKEN if "\u00d7" in text else _WORD_TOKEN_NO_TIMES
    spans = list(map(re.Match.span, scanner.finditer(text)))
    # A bracketed token opens at a bracket and holds none after it, so matches never overlap: the
    # pattern is tried at each bracket, found by ``str.find`` (a scan for a class of two
    # characters costs the engine a test at every character).
    brackets = map(_BRACKETED_TOKEN.match, repeat(text), _offsets(text, "(["))
    for match in filter(None, brackets):  # the word inside becomes the bracketed token
        index = bisect_left(spans, (match.start() + 1,))
        if index < len(spans) and spans[index][0] == match.start() + 1:
            spans[index] = match.span()
    return tuple(spans)


#: The most characters between two tokens of one run ("People’s Republic of the China" has five);
#: a longer gap is never read, which keeps the per-gap work to the few short gaps.
LONGEST_GAP = 48


@lru_cache(maxsize=64)
def token_gaps(text: str) -> tuple[str, ...]:
    """The text between each capitalised token and the next one (one fewer than the tokens); a
    gap longer than :data:`LONGEST_GAP` is given as a line break, which joins nothing."""
    tokens = capital_tokens(text)
    return tuple(text[a_end:b_start] if b_start - a_end <= LONGEST_GAP else "\n"
                 for (_, a_end), (b_start, _) in pairwise(tokens))


def joined_by(text: str, joins) -> list[bool]:
    """For each token but the first, whether ``joins(gap)`` (a predicate on the text between it
    and the token before) holds; each distinct gap is judged once."""
    gaps = token_gaps(text)
    verdict = {gap: bool(joins(gap)) for gap in set(gaps)}
    return list(map(verdict.__getitem__, gaps))


def _connects(gap: str) -> bool:
    return gap == " " or _CONNECTOR.fullmatch(gap) is not None


@lru_cache(maxsize=64)
def capital_runs(text: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """Runs of capitalised tokens joined by spaces or "of", "the", "and", "for", "on", "&":
    "People’s Republic of China" is one run of three tokens.

    >>> text = "The People’s Republic of China and Russia met. Later Xi spoke"
    >>> [[text[s:e] for s, e in run] for run in capital_runs(text)]
    [['The', 'People’s', 'Republic', 'China', 'Russia'], ['Later', 'Xi']]
    """
    tokens = capital_tokens(text)
    if not tokens:
        return ()
    return tuple(tokens[low:high] for low, high in pairwise(_run_bounds(text)))


def _run_bounds(text: str) -> list[int]:
    """The index of each run's first token, then the number of tokens (C loops over the tokens)."""
    joined = joined_by(text, _connects)
    return [0, *compress(range(1, len(joined) + 1), map(operator.not_, joined)), len(capital_tokens(text))]


@lru_cache(maxsize=64)
def compounds(text: str) -> tuple[tuple[tuple[int, int], ...], ...]:
    """The parts of each compound of words joined by hyphens or en dashes that starts with a
    capitalised word: "China-Russia" → ("China", "Russia"), "U.S.-Iran", "UN-centred",
    "Xi–Trump". A compound after a prefix ("one-China", "pro-EU", "Anti-NATO" opening a
    sentence) is not read: it names a stance or a policy, not parties."""
    tokens = capital_tokens(text)
    starts = [start for start, _ in tokens]
    found, last = [], -1
    for at in _joiners(text):  # few: look up the token holding each
        index = bisect_right(starts, at) - 1
        start, end = tokens[index] if index > last else (0, -1)
        if not start < at <= end or text[start] in "([" or not text[at + 1:at + 2].isalnum():
            continue
        last = index
        tail = _EN_DASH_TAIL.match(text, end) if text[end:end + 1] == "–" else None
        parts, offset = [], start
        for piece in re.split("[-–]", text[start:tail.end() if tail else end]):
            if piece:
                parts.append((offset, offset + len(piece)))
            offset += len(piece) + 1
        if len(parts) > 1 and text[start:parts[0][1]].lower() not in _PREFIXES:
            found.append(tuple(parts))
    return tuple(found)


def _joiners(text: str) -> list[int]:
    """Offsets of every hyphen and en dash."""
    return _offsets(text, "-–")


def _offsets(text: str, characters: str) -> list[int]:
    """Offsets of every one of ``characters`` in ``text``, in order (``str.find`` runs at memory
    speed; a regex class does not)."""
    found = []
    for character in characters:
        at = text.find(character)
        while at >= 0:
            found.append(at)
            at = text.find(character, at + 1)
    return sorted(found)


class NameIndex:
    """The first and last words of a list of names, for :func:`longest_names`: which tokens
    may begin a name and how many words it may have, and which may end one (so most
    phrases are rejected before any lookup)."""

    def __init__(self, names):
        self.starts: dict[str, int] = {}
        self.ends: set[str] = set()
        for name in names:
            words = name.replace("’", "'").replace(",", " ").split()
            size = len([w for w in words if w not in _CONNECTORS])
            for first in (words[0], _TAIL.sub("", words[0])):  # tokens are looked up as "U.S", "People"
                self.starts[first] = max(self.starts.get(first, 0), size)
            self.ends.update((words[-1], _TAIL.sub("", words[-1]), _key(words[-1])))


_CONNECTORS = {"of", "the", "and", "for", "on", "de", "&"}


@lru_cache(maxsize=64)
def token_words(text: str) -> tuple[str, ...]:
    """Each capitalised token's text as written ("(Sergei)", "China’s"), sliced once per text."""
    return tuple([text[start:end] for start, end in capital_tokens(text)])


@lru_cache(maxsize=64)
def token_keys(text: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """For each capitalised token: its word as looked up (brackets, possessive, final full
    stop and curly apostrophe removed), and the index just past the end of its run."""
    words = token_words(text)
    keys = tuple(map({word: _key(word) for word in set(words)}.__getitem__, words))
    bounds = _run_bounds(text)
    run_end = chain.from_iterable(map(repeat, bounds[1:], map(operator.sub, bounds[1:], bounds)))
    return keys, tuple(run_end)


@lru_cache(maxsize=1 << 14)
def ends_sentence(token: str) -> bool:
    """A token ending in a full stop that is not an initial or an abbreviation ("Tao.", not "U.S.").

    >>> ends_sentence("Tao."), ends_sentence("U.S."), ends_sentence("J.")
    (True, False, False)
    """
    return token[-1] == "." and len(token) > 2 and "." not in token[:-1]


def _key(word: str) -> str:
    """"(Kremlin)" → "Kremlin", "China’s" → "China", "Russia." → "Russia" (string operations: fast)."""
    word = word.strip("()[]").replace("’", "'")
    if word.endswith("'s"):
        return word[:-2]
    return word[:-1] if word.endswith(("'", ".")) else word


def lookup_span(text: str, start: int, stop: int, lookup) -> tuple[int, int, str] | None:
    """``(start, stop, value)`` when ``lookup`` knows ``text[start:stop]``, or the same text
    without a final possessive or full stop ("China’s", "Russia."); else None."""
    known = _lookup_phrase(text[start:stop], lookup)
    return (start, start + known[0], known[1]) if known else None


def _lookup_phrase(phrase: str, lookup) -> tuple[int, str] | None:
    """``(length, value)`` of the longest of ``phrase`` and ``phrase`` without its final
    possessive or full stop that ``lookup`` knows; else None (see :func:`lookup_span`)."""
    for _ in range(3):  # "Russia", "Russia’s", "Russia’s."
        value = lookup(phrase)
        if value:
            return len(phrase), value
        tail = _TAIL.search(phrase) if phrase[-1] in "'’s." else None
        if not tail or tail.start() == 0:
            return None
        phrase = phrase[:tail.start()]
    return None


def longest_names(text: str, lookup, index: NameIndex) -> list[tuple[int, int, str]]:
    """``(start, end, value)`` of the longest word sequences of the capitalised runs that
    ``lookup(phrase)`` knows (returns a value, else None). ``index`` says which words may
    begin and end a name and how many words it may have; a final possessive or full stop
    ("China’s", "Russia.") is left out of the span."""
    tokens = capital_tokens(text)
    keys, run_end = token_keys(text)
    starts, ends = index.starts, index.ends
    found = []
    # A document repeats its names ("China" forty times): each phrase is looked up once. What a
    # phrase reads depends on its characters alone, so the answer holds wherever it recurs.
    known: dict[str, tuple[int, str] | None] = {}
    next_free = 0
    for first in compress(range(len(keys)), map(starts.__contains__, keys)):  # a C loop over the tokens
        if first < next_free:
            continue
        start, end = tokens[first]
        if text[start] in "([" and end - start > 2:  # "(Kremlin)": the word inside
            start, end = start + 1, end - 1
        for last in range(min(run_end[first], first + starts[keys[first]]) - 1, first - 1, -1):
            if keys[last] not in ends:
                continue
            phrase = text[start:end if last == first else tokens[last][1]]
            hit = known.get(phrase, _UNKNOWN)
            if hit is _UNKNOWN:
                hit = known[phrase] = _lookup_phrase(phrase, lookup)
            if hit:
                found.append((start, start + hit[0], hit[1]))
                next_free = last + 1
                break
    return found


_UNKNOWN = object()  # a phrase not yet looked up (None is a lookup's answer)


def compound_names(text: str, lookup, taken=()) -> list[tuple[int, int, str]]:
    """``(start, end, value)`` of the parts of :func:`compounds` that ``lookup`` knows, outside
    the ``taken`` spans (names read whole, such as "Asia-Pacific" or "Guinea-Bissau")."""
    taken = SpanSet(taken)
    return [hit for parts in compounds(text) for start, end in parts
            if not taken.overlaps(start, end) and (hit := lookup_span(text, start, end, lookup))]
