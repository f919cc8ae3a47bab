"""The fast paths of extraction answer exactly what their plain definitions answer.

Extraction looks origins, boilerplate, sentences, overlaps and lower-case words up by bisection
and memo rather than by scanning; each property here compares the fast answer with the plain
definition written out again, on generated spans and texts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from consistency import document_from_text
from consistency.extractors import resolve_overlaps
from consistency.extractors._base import DocumentContext
from consistency.extractors._capitals import SpanSet, capital_runs, capital_tokens
from consistency.extractors._names import _PUNCTUATION, LowerWords
from consistency.extractors._quote_marks import direct_quotes
from consistency.extractors._reported import _readings, reported
from consistency.schema import Document, Fact, Span
from consistency.text import SentenceIndex

TEXT_SIZE = 200
_span = st.tuples(st.integers(0, TEXT_SIZE), st.integers(1, 60)).map(lambda p: (p[0], min(TEXT_SIZE, p[0] + p[1])))


def _document(origins, boilerplate, metadata) -> Document:
    labels = ["MFA", "Kremlin", "White House"]
    return Document(doc_id="d", path=Path("d.txt"), text="x" * TEXT_SIZE, source="d",
                    origins=[Span(s, e, labels[i % 3]) for i, (s, e) in enumerate(origins)],
                    boilerplate=[Span(s, e, "furniture") for s, e in boilerplate],
                    metadata=[Span(s, e, "date line") for s, e in metadata])


@settings(max_examples=200)
@given(st.lists(_span, max_size=5), st.lists(_span, max_size=5), st.lists(_span, max_size=3),
       st.lists(_span, min_size=1, max_size=20))
def test_context_answers_like_the_document(origins, boilerplate, metadata, questions):
    doc = _document(origins, boilerplate, metadata)
    context = DocumentContext(doc)
    for start, end in questions:
        assert context.skip(start, end) == doc.is_boilerplate(start, end)
        expected = "metadata" if doc.is_metadata(start, end) else doc.origin_at(start)
        assert context.origin(start, end) == expected
        same = all((s.start <= start < s.end) == (s.start <= end < s.end) for s in doc.origins)
        assert context.same_section(start, end) == same


_WORDS = st.sampled_from(["It", "rose", ".", "Then", "Feb.", "4", "came", "!", "\n", "\n\n", " ", "Mr.", "Li",
                          "“Yes.”", "a", "U.S.", "said", "?"])


@given(st.lists(_WORDS, max_size=40), st.lists(st.integers(0, 300), max_size=30))
def test_sentence_lookup_is_bisection_whatever_the_order(words, offsets):
    text = " ".join(words)
    index = SentenceIndex(text)
    starts = [s.start for s in index.items]
    for offset in offsets:
        offset = min(offset, len(text))
        found = index.at(offset)
        if index.items:
            assert found == index.items[max(bisect_right(starts, offset) - 1, 0)]
        else:
            assert (found.start, found.end) == (0, len(text))


_KINDS = st.sampled_from(["money", "percent", "date", "count", "ordinal", "time", "duration", "year_range"])


@given(st.lists(st.tuples(_KINDS, st.integers(0, 80), st.integers(1, 15)), max_size=25))
def test_overlaps_resolved_as_by_pairwise_comparison(items):
    facts = [Fact(doc_id="d", source="d", origin="narration", kind=kind, start=start, end=start + size,
                  surface="", value=str(i)) for i, (kind, start, size) in enumerate(items)]
    kept = resolve_overlaps(list(facts))
    # The plain definition: take facts in precedence order, keep one unless it overlaps a kept
    # fact of another kind; a year range holding every fact it overlaps ranks just above durations.
    from consistency.extractors import PRECEDENCE, _rank

    def rank(fact):
        overlapping = [o for o in facts if o.start < fact.end and fact.start < o.end]
        if fact.kind == "year_range" and all(fact.start <= o.start and o.end <= fact.end for o in overlapping):
            return PRECEDENCE.index("duration") - 0.5
        return _rank(fact)

    plain: list[Fact] = []
    for fact in sorted(facts, key=lambda f: (rank(f), f.start - f.end, f.start)):
        if not any(fact.start < k.end and k.start < fact.end and k.kind != fact.kind for k in plain):
            plain.append(fact)
    assert [f.value for f in kept] == [f.value for f in plain]


_LOWER_PIECES = st.sampled_from(["xi", "Xi", "the", "meeting", "'s", "’s", ".", ",", "(", ")", " ", "\n",
                                 "-", "taxi", "a", "s", '"', "’", "Trade", "trade"])


@given(st.lists(_LOWER_PIECES, max_size=15))
def test_lower_words_found_as_by_splitting_the_text(pieces):
    text = "".join(pieces)
    tokens = {word.strip(_PUNCTUATION) for word in text.split()}
    found = {word for word in tokens if word[:1].islower()}
    found |= {word[:-2] for word in found if word.endswith(("'s", "’s"))}
    words = LowerWords(text)
    for word in ["xi", "the", "meeting", "taxi", "a", "s", "trade", "i"]:
        assert (word in words) == (word in found), (text, word)


@given(st.lists(st.sampled_from(["Kremlin", "(Kremlin)", "Sergei", "(Sergei", "Shoigu)", "of", "the", "and", "U.S.",
                                 "said", ".", "McDonald", "iPhone", "[Economic]", "People’s", "  ", "\n"]),
                max_size=25))
def test_runs_partition_the_tokens(words):
    text = " ".join(words)
    tokens = capital_tokens(text)
    assert [token for run in capital_runs(text) for token in run] == list(tokens)
    for start, end in tokens:
        assert text[start].isupper() or (text[start] in "([" and text[end - 1] in ")]")
    # Each token's run end, as token_keys gives it, is where its run stops.
    from consistency.extractors._capitals import token_keys

    run_ends, done = [], 0
    for run in capital_runs(text):
        done += len(run)
        run_ends += [done] * len(run)
    assert list(token_keys(text)[1]) == run_ends


@given(st.lists(st.sampled_from(["Kremlin", "(Kremlin)", "[Economic]", "(Sergei", "Shoigu)", "×", "&", "-", "–",
                                 "Émile", "Øst", "x", "’", ".", " ", "(", "[", ")", "]", "A", "×Foo"]), max_size=20))
def test_capital_tokens_as_by_the_plain_patterns(pieces):
    # The plain definition: every capitalised word (the full class, "×" included), a bracketed
    # word found anywhere replacing the word inside it.
    text = "".join(pieces)
    words = [m.span() for m in re.finditer(r"[A-Z\u00C0-\u00DE](?<![\w'’.–-].)[\w'’.&-]*", text)]
    for match in re.finditer(r"[(\[](?<![\w'’.–-].)(?:(?<=\()[A-Z][\w'’&-]*\)|(?<=\[)[A-Z][\w'’&-]*\])", text):
        words = [match.span() if start == match.start() + 1 else (start, end) for start, end in words]
    assert list(capital_tokens(text)) == words


@given(st.lists(st.tuples(st.integers(0, 100), st.integers(1, 10)), max_size=8),
       st.lists(st.tuples(st.integers(0, 100), st.integers(0, 6)), max_size=20))
def test_covered_items_as_by_checking_each(spans, items):
    # Non-overlapping spans, as organisation and place mentions are.
    chosen, last_end = [], -1
    for start, size in sorted(spans):
        if start >= last_end:
            chosen.append((start, start + size))
            last_end = start + size
    ordered, last_end = [], -1
    for start, size in sorted(items):
        if start >= last_end:
            ordered.append((start, start + size))
            last_end = start + size
    expected = [i for i, (s, e) in enumerate(ordered) if any(a <= s and e <= b for a, b in chosen)]
    assert SpanSet(chosen).covered(ordered) == expected


_ASCII_WORDS = st.lists(st.text(alphabet="sSkKiIaAyYmMeE.", min_size=1, max_size=5),
                  min_size=1, max_size=6)


@settings(max_examples=300)
@given(_ASCII_WORDS, st.text(alphabet="sSkKiIaAyYmMeE\u017f\u212a\u0130\u0131 ", max_size=8))
def test_case_blind_alternation_matches_as_ignoring_case(words, text):
    import re

    from consistency.extractors._numbers import case_blind_alternation

    plain = re.compile("(?i:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")")
    fast = re.compile(case_blind_alternation(words))
    assert (fast.fullmatch(text) is None) == (plain.fullmatch(text) is None)
    # The longest word wins at a position, as with the longest-first alternation.
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_letter_classes_hold_every_character_ignoring_case_matches():
    import re
    import string

    from consistency.extractors._numbers import _any_case

    every_character = "".join(map(chr, range(0x110000)))
    for letter in string.ascii_lowercase:
        plain, fast = re.compile(f"(?i:{letter})"), re.compile(_any_case(letter))
        assert [m.start() for m in plain.finditer(every_character)] == \
            [m.start() for m in fast.finditer(every_character)], letter


@settings(max_examples=300)
@given(st.lists(st.text(alphabet="aAbsS'-", min_size=1, max_size=4), min_size=1, max_size=5),
       st.text(alphabet="aAbsS'ſ- .", max_size=12), st.booleans())
def test_opening_words_match_as_after_a_word_boundary(words, text, any_case):
    import re

    from consistency.extractors._numbers import opening_words

    words = list(dict.fromkeys(words))
    plain = re.compile(("(?i:" if any_case else "(?:") + r"\b(?:" + "|".join(map(re.escape, words)) + "))")
    fast = re.compile(opening_words([word[0] + re.escape(word[1:]) for word in words], any_case))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


_PHRASE_WORDS = st.lists(st.sampled_from(["talks", "the", "call", "x-ray", "O'Neil's", "’s", "lasted", "has", "for",
                                          "rose", "continued", "to", "reached", "over", "waited", "-", "a", "is",
                                          "expected", "could", "record"]),
                         max_size=9)


@settings(max_examples=300)
@given(_PHRASE_WORDS, st.sampled_from([" ", "  ", "\u00a0"]))
def test_phrases_before_a_figure_found_as_from_every_position(words, space):
    """The look-behind after a pattern's first character only skips starts that cannot be leftmost."""
    import re

    from consistency.extractors import _context, duration
    from consistency.extractors._numbers import BOUND

    _s, sp = duration._S, _context.SPACE
    plain = {
        duration._LASTED: rf"(?P<np>[\w’'-]+(?:{_s}+[\w’'-]+){{0,3}}?){_s}+(?:(?:will|would|could|may|might|should"
                          rf"|must|(?:is|are|was|were){_s}+(?:(?:expected|likely|set|due|scheduled|going){_s}+)?to)"
                          rf"{_s}+)?(?:(?:has|have|had){_s}+)?(?:lasted|"
                          rf"lasting|lasts|last|took|takes|ran|runs|continued|went{_s}+on)(?:{_s}+for)?{_s}*$",
        duration._FOR: rf"\b(?P<verb>[a-z]+(?:ed|ing))(?P<object>(?:{_s}+[\w’'-]+){{0,4}}?){_s}+for{_s}+(?:(?:a|an|"
                       rf"another|the){_s}+)?(?:(?:further|additional|more|extra|next|past|last|first){_s}+)?$",
        _context._SUBJECT_BEFORE: rf"(?P<np>(?:[\w’'-]+{sp}+){{0,4}}?[\w’'-]+){sp}+(?:(?:has|have|had|also|continued"
                                  rf"{sp}+to|steadily|consistently|{_context._MODAL.replace('{SP}', sp)}){sp}+)*"
                                  rf"{_context._MEASURE_VERBS}(?:{sp}+[\w-]+ly)?"
                                  rf"(?:{sp}+an?{sp}+(?:record|new{sp}+record|fresh|near-record|all-time))?"
                                  rf"(?:{sp}+{BOUND})?{sp}*$",
    }
    text = space.join(words) + space
    for fast, pattern in plain.items():
        found, expected = fast.search(text), re.search(pattern, text)
        assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict()))


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["5", "%", "per", "PER", "cent", "percentage", "points", "pct", "bps", "bp",
                                 "basis", "xp", "b", " ", "\u00a0", "-"]), max_size=10))
def test_percent_units_scanned_as_by_trying_every_position(pieces):
    import re

    from consistency.extractors import percent

    text = "".join(pieces)
    plain = re.compile(rf"(?=[%pPbB]){percent._UNIT}")
    assert [m.span() for m in percent._UNIT_SCAN.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["Xi", "met", "Met", "METS", "meeting", "Metropolitan", "met2", "video", "Video",
                                 "call", "calls", "video call", "talks", "celebrations", "signed", "treaty",
                                 "visitors", "x", "-", ",", "_call", "tours"]), max_size=10),
       st.sampled_from([" ", "  ", "\u00a0"]))
def test_event_words_found_as_by_reading_every_word(words, space):
    import re

    from consistency.extractors._events import _PHRASES, _class_of, _event_words

    sentence = space.join(words)
    expected, skip_to = [], 0
    for match in re.finditer(r"\w+", sentence):  # the plain definition: every word classified in turn
        if match.start() < skip_to:
            continue
        name = _class_of(match.group())
        if name:
            expected.append((match.start(), name))
            continue
        for pattern, name in _PHRASES.get(match.group().lower(), ()):
            phrase = pattern.match(sentence, match.start())
            if phrase:
                expected.append((match.start(), name))
                skip_to = phrase.end()
                break
    assert list(_event_words(sentence)) == expected


_DATE_PIECES = ["on", "held", "talks", "Wednesday", "wed", "February", "FEB.", "may", "4", "4th", "of", "2026", "in",
                "mid-", "the", "first", "few", "months", "year", "Year", "last", "this", "next", "today", ",", "Xi",
                "since", "early", "2020-2030", "(", "marks", "New", "happy", "past", "tomorrow", "the past year",
                "the start of the", "last Wednesday", "the first month of the", "in 2025"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=12), st.sampled_from([" ", "  ", "\u00a0"]))
def test_dates_tried_only_where_one_can_open_as_everywhere(pieces, space):
    """Dates tried from the words a date opens with find what trying every word start finds."""
    from consistency.extractors import dates
    from consistency.extractors._base import anchored

    text = space.join(pieces)
    narrowed = anchored(dates._PATTERN, dates._ANCHORS, text, before=dates._reach, starts=dates._STARTS)
    everywhere = anchored(dates._PATTERN, dates._ANCHORS, text, before=dates._reach)
    assert [(m.span(), m.lastgroup) for m in narrowed] == [(m.span(), m.lastgroup) for m in everywhere]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["Xi", "said", "says", "say", "sayso", "pointed", "out", "pointed out", "adds",
                                 "added", "emphasized", "noted", "note", "\u00a0", "  ", ","]), max_size=10))
def test_speech_verbs_scanned_as_by_the_plain_alternation(pieces):
    import re

    from consistency.extractors import _context

    text = " ".join(pieces)
    plain = re.compile(rf"[ \u00a0]+{_context.SPEECH_VERBS}\b")
    assert [m.span() for m in _context._SPEECH_VERB.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["The", "Security", "Council", "of", "the", "U.S.", "Ministry", "met", "Tao.", "Arab",
                                 "League.", "Bank", "in", "Geneva", ",", "and", "(UN)", "Foreign"]), max_size=14))
def test_body_stretches_found_as_by_reading_every_run(words):
    from consistency.extractors._capitals import capital_tokens, token_keys
    from consistency.extractors._org_aliases import HEAD_WORDS
    from consistency.extractors.orgs import _body_spans

    text = " ".join(words)
    tokens, (keys, run_end) = capital_tokens(text), token_keys(text)
    expected, first = [], 0
    while first < len(tokens):  # the plain definition: every run read in turn
        last, run = run_end[first], tokens[first:run_end[first]]
        if last - first >= 2 and not HEAD_WORDS.isdisjoint(keys[first:last]):
            low = run[0][0]
            for start, end in run:
                if text[end - 1] == "." and end - start > 2 and "." not in text[start:end - 1]:
                    expected.append((low, end - 1))
                    low = end
            expected.append((low, run[-1][1]))
        first = last
    assert list(_body_spans(text)) == expected


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["Vladimir Putin: Friends,", "President of Russia Vladimir Putin: Thank you.",
                                 "February 4 (Kremlin) – Yury Ushakov: We", "Date: today", "He said: no", "\n",
                                 "\n\n", " ", "Xi", ":", " – ", "Lee (MFA): yes"]), max_size=8))
def test_transcript_labels_read_from_line_breaks_as_from_line_starts(pieces):
    import re

    from consistency.extractors import _context

    text = "".join(pieces)
    plain = re.compile(r"(?m)^" + _context._LABEL_BODY)
    assert [m.span("label") for m in _context._LABELS.finditer(text)] == [m.span("label") for m in plain.finditer(text)]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["February 4 (MFA) – Xi", "BEIJING (Xinhua) - talks", "  Feb 4, 2026 (Kremlin) —",
                                 "\n", "\n\n", " ", "text", "(note)", "–"]), max_size=8))
def test_section_headers_read_from_line_breaks_as_from_line_starts(pieces):
    import re

    from consistency import origins

    text = "".join(pieces)
    expected = [(m.start("lead"), m.end()) for m in re.finditer(origins._HEADER.pattern, text)]
    assert [(span.start, span.end) for span in origins.section_header_spans(text)] == expected


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["Xi", "said", "resaid", "_said", "noted", "Noting", "according", "to", "(", "’",
                                 "adding", "called", "x2said", "é", " ", ",", "-"]), max_size=10))
def test_verb_words_found_only_where_a_word_starts_as_by_checking_each(pieces):
    from consistency.extractors._reported import _VERB_WORDS, _verb_word_starts

    sentence = " ".join(pieces[:3]) + "".join(pieces[3:])
    expected = [m.start() for m in _VERB_WORDS.finditer(sentence)  # the plain definition
                if not (m.start() and sentence[m.start() - 1].isalnum())]
    assert list(_verb_word_starts(sentence)) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "Xi said that trade grew fast", "Noting that ties grew strongly, Xi said talks went well",
    "He added: ties will grow",
    "Officials, according to analysts, expect talks soon", "It was pointed out that the plan works well",
    "Trade grew by a third, Li said", "urging both sides to talk", "said", "saying", "Mr.", "“", "”", ",", ".",
    "\n", "\n\n", "the ministers met", "_said that it rains a lot"]), max_size=12))
def test_reported_speech_read_only_in_sentences_with_verb_words_as_in_all(pieces):
    text = " ".join(pieces)
    context = DocumentContext(document_from_text("t", text))
    spans = sorted((quote.start, quote.end) for quote in direct_quotes(context))
    # Plain: every sentence read.
    expected = []
    for sentence in context.sentences.items:
        near = tuple(sorted((max(s - sentence.start, -1), min(e - sentence.start, sentence.end - sentence.start + 1))
                            for s, e in spans if s < sentence.end and e > sentence.start))
        expected += [(sentence.start + start, sentence.start + end, speaker)
                     for start, end, speaker, _, _ in _readings(text[sentence.start:sentence.end], near)]
    assert [(quote.start, quote.end, quote.speaker) for quote in reported(context, spans)] == expected


@given(st.lists(st.tuples(st.sampled_from(["we", "will", "u.s", "trade's", "x"]), st.integers(1, 6)), max_size=30),
       st.one_of(st.none(), _span))
def test_an_accounts_words_without_a_quote_are_its_words_outside_the_quote(pieces, skip):
    from consistency.rules.quote_fidelity import _Stream

    stream, offset = _Stream(doc=None), 0
    for word, gap in pieces:  # words at rising offsets, as an account's sentences give them
        stream.tokens.append((word, offset, offset + len(word)))
        offset += len(word) + gap
    kept = [t for t in stream.tokens if not (skip and skip[0] <= t[1] < skip[1])]
    assert stream.text(skip) == (" ".join(t[0] for t in kept), kept)
    assert stream.text(None) == (" ".join(t[0] for t in stream.tokens), stream.tokens)


@given(st.lists(st.tuples(st.sampled_from(["d1", "d2", "d3"]), st.sampled_from(["narration", "Kremlin", "MFA"]),
                          st.sampled_from(["A", "B"])), min_size=1, max_size=12), st.randoms())
def test_a_slots_rows_per_account_are_its_frames_rows(items, random):
    import pandas as pd

    from consistency.rules._slot import Slot

    rows = [{"doc_id": doc, "origin": origin, "source": source, "start": i, "value": str(i)}
            for i, (doc, origin, source) in enumerate(items)]
    labels = random.sample(range(100), len(rows))  # any index, as a filtered table has
    facts = pd.DataFrame(rows, index=labels)
    slot = Slot("s", facts, fact_rows=list(facts.itertuples()))
    frames = dict(list(facts.groupby(["doc_id", "origin"], sort=True)))  # the plain definition
    assert list(slot.account_rows) == list(frames)
    for account, frame in frames.items():
        assert slot.account_rows[account] == list(frame.itertuples())
    picked = random.sample(labels, random.randint(0, len(labels)))
    assert slot.rows_at(picked) == list(facts.loc[picked].itertuples())


_cell_text = st.one_of(st.text(max_size=6), st.none())


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(_cell_text, st.integers(-5, 5), st.one_of(st.floats(allow_nan=True), st.none()),
                          st.integers(0, 3)), max_size=12),
       st.booleans())
def test_table_rows_read_as_itertuples_reads_them(cells, string_dtype):
    import pandas as pd

    from consistency.frames import rows

    frame = pd.DataFrame([cell[:3] for cell in cells], columns=["value", "start", "low"],
                         index=[cell[3] for cell in cells])  # index labels may repeat
    if string_dtype:
        frame = frame.astype({"value": "string"})

    def plain(row):
        # NaN is not equal to itself: compare cells by their text, and by type (numpy scalars
        # print as Python ones under numpy 1).
        return tuple(map(repr, row)), tuple(map(type, row)), type(row).__name__, row._fields

    assert [plain(row) for row in rows(frame)] == [plain(row) for row in frame.itertuples(name="Row")]


def test_the_facts_table_is_the_table_of_the_facts_rows_with_its_column_types_when_empty():
    import pandas as pd

    from consistency.extractors import extract, extract_document
    from consistency.schema import FACT_COLUMNS

    texts = {"a": "Exports rose 4% to $12 billion on Monday, Ana Ruiz said in Lima.",
             "b": "Nothing to see here, really."}
    docs = [document_from_text(doc_id, text, published="2026-03-04") for doc_id, text in texts.items()]
    types = {"start": "int64", "end": "int64", "low": "float64", "high": "float64"}
    facts = [fact for doc in docs for fact in extract_document(doc)]
    plain = pd.DataFrame([dict(fact.row(), fact_id=fact.fact_id) for fact in facts], columns=FACT_COLUMNS)
    pd.testing.assert_frame_equal(extract(docs), plain.astype(types))
    empty = extract(docs[1:])
    assert empty.empty
    pd.testing.assert_frame_equal(empty, pd.DataFrame([], columns=FACT_COLUMNS).astype(types))
    assert empty["value"].str.upper().empty  # text columns stay text


_PLAIN_LINK_ONLY = re.compile(
    r"^\W*(?:<https?://[^>\s]+>|\[[^\]]*\]\([^)]*\)|https?://\S+)\W*$")  # the definition, quadratic on "[[[…"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="[]()<>:/ *#-htpsx.", max_size=40))
@example("<[]()")
@example("<<http://x.org>")
@example("[][]()")
def test_link_only_lines_as_in_the_plain_pattern(line):
    from consistency.boilerplate import link_only

    assert link_only(line) == bool(_PLAIN_LINK_ONLY.match(line))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="[]()<>:/ *#-htpsx.", min_size=1, max_size=40))
def test_long_link_lines_read_as_the_plain_pattern_save_a_bracket_pair_before_the_link(line):
    # the fast pattern for long lines (padded past the short-line limit with signs) agrees with the
    # plain one wherever no bracket pair without a link stands before the link
    from consistency.boilerplate import _SHORT_LINE, link_only

    padded = "-" * (_SHORT_LINE + 1) + line
    if not re.match(r"^[^\w\[]*\[[^\]\w]*\][^(]", padded):
        assert link_only(padded) == bool(_PLAIN_LINK_ONLY.match(padded))


@settings(max_examples=400)
@given(st.lists(st.sampled_from(["Monday", "Mondays", "Sunday", "Ann", "Lee", "he", "He", "she", "She", "ashes",
                                 "the", "other", "Th", "s", "h", "x2he", "_he", "(", "’", ",", "Xi Jinping", "of"]),
                max_size=12), st.integers(0, 12))
def test_a_name_or_pronoun_opening_with_a_class_matches_as_the_look_ahead_form(pieces, low):
    from consistency.extractors._calendar import WEEKDAYS
    from consistency.extractors._context import name_or_pronoun

    rest = r"[\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
    weekday = "(?:" + "|".join(day.capitalize() for day in WEEKDAYS) + r")\b"
    plain = re.compile(rf"(?P<name>(?!{weekday})[A-Z]{rest}|\b[Hh]e|\b[Ss]he)")  # the plain definition
    fast = re.compile(rf"(?P<name>{name_or_pronoun(rest)})")
    text = " ".join(pieces[:4]) + "".join(pieces[4:])
    low = min(low, len(text))
    assert [m.span() for m in fast.finditer(text, low)] == [m.span() for m in plain.finditer(text, low)]
    # As the speaker before a verb: the leftmost match running to the end of a window.
    fast_end, plain_end = (re.compile(pattern.pattern + " *$") for pattern in (fast, plain))
    found = fast_end.search(text, low), plain_end.search(text, low)
    assert [match and match.span() for match in found] == [found[1] and found[1].span()] * 2


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "Xi said that trade grew fast.", "He noted ties grew.", "Trade grew, said Tom Lee.", "Officials in Texas said",
    "according to the ministry,", "citing official data", "The White House on Monday said", "said", "resaid",
    "Mr.", "“", "”", ",", ".", "\n", "\n\n", "Xi", "x2said", "_said", "(said", "the ministers met"]), max_size=12))
def test_a_sentence_without_verb_words_names_no_speaker_as_when_read(pieces):
    from consistency.extractors._context import _speaker_in, sentence_speaker

    text = " ".join(pieces)
    context = DocumentContext(document_from_text("t", text))
    for sentence in context.sentences.items:
        assert _speaker_in(context, sentence) == sentence_speaker(text[sentence.start:sentence.end])


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["Xi", "said", "ésaid", "_said", "noted", "Noting", "according", "to", "(", "’", "é",
                                 "adding", "called", "x2said", "²said", "中said", " ", "\n", ",", "-", "\u00a0"]),
                max_size=12))
def test_verb_words_of_a_whole_text_found_only_where_a_word_starts_as_by_checking_each(pieces):
    from consistency.extractors._reported import _VERB_WORDS, verb_word_starts

    text = "".join(pieces)
    expected = [m.start() for m in _VERB_WORDS.finditer(text)  # the plain definition
                if not (m.start() and text[m.start() - 1].isalnum())]
    assert list(verb_word_starts(text)) == expected


_ENDS = st.lists(st.sampled_from(["and", "band", "_and", "also", "It", "it", "bit", "was", "has been", ",", "’,",
                                  "”", "Xi", " ", "  ", "\n", "é"]), max_size=10).map(" ".join)


@settings(max_examples=300)
@given(_ENDS, st.sampled_from(["", " ", "  "]))
def test_the_ends_before_a_verb_opening_with_a_literal_match_as_their_plain_forms(words, tail):
    from consistency.extractors import _reported

    s, closing = _reported.S, _reported.CLOSING
    plain = {_reported._COORDINATED: rf"\band{s}+(?:also{s}+)?$", _reported._COMMA_OR_AND_END: rf"(?:,|\band){s}*$",
             _reported._UNQUOTED_COMMA_END: rf"(?<![{closing}]),{s}*$",
             _reported._PASSIVE: rf"\b[Ii]t{s}+(?:was|is|has{s}+been){s}+(?:also{s}+)?$"}
    before = words + tail
    for fast, pattern in plain.items():
        found = fast.search(before), re.search(pattern, before)
        assert (found[0] and found[0].span()) == (found[1] and found[1].span())


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["Xi", "met", "during", "at", "a", "the", "virtual", "meeting", "call", "talks",
                                 "on", "Monday", "monday", "summit.", "in", "Paris", " ", ","]), max_size=12))
def test_an_occasion_closing_a_clause_is_found_as_by_searching_every_clause(pieces):
    from consistency.extractors._reported import _OCCASION, _occasion_start

    sentence = " ".join(pieces)
    for start in range(0, len(sentence) + 1, 3):
        for end in range(start, len(sentence) + 1, 2):
            found = _OCCASION.search(sentence, start, end)
            assert _occasion_start(sentence, start, end) == (found.start() if found else end)


@settings(max_examples=400)
@given(st.lists(st.sampled_from(["Xi", "Jinping", "of", "the", "Bank", "England", "and", "Lee", "he", "she", "Monday",
                                 "on", "also", "officially", "said", "noted", "asked", ",", "Mr.", "U.S.", "Lee.",
                                 "“", "\n", "O'Neil", "ashes", "has", "x"]), max_size=14), st.sampled_from(["", " "]))
def test_speakers_before_a_verb_read_with_possessive_names_as_with_plain_ones(pieces, tail):
    from consistency.extractors import _context, _quote_marks, _reported

    s, name, weekday = _quote_marks.S, _quote_marks.NAME, _context.WEEKDAY
    who = rf"(?P<name>(?!{weekday}){name}(?:{s}+and{s}+{name})?|\b[Hh]e|\b[Ss]he)(?:,[^,\n]{{1,60}},)?"  # plain
    said = re.compile(rf"{who}{_quote_marks.ADVERB}{s}+(?:{_context.SPEECH_VERBS}|{_quote_marks._QUOTE_VERBS})\b")
    subject_end = re.compile(rf"{who}{_quote_marks.ADVERB}{s}+$")
    name_before = re.compile(rf"(?P<name>(?!{weekday}){_context._NAME}|\b[Hh]e|\b[Ss]he)(?:,[^,]{{1,60}},)?"
                             rf"(?:[ \u00a0]+(?:also|then|later|further|{_context.WEEKDAY_OCCASION}))?$")
    text = " ".join(pieces) + tail

    def read(matches):
        return [(match.span(), match.group("name")) for match in matches if match]

    assert read(_quote_marks.SAID.finditer(text)) == read(said.finditer(text))
    assert read([_reported._SUBJECT_END.search(text)]) == read([subject_end.search(text)])
    assert read([_context._NAME_BEFORE.search(text)]) == read([name_before.search(text)])
