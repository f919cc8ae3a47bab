"""The command line: outputs, exit codes and messages, through click's runner and a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
from click.testing import CliRunner

from consistency.cli import main

AGREE = "Exports reached $5.2 billion in 2024, the ministry said on Monday."
DIFFER = "Exports reached $7.9 billion in 2024, the ministry said on Monday."


def corpus(tmp_path, **texts):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_bytes(text if isinstance(text, bytes) else text.encode())
    return folder


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)))


def test_check_writes_the_four_reports(tmp_path):
    out = tmp_path / "out"
    result = run("check", corpus(tmp_path, a=AGREE, b=AGREE), "--out", out)
    assert result.exit_code == 0, result.output
    assert {p.name for p in out.iterdir()} == {"facts.csv", "findings.csv", "findings.json", "report.html"}
    facts = pd.read_csv(out / "facts.csv")
    assert list(facts["surface"]).count("$5.2 billion") == 2
    data = json.loads((out / "findings.json").read_text())
    assert data["version"] == 1 and data["summary"]["documents"] == 2


def test_exit_code_follows_fail_on(tmp_path):
    folder = corpus(tmp_path, a=AGREE, b=DIFFER)
    assert run("check", folder, "--out", tmp_path / "o1").exit_code == 1
    assert run("check", folder, "--out", tmp_path / "o2", "--fail-on", "never").exit_code == 0
    agreeing = tmp_path / "agree"
    agreeing.mkdir()
    (agreeing / "a.txt").write_text(AGREE)
    (agreeing / "b.txt").write_text(AGREE)
    assert run("check", agreeing, "--out", tmp_path / "o3").exit_code == 0
    assert run("check", agreeing, "--out", tmp_path / "o4", "--fail-on", "info").exit_code == 1


def test_missing_path_is_a_usage_error(tmp_path):
    result = run("check", tmp_path / "nope")
    assert result.exit_code == 2
    assert "no such file or directory" in result.output


def test_empty_folder_is_a_usage_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("check", tmp_path / "empty", "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "no .txt or .md documents" in result.output


def test_bad_documents_are_named_and_the_rest_is_checked(tmp_path):
    folder = corpus(tmp_path, a=AGREE, b=AGREE, empty="", blob=b"\x00\x01\x02binary")
    out = tmp_path / "out"
    result = run("check", folder, "--out", out)
    assert result.exit_code == 0
    assert "empty.txt: empty file" in result.output
    assert "blob.txt: binary content" in result.output
    documents = json.loads((out / "findings.json").read_text())["documents"]
    assert {d["doc_id"]: d["status"] for d in documents}["blob"] == "unreadable"


def test_nothing_usable_exits_2_but_still_lists_the_problems(tmp_path):
    folder = corpus(tmp_path, empty="", blob=b"\x00\x01")
    out = tmp_path / "out"
    result = run("check", folder, "--out", out)
    assert result.exit_code == 2
    assert "no usable document" in result.output
    assert len(json.loads((out / "findings.json").read_text())["documents"]) == 2


def test_bad_manifest_is_a_usage_error_naming_the_key(tmp_path):
    folder = corpus(tmp_path, a=AGREE)
    (folder / "manifest.toml").write_text('[documents.a]\npublish = 2025-01-01\n')
    result = run("check", folder, "--out", tmp_path / "out")
    assert result.exit_code == 2
    assert "publish" in result.output and "manifest.toml" in result.output


def test_rules_and_rule_explain_themselves():
    listing = run("rules")
    assert listing.exit_code == 0 and "D100" in listing.output and "value-conflict" in listing.output
    explained = run("rule", "value-conflict")
    assert explained.exit_code == 0 and "Fires" in explained.output
    assert run("rule", "Z999").exit_code == 2


def test_python_dash_m_runs_on_the_bundled_corpus_from_any_folder(tmp_path):
    process = subprocess.run([sys.executable, "-m", "consistency", "check", "--out", str(tmp_path / "r")],
                             cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert process.returncode == 0, process.stderr
    assert (tmp_path / "r" / "report.html").exists()
    assert "5 of 5 documents read" in process.stdout


def test_progress_is_drawn_on_a_terminal_and_silent_elsewhere():
    import io

    from rich.console import Console

    from consistency import check_documents, document_from_text
    from consistency.progress import progress_bar

    docs = [document_from_text(f"d{i}", AGREE) for i in range(3)]
    screen = io.StringIO()
    with progress_bar(True, Console(file=screen, force_terminal=True, width=100)) as progress:
        check_documents(docs, progress=progress)
    assert "Extracting facts" in screen.getvalue()
    with progress_bar(False) as progress:
        assert progress is None


def test_cli_output_stays_clean_when_stderr_is_not_a_terminal(tmp_path):
    folder = corpus(tmp_path, a=AGREE, b=AGREE)
    result = CliRunner().invoke(main, ["check", str(folder), "--out", str(tmp_path / "o"), "-q"])
    assert result.exit_code == 0 and result.output == ""


def test_every_format_from_one_run_with_annotations_on_stdout(tmp_path, monkeypatch):
    folder = corpus(tmp_path, a=AGREE, b=DIFFER)
    summary = tmp_path / "step-summary.md"
    summary.write_text("# earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    out = tmp_path / "out"
    formats = ["csv", "json", "html", "junit", "sarif", "github", "markdown"]
    result = CliRunner().invoke(main, ["check", str(folder), "--out", str(out), "-q",
                                       *[arg for f in formats for arg in ("--format", f)]])
    assert result.exit_code == 1
    assert {p.name for p in out.iterdir()} >= {"facts.csv", "findings.csv", "findings.json", "report.html",
                                               "junit.xml", "results.sarif", "github-annotations.txt", "summary.md"}
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith("::") for line in lines), "stdout holds only workflow commands"
    assert any(line.startswith("::error") and "D100" in line for line in lines)
    text = summary.read_text()
    assert text.startswith("# earlier step\n") and len(text) > len("# earlier step\n"), "appended, not replaced"


def test_fail_on_reaches_the_machine_formats(tmp_path):
    import xml.etree.ElementTree as ET

    folder = corpus(tmp_path, a=AGREE, b=AGREE)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["check", str(folder), "--out", str(out), "--format", "junit",
                                       "--fail-on", "info"])
    assert result.exit_code == 1
    failures = ET.parse(out / "junit.xml").getroot().iter("failure")
    assert sum(1 for _ in failures) >= 1, "info findings fail when --fail-on info"
