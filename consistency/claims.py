"""Claims: sentences across accounts that state the same thing, and how they differ.

Two sentences from different accounts are aligned when, with numbers, dates and
names masked, they share most of their content words (rapidfuzz's
``token_set_ratio`` at or above ``Settings.claim_similarity``, and at least
``MIN_SHARED`` shared content words covering ``MIN_COVERAGE`` of the shorter
sentence). Each sentence keeps only its best partner per account pair, and
aligned pairs join into claims.

Inside an aligned pair, a word-level diff of the original wording finds what
changed while the rest stays anchored on both sides:

* ``qualifier`` — words added or dropped inside a phrase ("the most important
  issue" / "the most important and sensitive issue");
* ``name`` — a capitalised name swapped for another ("New Year greetings" /
  "Spring Festival greetings");
* ``negation`` — "not", "never", "no" present on one side only.

Changed numbers and dates are the fact rules' business and are not reported here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel
from rapidfuzz.process import cpdist

from .gazetteer import is_place
from .origins import SECTION_HEADER
from .schema import Document
from .settings import DEFAULT_SETTINGS, Settings
from .text import Sentence, sentences

MIN_SHARED = 6
MIN_COVERAGE = 0.55
MIN_WORDS = 8
SPELLING_VARIANT = 85  # rapidfuzz ratio above which two words are one word spelt two ways

# Words whose addition or removal changes what a sentence claims, beyond rewording:
# hedges, intensifiers and restrictors. Ordinary adjectives ("shared", "mutual") are
# rewording and are left alone; a coordinated addition ("and sensitive") always counts.
HEDGES = {"only", "nearly", "almost", "potential", "possible", "possibly", "alleged", "allegedly",
          "reportedly", "apparently", "most", "least", "very", "highly", "extremely", "fully",
          "partially", "partly", "always", "all", "sole", "solely", "first", "last", "never",
          "largely", "mostly", "slightly", "significantly", "considerably", "unprecedented"}

# Abbreviations keep their dots ("U.N.", "China-U.S."); other punctuation is a token.
_TOKEN = re.compile(r"\w+(?:[’'.-]\w+)*(?:(?<=\.\w)\.)?|[^\w\s]")
_NUMBER = re.compile(r"^\d[\d,.:]*$")
_CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
             "saturday", "sunday", "today", "tomorrow", "yesterday", "feb", "jan"}
_NEGATIONS = {"not", "never", "no", "neither", "nor", "without", "n't", "cannot"}
FUNCTION_WORDS = {
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
    "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "has", "have", "had",
    "it", "its", "their", "his", "her", "our", "we", "they", "he", "she", "which", "who", "also",
    "said", "says", "noted", "added", "will", "would", "should", "can", "could", "both", "two", ",",
    ".", ";", ":", "’s", "'s", "“", "”", '"', "-", "–", "—", "(", ")", "such", "than", "into", "over",
}


@dataclass
class ClaimSentence:
    """One sentence of one account."""

    doc_id: str
    source: str
    origin: str
    start: int
    end: int
    text: str
    tokens: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    masked: str = ""
    content: frozenset = frozenset()
    #: ``tokens`` as :func:`changes` compares them (lower case, no dots), made once per sentence.
    comparable: list[str] = field(default_factory=list)

    @property
    def account(self) -> tuple[str, str]:
        return self.doc_id, self.origin


@dataclass
class Change:
    """One difference inside an aligned pair of sentences.

    ``left_tokens``/``right_tokens`` are token index ranges into each sentence.
    """

    kind: str  # qualifier, name, negation
    left: str
    right: str
    left_tokens: tuple[int, int] = (0, 0)
    right_tokens: tuple[int, int] = (0, 0)


@dataclass
class ClaimPair:
    """Two aligned sentences, their similarity and what changed between them."""

    a: ClaimSentence
    b: ClaimSentence
    similarity: float
    changes: list[Change]


def tokenize(text: str) -> list[str]:
    """Word and punctuation tokens, non-breaking spaces as spaces.

    >>> tokenize("Xi’s call on U.N. reform, on Feb. 4.")
    ["Xi's", 'call', 'on', 'U.N.', 'reform', ',', 'on', 'Feb', '.', '4', '.']
    """
    return [token for token, _, _ in token_spans(text)]


def token_spans(text: str) -> list[tuple[str, int, int]]:
    """Tokens with their offsets in ``text``; apostrophes and spaces normalised in the token."""
    normal = text.replace("\u00a0", " ").replace("’", "'")  # same length: offsets still hold
    return [(match.group(), match.start(), match.end()) for match in _TOKEN.finditer(normal)]


def figures(sentence: ClaimSentence) -> tuple[str, ...]:
    """The numbers and calendar words of a sentence, in order: what aligning sentences masks.

    >>> figures(ClaimSentence("a", "a", "narration", 0, 0, "", tokenize("The storm killed 40 people on Sunday.")))
    ('40', 'sunday')
    """
    return tuple(token.lower().rstrip(".") for token in sentence.tokens
                 if _NUMBER.match(token) or token.lower().rstrip(".") in _CALENDAR)


def _mask(tokens: list[str], first: int = 0) -> list[str]:
    masked = []
    for index, token in enumerate(tokens):
        lower = token.lower()
        if _NUMBER.match(token) or lower.rstrip(".") in _CALENDAR:
            masked.append("#")
        elif token[:1].isupper() and index > first:
            masked.append("@")
        else:
            masked.append(lower)
    return masked


def claim_sentences(docs: list[Document], min_words: int = MIN_WORDS) -> list[ClaimSentence]:
    """Every sentence of the usable documents outside boilerplate and metadata, with at
    least ``min_words`` words; headings are skipped and a section header's lead
    ("March 3 (Palace) – ") is not part of the sentence. The sentences are read once per
    document and shared by every caller: treat them as read-only."""
    return [sentence for doc in docs if doc.usable
            for sentence, words in doc.derived("claim sentences", _document_sentences) if words >= min_words]


def _document_sentences(doc: Document) -> list[tuple[ClaimSentence, int]]:
    """Each claim sentence of ``doc`` that is no heading, with its count of words."""
    found = []
    for sentence in sentences(doc.text):
        if doc.is_boilerplate(sentence.start, sentence.end) or doc.is_metadata(sentence.start, sentence.end):
            continue
        header = SECTION_HEADER.match(doc.text, sentence.start)
        start = header.end() if header and header.end() < sentence.end else sentence.start
        sentence = Sentence(start, sentence.end, sentence.paragraph)
        text = doc.text[sentence.start:sentence.end]
        spans = token_spans(text)
        tokens = [token for token, _, _ in spans]
        words = sum(t.isalpha() for t in tokens)
        if not tokens or _is_heading(tokens):
            continue
        plain = _mask(tokens)
        masked = [t for i, t in enumerate(plain) if not (t == "@" and i and plain[i - 1] == "@")]
        content = frozenset(t.lower() for t in tokens if t.lower() not in FUNCTION_WORDS and t.isalpha())
        found.append((ClaimSentence(doc.doc_id, doc.source, doc.origin_at(sentence.start), sentence.start,
                                    sentence.end, text, tokens,
                                    [(sentence.start + a, sentence.start + b) for _, a, b in spans],
                                    " ".join(masked), content, _comparable(tokens)), words))
    return found


def _is_heading(tokens: list[str]) -> bool:
    """A title line: no closing punctuation and mostly capitalised words."""
    words = [t for t in tokens if t.isalpha()]
    capitalised = sum(t[:1].isupper() for t in words)
    return tokens[-1] not in (".", "!", "?", "”", '"') and capitalised >= 0.6 * len(words)


def align_claims(docs: list[Document], settings: Settings = DEFAULT_SETTINGS) -> list[ClaimPair]:
    """Aligned sentence pairs across accounts, each with its changes.

    Within each pair of accounts, a sentence pairs with its best-scoring partner when that
    partner's best is the sentence in turn (ties go to the earlier sentence). The pairs come
    by pair of accounts (in sorted order), then in the left account's reading order.
    """
    items = claim_sentences(docs)
    rank = {account: index for index, account in enumerate(sorted({item.account for item in items}))}
    ordered = sorted(items, key=lambda item: rank[item.account])  # stable: reading order kept per account
    account = np.array([rank[item.account] for item in ordered], dtype=np.int64)
    left, right = _candidates(ordered, account)
    cutoff = settings.claim_similarity
    # One C++ call scores every candidate. The cutoff is applied here, on the exact scores:
    # cpdist's own drops some scores equal to a decimal cutoff, and refuses one outside 0-100.
    exact = cpdist([ordered[i].masked for i in left.tolist()], [ordered[j].masked for j in right.tolist()],
                   scorer=fuzz.token_set_ratio, dtype=np.float64)
    kept = exact >= cutoff
    left, right, scores = left[kept], right[kept], exact[kept].astype(np.float32)  # picked in float32
    mutual = (_best(left, account[right], right, scores) & _best(right, account[left], left, scores))
    order = np.lexsort((left[mutual], account[right[mutual]], account[left[mutual]]))
    pairs = []
    for i, j, score in zip(left[mutual][order].tolist(), right[mutual][order].tolist(),
                           scores[mutual][order], strict=True):
        a, b = ordered[i], ordered[j]
        pairs.append(ClaimPair(a, b, float(score), _changes(a.tokens, b.tokens, a.comparable, b.comparable)))
    return pairs


def _candidates(ordered: list[ClaimSentence], account: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The pairs of sentences of two accounts (left in the earlier account) that share at
    least ``MIN_SHARED`` content words covering ``MIN_COVERAGE`` of the smaller sentence:
    only these are scored. Shared words are counted from each word's list of sentences,
    so pairs sharing no word cost nothing."""
    ids: dict[str, int] = {}
    contents = [[ids.setdefault(word, len(ids)) for word in item.content] for item in ordered]
    postings: list[list[int]] = [[] for _ in ids]
    for index, words in enumerate(contents):
        for word in words:
            postings[word].append(index)
    arrays = [np.array(found, dtype=np.int64) for found in postings]
    sizes = np.array([len(words) for words in contents], dtype=np.int64)
    # Where each account's sentences end: a sentence is compared with the later accounts only.
    ends = np.searchsorted(account, account, side="right")
    lefts, rights = [], []
    for index, words in enumerate(contents):
        after = int(ends[index])
        if after == len(ordered) or len(words) < MIN_SHARED:
            continue
        shared = np.bincount(np.concatenate([arrays[word] for word in words]), minlength=len(ordered))[after:]
        enough = np.flatnonzero((shared >= MIN_SHARED) &
                                (shared >= MIN_COVERAGE * np.minimum(sizes[index], sizes[after:])))
        lefts.append(np.full(len(enough), index, dtype=np.int64))
        rights.append(enough + after)
    if not lefts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(lefts), np.concatenate(rights)


def _best(sentence: np.ndarray, other_account: np.ndarray, partner: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Which scored pairs hold the best partner of ``sentence`` among the sentences of
    ``other_account``: the highest score, the earliest partner on a tie."""
    order = np.lexsort((partner, -scores, other_account, sentence))
    first = np.ones(len(order), dtype=bool)
    first[1:] = (sentence[order][1:] != sentence[order][:-1]) | (other_account[order][1:] != other_account[order][:-1])
    best = np.zeros(len(order), dtype=bool)
    best[order[first]] = True
    return best


def changes(left: list[str], right: list[str]) -> list[Change]:
    """Qualifier, name and negation changes between two aligned token lists.

    >>> [(c.kind, c.left, c.right) for c in changes(
    ...     tokenize("It is the most important issue in relations."),
    ...     tokenize("It is the most important and sensitive issue in relations."))]
    [('qualifier', '', 'and sensitive')]
    """
    return _changes(left, right, _comparable(left), _comparable(right))


def _changes(left: list[str], right: list[str], lower_left: list[str], lower_right: list[str]) -> list[Change]:
    """:func:`changes`, given both token lists already made comparable."""
    if lower_left == lower_right:  # the same words (reprinted copy is common): nothing changed
        return []
    found = []
    opcodes = word_opcodes(lower_left, lower_right)
    if (set(lower_left) & _NEGATIONS) ^ (set(lower_right) & _NEGATIONS):
        found.extend(_negation_flip(left, right, lower_left, lower_right, opcodes))
    for index, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal" or not _anchored(opcodes, index):
            continue
        old, new = left[i1:i2], right[j1:j2]
        if _is_name_swap(old, new):
            found.append(Change("name", " ".join(old), " ".join(new), (i1, i2), (j1, j2)))
        elif _is_qualifier_change(tag, old, new):
            found.append(Change("qualifier", " ".join(old), " ".join(new), (i1, i2), (j1, j2)))
    return found


#: The most words the affirming side of a negation change may hold ("agreed" against "did not
#: agree"); the negating side may hold twice as many ("has not yet been able to confirm"). A
#: negation inside a longer stretch only one account has ("…, warning that the fight against
#: inflation is not over") belongs to a clause the other never states.
NEGATION_REACH = 4
#: Words that open a clause of its own: a negation after them ("…, though no date has been set",
#: "… but not Paris") adds to the statement rather than denying it.
_CLAUSE_OPENERS = {",", ";", "but", "though", "although", "while", "whereas", "yet"}


def _negation_flip(left: list[str], right: list[str], lower_left: list[str], lower_right: list[str],
                   opcodes) -> list[Change]:
    """The first negation one sentence adds where its partner says the rest of the statement
    without it: a short edit holding a negation on one side only.

    >>> left, right = "talks did not produce a deal".split(), "talks produced a deal".split()
    >>> [(c.left, c.right) for c in _negation_flip(left, right, left, right, word_opcodes(left, right))]
    [('not', '')]
    """
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            continue
        old = [i for i in range(i1, i2) if lower_left[i] in _NEGATIONS]
        new = [j for j in range(j1, j2) if lower_right[j] in _NEGATIONS]
        if bool(old) == bool(new):
            continue
        left_words, right_words = lower_left[i1:i2], lower_right[j1:j2]
        negating, affirming = (left_words, right_words) if old else (right_words, left_words)
        if (len(affirming) <= NEGATION_REACH and len(negating) <= 2 * NEGATION_REACH
                and negating[0] not in _CLAUSE_OPENERS):
            return [Change("negation", " ".join(left[i] for i in old), " ".join(right[j] for j in new),
                           (old[0], old[0] + 1) if old else (0, 0), (new[0], new[0] + 1) if new else (0, 0))]
    return []


def word_opcodes(left: list[str], right: list[str]) -> list[tuple[str, int, int, int, int]]:
    """How ``left`` becomes ``right``, as difflib-style opcodes over a longest common
    subsequence of words (rapidfuzz's Indel alignment, in C++: difflib's pure-Python matcher
    was the slowest step of aligning a large corpus). The edits between two matching runs
    are one opcode, ``replace`` when both sides have words there.

    >>> word_opcodes("the new year greetings".split(), "the spring festival greetings".split())
    [('equal', 0, 1, 0, 1), ('replace', 1, 3, 1, 3), ('equal', 3, 4, 3, 4)]
    >>> word_opcodes("a b".split(), "a x b y".split())
    [('equal', 0, 1, 0, 1), ('insert', 1, 1, 1, 2), ('equal', 1, 2, 2, 3), ('insert', 2, 2, 3, 4)]
    """
    opcodes: list[tuple[str, int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in Indel.opcodes(left, right).as_list():
        if tag != "equal" and opcodes and opcodes[-1][0] != "equal":
            _, i1, _, j1, _ = opcodes.pop()  # join an insertion to the deletion beside it
            tag = "replace" if i2 > i1 and j2 > j1 else tag
        opcodes.append((tag, i1, i2, j1, j2))
    return opcodes


def _comparable(tokens: list[str]) -> list[str]:
    """Lower-cased tokens with dots dropped, so "U.S." and "US" compare equal."""
    return [t.lower().replace(".", "") or t for t in tokens]


def _anchored(opcodes, index: int) -> bool:
    """True when the change sits between matching runs: two words before, one after."""
    if index == 0 or index == len(opcodes) - 1:
        return False
    before, after = opcodes[index - 1], opcodes[index + 1]
    return before[0] == "equal" and before[2] - before[1] >= 2 and after[0] == "equal" and after[2] > after[1]


def _content(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t.lower() not in FUNCTION_WORDS and t.isalpha()]


def _is_name_swap(old: list[str], new: list[str]) -> bool:
    def names(tokens):
        return [t for t in tokens if t[:1].isupper() and t.lower() not in _CALENDAR]

    old_names, new_names = names(old), names(new)
    if not old_names or not new_names or len(old) > 4 or len(new) > 4:
        return False
    # Both sides must read as names: no figures, at most one lower-case word ("sincere").
    for side in (old, new):
        if any(any(ch.isdigit() for ch in t) for t in side) or sum(t.islower() for t in side) > 1:
            return False
    if _same_name(" ".join(old_names), " ".join(new_names)) or _same_name(" ".join(old), " ".join(new)):
        return False
    # Places named two ways ("the United States" / "Washington") are left to the place facts.
    return not (all(_place_word(t) for t in old_names) or all(_place_word(t) for t in new_names))


# Words that make up place names beyond the gazetteer's single words ("Republic of Korea").
_PLACE_PARTS = {"republic", "federation", "kingdom", "states", "united", "south", "north", "east", "west",
                "people's", "democratic", "islamic", "federal", "city", "province", "region"}


def _place_word(token: str) -> bool:
    return is_place(token) or token.lower() in _PLACE_PARTS


def _same_name(a: str, b: str) -> bool:
    """Spelling variants and acronyms of one name: "SCO" / "Shanghai Cooperation Organization",
    "U.N." / "UN" / "United Nations", "Neighbourliness" / "Neighborliness"."""
    if fuzz.ratio(re.sub(r"[^a-z]", "", a.lower()), re.sub(r"[^a-z]", "", b.lower())) >= SPELLING_VARIANT:
        return True
    return _acronym(a) == _initials(b) or _acronym(b) == _initials(a)


def _acronym(text: str) -> str:
    letters = text.replace(".", "")
    return letters.upper() if letters.isalpha() and letters.isupper() and len(letters) <= 6 else "?"


def _initials(text: str) -> str:
    """"World War II" → "WWII": capitalised words give their initial, roman numerals stay whole."""
    words = [w for w in re.split(r"[\s-]+", text) if w[:1].isupper()]
    return "".join(w if re.fullmatch(r"[IVX]+", w) else w[0] for w in words)


def _is_qualifier_change(tag: str, old: list[str], new: list[str]) -> bool:
    """Short insertions or deletions that change the claim: a coordinated attribute
    ("and sensitive") or a hedge or intensifier ("only", "nearly", "potential"), also when an
    article changes with it ("the most serious" / "a serious") or it stands for a word that is no
    hedge ("a possible attack" / "a deliberate attack").

    >>> [(c.left, c.right) for c in changes(tokenize("He called it the most serious challenge facing us."),
    ...                                     tokenize("He called it a serious challenge facing us."))]
    [('the most', 'a')]
    """
    if tag == "replace":
        # A swapped article carries no claim ("the most serious" / "a serious"): the change is
        # the content words on one side when the other has none. A hedge swapped for a word that
        # is none ("a deliberate attack" / "a possible attack") changes the claim as well.
        hedged = [any(t.lower() in HEDGES for t in side) for side in (old, new)]
        if _content(old) and _content(new):
            return hedged[0] != hedged[1] and len(old) <= 2 and len(new) <= 2 and not any(
                _NUMBER.match(t) or t.lower() in _CALENDAR or t[:1].isupper() for t in old + new)
        tag = "delete" if _content(old) else "insert"
    if tag not in ("insert", "delete"):
        return False
    added = new if tag == "insert" else old
    if not 1 <= len(added) <= 4 or not _content(added):
        return False
    if any(_NUMBER.match(t) or t.lower() in _CALENDAR or t[:1].isupper() for t in added):
        return False
    words = [t.lower() for t in added]
    coordinated = words[0] in ("and", "or") or words[-1] in ("and", "or")
    return coordinated or any(word in HEDGES for word in words)


@dataclass
class Claim:
    """Sentences across accounts that state the same thing (joined aligned pairs)."""

    sentences: list[ClaimSentence]
    pairs: list[ClaimPair]

    @property
    def key(self) -> str:
        """A content-derived key: the first content words of the earliest sentence."""
        first = min(self.sentences, key=lambda s: (s.doc_id, s.start))
        words = [t.lower() for t in first.tokens if t.isalpha() and t.lower() not in FUNCTION_WORDS]
        return "claim:" + "-".join(words[:6])

    @property
    def changed(self) -> list[ClaimPair]:
        return [pair for pair in self.pairs if pair.changes]


def group_claims(pairs: list[ClaimPair]) -> list[Claim]:
    """Join aligned pairs that share a sentence into claims, in a stable order."""
    parent: dict[tuple, tuple] = {}

    def root(key):
        top = key
        while parent.setdefault(top, top) != top:
            top = parent[top]
        while key != top:  # path compression: a big claim's later lookups take one step
            parent[key], key = top, parent[key]
        return top

    def ident(sentence: ClaimSentence):
        return sentence.doc_id, sentence.start

    for pair in pairs:
        parent[root(ident(pair.a))] = root(ident(pair.b))
    groups: dict[tuple, Claim] = {}
    members: dict[tuple, set] = defaultdict(set)  # each claim's sentences, by ident
    for pair in pairs:
        key = root(ident(pair.a))
        claim = groups.setdefault(key, Claim([], []))
        claim.pairs.append(pair)
        for sentence in (pair.a, pair.b):
            if ident(sentence) not in members[key]:
                members[key].add(ident(sentence))
                claim.sentences.append(sentence)
    claims = list(groups.values())
    for claim in claims:
        claim.sentences.sort(key=lambda s: (s.doc_id, s.start))
    return sorted(claims, key=lambda c: (c.key, ident(c.sentences[0])))
