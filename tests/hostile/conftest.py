"""The hostile-input suite (issue 12): a corpus built at test time, one assertion set per case.

Every case checks what the README promises for bad input: the documented exit status
(DESIGN §3), a message on stderr naming the file (and line or cell), no traceback and no
"internal error", rows conserved (``read = judged + rejected``), nothing half-written, and
escaped output. Cases that could crash or hang the interpreter (deep nesting, FIFOs, device
files, signals) run ``python -m qingdan`` in a subprocess with a timeout; the rest run in-process
through typer's CliRunner. Big inputs are marked ``slow`` (CI runs them; they fit in minutes).
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from qingdan.workspace import bundled_root

ROOT = bundled_root()
FORBIDDEN = ("Traceback", "internal error", "内部错误", "Segmentation")
#: what must never reach a terminal or a file unescaped: C0/C1 controls (but tab and newline),
#: and the bidi overrides/isolates/marks that reorder what a reader sees
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
HEADER = "activity_id,date,district,street,community,department,kind,item_id,title,hours"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@dataclass
class Outcome:
    """One run of qingdan: exit status and the two streams."""

    code: int
    stdout: str
    stderr: str
    exception: BaseException | None = None

    @property
    def text(self) -> str:
        return self.stdout + self.stderr


def qd(*args: str | Path, cwd: Path | None = None) -> Outcome:
    """``qingdan ARGS`` in-process (CliRunner)."""
    from qingdan.cli.app import app

    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(app, [str(a) for a in args])
    finally:
        os.chdir(old)
    exc = result.exception if not isinstance(result.exception, SystemExit) else None
    return Outcome(result.exit_code, result.stdout, result.stderr, exc)


def qd_proc(
    *args: str | Path,
    cwd: Path | None = None,
    timeout: float = 60,
    env: Mapping[str, str] | None = None,
) -> Outcome:
    """``python -m qingdan ARGS`` in a subprocess: a crash or a hang cannot take pytest down."""
    full = {**os.environ, "QINGDAN_LANG": "en", "NO_COLOR": "1", **(env or {})}
    full.pop("QINGDAN_WORKSPACE", None)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "qingdan", *map(str, args)],
            cwd=cwd,
            env=full,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"qingdan {' '.join(map(str, args))} hung for {timeout}s")
    return Outcome(done.returncode, done.stdout, done.stderr)


def expect(run: Outcome, code: int, *names: str) -> None:
    """The documented exit ``code``, no traceback, and each of ``names`` on stderr."""
    where = f"exit {run.code}, wanted {code}\n--- stdout\n{run.stdout[-1500:]}\n--- stderr\n{run.stderr[-1500:]}"
    assert run.exception is None, f"{run.exception!r}\n{where}"
    assert run.code == code, where
    assert run.code >= 0, f"killed by signal {-run.code}\n{where}"
    for bad in FORBIDDEN:
        assert bad not in run.text, where
    for name in names:
        assert name in run.stderr, f"{name!r} not named on stderr\n{where}"


def copy_workspace(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "qingdan.toml", dest / "qingdan.toml")
    for folder in ("lists", "schemas", "reports", "cases", "examples"):
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, dest / folder)
    return dest


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """A writable copy of the bundled workspace."""
    return copy_workspace(tmp_path / "ws")


@pytest.fixture(autouse=True)
def _isolated_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each case has its own TMPDIR, so a leftover temp file or spill folder is visible."""
    tmp = tmp_path / "tmpdir"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    yield


def leftovers(tmp_path: Path) -> list[str]:
    """Files left in the case's TMPDIR."""
    return sorted(str(p.relative_to(tmp_path)) for p in (tmp_path / "tmpdir").rglob("*"))


def request(**changes: Any) -> dict[str, Any]:
    """A schema-valid request (it needs review: a task no list covers)."""
    base: dict[str, Any] = {
        "id": "SJ-2024-900",
        "title": "组织社区开展无人机表演彩排",
        "department": "市文化旅游局",
        "kind": "task",
        "description": "每个社区派员参加彩排。",
        "legal_basis": [{"law": "大连市文化旅游促进条例", "article": "第五条"}],
        "funding": {"amount": 1000, "source": "市财政"},
        "period": {"from": "2024-04-15"},
    }
    base.update(changes)
    return base


def write_yaml_request(path: Path, data: Any) -> Path:
    import yaml

    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def activity_rows(n: int, **cells: str) -> list[dict[str, str]]:
    """``n`` readable activity rows (on-list certificate work by default)."""
    rows = []
    for i in range(n):
        row = {
            "activity_id": f"A{i:05d}",
            "date": f"2024-03-{1 + i % 28:02d}",
            "district": "中山区",
            "street": "桃源街道",
            "community": f"社区{i % 3}",
            "department": "市公安局",
            "kind": "certificate",
            "item_id": "",
            "title": "居民在本社区居住情况证明",
            "hours": "1.5",
        }
        row.update(cells)
        rows.append(row)
    return rows


def write_csv(path: Path, rows: Sequence[Mapping[str, str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=HEADER.split(","))
        writer.writeheader()
        writer.writerows(rows)
    return path


def strict_json(text: str) -> Any:
    """JSON as RFC 8259 has it: NaN and Infinity are not JSON."""

    def refuse(name: str) -> Any:
        raise ValueError(f"not JSON: {name}")

    return json.loads(text, parse_constant=refuse)


def report(ws: Path, tmp: Path, *files: Path, extra: Sequence[str] = ()) -> tuple[Outcome, Any]:
    """``qingdan report FILES --out tmp/out``; the outcome and metrics.json (None if absent)."""
    out = tmp / "out"
    run = qd("report", *files, "--out", out, "-w", ws, *extra)
    metrics = out / "metrics.json"
    data = strict_json(metrics.read_text(encoding="utf-8")) if metrics.is_file() else None
    return run, data


def conserved(metrics: Any, read: int) -> None:
    """``read`` rows read, and every one judged or rejected."""
    rows = metrics["rows"]
    assert rows["read"] == read, rows
    assert rows["read"] == rows["judged"] + rows["rejected"], rows
