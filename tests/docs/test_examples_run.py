"""Every ``$ …`` line of README.md and docs/ runs and exits with the status the page shows.

Each page gets its own copy of the bundled workspace, made a git repository with one commit on
``main`` (so ``diff`` and the lists' revision work); its console blocks run in order, each block in
one bash process started in the workspace (so ``cd`` lasts for the rest of its block, and files
a block writes are there for the next). ``qingdan`` on PATH is the interpreter running the tests.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.docs.pages import SHELL_LANGS, Block, blocks, examples, pages, rel
from tests.maint_repo import GIT_ENV, git

RUNNABLE = [page for page in pages() if any(examples(b) for b in blocks(page))]


def _shell(tmp_path: Path) -> dict[str, str]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "qingdan"
    wrapper.write_text(
        f'#!/bin/sh\nexec {shlex.quote(sys.executable)} -m qingdan "$@"\n', encoding="utf-8"
    )
    wrapper.chmod(0o755)
    env = {
        **os.environ,
        **GIT_ENV,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "COLUMNS": "100",
    }
    env.pop("QINGDAN_WORKSPACE", None)
    return env


def _run_block(block: Block, workspace: Path, logs: Path, env: dict[str, str]) -> list[str]:
    """Run one console block; return a message per command whose status differs."""
    steps = examples(block)
    script = [f"cd {shlex.quote(str(workspace))}"]
    for number, step in enumerate(steps):
        script.append(
            f"{{ {step.command}\n}} > {logs}/{number}.out 2>&1; echo $? > {logs}/{number}.rc"
        )
    subprocess.run(["bash", "-c", "\n".join(script)], env=env, timeout=600, check=False)
    wrong = []
    for number, step in enumerate(steps):
        rc_file = logs / f"{number}.rc"
        status = int(rc_file.read_text()) if rc_file.exists() else None
        if status != step.expected:
            output = (logs / f"{number}.out").read_text(encoding="utf-8", errors="replace")
            wrong.append(
                f"{rel(step.page)}:{step.line}: `{step.command}` exited {status}, "
                f"the page shows {step.expected}\n{output[-2000:]}"
            )
        rc_file.unlink(missing_ok=True)
    return wrong


@pytest.mark.slow
@pytest.mark.parametrize("page", RUNNABLE, ids=rel)
def test_every_shell_example_on_the_page_runs_with_the_status_it_shows(page, workspace, tmp_path):
    git(workspace, "init", "-q", "-b", "main")
    git(workspace, "add", "-A")
    git(workspace, "commit", "-q", "-m", "the bundled workspace")
    env = _shell(tmp_path)
    logs = tmp_path / "logs"
    logs.mkdir()
    wrong = []
    for block in blocks(page):
        if examples(block):
            wrong += _run_block(block, workspace, logs, env)
    assert not wrong, "\n".join(wrong)


def test_the_guides_and_command_pages_show_runnable_examples():
    for folder in ("guides", "commands"):
        for page in sorted((Path(__file__).resolve().parents[2] / "docs" / folder).glob("*.md")):
            assert page in RUNNABLE, f"{rel(page)} has no runnable `$ qingdan …` example"


def test_qingdan_commands_appear_only_as_runnable_lines():
    """A ``qingdan`` command in a bash block, or a ``$`` line outside a console block, would be
    an example no test runs."""
    hidden = []
    for page in pages():
        for block in blocks(page):
            for offset, text in enumerate(block.lines, 1):
                where = f"{rel(page)}:{block.line + offset}"
                if block.lang in SHELL_LANGS - {"console"} and text.lstrip().startswith("qingdan"):
                    hidden.append(f"{where}: make it a `$ qingdan …` line in a console block")
                if block.lang != "console" and text.startswith("$ qingdan"):
                    hidden.append(f"{where}: a `$ qingdan` line outside a console block")
    assert not hidden, "\n".join(hidden)
