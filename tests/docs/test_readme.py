"""README.md is the front door: at most 200 lines, a Quickstart of exactly two commands (the
second is what CI runs, verbatim), every command named, links that resolve."""

from __future__ import annotations

import re

from tests.conftest import run
from tests.docs.pages import README, ROOT, blocks, section

QUICKSTART = ("pip install . && qingdan demo", 'pip install -e ".[test]" && python -m pytest -q')


def test_the_readme_has_at_most_200_lines():
    assert len(README.read_text(encoding="utf-8").splitlines()) <= 200


def test_the_quickstart_is_exactly_two_commands():
    fenced = blocks(README, section(README, "快速开始 · Quickstart"))
    assert [block.lang for block in fenced] == ["bash", "bash"]
    commands = [line for block in fenced for line in block.lines if line.strip()]
    assert tuple(commands) == QUICKSTART


def test_ci_runs_the_readme_test_command_verbatim():
    assert QUICKSTART[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_every_command_is_named_in_the_readme(runner):
    listed = run(runner, "--help").stdout.split("Commands:", 1)[1]
    names = re.findall(r"^[\s│]*([a-z][a-z-]*)\s{2,}\S", listed, flags=re.MULTILINE)
    readme = README.read_text(encoding="utf-8")
    assert names
    for name in names:
        assert f"qingdan {name}" in readme, name


def test_the_readme_says_the_bundled_workspace_is_illustrative():
    readme = README.read_text(encoding="utf-8")
    assert "illustrative" in readme and "示例工作区" in readme
    assert "several cities' public lists" in readme and "Dalian" in readme


def test_every_relative_link_in_the_readme_resolves():
    readme = README.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", readme):
        if "://" not in target:
            assert (ROOT / target).exists(), target
