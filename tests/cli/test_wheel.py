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
    # Build with this interpreter (hatchling is a test extra), install the wheel alone into a
    # fresh venv, and let that venv see this environment's dependencies through a .pth line (a
    # .pth line adds a folder but runs none of its .pth files, so this checkout's editable
    # install stays out of sight and the packaged copy is what runs).
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    wheel = next(dist.glob("qingdan-*.whl"))
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    child_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    ours = [p for p in sys.path if p.endswith("site-packages") and Path(p).is_dir()]
    Path(child_site, "parent-deps.pth").write_text("\n".join(ours) + "\n", encoding="utf-8")
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
