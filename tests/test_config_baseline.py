"""Configuration (rule selection, severities, fail-on) and baselines (fingerprints, stale
entries, triage decisions), through the API and the command line."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from consistency import check, check_documents, document_from_text
from consistency.baseline import BaselineError, read_baseline
from consistency.cli import main
from consistency.config import ConfigError, load_config
from consistency.rules import rule_modules

CODES = [module.CODE for module in rule_modules()]
A = "Exports reached $5.2 billion in 2024, the ministry said. The envoys met on Monday."
B = "Exports reached $7.9 billion in 2024, officials said. The envoys met on Monday."


def corpus(folder, **texts):
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text)
    return folder


def config_file(tmp_path, text, name="consistency.toml"):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_select_ignore_and_severity(tmp_path):
    folder = corpus(tmp_path / "c", a=A, b=B)
    everything = check(folder)
    assert "D100" in set(everything.findings["code"])
    only_conflicts = check(folder, config=config_file(tmp_path, 'select = ["D"]\n'))
    assert set(only_conflicts.findings["code"]) <= {"D100", "D200"}
    ignored = check(folder, config=config_file(tmp_path, 'ignore = ["D100"]\n'))
    assert "D100" not in set(ignored.findings["code"])
    softer = check(folder, config=config_file(tmp_path, '[severity]\nD100 = "warning"\n'))
    assert set(softer.findings.loc[softer.findings["code"] == "D100", "severity"]) == {"warning"}


def test_pyproject_tool_table_is_read(tmp_path):
    path = config_file(tmp_path, '[tool.consistency]\nignore = ["O"]\n', "pyproject.toml")
    assert load_config(path, CODES).ignore == ["O"]


@pytest.mark.parametrize("text,key", [
    ('selct = ["D"]\n', "selct"),
    ('select = "D"\n', "select"),
    ('select = ["Z9"]\n', "Z9"),
    ('[severity]\nD100 = "fatal"\n', "severity.D100"),
    ('[severity]\nQ999 = "error"\n', "severity.Q999"),
    ('fail-on = "sometimes"\n', "fail-on"),
    ('select = [\n', "not valid TOML"),
])
def test_invalid_configuration_names_the_key(tmp_path, text, key):
    path = config_file(tmp_path, text)
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")) as error:
        load_config(path, CODES)
    assert str(path) in str(error.value)


def test_config_next_to_the_corpus_is_found_and_its_fail_on_applies(tmp_path):
    folder = corpus(tmp_path / "c", a=A, b=B)
    (folder / "consistency.toml").write_text('fail-on = "never"\n')
    result = CliRunner().invoke(main, ["check", str(folder), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    result = CliRunner().invoke(main, ["check", str(folder), "--out", str(tmp_path / "out"),
                                       "--fail-on", "error"])
    assert result.exit_code == 1, "the command line beats the file"


def test_bad_config_on_the_command_line_exits_2(tmp_path):
    folder = corpus(tmp_path / "c", a=A)
    path = config_file(tmp_path, 'colour = "red"\n')
    result = CliRunner().invoke(main, ["check", str(folder), "--config", str(path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "colour" in result.output


def test_baseline_accepts_current_findings_and_fails_only_on_new_ones(tmp_path):
    folder = corpus(tmp_path / "c", a=A, b=B)
    baseline = tmp_path / "baseline.json"
    runner = CliRunner()
    assert runner.invoke(main, ["baseline", str(folder), "--out", str(baseline)]).exit_code == 0
    out = str(tmp_path / "out")
    assert runner.invoke(main, ["check", str(folder), "--out", out]).exit_code == 1
    assert runner.invoke(main, ["check", str(folder), "--out", out, "--baseline", str(baseline)]).exit_code == 0
    (folder / "c.txt").write_text("Exports reached $9.9 billion in 2024, a lobby said.")
    result = runner.invoke(main, ["check", str(folder), "--out", out, "--baseline", str(baseline)])
    assert result.exit_code == 1, "a new divergence fails the build"
    summary = json.loads((tmp_path / "out" / "findings.json").read_text())["summary"]["baseline"]
    assert summary["new"] >= 1


def test_stale_baseline_entries_are_listed(tmp_path):
    folder = corpus(tmp_path / "c", a=A, b=B)
    baseline = tmp_path / "baseline.json"
    CliRunner().invoke(main, ["baseline", str(folder), "--out", str(baseline)])
    (folder / "b.txt").write_text(A)  # the divergence is gone
    result = CliRunner().invoke(main, ["check", str(folder), "--out", str(tmp_path / "o"),
                                       "--baseline", str(baseline)])
    assert "stale" in result.output


def test_triage_decisions_file_dismisses_but_confirmed_still_fails(tmp_path):
    folder = corpus(tmp_path / "c", a=A, b=B)
    findings = check(folder).findings
    conflict = findings.loc[findings["code"] == "D100", "finding_id"].iloc[0]
    decisions = tmp_path / "decisions.json"
    out = str(tmp_path / "o")
    for decision, code in (("dismissed", 0), ("confirmed", 1)):
        decisions.write_text(json.dumps({"version": 1, "decisions": [
            {"finding_id": conflict, "decision": decision, "note": "checked by hand"}]}))
        result = CliRunner().invoke(main, ["check", str(folder), "--out", out, "--baseline", str(decisions)])
        assert result.exit_code == code, decision


@pytest.mark.parametrize("content,words", [
    ("not json", "not valid JSON"),
    ('{"version": 2, "findings": []}', "version"),
    ('{"version": 1}', "neither"),
    ('{"version": 1, "findings": [{"id": "x"}]}', "finding_id"),
    ('{"version": 1, "decisions": [{"finding_id": "x", "decision": "maybe"}]}', "dismissed"),
])
def test_invalid_baseline_names_the_file_and_problem(tmp_path, content, words):
    path = tmp_path / "b.json"
    path.write_text(content)
    with pytest.raises(BaselineError, match=words) as error:
        read_baseline(path)
    assert str(path) in str(error.value)


def test_fingerprints_survive_unrelated_edits_and_reordering():
    base = {"a": A, "b": B, "c": "Xi Jinping met Vladimir Putin on Wednesday."}
    before = check_documents([document_from_text(k, v, "2026-02-05") for k, v in base.items()])
    edited = dict(base, a="Markets were calm. " + A + " Weather was fine.")
    after = check_documents([document_from_text(k, edited[k], "2026-02-05") for k in ("c", "b", "a")])
    assert set(before.findings["finding_id"]) == set(after.findings["finding_id"])


def test_numeric_tolerance_turns_a_near_miss_into_a_compatible_pair(tmp_path):
    folder = corpus(tmp_path / "c", a="Exports reached $228 billion in 2024.",
                    b="Exports reached $232 billion in 2024.")
    strict = check(folder).findings
    assert "D100" in set(strict["code"])
    lenient = check(folder, config=config_file(tmp_path, "[thresholds]\nnumeric-tolerance = 0.02\n")).findings
    assert "D100" not in set(lenient["code"]) and "C100" in set(lenient["code"])


def test_claim_similarity_threshold_controls_alignment(tmp_path):
    folder = corpus(tmp_path / "c", a="The minister called the border dispute the most important issue in relations.",
                    b="The minister described the border dispute as the most important and sensitive issue "
                      "in relations.")
    assert "D300" in set(check(folder).findings["code"])
    strict = config_file(tmp_path, "[thresholds]\nclaim-similarity = 99\n")
    assert "D300" not in set(check(folder, config=strict).findings["code"])


def test_custom_topics_feed_the_emphasis_rule(tmp_path):
    call = "The leaders spoke by phone for an hour on Monday about the year ahead."
    text = ("March 3 (Palace) – " + call + " They discussed trawlers in the northern waters. Fishing quotas "
            "will be revised. The talks were warm.\n\nMarch 3 (Ministry) – " + call + " The talks were warm "
            "and frank. Both sides praised the friendship. More talks are planned.")
    folder = corpus(tmp_path / "c", a=text)
    default = check(folder).findings
    assert not default["subject"].str.contains("fisheries").any()
    custom = config_file(tmp_path, '[topics]\nfisheries = ["fish(?:ing|eries)?", "trawlers?"]\n')
    emphasis = check(folder, config=custom).findings
    assert emphasis.loc[emphasis["code"] == "E100", "subject"].str.contains("fisheries").any()


@pytest.mark.parametrize("text,key", [
    ("[thresholds]\nclaim-similiarity = 70\n", "claim-similiarity"),
    ("[thresholds]\nclaim-similarity = 170\n", "claim-similarity"),
    ("[thresholds]\nnumeric-tolerance = \"2%\"\n", "numeric-tolerance"),
    ('[topics]\nfish = "trawler"\n', "topics.fish"),
    ('[topics]\nfish = ["(unclosed"]\n', "topics.fish"),
])
def test_invalid_thresholds_and_topics_name_the_key(tmp_path, text, key):
    with pytest.raises(ConfigError, match=re.escape(key)):
        load_config(config_file(tmp_path, text), CODES)
