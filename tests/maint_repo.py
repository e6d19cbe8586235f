"""Scratch git repositories holding small workspaces, for the diff/rate/history tests.

Commits use fixed names and dates so commit ids (and golden files) are reproducible.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import yaml

TITLES = {
    "self-governance": "社区依法自治工作事项清单",
    "assisted": "社区依法（规）协助政府工作事项清单",
    "entry": "申请进入社区工作事项清单",
}
CONFIG = """[workspace]
name = "测试工作区"

[rate]
counted = ["self-governance", "assisted"]
baseline = 10
"""
GIT_ENV = {
    "GIT_AUTHOR_NAME": "t",
    "GIT_AUTHOR_EMAIL": "t@example.org",
    "GIT_COMMITTER_NAME": "t",
    "GIT_COMMITTER_EMAIL": "t@example.org",
    "GIT_AUTHOR_DATE": "2024-05-01T00:00:00+00:00",
    "GIT_COMMITTER_DATE": "2024-05-01T00:00:00+00:00",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(root: Path, *args: str) -> str:
    env = {**os.environ, **GIT_ENV}
    done = subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout.strip()


def item(item_id: str, title: str, **fields: Any) -> dict[str, Any]:
    """A list entry with the usual fields (dates as strings, like the bundled lists)."""
    entry: dict[str, Any] = {
        "id": item_id,
        "title": title,
        "aliases": [],
        "keywords": [],
        "department": "市民政局",
        "legal_basis": [{"law": "中华人民共和国城市居民委员会组织法", "article": "第三条"}],
        "published_on": "2022-06-20",
        "effective_from": "2022-07-01",
        "effective_to": None,
        "status": "active",
        "retired_on": None,
        "reason": None,
        "source": "测试",
    }
    entry.update(fields)
    return entry


def write_list(root: Path, kind: str, items: list[dict[str, Any]]) -> Path:
    path = root / "lists" / f"{kind}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"kind": kind, "title": TITLES.get(kind, kind), "items": items}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path.write_text(
        "# yaml-language-server: $schema=../schemas/list.schema.json\n" + text, encoding="utf-8"
    )
    return path


def commit(root: Path, message: str) -> str:
    git(root, "add", "-A")
    git(root, "commit", "-q", "--allow-empty", "-m", message)
    return git(root, "rev-parse", "HEAD")


def make_repo(root: Path, lists: dict[str, list[dict[str, Any]]]) -> Path:
    """A git repository (branch main) whose first commit holds ``lists``."""
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q", "-b", "main")
    (root / "qingdan.toml").write_text(CONFIG, encoding="utf-8")
    for kind, items in lists.items():
        write_list(root, kind, items)
    commit(root, "base lists")
    return root


def base_lists() -> dict[str, list[dict[str, Any]]]:
    return {
        "self-governance": [
            item("ZZ-001", "组织居民会议"),
            item("ZZ-002", "开展社区协商"),
            item("ZZ-003", "调解民间纠纷"),
        ],
        "assisted": [
            item("XZ-001", "协助做好城乡居民医疗保险参保登记"),
            item("XZ-002", "协助开展人口普查"),
            item(
                "XZ-003",
                "协助核查低保家庭收入",
                status="retired",
                retired_on="2024-01-01",
                reason="并入民政部门核查",
            ),
        ],
        "entry": [
            item("ZR-001", "建设法治超市"),
            item(
                "ZR-002",
                "社区代收水电费",
                status="vetoed",
                retired_on="2023-03-01",
                reason="基层代表一票否决",
            ),
        ],
    }
