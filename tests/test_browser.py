"""report.html in a real browser (Debian's chromium driven by Playwright): sort, filter, triage, export.

The report is generated from the seeds plus a document carrying a script tag
and an ``<img onerror>``, opened from ``file://`` with no network, and used as
an analyst would. Screenshots go to ``tmp_path/artifacts`` and, with
``CONSISTENCY_ARTIFACTS`` set, to ``test-artifacts/`` at the repository root.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from browser_support import CHROMIUM, LAUNCH_ARGS, artifact_dirs, hostile_corpus, synthetic
from click.testing import CliRunner

# Developers without a browser skip these tests; CI sets CONSISTENCY_REQUIRE_BROWSER so a
# missing browser fails the build instead of silently skipping what it must check.
if os.environ.get("CONSISTENCY_REQUIRE_BROWSER"):
    import playwright.sync_api as sync_api

    assert CHROMIUM.exists(), f"{CHROMIUM} is missing: .ci/run installs Debian's chromium"
else:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing (apt-get install chromium)")

import consistency  # noqa: E402
from consistency.cli import main  # noqa: E402
from consistency.reporters.to_html import SEVERITY_ORDER, VERDICT_ORDER, ordered, write_html  # noqa: E402


def _check(*args: str):
    result = CliRunner().invoke(main, ["check", *args])
    assert result.exit_code in (0, 1), result.output
    return result


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """The CLI's report of seeds + hostile document, and its findings as the JSON report gives them."""
    base = tmp_path_factory.mktemp("browser")
    corpus = hostile_corpus(base / "corpus")
    out = base / "out"
    _check(str(corpus), "--out", str(out), "--quiet")
    findings = ordered(json.loads((out / "findings.json").read_text(encoding="utf-8"))["findings"])
    return {"corpus": corpus, "path": out / "report.html", "url": (out / "report.html").as_uri(),
            "findings": findings, "base": base}


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


class Watch:
    """A page with every request, console error and page error it produced."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda message: self.errors.append(message.text) if message.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def check_clean(self):
        remote = [url for url in self.requests if not url.startswith(("file:", "data:", "blob:"))]
        assert not remote, f"network requests: {remote}"
        assert not self.errors, f"console errors: {self.errors}"
        assert self.page.evaluate("typeof window.__pwned") == "undefined", "injected script ran"


@pytest.fixture
def watch(browser):
    watched = Watch(browser)
    yield watched
    watched.context.close()


def _shoot(page, tmp_path: Path, name: str, locator=None, full_page=False):
    for folder in artifact_dirs(tmp_path):
        path = folder / f"{name}.png"
        (locator.screenshot(path=str(path)) if locator is not None else page.screenshot(path=str(path),
                                                                                        full_page=full_page))
        print(f"screenshot: {path}")


def _column(page, index: int) -> list[str]:
    return page.eval_on_selector_all(
        "#findings-body tr.finding-row", f"rows => rows.map(r => r.cells[{index}].textContent.trim())")


def _shown_ids(page) -> list[str]:
    return page.eval_on_selector_all("#findings-body tr.finding-row",
                                     "rows => rows.map(r => r.getAttribute('data-finding'))")


def _select(page, name: str, value: str):
    page.select_option(f'select[data-filter="{name}"]', value)


# -- opening ----------------------------------------------------------------------------------------------

def test_opens_offline_and_the_injected_markup_stays_text(report, watch, tmp_path):
    page = watch.page
    page.goto(report["url"])
    assert page.title().startswith("Consistency report")
    total = len(report["findings"])
    assert page.locator("#filter-count").inner_text() == f"all {total} findings"
    assert len(_shown_ids(page)) == min(total, 100)
    assert _shown_ids(page) == [f["finding_id"] for f in report["findings"]][:100]
    _shoot(page, tmp_path, "01-overview")
    page.locator("#doc-hostile > summary").click()
    text = page.locator("#doc-hostile .text").inner_text()
    assert "<script>window.__pwned = true</script>" in text
    assert '<img src=x onerror="window.__pwned=1">' in text
    assert page.locator("#doc-hostile img, #doc-hostile script, #doc-hostile b").count() == 0
    page.locator("#doc-hostile").scroll_into_view_if_needed()
    _shoot(page, tmp_path, "02-hostile-document", page.locator("#doc-hostile"))
    page.locator("#doc-000_dfe48fb2668325af > summary").click()
    _shoot(page, tmp_path, "03-document-text", page.locator("#doc-000_dfe48fb2668325af"))
    _shoot(page, tmp_path, "04-matrix", page.locator("#matrix"))
    _shoot(page, tmp_path, "05-emphasis", page.locator("#emphasis"))
    assert page.locator("#emphasis svg circle").count() > 0
    watch.check_clean()


# -- sort and filter ---------------------------------------------------------------------------------------

def test_sorting_by_a_column(report, watch):
    page = watch.page
    page.goto(report["url"])
    subjects = sorted((f["subject"] or "").lower() for f in report["findings"])
    page.click('th[data-sort="subject"] button')
    assert page.get_attribute('th[data-sort="subject"]', "aria-sort") == "ascending"
    shown = [s.lower().replace("—", "") for s in _column(page, 5)]
    assert shown == subjects[:len(shown)]
    page.click('th[data-sort="subject"] button')
    assert page.get_attribute('th[data-sort="subject"]', "aria-sort") == "descending"
    shown = [s.lower().replace("—", "") for s in _column(page, 5)]
    assert shown == sorted(subjects, reverse=True)[:len(shown)]
    page.click('th[data-sort="verdict"] button')
    ranks = [VERDICT_ORDER.index(v) for v in _column(page, 2)]
    assert ranks == sorted(ranks) and ranks[0] == min(VERDICT_ORDER.index(f["verdict"]) for f in report["findings"])
    page.click("#show-all")
    assert len(_shown_ids(page)) == len(report["findings"])
    ranks = [VERDICT_ORDER.index(v) for v in _column(page, 2)]
    assert ranks == sorted(ranks)
    watch.check_clean()


def test_filters_combine_and_count(report, watch, tmp_path):
    page = watch.page
    page.goto(report["url"])
    findings, total = report["findings"], len(report["findings"])
    diverge = [f["finding_id"] for f in findings if f["verdict"] == "diverge"]
    assert diverge
    _select(page, "verdict", "diverge")
    assert sorted(_shown_ids(page)) == sorted(diverge)
    assert set(_column(page, 2)) == {"diverge"}
    assert page.locator("#filter-count").inner_text() == f"{len(diverge)} of {total} findings match"
    source = "Pakistan Today"
    both = [f["finding_id"] for f in findings if f["verdict"] == "diverge" and source in f["sources"]]
    _select(page, "source", source)
    assert sorted(_shown_ids(page)) == sorted(both)
    assert all(source in cell for cell in _column(page, 6))
    _shoot(page, tmp_path, "06-filtered")
    _select(page, "verdict", "")
    only_source = [f["finding_id"] for f in findings if source in f["sources"]]
    if len(only_source) > 100:
        page.click("#show-all")
    assert sorted(_shown_ids(page)) == sorted(only_source)
    page.fill("#filter", "trade")
    words = [f["finding_id"] for f in findings if source in f["sources"]
             and "trade" in " ".join([f["finding_id"], f["subject"] or "", f["message"], f["slot_id"] or "",
                                      f["rule"], f["kind"] or "", " ".join(f["sources"])]).lower()]
    assert sorted(_shown_ids(page)) == sorted(words)
    page.click("#reset-filters")
    assert page.locator("#filter-count").inner_text() == f"all {total} findings"
    watch.check_clean()


def test_a_matrix_column_filters_the_findings_to_its_slot(report, watch):
    page = watch.page
    page.goto(report["url"])
    button = page.locator("#matrix-table th.slot button").first
    slot = button.get_attribute("data-slot")
    button.click()
    expected = [f["finding_id"] for f in report["findings"] if f["slot_id"] == slot]
    assert expected and sorted(_shown_ids(page)) == sorted(expected)
    assert page.locator("#slot-chip-name").inner_text() == slot
    page.click("#slot-chip-clear")
    assert len(_shown_ids(page)) == min(100, len(report["findings"]))
    watch.check_clean()


# -- triage -----------------------------------------------------------------------------------------------

def test_triage_survives_reload_and_exports_a_baseline(report, watch, tmp_path):
    page = watch.page
    page.goto(report["url"])
    findings = report["findings"]
    failing = [f for f in findings if f["severity"] in ("error", "warning")]
    assert failing, "the seeds have warnings to triage"
    target = failing[0]["finding_id"]
    row = page.locator(f'tr.finding-row[data-finding="{target}"]')
    row.locator("button.open").click()
    detail = page.locator(f'tr.detail-row[data-detail="{target}"]')
    assert detail.locator("mark").count() == len(failing[0]["evidence"])
    detail.get_by_role("button", name="✕ Dismiss").click()
    note = "same figure, different speaker: not a conflict"
    detail.locator("textarea").fill(note)
    assert row.get_attribute("data-decision") == "dismissed"
    _shoot(page, tmp_path, "07-triage", detail)

    page.reload()
    row = page.locator(f'tr.finding-row[data-finding="{target}"]')
    assert row.get_attribute("data-decision") == "dismissed"
    assert row.locator('button[data-decision="dismissed"]').get_attribute("aria-pressed") == "true"
    row.locator("button.open").click()
    assert page.locator(f'tr.detail-row[data-detail="{target}"] textarea').input_value() == note
    assert page.locator("#decision-count").inner_text() == "1 decision (0 confirmed, 1 dismissed)"

    # dismiss every other failing finding from the table, confirm one informational finding
    for severity in ("error", "warning"):
        if not any(f["severity"] == severity for f in findings):
            continue
        _select(page, "severity", severity)
        for finding_id in _shown_ids(page):
            if finding_id != target:
                page.click(f'tr.finding-row[data-finding="{finding_id}"] button[data-decision="dismissed"]')
    _select(page, "severity", "info")
    confirmed = _shown_ids(page)[0]
    page.click(f'tr.finding-row[data-finding="{confirmed}"] button[data-decision="confirmed"]')
    _select(page, "severity", "")
    _select(page, "decision", "dismissed")
    assert sorted(_shown_ids(page)) == sorted(f["finding_id"] for f in failing)
    count = f"{len(failing) + 1} decisions (1 confirmed, {len(failing)} dismissed)"
    assert page.locator("#decision-count").inner_text() == count
    _shoot(page, tmp_path, "08-dismissed")

    with page.expect_download() as download:
        page.click("#export-decisions")
    path = tmp_path / "decisions.json"
    download.value.save_as(str(path))
    exported = json.loads(path.read_text(encoding="utf-8"))
    expected = sorted([{"finding_id": f["finding_id"], "decision": "dismissed",
                        "note": note if f["finding_id"] == target else ""} for f in failing]
                      + [{"finding_id": confirmed, "decision": "confirmed", "note": ""}],
                      key=lambda d: d["finding_id"])
    assert exported == {"version": 1, "decisions": expected}

    # the next run with the decisions as baseline no longer fails on the dismissed findings
    corpus, out = str(report["corpus"]), report["base"] / "rerun"
    before = _check(corpus, "--out", str(out), "--fail-on", "warning", "--quiet", "--format", "json")
    after = _check(corpus, "--out", str(out), "--fail-on", "warning", "--quiet", "--format", "json",
                   "--baseline", str(path))
    assert (before.exit_code, after.exit_code) == (1, 0)
    summary = json.loads((out / "findings.json").read_text(encoding="utf-8"))["summary"]["baseline"]
    assert summary["accepted"] == len(failing)
    watch.check_clean()


# -- scale ------------------------------------------------------------------------------------------------

def test_five_thousand_findings_stay_responsive(watch, tmp_path):
    big = synthetic(consistency.check(consistency.bundled_corpus()), 5000)
    started = time.perf_counter()
    path = write_html(big, tmp_path)[0]
    print(f"\nrendered 5000 findings in {time.perf_counter() - started:.2f} s ({path.stat().st_size / 1e6:.1f} MB)")
    page = watch.page
    started = time.perf_counter()
    page.goto(path.as_uri(), wait_until="load")
    print(f"loaded in {time.perf_counter() - started:.2f} s")

    def timed(script: str) -> float:
        return page.evaluate("(s) => { const t = performance.now(); (new Function(s))(); "
                             "document.body.offsetHeight; return performance.now() - t; }", script)
    figures = {
        "filter verdict": timed("const s = document.querySelector('[data-filter=verdict]'); s.value = 'diverge';"
                                "s.dispatchEvent(new Event('change', {bubbles: true}));"),
        "reset": timed("document.getElementById('reset-filters').click();"),
        "sort subject": timed("document.querySelector('th[data-sort=subject] button').click();"),
        "text filter": timed("const i = document.getElementById('filter'); i.value = 'trade';"
                             "i.dispatchEvent(new Event('input'));"),
        "open evidence": timed("document.querySelector('#findings-body button.open').click();"),
    }
    print("  ".join(f"{name}: {ms:.0f} ms" for name, ms in figures.items()))
    diverge = sum(f == "diverge" for f in big.findings["verdict"])
    page.click("#reset-filters")
    _select(page, "verdict", "diverge")
    assert page.locator("#filter-count").inner_text() == f"{diverge} of 5000 findings match"
    assert page.locator("#findings-body tr.finding-row").count() == min(100, diverge)
    assert page.locator("#matrix-cap").is_visible()
    page.click('th[data-sort="severity"] button')
    severities = [SEVERITY_ORDER.index(s) for s in _column(page, 1)]
    assert severities == sorted(severities)
    _shoot(page, tmp_path, "09-five-thousand")
    watch.check_clean()
