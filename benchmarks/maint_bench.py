"""Benchmark ``qingdan diff`` between two revisions (DESIGN §4 / issue 4 §9).

Two scratch git repositories: a copy of the bundled workspace (goal: diff < 1 s) and a generated
10,000-item workspace. Each has a base commit and a head commit that retires, adds and edits
items. Timed in the same run, medians of N runs, whole processes:
  * ``git show BASE:f1 BASE:f2 … HEAD:f1 …`` of the same list files — the floor (reading the bytes);
  * ``qingdan diff BASE HEAD --format json`` — the command as a person runs it;
  * ``qingdan --version`` — the CLI's start-up, for scale.
The ratio diff / git show is the figure to compare across machines, not the absolute times.

Run: python benchmarks/maint_bench.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
KINDS = {
    "self-governance": "ZZ",
    "assisted": "XZ",
    "entry": "ZR",
    "ledgers": "TZ",
    "certificates": "ZM",
    "plaques": "GP",
    "evaluations": "KP",
}
ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "b",
    "GIT_AUTHOR_EMAIL": "b@example.org",
    "GIT_COMMITTER_NAME": "b",
    "GIT_COMMITTER_EMAIL": "b@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "QINGDAN_LANG": "en",
}
QINGDAN = [sys.executable, "-m", "qingdan"]


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, env=ENV, capture_output=True)


def edit_lists(root: Path, every: int) -> None:
    """Retire every ``every``-th active item, retitle the next, add one item per list."""
    for kind, prefix in KINDS.items():
        path = root / "lists" / f"{kind}.yaml"
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text)
        for n, item in enumerate(data["items"]):
            if n % every == 0 and item["status"] == "active":
                item.update(status="retired", retired_on="2025-01-01", reason="基准测试：取消")
            elif n % every == 1:
                item["department"] = "基准测试部门"
        data["items"].append(
            {
                **data["items"][-1],
                "id": f"{prefix}-9999",
                "title": f"基准测试新增事项{kind}",
                "aliases": [],
                "keywords": [],
                "status": "active",
                "retired_on": None,
                "reason": None,
            }
        )
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def generated(root: Path, total: int) -> None:
    """A workspace of ``total`` items spread over the seven lists."""
    shutil.copy(ROOT / "qingdan.toml", root / "qingdan.toml")
    (root / "lists").mkdir()
    per = total // len(KINDS)
    for kind, prefix in KINDS.items():
        items = [
            {
                "id": f"{prefix}-{n:05d}",
                "title": f"{kind}事项{n:05d}号：协助开展第{n}项工作",
                "aliases": [f"别名{n}"],
                "keywords": [f"词{n}"],
                "department": f"部门{n % 60}",
                "legal_basis": [{"law": "中华人民共和国城市居民委员会组织法", "article": "第三条"}],
                "published_on": "2022-06-20",
                "effective_from": "2022-07-01",
                "effective_to": None,
                "status": "active",
                "retired_on": None,
                "reason": None,
                "source": "generated",
            }
            for n in range(1, per + 1)
        ]
        data = {"kind": kind, "title": kind, "items": items}
        (root / "lists" / f"{kind}.yaml").write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )


def repo(root: Path, fill, every: int) -> None:  # type: ignore[no-untyped-def]
    root.mkdir()
    fill(root)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "base")
    edit_lists(root, every)
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "head")


def median_time(cmd: list[str], cwd: Path, runs: int) -> float:
    times = []
    for _ in range(runs + 1):  # the first is a warm-up
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, env=ENV, check=False, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:])


def measure(name: str, root: Path, runs: int, goal: float | None = None) -> None:
    files = [f"lists/{k}.yaml" for k in KINDS]
    show = ["git", "show", *[f"HEAD~1:{f}" for f in files], *[f"HEAD:{f}" for f in files]]
    diff = [*QINGDAN, "diff", "HEAD~1", "HEAD", "-w", str(root), "--format", "json"]
    done = subprocess.run(diff, cwd=root, env=ENV, capture_output=True, text=True, check=True)
    items = sum(len(yaml.safe_load((root / f).read_text(encoding="utf-8"))["items"]) for f in files)
    t_show = median_time(show, root, runs)
    t_diff = median_time(diff, root, runs)
    t_start = median_time([*QINGDAN, "--version"], root, runs)
    print(f"{name}: {items} items, diff output {len(done.stdout)} bytes")
    print(f"  git show (14 files)     {t_show * 1000:8.1f} ms   1.0x")
    print(f"  qingdan --version       {t_start * 1000:8.1f} ms   {t_start / t_show:5.1f}x")
    verdict = (
        "" if goal is None else (f"   goal < {goal:g} s: {'met' if t_diff < goal else 'NOT met'}")
    )
    print(f"  qingdan diff HEAD~1 HEAD{t_diff * 1000:8.1f} ms   {t_diff / t_show:5.1f}x{verdict}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--items", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bundled = Path(tmp) / "bundled"

        def copy(root: Path) -> None:
            shutil.copy(ROOT / "qingdan.toml", root / "qingdan.toml")
            shutil.copytree(ROOT / "lists", root / "lists")

        repo(bundled, copy, every=7)
        big = Path(tmp) / "big"
        repo(big, lambda root: generated(root, args.items), every=50)
        print(f"median of {args.runs} runs each (after a warm-up), whole processes")
        measure("bundled workspace", bundled, args.runs, goal=1.0)
        measure("generated workspace", big, args.runs)


if __name__ == "__main__":
    main()
