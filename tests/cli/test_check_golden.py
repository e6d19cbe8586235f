"""Golden files of ``qingdan check`` over examples/requests (JSON and Markdown).

Regenerate after an intended change with ``pytest --update-goldens tests/cli/test_check_golden.py``.
The run is deterministic: the workspace copy is outside git (revision ``null``), every example
has a ``period.from`` (its day of judgement), and paths are relative to the workspace.
"""

from __future__ import annotations

import pytest

from tests.conftest import run


@pytest.mark.parametrize(("fmt", "name"), [("json", "examples.json"), ("markdown", "examples.md")])
def test_the_examples_render_as_the_golden_files(runner, workspace, monkeypatch, golden, fmt, name):
    monkeypatch.chdir(workspace)
    result = run(runner, "check", "examples/requests", "-w", ".", "-f", fmt)
    assert result.exit_code == 1
    golden(f"check/{name}", result.stdout)
