"""Benchmark: what the hostile-input guards (issue 12) cost ``qingdan report``.

    python benchmarks/hostile_bench.py --baseline-python /path/to/main/checkout/python
    python benchmarks/hostile_bench.py --rows 2000000 --repeat 3

The same ``qingdan report`` runs twice per format on the same generated log (CSV and Parquet):
once with this checkout (guards: a newline count per CSV to detect line drift, cell size, finite
and plausible hours and dates, formula-safe violations.csv, the report written as a set) and once
with a baseline interpreter whose ``qingdan`` is a checkout without them (e.g. ``main`` before
issue 12). Each run is a child process timed by wall clock; medians of ``--repeat`` runs; the
ratio guards/baseline is printed per format. The machine is shared: compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _run(python: str, args: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run([python, "-m", "qingdan", *args], capture_output=True, check=False)
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.stderr.write(done.stderr.decode()[-2000:])
        raise SystemExit(done.returncode)
    return wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--baseline-python", required=True)
    opts = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="qingdan-hostile-bench-"))
    try:
        print(f"rows: {opts.rows:,}; repeat: {opts.repeat}")
        for suffix in ("csv", "parquet"):
            data = work / f"log.{suffix}"
            _run(sys.executable, ["generate", "--out", str(data), "-n", str(opts.rows)])
            times: dict[str, list[float]] = {"guards": [], "baseline": []}
            for _ in range(opts.repeat):
                for name, python in (
                    ("guards", sys.executable),
                    ("baseline", opts.baseline_python),
                ):
                    out = work / f"out-{name}"
                    shutil.rmtree(out, ignore_errors=True)
                    times[name].append(_run(python, ["report", str(data), "--out", str(out)]))
            guards, base = (statistics.median(times[k]) for k in ("guards", "baseline"))
            print(
                f"{suffix:8} guards {guards:6.2f} s  baseline {base:6.2f} s  "
                f"ratio {guards / base:.2f}×"
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
