"""Start-up and validation speed, as ratios against baselines measured in the same run.

    python benchmarks/foundation_bench.py [--runs 7] [--items 10000]

Prints medians of whole-process wall times:
- ``qingdan --help`` / ``--version`` against bare ``python -c pass`` and ``import typer``;
- ``qingdan validate`` on the bundled workspace (goal < 0.5 s);
- ``qingdan validate`` on a generated 10,000-item workspace against the floor: the same files
  loaded with ``yaml.CSafeLoader`` and checked with jsonschema in one plain script.
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

ROOT = Path(__file__).resolve().parents[1]
QINGDAN = [sys.executable, "-m", "qingdan"]


def wall(cmd: list[str], runs: int, cwd: Path | None = None) -> float:
    env = {**os.environ, "QINGDAN_LANG": "en"}
    subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, check=False)  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def make_big_workspace(dest: Path, items: int) -> None:
    """The bundled workspace with each list padded to ``items`` / 7 generated items (clean: each
    item carries the provenance fields ``validate`` asks for, so no finding is reported)."""
    shutil.copy(ROOT / "qingdan.toml", dest / "qingdan.toml")
    shutil.copytree(ROOT / "schemas", dest / "schemas")
    (dest / "lists").mkdir()
    shutil.copy(ROOT / "lists" / "negative-certificates.yaml", dest / "lists")  # named in the toml
    from qingdan.core.lists.kinds import KINDS

    per_list = items // len(KINDS)
    for kind in KINDS:
        lines = [f"kind: {kind.key}", f"title: {kind.title}", "items:"]
        for n in range(1, per_list + 1):
            lines += [
                f"  - id: {kind.prefix}-{n:05d}",
                f"    title: 测试事项{kind.prefix}{n:05d}号工作",
                f"    aliases: [别名{kind.prefix}{n}]",
                f"    keywords: [关键{n}]",
                "    department: 市民政局",
                "    legal_basis:",
                "      - {law: 中华人民共和国城市居民委员会组织法, article: 第三条,"
                " jurisdiction: 全国}",
                '    published_on: "2022-06-20"',
                '    effective_from: "2022-07-01"',
                "    effective_to: null",
                "    status: active",
                "    retired_on: null",
                "    reason: null",
                "    source: generated",
                "    source_jurisdiction: 全国",
                "    dates_source: generated",
            ]
        (dest / "lists" / f"{kind.key}.yaml").write_text("\n".join(lines) + "\n", "utf-8")


FLOOR = """
import json, sys, yaml, jsonschema
from pathlib import Path
root = Path(sys.argv[1])
schema = json.loads((root / "schemas/list.schema.json").read_text())
v = jsonschema.Draft202012Validator(schema)
for path in sorted((root / "lists").glob("*.yaml")):
    data = yaml.load(path.read_text(), Loader=yaml.CSafeLoader)
    list(v.iter_errors(data))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--items", type=int, default=10_000)
    args = parser.parse_args()
    empty = Path(tempfile.mkdtemp())
    bare = wall([sys.executable, "-c", "pass"], args.runs)
    typer_only = wall([sys.executable, "-c", "import typer"], args.runs)
    help_ = wall([*QINGDAN, "--help"], args.runs, empty)
    version = wall([*QINGDAN, "--version"], args.runs, empty)
    validate = wall([*QINGDAN, "validate", "-w", str(ROOT)], args.runs, empty)
    print(f"python -c pass            {bare * 1000:7.0f} ms  (baseline)")
    print(f"python -c 'import typer'  {typer_only * 1000:7.0f} ms  {typer_only / bare:5.2f}x")
    print(
        f"qingdan --help            {help_ * 1000:7.0f} ms  {help_ / bare:5.2f}x  "
        f"(+{(help_ - bare) * 1000:.0f} ms over bare Python; goal < 150 ms)"
    )
    print(f"qingdan --version         {version * 1000:7.0f} ms  {version / bare:5.2f}x")
    print(
        f"qingdan validate (bundled){validate * 1000:7.0f} ms  {validate / bare:5.2f}x  "
        f"(goal < 500 ms)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp)
        make_big_workspace(big, args.items)
        runs = max(3, args.runs // 2)
        floor = wall([sys.executable, "-c", FLOOR, str(big)], runs)
        full = wall([*QINGDAN, "validate", "-w", str(big)], runs, empty)
        print(f"floor: CSafeLoader + jsonschema, {args.items} items {floor * 1000:7.0f} ms")
        print(
            f"qingdan validate, {args.items} items             {full * 1000:7.0f} ms  "
            f"{full / floor:5.2f}x the floor (adds marks, duplicate keys, invariants)"
        )
    shutil.rmtree(empty, ignore_errors=True)


if __name__ == "__main__":
    main()
