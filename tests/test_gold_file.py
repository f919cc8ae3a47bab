"""Sanity checks for the hand-annotated gold file tests/gold/seeds.jsonl (see tests/gold/README.md).

These tests only check the gold file's form: that it parses, that every span points at its surface in
the seed text, and that values follow the canonical forms of the data contract. They never run the
extractors.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold" / "seeds.jsonl"
COVERAGE = HERE / "gold" / "coverage.json"
SEEDS = HERE.parent / "seeds"

KINDS = {"money", "percent", "count", "ordinal", "year_range", "date", "time", "duration",
         "person", "org", "place", "quote"}
REQUIRED = {"doc_id", "kind", "start", "end", "surface", "value"}
OPTIONAL = {"unit", "qualifier", "subject", "speaker", "note"}
QUALIFIERS = {"exact", "approx", "above", "below", "range"}

YEAR = r"(?:\d{4}|XXXX)"
DATE_RE = re.compile(rf"^(?:{YEAR}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)?$")  # "" = unresolved
YEAR_RANGE_RE = re.compile(rf"^{YEAR}(?:-(?:0[1-9]|1[0-2]))?/{YEAR}(?:-(?:0[1-9]|1[0-2]))?$")
TIME_RE = re.compile(r"^(?:(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?|morning|noon|afternoon|evening|night|midnight)$")
DURATION_RE = re.compile(r"^P(?!$)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$")
INT_RE = re.compile(r"^(?:0|[1-9]\d*)$")
NUMBER_RE = re.compile(r"^\d+(?:\.\d+)?$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})

# Boilerplate starts (nothing at or after these markers may be annotated): comment forms, press-wire
# footers, the author bio and the unrelated "Must Read" story.
BOILERPLATE_MARKERS = {
    "000_dfe48fb2668325af": "Leave a Reply",
    "002_50626b5e6c88bd21": "<https://news.cgtn.com/",
    "003_94b61a5db4874c03": "Mian Abrar\nMian Abrar",
}


def _lines():
    with GOLD.open(encoding="utf-8") as f:
        return [(n, line) for n, line in enumerate(f, 1) if line.strip()]


@pytest.fixture(scope="module")
def texts():
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="module")
def gold():
    return [json.loads(line) for _, line in _lines()]


def test_every_line_parses_as_a_json_object():
    lines = _lines()
    assert lines, "gold file is empty"
    for n, line in lines:
        rec = json.loads(line)
        assert isinstance(rec, dict), f"line {n}"


def test_fields_and_types(gold):
    for rec in gold:
        assert rec.keys() >= REQUIRED, rec
        assert rec.keys() <= REQUIRED | OPTIONAL, rec
        assert rec["kind"] in KINDS, rec
        assert isinstance(rec["start"], int) and isinstance(rec["end"], int), rec
        assert 0 <= rec["start"] < rec["end"], rec
        for key in ("surface", "value", *(OPTIONAL & rec.keys())):
            assert isinstance(rec[key], str), (key, rec)
        if "qualifier" in rec:
            assert rec["qualifier"] in QUALIFIERS, rec


def test_doc_ids_are_the_seed_files(gold, texts):
    assert len(texts) == 5
    assert {rec["doc_id"] for rec in gold} == set(texts)


def test_spans_point_at_their_surface(gold, texts):
    for rec in gold:
        text = texts[rec["doc_id"]]
        assert rec["end"] <= len(text), rec
        assert text[rec["start"]:rec["end"]] == rec["surface"], rec


def test_no_duplicate_doc_kind_start(gold):
    dupes = [k for k, n in Counter((r["doc_id"], r["kind"], r["start"]) for r in gold).items() if n > 1]
    assert not dupes


def test_no_fact_in_boilerplate(gold, texts):
    for doc_id, marker in BOILERPLATE_MARKERS.items():
        cut = texts[doc_id].find(marker)
        assert cut > 0, (doc_id, marker)
        late = [r for r in gold if r["doc_id"] == doc_id and r["end"] > cut]
        assert not late, late[:3]


def test_money_values(gold):
    for r in (r for r in gold if r["kind"] == "money"):
        assert INT_RE.match(r["value"]), r
        assert CURRENCY_RE.match(r.get("unit", "")), r
        assert r.get("qualifier") in QUALIFIERS, r


def test_percent_values(gold):
    for r in (r for r in gold if r["kind"] == "percent"):
        assert NUMBER_RE.match(r["value"]), r
        assert r.get("unit") in {"percent", "percentage points"}, r


def test_count_and_ordinal_values_are_digits(gold):
    for r in (r for r in gold if r["kind"] in {"count", "ordinal"}):
        assert INT_RE.match(r["value"]), r


def test_date_values_are_iso_like(gold):
    for r in (r for r in gold if r["kind"] == "date"):
        assert DATE_RE.match(r["value"]), r
        value = r["value"]
        if re.match(r"^\d{4}-\d{2}-\d{2}$", value):
            day = dt.date.fromisoformat(value)  # a real calendar day
            for name, idx in WEEKDAYS.items():   # a written weekday agrees with the resolved date
                if re.search(rf"\b{name}\b", r["surface"]):
                    assert day.weekday() == idx, r
        elif r["surface"] in WEEKDAYS:
            assert value == "", r  # weekdays are either resolved to a day or left unresolved


def test_written_months_agree_with_values(gold):
    for r in (r for r in gold if r["kind"] == "date" and r["value"]):
        words = re.findall(r"[A-Za-z]+", r["surface"])
        # "may" is only a month when capitalised
        months = {MONTHS[w.lower()] for w in words if w.lower() in MONTHS and (w.lower() != "may" or w == "May")}
        if months:
            assert len(r["value"]) >= 7 and int(r["value"][5:7]) in months, r


def test_year_range_values(gold):
    for r in (r for r in gold if r["kind"] == "year_range"):
        assert YEAR_RANGE_RE.match(r["value"]), r
        lo, hi = r["value"].split("/")
        if "X" not in r["value"]:
            assert lo <= hi, r


def test_time_values(gold):
    for r in (r for r in gold if r["kind"] == "time"):
        assert TIME_RE.match(r["value"]), r


def test_duration_values_are_iso_8601(gold):
    for r in (r for r in gold if r["kind"] == "duration"):
        assert DURATION_RE.match(r["value"]), r


def test_entity_values_are_clean_names(gold):
    for r in (r for r in gold if r["kind"] in {"person", "org", "place"}):
        assert r["value"] and r["value"] == r["value"].strip(), r
        assert not re.search(r"\s{2,}|[\u00a0\u2002]", r["value"]), r


def _is_reported(rec):
    return rec["kind"] == "quote" and rec.get("note") == "reported"


def _fold(surface):
    """The value of a reported-speech line: whitespace folded, typographic apostrophes made straight."""
    return " ".join(surface.split()).replace("\u2019", "'").replace("\u2018", "'")


def _speakers(gold):
    return {r["value"] for r in gold if r["kind"] in {"person", "org"}}


def test_direct_quotes_have_speakers_who_are_annotated_persons(gold, texts):
    persons = {r["value"] for r in gold if r["kind"] == "person"}
    for r in (r for r in gold if r["kind"] == "quote" and not _is_reported(r)):
        assert r["value"] == r["surface"], r
        assert r.get("speaker") in persons, r
        # a direct quote is the text inside quotation marks: it opens right after the mark
        assert texts[r["doc_id"]][r["start"] - 1] in "\u201c\"", r


# Reported speech (tests/gold/README.md, "quote"): the cues that introduce a reported statement.
SPEECH_CUE = (r"(?:said|says|say|saying|noted|noting|stressed|stressing|emphasi[sz]ed|emphasi[sz]ing|added|adding|"
              r"highlighted|highlighting|underlined|recalled|stated|reiterated|urged|urging|told|"
              r"pointed\s+out|pointing\s+out|expressed|reaffirmed|reaffirming|outlined|called\s+for|called\s+on|"
              r"calling|responded|voiced|acknowledged|agreed|mentioned|citing)")
# cue, an optional bridge (an adverbial, the addressee, the stance noun before "that", the cited data),
# then "that" (doubled once in 000: "He added that that …"), then the span
CUE_BRIDGE = r"(?:\s+(?:on\s+Wednesday|CGTN|satisfaction|with\s+satisfaction|official\s+data\s+showing))?"
CUE_BEFORE = re.compile(rf"\b{SPEECH_CUE}{CUE_BRIDGE}(?:\s+that){{0,2}}:?\s+$", re.IGNORECASE)
# "…, Xi said." / "…, he added." : the cue follows the span
CUE_AFTER = re.compile(r"^,\s+(?:he|she|they|[A-Z][a-z]+)\s+(?:said|says|added|noted)[.,]")
# "Both sides, he noted, have …" / "…, according to analysis, …": the cue sits inside the span
CUE_INSIDE = re.compile(rf",\s+(?:\w+\s+){{1,2}}?{SPEECH_CUE},|,\s+according\s+to\s+[^,]+,", re.IGNORECASE)
UNNAMED_SPEAKERS = {"analysts"}


def test_reported_speech_lines_have_form(gold):
    speakers = _speakers(gold) | UNNAMED_SPEAKERS
    reported = [r for r in gold if _is_reported(r)]
    assert reported, "no reported-speech lines"
    for r in reported:
        assert r.keys() == REQUIRED | {"speaker", "note"}, r
        assert r["note"] == "reported", r
        # a joint statement names both speakers: "Xi Jinping and Vladimir Putin"
        parts = r.get("speaker", "").split(" and ")
        assert all(p in speakers for p in parts), r
        assert r["value"] == _fold(r["surface"]), r
        assert r["surface"] == r["surface"].strip(), r
        assert not r["surface"].endswith((".", ",", ";", ":")), r  # the final full stop is left out


def test_reported_spans_start_after_a_speech_cue(gold, texts):
    for r in (r for r in gold if _is_reported(r)):
        text = texts[r["doc_id"]]
        before, after = text[max(0, r["start"] - 80):r["start"]], text[r["end"]:r["end"] + 40]
        assert (CUE_BEFORE.search(before) or CUE_AFTER.match(after)
                or CUE_INSIDE.search(r["surface"])), r
        assert not re.match(rf"(?:that|{SPEECH_CUE})\b", r["surface"], re.IGNORECASE), r  # the cue is outside
        if not CUE_BEFORE.search(before):  # "…, X said." or a parenthetical cue: the span opens a sentence
            assert r["surface"][0].isupper(), r


def test_same_kind_spans_do_not_overlap(gold):
    """Facts of one kind never overlap, except across the two quote layers: a reported span may sit
    inside a direct quote (reported speech quoted by someone else) or contain a quoted fragment."""
    layers = defaultdict(list)
    for r in gold:
        layers[r["doc_id"], r["kind"], _is_reported(r)].append((r["start"], r["end"]))
    for key, spans in layers.items():
        spans.sort()
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert start >= end, (key, start, end)


def test_coverage_file(texts):
    cov = json.loads(COVERAGE.read_text(encoding="utf-8"))
    assert set(cov) == {"complete"}
    assert set(cov["complete"]) <= set(texts)
    for doc_id, entry in cov["complete"].items():
        assert set(entry) == {"kinds", "ranges"}, doc_id
        assert entry["kinds"] and set(entry["kinds"]) <= KINDS, doc_id
        for start, end in entry["ranges"]:
            assert isinstance(start, int) and isinstance(end, int)
            assert 0 <= start < end <= len(texts[doc_id]), (doc_id, start, end)


def test_numeric_and_temporal_kinds_are_complete_everywhere(texts):
    cov = json.loads(COVERAGE.read_text(encoding="utf-8"))["complete"]
    numeric = {"money", "percent", "count", "ordinal", "year_range", "date", "time", "duration"}
    for doc_id, text in texts.items():
        assert numeric <= set(cov[doc_id]["kinds"]), doc_id
        assert [0, len(text)] in cov[doc_id]["ranges"], doc_id
