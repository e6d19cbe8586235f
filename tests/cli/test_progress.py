"""Long work shows progress on a terminal, and nothing when piped or under --quiet (issue 14)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, run

BATCH = ROOT / "examples" / "requests"


@pytest.fixture
def stderr_is_a_terminal(monkeypatch):
    """stderr behaves as a terminal (stdout stays a pipe), as in `qingdan check … > out`."""
    from qingdan.render import terminal as console

    monkeypatch.setattr(console, "is_terminal", lambda stderr=False: stderr)
    monkeypatch.setenv("FORCE_COLOR", "1")  # rich: the captured stream is a terminal
    return monkeypatch


def test_batch_check_shows_a_counted_bar_on_a_terminal(runner, stderr_is_a_terminal):
    result = run(runner, "check", str(BATCH), "-w", str(ROOT), "-f", "json")
    assert "deciding requests" in result.stderr
    assert '"schema_version"' in result.stdout and "deciding requests" not in result.stdout


def test_quiet_silences_the_bar(runner, stderr_is_a_terminal):
    result = run(runner, "check", str(BATCH), "-w", str(ROOT), "-f", "json", "--quiet")
    assert "deciding requests" not in result.stderr


def test_no_bar_when_stderr_is_not_a_terminal(runner):
    result = run(runner, "check", str(BATCH), "-w", str(ROOT), "-f", "json")
    assert "deciding requests" not in result.stderr


def test_report_shows_its_steps_on_a_terminal_and_not_with_quiet(
    runner, stderr_is_a_terminal, tmp_path: Path
):
    data = tmp_path / "input.csv"
    shutil.copy(Path(__file__).parents[1] / "golden" / "report" / "input.csv", data)
    shown = run(runner, "report", str(data), "-o", str(tmp_path / "a"), "-w", str(ROOT))
    assert shown.exit_code == 0, shown.output
    assert "rendering the report" in shown.stderr or "judging" in shown.stderr
    quiet = run(runner, "report", str(data), "-o", str(tmp_path / "b"), "-w", str(ROOT), "-q")
    assert quiet.exit_code == 0
    assert "judging" not in quiet.stderr and "rendering the report" not in quiet.stderr
