"""Benchmark: violations.csv in input order, one COPY against chunks on every core (issue 13).

    python benchmarks/violations_bench.py --data activity.parquet [--repeat 3]

Builds the report's cube once on the Parquet file, then writes violations.csv, interleaved:

* ``one COPY`` — the **baseline**: :func:`export_violations`, one COPY that keeps the input
  order, so on one thread (what ``qingdan report`` does on CSV, JSON Lines and xlsx inputs);
* ``chunks, 1`` / ``chunks, N`` — :func:`chunked_violations` (what it does on Parquet): row
  groups in chunks, each an ordered COPY on a connection of its own, on 1 and on N (DuckDB's
  threads) connections at once (DuckDB set to one thread each, as in the report), the chunks
  after the first copied in.

Every file must be byte for byte the baseline's. Prints the median wall time of each, its ratio
to the baseline and the bytes copied in; on N cores the chunks should take about 1/N of it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="a Parquet file")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    import duckdb

    from qingdan.core.lists.model import load_lists
    from qingdan.core.report.build import (
        DuckDBEngine,
        Violations,
        build_report,
        chunked_violations,
        export_violations,
    )
    from qingdan.jobs.report import violation_labels
    from qingdan.workspace import load

    ws = load(ROOT)
    lists = load_lists(ws.list_paths)
    mapping = ws.section("activity").get("columns", {})
    con = duckdb.connect()
    threads = int(con.execute("SELECT current_setting('threads')").fetchall()[0][0])
    headers, labels = violation_labels()

    with tempfile.TemporaryDirectory(prefix="qingdan-vbench-") as tmp:
        # the report itself, so that con holds the views of a chunked second pass
        report = Violations(Path(tmp) / "report.csv", headers, labels, "\ufeff")
        engine = DuckDBEngine(report)
        build_report(con, [args.data], lists, mapping=mapping, engine=engine)
        engine.export(con, report.out, headers, labels, "\ufeff")
        base = Path(tmp) / "one.csv"

        def one() -> int:
            return export_violations(con, base, headers, labels, "\ufeff")

        def chunks(workers: int) -> int:
            out = Path(tmp) / f"chunks-{workers}.csv"
            v = Violations(out, headers, labels, "\ufeff")
            writer = chunked_violations(con, v, [args.data], workers)
            con.execute("SET threads = 1")  # as while qingdan report writes them: see DuckDBEngine
            writer.start(workers)
            try:
                return int(writer.wait())
            finally:
                writer.close()
                con.execute(f"SET threads = {threads}")

        runs: dict[str, tuple[object, list[float]]] = {
            "one COPY": (one, []),
            "chunks, 1": (lambda: chunks(1), []),
            f"chunks, {threads}": (lambda: chunks(threads), []),
        }
        counts = set()
        for _ in range(args.repeat):  # interleaved
            for fn, times in runs.values():
                t = time.perf_counter()
                counts.add(fn())  # type: ignore[operator]
                times.append(time.perf_counter() - t)
        if len(counts) != 1:
            raise SystemExit(f"the ways disagree on the count: {sorted(counts)}")
        for workers in (1, threads):
            if (Path(tmp) / f"chunks-{workers}.csv").read_bytes() != base.read_bytes():
                raise SystemExit(f"chunks on {workers} connections: not the same bytes")
        size = base.stat().st_size
        from qingdan.core.report.export import plan, row_groups

        head = plan(row_groups(con, [args.data]), threads)[0][0]
        total = sum(row_groups(con, [args.data])[0])
        copied = size * (1 - (head[1] - head[0] + 1) / total)
        print(f"{counts.pop():,} off-list rows, {size / 2**20:,.0f} MiB, cpus: {threads}")
        print(f"{'way':<14}{'wall s':>8}{'× one':>8}")
        first = statistics.median(runs["one COPY"][1])
        for name, (_, times) in runs.items():
            wall = statistics.median(times)
            print(f"{name:<14}{wall:>8.2f}{wall / first:>7.2f}×")
        print(f"copied in after the first chunk: about {copied / 2**20:,.0f} MiB")


if __name__ == "__main__":
    main()
