"""The entry point: version, help, language, workspace discovery, the error boundary."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from qingdan import __version__
from qingdan.cli.app import COMMANDS
from tests.conftest import run


def test_version(runner):
    result = run(runner, "--version")
    assert result.exit_code == 0 and __version__ in result.stdout


def test_every_available_command_has_help(runner):
    from qingdan.cli.app import _available

    for name, (module, _) in COMMANDS.items():
        if _available(module):
            result = run(runner, name, "--help")
            assert result.exit_code == 0, name
            assert "Usage" in result.stdout


def test_lang_switches_messages_to_chinese(runner, workspace):
    result = run(runner, "show", "ZM-999", "-w", str(workspace), "--lang", "zh")
    assert "没有编号为 ZM-999 的事项" in result.stderr


def test_an_unknown_lang_is_a_usage_error(runner, workspace):
    assert run(runner, "lists", "-w", str(workspace), "--lang", "fr").exit_code == 2


def test_the_locale_picks_the_language(monkeypatch):
    from qingdan.i18n import detect_lang

    assert detect_lang({"LANG": "zh_CN.UTF-8"}) == "zh"
    assert detect_lang({"LANG": "en_US.UTF-8"}) == "en"
    assert detect_lang({"LANG": "C.UTF-8"}) == "zh"
    assert detect_lang({"LANG": "zh_CN.UTF-8", "QINGDAN_LANG": "en"}) == "en"


def test_an_unknown_command_is_a_usage_error(runner):
    assert run(runner, "frobnicate").exit_code == 2


def test_the_workspace_variable_is_used(runner, workspace, monkeypatch):
    monkeypatch.setenv("QINGDAN_WORKSPACE", str(workspace))
    (workspace / "lists" / "plaques.yaml").unlink()
    assert run(runner, "validate").exit_code == 1


def test_the_nearest_parent_with_qingdan_toml_is_the_workspace(runner, workspace, monkeypatch):
    sub = workspace / "lists"
    monkeypatch.chdir(sub)
    from qingdan.workspace import discover

    assert discover().root == workspace.resolve()


def test_the_bundled_workspace_is_used_elsewhere_and_said_on_stderr(tmp_path):
    env = {**os.environ, "QINGDAN_LANG": "en"}
    env.pop("QINGDAN_WORKSPACE", None)
    done = subprocess.run(
        [sys.executable, "-m", "qingdan", "validate"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "bundled default workspace" in done.stderr
    assert "bundled" not in done.stdout


def test_an_interrupt_exits_130(runner, workspace, monkeypatch):
    import qingdan.core.lists.validate as validate

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(validate, "validate_paths", interrupted)
    assert run(runner, "validate", "-w", str(workspace)).exit_code == 130


def test_a_bug_exits_70_without_a_traceback(runner, workspace, monkeypatch):
    import qingdan.core.lists.validate as validate

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(validate, "validate_paths", broken)
    result = run(runner, "validate", "-w", str(workspace))
    assert result.exit_code == 70
    assert "boom" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("code", [0, 1, 2, 3, 70, 130])
def test_exit_codes_are_one_documented_enum(code):
    from qingdan.exit_codes import ExitCode

    assert code in {int(c) for c in ExitCode}
