"""``qingdan report --engine spark``: the same judging and cube on Apache Spark (issue 13).

Contract: :class:`SparkEngine(session, tmp)` is an :class:`~.build.Engine`. ``run`` registers
each Parquet file on the Spark session (``src_<n>``: mapped columns, hive partition values, the
row's line from ``_metadata.row_index``), builds ``typed`` from the very SELECT :mod:`.ingest`
writes for DuckDB, collects the distinct titles to the driver, matches each once in Python
(:func:`.judge.match_titles`), sends items and matches back as small tables and broadcasts the
keys (``sql/keys.sql``), then runs ``sql/judged.sql`` and ``sql/cube.sql`` — all transpiled by
:func:`.dialect.to_spark`, never kept twice. The cube (tens of thousands of rows, whatever the
data's size), the rejects, the items and the matches land on the local DuckDB connection, so the
report's sections and renderer are the same. ``export`` has Spark write the violations
(``sql/violations.sql`` ordered by file and line) as Parquet under ``tmp``; DuckDB turns that
into the CSV, so both engines write it byte for byte alike. Only Parquet inputs (a UsageError
otherwise). pyspark is imported lazily (the ``qingdan[spark]`` extra).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qingdan.core.report.datasets import DataFile, partition_columns
from qingdan.core.report.dialect import to_spark
from qingdan.core.report.ingest import FORMATS, Ingested, Source, _typed
from qingdan.core.report.judge import Judging, item_columns, load_table, match_titles
from qingdan.core.report.readers import ReadOptions, resolve_columns
from qingdan.core.report.sqlfiles import sql
from qingdan.core.report.violations import select
from qingdan.errors import UsageError
from qingdan.messages import msg

if TYPE_CHECKING:
    from qingdan.core.lists.model import ListSet
    from qingdan.core.report.build import Filters

#: Spark's simple type names → the DuckDB names :func:`.ingest._typed` reasons about
DUCK_TYPES = {
    "string": "VARCHAR",
    "binary": "BLOB",  # text written without its UTF8 type (Hive, Impala)
    "date": "DATE",
    "timestamp": "TIMESTAMP WITH TIME ZONE",  # Spark's timestamp is an instant (LTZ)
    "timestamp_ntz": "TIMESTAMP",
    "double": "DOUBLE",
    "float": "FLOAT",
    "int": "INTEGER",
    "bigint": "BIGINT",
    "boolean": "BOOLEAN",
    "tinyint": "TINYINT",
    "smallint": "SMALLINT",
}


def duck_type(simple: str) -> str:
    """The DuckDB name of a Spark column type: ``decimal(10,2)`` → ``DECIMAL(10,2)``; a type
    with no DuckDB twin keeps its own name, so the judging SQL casts it to text (never compares
    it with a string as if it were one)."""
    return DUCK_TYPES.get(simple) or simple.upper()


CUBE = {
    "g": "INTEGER",
    "in_scope": "BOOLEAN",
    "verdict": "VARCHAR",
    "source": "INTEGER",
    "month": "DATE",
    "district": "VARCHAR",
    "street": "VARCHAR",
    "community": "VARCHAR",
    "department": "VARCHAR",
    "kind": "VARCHAR",
    "matched_id": "VARCHAR",
    "title": "VARCHAR",
    "n": "BIGINT",
    "hours": "DOUBLE",
    "first_date": "DATE",
    "last_date": "DATE",
}
ITEMS = (
    "id string, list_kind string, request_kind string, title string, status string, "
    "effective_from date, effective_to date, retired_on date"
)
MATCHES = "title string, kind string, norm string, item_id string, score double, decision string"


class SparkEngine:
    name = "spark"

    def __init__(self, session: Any, tmp: Path) -> None:
        self.spark, self.tmp = session, tmp
        self.variables: dict[str, Any] = {}

    def _sql(self, text: str, order_by: Sequence[str] = ()) -> Any:
        name, select = to_spark(text, self.variables, order_by)
        frame = self.spark.sql(select)
        if name is not None:
            frame.createOrReplaceTempView(name)
        return frame

    def _source(
        self,
        n: int,
        data: DataFile,
        mapping: Mapping[str, str],
        shown: str,
        options: ReadOptions | None,
    ) -> tuple[str, Any]:
        from pyspark.sql import functions as F

        if FORMATS.get(data.path.suffix.lower()) != "parquet":
            raise UsageError(msg("spark.parquet_only", path=shown), msg("spark.parquet_only.hint"))
        frame = self.spark.read.parquet(str(data.path))
        names = list(frame.columns)
        cols, cmap = resolve_columns(names, mapping, shown, options)
        parts = partition_columns(data, mapping, list(cols))
        frame = frame.select(
            *(F.col(f"`{names[i]}`").alias(c) for c, i in cols.items()),
            *(F.lit(v).cast("string").alias(c) for c, v in parts.items()),
            (F.col("_metadata.row_index") + 1).alias("__line"),
            F.lit(False).alias("__shift"),
        )
        frame.createOrReplaceTempView(f"src_{n}")
        types = {f.name: duck_type(f.dataType.simpleString()) for f in frame.schema.fields}
        self.variables[f"qd_{n}_shown"] = shown
        present = set(cols) | set(parts)
        typed = _typed(n, present, types, json_source=False, trim=False, plain_kinds=False)
        return typed, cmap

    def run(
        self,
        con: Any,
        files: Sequence[DataFile],
        lists: ListSet,
        *,
        mapping: Mapping[str, str],
        filters: Filters,
        match: Mapping[str, Any],
        show: Callable[[Path], str],
        step: Callable[[str], None],
        options: ReadOptions | None = None,
    ) -> tuple[Ingested, Judging]:
        from pyspark.sql import functions as F

        # DuckDB's session variables (plausibility limits…) are the literals of the Spark SQL
        known = con.execute("SELECT name, value FROM duckdb_variables()").fetchall()
        self.variables = {
            **dict(known),
            "qd_from": filters.date_from,
            "qd_to": filters.date_to,
            "qd_district": filters.district,
            "qd_street": filters.street,
        }
        shown = [show(d.path) for d in files]
        read = [self._source(n, d, mapping, shown[n], options) for n, d in enumerate(files)]
        self._sql("CREATE VIEW typed AS " + "\nUNION ALL\n".join(r[0] for r in read))
        self._sql(sql("scoped"))
        rejects = self._sql(
            "SELECT file, line, source, code, detail FROM scoped WHERE code IS NOT NULL "
            "AND in_scope"
        ).collect()
        load_table(con, "rejects", _columns(rejects, ("file", "line", "source", "code", "detail")))
        con.execute(
            "CREATE OR REPLACE TEMP TABLE rejects AS SELECT file, CAST(line AS BIGINT) "
            "AS line, CAST(source AS INTEGER) AS source, code, detail FROM rejects"
        )
        step("judge")
        admit, review = float(match.get("admit", 80)), float(match.get("review", 60))
        pairs = [(r[0], r[1]) for r in self._sql(sql("titles")).collect()]
        columns, keys = match_titles(pairs, lists, admit, review)
        items = item_columns(lists)
        load_table(con, "qd_items", items)
        load_table(con, "qd_matches", columns)
        for name, table, schema in (("qd_items", items, ITEMS), ("qd_matches", columns, MATCHES)):
            rows = list(zip(*table.values(), strict=True))
            self.spark.createDataFrame(rows, schema).createOrReplaceTempView(name)
        F.broadcast(self._sql(sql("keys"))).createOrReplaceTempView("qd_keys")
        self._sql(sql("judged"))
        step("aggregate")
        cube = self._sql(sql("cube")).collect()
        load_table(con, "qd_cube", _columns(cube, tuple(CUBE)))
        casts = ", ".join(f"CAST({k} AS {v}) AS {k}" for k, v in CUBE.items())
        con.execute(f"CREATE OR REPLACE TEMP TABLE qd_cube AS SELECT {casts} FROM qd_cube")
        sources = tuple(
            Source(d.path, shown[n], "parquet", None, 0, ((None, 1, read[n][1]),))
            for n, d in enumerate(files)
        )
        return Ingested(sources), Judging(len(pairs), keys, admit, review)

    def export(
        self,
        con: Any,
        out: Path,
        headers: Mapping[str, str] | None = None,
        labels: Mapping[str, Mapping[str, str]] | None = None,
        prefix: str = "",
    ) -> int:
        """Violations: Spark writes them as Parquet (ordered); DuckDB writes the same CSV."""
        from qingdan.core.report.build import off_list_rows
        from qingdan.core.report.export import copy_csv
        from qingdan.core.report.violations import COLUMNS

        folder = self.tmp / "violations.parquet"
        frame = self._sql(sql("violations"), order_by=("source", "line"))
        # small row groups: DuckDB reads them back within its memory_limit
        frame.write.mode("overwrite").option("parquet.block.size", str(8 << 20)).parquet(
            str(folder)
        )
        con.execute("SET VARIABLE qd_violations = ?", [str(folder / "*.parquet")])
        rows = "SELECT * FROM read_parquet(getvariable('qd_violations'))"
        names = headers or {}
        query, params = select(rows, names, labels or {})  # the same CSV as DuckDB's
        count = off_list_rows(con)
        columns = [names.get(c, c) for c in COLUMNS]
        copy_csv(con, query, params, out, columns=columns, rows=count, prefix=prefix)
        return count


def _columns(rows: Sequence[Any], names: Sequence[str]) -> dict[str, list[Any]]:
    """Collected Spark rows as columns (an empty result keeps its column names)."""
    return {k: [row[i] for row in rows] for i, k in enumerate(names)}
