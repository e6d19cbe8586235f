"""``qingdan validate`` through the CLI: formats, exit codes, locations."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run


def break_a_list(workspace: Path) -> Path:
    path = workspace / "lists" / "certificates.yaml"
    text = path.read_text(encoding="utf-8").replace("id: ZM-002", "id: ZM-001", 1)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_clean_workspace_exits_0(runner, workspace):
    assert run(runner, "validate", "-w", str(workspace)).exit_code == 0


def test_findings_exit_1_and_name_file_line_and_code(runner, workspace):
    break_a_list(workspace)
    result = run(runner, "validate", "-w", str(workspace))
    assert result.exit_code == 1
    assert "certificates.yaml:" in result.output and "QD020" in result.output


def test_json_is_versioned_and_has_the_documented_keys(runner, workspace):
    break_a_list(workspace)
    result = run(runner, "validate", "-w", str(workspace), "--format", "json")
    doc = json.loads(result.stdout)
    assert list(doc)[:5] == ["schema_version", "command", "qingdan_version", "lists_revision", "ok"]
    assert doc["schema_version"] == 1 and doc["command"] == "validate"
    assert doc["ok"] is False
    finding = doc["findings"][0]
    assert set(finding) == {"file", "line", "column", "path", "code", "severity", "message"}


def test_the_exit_status_does_not_depend_on_the_format(runner, workspace):
    break_a_list(workspace)
    codes = {
        run(runner, "validate", "-w", str(workspace), "-f", f).exit_code
        for f in ("text", "json", "github", "sarif")
    }
    assert codes == {1}


def test_github_format_shows_at_most_ten_annotations_then_a_count(runner, workspace):
    path = workspace / "lists" / "plaques.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("GP-", "ZZ-"), encoding="utf-8")
    result = run(runner, "validate", "-w", str(workspace), "--format", "github")
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error")]
    assert len(annotations) == 10
    assert "::notice::" in result.stdout


def test_sarif_is_valid_json_with_one_result_per_finding(runner, workspace):
    break_a_list(workspace)
    doc = json.loads(run(runner, "validate", "-w", str(workspace), "-f", "sarif").stdout)
    assert doc["version"] == "2.1.0"
    assert doc["runs"][0]["results"][0]["ruleId"] == "QD020"


def test_validating_a_single_file_path(runner, workspace):
    path = break_a_list(workspace)
    assert run(runner, "validate", str(path), "-w", str(workspace)).exit_code == 1
    ok = workspace / "lists" / "plaques.yaml"
    assert run(runner, "validate", str(ok), "-w", str(workspace)).exit_code == 0


def test_a_missing_path_is_a_usage_error(runner, workspace):
    result = run(runner, "validate", "nope.yaml", "-w", str(workspace))
    assert result.exit_code == 2
    assert "nope.yaml" in result.stderr


def test_an_unknown_format_is_a_usage_error(runner, workspace):
    assert run(runner, "validate", "-w", str(workspace), "-f", "xml").exit_code == 2


def test_a_yaml_syntax_error_is_a_finding_not_a_crash(runner, workspace):
    path = workspace / "lists" / "ledgers.yaml"
    path.write_text("kind: ledgers\ntitle: [oops\n", encoding="utf-8")
    result = run(runner, "validate", "-w", str(workspace))
    assert result.exit_code == 1
    assert "ledgers.yaml:3" in result.stdout and "QD001" in result.stdout


def test_a_broken_qingdan_toml_is_a_usage_error_naming_it(runner, workspace):
    (workspace / "qingdan.toml").write_text("[rate\n", encoding="utf-8")
    result = run(runner, "validate", "-w", str(workspace))
    assert result.exit_code == 2
    assert "qingdan.toml" in result.stderr
    assert "Traceback" not in result.output
