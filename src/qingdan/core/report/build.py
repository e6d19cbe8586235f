"""Over 300 lines because the Report type, its SQL-backed figures and their export read as one.

The compliance report's figures, from the SQL in ``core/report/sql`` (DESIGN §3 "Report content").

Contract: :func:`build_report` ingests ``paths``, judges every row and returns a frozen
:class:`Report` whose :meth:`Report.metrics` is ``metrics.json`` (schema_version 1, the shape of
issue 5). One pass over the data builds ``qd_cube`` (see ``sql/cube.sql``); every section is a
small query over it. A second pass exports the violations (:func:`export_violations`).

Row conservation: ``rows.read = rows.judged + rows.rejected`` (rows outside ``--from/--to/
--district/--street`` are not read into the report; they are counted as ``excluded``, with the
rows of the Parquet files pruned by their partition folders, counted from their footers).
Over 150 lines because the report dataclass and its assembly from the SQL files are one unit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from qingdan.core.lists.model import ListSet, parse_date
from qingdan.core.report.datasets import DataFile
from qingdan.core.report.export import copy_csv, ranges, same_count, spans
from qingdan.core.report.ingest import FORMATS, Ingested, ingest, sha256
from qingdan.core.report.judge import Judging, judge
from qingdan.core.report.nearest import nearest_values
from qingdan.core.report.readers import ReadOptions
from qingdan.core.report.sqlfiles import sql
from qingdan.messages import Msg, msg

OFF_KINDS = ("certificate", "plaque", "evaluation", "ledger", "task")


@dataclass(frozen=True)
class Filters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    district: str | None = None
    street: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {
            "from": _iso(self.date_from),
            "to": _iso(self.date_to),
            "district": self.district,
            "street": self.street,
        }


@dataclass(frozen=True)
class Report:
    period: dict[str, str | None]
    rows: dict[str, int]
    on_list_share: float | None
    off_list: dict[str, Any]
    review: dict[str, Any]
    verdicts: list[dict[str, Any]]
    by_department: list[dict[str, Any]]
    by_district: list[dict[str, Any]]
    by_street: list[dict[str, Any]]
    by_community: list[dict[str, Any]]
    by_month: list[dict[str, Any]]
    burden: list[dict[str, Any]]
    off_list_by_kind: dict[str, list[dict[str, Any]]]
    retired_still_done: list[dict[str, Any]]
    reduction_rate: dict[str, Any]
    rejects: list[dict[str, Any]]
    provenance: dict[str, Any]
    filters: dict[str, str | None] = field(default_factory=dict)
    excluded: int = 0
    department_titles: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    heat: list[dict[str, Any]] = field(default_factory=list)  #: community × month off-list hours
    #: ``--district``/``--street`` that matched no row → the nearest values in the data
    filter_hints: dict[str, list[str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """No work off the lists and no unreadable rows."""
        return self.off_list["count"] == 0 and self.rows["rejected"] == 0

    def metrics(self) -> dict[str, Any]:
        """``metrics.json`` (schema_version 1), keys in the documented order."""
        return {
            "schema_version": 1,
            "period": self.period,
            "filters": self.filters,
            "rows": self.rows,
            "excluded": self.excluded,
            "on_list_share": self.on_list_share,
            "off_list": self.off_list,
            "by_department": self.by_department,
            "by_district": self.by_district,
            "by_community": self.by_community,
            "by_month": self.by_month,
            "off_list_by_kind": self.off_list_by_kind,
            "retired_still_done": self.retired_still_done,
            "reduction_rate": self.reduction_rate,
            "rejects": self.rejects,
            "provenance": self.provenance,
        }


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _clean(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 4)
    return value


def query(con: Any, name: str, params: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run ``sql/<name>.sql``; rows as dicts (dates as ISO strings)."""
    result = con.execute(sql(name), dict(params or {}))
    names = [d[0] for d in result.description]
    return [{k: _clean(v) for k, v in zip(names, row, strict=True)} for row in result.fetchall()]


def _reduction_rate(
    lists: ListSet, config: Mapping[str, Any], as_of: dt.date | None
) -> dict[str, Any]:
    """Counted lists' items in force on ``as_of`` (the last day of the data; status active when
    there is none) against the configured baseline, through :mod:`qingdan.core.maintain.rate`."""
    from qingdan.core.maintain import rate

    counted = list(rate.counted_kinds(config))
    baseline = rate.config_baseline(config)
    if as_of is not None:
        active = rate.community_count(rate.count_lists(lists, as_of), counted)
    else:
        active = sum(1 for i in lists if i.kind in counted and i.status == "active")
    return {
        "counted": counted,
        "as_of": _iso(as_of),
        "baseline": baseline.count,
        "active": active,
        "rate": rate.reduction_rate(baseline.count, active),
        "baseline_source": config.get("baseline_source"),
    }


def set_filters(con: Any, filters: Filters) -> None:
    for name, value in (
        ("from", filters.date_from),
        ("to", filters.date_to),
        ("district", filters.district),
        ("street", filters.street),
    ):
        cast = "DATE" if name in ("from", "to") else "VARCHAR"
        con.execute(f"SET VARIABLE qd_{name} = CAST(? AS {cast})", [value])


class Engine(Protocol):
    """Where the rows are judged and the cube is built: DuckDB here, Spark in :mod:`.spark`.
    ``run`` leaves ``qd_cube``, ``qd_items``, ``qd_matches`` and ``rejects`` on the DuckDB
    connection, so every section below is the same small query whatever the engine."""

    name: str

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
    ) -> tuple[Ingested, Judging]: ...

    def export(
        self,
        con: Any,
        out: Path,
        headers: Mapping[str, str] | None = None,
        labels: Mapping[str, Mapping[str, str]] | None = None,
        prefix: str = "",
    ) -> int: ...


@dataclass(frozen=True)
class Violations:
    """Where and how :meth:`DuckDBEngine.export` writes violations.csv (see
    :func:`export_violations`); given to the engine up front, it writes them while the cube is
    built."""

    out: Path
    headers: Mapping[str, str] | None = None
    labels: Mapping[str, Mapping[str, str]] | None = None
    prefix: str = ""


class DuckDBEngine:
    """The default: the rows stream from the files through DuckDB on ``con`` itself.

    Given ``violations`` and Parquet inputs only, the second pass (violations.csv, in input
    order) runs in chunks of row groups on connections of their own to the same database
    (:class:`.export.Chunked`): half the threads start writing as soon as the rows can be
    judged, while the cube is built on the other half, and the rest join when the cube is done,
    so the one-thread COPY that keeps the order runs on every core. Each connection gets a copy
    of this one's views and small tables (:func:`chunked_violations`), and narrows the views
    of the files to its chunk's row groups. :meth:`export` waits for them and checks the count
    against the cube's."""

    name = "duckdb"

    def __init__(self, violations: Violations | None = None) -> None:
        self.violations = violations
        self._chunked: Any = None
        self._con: Any = None
        self._threads = 0  # DuckDB's threads before the chunks, set again once they are written

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
        v = self.violations
        chunked = v is not None and all(  # Parquet only: read in chunks of row groups
            FORMATS.get(f.path.suffix.lower()) == "parquet" for f in files
        )
        if chunked:  # every row here; each chunk's connection narrows its copy of the views
            ranges(con, tuple((0, (1 << 63) - 1) for _ in files))
            options = replace(options or ReadOptions(), ranged=True)
        ingested = ingest(con, files, mapping, show, options=options)
        set_filters(con, filters)
        step("judge")
        judging = judge(con, lists, float(match.get("admit", 80)), float(match.get("review", 60)))
        threads = int(con.execute("SELECT current_setting('threads')").fetchall()[0][0])
        if v is not None and chunked:
            self._chunked = chunked_violations(con, v, [s.path for s in ingested.sources], threads)
        step("aggregate")
        if self._chunked is not None:
            # DuckDB's threads are the database's, not a connection's: the cube keeps the
            # cores the chunks do not take, and so does what runs until they are written (two
            # ordered COPYs on two threads each contend and gain nothing, measured)
            early = max(1, threads // 2)
            self._con, self._threads = con, threads
            self._chunked.start(early)
            con.execute(f"SET threads = {max(1, threads - early)}")
            con.execute(sql("cube"))
            self._chunked.start(threads - early)
        else:
            con.execute(sql("cube"))
        return ingested, judging

    def export(
        self,
        con: Any,
        out: Path,
        headers: Mapping[str, str] | None = None,
        labels: Mapping[str, Mapping[str, str]] | None = None,
        prefix: str = "",
    ) -> int:
        if self._chunked is None:
            return export_violations(con, out, headers, labels, prefix)
        try:
            written = int(self._chunked.wait())
        finally:
            self._close()
        same_count(off_list_rows(con), written)
        return written

    @contextmanager
    def guard(self) -> Iterator[None]:
        """Inside: if anything fails, a second pass still running is stopped before the
        exception goes on (so nothing writes into a folder being removed)."""
        try:
            yield
        except BaseException:
            self.abandon()
            raise

    def abandon(self) -> None:
        """Stop a second pass still running (the report failed)."""
        if self._chunked is not None:
            self._chunked.abandon()
            self._close()

    def _close(self) -> None:
        self._chunked.close()
        self._chunked = None
        if self._threads:
            self._con.execute(f"SET threads = {self._threads}")


def chunked_violations(con: Any, v: Violations, paths: Sequence[Path], threads: int) -> Any:
    """The chunked second pass (:class:`.export.Chunked`) of violations.csv for the Parquet
    sources on ``con`` (read with ``ReadOptions(ranged=True)``): one connection per thread, not
    started. Each gets what ``con`` holds (DuckDB's temporary objects belong to a connection):
    its variables, the verdict type, the items and the title matches as ``con`` scored them,
    ``keys.sql``, then every view in the order ``con`` made them (so ``judged.sql`` too)."""
    from qingdan.core.report.export import Chunked, Target, mixed, plan, row_groups
    from qingdan.core.report.judge import load_table, verdict_type
    from qingdan.core.report.violations import COLUMNS, select

    names = v.headers or {}
    query, params = select(sql("violations"), names, v.labels or {}, formula_free(con))
    columns = [names.get(c, c) for c in COLUMNS]
    target = Target(v.out, query, params, columns, v.prefix, " ORDER BY v.source, v.line")
    starts = con.execute("SELECT getvariable('qd_views')").fetchall()[0][0] or []
    chunks = plan(row_groups(con, paths), threads, runs=len(starts) < len(paths))
    variables = [  # duckdb_variables() gives each value as text: read each with its type
        (name, kind, con.execute(f"SELECT getvariable('{name}')").fetchall()[0][0])
        for name, kind in con.execute("SELECT name, type FROM duckdb_variables()").fetchall()
    ]
    tables: dict[str, dict[str, list[Any]]] = {}
    for table in ("qd_items", "qd_matches"):
        rows = con.execute(f"SELECT * FROM {table}")
        columns = [d[0] for d in rows.description]
        values = rows.fetchall()
        tables[table] = {c: [r[i] for r in values] for i, c in enumerate(columns)}
    views = [
        r[0]
        for r in con.execute(
            "SELECT sql FROM duckdb_views() WHERE temporary AND NOT internal ORDER BY view_oid"
        ).fetchall()
    ]

    def ready(twin: Any) -> None:
        for name, kind, value in variables:  # sources, limits, filters…
            twin.execute(f"SET VARIABLE {name} = CAST(? AS {kind})", [value])
        verdict_type(twin)
        for table, columns in tables.items():
            load_table(twin, table, columns)
        twin.execute(sql("keys"))
        _replay(twin, views)
        twin.execute("SET disabled_optimizers = 'build_side_probe_side'")  # see export_violations

    twins = [con.cursor() for _ in range(min(max(1, threads), len(chunks)))]
    return Chunked(target, chunks, twins, ready, mixed(chunks, starts))


def _replay(con: Any, views: Sequence[str]) -> None:
    """``views`` (CREATE VIEW statements) on ``con``, each after those it reads: in the given
    order, and a view whose source is not there yet again after the others (a view replaced
    later, say ``typed``, comes after the views that read it in ``duckdb_views()``)."""
    import duckdb

    pending = list(views)
    while pending:
        failed: list[str] = []
        error: Exception | None = None
        for view in pending:
            try:
                con.execute(view)
            except duckdb.CatalogException as exc:
                failed.append(view)
                error = exc
        if len(failed) == len(pending) and error is not None:
            raise error
        pending = failed


def build_report(
    con: Any,
    paths: Sequence[Path],
    lists: ListSet,
    *,
    mapping: Mapping[str, str] | None = None,
    filters: Filters | None = None,
    match: Mapping[str, Any] | None = None,
    rate: Mapping[str, Any] | None = None,
    show: Callable[[Path], str] = str,
    lists_revision: str | None = None,
    version: str = "",
    top: int = 10,
    on_step: Callable[[str], None] | None = None,
    engine: Engine | None = None,
    options: ReadOptions | None = None,
) -> Report:
    """Read ``paths`` (files, folders, globs), judge every row on ``engine`` (DuckDB on ``con``
    by default), and compute the report on ``con`` (``options``: ``--map``, ``--strict``,
    ``--encoding``, ``--sheet``)."""
    from qingdan.core.report.datasets import distinct, expand, pruned

    step = on_step or (lambda _name: None)
    filters = filters or Filters()
    engine = engine or DuckDBEngine()
    mapping = mapping or {}
    step("ingest")
    every, again = distinct(expand(paths, FORMATS))
    f = filters
    outside = [  # only Parquet: its footer counts the rows a pruned file holds, unread
        d
        for d in every
        if FORMATS.get(d.path.suffix.lower()) == "parquet"
        and pruned(d, mapping, f.date_from, f.date_to, f.district, f.street)
    ]
    footers = footer_rows(con, [d.path for d in outside])
    skip = set(footers)
    files = [d for d in every if d.path not in skip]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:  # hashlib releases the GIL: hash meanwhile
        digests = [pool.submit(sha256, d.path) for d in files if d.path.is_file()]  # no FIFO
        ingested, judging = engine.run(
            con,
            files,
            lists,
            mapping=mapping,
            filters=filters,
            match=match or {},
            show=show,
            step=step,
            options=options,
        )
        return _assemble(
            con,
            ingested,
            judging,
            lists,
            filters=filters,
            rate=rate or {},
            revision=lists_revision,
            version=version,
            top=top,
            digests=[d.result() for d in digests],
            engine=engine.name,
            pruned=[show(d.path) for d in every if d.path in skip],
            pruned_rows=sum(footers.values()),
            repeated=[show(d.path) for d in again],
        )


def _assemble(
    con: Any,
    ingested: Ingested,
    judging: Judging,
    lists: ListSet,
    *,
    filters: Filters,
    rate: Mapping[str, Any],
    revision: str | None,
    version: str,
    top: int,
    digests: list[str],
    engine: str,
    pruned: list[str],
    pruned_rows: int,
    repeated: list[str],
) -> Report:
    head = query(con, "headline")[0]
    unsplit = sum(s.unsplit for s in ingested.sources)
    rejected = head["rejected"] + unsplit
    judged = head["judged"]
    per_source = {s: (n, out) for s, n, out in query_rows(con)}
    period_from = filters.date_from or parse_date(head["first_date"])
    period_to = filters.date_to or parse_date(head["last_date"])
    titles: dict[str, list[dict[str, Any]]] = {k: [] for k in OFF_KINDS}
    for row in query(con, "offlist_titles", {"top": top}):
        titles.setdefault(row["kind"], []).append(
            {"title": row["title"], "count": row["count"], "hours": row["hours"]}
        )
    rejects = (
        [
            {
                "file": r["file"],
                "line": r["line"],
                "reason": _reason(r["code"], r["detail"]),
                "code": r["code"],
            }
            for r in query(con, "rejects")
        ]
        if rejected
        else []
    )
    return Report(
        period={"from": _iso(period_from), "to": _iso(period_to)},
        rows={"read": judged + rejected, "judged": judged, "rejected": rejected},
        on_list_share=round(head["on_list"] / judged, 4) if judged else None,
        off_list={"count": head["off_list"], "hours": round(head["off_list_hours"], 1)},
        review={
            "count": head["review"],
            "admit": judging.admit,
            "review": judging.review,
            "distinct_titles": judging.distinct_titles,
        },
        verdicts=query(con, "verdicts"),
        by_department=query(con, "by_department"),
        by_district=query(con, "by_district"),
        by_street=query(con, "by_street"),
        by_community=query(con, "by_community"),
        by_month=query(con, "by_month"),
        burden=query(con, "burden"),
        heat=query(con, "heat"),
        off_list_by_kind=titles,
        retired_still_done=query(con, "retired"),
        reduction_rate=_reduction_rate(lists, rate, period_to),
        rejects=rejects,
        provenance={
            "inputs": [
                {
                    "path": s.shown,
                    "sha256": digests[n],
                    "format": s.format,
                    "encoding": s.encoding,
                    "rows": per_source.get(n, (0, 0))[0] + s.unsplit,
                    "excluded": per_source.get(n, (0, 0))[1],
                    "skipped_sheets": list(s.skipped),
                    "columns": [
                        {
                            "sheet": sheet,
                            "header_line": line,
                            "mapping": cmap.as_dict(),
                            "unmapped": list(cmap.unmapped),
                            "duplicates": [asdict(d) for d in cmap.duplicates],
                        }
                        for sheet, line, cmap in s.columns
                    ],
                }
                for n, s in enumerate(ingested.sources)
            ],
            "pruned": pruned,
            "pruned_rows": pruned_rows,
            "repeated": repeated,
            "engine": engine,
            "lists_revision": revision,
            "qingdan_version": version,
        },
        filters=filters.as_dict(),
        excluded=query(con, "excluded")[0]["excluded"] + pruned_rows,
        department_titles=_by_department(query(con, "department_titles"), top),
        filter_hints=nearest_values(con, filters) if judged == 0 else {},
    )


def footer_rows(con: Any, paths: Sequence[Path]) -> dict[Path, int]:
    """The rows of each Parquet file of ``paths``, from its footer alone (no data page read):
    one query for all, file by file only if one of them fails. A file whose footer cannot be
    read is left out: it is read like any other, so the reader names what is wrong with it."""
    import duckdb

    def count(group: Sequence[Path]) -> dict[Path, int]:
        rows = con.execute(
            "SELECT file_name, num_rows FROM parquet_file_metadata(?)", [[str(p) for p in group]]
        ).fetchall()
        by_name = {str(name): int(n or 0) for name, n in rows}
        return {p: by_name[str(p)] for p in group if str(p) in by_name}

    if not paths:
        return {}
    try:
        return count(paths)
    except duckdb.Error:
        found: dict[Path, int] = {}
        for path in paths:
            try:
                found.update(count([path]))
            except duckdb.Error:
                continue
        return found


def _by_department(rows: list[dict[str, Any]], top: int) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        titles = out.setdefault(row["department"] or "", [])
        if len(titles) < top:
            titles.append({k: row[k] for k in ("kind", "title", "count", "hours")})
    return out


def query_rows(con: Any) -> list[tuple[int, int, int]]:
    """(source, rows in the report, rows outside the filters) for each source read: the two add
    up to every row of the file that was split into fields."""
    return [
        (int(s), int(n), int(out))
        for s, n, out in con.execute(
            "SELECT source, coalesce(sum(n) FILTER (in_scope), 0), "
            "coalesce(sum(n) FILTER (NOT in_scope), 0) FROM qd_cube WHERE g = 1 GROUP BY source"
        ).fetchall()
    ]


def _reason(code: str, detail: str | None) -> Msg:
    return msg(f"reject.{code}", value=detail or "")


def off_list_rows(con: Any) -> int:
    """Rows violations.csv holds (from the cube, so known before it is written)."""
    return int(
        con.execute(
            "SELECT coalesce(sum(n), 0) FROM qd_cube WHERE g = 1 AND in_scope "
            "AND verdict NOT IN ('on_list', 'rejected')"
        ).fetchall()[0][0]
    )


def formula_free(con: Any) -> list[str]:
    """violations.csv's text columns that need no formula guard: those ingest proved plain in
    every source (``qd_formula_free``), and ``matched_id`` when no list item id starts so."""
    from qingdan.core.report.violations import LEADERS

    proved = con.execute("SELECT getvariable('qd_formula_free')").fetchall()[0][0] or []
    ids = con.execute(f"SELECT count(*) FROM qd_items WHERE left(id, 1) IN {LEADERS}")
    return [*proved, *(["matched_id"] if ids.fetchall()[0][0] == 0 else [])]


def export_violations(
    con: Any,
    out: Path,
    headers: Mapping[str, str] | None = None,
    labels: Mapping[str, Mapping[str, str]] | None = None,
    prefix: str = "",
) -> int:
    """Every off-list row to ``out`` as CSV (UTF-8; ``prefix`` first: the job passes a BOM), in
    input order (file by file, line by line) with no sort: the COPY preserves the scan's order
    (:func:`copy_csv`), which holds only while the rows probe the judging join; for a small input
    DuckDB's optimizer would build the hash table on the rows instead (a RIGHT join, out of
    order), so that one rule is off for this statement. ``headers`` (column → header) and
    ``labels`` (column → value → label) give the file in the reader's language
    (:mod:`.violations`); text cells that a spreadsheet would run as a formula are neutralised.
    Returns the count. (On Parquet, :class:`DuckDBEngine` writes them in chunks instead.)"""
    from qingdan.core.report.violations import COLUMNS, select

    names = headers or {}
    query, params = select(sql("violations"), names, labels or {}, formula_free(con))
    rows = off_list_rows(con)
    con.execute("SET disabled_optimizers = 'build_side_probe_side'")
    try:
        with unchecked(con):
            columns = [names.get(c, c) for c in COLUMNS]
            return copy_csv(con, query, params, out, columns=columns, rows=rows, prefix=prefix)
    finally:
        con.execute("RESET disabled_optimizers")


@contextmanager
def unchecked(con: Any) -> Iterator[None]:
    """While inside, ``typed`` reads each source the cube found no rejected row in without the
    reject tests (``typed_<n>_unchecked``): the second pass over the same rows skips work
    whose answer the first pass gave. ``typed`` is whole again afterwards."""
    sources, views = con.execute(
        "SELECT getvariable('qd_sources'), getvariable('qd_views')"
    ).fetchall()[0]
    sources = int(sources or 0)
    views = list(views or range(sources))  # each view's first source (a group of files: more)
    dirty = {
        int(r[0])
        for r in con.execute(
            "SELECT DISTINCT source FROM qd_cube WHERE verdict = 'rejected' AND source IS NOT NULL"
        ).fetchall()
    }

    def typed(plain: set[int]) -> None:
        parts = [f"SELECT * FROM typed_{n}{'_unchecked' if n in plain else ''}" for n in views]
        con.execute("CREATE OR REPLACE TEMP VIEW typed AS " + "\nUNION ALL\n".join(parts))

    if not sources:
        yield
        return
    typed({n for n, end in spans(views, sources) if not dirty & set(range(n, end))})
    try:
        yield
    finally:
        typed(set())


def persist(con: Any) -> None:
    """Keep the judged rows and their context as tables of a file database (``--db``):
    ``activities`` (every readable row with its verdict), ``rejects``, ``items``,
    ``title_matches`` and ``cube``."""
    for table, source in (
        (
            "activities",
            "SELECT * EXCLUDE (code, detail, shift, source, in_scope) REPLACE "
            "(CAST(verdict AS VARCHAR) AS verdict) FROM judged WHERE verdict <> 'rejected'",
        ),
        ("rejects", "SELECT * FROM rejects"),
        ("items", "SELECT * FROM qd_items"),
        ("title_matches", "SELECT * FROM qd_matches"),
        ("cube", "SELECT * FROM qd_cube"),
    ):
        con.execute(f"CREATE OR REPLACE TABLE main.{table} AS {source}")
