"""Invariants checked with hypothesis: spans slice to their surface, no text crashes
the pipeline, formatted amounts and dates read back, results ignore document order."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consistency import bundled_corpus, check_documents, document_from_text, load_corpus
from consistency.extractors import extract_document, extractor_modules
from consistency.published import find_publication_date, guess_source

NEWS_ALPHABET = st.characters(
    codec="utf-8", categories=("L", "N", "P", "Zs", "S"), include_characters="\n\u00a0\u201c\u201d$€\\")
FRAGMENTS = st.sampled_from([
    "$228.1 billion", "\\$5 bn", "considerably above $200 billion", "between $1 and $2 billion",
    "on Wednesday", "tomorrow, February 5", "Feb. 4, 2026", "in November", "today", "May 9",
    "nearly €3bn", "US$5 million", "February 30", "2026-02-31", "Thu, Feb 05 2026", "\n\n",
    "Published on March 3, 2025\n", "March 3 (Office) – ", "According to the Foreign Ministry, ",
    "Xi said", "\u00a0", "Must Read\n", "RMB 3.5 trillion", "$1-2 billion", "-", ",", ".",
])
TEXTS = st.lists(st.one_of(FRAGMENTS, st.text(NEWS_ALPHABET, max_size=30)), max_size=25).map("".join)
SLOW = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SLOW
@given(TEXTS, st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2090, 12, 31))))
def test_any_text_extracts_without_crashing_and_spans_slice_to_surface(text, published):
    doc = document_from_text("t", text, published.isoformat() if published else None)
    if not doc.usable:
        return
    for fact in extract_document(doc):
        assert doc.text[fact.start:fact.end] == fact.surface
        assert fact.sentence_start <= fact.start and fact.end <= max(fact.sentence_end, fact.end)


@SLOW
@given(st.lists(TEXTS, min_size=1, max_size=4))
def test_any_corpus_runs_through_rules(texts):
    docs = [document_from_text(f"d{i}", text, "2026-02-05") for i, text in enumerate(texts)]
    result = check_documents(docs)
    assert set(result.findings["verdict"]) <= {"agree", "paraphrase", "compatible", "diverge", "omission"}


SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9}
SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "\\$": "USD"}


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 999_999), st.integers(0, 2), st.sampled_from(sorted(SCALES)),
       st.sampled_from(sorted(SYMBOLS)), st.booleans())
def test_formatted_amounts_read_back_to_their_value(whole, decimals, scale, symbol, thousands):
    number = whole / 10 ** decimals
    digits = f"{number:,.{decimals}f}" if thousands else f"{number:.{decimals}f}"
    surface = f"{symbol}{digits} {scale}"
    text = f"Spending reached {surface} last year."
    (fact,) = [f for f in extract_document(document_from_text("t", text)) if f.kind == "money"]
    assert fact.surface == surface
    assert fact.unit == SYMBOLS[symbol]
    assert abs(float(fact.value) - number * SCALES[scale]) <= 1e-6 * number * SCALES[scale]
    assert fact.low <= number * SCALES[scale] <= fact.high


DATE_FORMATS = ["%B %-d, %Y", "%b %-d, %Y", "%-d %B %Y", "%Y-%m-%d", "%a, %b %d %Y", "%B %-d"]


@settings(max_examples=300, deadline=None)
@given(st.dates(dt.date(1950, 1, 1), dt.date(2099, 12, 31)), st.sampled_from(DATE_FORMATS))
def test_formatted_dates_read_back_to_their_value(date, form):
    surface = date.strftime(form)
    published = date + dt.timedelta(days=3)  # a year-less date takes the nearest past year
    text = f"The agreement was signed on {surface} in the capital."
    doc = document_from_text("t", text, published.isoformat())
    dates = [f for f in extract_document(doc) if f.kind == "date"]
    assert [(f.surface, f.value) for f in dates] == [(surface, date.isoformat())]


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@settings(max_examples=200, deadline=None)
@given(st.dates(dt.date(2000, 1, 1), dt.date(2090, 12, 31)), st.integers(0, 6), st.booleans())
def test_weekdays_resolve_within_the_week_in_the_sentences_direction(published, weekday, future):
    sentence = f"The ministers will meet on {WEEKDAYS[weekday]}." if future else \
        f"The ministers met on {WEEKDAYS[weekday]}."
    (fact,) = [f for f in extract_document(document_from_text("t", sentence, published.isoformat()))
               if f.kind == "date"]
    resolved = dt.date.fromisoformat(fact.value)
    assert resolved.weekday() == weekday
    gap = (resolved - published).days
    assert (0 <= gap <= 6) if future else (-6 <= gap <= 0)


REPORTS = [
    "Exports reached $5.2 billion in 2024, the ministry said on Monday.",
    "Exports reached $5.9 billion in 2024, officials said on Tuesday.",
    "Exports were more than $5 billion in 2024. The ministers met on Monday.",
    "Xi Jinping held talks with Vladimir Putin on Wednesday, agreeing a $3 billion fund.",
]


def _findings_in_order(texts: list[str], order, columns: list[str]) -> list[tuple]:
    """The findings' ``columns`` when the documents come in ``order``, sorted."""
    docs = [document_from_text(f"r{i}", texts[i], "2026-02-05") for i in order]
    table = check_documents(docs).findings
    return sorted(zip(*(table[column] for column in columns), strict=True))


@settings(max_examples=40, deadline=None)
@given(st.permutations(range(len(REPORTS))))
def test_findings_do_not_depend_on_document_order(order):
    columns = ["finding_id", "verdict", "slot_id"]
    assert _findings_in_order(REPORTS, order, columns) == _findings_in_order(REPORTS, range(len(REPORTS)), columns)


QUOTING_REPORTS = [
    "Trade minister Jane Doe said the talks had failed. \u201cWe will never accept the tariff plan in its "
    "current form. Our farmers deserve better,\u201d she said.",
    "\u201cWe will never accept the tariff plan in its current form,\u201d Jane Doe told reporters on Monday.",
    "Jane Doe was blunt. \u201cWe will never accept the tariff plan in its current form,\u201d she said.",
    "Trade minister Jane Doe said: \u201cWe will never accept the tariff plan.\u201d",
]


@settings(max_examples=24, deadline=None)
@given(st.permutations(range(len(QUOTING_REPORTS))))
def test_quote_findings_do_not_depend_on_document_order(order):
    # The same quote stands word for word in several accounts: which one it is judged against
    # (and so the finding's sources and id) must not follow the order the documents came in.
    columns = ["finding_id", "sources", "message"]
    found = _findings_in_order(QUOTING_REPORTS, range(len(QUOTING_REPORTS)), columns)
    assert sum("quotes Jane Doe" in message for _, _, message in found) >= 3
    assert _findings_in_order(QUOTING_REPORTS, order, columns) == found


def test_a_facts_table_whose_index_repeats_labels_aligns_as_with_a_plain_index():
    # align() and the rules are public: a table filtered or concatenated by a user may repeat labels.
    from consistency import align, extract
    from consistency.rules import run_rules

    docs = [document_from_text(f"r{i}", text, "2026-02-05") for i, text in enumerate(REPORTS)]
    facts = extract(docs)
    repeated = facts.set_axis([position % 3 for position in range(len(facts))])
    plain, aligned = align(facts), align(repeated)
    assert list(aligned.index) == list(repeated.index)
    assert list(aligned["slot_id"]) == list(plain["slot_id"]) and (plain["slot_id"] != "").sum() > 4

    def findings(table):
        found = run_rules(table)
        return sorted(zip(found["finding_id"], found["message"], found["evidence"].map(str), strict=True))

    assert findings(aligned) == findings(plain)


# Doubled spaces are common in pasted and OCR'd copy; they must change no reading. Two kinds of
# gap are doubled: between lower-case words (the speed benchmark makes copies unique that way),
# and any space between two non-space characters: before a year ("the  2026 season"), inside a
# name ("Central  Committee"), after a label ("Document  Date:"), before a currency sign ("35  €").
# A space between two digits is left as it is: "12  500 euros" may be two figures, so a doubled
# space inside digit grouping is knowingly not read as one amount.
WORD_GAP = re.compile(r"(?<=[a-z,]) (?=[a-z])")
ANY_GAP = re.compile(r"(?<=[^\s\d]) (?=\S)|(?<=\d) (?=[^\s\d])")
GAPS = {"between words": WORD_GAP, "between non-spaces": ANY_GAP}
OWN_TEXTS = [
    "The ministers said on Tuesday evening that freight rose by more than 15 per cent, the Transport "
    "Ministry said, citing official data.",
    "Rail links will reopen.\nThe writer is a columnist at the Daily Ledger.\nShe covers trade and energy.",
    "Officials, according to analysts, expect the talks to resume in the spring.",
    "He wished them a Happy New Year 2026. He scored 20 points in the 2026 season.",
    "The 2025 budget was approved. Prices fell in the second half of 2024 and the first quarter of 2025.",
    "The French-German Years of Youth ( 2024 and 2025 ) began in Paris.",
    "A plenum of the CPC Central Committee opened. Members of the Political Bureau of the Workers’ Party of "
    "Korea Central Committee met the director of the Office of the Central Commission for Foreign Affairs.",
    "Beijing restated the One China policy to envoys from the Republic of Korea in the Great Hall of the People.",
    "A ticket costs 35 € at the door, a pass costs € 120 and the club paid -1 000 000 € for the pitch.",
    "Published on February 4, 2026\nDocument Date: Thu, Feb 05 2026 12:41:45 am\nCategory: International\n\n"
    "President of Russia Vladimir Putin: We agreed to raise trade to $200 billion this year.\n\n"
    "Xi Jinping (via video link): We will meet in Beijing.\n\nMust Read\n\nXi met Putin in 2025.",
]
SEED_TEXTS = [doc.text for doc in load_corpus(bundled_corpus()) if doc.usable]
EXAMPLE_TEXTS = [example.text for module in extractor_modules() for example in module.EXAMPLES]


def _readings(text: str) -> Counter:
    facts = extract_document(document_from_text("t", text, "2026-02-05"))
    return Counter((f.kind, f.value, f.speaker, f.origin, f.subject, f.qualifier, f.unit, f.note) for f in facts)


@pytest.mark.parametrize("gap", sorted(GAPS))
@pytest.mark.parametrize("text", OWN_TEXTS + SEED_TEXTS + EXAMPLE_TEXTS, ids=lambda text: text[:30])
def test_doubling_every_space_changes_no_reading(text, gap):
    assert _readings(GAPS[gap].sub("  ", text)) == _readings(text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(EXAMPLE_TEXTS + OWN_TEXTS), st.sampled_from(sorted(GAPS)),
       st.randoms(use_true_random=False), st.floats(0.05, 1.0))
def test_doubled_spaces_change_no_reading(text, gap, rng, share):
    doubled = GAPS[gap].sub(lambda _gap: "  " if rng.random() < share else " ", text)
    assert _readings(doubled) == _readings(text)


def test_doubled_spaces_change_no_source_or_publication_date():
    text = ("Last updated: 2026-02-04\nFirst published: 2026-02-03\n\nTrade grew.\n\n"
            "The writer is a columnist for China Daily.")
    doubled = ANY_GAP.sub("  ", text)
    assert guess_source(doubled, "x") == guess_source(text, "x") == "China Daily"
    assert guess_source(text.replace("China Daily", "China\tDaily"), "x") == "China Daily"
    published = (dt.date(2026, 2, 3), "first published")
    assert find_publication_date(doubled)[:2] == find_publication_date(text)[:2] == published
