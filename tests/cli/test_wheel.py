"""The wheel carries the bundled workspace: installed into a fresh venv, ``qingdan validate``
works from an empty folder and says which workspace it used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_an_installed_wheel_validates_the_bundled_workspace_from_an_empty_folder(tmp_path):
    if not (ROOT / "pyproject.toml").is_file():
        pytest.skip("not running from a source checkout")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", str(ROOT)],
        check=True,
        capture_output=True,
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("QINGDAN_WORKSPACE", "PYTHONPATH")}
    env["QINGDAN_LANG"] = "en"
    done = subprocess.run(
        [str(venv / "bin" / "qingdan"), "validate"],
        cwd=empty,
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "bundled default workspace" in done.stderr
    assert "_workspace" in done.stderr  # the packaged copy, not this checkout
    listed = subprocess.run(
        [str(venv / "bin" / "qingdan"), "lists", "-f", "json"],
        cwd=empty,
        capture_output=True,
        text=True,
        env=env,
    )
    assert '"self-governance"' in listed.stdout
