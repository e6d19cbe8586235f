"""Benchmark: the whole ``qingdan report`` against hand-written DuckDB SQL and against pandas.

    python benchmarks/report_bench.py                 # 10^7 rows (generated once, then reused)
    python benchmarks/report_bench.py --rows 1000000 --repeat 3
    python benchmarks/report_bench.py --rows 100000000   # 10^8: checks it completes (spills)

Each contender runs in its own child process, timed by wall clock, with its peak RSS from
``getrusage(RUSAGE_CHILDREN)`` measured by a small wrapper process around it. All three read the
same generated Parquet and compute the same headline aggregates — rows on and off the lists, by
department, by district, by community, by month, and the top off-list titles per kind — judging
a row by its item id, else by its exact title or alias, against the items in force on its date:

* ``qingdan report``: the whole command (start-up, ingest, fuzzy title matching, judging, every
  section of the report, four files written, violations.csv included);
* ``duckdb-sql``: a hand-written SQL script over the Parquet file (views, streaming), results
  fetched into Python;
* ``pandas``: the straightforward pandas version (loaded through DuckDB's ``.df()``, since no
  Parquet engine for pandas — pyarrow, fastparquet — is installed here), merges and groupbys.

Ratios are printed against ``duckdb-sql`` measured in the same run (the goal: report ≤ 1.5×).
Timings are medians of ``--repeat`` runs; the machine is shared, so compare ratios, not seconds.
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

WRAPPER = r"""
import json, resource, subprocess, sys, time
t = time.perf_counter()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.perf_counter() - t
if done.returncode not in (0, 1):
    sys.stderr.write(done.stderr.decode()[-3000:]); sys.exit(done.returncode)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"wall": wall, "rss_mib": peak / 1024}))
"""

ITEMS_SQL = """
CREATE TABLE items AS SELECT * FROM read_json('{items}');
CREATE TABLE names AS SELECT * FROM read_json('{names}');
"""

# The hand-written script an analyst would write: judge each row, then aggregate.
SQL = """
CREATE VIEW judged AS
SELECT a.*, date_trunc('month', a.date) AS month, i.id AS matched,
  CASE WHEN i.id IS NOT NULL AND i.request_kind = a.kind AND i.status <> 'vetoed'
        AND a.date >= i.effective_from
        AND (i.effective_to IS NULL OR a.date <= i.effective_to)
        AND (i.retired_on IS NULL OR a.date < i.retired_on) THEN 1 ELSE 0 END AS on_list
FROM read_parquet('{data}') AS a
LEFT JOIN names AS n ON a.item_id IS NULL AND n.name = a.title AND n.kind = a.kind
LEFT JOIN items AS i ON i.id = coalesce(a.item_id, n.id);
"""
QUERIES = {
    "headline": "SELECT count(*), sum(on_list), sum(hours) FILTER (WHERE on_list = 0) FROM judged",
    "department": "SELECT department, count(*), count(*) - sum(on_list) FROM judged GROUP BY 1",
    "district": "SELECT district, count(*), count(*) - sum(on_list) FROM judged GROUP BY 1",
    "community": "SELECT district, street, community, count(*), count(*) - sum(on_list) "
    "FROM judged GROUP BY 1, 2, 3",
    "month": "SELECT month, count(*), count(*) - sum(on_list), "
    "sum(hours) FILTER (WHERE on_list = 0) FROM judged GROUP BY 1",
    "titles": "SELECT kind, title, count(*) AS n FROM judged WHERE on_list = 0 GROUP BY 1, 2 "
    "QUALIFY row_number() OVER (PARTITION BY kind ORDER BY n DESC) <= 10",
}

SQL_RUNNER = r"""
import sys, duckdb
data, items, names, script, queries = sys.argv[1:6]
import json
con = duckdb.connect()
con.execute(open(script).read().replace('{items}', items).replace('{names}', names)
            .replace('{data}', data))
for q in json.loads(open(queries).read()).values():
    con.execute(q).fetchall()
"""

PANDAS_RUNNER = r"""
import sys, json
import duckdb, numpy as np, pandas as pd
data, items, names = sys.argv[1:4]
df = duckdb.sql(f"SELECT * FROM read_parquet('{data}')").df()
it = pd.read_json(items, lines=True)
for c in ("effective_from", "effective_to", "retired_on"):
    it[c] = pd.to_datetime(it[c])
nm = pd.read_json(names, lines=True).rename(columns={"id": "name_id", "name": "title"})
df = df.merge(nm, on=["title", "kind"], how="left")
df["key"] = df["item_id"].where(df["item_id"].notna(), df["name_id"])
df = df.merge(it.rename(columns={"id": "key"}), on="key", how="left")
on = ((df["request_kind"] == df["kind"]) & (df["status"] != "vetoed")
      & (df["date"] >= df["effective_from"])
      & (df["effective_to"].isna() | (df["date"] <= df["effective_to"]))
      & (df["retired_on"].isna() | (df["date"] < df["retired_on"])))
df["on_list"] = on.astype(int)
df["off"] = 1 - df["on_list"]
df["month"] = df["date"].dt.to_period("M")
df["off_hours"] = df["hours"].where(df["off"] == 1)
df[["on_list", "off", "off_hours"]].sum()
for keys in (["department"], ["district"], ["district", "street", "community"], ["month"]):
    df.groupby(keys, observed=True)[["on_list", "off", "off_hours"]].sum()
off = df[df["off"] == 1]
off.groupby(["kind", "title"]).size().sort_values(ascending=False).groupby(level=0).head(10)
"""


def measure(cmd: list[str], repeat: int) -> dict[str, float]:
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", WRAPPER, *cmd], capture_output=True, text=True, check=True
        )
        runs.append(json.loads(out.stdout))
    return {
        "wall": statistics.median(r["wall"] for r in runs),
        "rss_mib": max(r["rss_mib"] for r in runs),
    }


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument(
        "--data",
        type=Path,
        default=None,
        help="Parquet file to use/keep (default: a temp file per run)",
    )
    parser.add_argument("--no-pandas", action="store_true", help="skip pandas (e.g. at 10^8)")
    args = parser.parse_args()
    qingdan = shutil.which("qingdan") or "qingdan"
    with tempfile.TemporaryDirectory(prefix="qingdan-bench-") as tmp:
        folder = Path(tmp)
        data = args.data or folder / f"activity-{args.rows}.parquet"
        if not data.exists():
            t = time.perf_counter()
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
        script, queries = folder / "bench.sql", folder / "queries.json"
        script.write_text(ITEMS_SQL + SQL, encoding="utf-8")
        queries.write_text(json.dumps(QUERIES), encoding="utf-8")
        results = {
            "duckdb-sql": measure(
                [
                    sys.executable,
                    "-c",
                    SQL_RUNNER,
                    str(data),
                    str(items),
                    str(names),
                    str(script),
                    str(queries),
                ],
                args.repeat,
            ),
            "qingdan report": measure(
                [qingdan, "report", str(data), "--out", str(folder / "out"), "-w", str(ROOT)],
                args.repeat,
            ),
        }
        if not args.no_pandas:
            results["pandas"] = measure(
                [sys.executable, "-c", PANDAS_RUNNER, str(data), str(items), str(names)],
                args.repeat,
            )
        base = results["duckdb-sql"]["wall"]
        print(f"rows: {args.rows:,}   cpus: {os.cpu_count()}   repeat: {args.repeat}")
        print(f"{'contender':<16}{'wall s':>9}{'ratio':>8}{'peak RSS MiB':>15}")
        for name, r in results.items():
            print(f"{name:<16}{r['wall']:>9.2f}{r['wall'] / base:>7.2f}×{r['rss_mib']:>15.0f}")
        ratio = results["qingdan report"]["wall"] / base
        print(f"qingdan report / hand-written DuckDB SQL = {ratio:.2f}× (goal ≤ 1.5×)")
        if "pandas" in results:
            print(
                f"pandas / qingdan report = "
                f"{results['pandas']['wall'] / results['qingdan report']['wall']:.2f}×"
            )


if __name__ == "__main__":
    main()
