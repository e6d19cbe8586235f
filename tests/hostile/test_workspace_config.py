"""A hostile ``qingdan.toml`` and extreme dates on the command line: a usage error (exit 2) naming
the file or the option, never an internal error."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.hostile.conftest import expect, qd, qd_proc

TOML_DAMAGE = {
    "huge-int": "\n[x]\ny = " + "9" * 5000 + "\n",
    "deep-array": "\nz = " + "[" * 5000 + "]" * 5000 + "\n",
    "not-utf8": b"\n\xb2\xe2 = 1\n",
    "syntax": "\n[unclosed\n",
    "duplicate-table": "\n[report]\n[report]\n",
    "wrong-type": "\n[report]\ntop = 'ten'\n",
    "huge-max-hours": "\n[report]\nmax_hours = -1\n",
    "bad-date-range": "\n[report]\nearliest_date = 'yesterday'\n",
}


@pytest.mark.parametrize("command", ["lists", "validate", "check"])
@pytest.mark.parametrize("damage", sorted(TOML_DAMAGE))
def test_a_hostile_config_is_a_usage_error(ws: Path, damage: str, command: str) -> None:
    extra = TOML_DAMAGE[damage]
    config = ws / "qingdan.toml"
    data = config.read_bytes() + (extra if isinstance(extra, bytes) else extra.encode())
    config.write_bytes(data)
    args = [command] + (
        [str(ws / "examples/requests/11-app-promotion.yaml")] if command == "check" else []
    )
    expect(qd(*args, "-w", ws), 2, "qingdan.toml")


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_a_config_that_is_not_a_file(tmp_path: Path, kind: str) -> None:
    ws = tmp_path / "ws"
    ws.mkdir()
    if kind == "fifo":
        os.mkfifo(ws / "qingdan.toml")
    else:
        (ws / "qingdan.toml").mkdir()
    expect(qd_proc("lists", "-w", ws, timeout=20), 2, "ws")


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "2024-02-30", "20240101", "-1"])
@pytest.mark.parametrize("option", [("check", "--as-of"), ("rate", "--at"), ("report", "--from")])
def test_extreme_dates_on_the_command_line(
    tmp_path: Path, ws: Path, day: str, option: tuple[str, str]
) -> None:
    command, flag = option
    args: list[str | Path] = [command]
    if command == "check":
        args.append(ws / "examples/requests/11-app-promotion.yaml")
    if command == "report":
        log = tmp_path / "log.csv"
        log.write_text("date,community,title\n2024-03-01,社区1,居民在本社区居住情况证明\n", "utf-8")
        args += [log, "--out", tmp_path / "out"]
    run = qd(*args, f"{flag}={day}", "-w", ws)
    valid = day in ("0001-01-01", "9999-12-31", "20240101")  # ISO 8601 basic format too
    if not valid:
        expect(run, 2, flag)
    else:
        assert run.code in (0, 1), run
        expect(run, run.code)


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_extreme_request_periods(tmp_path: Path, day: str) -> None:
    from tests.hostile.conftest import request, write_yaml_request

    path = write_yaml_request(tmp_path / "r.yaml", request(period={"from": day, "to": day}))
    run = qd("check", path)
    assert run.code in (0, 1), run
    expect(run, run.code)
