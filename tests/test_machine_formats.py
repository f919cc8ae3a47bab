"""The CI formats: junit.xml, results.sarif, github-annotations.txt and summary.md.

Most checks run on small results built by hand (documents from ``document_from_text``, findings
whose evidence spans are found with ``str.index``), so every expected number is checked by hand;
the pipeline runs on small corpora for fingerprints and on the seeds as a smoke test.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from consistency import check, check_documents, document_from_text
from consistency.baseline import Baseline
from consistency.cli import exit_code
from consistency.pipeline import Result, documents_table
from consistency.reporters import DEFAULT_FORMATS, RENDERERS, WRITERS, write_reports
from consistency.reporters._lines import LineIndex
from consistency.reporters.to_github import annotation, escape_data, escape_property, render_github
from consistency.reporters.to_junit import render_junit
from consistency.reporters.to_markdown import md, render_markdown
from consistency.reporters.to_sarif import as_sarif, render_sarif
from consistency.rules import rule_modules
from consistency.schema import FACT_COLUMNS, FINDING_COLUMNS

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import validate_sarif

ROOT = Path.cwd()


# --- building results by hand --------------------------------------------------------------------

ALPHA = "Trade talks\r\n\r\nBilateral trade reached $228.1 billion in 2025, officials said.\r\nTalks ended Friday."
BETA = "😀 Bilateral trade reached $218.1 billion in 2025.\nA second line about 40,000 students."
GAMMA = "Delegates said the meeting\nwas productive and frank."


def evidence(doc, surface: str, value: str = "v", origin: str = "narration") -> dict:
    start = doc.text.index(surface)
    return {"doc_id": doc.doc_id, "source": doc.source, "origin": origin, "start": start,
            "end": start + len(surface), "surface": surface, "value": value}


def finding(number: int, code: str, severity: str, message: str, spans: list[dict], verdict: str = "diverge",
            rule: str | None = None) -> dict:
    rule = rule or {m.CODE: m.NAME for m in rule_modules()}.get(code, "some-rule")
    return {"finding_id": f"{code}-{number:010d}", "code": code, "rule": rule, "verdict": verdict,
            "severity": severity, "kind": "money", "subject": "trade", "slot_id": f"money:trade@{number}",
            "doc_ids": ";".join(dict.fromkeys(e["doc_id"] for e in spans)), "fact_ids": "", "message": message,
            "sources": ";".join(sorted({e["source"] for e in spans})), "evidence": spans}


def result_of(docs, findings: list[dict], baseline: dict[str, str] | None = None) -> Result:
    table = pd.DataFrame(findings, columns=[*FINDING_COLUMNS, "sources", "evidence"])
    if baseline is not None:
        table["baseline"] = [baseline.get(f["finding_id"], "new") for f in findings]
    return Result(documents_table(docs), pd.DataFrame(columns=FACT_COLUMNS), table, docs)


@pytest.fixture
def docs():
    return [document_from_text("wire/alpha", ALPHA, source="Alpha | Wire `A`"),
            document_from_text("my reports/beta, final", BETA, source="Beta, News"),
            document_from_text("gamma", GAMMA, source="Gamma")]


@pytest.fixture
def hand(docs):
    """Three findings: an error (two spans), a warning (a span across a line break), an info."""
    alpha, beta, gamma = docs
    return result_of(docs, [
        finding(1, "D100", "error", "Trade: $228.1 billion (Alpha | Wire `A`) vs $218.1 billion (Beta, News).",
                [evidence(alpha, "$228.1 billion"), evidence(beta, "$218.1 billion")]),
        finding(2, "D300", "warning", "Wording differs:\nmeeting | talks, 100% sure",
                [evidence(gamma, "meeting\nwas productive")]),
        finding(3, "A100", "info", "Both say 2025.", [evidence(alpha, "2025"), evidence(beta, "2025")],
                verdict="agree"),
    ])


@pytest.fixture(scope="module")
def seeds():
    return check()


# --- registry ------------------------------------------------------------------------------------

def test_writers_are_registered_and_defaults_unchanged():
    assert DEFAULT_FORMATS == ("csv", "json", "html")
    assert {"junit", "sarif", "github", "markdown"} <= set(WRITERS)
    assert set(RENDERERS) == {"junit", "sarif", "github", "markdown"}


def test_write_reports_passes_fail_on_and_old_writers_accept_it(hand, tmp_path):
    written = write_reports(hand, tmp_path, ["csv", "json", "junit", "github", "markdown", "sarif"], fail_on="info")
    assert {p.name for p in written} == {"facts.csv", "findings.csv", "findings.json", "junit.xml",
                                         "github-annotations.txt", "summary.md", "results.sarif"}
    assert ET.parse(tmp_path / "junit.xml").getroot().get("failures") == "3"
    assert len((tmp_path / "github-annotations.txt").read_text(encoding="utf-8").splitlines()) == 3
    write_reports(hand, tmp_path, ["junit"])  # default threshold: error
    assert ET.parse(tmp_path / "junit.xml").getroot().get("failures") == "1"
    with pytest.raises(ValueError, match="unknown report format"):
        write_reports(hand, tmp_path, ["yaml"])


# --- offsets to lines and columns ----------------------------------------------------------------

def test_line_index_counts_crlf_cr_and_lf_as_one_break_and_code_points_as_columns():
    index = LineIndex(ALPHA)
    # "Trade talks\r\n" is line 1, "\r\n" line 2; "Bilateral trade reached " is 24 characters.
    start = ALPHA.index("$228.1")
    assert index.position(start) == (3, 25)
    assert index.region(start, start + len("$228.1 billion")).end_column == 39
    assert LineIndex("a\rb\nc\r\nd").position(7) == (4, 1)  # a \r b \n c \r \n d
    # The emoji is one code point (two UTF-16 units): 26 characters precede "$" in "😀 Bilateral trade reached $".
    assert LineIndex(BETA).position(BETA.index("$")) == (1, 27)
    # A form feed is not a line break for SARIF or editors.
    assert LineIndex("a\x0cb").position(2) == (1, 3)


@given(st.text(alphabet="ab\r\n😀 ", max_size=40), st.data())
def test_line_index_round_trips_every_offset(text, data):
    offset = data.draw(st.integers(0, len(text)))
    line, column = LineIndex(text).position(offset)
    # Independently: the lines as re.split sees them, and the offset rebuilt from (line, column).
    starts, position = [0], 0
    for match in re.finditer(r"\r\n|\r|\n", text):
        position = match.end()
        starts.append(position)
    if offset > 0 and text[offset - 1:offset + 1] == "\r\n":
        return  # between the two characters of one line break: not an offset any span uses
    assert starts[line - 1] + column - 1 == offset


# --- JUnit ---------------------------------------------------------------------------------------

def junit(result, fail_on):
    return ET.fromstring(render_junit(result, fail_on).encode("utf-8"))


@pytest.mark.parametrize(("fail_on", "failures"), [("info", 3), ("warning", 2), ("error", 1), ("never", 0)])
def test_junit_fails_exactly_the_findings_at_or_above_fail_on(hand, fail_on, failures):
    root = junit(hand, fail_on)
    cases = root.iter("testcase")
    finding_cases = [c for c in cases if c.get("classname") != "documents"]
    assert len(finding_cases) == 3
    failed = [c for c in finding_cases if c.find("failure") is not None]
    assert len(failed) == failures == int(root.get("failures"))
    assert root.get("tests") == "6"  # three findings and three documents
    for case in finding_cases:
        assert (case.find("failure") is None) == (case.find("system-out") is not None)
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert set(suites) == {"A100 values-agree", "D100 value-conflict", "D300 claim-altered", "documents"}
    assert sum(int(s.get("tests")) for s in suites.values()) == 6


def test_junit_failure_carries_severity_message_and_evidence(hand):
    case = next(c for c in junit(hand, "error").iter("testcase") if c.get("classname") == "D100")
    assert case.get("name") == "value-conflict money:trade@1 (D100-0000000001)"
    failure = case.find("failure")
    assert failure.get("type") == "error"
    assert failure.get("message").startswith("Trade: $228.1 billion (Alpha | Wire `A`)")
    assert "wire/alpha.txt:3:25 Alpha | Wire `A` (narration): “$228.1 billion”" in failure.text
    assert "my reports/beta, final.txt:1:27" in failure.text


def test_junit_baseline_accepted_finding_passes(docs, hand):
    accepted = result_of(docs, hand.findings.to_dict("records"), {"D100-0000000001": "accepted"})
    root = junit(accepted, "warning")
    assert root.get("failures") == "1"  # only the new warning
    case = next(c for c in root.iter("testcase") if c.get("classname") == "D100")
    assert case.find("failure") is None
    assert "Accepted in the baseline" in case.find("system-out").text
    assert exit_code(accepted.findings, "warning") == 1
    assert exit_code(accepted.findings, "error") == 0 and junit(accepted, "error").get("failures") == "0"


def test_junit_skips_unreadable_documents_and_survives_control_characters(docs):
    broken = [*docs, document_from_text("empty", "   ")]
    alpha = docs[0]
    alpha.source = "Alpha\x01\x0b"
    result = result_of(broken, [finding(1, "D100", "error", "bad\x00byte", [evidence(alpha, "2025")])])
    root = junit(result, "error")  # parses although the message and source held forbidden characters
    empty = next(c for c in root.iter("testcase") if c.get("name") == "empty")
    assert empty.find("skipped") is not None and root.get("skipped") == "1"
    assert next(root.iter("failure")).get("message") == "bad\ufffdbyte"


@pytest.mark.parametrize("fail_on", ["info", "warning", "error", "never"])
def test_junit_on_seeds_agrees_with_the_exit_code(seeds, fail_on):
    root = junit(seeds, fail_on)
    expected = 0 if fail_on == "never" else int(
        (seeds.findings["severity"].map({"info": 0, "warning": 1, "error": 2})
         >= {"info": 0, "warning": 1, "error": 2}[fail_on]).sum())
    assert int(root.get("failures")) == expected
    assert (expected > 0) == (exit_code(seeds.findings, fail_on) == 1)
    assert int(root.get("tests")) == len(seeds.findings) + len(seeds.corpus)


# --- SARIF ---------------------------------------------------------------------------------------

def slice_region(text: str, region: dict) -> str:
    """The text a SARIF region names, read back with lines split independently of the reporter."""
    lines = re.split(r"\r\n|\r|\n", text)
    first, last = region["startLine"] - 1, region["endLine"] - 1
    if first == last:
        return lines[first][region["startColumn"] - 1:region["endColumn"] - 1]
    parts = [lines[first][region["startColumn"] - 1:], *lines[first + 1:last], lines[last][:region["endColumn"] - 1]]
    return "\n".join(parts)


def locations(result_item: dict) -> list[dict]:
    return [*result_item.get("locations", []), *result_item.get("relatedLocations", [])]


def test_sarif_structure(hand):
    log = json.loads(render_sarif(hand, root=ROOT))
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json" and log["version"] == "2.1.0"
    (run,) = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "consistency" and driver["version"]
    rules = driver["rules"]
    assert [r["id"] for r in rules] == [m.CODE for m in rule_modules()]
    d100 = next(r for r in rules if r["id"] == "D100")
    assert d100["name"] == "value-conflict" and d100["defaultConfiguration"]["level"] == "error"
    assert d100["shortDescription"]["text"] == "two accounts give quantities that cannot both be true."
    assert d100["fullDescription"]["text"].startswith("value-conflict (D100):")
    assert [r["level"] for r in run["results"]] == ["error", "warning", "note"]
    for item in run["results"]:
        assert rules[item["ruleIndex"]]["id"] == item["ruleId"]
        assert "baselineState" not in item
    assert [len(r.get("relatedLocations", [])) for r in run["results"]] == [1, 0, 1]
    assert run["results"][0]["partialFingerprints"] == {"consistency/v1": "D100-0000000001"}


def test_sarif_regions_point_at_the_evidence(hand, docs):
    texts = {f"{doc.doc_id}.txt": doc.text for doc in docs}
    log = as_sarif(hand, root=ROOT)
    first = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert first["region"] == {"startLine": 3, "startColumn": 25, "endLine": 3, "endColumn": 39,
                               "snippet": {"text": "$228.1 billion"}}
    checked = 0
    for item, row in zip(log["runs"][0]["results"], hand.findings.itertuples(), strict=True):
        for location, span in zip(locations(item), row.evidence, strict=True):
            physical = location["physicalLocation"]
            path = unquote(physical["artifactLocation"]["uri"])
            assert slice_region(texts[path], physical["region"]) == span["surface"]
            checked += 1
    assert checked == 5
    # The warning's span crosses a line break: lines 1 → 2.
    region = log["runs"][0]["results"][1]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["endLine"], region["endColumn"]) == (1, 2, 15)


def test_sarif_regions_on_seeds_slice_to_the_surface(seeds):
    texts = {doc.doc_id: doc.text for doc in seeds.corpus}
    log = as_sarif(seeds)
    checked = 0
    for item, row in zip(log["runs"][0]["results"], seeds.findings.itertuples(), strict=True):
        for location, span in zip(locations(item), row.evidence, strict=True):
            assert slice_region(texts[span["doc_id"]], location["physicalLocation"]["region"]) == span["surface"]
            checked += 1
    assert checked == sum(len(e) for e in seeds.findings["evidence"]) > 0


def test_sarif_uris_are_encoded_and_relative_to_root(hand, tmp_path):
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for item in as_sarif(hand, root=ROOT)["runs"][0]["results"] for loc in locations(item)}
    assert uris == {"wire/alpha.txt", "my%20reports/beta%2C%20final.txt", "gamma.txt"}
    assert all(validate_sarif.is_uri_reference(uri) for uri in uris)
    elsewhere = as_sarif(hand, root=tmp_path)["runs"][0]
    artifact = elsewhere["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact["uri"] == (ROOT / "wire" / "alpha.txt").as_uri() and "uriBaseId" not in artifact
    assert elsewhere["originalUriBaseIds"]["%SRCROOT%"]["uri"] == tmp_path.as_uri() + "/"


def test_sarif_baseline_state_and_suppression(docs, hand):
    accepted = result_of(docs, hand.findings.to_dict("records"), {"D100-0000000001": "accepted"})
    results = as_sarif(accepted)["runs"][0]["results"]
    assert [r["baselineState"] for r in results] == ["unchanged", "new", "new"]
    assert results[0]["suppressions"][0]["status"] == "accepted"
    assert "suppressions" not in results[1]


CONFLICT = {"a": "Bilateral trade reached $228.1 billion in 2025, the ministry said.",
            "b": "Bilateral trade reached $218.1 billion in 2025, the agency said.",
            "c": "Officials said bilateral trade reached $228.1 billion in 2025."}


def fingerprints(result) -> list[tuple[str, str]]:
    return sorted((r["ruleId"], r["partialFingerprints"]["consistency/v1"])
                  for r in as_sarif(result)["runs"][0]["results"])


def test_sarif_fingerprints_are_stable_across_runs_and_document_order():
    docs = [document_from_text(name, text, published="2026-02-05") for name, text in CONFLICT.items()]
    first = fingerprints(check_documents(docs))
    again = [document_from_text(name, text, published="2026-02-05") for name, text in reversed(CONFLICT.items())]
    assert any(code == "D100" for code, _ in first)
    assert first == fingerprints(check_documents(docs)) == fingerprints(check_documents(again))


def test_sarif_moves_no_fingerprint_when_text_is_inserted_above():
    docs = [document_from_text(name, text, published="2026-02-05") for name, text in CONFLICT.items()]
    shifted = [document_from_text(name, "Editor's note: updated.\n\n" + text if name == "a" else text,
                                  published="2026-02-05") for name, text in CONFLICT.items()]
    before, after = as_sarif(check_documents(docs)), as_sarif(check_documents(shifted))
    conflict = [r for r in before["runs"][0]["results"] if r["ruleId"] == "D100"]
    moved = [r for r in after["runs"][0]["results"] if r["ruleId"] == "D100"]
    assert [r["partialFingerprints"] for r in conflict] == [r["partialFingerprints"] for r in moved]
    lines = {loc["physicalLocation"]["region"]["startLine"] for r in moved for loc in locations(r)
             if loc["physicalLocation"]["artifactLocation"]["uri"] == "a.txt"}
    assert lines == {3}


schema_missing = not validate_sarif.SCHEMA.is_file()
try:
    import jsonschema  # noqa: F401
except ImportError:  # pragma: no cover - jsonschema is present wherever the test extras are
    schema_missing = True


@pytest.mark.skipif(schema_missing, reason="needs the jsonschema package and tests/data/sarif-schema-2.1.0.json")
def test_sarif_validates_against_the_official_schema(seeds, docs, hand):
    schema = validate_sarif.load_schema()
    accepted = result_of(docs, hand.findings.to_dict("records"), {"D100-0000000001": "accepted"})
    broken = result_of([*docs, document_from_text("empty", "")], [])
    for result in (seeds, hand, accepted, broken):
        assert validate_sarif.validate(json.loads(render_sarif(result)), schema) == []


@pytest.mark.skipif(schema_missing, reason="needs the jsonschema package and tests/data/sarif-schema-2.1.0.json")
def test_the_validator_can_fail(hand):
    log = as_sarif(hand, root=ROOT)
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] = "my reports/b.txt"
    log["runs"][0]["results"][1]["ruleIndex"] = 0
    del log["runs"][0]["results"][2]["message"]
    problems = validate_sarif.validate(log, validate_sarif.load_schema())
    assert len(problems) == 3, problems
    assert any("is not a 'uri-reference'" in p for p in problems)
    assert any("ruleIndex 0 does not name rule 'D300'" in p for p in problems)


# --- GitHub workflow commands --------------------------------------------------------------------

COMMAND = re.compile(r"::(error|warning|notice) ([^:]*)::(.*)")


def unescape(text: str) -> str:
    return (text.replace("%2C", ",").replace("%3A", ":").replace("%0A", "\n").replace("%0D", "\r")
            .replace("%25", "%"))


def parse(line: str) -> tuple[str, dict, str]:
    match = COMMAND.fullmatch(line)
    assert match, line
    properties = dict(part.split("=", 1) for part in match.group(2).split(","))
    return match.group(1), {k: unescape(v) for k, v in properties.items()}, unescape(match.group(3))


def test_github_escaping_follows_the_runner():
    assert escape_data("100%\r\nnext") == "100%25%0D%0Anext"  # % first, so %0A is not re-escaped
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"


def test_github_annotations_for_failing_findings(hand):
    text = render_github(hand, "warning", root=ROOT)
    lines = text.splitlines()
    assert len(lines) == 2 and text.endswith("\n")  # one line per failing finding: no raw newline leaks
    level, props, message = parse(lines[0])
    assert level == "error"
    assert props == {"file": "wire/alpha.txt", "line": "3", "endLine": "3", "col": "25", "endColumn": "39",
                     "title": "D100 value-conflict"}
    assert message.startswith("Trade: $228.1 billion (Alpha | Wire `A`) vs $218.1 billion (Beta, News).\n")
    assert "my reports/beta, final.txt:1:27 Beta, News (narration): “$218.1 billion”" in message
    level, props, message = parse(lines[1])
    assert level == "warning" and props["file"] == "gamma.txt"
    assert (props["line"], props["endLine"]) == ("1", "2") and "col" not in props  # spans two lines
    assert message.startswith("Wording differs:\nmeeting | talks, 100% sure\n")
    assert "%0A" in lines[1] and "100%25 sure" in lines[1]


def test_github_comma_and_colon_in_a_path_are_escaped(docs):
    beta = docs[1]
    line = annotation(finding(1, "D100", "error", "x", [evidence(beta, "2025")]), _locator(docs))
    assert "file=my reports/beta%2C final.txt," in line
    assert ",title=D100 value-conflict::x%0A" in line


def _locator(docs):
    from consistency.reporters._lines import Locator
    return Locator(docs, ROOT)


def test_github_levels_and_baseline(docs, hand):
    levels = [parse(line)[0] for line in render_github(hand, "info").splitlines()]
    assert levels == ["error", "warning", "notice"]
    assert render_github(hand, "never") == ""
    accepted = result_of(docs, hand.findings.to_dict("records"), {"D100-0000000001": "accepted"})
    assert [parse(line)[0] for line in render_github(accepted, "info").splitlines()] == ["warning", "notice"]


def test_github_on_seeds_one_line_per_failing_finding(seeds):
    for fail_on, rank in (("info", 0), ("warning", 1), ("error", 2)):
        expected = int((seeds.findings["severity"].map({"info": 0, "warning": 1, "error": 2}) >= rank).sum())
        lines = render_github(seeds, fail_on).splitlines()
        assert len(lines) == expected
        assert all(COMMAND.fullmatch(line) for line in lines)


# --- Markdown ------------------------------------------------------------------------------------

def unescaped_pipes(row: str) -> int:
    return len(re.findall(r"(?<!\\)\|", row))


def test_markdown_escapes_document_text():
    assert md("a | b `c`") == r"a \| b \`c\`"
    assert md("line\nbreak  and\ttab") == "line break and tab"
    assert md("[link](http://x) <b>&amp;") == r"\[link\](http://x) \<b\>\&amp;"


def test_markdown_summary(hand):
    text = render_markdown(hand, "warning", root=ROOT)
    assert text.startswith("## consistency: 2 findings at or above warning")
    assert "3 of 3 documents read · 0 facts · 3 findings" in text
    assert "| diverge | 1 | 1 | 0 | 2 |" in text and "| agree | 0 | 0 | 1 | 1 |" in text
    table = text.split("### Findings at or above warning")[1].strip().splitlines()
    rows = [row for row in table if row.startswith("|")]
    assert len(rows) == 4  # header, separator, two findings; the info one is below the threshold
    assert all(unescaped_pipes(row) == 5 for row in rows)
    assert r"(Alpha \| Wire \`A\`)" in rows[2]
    assert "wire/alpha.txt:3 (+1)" in rows[2]
    assert r"Wording differs: meeting \| talks, 100% sure" in rows[3]
    assert "Documents with problems" not in text


def test_markdown_renders_document_text_inert(docs):
    """Rendered by a CommonMark + GFM-tables parser, hostile text stays text inside its cell."""
    markdown_it = pytest.importorskip("markdown_it")
    alpha = docs[0]
    hostile = "Trade `code` | <script>alert(1)</script> [link](http://example.com) *em* &amp;\n# heading"
    result = result_of(docs, [finding(1, "D100", "error", hostile, [evidence(alpha, "2025")])])
    html = markdown_it.MarkdownIt("commonmark").enable("table").render(render_markdown(result, "error"))
    rows = re.findall(r"<tr>(.*?)</tr>", html, flags=re.S)
    assert [row.count("<td") for row in rows[-1:]] == [4]
    for tag in ("<code>", "<a ", "<script>", "<em>", "<h1>"):
        assert tag not in html
    assert ("Trade `code` | &lt;script&gt;alert(1)&lt;/script&gt; [link](http://example.com) *em* &amp;amp; # heading"
            in html)


def test_markdown_baseline_column_and_problem_documents(docs, hand):
    broken = [*docs, document_from_text("bad|name", "")]
    accepted = result_of(broken, hand.findings.to_dict("records"), {"D100-0000000001": "accepted"})
    accepted.stale.append("D200-0123456789")
    text = render_markdown(accepted, "warning", root=ROOT)
    assert text.startswith("## consistency: 1 finding at or above warning")
    assert "baseline: 1 accepted, 2 new, 1 stale" in text
    rows = [row for row in text.split("### Findings at or above warning")[1].splitlines()
            if row.startswith("| ") and not row.startswith("| ---")]
    assert rows[0].endswith("| baseline |")
    assert rows[1].startswith("| warning |") and rows[1].endswith("| new |")  # failing ones first
    assert rows[2].startswith("| error |") and rows[2].endswith("| accepted |")
    problems = text.split("### Documents with problems")[1]
    assert r"- bad\|name.txt (empty): " in problems


def test_markdown_on_seeds(seeds):
    text = render_markdown(seeds, "warning")
    failing = int((seeds.findings["severity"] != "info").sum())
    assert text.startswith(f"## consistency: {failing} finding")
    assert len(text) < 20_000  # short enough for a step summary
    never = render_markdown(seeds, "never")
    assert "### Findings" not in never and never.startswith("## consistency: checked (fail-on never)")


def test_baseline_object_round_trip_marks_formats(tmp_path):
    docs = [document_from_text(name, text, published="2026-02-05") for name, text in CONFLICT.items()]
    first = check_documents(docs)
    conflict = first.findings[first.findings["code"] == "D100"]["finding_id"].tolist()
    assert conflict
    marked = check_documents(docs, baseline=Baseline(frozenset(conflict)))
    assert junit(marked, "error").get("failures") == "0"
    assert render_github(marked, "error") == ""
    states = {r["partialFingerprints"]["consistency/v1"]: r["baselineState"]
              for r in as_sarif(marked)["runs"][0]["results"]}
    assert {states[fid] for fid in conflict} == {"unchanged"}


def test_validator_docstring_examples():
    import doctest

    assert doctest.testmod(validate_sarif).failed == 0
