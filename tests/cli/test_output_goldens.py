"""Golden files of the human formats: text, validate's CI formats, and the report's HTML.

One fixture (``golden`` in tests/conftest.py) compares; ``pytest --update-goldens`` rewrites the
files after an intended change. Runs are deterministic: a workspace copy outside git, fixed
days, 100 columns, no colour, paths relative to the workspace.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli.test_validate_cli import break_a_list
from tests.conftest import GOLDEN, run

TEXT = [
    ("text/lists.txt", ("lists",), 0),
    ("text/show.txt", ("show", "ZM-003"), 0),
    ("text/search.txt", ("search", "居住证明", "-n", "3"), 0),
    ("text/check.txt", ("check", "examples/requests"), 1),
    ("text/rate.txt", ("rate", "--at", "2025-01-01"), 0),
    ("text/test.txt", ("test",), 0),
]


@pytest.fixture
def here(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(workspace)
    monkeypatch.setenv("COLUMNS", "100")
    return workspace


@pytest.mark.parametrize(("name", "args", "status"), TEXT, ids=[t[0] for t in TEXT])
def test_each_text_answer_matches_its_golden_file(runner, here, golden, name, args, status):
    result = run(runner, *args, "-w", ".")
    assert result.exit_code == status, result.output
    golden(name, result.stdout)


@pytest.mark.parametrize("fmt", ["text", "github", "sarif"])
def test_validate_findings_match_their_golden_file(runner, here, golden, fmt):
    break_a_list(here)
    result = run(runner, "validate", "-w", ".", "-f", fmt)
    assert result.exit_code == 1
    golden(f"validate/findings.{fmt}", result.stdout)


def test_the_report_html_matches_its_golden_file(runner, here, golden, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    shutil.copy(GOLDEN / "report" / "input.csv", here / "input.csv")
    result = run(runner, "report", "input.csv", "-o", "out", "-w", ".")
    assert result.exit_code == 0, result.output
    golden("report/report.html", (here / "out" / "report.html").read_text(encoding="utf-8"))
