"""Golden files of ``qingdan check`` over examples/requests (JSON and Markdown).

Regenerate after an intended change with ``UPDATE_GOLDEN=1 pytest tests/cli/test_check_golden.py``.
The run is deterministic: the workspace copy is outside git (revision ``null``), every example
has a ``period.from`` (its day of judgement), and paths are relative to the workspace.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import run

GOLDEN = Path(__file__).parents[1] / "golden" / "check"


@pytest.mark.parametrize(("fmt", "name"), [("json", "examples.json"), ("markdown", "examples.md")])
def test_the_examples_render_as_the_golden_files(runner, workspace, monkeypatch, fmt, name):
    monkeypatch.chdir(workspace)
    result = run(runner, "check", "examples/requests", "-w", ".", "-f", fmt)
    assert result.exit_code == 1
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")
