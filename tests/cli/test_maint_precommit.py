"""pre-commit runs the scaffold's qingdan hooks on a scratch repository (offline: local hooks).

Also checks that the published ``.pre-commit-hooks.yaml`` and the scaffold's local hooks agree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from qingdan.core.maintain.scaffold import SCAFFOLD_DIR
from tests.maint_repo import GIT_ENV, commit, git

REPO = Path(__file__).resolve().parents[2]
HOOK_IDS = ["qingdan-validate", "qingdan-diff-check", "qingdan-test"]

pytest.importorskip("pre_commit", reason="pre-commit is not installed")


def _pre_commit(root: Path, hook: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        **GIT_ENV,
        "PRE_COMMIT_HOME": str(root.parent / "pc-home"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "QINGDAN_LANG": "en",
    }
    # `python -m pre_commit`, not a pyenv shim that would put another qingdan first on PATH
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", hook, "--all-files", "--color", "never"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.fixture
def lists_repo(workspace: Path) -> Path:
    shutil.copy(SCAFFOLD_DIR / ".pre-commit-config.yaml", workspace / ".pre-commit-config.yaml")
    git(workspace, "init", "-q", "-b", "main")
    commit(workspace, "the lists")
    return workspace


def test_the_published_hooks_and_the_scaffold_hooks_agree():
    published = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    local = yaml.safe_load((SCAFFOLD_DIR / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    local_hooks = local["repos"][0]["hooks"]
    assert [h["id"] for h in published] == HOOK_IDS == [h["id"] for h in local_hooks]
    for mine, theirs in zip(published, local_hooks, strict=True):
        assert (mine["entry"], mine["files"]) == (theirs["entry"], theirs["files"])


def test_the_hooks_pass_on_a_clean_change(lists_repo):
    path = lists_repo / "lists" / "plaques.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "title: 城乡社区挂牌清单", "title: 城乡社区挂牌清单  # 注释", 1
        ),
        encoding="utf-8",
    )
    git(lists_repo, "add", "-A")
    for hook in HOOK_IDS:
        done = _pre_commit(lists_repo, hook)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Passed" in done.stdout


def test_the_test_hook_stops_a_list_change_that_flips_a_decision(lists_repo):
    path = lists_repo / "lists" / "entry.yaml"
    text = path.read_text(encoding="utf-8")
    block = text.split("  - id: ZR-012\n", 1)[1].split("  - id:", 1)[0]  # case 04 relies on it
    retired = (
        block.replace("status: active", "status: retired")
        .replace("retired_on: null", 'retired_on: "2024-08-01"')
        .replace("reason: null", "reason: 经基层代表评估取消")
    )
    path.write_text(text.replace(block, retired, 1), encoding="utf-8")
    git(lists_repo, "add", "-A")
    assert _pre_commit(lists_repo, "qingdan-validate").returncode == 0
    done = _pre_commit(lists_repo, "qingdan-test")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Failed" in done.stdout


def test_the_diff_check_hook_stops_an_item_deleted_outright(lists_repo):
    path = lists_repo / "lists" / "plaques.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: GP-002")
    end = text.index("  - id: GP-003")
    path.write_text(text[:start] + text[end:], encoding="utf-8")
    git(lists_repo, "add", "-A")
    assert _pre_commit(lists_repo, "qingdan-validate").returncode == 0
    done = _pre_commit(lists_repo, "qingdan-diff-check")
    assert done.returncode == 1
    assert "GP-002 was deleted outright" in done.stdout


def test_the_validate_hook_stops_a_broken_list(lists_repo):
    path = lists_repo / "lists" / "plaques.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("status: active", "status: maybe", 1),
        encoding="utf-8",
    )
    git(lists_repo, "add", "-A")
    done = _pre_commit(lists_repo, "qingdan-validate")
    assert done.returncode == 1
    assert "plaques.yaml" in done.stdout


def test_init_puts_the_pre_commit_config_and_the_ci_workflow_into_a_new_workspace(runner, tmp_path):
    from tests.conftest import run

    assert run(runner, "init", str(tmp_path / "new")).exit_code == 0
    assert (tmp_path / "new" / ".pre-commit-config.yaml").is_file()
    workflow = tmp_path / "new" / ".github" / "workflows" / "qingdan.yml"

    def steps_of(text: str) -> list[str]:  # the same workflow; only the install line differs
        lines = text.splitlines()
        return [ln for ln in lines if "pip install" not in ln and not ln.lstrip().startswith("#")]

    example = (REPO / "docs" / "ci-example.yml").read_text(encoding="utf-8")
    assert steps_of(workflow.read_text(encoding="utf-8")) == steps_of(example)
    steps = yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"]["lists"]["steps"]
    commands = " ".join(step.get("run", "") for step in steps)
    for needed in (
        "qingdan validate",
        "qingdan test",
        '--format markdown >> "$GITHUB_STEP_SUMMARY"',
        "--check",
    ):
        assert needed in commands
