"""Piped output is whole, notices stand on their own line, colour obeys NO_COLOR (issue 14)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from qingdan.cli.app import COMMANDS, LazyGroup, _available
from tests.conftest import ROOT, run

LONG_TITLE = "为申请城乡居民最低生活保障、临时救助、医疗救助和教育救助的困难家庭出具家庭经济状况与居住情况的证明"
LIST = f"""kind: certificates
title: 社区出具证明事项清单
items:
  - id: ZM-001
    title: {LONG_TITLE}
    department: 市民政局
    effective_from: "2022-07-01"
    status: active
    source: 某市社区居委会日常出具证明事项清单（二〇二二年修订版，第三批）
"""
COLOUR = re.compile(r"\x1b\[(?:\d+;)*(?:3[0-7]|9[0-7]|38;[25])[;m]")


def qingdan(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    environ.update({"QINGDAN_LANG": "zh", "COLUMNS": "40", **env})
    return subprocess.run(
        [sys.executable, "-m", "qingdan", *args],
        cwd=cwd,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def deep_ws(runner, tmp_path: Path) -> Path:
    """A workspace in a deeply nested folder, so the file path is long."""
    target = tmp_path / "一个很长的目录名称" / "another-rather-long-folder-name" / "ws"
    assert run(runner, "init", str(target)).exit_code == 0
    (target / "lists" / "certificates.yaml").write_text(LIST, encoding="utf-8")
    return target


def test_piped_show_keeps_the_whole_title_source_and_path(deep_ws, tmp_path):
    done = qingdan("show", "ZM-001", "-w", str(deep_ws), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert LONG_TITLE in done.stdout
    assert "第三批）" in done.stdout
    assert (
        "一个很长的目录名称/another-rather-long-folder-name/ws/lists/certificates.yaml:4"
        in done.stdout
    )
    assert "…" not in done.stdout
    assert all(line == line.rstrip() for line in done.stdout.splitlines())


def test_piped_search_table_is_not_cut(deep_ws, tmp_path):
    done = qingdan("search", "困难家庭", "--min-score", "0", "-w", str(deep_ws), cwd=tmp_path)
    assert LONG_TITLE in done.stdout and "…" not in done.stdout


def test_the_bundled_workspace_notice_stands_on_its_own_line(tmp_path):
    environ = {k: v for k, v in os.environ.items() if k != "QINGDAN_WORKSPACE"}
    environ["QINGDAN_LANG"] = "zh"
    done = subprocess.run(
        [sys.executable, "-m", "qingdan", "show", "ZZ-001"],
        cwd=tmp_path,
        env=environ,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=120,
        check=False,
    )
    lines = done.stdout.splitlines()
    notice = f"使用内置示例工作区：{ROOT}"
    assert notice in lines
    assert lines[lines.index(notice) + 1].startswith("ZZ-001")
    assert done.stdout.endswith("\n")


def _all_commands() -> list[str]:
    return [name for name, (module, _) in COMMANDS.items() if _available(module)]


@pytest.mark.parametrize("name", _all_commands())
def test_every_command_takes_no_color(name):
    from qingdan.cli.lang import LangContext

    group = LazyGroup()
    command = group.get_command(LangContext(group), name)
    options = {opt for p in command.get_params(LangContext(command)) for opt in p.opts}
    assert "--no-color" in options


def test_no_color_and_dash_dash_no_color_strip_colour_even_when_forced(tmp_path):
    forced = qingdan("show", "ZZ-001", "-w", str(ROOT), cwd=tmp_path, FORCE_COLOR="1")
    assert COLOUR.search(forced.stdout), "the check needs colour to exist when forced"
    env_off = qingdan(
        "show", "ZZ-001", "-w", str(ROOT), cwd=tmp_path, FORCE_COLOR="1", NO_COLOR="1"
    )
    flag_off = qingdan(
        "show", "ZZ-001", "-w", str(ROOT), "--no-color", cwd=tmp_path, FORCE_COLOR="1"
    )
    assert not COLOUR.search(env_off.stdout) and not COLOUR.search(flag_off.stdout)


REQUEST = """id: GA-1
title: 居民居住情况证明
department: 市公安局
kind: certificate
"""


def test_check_dash_reads_the_request_from_standard_input(runner, deep_ws):
    from qingdan.cli.app import app

    result = runner.invoke(app, ["check", "-", "-w", str(deep_ws), "-f", "json"], input=REQUEST)
    assert "<stdin>" in result.stdout and "GA-1" in result.stdout
    as_json = runner.invoke(
        app, ["check", "-", "-w", str(deep_ws)], input='{"id": "GA-2", "title": "x"}'
    )
    assert as_json.exit_code == 3 and "<stdin>" in as_json.stderr
