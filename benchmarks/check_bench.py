"""Benchmark of ``qingdan check`` (issue 3 §7), printed as ratios against baselines of the same run.

1. One request against the bundled workspace, wall time from the shell (goal ≤ 300 ms, issue 9),
   beside ``python -c pass`` and ``qingdan --version`` (the interpreter and the CLI's floor).
2. 10,000 generated requests in one call (goal ≤ 5 s, issue 9), as requests per second. Titles
   are drawn
   from the labelled set and the list items, each with its own context words, so most are
   distinct (the checker memoizes repeated titles; a benchmark of repeats would flatter it).

Run from the repository root: ``python benchmarks/check_bench.py [--runs 5] [--requests 10000]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ONE = ROOT / "examples" / "requests" / "01-smart-bracelet.yaml"
KINDS = ("task", "ledger", "certificate", "plaque", "evaluation")
PREFIX = ("", "关于", "关于做好", "请协助", "2024年", "开展", "做好全区", "街道")
SUFFIX = ("", "工作", "的通知", "专项行动", "（第二批）", "工作方案", "任务")
PLACES = (
    "八一路街道",
    "香炉礁街道",
    "白云街道",
    "日新街道",
    "老虎滩街道",
    "辛寨子街道",
    "湾里街道",
    "二十里堡街道",
    "丰荣街道",
    "大长山岛镇",
)


#: The harness may set PYTHONDONTWRITEBYTECODE: then every run recompiles qingdan's sources,
#: which an installed qingdan (pip writes .pyc) never does. The warm-up run writes them.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def cpu_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


CPU: dict[str, float] = {}  #: mean CPU seconds per run, by command line


def wall(command: list[str], runs: int) -> float:
    """Median wall seconds of ``command`` over ``runs`` runs after one warm-up (its mean CPU
    seconds go to :data:`CPU`)."""
    subprocess.run(command, capture_output=True, check=False, cwd=ROOT, env=ENV)
    times = []
    cpu = cpu_children()
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, cwd=ROOT, env=ENV)
        times.append(time.perf_counter() - start)
    CPU[" ".join(command)] = (cpu_children() - cpu) / runs
    return statistics.median(times)


def generate(count: int, seed: int = 7) -> list[dict[str, object]]:
    rng = random.Random(seed)
    with (ROOT / "tests" / "data" / "labelled" / "titles.csv").open(encoding="utf-8") as fh:
        labelled = [(r["title"], r["kind"]) for r in csv.DictReader(fh)]
    out = []
    for i in range(count):
        title, kind = rng.choice(labelled)
        title = f"{rng.choice(PREFIX)}{rng.choice(PLACES)}{title}{rng.choice(SUFFIX)}"
        request: dict[str, object] = {
            "id": f"B-{i:05d}",
            "title": title,
            "department": "区民政局",
            "kind": kind,
            "period": {"from": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"},
        }
        if rng.random() < 0.5:
            request["legal_basis"] = [{"law": "城市居民委员会组织法", "article": "第三条"}]
            request["support"] = "派员指导"
        if kind == "task" and rng.random() < 0.3:
            demand_title, demand_kind = rng.choice([x for x in labelled if x[1] != "task"])
            request["demands"] = [{"kind": demand_kind, "title": demand_title}]
        out.append(request)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--requests", type=int, default=10_000)
    args = parser.parse_args()
    qingdan = [sys.executable, "-m", "qingdan"]  # the qingdan of this interpreter
    python = wall([sys.executable, "-c", "pass"], args.runs)
    version = wall([*qingdan, "--version"], args.runs)
    one_command = [*qingdan, "check", str(ONE), "-w", str(ROOT), "-f", "json"]
    one = wall(one_command, args.runs)
    print(f"python -c pass          {python * 1000:7.0f} ms   1.00x")
    print(f"qingdan --version       {version * 1000:7.0f} ms   {version / python:5.2f}x")
    print(
        f"qingdan check (1 req)   {one * 1000:7.0f} ms   {one / python:5.2f}x python, "
        f"{one / version:.2f}x --version   goal ≤ 300 ms: {'PASS' if one <= 0.3 else 'FAIL'}"
        f"   (CPU {CPU[' '.join(one_command)] * 1000:.0f} ms; --version "
        f"{CPU[' '.join([*qingdan, '--version'])] * 1000:.0f} ms)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "batch.json"
        requests = generate(args.requests)
        batch.write_text(json.dumps(requests, ensure_ascii=False), encoding="utf-8")
        distinct = len({(r["title"], r["kind"]) for r in requests})
        cpu, start = cpu_children(), time.perf_counter()
        done = subprocess.run(
            [*qingdan, "check", str(batch), "-w", str(ROOT), "-f", "jsonl"],
            capture_output=True,
            check=False,
            cwd=ROOT,
            env=ENV,
        )
        seconds, cpu = time.perf_counter() - start, cpu_children() - cpu
        decided = done.stdout.count(b"\n") + (0 if done.stdout.endswith(b"\n") else 1)
    print(
        f"qingdan check ({args.requests:,} req, {distinct:,} distinct titles) "
        f"{seconds:6.2f} s   {args.requests / seconds:,.0f} requests/s   "
        f"exit {done.returncode}, {decided:,} decisions   "
        f"goal ≤ 5 s: {'PASS' if seconds <= 5 else 'FAIL'}   (CPU {cpu:.2f} s)"
    )
    print(
        f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs "
        "(a shared machine: wall times above CPU time are waiting, not work)"
    )


if __name__ == "__main__":
    main()
