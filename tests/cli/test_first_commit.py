"""A maintainer's first day: init → git init → pre-commit install → the first commit passes;
a workspace in a sub-folder gets its hooks at the repository root; messages that do not
mislead (issue 14)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook

from tests.conftest import run
from tests.maint_repo import GIT_ENV

pytest.importorskip("pre_commit", reason="pre-commit is not installed")


def sh(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        **GIT_ENV,
        "PRE_COMMIT_HOME": str(cwd.parent / "pc-home"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "QINGDAN_LANG": "en",
    }
    return subprocess.run(
        list(args), cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=300
    )


def first_commit(repo: Path) -> subprocess.CompletedProcess[str]:
    assert sh(repo, sys.executable, "-m", "pre_commit", "install").returncode == 0
    assert sh(repo, "git", "add", "-A").returncode == 0
    return sh(repo, "git", "commit", "-m", "first")


def test_init_writes_one_example_case_per_request_kind(runner, tmp_path):
    target = tmp_path / "ws"
    assert run(runner, "init", str(target)).exit_code == 0
    kinds = [
        yaml.safe_load(p.read_text(encoding="utf-8"))["request"]["kind"]
        for p in sorted((target / "cases").glob("*.yaml"))
    ]
    assert sorted(kinds) == sorted(["task", "ledger", "certificate", "plaque", "evaluation"])
    result = run(runner, "test", "-w", str(target))
    assert result.exit_code == 0 and "5 passed" in result.stdout


def test_diff_check_passes_on_a_repository_with_no_commits(runner, tmp_path):
    target = tmp_path / "ws"
    assert run(runner, "init", str(target)).exit_code == 0
    assert sh(target, "git", "init", "-q", "-b", "main").returncode == 0
    result = run(runner, "diff", "--check", "-w", str(target))
    assert result.exit_code == 0, result.output
    assert "no commits yet" in result.stdout


@pytest.mark.slow
def test_a_new_workspaces_first_commit_passes_the_hooks(runner, tmp_path):
    repo = tmp_path / "ws"
    assert run(runner, "init", str(repo)).exit_code == 0
    assert sh(repo, "git", "init", "-q", "-b", "main").returncode == 0
    done = first_commit(repo)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (done.stdout + done.stderr).count("Passed") == 3, done.stdout + done.stderr
    assert sh(repo, "git", "rev-parse", "HEAD").returncode == 0


@pytest.mark.slow
def test_init_in_a_sub_folder_puts_the_hooks_at_the_repository_root(runner, tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    assert sh(repo, "git", "init", "-q", "-b", "main").returncode == 0
    result = run(runner, "init", str(repo / "city" / "lists"))
    assert result.exit_code == 0
    config = repo / ".pre-commit-config.yaml"
    assert str(config) in result.stderr
    assert not (repo / "city" / "lists" / ".pre-commit-config.yaml").exists()
    hooks = yaml.safe_load(config.read_text(encoding="utf-8"))["repos"][0]["hooks"]
    assert all(h["entry"].endswith("-w city/lists") for h in hooks)
    workflow = (repo / ".github" / "workflows" / "qingdan.yml").read_text(encoding="utf-8")
    assert "working-directory: city/lists" in workflow
    done = first_commit(repo)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (done.stdout + done.stderr).count("Passed") == 3, done.stdout + done.stderr


def test_init_leaves_an_existing_root_config_alone_and_says_what_to_add(runner, tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    assert sh(repo, "git", "init", "-q", "-b", "main").returncode == 0
    (repo / ".pre-commit-config.yaml").write_text("repos: []\n", encoding="utf-8")
    result = run(runner, "init", str(repo / "ws"))
    assert result.exit_code == 0
    assert (repo / ".pre-commit-config.yaml").read_text(encoding="utf-8") == "repos: []\n"
    assert "Add this under its repos: key" in result.stderr
    assert "entry: qingdan validate -w ws" in result.stderr


def test_the_ci_example_installs_qingdan_the_way_init_says(runner, tmp_path):
    from qingdan import __version__

    target = tmp_path / "ws"
    result = run(runner, "init", str(target))
    workflow = (target / ".github" / "workflows" / "qingdan.yml").read_text(encoding="utf-8")
    step = next(line for line in workflow.splitlines() if "pip install" in line)
    assert "{install}" not in workflow
    spec = step.split('pip install "', 1)[1].rstrip('"')
    assert spec == f"qingdan=={__version__}" or spec.startswith("git+")
    assert spec in result.stderr


def test_the_repositorys_own_ci_example_installs_from_the_checkout():
    example = Path(__file__).resolve().parents[2] / "docs" / "ci-example.yml"
    assert "pip install ." in example.read_text(encoding="utf-8")


def test_a_failing_case_shows_the_codes_it_got_beside_the_expected(runner, tmp_path):
    target = tmp_path / "ws"
    assert run(runner, "init", str(target)).exit_code == 0
    case = target / "cases" / "03-certificate-rejected-negative.yaml"
    case.write_text(
        case.read_text(encoding="utf-8").replace("codes: [CK401]", "codes: [CK100]"),
        encoding="utf-8",
    )
    result = run(runner, "test", "-w", str(target))
    assert result.exit_code == 1
    assert "codes expected CK100, got CK401" in result.stdout


def test_import_dry_run_says_nothing_was_written(runner, workspace, tmp_path):
    out = tmp_path / "lists.xlsx"
    assert run(runner, "export", "-w", str(workspace), "--out", str(out)).exit_code == 0
    book = load_workbook(out)
    book["社区出具证明事项清单"]["B2"] = "改名"
    book.save(out)
    zh = run(runner, "import", "-w", str(workspace), str(out), "--dry-run", "--lang", "zh")
    assert zh.exit_code == 0
    assert "未写入" in zh.stdout and "已导入" not in zh.stdout
    en = run(runner, "import", "-w", str(workspace), str(out), "--dry-run")
    assert "nothing written" in en.stdout and "imported" not in en.stdout
