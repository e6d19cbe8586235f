"""Benchmark: the whole ``qingdan report`` against the fair limit and the tools users would pick.

    python benchmarks/report_bench.py                       # 10^7 rows (generated, then reused)
    python benchmarks/report_bench.py --rows 1000000 --repeat 3
    python benchmarks/report_bench.py --rows 100000000 --only fair,qingdan   # 10^8
    python benchmarks/report_bench.py --spark               # also qingdan report --engine spark

Each contender runs in its own child process (``report_contenders.py NAME``, or the ``qingdan``
command), timed by wall clock. Peak memory is the larger of ``getrusage(RUSAGE_CHILDREN)`` (the
biggest single process) and the summed RSS of the process tree sampled every 50 ms (so Spark's
JVM counts with its Python driver). All read the same generated Parquet, judge each row by item
id or exact title/alias against the items in force on its date, compute the same aggregates and
write the off-list rows to CSV (see ``report_contenders.py``; they must agree on the off count):

* ``fair`` — the **baseline**, the fair limit (issue 13): one DuckDB script, one lookup join,
  one GROUPING SETS pass for every aggregate, one streaming COPY of the off-list rows (in the
  order DuckDB's threads finish them);
* ``fair-ordered`` — the same script writing the off-list rows in input order, as qingdan does
  (a reference point: the ratios stay against ``fair``);
* ``qingdan`` — the whole ``qingdan report`` (start-up, ingest, fuzzy title matching, every
  section, four files written). It does more than the baseline (fuzzy matching admits
  paraphrases, so its off-list count is smaller), never less;
* ``analyst`` — the DuckDB script re-scanning the file once per aggregate;
* ``polars`` (lazy, aggregates collected together) and ``pandas`` (pyarrow, merges).

Ratios (time and peak memory) are against ``fair`` measured in the same run; the goals are
qingdan ≤ 1.2× the time at 10^7 (≤ 1.1× at 10^8) and a peak ≤ 300 MiB. Timings are medians of
``--repeat`` runs, interleaved; the machine is shared, so compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Runs one contender; prints its wall time, exit status and peak memory: the larger of the
# biggest reaped descendant (ru_maxrss) and the process tree's summed RSS sampled every 50 ms.
WRAPPER = r"""
import json, os, resource, subprocess, sys, time
def tree_rss(root):
    kids, rss = {}, 0
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as fh:
                kids.setdefault(int(fh.read().rsplit(")", 1)[1].split()[1]), []).append(int(pid))
        except OSError:
            pass
    todo = [root]
    while todo:
        pid = todo.pop()
        todo.extend(kids.get(pid, []))
        try:
            with open(f"/proc/{pid}/statm") as fh:
                rss += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            pass
    return rss
t = time.perf_counter()
import tempfile
sink, errs = tempfile.TemporaryFile(), tempfile.TemporaryFile()  # pipes would fill and block
child = subprocess.Popen(sys.argv[1:], stdout=sink, stderr=errs)
peak = 0
while child.poll() is None:
    peak = max(peak, tree_rss(child.pid))
    time.sleep(0.05)
wall = time.perf_counter() - t
sink.seek(0); errs.seek(0)
out, err = sink.read(), errs.read()
if child.returncode not in (0, 1):
    sys.stderr.write(err.decode()[-3000:]); sys.exit(child.returncode)
maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
print(json.dumps({"wall": wall, "rss_mib": max(peak, maxrss) / 2**20, "out": out.decode()}))
"""


def measure(cmd: list[str]) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, *cmd], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{cmd[:3]} failed:\n{done.stderr}")
    return json.loads(done.stdout)


def off_count(name: str, run: dict[str, object]) -> int | None:
    """Off-list rows a contender found (qingdan's from its JSON output)."""
    try:
        text = str(run["out"]).strip()
        out = json.loads(text if name.startswith("qingdan") else text.splitlines()[-1])
    except (ValueError, IndexError):
        return None
    if name.startswith("qingdan"):
        return int(out["metrics"]["off_list"]["count"]) if "metrics" in out else None
    return out.get("off")


def item_tables(folder: Path) -> tuple[Path, Path]:
    """The bundled lists as JSON Lines: items with dates, and every exact name of an item."""
    sys.path.insert(0, str(ROOT / "src"))
    from qingdan.core.lists.model import load_lists
    from qingdan.core.report.judge import REQUEST_KIND_OF
    from qingdan.workspace import load

    lists = load_lists(load(ROOT).list_paths)
    items, names = folder / "items.jsonl", folder / "names.jsonl"
    with items.open("w", encoding="utf-8") as fi, names.open("w", encoding="utf-8") as fn:
        for item in lists:
            kind = REQUEST_KIND_OF.get(item.kind, "task")
            fi.write(
                json.dumps(
                    {
                        "id": item.id,
                        "request_kind": kind,
                        "status": item.status,
                        "effective_from": str(item.effective_from or "2100-01-01"),
                        "effective_to": str(item.effective_to) if item.effective_to else None,
                        "retired_on": str(item.retired_on) if item.retired_on else None,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
            for name in dict.fromkeys(item.names):
                fn.write(
                    json.dumps({"id": item.id, "kind": kind, "name": name}, ensure_ascii=False)
                    + "\n"
                )
    return items, names


CONTENDERS = ("fair", "fair-ordered", "qingdan", "analyst", "polars", "pandas")


def commands(
    folder: Path, data: Path, items: Path, names: Path, spark: bool
) -> dict[str, list[str]]:
    qingdan = shutil.which("qingdan", path=str(Path(sys.executable).parent)) or "qingdan"
    script = str(Path(__file__).with_name("report_contenders.py"))
    out: dict[str, list[str]] = {}
    for name in CONTENDERS:
        if name == "qingdan":
            out[name] = [
                qingdan,
                "report",
                str(data),
                "--out",
                str(folder / "out"),
                "-w",
                str(ROOT),
                "--format",
                "json",
            ]
        else:
            out[name] = [
                sys.executable,
                script,
                name,
                str(data),
                str(items),
                str(names),
                str(folder / f"off-{name}.csv"),
            ]
    if spark:
        out["qingdan spark"] = [*out["qingdan"], "--engine", "spark"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument(
        "--data",
        type=Path,
        default=None,
        help="Parquet file or folder to use/keep (default: a temp file per run)",
    )
    parser.add_argument(
        "--only",
        default=",".join(CONTENDERS),
        help="comma-separated contenders (fair is always run: it is the baseline)",
    )
    parser.add_argument("--spark", action="store_true", help="also qingdan report --engine spark")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qingdan-bench-") as tmp:
        folder = Path(tmp)
        data = args.data or folder / f"activity-{args.rows}.parquet"
        if not data.exists():
            t = time.perf_counter()
            qingdan = shutil.which("qingdan", path=str(Path(sys.executable).parent)) or "qingdan"
            subprocess.run(
                [
                    qingdan,
                    "generate",
                    "--rows",
                    str(args.rows),
                    "--seed",
                    "1",
                    "--out",
                    str(data),
                    "-w",
                    str(ROOT),
                ],
                check=True,
                stderr=subprocess.DEVNULL,
            )
            print(
                f"generated {args.rows:,} rows in {time.perf_counter() - t:.1f} s "
                f"({data.stat().st_size / 2**20:.0f} MiB Parquet)"
            )
        items, names = item_tables(folder)
        wanted = {"fair", *args.only.split(",")} | ({"qingdan spark"} if args.spark else set())
        cmds = {
            k: v for k, v in commands(folder, data, items, names, args.spark).items() if k in wanted
        }
        runs: dict[str, list[dict[str, object]]] = {k: [] for k in cmds}
        for _ in range(args.repeat):  # interleaved, so drifting load hits every contender
            for name, cmd in cmds.items():
                runs[name].append(measure(cmd))
        results = {
            k: {
                "wall": statistics.median(float(r["wall"]) for r in v),  # type: ignore[arg-type]
                "rss": max(float(r["rss_mib"]) for r in v),  # type: ignore[arg-type]
                "off": off_count(k, v[-1]),
            }
            for k, v in runs.items()
        }
        base = results["fair"]
        print(
            f"rows: {args.rows:,}   cpus: {os.cpu_count()}   repeat: {args.repeat} (median "
            f"wall, max peak)"
        )
        print(
            f"{'contender':<15}{'wall s':>8}{'× fair':>8}{'peak MiB':>10}{'× fair':>8}"
            f"{'off-list rows':>15}"
        )
        for name, r in results.items():
            off = f"{r['off']:,}" if r["off"] is not None else "?"
            print(
                f"{name:<15}{r['wall']:>8.2f}{r['wall'] / base['wall']:>7.2f}×"
                f"{r['rss']:>10.0f}{r['rss'] / base['rss']:>7.2f}×{off:>15}"
            )
        if "qingdan" in results:
            q = results["qingdan"]
            print(
                f"qingdan report / fair limit: {q['wall'] / base['wall']:.2f}× time "
                f"(goal ≤ 1.2× at 10^7, ≤ 1.1× at 10^8), peak {q['rss']:.0f} MiB (goal ≤ 300)"
            )
        exact = {r["off"] for k, r in results.items() if not k.startswith("qingdan")}
        if len(exact) > 1:
            raise SystemExit(f"contenders disagree on the off-list count: {sorted(exact)}")


if __name__ == "__main__":
    main()
