"""Activity logs into DuckDB (DESIGN §3 report; issue 5 item 2).

Contract: :func:`ingest` registers every input file on a DuckDB connection and defines two views:
``activity`` (canonical rows that could be read: activity_id, date, district, street, community,
department, kind, item_id, title, hours, file, line) and ``rejects`` (file, line, code, detail)
for every row that could not. No row is dropped: ``read = judged + rejected`` by construction,
and the counts per file are computed in the same pass as the report's aggregates.

Formats: Parquet is queried in place (a view; streaming, flat memory). CSV (UTF-8, UTF-8 with BOM,
GB18030/GBK — sniffed from the bytes, GBK transcoded to a temp UTF-8 file) and JSON Lines are read
once into a table with DuckDB's reader, whose own rejects (wrong number of fields, broken JSON)
join ours. Workbooks (xlsx, xls, ods) go through calamine into a temp CSV carrying each row's
sheet and row number (:mod:`.sheets`). Column names map through the shared vocabulary
(:mod:`qingdan.core.columns`) and ``mapping`` (``qingdan.toml``: header → canonical), ``--map``
and ``--strict`` through ``options``. Documents, PDFs and pictures are refused (UsageError).
Source values never reach SQL text: paths and JSON keys are passed as DuckDB variables; source
column names are quoted identifiers. The readers themselves are in :mod:`.readers`.
Over 150 lines because the typed view (every reject rule in one CASE, per source type) and the
rejects bookkeeping belong together.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qingdan.core.intake.files import refusal
from qingdan.core.limits import EARLIEST, LATEST, MAX_CELL_BYTES, MAX_HOURS
from qingdan.core.lists.kinds import KIND_ALIASES, REQUEST_KINDS
from qingdan.core.report.datasets import DataFile, partition_columns
from qingdan.core.report.facts import Facts, formula_free_columns
from qingdan.core.report.readers import Reader, ReadOptions, readable
from qingdan.core.report.sqlfiles import sql
from qingdan.errors import UsageError
from qingdan.messages import msg

#: list kind keys people also write in the kind column, and their activity kind
LIST_KIND_ALIASES = {
    "self-governance": "task",
    "assisted": "task",
    "entry": "task",
    "ledgers": "ledger",
    "certificates": "certificate",
    "plaques": "plaque",
    "evaluations": "evaluation",
}
FORMATS = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "csv",
    ".parquet": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xlsx",
    ".ods": "xlsx",
}


#: The day of a zoned timestamp (Parquet's UTC-adjusted ones, as pandas, pyarrow and Spark write
#: tz-aware times) is its day in China (UTC+8), never the day in the zone of the machine that
#: happens to run the report: the same file gives the same figures everywhere.
ZONE = "Asia/Shanghai"
_WIDE, _NARROW = "０１２３４５６７８９－／．　", "0123456789-/. "
_NUMBERS = frozenset(
    {
        "DOUBLE",
        "FLOAT",
        "REAL",
        "TINYINT",
        "SMALLINT",
        "INTEGER",
        "BIGINT",
        "HUGEINT",
        "UTINYINT",
        "USMALLINT",
        "UINTEGER",
        "UBIGINT",
        "UHUGEINT",
    }
)


def _numeric(type_name: str) -> bool:
    """A column type whose values are numbers (``DECIMAL(10,2)`` too): hours read as they are."""
    return type_name in _NUMBERS or type_name.startswith("DECIMAL")


@dataclass(frozen=True)
class Source:
    path: Path
    shown: str
    format: str
    encoding: str | None
    unsplit: int  #: lines DuckDB's reader could not split into fields (also in ``rejects``)
    #: (sheet or None, header line, :class:`~qingdan.core.columns.ColumnMap`) per table read
    columns: tuple[tuple[str | None, int, Any], ...] = ()
    skipped: tuple[str, ...] = ()  #: a workbook's sheets with cells but no header: not read


@dataclass(frozen=True)
class Ingested:
    """What was registered; row counts come from one pass later (:mod:`.build`)."""

    sources: tuple[Source, ...]


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


ACTIVITY_KINDS = frozenset(REQUEST_KINDS)
#: reason codes of rejected rows, in the order they are tested
REJECT_CODES = (
    "json",
    "too_long",
    "fields",
    "quote",
    "encoding",
    "missing_date",
    "bad_date",
    "implausible_date",
    "missing_community",
    "bad_hours",
    "unknown_kind",
    "no_title",
)
_READER_CODES = {
    "MISSING COLUMNS": "fields",
    "TOO MANY COLUMNS": "fields",
    "UNTERMINATED QUOTE": "quote",
    "INVALID UNICODE": "encoding",
    "INVALID ENCODING": "encoding",  # DuckDB ≥ 1.2 names it so
}


def _kind_case(expr: str) -> str:
    """``expr`` (lower-cased kind) → activity kind, NULL when unknown; aliases are constants."""
    aliases = {**{k.lower(): v for k, v in KIND_ALIASES.items()}, **LIST_KIND_ALIASES}
    assert all("'" not in k for k in aliases)
    whens = " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in aliases.items() if k != v)
    canonical = ", ".join(f"'{v}'" for v in sorted(set(aliases.values())))
    return f"CASE WHEN {expr} IN ({canonical}) THEN {expr} ELSE CASE {expr} {whens} END END"


#: text cells whose size is checked (``too_long`` past :data:`~qingdan.core.limits.MAX_CELL_BYTES`)
_CELLS = ("activity_id", "district", "street", "community", "department", "item_id", "title")


def _plausible_hours(hours: str) -> str:
    """Finite, non-negative, at most ``[report] max_hours`` (NaN, inf and 1e308 are out)."""
    return (
        f"{hours} >= 0 AND isfinite({hours}) AND "
        f"{hours} <= coalesce(getvariable('qd_max_hours'), {MAX_HOURS})"
    )


def _plausible_date(date: str) -> str:
    """Within ``[report] earliest_date``..``latest_date`` (0001-01-01 and 9999-12-31 are out)."""
    return (
        f"{date} BETWEEN coalesce(CAST(getvariable('qd_earliest') AS DATE), DATE '{EARLIEST}') "
        f"AND coalesce(CAST(getvariable('qd_latest') AS DATE), DATE '{LATEST}')"
    )


_EARLIEST, _LATEST = dt.date.fromisoformat(EARLIEST), dt.date.fromisoformat(LATEST)


@dataclass(frozen=True)
class Bounds:
    """The plausible dates and hours in force (``[report]``, else :mod:`qingdan.core.limits`)."""

    earliest: dt.date = _EARLIEST
    latest: dt.date = _LATEST
    max_hours: float = MAX_HOURS

    @classmethod
    def of(cls, con: Any) -> Bounds:
        early, late, hours = con.execute(
            "SELECT CAST(getvariable('qd_earliest') AS DATE), CAST(getvariable('qd_latest') AS "
            "DATE), CAST(getvariable('qd_max_hours') AS DOUBLE)"
        ).fetchall()[0]
        d = cls()
        return cls(early or d.earliest, late or d.latest, d.max_hours if hours is None else hours)


def _typed(
    n: int,
    present: set[str],
    types: Mapping[str, str],
    *,
    json_source: bool,
    trim: bool,
    plain_kinds: bool,
    own_file: bool = False,
    relation: str | None = None,
    facts: Mapping[str, Facts] | None = None,
    bounds: Bounds | None = None,
    checks: bool = True,
    files: int = 1,
) -> str:
    """SELECT turning ``relation`` (default ``src_<n>``) into canonical typed columns plus a
    reject ``code``/``detail`` (Parquet columns are typed data: no trimming there, which keeps
    the scan fast; when every kind in the file is already an activity kind, no alias lookup
    per row either). ``facts`` (:mod:`.facts`, from a Parquet file's statistics) leave out the
    tests they prove false for every row: the verdicts are the same, the scan is cheaper.
    ``checks=False``: no reject tests at all (``code`` NULL), for a second pass over a source
    the first pass found no reject in (:func:`.build.export_violations`). ``files`` > 1: the
    relation is a group of Parquet files, sources ``n`` to ``n + files - 1``, each row with its
    file's place ``__fi`` (its name: the ``__fi + 1``-th of the list ``qd_<n>_shown``)."""
    known = facts or {}
    limits = bounds or Bounds()

    def fact(col: str) -> Facts:
        return known.get(col, Facts())

    def text(col: str) -> str:
        if col not in present:
            return "NULL::VARCHAR"
        value = {"VARCHAR": col, "BLOB": f"try(decode({col}))"}.get(  # BLOB: Parquet text
            types.get(col, "VARCHAR"),
            f"CAST({col} AS VARCHAR)",  # without its UTF8 type
        )
        if not trim and not fact(col).empty:
            return value
        return f"nullif(trim({value}), '')" if trim else f"nullif({value}, '')"

    def missing(col: str) -> str:
        """``text(col) IS NULL``, without turning typed values (dates, numbers) into text."""
        if col in present and fact(col).present:
            return "false"
        if col in present and types.get(col, "VARCHAR") not in ("VARCHAR", "BLOB"):
            return f"{col} IS NULL"
        return f"{text(col)} IS NULL"

    if types.get("date") == "DATE":
        date, date_ok = "date", "true"
    elif "TIME ZONE" in types.get("date", ""):  # an instant: its day where the work was done
        date, date_ok = f"CAST(date AT TIME ZONE '{ZONE}' AS DATE)", "true"
    elif "TIMESTAMP" in types.get("date", ""):  # a wall-clock time: its own day
        date, date_ok = "CAST(date AS DATE)", "true"
    else:
        raw = text("date")

        def day(raw: str) -> str:  # 20250401 only as eight digits (DuckDB reads 2025041 too)
            return (
                f"coalesce(TRY_CAST({raw} AS DATE), "
                f"CAST(try_strptime({raw}, ['%Y/%m/%d', '%Y.%m.%d', '%Y年%m月%d日']) AS DATE), "
                f"CASE WHEN strlen({raw}) = 8 THEN CAST(try_strptime({raw}, ['%Y%m%d']) AS DATE)"
                " END)"
            )

        # typed with a Chinese input method: full-width digits (２０２５年４月１日), tried last
        wide = f"translate({raw}, '{_WIDE}', '{_NARROW}')"
        date = f"coalesce({day(raw)}, {day(wide)})"
        date_ok = f"{date} IS NOT NULL"
    # a zoned timestamp's statistics are UTC instants, its day is China's
    naive = date_ok == "true" and "TIME ZONE" not in types.get("date", "")
    span = fact("date").dates() if naive else None
    plausible_date = (
        "true"
        if span is not None and limits.earliest <= span[0] and span[1] <= limits.latest
        else _plausible_date(date)
    )
    if "hours" not in present:
        hours, hours_ok = "NULL::DOUBLE", "true"
    elif _numeric(types.get("hours", "")):
        hours = "CAST(hours AS DOUBLE)"
        hours_ok = f"(hours IS NULL OR coalesce({_plausible_hours(hours)}, false))"
        within = fact("hours").numbers()
        if within is not None and within[0] >= 0 and within[1] <= limits.max_hours:
            hours_ok = "(hours IS NULL OR NOT isnan(hours))" if fact("hours").nan else "true"
    else:
        hours = f"TRY_CAST({text('hours')} AS DOUBLE)"
        hours_ok = f"({text('hours')} IS NULL OR coalesce({_plausible_hours(hours)}, false))"
    kind = f"lower({text('kind')})"
    if plain_kinds:
        kind_value, kind_bad = f"coalesce({text('kind')}, 'task')", "false"
        if "kind" in present and fact("kind").present:
            kind_value = text("kind")
    else:
        kind_value = f"CASE WHEN {kind} IS NULL THEN 'task' ELSE {_kind_case(kind)} END"
        kind_bad = f"{kind} IS NOT NULL AND {_kind_case(kind)} IS NULL"
    bad_json = "__bad_json" if json_source else "false"
    sized = [
        text(c)
        for c in _CELLS
        if c in present and (fact(c).max_bytes or MAX_CELL_BYTES + 1) > MAX_CELL_BYTES
    ]
    # one comparison per cell (a NULL cell is not too long): cheaper per row than greatest()
    too_long = " OR ".join(f"strlen({v}) > {MAX_CELL_BYTES}" for v in sized) or "false"
    longest = (  # the detail
        f"greatest({', '.join(f'coalesce(strlen({v}), 0)' for v in sized)})" if sized else "0"
    )
    file = "__file" if own_file else f"getvariable('qd_{n}_shown')"
    if files > 1:
        file = f"{file}[__fi + 1]"
    source = f"{n} + __fi" if files > 1 else str(n)
    activity_id = (
        text("activity_id")
        if missing("activity_id") == "false"
        else f"coalesce({text('activity_id')}, {file} || ':' || __line)"
    )
    reject = f"""CASE WHEN {bad_json} THEN 'json'
       WHEN ({too_long}) THEN 'too_long'
       WHEN {missing("date")} THEN 'missing_date'
       WHEN NOT ({date_ok}) THEN 'bad_date'
       WHEN NOT ({plausible_date}) THEN 'implausible_date'
       WHEN {missing("community")} THEN 'missing_community'
       WHEN NOT ({hours_ok}) THEN 'bad_hours'
       WHEN {kind_bad} THEN 'unknown_kind'
       WHEN {missing("title")} AND {missing("item_id")} THEN 'no_title'
  END AS code,
  left(CASE WHEN {bad_json} THEN NULL
       WHEN ({too_long}) THEN CAST({longest} AS VARCHAR)
       WHEN NOT ({date_ok}) THEN {text("date")}
       WHEN NOT ({plausible_date}) THEN CAST({date} AS VARCHAR)
       WHEN NOT ({hours_ok}) THEN {text("hours")}
       WHEN {kind_bad} THEN {text("kind")} END, 200) AS detail"""
    if not checks:
        reject = "NULL::VARCHAR AS code, NULL::VARCHAR AS detail"
    return f"""
SELECT {file} AS file, __line AS line, __shift AS shift, {source} AS source,
  {activity_id} AS activity_id,
  {date} AS date, {text("district")} AS district, {text("street")} AS street,
  {text("community")} AS community, {text("department")} AS department,
  {kind_value} AS kind,
  upper({text("item_id")}) AS item_id, {text("title")} AS title, {hours} AS hours,
  {reject}
FROM {relation or f"src_{n}"}"""


def _groups(con: Any, entries: Sequence[DataFile]) -> list[list[int]]:
    """``entries`` (indices, in order) as runs read by one scan each: consecutive Parquet files
    with the same columns of the same types and the same partition keys form one run, any other
    file is alone. One footer query for every Parquet file; if it fails, every file is alone (its
    reader then names the file that is damaged)."""
    parquet = [str(e.path) for e in entries if FORMATS.get(e.path.suffix.lower()) == "parquet"]
    schemas: dict[str, list[tuple[Any, ...]]] = {}
    if len(parquet) > 1:
        try:
            for name, *column in con.execute(
                "SELECT file_name, name, duckdb_type, num_children, repetition_type "
                "FROM parquet_schema($files) WHERE column_id > 0 ORDER BY file_name, column_id",
                {"files": sorted(set(parquet))},
            ).fetchall():
                schemas.setdefault(name, []).append(tuple(column))
        except Exception:  # a file that is not Parquet after all: each file on its own
            schemas = {}
    runs: list[list[int]] = []
    last: tuple[Any, ...] | None = None
    for i, e in enumerate(entries):
        schema = schemas.get(str(e.path))
        key = (tuple(schema), tuple(k for k, _ in e.partition)) if schema else None
        if key is not None and key == last:
            runs[-1].append(i)
        else:
            runs.append([i])
        last = key
    return runs


def ingest(
    con: Any,
    paths: Sequence[Path | DataFile],
    mapping: Mapping[str, str],
    show: Callable[[Path], str] = str,
    on_file: Callable[[Path], None] | None = None,
    options: ReadOptions | None = None,
) -> Ingested:
    """Register ``paths`` on ``con``; define views ``typed`` (the union of ``typed_<n>``, one per
    source, each also as ``typed_<n>_unchecked``: no reject tests), ``activity`` and
    ``rejects``."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="qingdan-ingest-") as tmp:
        # temp files (GBK transcoded, xlsx as CSV) are read into tables, then deleted
        return _ingest(
            con, paths, mapping, show=show, on_file=on_file, tmp=Path(tmp), options=options
        )


def _ingest(
    con: Any,
    paths: Sequence[Path | DataFile],
    mapping: Mapping[str, str],
    *,
    show: Callable[[Path], str],
    on_file: Callable[[Path], None] | None,
    tmp: Path,
    options: ReadOptions | None = None,
) -> Ingested:
    selects, reader_rejects, infos, views = [], [], [], []
    bounds = Bounds.of(con)
    guarded: set[str] | None = None  # text columns no source can start like a formula
    entries = [e if isinstance(e, DataFile) else DataFile(e) for e in paths]
    # one scan per run of like Parquet files when the rows are read in chunks (ReadOptions.ranged:
    # the chunks put their rows in order, .export); DuckDB keeps the order of the rows of one
    # file through the judging join, not always of several
    runs = _groups(con, entries) if options is not None and options.ranged else None
    for group in runs or [[i] for i in range(len(entries))]:
        n = group[0]
        for data in (entries[i] for i in group):
            path, shown = data.path, show(data.path)
            if not path.exists():
                raise UsageError(msg("file.missing", path=shown))
            refused = refusal(path.suffix, shown)
            if refused is not None:
                raise refused
            readable(path, shown, "activity")
            if FORMATS.get(path.suffix.lower()) is None:
                raise UsageError(msg("activity.bad_ext", path=shown), msg("activity.bad_ext.hint"))
            if on_file is not None:
                on_file(path)
        data = entries[n]
        path, shown = data.path, show(data.path)
        fmt = FORMATS[path.suffix.lower()]
        shown_all = [show(entries[i].path) for i in group]
        reader = Reader(con, n, path, shown, tmp, options)
        reader.var("shown", shown_all if len(group) > 1 else shown)
        if len(group) > 1:  # one scan of the files, each row with its file's place __fi
            present = set(reader.parquet(mapping, [entries[i].path for i in group]))
        else:
            present = set(getattr(reader, fmt)(mapping))
        relation = f"src_{n}"
        each = [partition_columns(entries[i], mapping, sorted(present)) for i in group]
        parts = each[0]
        if parts:  # hive partition values (district=…/) as columns the file itself lacks
            consts = ", ".join(
                f"CAST({reader.var(f'part_{c}', [p[c] for p in each])}[__fi + 1] AS VARCHAR) AS {c}"
                if len(group) > 1
                else f"CAST({reader.var(f'part_{c}', v)} AS VARCHAR) AS {c}"
                for c, v in parts.items()
            )
            relation = f"srcp_{n}"
            con.execute(
                f"CREATE OR REPLACE TEMP VIEW {relation} AS SELECT *, {consts} FROM src_{n}"
            )
            present |= set(parts)
        types = {r[0]: r[1] for r in con.execute(f"DESCRIBE {relation}").fetchall()}
        kinds = (
            {r[0] for r in con.execute(f"SELECT DISTINCT kind FROM {relation}").fetchall()}
            if "kind" in present
            else set()
        )
        plain = kinds <= {None, *ACTIVITY_KINDS}
        for suffix, checks in (("", True), ("_unchecked", False)):
            select = _typed(
                n,
                present,
                types,
                json_source=fmt == "jsonl",
                trim=fmt != "parquet",
                plain_kinds=plain,
                own_file=reader.file_column,
                relation=relation,
                facts=reader.facts,
                bounds=bounds,
                checks=checks,
                files=len(group),
            )
            con.execute(f"CREATE OR REPLACE TEMP VIEW typed_{n}{suffix} AS {select}")
        selects.append(f"SELECT * FROM typed_{n}")
        views.append(n)
        if reader.reader_rejects:
            reader_rejects.append(
                f"SELECT getvariable('qd_{n}_shown') AS file, line, {n} AS source, "
                f"error_type AS code, left(csv_line, 200) AS detail FROM rejl_{n}"
            )
        for i, one, name in zip(group, each, shown_all, strict=True):
            infos.append(
                (entries[i].path, name, fmt, reader.encoding, tuple(reader.columns), reader.skipped)
            )
            mine = formula_free_columns(
                present, reader.facts, one, None if reader.file_column else name
            )
            guarded = mine if guarded is None else guarded & mine
    con.execute("SET VARIABLE qd_formula_free = ?", [sorted(guarded or ())])
    con.execute("SET VARIABLE qd_sources = ?", [len(infos)])
    con.execute("SET VARIABLE qd_views = ?::INTEGER[]", [views])  # each typed_<n>: its first source
    con.execute("CREATE OR REPLACE TEMP VIEW typed AS " + "\nUNION ALL\n".join(selects))
    con.execute(
        "CREATE OR REPLACE TEMP VIEW activity AS SELECT activity_id, date, district, "
        "street, community, department, kind, item_id, title, hours, file, line "
        "FROM typed WHERE code IS NULL"
    )
    shift = (
        " + ".join(  # lines DuckDB's reader skipped before a row we rejected ourselves
            f"CASE WHEN source = {n} AND shift THEN (SELECT count(*) FROM gap_{n} "
            f"WHERE g <= line - {2 if info[2] != 'jsonl' else 1}) ELSE 0 END"
            for n, info in enumerate(infos)
            if info[2] in ("csv", "jsonl")
        )
        or "0"
    )
    con.execute(sql("scoped"))
    ours = (  # inside the filters only (scoped.sql); DuckDB's reader's rejects are all inside
        f"SELECT file, line + {shift} AS line, source, code, detail FROM scoped "
        "WHERE code IS NOT NULL AND in_scope"
    )
    codes = " ".join(f"WHEN '{k}' THEN '{v}'" for k, v in _READER_CODES.items())
    theirs = " UNION ALL ".join(
        s.replace("error_type AS code", f"CASE error_type {codes} ELSE 'fields' END AS code")
        for s in reader_rejects
    )
    con.execute(
        "CREATE OR REPLACE TEMP VIEW rejects AS "
        + ours
        + (f" UNION ALL {theirs}" if theirs else "")
    )
    extra = {
        n: con.execute(f"SELECT count(*) FROM rejl_{n}").fetchall()[0][0]
        for n, info in enumerate(infos)
        if info[2] in ("csv", "jsonl", "xlsx")
    }
    sources = tuple(
        Source(path, shown, fmt, enc, extra.get(n, 0), cols, tuple(skipped))
        for n, (path, shown, fmt, enc, cols, skipped) in enumerate(infos)
    )
    return Ingested(sources)
