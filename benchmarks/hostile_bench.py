"""Benchmark: what the hostile-input guards (issue 12) cost ``qingdan report``.

    git archive <commit-before-issue-12> | tar -x -C /tmp/base
    python benchmarks/hostile_bench.py --baseline-src /tmp/base/src --rows 1000000 --repeat 3

The same ``qingdan report`` runs twice per format on the same generated log (CSV and Parquet):
once with this checkout (guards: a newline count per CSV to detect line drift, cell size, finite
and plausible hours and dates, the report written as a set) and once with the same interpreter
importing ``qingdan`` from ``--baseline-src``, a source tree without them (``main`` before
issue 12). Each run is a child process timed by wall clock; medians of ``--repeat`` runs; the
ratio guards/baseline is printed per format. The machine is shared: compare ratios, not seconds.
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


def _run(src: str | None, args: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": src} if src else None
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "qingdan", *args], capture_output=True, check=False, env=env
    )
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.stderr.write(done.stderr.decode()[-2000:])
        raise SystemExit(done.returncode)
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline-src", required=True)
    opts = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="qingdan-hostile-bench-"))
    try:
        print(f"rows: {opts.rows:,}; repeat: {opts.repeat}")
        for suffix in ("csv", "parquet"):
            data = work / f"log.{suffix}"
            _run(None, ["generate", "--out", str(data), "-n", str(opts.rows)])
            times: dict[str, list[float]] = {"guards": [], "baseline": []}
            for _ in range(opts.repeat):
                for name, src in (("guards", None), ("baseline", opts.baseline_src)):
                    out = work / f"out-{name}"
                    shutil.rmtree(out, ignore_errors=True)
                    times[name].append(_run(src, ["report", str(data), "--out", str(out)]))
            guards, base = (statistics.median(times[k]) for k in ("guards", "baseline"))
            print(
                f"{suffix:8} guards {guards:6.2f} s  baseline {base:6.2f} s  "
                f"ratio {guards / base:.2f}×"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
