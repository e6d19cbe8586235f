"""``qingdan test``: the workspace's decision cases."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import run

CASE = """name: {name}
as_of: 2024-08-01
request: {{id: T, title: 居住证明, department: 市公安局, kind: certificate}}
expect: {{verdict: {verdict}, codes: [{code}]}}
"""


def test_the_bundled_cases_all_pass(runner, workspace):
    result = run(runner, "test", "-w", str(workspace))
    assert result.exit_code == 0, result.output
    assert "0 failed" in result.stdout


def test_the_bundled_cases_cover_every_verdict_and_kind(runner, workspace):
    result = run(runner, "test", "-w", str(workspace), "-f", "json")
    cases = json.loads(result.stdout)["cases"]
    assert len(cases) >= 20
    assert {c["expected"] for c in cases} == {"admitted", "review", "rejected", "exempt"}
    assert {Path(c["location"]).name.split("-")[1] for c in cases} >= {
        "task",
        "ledger",
        "certificate",
        "plaque",
        "evaluation",
    }


def test_a_case_whose_decision_flipped_fails_with_exit_1(runner, workspace):
    (workspace / "cases" / "99-flipped.yaml").write_text(
        CASE.format(name="flipped", verdict="rejected", code="CK400"), encoding="utf-8"
    )
    result = run(runner, "test", "-w", str(workspace))
    assert result.exit_code == 1
    assert "flipped" in result.stdout and "expected rejected, got admitted" in result.stdout


def test_a_missing_reason_code_fails_the_case(runner, workspace, tmp_path):
    path = tmp_path / "case.yaml"
    path.write_text(CASE.format(name="codes", verdict="admitted", code="CK101"), encoding="utf-8")
    result = run(runner, "test", str(path), "-w", str(workspace), "-f", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout)["cases"][0]["status"] == "fail"


def test_an_unreadable_case_exits_3_and_the_others_still_run(runner, workspace, tmp_path):
    tmp_path = tmp_path / "cases"
    tmp_path.mkdir()
    (tmp_path / "a.yaml").write_text(
        CASE.format(name="ok", verdict="admitted", code="CK100"), encoding="utf-8"
    )
    (tmp_path / "b.yaml").write_text("name: [broken\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text(
        CASE.format(name="bad", verdict="maybe", code="CK999"), encoding="utf-8"
    )
    result = run(runner, "test", str(tmp_path), "-w", str(workspace), "-f", "junit")
    assert result.exit_code == 3
    suite = ET.fromstring(result.stdout.split("\n", 1)[1])
    assert suite.get("tests") == "3" and suite.get("errors") == "2"
    assert suite.find("testcase/error") is not None


def test_no_cases_is_a_usage_error(runner, workspace, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run(runner, "test", str(empty), "-w", str(workspace)).exit_code == 2


def test_expected_codes_written_as_one_string_or_no_list(runner, workspace, tmp_path):
    one = CASE.format(name="one", verdict="admitted", code="CK101").replace("[CK101]", "CK101")
    (tmp_path / "one.yaml").write_text(one, encoding="utf-8")
    result = run(runner, "test", str(tmp_path / "one.yaml"), "-w", str(workspace), "-f", "json")
    case = json.loads(result.stdout)["cases"][0]
    assert case["status"] == "fail" and case["expected_codes"] == ["CK101"]  # not C, K, 1, 0, 1
    five = CASE.format(name="five", verdict="admitted", code="x").replace("[x]", "5")
    (tmp_path / "five.yaml").write_text(five, encoding="utf-8")
    result = run(runner, "test", str(tmp_path / "five.yaml"), "-w", str(workspace))
    assert result.exit_code == 3, result.output  # was 70: TypeError
    assert "expect.codes must be a list of reason codes" in result.stdout
