"""report.html: self-contained, escaped, complete, and marking the evidence exactly."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

import consistency
from consistency.reporters.to_html import SEVERITY_ORDER, VERDICT_ORDER, write_html
from consistency.schema import Document

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Page(HTMLParser):
    """Collects what the tests look at: tags with attributes, and <mark> text per finding block."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.marks: dict[str, list[str]] = {}
        self.rows: list[str] = []
        self._block: str | None = None
        self._depth = 0
        self._mark: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "tr" and "finding-row" in (attrs.get("class") or ""):
            self.rows.append(attrs["data-finding"])
        if tag in VOID:
            return
        if self._block is None and tag == "details" and attrs.get("id", "").startswith("f-"):
            self._block, self._depth = attrs["id"][2:], 0
        if self._block is not None:
            self._depth += 1
            if tag == "mark":
                self._mark = []

    def handle_endtag(self, tag):
        if self._block is None or tag in VOID:
            return
        if tag == "mark" and self._mark is not None:
            self.marks.setdefault(self._block, []).append("".join(self._mark))
            self._mark = None
        self._depth -= 1
        if self._depth == 0:
            self._block = None

    def handle_data(self, data):
        if self._mark is not None:
            self._mark.append(data)


def _render(result, folder: Path) -> tuple[str, Page]:
    written = write_html(result, folder)
    assert written == [folder / "report.html"]
    html = written[0].read_text(encoding="utf-8")
    page = Page()
    page.feed(html)
    page.close()
    return html, page


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


def test_report_exists_and_lists_every_finding(seeds, seeds_page):
    html, page = seeds_page
    assert len(seeds.findings)
    for finding_id in seeds.findings["finding_id"]:
        assert finding_id in html
    assert sorted(page.rows) == sorted(seeds.findings["finding_id"])
    for doc_id in seeds.documents["doc_id"]:
        assert doc_id in html


def test_findings_are_ordered_by_severity_then_verdict(seeds, seeds_page):
    _, page = seeds_page
    by_id = seeds.findings.set_index("finding_id")
    ranks = [(SEVERITY_ORDER.index(by_id.at[f, "severity"]), VERDICT_ORDER.index(by_id.at[f, "verdict"]))
             for f in page.rows]
    assert ranks == sorted(ranks)


def test_nothing_is_loaded_from_the_network(seeds_page):
    html, page = seeds_page
    for tag, attrs in page.tags:
        for name in ("src", "href", "srcset", "action", "data", "poster"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http:", "https:", "//")), f"<{tag} {name}={value!r}>"
        assert not (tag == "script" and "src" in attrs)
        assert not (tag == "link" and "stylesheet" in (attrs.get("rel") or "").lower())
    assert "@import" not in html and "url(" not in html


def test_csp_nonce_matches_every_inline_style_and_script(seeds_page, tmp_path, seeds):
    _, page = seeds_page
    metas = [a for t, a in page.tags
             if t == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy"]
    assert len(metas) == 1
    policy = metas[0]["content"]
    assert "default-src 'none'" in policy and "img-src data:" in policy
    nonces = set(re.findall(r"'nonce-([^']+)'", policy))
    assert len(nonces) == 1 and re.search(r"style-src 'nonce-", policy) and re.search(r"script-src 'nonce-", policy)
    inline = [a for t, a in page.tags if t in ("style", "script")]
    assert {t for t, _ in page.tags if t in ("style", "script")} == {"style", "script"}
    assert all(a.get("nonce") in nonces for a in inline)
    assert not any("style" in a for _, a in page.tags), "inline style attributes are blocked by the CSP"
    _, again = _render(seeds, tmp_path)
    other = [a["nonce"] for t, a in again.tags if t == "style"]
    assert other and other[0] not in nonces, "the nonce must be new on every render"


def test_document_text_is_escaped(tmp_path):
    html, page = _render(_hostile(), tmp_path)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html
    assert sum(t == "script" for t, _ in page.tags) == 1


def test_unreadable_documents_show_in_the_problems_box(tmp_path):
    bad = Document(doc_id="bad", path=Path("bad.txt"), text="", source="bad", status="unreadable",
                   problems=["bad.txt: binary content"])
    html, _ = _render(_hostile([bad]), tmp_path)
    box = html[html.index('id="problems"'):html.index('id="findings"')]
    assert "bad.txt: binary content" in box
    assert "unreadable" in box


def test_marks_are_the_evidence_surfaces(seeds, seeds_page):
    _, page = seeds_page
    trade = seeds.findings[(seeds.findings["kind"] == "money") & (seeds.findings["subject"] == "trade")]
    assert len(trade)
    for finding in trade.itertuples():
        surfaces = [item["surface"] for item in finding.evidence]
        assert sorted(page.marks[finding.finding_id]) == sorted(surfaces)


def test_every_finding_marks_all_its_evidence(seeds, seeds_page):
    _, page = seeds_page
    for finding in seeds.findings.itertuples():
        assert sorted(page.marks.get(finding.finding_id, [])) == sorted(e["surface"] for e in finding.evidence)


def test_hostile_evidence_is_marked_as_text(tmp_path):
    result = _hostile()
    _, page = _render(result, tmp_path)
    marks = [m for ms in page.marks.values() for m in ms]
    assert "$5 billion" in marks and "$6 billion" in marks
