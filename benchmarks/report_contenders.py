"""The contenders of ``report_bench.py``, each run as ``python report_contenders.py NAME DATA
ITEMS NAMES OUT_CSV`` in a child process of its own (so its peak RSS is its own).

Every contender does the same work on the same Parquet file: judge each row by its item id, else
by its exact title or alias, against the items in force on the row's date (right kind, not
vetoed, after ``effective_from``, not past ``effective_to`` or ``retired_on``); compute rows on
and off the lists with hours, by department, by district, by community (with street), by month,
and the top 10 off-list titles per kind; write every off-list row to ``OUT_CSV``. Each prints
one JSON line ``{"off": N}`` so the benchmark can check that they agree.

* ``fair`` — the fair limit (issue 13): one DuckDB script, one lookup join, one GROUPING SETS
  pass for every aggregate, then one streaming COPY of the off-list rows (in whatever order
  DuckDB's threads finish them: its hash join does not keep the input order).
* ``fair-ordered`` — the same script with the COPY in input order (``PRESERVE_ORDER``), as
  ``qingdan report`` writes violations.csv: what the order costs the limit itself.
* ``analyst`` — the DuckDB script an analyst would write first: two joins, one query per
  aggregate (each re-scans the file), then the COPY.
* ``pandas`` — the file loaded with pyarrow, merges and groupbys, ``to_csv``.
* ``polars`` — lazy scan, one join, the aggregates collected together (shared scan), then
  ``sink_csv`` of the off-list rows.
"""

from __future__ import annotations

import json
import sys

KEYS = """
CREATE TABLE items AS SELECT * FROM read_json($items, format = 'newline_delimited',
  columns = {id: 'VARCHAR', request_kind: 'VARCHAR', status: 'VARCHAR',
             effective_from: 'DATE', effective_to: 'DATE', retired_on: 'DATE'});
CREATE TABLE names AS SELECT kind, name, min(id) AS id FROM read_json($names,
  format = 'newline_delimited', columns = {id: 'VARCHAR', kind: 'VARCHAR', name: 'VARCHAR'})
  GROUP BY kind, name;
"""

FAIR = """
CREATE TABLE keys AS
  SELECT k.kind, true AS by_id, i.id AS key, i.* FROM items AS i
  CROSS JOIN (SELECT DISTINCT request_kind AS kind FROM items) AS k
  UNION ALL
  SELECT n.kind, false, n.name, i.* FROM names AS n JOIN items AS i ON i.id = n.id;
CREATE VIEW judged AS
SELECT a.*, a.file_row_number + 1 AS line, date_trunc('month', a.date) AS month,
  k.id AS matched_id,
  CASE WHEN k.id IS NOT NULL AND k.request_kind = a.kind AND k.status <> 'vetoed'
        AND a.date >= k.effective_from
        AND (k.effective_to IS NULL OR a.date <= k.effective_to)
        AND (k.retired_on IS NULL OR a.date < k.retired_on) THEN 1 ELSE 0 END AS on_list
FROM read_parquet(getvariable('data'), file_row_number = true) AS a
LEFT JOIN keys AS k ON k.kind = a.kind AND k.by_id = (a.item_id IS NOT NULL)
  AND k.key = coalesce(a.item_id, a.title);
CREATE TABLE cube AS
SELECT GROUPING(community) AS g, on_list, month, district, street, community, kind, title,
  department, count(*) AS n, sum(hours) AS hours
FROM judged
GROUP BY GROUPING SETS ((on_list, month, district, street, community),
                        (on_list, kind, title, department));
"""
FAIR_QUERIES = (
    "SELECT sum(n), sum(n) FILTER (WHERE on_list = 1), sum(hours) FILTER (WHERE on_list = 0) "
    "FROM cube WHERE g = 0",
    "SELECT department, sum(n), sum(n) FILTER (WHERE on_list = 0) FROM cube WHERE g = 1 GROUP BY 1",
    "SELECT district, sum(n), sum(n) FILTER (WHERE on_list = 0) FROM cube WHERE g = 0 GROUP BY 1",
    "SELECT district, street, community, sum(n), sum(n) FILTER (WHERE on_list = 0) FROM cube "
    "WHERE g = 0 GROUP BY 1, 2, 3",
    "SELECT month, sum(n), sum(n) FILTER (WHERE on_list = 0), sum(hours) FILTER (WHERE "
    "on_list = 0) FROM cube WHERE g = 0 GROUP BY 1",
    "SELECT kind, title, sum(n) AS c FROM cube WHERE g = 1 AND on_list = 0 GROUP BY 1, 2 "
    "QUALIFY row_number() OVER (PARTITION BY kind ORDER BY c DESC) <= 10",
)
COPY = (
    "COPY (SELECT activity_id, date, district, street, community, department, kind, "
    "item_id, title, hours, matched_id, line FROM judged WHERE on_list = 0) "
    "TO $out (FORMAT csv, HEADER true)"
)

ANALYST = """
CREATE VIEW judged AS
SELECT a.*, a.file_row_number + 1 AS line, date_trunc('month', a.date) AS month,
  i.id AS matched_id,
  CASE WHEN i.id IS NOT NULL AND i.request_kind = a.kind AND i.status <> 'vetoed'
        AND a.date >= i.effective_from
        AND (i.effective_to IS NULL OR a.date <= i.effective_to)
        AND (i.retired_on IS NULL OR a.date < i.retired_on) THEN 1 ELSE 0 END AS on_list
FROM read_parquet(getvariable('data'), file_row_number = true) AS a
LEFT JOIN names AS n ON a.item_id IS NULL AND n.name = a.title AND n.kind = a.kind
LEFT JOIN items AS i ON i.id = coalesce(a.item_id, n.id);
"""
ANALYST_QUERIES = (
    "SELECT count(*), sum(on_list), sum(hours) FILTER (WHERE on_list = 0) FROM judged",
    "SELECT department, count(*), count(*) - sum(on_list) FROM judged GROUP BY 1",
    "SELECT district, count(*), count(*) - sum(on_list) FROM judged GROUP BY 1",
    "SELECT district, street, community, count(*), count(*) - sum(on_list) FROM judged "
    "GROUP BY 1, 2, 3",
    "SELECT month, count(*), count(*) - sum(on_list), sum(hours) FILTER (WHERE on_list = 0) "
    "FROM judged GROUP BY 1",
    "SELECT kind, title, count(*) AS n FROM judged WHERE on_list = 0 GROUP BY 1, 2 "
    "QUALIFY row_number() OVER (PARTITION BY kind ORDER BY n DESC) <= 10",
)

#: the columns every contender writes for an off-list row (the same file, so outputs compare)
VIOLATION_COLUMNS = (
    "activity_id",
    "date",
    "district",
    "street",
    "community",
    "department",
    "kind",
    "item_id",
    "title",
    "hours",
    "matched_id",
    "line",
)


def duckdb_script(
    data: str, items: str, names: str, out: str, *, fair: bool, ordered: bool = False
) -> int:
    import duckdb

    con = duckdb.connect()
    con.execute("SET VARIABLE data = ?", [data])
    for statement in filter(str.strip, KEYS.split(";")):
        con.execute(statement, {"items": items} if "$items" in statement else {"names": names})
    con.execute(FAIR if fair else ANALYST)
    for query in FAIR_QUERIES if fair else ANALYST_QUERIES:
        con.execute(query).fetchall()
    copy = COPY.replace("HEADER true", "HEADER true, PRESERVE_ORDER true") if ordered else COPY
    return int(con.execute(copy, {"out": out}).fetchall()[0][0])  # COPY returns its row count


def pandas_script(data: str, items: str, names: str, out: str) -> int:
    import pandas as pd

    df = pd.read_parquet(data)
    df["line"] = range(1, len(df) + 1)
    it = pd.read_json(items, lines=True, dtype={"id": str})
    for c in ("effective_from", "effective_to", "retired_on"):
        it[c] = pd.to_datetime(it[c])
    nm = (
        pd.read_json(names, lines=True)
        .groupby(["kind", "name"], as_index=False)["id"]
        .min()
        .rename(columns={"id": "name_id", "name": "title"})
    )
    df = df.merge(nm, on=["title", "kind"], how="left")
    df["key"] = df["item_id"].where(df["item_id"].notna(), df["name_id"])
    df = df.merge(
        it.rename(columns={"id": "matched_id"}), left_on="key", right_on="matched_id", how="left"
    )
    date = pd.to_datetime(df["date"])
    on = (
        (df["request_kind"] == df["kind"])
        & (df["status"] != "vetoed")
        & (date >= df["effective_from"])
        & (df["effective_to"].isna() | (date <= df["effective_to"]))
        & (df["retired_on"].isna() | (date < df["retired_on"]))
    )
    df["on_list"] = on.astype(int)
    df["off"] = 1 - df["on_list"]
    df["month"] = date.dt.to_period("M")
    df["off_hours"] = df["hours"].where(df["off"] == 1)
    df[["on_list", "off", "off_hours"]].sum()
    for keys in (["department"], ["district"], ["district", "street", "community"], ["month"]):
        df.groupby(keys, observed=True)[["on_list", "off", "off_hours"]].sum()
    off = df[df["off"] == 1]
    off.groupby(["kind", "title"]).size().sort_values(ascending=False).groupby(level=0).head(10)
    columns = list(VIOLATION_COLUMNS)
    off[columns].to_csv(out, index=False)
    return len(off)


def polars_script(data: str, items: str, names: str, out: str) -> int:
    import polars as pl

    date = pl.Date
    it = pl.read_ndjson(
        items,
        schema={
            "id": pl.String,
            "request_kind": pl.String,
            "status": pl.String,
            "effective_from": date,
            "effective_to": date,
            "retired_on": date,
        },
    )
    nm = (
        pl.read_ndjson(names, schema={"id": pl.String, "kind": pl.String, "name": pl.String})
        .group_by("kind", "name")
        .agg(pl.col("id").min())
    )
    kinds = it.select(pl.col("request_kind").unique().alias("kind"))
    keys = pl.concat(
        [
            kinds.join(it, how="cross").with_columns(by_id=pl.lit(True), key=pl.col("id")),
            nm.join(it, on="id").rename({"name": "key"}).with_columns(by_id=pl.lit(False)),
        ],
        how="diagonal",
    ).select(
        "kind",
        "by_id",
        "key",
        pl.col("id").alias("matched_id"),
        "request_kind",
        "status",
        "effective_from",
        "effective_to",
        "retired_on",
    )
    a = (
        pl.scan_parquet(data)
        .with_row_index("line", offset=1)
        .with_columns(by_id=pl.col("item_id").is_not_null(), key=pl.coalesce("item_id", "title"))
    )
    d = pl.col("date")
    on = (
        pl.col("matched_id").is_not_null()
        & (pl.col("request_kind") == pl.col("kind"))
        & (pl.col("status") != "vetoed")
        & (d >= pl.col("effective_from"))
        & (pl.col("effective_to").is_null() | (d <= pl.col("effective_to")))
        & (pl.col("retired_on").is_null() | (d < pl.col("retired_on")))
    )
    j = a.join(keys.lazy(), on=["kind", "by_id", "key"], how="left").with_columns(
        on_list=on.fill_null(False).cast(pl.Int32), month=d.dt.truncate("1mo")
    )
    j = j.with_columns(
        off=1 - pl.col("on_list"), off_hours=pl.when(pl.col("on_list") == 0).then(pl.col("hours"))
    )
    sums = [pl.len(), pl.col("off").sum(), pl.col("off_hours").sum()]
    queries = [j.select(sums)] + [
        j.group_by(*keys).agg(sums)
        for keys in (["department"], ["district"], ["district", "street", "community"], ["month"])
    ]
    queries.append(
        j.filter(pl.col("off") == 1)
        .group_by("kind", "title")
        .agg(pl.len())
        .sort("len", descending=True)
        .group_by("kind")
        .head(10)
    )
    head = pl.collect_all(queries)[0]
    j.filter(pl.col("off") == 1).select(*VIOLATION_COLUMNS).sink_csv(out)
    return int(head["off"][0])


def main() -> None:
    name, data, items, names, out = sys.argv[1:6]
    if name in ("fair", "fair-ordered", "analyst"):
        off = duckdb_script(
            data, items, names, out, fair=name != "analyst", ordered=name == "fair-ordered"
        )
    else:
        off = {"pandas": pandas_script, "polars": polars_script}[name](data, items, names, out)
    print(json.dumps({"off": off}))


if __name__ == "__main__":
    main()
