"""quote-fidelity (Q100): a quote compared with the words of the one it is attributed to.

What it flags: every direct quote whose speaker also speaks in another account
(a transcript, a readout, another outlet quoting the same person). The quote is
searched in those accounts with rapidfuzz (``partial_ratio`` on normalised words,
editorial brackets such as "(Sergei)" and "[See below.]" ignored), aligned
word by word with the closest passage, and judged:

* ``verbatim`` (``agree``) — found word for word;
* ``trimmed`` (``compatible``) — found word for word, but the source sentence
  goes on where the quote stops, the quote opens after the speaker's first words
  inside the source's own quotation, or the quote skips words (with or without an
  ellipsis); short fragments ("rare certainty") are partial by nature and count
  as verbatim;
* ``fuller`` (``compatible``) — the other account quotes only part of these
  words inside its own quotation marks, the rest lying beyond them ("“We will
  not close a single hospital,” Ruiz said" against "“… a single hospital this
  year”"): the other account trimmed the quote;
* ``altered`` (``diverge``, warning) — found with words changed, which the
  message names;
* ``another's`` (``diverge``, warning) — found, but inside another speaker's quotation in that
  account: the words are put in the wrong mouth ("“Prices will fall,” John Roe said" where the
  other account has them said by Ana Ruiz);
* ``not found`` (``omission``) — no account where the speaker speaks holds it.

Reported speech ("Xi said that …") is paraphrase by nature and is not judged.

Why it matters: a quotation mark promises the speaker's words. An altered quote
("his counterpart" for "his counterparts") or one that cannot be found in the
transcript it cites is exactly what a desk must catch before publishing.

Fires (altered): a transcript "Minister Jane Doe: We will never accept the
tariff plan." and a report "“We will not accept the tariff plan,” said Jane Doe."
Silent: no quote of anyone who speaks elsewhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from difflib import SequenceMatcher
from functools import cached_property
from itertools import accumulate

from rapidfuzz import fuzz

from .. import frames
from ._base import Case, Hit
from ._evidence import fact_evidence, span_evidence
from ._slot import account_label

CODE = "Q100"
NAME = "quote-fidelity"
VERDICT = "diverge"
SEVERITY = "warning"
SCOPE = "corpus"
ALTERED = 75  # below this partial_ratio on normalised words, the quote is not found
MIN_WORDS = 3
_VERDICTS = {"verbatim": ("agree", "info"), "trimmed": ("compatible", "info"), "fuller": ("compatible", "info"),
             "altered": ("diverge", "warning"), "another's": ("diverge", "warning"),
             "not found": ("omission", "info")}

_TRANSCRIPT = ("Minister of Trade Jane Doe: We will never accept the tariff plan in its current form. "
               "Our farmers deserve better terms.")
CASES = [
    Case({"a": (_TRANSCRIPT, None),
          "b": ("\u201cWe will not accept the tariff plan in its current form,\u201d said Jane Doe.", None)},
         fires=True, expect={"verdict": "diverge"}),
    Case({"a": (_TRANSCRIPT, None),
          "b": ("\u201cWe will never accept the tariff plan in its current form,\u201d said Jane Doe.", None)},
         fires=True, expect={"verdict": "agree", "severity": "info"}),
    Case({"a": (_TRANSCRIPT, None),
          "b": ("\u201cWe will never accept the tariff plan,\u201d Jane Doe said.", None)},
         fires=True, expect={"verdict": "compatible"}),
    Case({"a": (_TRANSCRIPT, None),
          "b": ("\u201cOur ports will be modernised within two years,\u201d Jane Doe said.", None)},
         fires=True, expect={"verdict": "omission"}),
    Case({"a": ("\u201cWe will never accept the tariff plan,\u201d Jane Doe told reporters on Monday.", None),
          "b": ("\u201cWe will never accept the tariff plan in its current form,\u201d said Jane Doe.", None)},
         fires=True, expect={"verdict": "compatible"}, note="b quotes more of her words than a"),
    Case({"a": ("Minister of Trade Jane Doe: Our farmers deserve better terms in every market.", None),
          "b": ("\u201cThe weather will improve by the weekend,\u201d said John Roe.", None)}, fires=False),
    Case({"a": ("Minister of Trade Jane Doe: Our farmers deserve better terms in every market.", None),
          "b": ("\u201cThe weather will improve by the weekend,\u201d John Roe said.", None)}, fires=False),
    Case({"a": ("\u201cPrices will fall by the summer, and wages will keep rising,\u201d said Finance Minister "
                "Ana Ruiz. John Roe said the budget would pass.", None),
          "b": ("\u201cPrices will fall by the summer,\u201d John Roe said.", None)},
         fires=True, expect={"verdict": "diverge"}, note="the words are another speaker's in a"),
    Case({"a": ("\u201cPrices will fall by the summer, and wages will keep rising,\u201d said Finance Minister "
                "Ana Ruiz. John Roe said the budget would pass.", None),
          "b": ("\u201cPrices will fall by the summer,\u201d Ruiz said.", None)},
         fires=True, expect={"verdict": "compatible"}, note="the same speaker named by her surname"),
]

_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WORDS = re.compile(r"(?:[A-Za-z]\.){2,}|[\w’']+")  # "U.S." is one word
_ELLIPSIS = re.compile(r"…|\.\.\.")


def _word(token: str) -> str:
    return token.replace("’", "'").replace(".", "").lower()


def words(text: str) -> str:
    """Lower-cased words with apostrophes straightened and editorial brackets removed.

    >>> words("I thank you for sending Comrade (Sergei) Shoigu [See below.]")
    'i thank you for sending comrade shoigu'
    """
    return " ".join(_word(w) for w in _WORDS.findall(_BRACKETED.sub(" ", text)))


def check(corpus) -> list[Hit]:
    """Judge every direct quote whose speaker speaks in some account."""
    facts = corpus.facts
    if facts.empty:
        return []
    streams = _word_streams(corpus.documents)
    speakers = _speakers_by_account(facts, corpus.documents)
    quotes = facts[(facts["kind"] == "quote") & (facts["note"] != "reported") & (facts["speaker"] != "")]
    contexts = _Contexts(corpus.documents)
    owners = _quote_owners(quotes)
    hits = []
    for quote in frames.rows(quotes):
        said = words(quote.surface)
        if len(said.split()) < MIN_WORDS or _inside_own_words(contexts[quote.doc_id], quote):
            continue
        # In account order, not document order: on a tie the first account is the one judged
        # against, and a finding's sources (its id) must not change when documents are reordered.
        targets = sorted(a for a, names in speakers.items() if a in streams and quote.speaker in names
                         and (a != (quote.doc_id, quote.origin) or _speaks_beyond(names[quote.speaker], quote)))
        if targets:
            hits.append(_judge(quote, said, targets, streams, owners))
    return hits


def _quote_owners(quotes) -> dict[str, list[tuple[int, int, str]]]:
    """Per document, each direct quote's span and speaker: whose words a found passage is."""
    owners: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for quote in frames.rows(quotes):
        owners[quote.doc_id].append((int(quote.start), int(quote.end), quote.speaker))
    return owners


def _owner_of(owners: dict, doc_id: str, start: int, end: int, speaker: str) -> str | None:
    """The other speaker whose quote in ``doc_id`` holds the passage ``start``-``end``, if any.
    A name and its surname ("Dana Whitcombe", "Whitcombe") are one speaker."""
    for quote_start, quote_end, owner in owners.get(doc_id, ()):
        if quote_start <= start and end <= quote_end and not _same_speaker(owner, speaker):
            return owner
    return None


def _same_speaker(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` name one speaker: the same words, or the shorter the longer's last
    words ("Whitcombe", "Dana Whitcombe"). One last word in common is not enough: "Tom Bale" and
    "Ana Bale", the Health and the Foreign Ministry are two.

    >>> _same_speaker("Whitcombe", "Dana Whitcombe"), _same_speaker("Health Ministry", "Foreign Ministry")
    (True, False)
    """
    if not a or not b:
        return a == b
    shorter, longer = sorted((a.split(), b.split()), key=len)
    return longer[len(longer) - len(shorter):] == shorter


class _Contexts(dict):
    """Document contexts built on first use, once per document, not once per quote."""

    def __init__(self, documents):
        super().__init__()
        self._documents = {doc.doc_id: doc for doc in documents}

    def __missing__(self, doc_id):
        from ..extractors._base import DocumentContext

        self[doc_id] = DocumentContext(self._documents[doc_id])
        return self[doc_id]


def _inside_own_words(context, quote) -> bool:
    """A quote inside the speaker's own transcript (a saying he cites) has no other source."""
    from ..extractors._context import transcript_speaker

    return transcript_speaker(context, int(quote.start)) == quote.speaker


class _Stream:
    """An account's words in reading order (rising offsets), each with its document offsets.

    The words are joined on the first call to :meth:`text`, so ``tokens`` is complete by then
    (:func:`_word_streams` builds every stream before any quote is judged)."""

    def __init__(self, doc):
        self.doc = doc
        self.tokens: list[tuple[str, int, int]] = []

    @cached_property
    def _joined(self) -> tuple[str, list[int], list[int]]:
        """The words joined by spaces, where each word starts in that string, and its offset."""
        joined = " ".join(t[0] for t in self.tokens)
        starts = list(accumulate((len(t[0]) + 1 for t in self.tokens[:-1]), initial=0))
        return joined, starts, [t[1] for t in self.tokens]

    def text(self, skip: tuple[int, int] | None = None) -> tuple[str, list[tuple[str, int, int]]]:
        """The words joined by spaces, leaving out those starting inside ``skip`` (the quote
        itself); the words are joined once per account, and each quote's own words cut out."""
        joined, starts, offsets = self._joined
        if skip is None:
            return joined, self.tokens
        first, last = bisect_left(offsets, skip[0]), bisect_left(offsets, skip[1])
        if first == last:
            return joined, self.tokens
        head = joined[:starts[first] - 1] if first else ""
        tail = joined[starts[last]:] if last < len(starts) else ""
        return (f"{head} {tail}" if head and tail else head or tail), self.tokens[:first] + self.tokens[last:]


def _word_streams(documents) -> dict:
    from ..text import sentences

    streams: dict = {}
    for doc in documents:
        for sentence in sentences(doc.text):
            if doc.is_boilerplate(sentence.start, sentence.end) or doc.is_metadata(sentence.start, sentence.end):
                continue
            account = (doc.doc_id, doc.origin_at(sentence.start))
            stream = streams.setdefault(account, _Stream(doc))
            chunk = _BRACKETED.sub(lambda m: " " * len(m.group()), doc.text[sentence.start:sentence.end])
            for match in _WORDS.finditer(chunk):
                stream.tokens.append((_word(match.group()), sentence.start + match.start(),
                                      sentence.start + match.end()))
    return streams


def _speakers_by_account(facts, documents) -> dict:
    """Per account, each speaker with spans where they speak: transcript labels
    ("Minister Jane Doe: …") and the facts attributed to them."""
    from ..extractors._context import transcript_labels

    found: dict = defaultdict(lambda: defaultdict(list))
    for doc in documents:
        for start, name in transcript_labels(doc.text):
            found[(doc.doc_id, doc.origin_at(start))][name].append((start, start + 1))
    for row in frames.rows(facts[facts["speaker"] != ""]):
        speaker = row.speaker.split(",")[0]
        if row.kind == "person" and row.value == speaker:
            continue  # the speaker's name in their own attribution ("…, said John Roe.") is no words of theirs
        found[(row.doc_id, row.origin)][speaker].append((int(row.start), int(row.end)))
    return found


def _speaks_beyond(spans: list[tuple[int, int]], quote) -> bool:
    """True when some fact attributed to the speaker lies outside the quote itself."""
    return any(end <= quote.start or start >= quote.end for start, end in spans)


def _judge(quote, said: str, targets: list, streams: dict, owners: dict) -> Hit:
    """Judge each piece of the quote (pieces are cut at an ellipsis); the worst piece decides."""
    pieces = [words(piece) for piece in _ELLIPSIS.split(quote.surface)]
    pieces = [piece for piece in pieces if len(piece.split()) >= MIN_WORDS] or [said]
    results = [_judge_piece(quote, piece, targets, streams, owners) for piece in pieces]
    order = ["not found", "another's", "altered", "fuller", "trimmed", "verbatim"]
    status, score, where, changed = min(results, key=lambda r: order.index(r[0]))
    if status == "verbatim" and len(pieces) > 1:
        status = "trimmed"
    return _hit(quote, status, score, where, said, changed)


def _judge_piece(quote, said: str, targets: list, streams: dict, owners: dict):
    best = closest(quote, said, targets, streams)
    if best is None or best[0] < ALTERED:
        # Too little of a long quote stands in any one passage, yet its first (or last) sentences
        # may be there word for word, inside a quotation that stops where they do: another account
        # quoted part of these words, and this one is fuller.
        fuller = _fuller_than_found(quote, said, targets, streams)
        return fuller or ("not found", best[0] if best else 0, None, [])
    score, doc, haystack, tokens, found = best
    # Widen the aligned passage to whole words, a few on each side, then diff word by word.
    aligned, last = _within_quotation(doc.text, tokens, haystack.count(" ", 0, found.dest_start),
                                      haystack.count(" ", 0, found.dest_end) + 1)
    # The closest words may stand in the other account inside someone else's quotation: they are
    # that speaker's words, and this quote puts them in the wrong mouth.
    owner = _owner_of(owners, doc.doc_id, tokens[aligned][1], tokens[last - 1][2], quote.speaker)
    if owner:
        return "another's", score, (doc, tokens[aligned][1], tokens[last - 1][2]), [owner]
    first, last = _widened(doc.text, tokens, aligned, last)
    passage = tokens[first:last]
    status, changed = _compare(said.split(), [t[0] for t in passage])
    if status == "verbatim" and quote.note != "fragment" and (
            _cut_short(doc.text, passage, said) or _starts_late(doc.text, tokens[aligned:last], said)):
        status = "trimmed"
    if status == "altered" and _quotes_part(doc.text, said.split(), passage):
        status = "fuller"
    return status, score, (doc, passage[0][1], passage[-1][2]), changed


#: Where a quote's sentence ends: its mark, then (after a closing quotation mark, if any) a capital.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\u201d\u2019\"']?\s+(?=[\u201c\"']?[A-Z])")
#: At most this many runs of a quote's opening and of its closing sentences are looked for.
_MAX_RUNS = 4


#: How many words on each side the aligned passage is widened by, to see where its quotation ends.
_WIDEN = 3
#: Quotation marks that close and open a quotation.
_CLOSING = ("\u201d", '"', "\u2019")
_OPENING = ("\u201c", '"', "\u2018")
_DOUBLE_MARK = re.compile('[\u201c\u201d"]')


def _widened(text: str, tokens: list, first: int, last: int) -> tuple[int, int]:
    """``tokens[first:last]`` widened by a few words on each side, but never past a quotation mark:
    the words after the quote's closing mark ("…at a lower cost,” [said Dana Whitcombe]") or before
    its opening one ("[told the council:] “Our buses …") are the reporter's, not the speaker's."""
    low = first
    while low > max(first - _WIDEN, 0) and not _has_mark(text[tokens[low - 1][2]:tokens[low][1]], _OPENING):
        low -= 1
    high = last
    while high < min(last + _WIDEN, len(tokens)) and not _has_mark(text[tokens[high - 1][2]:tokens[high][1]],
                                                                 _CLOSING):
        high += 1
    return low, high


def _within_quotation(text: str, tokens: list, first: int, last: int) -> tuple[int, int]:
    """``tokens[first:last]`` narrowed to one quotation where the aligned words run across its marks:
    they start after an opening mark inside them ("…said Thale would appeal. “[We respect …]") and
    end at the closing mark after it ("…everything they had,” [U.S. District Judge]"): the words
    outside are the reporter's. Only double marks count (a single one may be an apostrophe:
    "workers’ pay"); a straight mark opens after a space and closes elsewhere."""
    for index in range(first + 1, last):
        gap = text[tokens[index - 1][2]:tokens[index][1]]
        mark = _DOUBLE_MARK.search(gap)
        if mark is None:
            continue
        opening = mark.group() == "\u201c" or (mark.group() == '"' and mark.start() > 0
                                               and gap[mark.start() - 1].isspace())
        if opening:
            first = index
        else:
            return first, index
    return first, last


def _has_mark(gap: str, marks: tuple[str, ...]) -> bool:
    return any(mark in gap for mark in marks)


def _fuller_than_found(quote, said: str, targets: list, streams: dict):
    """``("fuller", …)`` when a run of the quote's opening (or closing) sentences is found word for
    word where another account quotes it, and that account's quotation stops where its words part
    from these ("“We will not stop searching,” she said" against "“We will not stop searching. I
    ask every citizen to stay out.”"); else None. Longer runs are tried first, a few of each side."""
    sentences = [words(sentence) for sentence in _SENTENCE_END.split(quote.surface)]
    sentences = [sentence for sentence in sentences if sentence]
    quote_words = said.split()
    runs = [(" ".join(sentences[:k]), True) for k in range(len(sentences) - 1, 0, -1)][:_MAX_RUNS]
    runs += [(" ".join(sentences[k:]), False) for k in range(1, len(sentences))][:_MAX_RUNS]
    for run, opening in runs:
        if len(run.split()) < MIN_WORDS or not _anywhere(quote, run, targets, streams):
            continue  # only a word-for-word run is wanted: a substring test spares the fuzzy alignment
        best = closest(quote, run, targets, streams)
        if best is None or best[0] < 100:
            continue
        score, doc, haystack, tokens, found = best
        first = haystack.count(" ", 0, found.dest_start)
        last = haystack.count(" ", 0, found.dest_end) + 1
        stretch = _quoted_stretch(doc.text, tokens, first, last, quote_words, opening)
        if stretch:
            return "fuller", score, (doc, stretch[0], stretch[1]), []
    return None


def _quoted_stretch(text: str, tokens: list, first: int, last: int, quote_words: list[str],
                    opening: bool) -> tuple[int, int] | None:
    """The document span of the quote's words another account quotes, from ``tokens[first:last]``
    (the quote's opening words when ``opening``, else its closing words) stretched while the
    account's words go on as the quote's do; None unless its quotation closes (or opens) where
    they part and some of the quote's words lie beyond it."""
    if opening:
        while last < len(tokens) and last - first < len(quote_words) and tokens[last][0] == quote_words[last - first]:
            last += 1
        shared, edge = last - first, text[tokens[last - 1][2]:tokens[last - 1][2] + 3].lstrip(",.!?;: ")[:1]
        marked = edge in _CLOSING
    else:
        while first > 0 and last - first < len(quote_words) and tokens[first - 1][0] == quote_words[
                len(quote_words) - (last - first) - 1]:
            first -= 1
        shared, edge = last - first, text[max(tokens[first][1] - 3, 0):tokens[first][1]].rstrip(" ")[-1:]
        marked = edge in _OPENING
    return (tokens[first][1], tokens[last - 1][2]) if marked and shared < len(quote_words) else None


def _quotes_part(text: str, quote_words: list[str], passage: list) -> bool:
    """True when the other account quotes a part of these words inside its own quotation marks and
    the rest of the words lie beyond its quotation: "“We will not close a single hospital,” Ruiz
    said" against "“We will not close a single hospital this year”". Words after (or before) a
    closing (or opening) quotation mark are the reporter's, so the other account trimmed the quote,
    it did not alter it."""
    source_words = [token[0] for token in passage]
    matcher = SequenceMatcher(None, source_words, quote_words, autojunk=False)
    blocks = [block for block in matcher.get_matching_blocks() if block.size]
    if len(blocks) != 1 or blocks[0].size < MIN_WORDS or blocks[0].size == len(quote_words):
        return False  # words changed inside the quote, or too little of it in common
    block = blocks[0]
    tail, head = block.b + block.size < len(quote_words), block.b > 0
    first, last = passage[block.a], passage[block.a + block.size - 1]
    closes = text[last[2]:last[2] + 3].lstrip(",.!?;: ")[:1] in _CLOSING
    opens = text[max(first[1] - 3, 0):first[1]].rstrip(" ")[-1:] in _OPENING
    return (closes or not tail) and (opens or not head)



def _anywhere(quote, said: str, targets: list, streams: dict) -> bool:
    """True when the words ``said`` stand word for word in one of the ``targets`` accounts (outside
    the quote itself)."""
    for account in targets:
        skip = (int(quote.start), int(quote.end)) if account == (quote.doc_id, quote.origin) else None
        haystack = streams[account].text(skip)[0]
        if haystack and (said in haystack or haystack in said):  # what a score of 100 means
            return True
    return False


def closest(quote, said: str, targets: list, streams: dict) -> tuple | None:
    """The passage of the ``targets`` accounts closest to the quoted words ``said`` (the first
    account's on a tie): ``(score, document, account text, its words, rapidfuzz alignment)``,
    or None when no account has words outside the quote itself."""
    accounts = []
    for account in targets:
        skip = (int(quote.start), int(quote.end)) if account == (quote.doc_id, quote.origin) else None
        haystack, tokens = streams[account].text(skip)
        if not tokens:
            continue
        if said in haystack or haystack in said:
            # Word for word (a score of 100): no later account can do better and a tie keeps
            # the first, so this account alone is aligned. A substring search is far cheaper.
            accounts = [(account, haystack, tokens)]
            break
        accounts.append((account, haystack, tokens))
    best = None
    for account, haystack, tokens in accounts:
        # A passage no better than the best so far is not wanted: the cutoff lets rapidfuzz skip it.
        found = fuzz.partial_ratio_alignment(said, haystack, score_cutoff=best[0] if best else 0)
        if found is not None and (best is None or found.score > best[0]):
            best = (found.score, streams[account].doc, haystack, tokens, found)
    return best


def _cut_short(text: str, passage: list, said: str) -> bool:
    """True when the quoted words stop before the source sentence does."""
    words_said = said.split()
    ends = [i for i, token in enumerate(passage) if token[0] == words_said[-1]]
    if not ends:
        return False
    after = text[passage[ends[-1]][2]:passage[ends[-1]][2] + 3].lstrip(" \u00a0")
    if after[:1] == "," and after[1:2] in _CLOSING:
        return False  # "…this year,” Ruiz said": the source's quotation ends where the quote does
    return bool(after) and after[0] not in ".!?”\"…;:\n"


#: How far back, on the line of the first quoted word, an opening quotation mark is looked for.
_QUOTATION_REACH = 400


def _starts_late(text: str, passage: list, said: str) -> bool:
    """True when the quoted words begin inside a quotation the source opened earlier, after
    words of the same sentence: the quote leaves out the speaker's first words (a release's
    "“We do not take this decision lightly, and we know it will be hard …”" quoted as "“We know
    it will be hard …”"). Words before them outside any quotation ("the minister said that we
    …") are not the speaker's, and a quote of a whole later sentence of a quotation is whole."""
    first_word = said.split()[0]
    start = next((token[1] for token in passage[:3] if token[0] == first_word), None)
    if start is None:
        return False
    before = text[max(text.rfind("\n", 0, start) + 1, start - _QUOTATION_REACH):start]
    opened = _open_quotation(before)
    if opened is None:
        return False
    inside = before[opened + 1:].rstrip()
    return any(character.isalnum() for character in inside) and not inside.endswith((".", "!", "?", "…"))


def _open_quotation(line: str) -> int | None:
    """Where the quotation still open at the end of ``line`` opened, or None. Typographic and
    straight marks may mix in scraped copy ("“We regret the delays," he said. "We will …"); a
    straight mark after a digit is an inch ("55\" screens")."""
    opened = None
    for index, character in enumerate(line):
        if character == "\u201c":
            opened = index
        elif character == "\u201d":
            opened = None
        elif character == '"' and not (index and line[index - 1].isdigit()):
            opened = index if opened is None else None
    return opened


def _compare(quote_words: list[str], source_words: list[str]) -> tuple[str, list[tuple[str, str]]]:
    """verbatim / trimmed (source words dropped only) / altered (words changed), with the changes
    as (source's words, quote's words)."""
    matcher = SequenceMatcher(None, source_words, quote_words, autojunk=False)
    blocks = [block for block in matcher.get_matching_blocks() if block.size]
    if not blocks:
        return "altered", [("", " ".join(quote_words))]
    first, last = blocks[0].a, blocks[-1].a + blocks[-1].size
    dropped, changed = False, []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "delete" and first <= i1 and i2 <= last:
            dropped = True  # source words skipped inside the quote
        elif tag in ("replace", "insert"):  # the quote has words the source does not, wherever they stand
            changed.append((" ".join(source_words[i1:i2]), " ".join(quote_words[j1:j2])))
    if changed:
        return "altered", changed[:3]
    return ("trimmed" if dropped else "verbatim"), []


def _hit(quote, status, score, where, said, changed) -> Hit:
    verdict, severity = _VERDICTS[status]
    who = account_label(quote.source, quote.origin)
    quoted = f"\u201c{_short(quote.surface)}\u201d"
    evidence = [fact_evidence(quote, status)]
    if where is None:
        message = (f"{who} quotes {quote.speaker} {quoted}, but no account where {quote.speaker} speaks holds "
                   f"these words (closest passage {score:.0f}% alike).")
    else:
        doc, start, end = where
        place = account_label(doc.source, doc.origin_at(start))
        if status == "altered":
            message = f"{who} quotes {quote.speaker} {quoted}, altered against {place}: {_changes(changed, place)}."
        elif status == "another's":
            message = f"{who} quotes {quote.speaker} {quoted}, but in {place} these are the words of {changed[0]}."
        elif status == "fuller":
            message = f"{who} quotes {quote.speaker} {quoted}, of which {place} quotes only a part."
        elif status == "trimmed":
            message = f"{who} quotes {quote.speaker} {quoted}, a trimmed form of the words in {place}."
        else:
            message = f"{who} quotes {quote.speaker} {quoted} word for word as {place} has it."
        evidence.append(span_evidence(doc, start, end))
    return Hit(message, evidence=evidence, verdict=verdict, key=f"quote:{quote.speaker}:{said[:60]}", kind="quote",
               subject=quote.speaker, values=[status], severity=severity)


def _changes(changed: list[tuple[str, str]], place: str) -> str:
    """"“this” where a has “the”; “fully” added": the quote's words against the other account's."""
    return "; ".join(f"\u201c{now}\u201d where {place} has \u201c{was}\u201d" if was else
                     f"\u201c{now}\u201d added" for was, now in changed)


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
