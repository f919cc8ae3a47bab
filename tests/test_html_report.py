"""report.html: self-contained, escaped, complete, and marking the evidence exactly."""

from __future__ import annotations

import json
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser_support import HOSTILE_TEXT, synthetic
from hypothesis import given, settings
from hypothesis import strategies as st

import consistency
from consistency.baseline import Baseline, read_baseline
from consistency.reporters.to_html import (
    MAX_SLOTS,
    SEVERITY_ORDER,
    VERDICT_ORDER,
    document_html,
    emphasis_chart,
    matrix,
    ordered,
    script_json,
    write_html,
)
from consistency.schema import Document, Span

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Runs(HTMLParser):
    """Every piece of text with the open elements around it, and every tag with its attributes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.runs: list[tuple[str, tuple]] = []
        self.stack: list[tuple[str, dict]] = []
        self.scripts: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        self.tags.append((tag, attrs))
        if tag not in VOID:
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1][0] == "script":
            key = self.stack[-1][1].get("id", "")
            self.scripts[key] = self.scripts.get(key, "") + data
            return
        self.runs.append((data, tuple(self.stack)))

    def text(self, inside=lambda tag, attrs: True) -> str:
        """The text of runs with some open element satisfying ``inside``."""
        return "".join(data for data, stack in self.runs if any(inside(t, a) for t, a in stack))


def parse(html: str) -> Runs:
    page = Runs()
    page.feed(html)
    page.close()
    assert not page.stack, f"unclosed elements: {page.stack}"
    return page


def _classes(attrs) -> set:
    return set(attrs.get("class", "").split())


class Rendered:
    """A written report: its HTML, parsed page, the JSON data block and each finding's parsed evidence."""

    def __init__(self, result, folder: Path):
        written = write_html(result, folder)
        assert written == [folder / "report.html"]
        self.path = written[0]
        self.html = self.path.read_text(encoding="utf-8")
        self.page = parse(self.html)
        self.data = json.loads(self.page.scripts["report-data"])
        self.details = {fid: parse(html) for fid, html in self.data["details"].items()}
        self.columns = self.data["columns"]
        self.findings = [dict(zip(self.columns, values, strict=True)) for values in self.data["findings"]]
        self.rows = [f["finding_id"] for f in self.findings]

    def marks(self, finding_id: str) -> list[str]:
        runs = self.details[finding_id].runs
        found, current, inside = [], [], False
        for data, stack in runs:
            in_mark = any(t == "mark" for t, _ in stack)
            if in_mark:
                current.append(data)
            elif inside:
                found.append("".join(current))
                current = []
            inside = in_mark
        if current:
            found.append("".join(current))
        return found

    def section(self, element_id: str) -> str:
        start = self.html.index(f'id="{element_id}"')
        return self.html[start:self.html.index("</section>", start)]


def _render(result, folder: Path) -> Rendered:
    return Rendered(result, folder)


@pytest.fixture(scope="module")
def seeds():
    return consistency.check(consistency.bundled_corpus())


@pytest.fixture(scope="module")
def seeds_page(seeds, tmp_path_factory):
    return _render(seeds, tmp_path_factory.mktemp("html"))


def _hostile(extra=()):
    docs = [consistency.document_from_text("evil", "<script>alert(1)</script> Trade reached $5 billion in 2025.", None),
            consistency.document_from_text("good", "Trade reached $6 billion in 2025.", None), *extra]
    return consistency.check_documents(docs)


# -- completeness and order ------------------------------------------------------------------------------

def test_report_exists_and_lists_every_finding(seeds, seeds_page):
    assert len(seeds.findings)
    assert sorted(seeds_page.rows) == sorted(seeds.findings["finding_id"])
    assert sorted(seeds_page.data["details"]) == sorted(seeds.findings["finding_id"])
    for doc_id in seeds.documents["doc_id"]:
        assert doc_id in seeds_page.html


def test_findings_are_ordered_by_severity_then_verdict(seeds, seeds_page):
    by_id = seeds.findings.set_index("finding_id")
    ranks = [(SEVERITY_ORDER.index(by_id.at[f, "severity"]), VERDICT_ORDER.index(by_id.at[f, "verdict"]))
             for f in seeds_page.rows]
    assert ranks == sorted(ranks)


def test_row_data_matches_the_findings(seeds, seeds_page):
    by_id = seeds.findings.set_index("finding_id")
    for shown in seeds_page.findings:
        row = by_id.loc[shown["finding_id"]]
        for name in ("severity", "verdict", "code", "rule", "kind", "subject", "slot_id", "message"):
            assert shown[name] == row[name], name
        assert shown["sources"] == [s for s in row.sources.split(";") if s]
        assert shown["baseline"] == ""


def test_baseline_status_reaches_the_rows(tmp_path):
    docs = [consistency.document_from_text(n, "Bilateral trade reached $228.1 billion in 2025.", None, source=n)
            for n in ("Alpha", "Beta")]
    first = consistency.check_documents(docs)
    accepted = first.findings["finding_id"].iloc[0]
    marked = consistency.check_documents(docs, baseline=Baseline(frozenset({accepted})))
    shown = {f["finding_id"]: f["baseline"] for f in _render(marked, tmp_path).findings}
    assert shown[accepted] == "accepted"
    assert set(shown.values()) == ({"accepted", "new"} if len(shown) > 1 else {"accepted"})


# -- self-contained and safe ------------------------------------------------------------------------------

def test_nothing_is_loaded_from_the_network(seeds_page):
    for tag, attrs in seeds_page.page.tags:
        for name in ("src", "href", "srcset", "action", "data", "poster"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http:", "https:", "//")), f"<{tag} {name}={value!r}>"
        assert not (tag == "script" and "src" in attrs)
        assert not (tag == "link" and "stylesheet" in (attrs.get("rel") or "").lower())
    assert "@import" not in seeds_page.html and "url(" not in seeds_page.html
    script = seeds_page.page.scripts[""]
    for call in ("fetch(", "XMLHttpRequest", "WebSocket", "sendBeacon", "EventSource", "import("):
        assert call not in script


def test_csp_nonce_matches_every_inline_style_and_script(seeds_page, tmp_path, seeds):
    tags = seeds_page.page.tags
    metas = [a for t, a in tags if t == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy"]
    assert len(metas) == 1
    policy = metas[0]["content"]
    assert "default-src 'none'" in policy and "img-src data:" in policy
    nonces = set(re.findall(r"'nonce-([^']+)'", policy))
    assert len(nonces) == 1 and re.search(r"style-src 'nonce-", policy) and re.search(r"script-src 'nonce-", policy)
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    inline = [a for t, a in tags if t in ("style", "script")]
    assert {t for t, _ in tags if t in ("style", "script")} == {"style", "script"}
    assert all(a.get("nonce") in nonces for a in inline)
    assert not any("style" in a for _, a in tags), "inline style attributes are blocked by the CSP"
    assert not any(name.startswith("on") for _, a in tags for name in a), "inline handlers are blocked by the CSP"
    for details in seeds_page.details.values():
        assert not any("style" in a or any(n.startswith("on") for n in a) for _, a in details.tags)
    again = _render(seeds, tmp_path)
    other = [a["nonce"] for t, a in again.page.tags if t == "style"]
    assert other and other[0] not in nonces, "the nonce must be new on every render"


def test_document_text_is_escaped(tmp_path):
    hostile = consistency.document_from_text("hostile", HOSTILE_TEXT, None)
    rendered = _render(_hostile([hostile]), tmp_path)
    html = rendered.html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html and "<script>window" not in html
    assert sum(t == "script" for t, _ in rendered.page.tags) == 2  # the data block and the page's script
    assert not any(t == "img" for t, _ in rendered.page.tags)
    assert not any(t == "b" for t, _ in rendered.page.tags)
    text = rendered.page.text(lambda t, a: t == "details" and a.get("id") == "doc-hostile")
    assert '<script>window.__pwned = true</script>' in text and '<img src=x onerror="window.__pwned=1">' in text
    for details in rendered.details.values():
        assert not any(t in ("script", "img", "b") for t, _ in details.tags)


def test_json_block_cannot_close_its_script():
    text = str(script_json({"x": "</script><script>alert(1)</SCRIPT><!--<script>", "y": "a & b \u2028"}))
    assert "</" not in text and "<!" not in text
    page = parse(f'<script type="application/json" id="d">{text}</script><p>after</p>')
    assert json.loads(page.scripts["d"]) == {"x": "</script><script>alert(1)</SCRIPT><!--<script>", "y": "a & b \u2028"}
    assert page.text() == "after"


def test_unreadable_documents_show_in_the_problems_box(tmp_path):
    bad = Document(doc_id="bad", path=Path("bad.txt"), text="", source="bad", status="unreadable",
                   problems=["bad.txt: binary content"])
    rendered = _render(_hostile([bad]), tmp_path)
    box = rendered.section("problems")
    assert "bad.txt: binary content" in box
    assert "unreadable" in box


# -- evidence ---------------------------------------------------------------------------------------------

def test_marks_are_the_evidence_surfaces(seeds, seeds_page):
    trade = seeds.findings[(seeds.findings["kind"] == "money") & (seeds.findings["subject"] == "trade")]
    assert len(trade)
    for finding in trade.itertuples():
        surfaces = [item["surface"] for item in finding.evidence]
        assert sorted(seeds_page.marks(finding.finding_id)) == sorted(surfaces)


def test_every_finding_marks_all_its_evidence(seeds, seeds_page):
    for finding in seeds.findings.itertuples():
        assert sorted(seeds_page.marks(finding.finding_id)) == sorted(e["surface"] for e in finding.evidence)


def test_hostile_evidence_is_marked_as_text(tmp_path):
    rendered = _render(_hostile(), tmp_path)
    marks = [m for fid in rendered.details for m in rendered.marks(fid)]
    assert "$5 billion" in marks and "$6 billion" in marks


def test_every_rule_has_an_explanation(seeds_page):
    from consistency.rules import rule_modules

    assert set(seeds_page.data["rules"]) == {module.CODE for module in rule_modules()}
    help_ = parse(seeds_page.data["rules"]["D100"])
    assert "value-conflict" in help_.text() and "Why it matters" in help_.text()


# -- filters and sort ------------------------------------------------------------------------------------

def _options(rendered: Rendered, name: str) -> list[str]:
    """Values of the options inside ``<select data-filter=name>``, from the parsed tags."""
    tags = rendered.page.tags
    start = next(i for i, (t, a) in enumerate(tags) if t == "select" and a.get("data-filter") == name)
    values = []
    for tag, attrs in tags[start + 1:]:
        if tag != "option":
            break
        values.append(attrs.get("value", ""))
    return values


def test_filter_boxes_offer_exactly_the_values_present(seeds, seeds_page):
    f = seeds.findings
    assert set(_options(seeds_page, "severity")) == {"", *f["severity"]}
    assert set(_options(seeds_page, "verdict")) == {"", *f["verdict"]}
    assert set(_options(seeds_page, "rule")) == {"", *f["code"]}
    assert set(_options(seeds_page, "kind")) == {"", *f["kind"]}
    assert set(_options(seeds_page, "source")) == {"", *(s for value in f["sources"] for s in value.split(";") if s)}
    assert _options(seeds_page, "decision") == ["", "undecided", "confirmed", "dismissed"]
    verdicts = _options(seeds_page, "verdict")[1:]
    assert verdicts == sorted(verdicts, key=VERDICT_ORDER.index), "verdicts are offered most serious first"
    assert any(t == "input" and a.get("id") == "filter" for t, a in seeds_page.page.tags)


def test_every_column_but_the_toggle_is_sortable(seeds_page):
    heads = [a for t, a in seeds_page.page.tags if t == "th" and "data-sort" in a]
    assert [a["data-sort"] for a in heads] == ["severity", "verdict", "rule", "kind", "subject", "sources",
                                               "message", "decision"]
    assert all(a["aria-sort"] == "none" for a in heads)


# -- matrix -----------------------------------------------------------------------------------------------

def _trade_corpus():
    docs = [consistency.document_from_text("a", "Bilateral trade reached $228.1 billion in 2025, officials said.", None,
                                           source="Alpha"),
            consistency.document_from_text("b", "Bilateral trade reached $218.1 billion in 2025, the ministry said.",
                                           None, source="Beta"),
            consistency.document_from_text("c", "The two leaders spoke by telephone on Monday about culture.", None,
                                           source="Gamma")]
    return consistency.check_documents(docs)


def test_matrix_shows_divergence_and_silence_from_the_findings(tmp_path):
    result = _trade_corpus()
    conflicts = result.findings[result.findings["verdict"] == "diverge"]
    money = conflicts[conflicts["kind"] == "money"]
    assert len(money) == 1, result.findings[["code", "slot_id", "message"]]
    slot = money.iloc[0]["slot_id"]
    data = matrix(result, ordered(result.findings.to_dict("records")))
    column = [c["slot_id"] for c in data["columns"]].index(slot)
    states = {row["source"]: row["cells"][column]["state"] for row in data["rows"]}
    assert states == {"Alpha": "diverge", "Beta": "diverge", "Gamma": "silent"}
    assert data["columns"][column]["verdict"] == "diverge"
    rendered = _render(result, tmp_path)
    box = rendered.section("matrix")
    assert f'data-slot="{slot}"' in box
    assert box.count('<td class="cell s-diverge"') == 2


def test_matrix_marks_agreement(tmp_path):
    docs = [consistency.document_from_text(name, "Bilateral trade reached $228.1 billion in 2025.", None, source=name)
            for name in ("Alpha", "Beta")]
    result = consistency.check_documents(docs)
    data = matrix(result, ordered(result.findings.to_dict("records")))
    money = [i for i, c in enumerate(data["columns"]) if c["kind"] == "money"]
    assert money and all(row["cells"][money[0]]["state"] == "agree" for row in data["rows"])


def test_matrix_rows_are_the_accounts_with_origins(seeds):
    data = matrix(seeds, ordered(seeds.findings.to_dict("records")))
    accounts = {(row["doc_id"], row["origin"]) for row in data["rows"]}
    expected = {(d, o) for d, o in zip(seeds.facts["doc_id"], seeds.facts["origin"], strict=True) if o != "metadata"}
    assert expected <= accounts
    assert {o for _, o in accounts} >= {"narration", *(span.label for doc in seeds.corpus for span in doc.origins)}
    assert all(len(row["cells"]) == len(data["columns"]) for row in data["rows"])


# -- emphasis chart ---------------------------------------------------------------------------------------

def test_emphasis_chart_counts_sentences_per_topic(tmp_path):
    energy = ("The leaders discussed energy supplies in detail. Oil deliveries will grow next year. "
              "Gas pipeline projects were reviewed at length. The talks ended in the evening.")
    other = "The leaders discussed culture and education. Student exchanges will continue. They met on Monday."
    result = consistency.check_documents([consistency.document_from_text("e", energy, None, source="Energy Wire"),
                                          consistency.document_from_text("o", other, None, source="Other Wire")])
    svg = str(emphasis_chart(result, ordered(result.findings.to_dict("records"))))
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "Energy Wire · energy: 3 of 4 sentences (75%); growth words" in svg
    assert "Other Wire · energy: 0 of 3 sentences" in svg
    assert "Other Wire · culture and education: 2 of 3 sentences" in svg
    rendered = _render(result, tmp_path)
    assert "<svg" in rendered.section("emphasis")


def test_emphasis_chart_marks_topic_emphasis_findings(seeds, seeds_page):
    e100 = seeds.findings[seeds.findings["code"] == "E100"]
    box = seeds_page.section("emphasis")
    for finding_id in e100["finding_id"]:
        assert finding_id in box
    assert 'class="omitted"' in box or e100.empty


# -- document texts ---------------------------------------------------------------------------------------

def test_document_texts_are_complete_with_boilerplate_dimmed(seeds, seeds_page):
    page = seeds_page.page
    for doc in seeds.corpus:
        def inside_doc(tag, attrs, doc_id=doc.doc_id):
            return tag == "details" and attrs.get("id") == f"doc-{doc_id}"
        runs = [(data, stack) for data, stack in page.runs if any(inside_doc(t, a) for t, a in stack)]
        text = "".join(data for data, stack in runs if any("text" in _classes(a) for _, a in stack))
        assert text == doc.text
        dimmed = "".join(data for data, stack in runs if any("bp" in _classes(a) for _, a in stack))
        assert dimmed == "".join(doc.text[s.start:s.end] for s in sorted(doc.boilerplate, key=lambda s: s.start))
    assert any(doc.boilerplate for doc in seeds.corpus)


def test_facts_are_highlighted_by_kind_with_their_value(seeds, seeds_page):
    spans = {a["id"][2:]: a for t, a in seeds_page.page.tags if t == "span" and a.get("id", "").startswith("t-")}
    for fact in seeds.facts.itertuples():
        attrs = spans[fact.fact_id]
        assert f"k-{fact.kind}" in _classes(attrs)
        assert attrs["title"].startswith(f"{fact.kind} · {fact.value or 'unresolved'}")


def test_origins_are_marked(seeds, seeds_page):
    labels = {a["data-origin"] for t, a in seeds_page.page.tags if t == "span" and "og" in _classes(a)
              and "data-origin" in a}
    assert {span.label for doc in seeds.corpus for span in doc.origins} <= labels


def _plain(html: str) -> str:
    page = parse(html)
    return "".join(data for data, _ in page.runs)


def test_document_html_nests_crossing_spans():
    doc = Document("d", Path("d.txt"), "one <two> three four", "s", origins=[Span(4, 20, "MFA")],
                   boilerplate=[Span(15, 20, "trailer")])
    facts = [{"fact_id": f"d:k:{s}", "kind": k, "start": s, "end": e, "value": "v", "unit": "", "qualifier": "",
              "slot_id": ""} for k, s, e in (("count", 0, 9), ("quote", 4, 17), ("date", 10, 15))]
    html = str(document_html(doc, facts))
    assert _plain(html) == doc.text
    assert "&lt;two&gt;" in html
    assert html.count('id="t-d:k:4"') == 1  # the quote is split where it crosses, its id stays unique


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab <&>\"'\n", min_size=1, max_size=40), st.data())
def test_document_html_round_trips_any_spans(text, data):
    size = len(text)
    span = st.tuples(st.integers(0, size), st.integers(0, size)).map(sorted)
    layers = data.draw(st.lists(span, max_size=6))
    origins = [Span(a, b, f"O{i}") for i, (a, b) in enumerate(data.draw(st.lists(span, max_size=3))) if b > a]
    doc = Document("d", Path("d.txt"), text, "s", origins=origins, boilerplate=[Span(a, b) for a, b in layers[:2]])
    facts = [{"fact_id": f"d:k:{i}", "kind": "count", "start": a, "end": b, "value": "<v>", "unit": "",
              "qualifier": "", "slot_id": ""} for i, (a, b) in enumerate(layers) if b > a]
    html = str(document_html(doc, facts))
    assert _plain(html) == text  # parse() also checks that every tag closes in order


# -- triage -----------------------------------------------------------------------------------------------

def test_decisions_format_is_documented_and_read_by_the_baseline(seeds_page, tmp_path):
    pre = seeds_page.page.text(lambda t, a: t == "pre" and a.get("id") == "decisions-format")
    example = json.loads(pre)
    assert example["version"] == 1
    assert {d["decision"] for d in example["decisions"]} == {"dismissed", "confirmed"}
    assert all(set(d) == {"finding_id", "decision", "note"} for d in example["decisions"])
    path = tmp_path / "decisions.json"
    path.write_text(pre, encoding="utf-8")
    dismissed = {d["finding_id"] for d in example["decisions"] if d["decision"] == "dismissed"}
    assert read_baseline(path).accepted == dismissed
    help_ = seeds_page.page.text(lambda t, a: a.get("id") == "decisions-help")
    assert "--baseline" in help_ and "localStorage" in help_


def test_triage_controls_in_the_row_template(seeds_page):
    # rows are built from the template by the script; each gets a confirm and a dismiss button
    buttons = [a for t, a in seeds_page.page.tags if t == "button" and "data-decision" in a]
    assert sorted(a["data-decision"] for a in buttons) == ["confirmed", "dismissed"]
    assert all(a["aria-pressed"] == "false" for a in buttons)
    assert any(t == "button" and a.get("id") == "export-decisions" for t, a in seeds_page.page.tags)
    assert re.fullmatch(r"[0-9a-f]{16}", seeds_page.data["identity"])


def test_identity_follows_the_corpus_not_the_run(seeds, tmp_path):
    first = _render(seeds, tmp_path / "one").data["identity"]
    second = _render(seeds, tmp_path / "two").data["identity"]
    assert first == second
    assert _render(_hostile(), tmp_path / "three").data["identity"] != first


# -- scale ------------------------------------------------------------------------------------------------

def test_five_thousand_findings_render_light(seeds, tmp_path):
    big = synthetic(seeds, 5000)
    started = time.perf_counter()
    rendered = _render(big, tmp_path)
    elapsed = time.perf_counter() - started
    size = rendered.path.stat().st_size
    print(f"\n5000 findings: rendered and parsed in {elapsed:.2f} s, {size / 1e6:.1f} MB")
    assert len(rendered.rows) == 5000
    columns = sum(1 for t, a in rendered.page.tags if t == "th" and "slot" in _classes(a))
    assert columns == MAX_SLOTS
    assert "matrix-cap" in rendered.html
    # evidence and rows are not in the DOM until shown: the markup does not grow with the findings
    assert not any(t in ("mark", "article") for t, _ in rendered.page.tags)
    small = _render(synthetic(seeds, 300), tmp_path / "small")
    print(f"elements: {len(rendered.page.tags)} for 5000 findings, {len(small.page.tags)} for 300")
    assert len(rendered.page.tags) - len(small.page.tags) < 60  # only the rule filter may list more rules
