"""Shell completion, driven through the protocol the installed scripts speak (issue 14)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run

CERTS = """kind: certificates
title: 社区出具证明事项清单
items:
  - id: ZM-001
    title: 居民居住情况证明
    department: 市公安局
    effective_from: "2022-07-01"
    status: active
  - id: ZM-002
    title: 生活困难证明
    department: 市民政局
    effective_from: "2022-07-01"
    status: active
"""


@pytest.fixture
def small_ws(runner, tmp_path: Path) -> Path:
    """A fresh workspace holding two certificates."""
    target = tmp_path / "ws"
    assert run(runner, "init", str(target)).exit_code == 0
    (target / "lists" / "certificates.yaml").write_text(CERTS, encoding="utf-8")
    return target


def complete(runner, env: dict[str, str]) -> list[str]:
    from qingdan.cli.app import app

    result = runner.invoke(app, [], env=env)
    assert result.exit_code == 0, result.output
    return [line for line in result.stdout.splitlines() if line]


def bash(runner, line: str, instruction: str = "complete_bash") -> list[str]:
    words = line.split(" ")
    return complete(
        runner,
        {
            "_QINGDAN_COMPLETE": instruction,
            "COMP_WORDS": line,
            "COMP_CWORD": str(len(words) - 1),
        },
    )


def test_bash_completes_command_names(runner):
    assert bash(runner, "qingdan sh") == ["show"]
    assert {"validate", "check", "report", "init"} <= set(bash(runner, "qingdan "))


def test_bash_completes_options_of_a_lazily_loaded_command(runner):
    offered = bash(runner, "qingdan show --")
    assert {"--format", "--workspace", "--lang", "--no-color", "--help"} <= set(offered)


def test_bash_completes_list_ids_from_the_workspace(runner, small_ws):
    assert bash(runner, f"qingdan show -w {small_ws} ZM-0") == ["ZM-001", "ZM-002"]
    assert bash(runner, f"qingdan show -w {small_ws} XZ-") == []
    assert bash(runner, f"qingdan show -w {small_ws} zm-00") == ["zm-001", "zm-002"]


def test_bash_completes_formats_and_kinds(runner):
    assert bash(runner, "qingdan lists --format j") == ["json"]
    assert bash(runner, "qingdan search x --kind ce") == ["certificates"]


def test_clicks_shell_first_spelling_is_accepted(runner):
    assert bash(runner, "qingdan sh", instruction="bash_complete") == ["show"]


def test_zsh_fish_and_powershell_offer_ids_with_their_titles(runner, small_ws):
    line = f"qingdan show -w {small_ws} ZM-00"
    zsh = "\n".join(
        complete(runner, {"_QINGDAN_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": line})
    )
    assert '"ZM-001":"居民居住情况证明"' in zsh
    fish = complete(
        runner,
        {
            "_QINGDAN_COMPLETE": "complete_fish",
            "_TYPER_COMPLETE_FISH_ACTION": "get-args",
            "_TYPER_COMPLETE_ARGS": line,
        },
    )
    assert "ZM-002\t生活困难证明" in fish
    pwsh = complete(
        runner,
        {
            "_QINGDAN_COMPLETE": "complete_powershell",
            "_TYPER_COMPLETE_ARGS": line,
            "_TYPER_COMPLETE_WORD_TO_COMPLETE": "ZM-00",
        },
    )
    assert "ZM-001:::居民居住情况证明" in pwsh


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish", "powershell"])
def test_show_completion_prints_the_script_for_each_shell(runner, shell):
    result = run(runner, "--show-completion", shell)
    assert result.exit_code == 0
    script = result.stdout.replace('"', "").replace(" ", "").replace("$Env:", "")
    assert f"_QINGDAN_COMPLETE=complete_{shell}" in script


def test_show_completion_detects_the_shell_or_asks_for_it(runner, monkeypatch):
    import shellingham

    def fail() -> None:
        raise shellingham.ShellDetectionFailure

    monkeypatch.setattr(shellingham, "detect_shell", fail)
    monkeypatch.setenv("SHELL", "/usr/bin/zsh")
    assert "complete_zsh" in run(runner, "--show-completion").stdout
    monkeypatch.setenv("SHELL", "")
    refused = run(runner, "--show-completion")
    assert refused.exit_code == 2 and "--show-completion bash" in refused.stderr
    assert run(runner, "--show-completion", "tcsh").exit_code == 2


def test_install_completion_writes_the_script_and_sources_it(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    result = run(runner, "--install-completion", "bash")
    assert result.exit_code == 0, result.output
    script = tmp_path / ".bash_completions" / "qingdan.sh"
    assert "_QINGDAN_COMPLETE=complete_bash" in script.read_text()
    assert f"source '{script}'" in (tmp_path / ".bashrc").read_text()
    assert run(runner, "--install-completion", "fish").exit_code == 0
    assert (tmp_path / ".config/fish/completions/qingdan.fish").is_file()


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_a_real_bash_sources_the_script_and_completes_ids(small_ws):
    bindir = str(Path(sys.executable).parent)
    assert (Path(bindir) / "qingdan").exists()
    script = (
        "source <(qingdan --show-completion bash)\n"
        f"COMP_WORDS=(qingdan show -w {small_ws} ZM-0); COMP_CWORD=4\n"
        '_qingdan_completion qingdan; printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.stdout.split() == ["ZM-001", "ZM-002"], done.stderr
