"""Readers of activity files for :mod:`qingdan.core.report.ingest`: one DuckDB relation per file.

Contract: ``Reader(con, n, path, shown, tmp, options).<format>(mapping)`` defines the temp view
``src_<n>`` holding the mapped canonical columns (as read: VARCHAR, or Parquet's own types) and
``__line``, and returns the canonical names present; ``reader.columns`` keeps the column maps
used (the shared vocabulary, :mod:`qingdan.core.columns`; ``--map`` headers a file lacks are a
UsageError, ``--strict`` makes unmapped or missing columns a DataError). CSV and JSONL go through
DuckDB's CSV reader with ``store_rejects``, so lines it cannot split land in ``rej_<n>`` (with
their line) instead of being lost. Encodings (:mod:`qingdan.core.intake.encoding`, or
``--encoding``): UTF-8 (with or without BOM) read directly; GB18030/GBK and others transcoded to
a temp UTF-8 file a block at a time, a line that does not decode kept invalid so DuckDB rejects
that line alone; an ambiguous file is a DataError (exit 3). Workbooks (every sheet) go through
:mod:`.sheets`. Paths, the delimiter and JSON keys reach SQL as DuckDB variables, never as SQL
text. Over 150 lines: four
readers sharing one line-number scheme are clearer side by side than split.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qingdan.core.columns import ColumnMap
from qingdan.errors import DataError, UsageError
from qingdan.messages import msg

CANONICAL = (
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
)
REQUIRED = ("date", "community")


def sniff_encoding(path: Path, shown: str, forced: str | None = None) -> str:
    """The codec of a CSV (:mod:`qingdan.core.intake.encoding`); ambiguous → DataError (exit 3)
    suggesting ``--encoding``."""
    from qingdan.core.intake.encoding import SAMPLE
    from qingdan.core.intake.files import decode_label

    with path.open("rb") as fh:
        head = fh.read(SAMPLE)
    return decode_label(head, shown, forced)


def readable(path: Path, shown: str, kind: str) -> None:
    """A regular file within its limits (xlsx: and its inflated size), else DataError (exit 3)."""
    from qingdan.core.limits import LimitExceeded, inflated_size, regular_file

    try:
        regular_file(path, kind)
        if path.suffix.lower() in (".xlsx", ".xlsm", ".ods"):
            inflated_size(path, kind)
    except LimitExceeded as exc:
        raise DataError(msg(exc.key, **exc.params), msg("limits.hint"), path=shown) from None


def resolve_columns(
    headers: Sequence[str],
    mapping: Mapping[str, str],
    shown: str,
    options: ReadOptions | None = None,
) -> tuple[dict[str, int], ColumnMap]:
    """canonical name → position of its source column, through the shared vocabulary
    (:mod:`qingdan.core.columns`); required ones must be there, ``--map`` headers too."""
    from qingdan.core.columns import resolve

    opts = options or ReadOptions()
    if not any(str(h).strip() for h in headers):  # an empty file, a BOM alone, a blank first line
        raise DataError(msg("table.no_header"), path=shown)
    cmap = resolve(headers, "activity", mapping, opts.explicit)
    if cmap.absent:
        raise UsageError(
            msg("office.map_absent", columns="、".join(cmap.absent), headers="、".join(headers)),
            path=shown,
        )
    if opts.strict and (cmap.unmapped or cmap.missing):
        raise DataError(
            msg(
                "office.strict",
                unmapped="、".join(cmap.unmapped) or "-",
                missing="、".join(cmap.missing) or "-",
            ),
            path=shown,
        )
    found = {c: i for c, i in cmap.positions.items() if c in CANONICAL}
    missing = [c for c in REQUIRED if c not in found]
    if "title" not in found and "item_id" not in found:
        missing.append("title")
    if missing:
        raise DataError(
            msg("activity.missing_columns", columns=", ".join(missing), headers=", ".join(headers)),
            msg("activity.missing_columns.hint"),
            path=shown,
        )
    return found, cmap


@dataclass(frozen=True)
class ReadOptions:
    """``--map`` (header → field, checked against each file), ``--strict``, ``--encoding``,
    ``--sheet``; ``ranged``: the view of the ``n``-th file (Parquet) holds only its rows
    (0-based) from ``getvariable('qd_first')[n + 1]`` to ``getvariable('qd_last')[n + 1]`` (a
    pass in chunks, :mod:`.export`)."""

    explicit: Mapping[str, str] = field(default_factory=dict)
    strict: bool = False
    encoding: str | None = None
    sheet: str | None = None
    ranged: bool = False


class Reader:
    """Registers one file as ``src_<n>`` (VARCHAR or typed columns c0…, ``__line``) on ``con``."""

    def __init__(
        self,
        con: Any,
        n: int,
        path: Path,
        shown: str,
        tmp: Path,
        options: ReadOptions | None = None,
    ) -> None:
        self.con, self.n, self.path, self.shown, self.tmp = con, n, path, shown, tmp
        self.options = options or ReadOptions()
        self.encoding: str | None = None
        self.columns: list[tuple[str | None, int, ColumnMap]] = []  #: (sheet, header line, map)
        self.file_column = False  #: rows carry their own ``__file`` (a workbook's sheets)
        self.skipped: list[str] = []  #: a workbook's sheets with cells but no header, not read
        self.reader_rejects = False
        #: canonical column → what the file's own statistics prove about it (Parquet)
        self.facts: dict[str, Any] = {}

    def var(self, suffix: str, value: object) -> str:
        name = f"qd_{self.n}_{suffix}"
        self.con.execute(f"SET VARIABLE {name} = ?", [value])
        return f"getvariable('{name}')"

    def parquet(self, mapping: Mapping[str, str], group: Sequence[Path] = ()) -> dict[str, str]:
        """``group``: this file and the Parquet files after it (sources ``n``, ``n + 1``, …) with
        the same columns, read by one scan: each row carries ``__fi``, its file's place in the
        group (a scan per file costs memory and time per file: thousands of partition files)."""
        paths = [str(p) for p in group] or [str(self.path)]
        path = self.var("path", paths if group else paths[0])
        try:
            names = [
                r[0]
                for r in self.con.execute(  # partition folders: .datasets adds them, as Spark
                    f"DESCRIBE SELECT * FROM read_parquet({path}, hive_partitioning = false)"
                ).fetchall()
            ]
        except Exception as exc:  # DuckDB's first line says what is wrong; the rest is our SQL
            error = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise DataError(msg("activity.unreadable", error=error), path=self.shown) from None
        cols = self._resolve(names, mapping)
        select = ", ".join(f"{_ident(names[i])} AS {c}" for c, i in cols.items())
        n = self.n
        if not self.options.ranged:
            ranged = ""
        elif not group:  # on the column itself, so that DuckDB skips the other row groups
            ranged = (
                f" WHERE file_row_number BETWEEN getvariable('qd_first')[{n + 1}] "
                f"AND getvariable('qd_last')[{n + 1}]"
            )
        else:  # DuckDB skips the files outside qd_<n>_files (see .export.ranges)
            ranged = (
                f" WHERE file_index BETWEEN coalesce(getvariable('qd_{n}_files')[1], 0) "
                f"AND coalesce(getvariable('qd_{n}_files')[2], {len(paths) - 1}) "
                f"AND file_row_number BETWEEN getvariable('qd_first')[{n + 1} + CAST(file_index AS "
                f"BIGINT)] AND getvariable('qd_last')[{n + 1} + CAST(file_index AS BIGINT)]"
            )
        index = ", CAST(file_index AS BIGINT) AS __fi" if group else ""
        self.con.execute(
            f"CREATE OR REPLACE TEMP VIEW src_{n} AS SELECT {select}, "
            f"file_row_number + 1 AS __line, false AS __shift{index} "
            f"FROM read_parquet({path}, "
            f"file_row_number = true, hive_partitioning = false){ranged}"
        )
        from qingdan.core.report.facts import parquet_facts

        self.facts = parquet_facts(self.con, path, {c: names[i] for c, i in cols.items()})
        return {c: c for c in cols}

    def csv(self, mapping: Mapping[str, str], meta: int = 0) -> dict[str, str]:
        """``meta`` leading columns (``__line``, ``__file``) come from :meth:`xlsx`'s temp CSV."""
        if meta:
            self.encoding = None
            source = self.path
        else:
            self.encoding = sniff_encoding(self.path, self.shown, self.options.encoding)
            source = self.path if self.encoding == "utf-8" else self._transcode()
        with source.open("rb") as fh:  # the header line; a broken line further on is a reject
            first = fh.readline().decode("utf-8", errors="replace").lstrip("\ufeff")
        delim = max((",", "\t", ";", "|"), key=first.count)
        headers = next(csv.reader([first], delimiter=delim), [])
        if meta:
            cols = {c: i - meta for i, c in enumerate(headers) if i >= meta}
        else:
            cols = self._resolve(headers, mapping)
        columns = {f"c{i}": "VARCHAR" for i in range(len(headers))}
        self._read(
            source,
            f"delim = {self.var('delim', delim)}, quote = '\"', escape = '\"', "
            f"header = true, columns = {_struct(columns)}",
        )
        line = "TRY_CAST(c0 AS BIGINT)" if meta else "NULL::BIGINT"
        select = ", ".join(f"c{i + meta} AS {c}" for c, i in cols.items())
        if meta > 1:
            select += ", c1 AS __file"
        self._view(select, line, 2)
        if not meta and self._drifts(source):
            return self._exact_lines(mapping, source, delim, headers, cols)
        return {c: c for c in cols}

    def _drifts(self, source: Path) -> bool:
        """Does DuckDB's record count differ from the file's line count (quoted line breaks,
        blank lines, an unterminated quote)? One ``\\n`` count; no Python per row."""
        from qingdan.core.report.csvlines import physical_lines

        records = self.con.execute(
            f"SELECT (SELECT count(*) FROM raw_{self.n}) + (SELECT count(*) FROM rejl_{self.n})"
        ).fetchall()[0][0]
        return bool(physical_lines(source) != 1 + records)

    def _exact_lines(
        self,
        mapping: Mapping[str, str],
        source: Path,
        delim: str,
        headers: list[str],
        cols: Mapping[str, int],
    ) -> dict[str, str]:
        """Re-read through :func:`~qingdan.core.report.csvlines.normalize`: every record at the
        physical line it starts on, every malformed one a reject at its own line."""
        from qingdan.core.report.csvlines import normalize

        out = self.tmp / f"lines_{self.n}.csv"
        rejects = normalize(source, out, delim, len(headers), cols)
        for table in (f"rej_{self.n}", f"scan_{self.n}"):  # the first read's rejects go
            self.con.execute(f"DROP TABLE IF EXISTS {table}")
        path, encoding, self.path = self.path, self.encoding, out
        try:
            found = self.csv(mapping, meta=1)
        finally:
            self.path, self.encoding = path, encoding
        self.con.execute(
            f"CREATE OR REPLACE TEMP TABLE rejl_{self.n} AS SELECT line, "
            f"CAST(error_type AS VARCHAR) AS error_type, csv_line FROM rejl_{self.n}"
        )
        if rejects:
            self.con.executemany(f"INSERT INTO rejl_{self.n} VALUES (?, ?, ?)", rejects)
        return found

    def _resolve(self, headers: Sequence[str], mapping: Mapping[str, str]) -> dict[str, int]:
        found, cmap = resolve_columns(headers, mapping, self.shown, self.options)
        self.columns.append((None, 1, cmap))
        return found

    def jsonl(self, mapping: Mapping[str, str]) -> dict[str, str]:
        self.encoding = "utf-8"
        self._read(
            self.path,
            "delim = '\x1f', quote = '', escape = '', header = false, columns = {'j': 'VARCHAR'}",
        )
        keys: list[str] = [  # every key of every record, in order of first appearance
            r[0]
            for r in self.con.execute(
                f"SELECT k FROM (SELECT unnest(json_keys(j)) AS k, rowid AS r FROM raw_{self.n} "
                "WHERE CASE WHEN json_valid(j) THEN json_type(j) END = 'OBJECT') GROUP BY k "
                "ORDER BY min(r)"
            ).fetchall()
        ]
        cols = self._resolve(keys, mapping)
        select = ", ".join(
            f"CASE WHEN json_valid(j) THEN json_extract_string(j, "
            f"{self.var(f'key{i}', '$.' + json.dumps(keys[i], ensure_ascii=False))}) END AS {c}"
            for c, i in cols.items()
        )
        # a line that is not one JSON object ([…], "…", a blank line) is a broken JSON line
        bad = "NOT coalesce(CASE WHEN json_valid(j) THEN json_type(j) = 'OBJECT' END, false)"
        self._view(
            f"{select}, {bad} AS __bad_json",
            "NULL::BIGINT",
            1,
        )
        return {c: c for c in cols}

    def xlsx(self, mapping: Mapping[str, str]) -> dict[str, str]:
        """Every sheet (or ``--sheet``) through calamine (:mod:`qingdan.core.report.sheets`) into
        one temp CSV of canonical columns, each row with its sheet row number and file label."""
        from qingdan.core.report.sheets import workbook_to_csv

        out = self.tmp / f"xlsx_{self.n}.csv"
        opts = self.options
        self.columns, self.skipped = workbook_to_csv(
            self.path,
            self.shown,
            out,
            mapping,
            sheet=opts.sheet,
            explicit=opts.explicit,
            resolve=lambda h, m, where: resolve_columns(h, m, where, opts),
            canonical=CANONICAL,
        )
        self.file_column = True
        path, self.path = self.path, out
        try:
            return self.csv(mapping, meta=2)
        finally:
            self.path = path

    def _transcode(self) -> Path:
        """The file as UTF-8, a block at a time; a line that does not decode is kept as invalid
        UTF-8, so DuckDB's reader rejects that line (code ``encoding``), never the file."""
        out = self.tmp / f"utf8_{self.n}.csv"
        codec = self.encoding or "gb18030"
        with self.path.open("rb") as src, out.open("wb") as dst:
            rest = b""
            for chunk in iter(lambda: src.read(1 << 20), b""):
                block, _, rest = (rest + chunk).rpartition(b"\n")
                if block:
                    dst.write(_recode(block + b"\n", codec))
            if rest:
                dst.write(_recode(rest, codec))
        return out

    def _read(self, source: Path, options: str) -> None:
        self.reader_rejects = True
        self.con.execute(
            f"CREATE OR REPLACE TEMP TABLE raw_{self.n} AS SELECT * FROM read_csv("
            f"{self.var('path', str(source))}, {options}, auto_detect = false, "
            f"store_rejects = true, rejects_table = 'rej_{self.n}', "
            f"rejects_scan = 'scan_{self.n}')"
        )

    def _view(self, select: str, line: str, base: int) -> None:
        """``__line``: the record's line, counting the lines DuckDB's reader rejected before it
        (``gap_<n>`` holds, per rejected line, how many records precede it)."""
        self.con.execute(  # DuckDB lists one error per column of a line: one line, one reject
            f"CREATE OR REPLACE TEMP TABLE rejl_{self.n} AS SELECT line, min(error_type) AS "
            f"error_type, min(csv_line) AS csv_line FROM rej_{self.n} GROUP BY line"
        )
        self.con.execute(
            f"CREATE OR REPLACE TEMP TABLE gap_{self.n} AS SELECT line - {base} - "
            f"(row_number() OVER (ORDER BY line) - 1) AS g FROM rejl_{self.n}"
        )
        self.con.execute(
            f"CREATE OR REPLACE TEMP VIEW src_{self.n} AS SELECT {select}, coalesce({line}, "
            f"rowid + {base}) AS __line, {line} IS NULL AS __shift FROM raw_{self.n}"
        )
        self.base = base


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _struct(columns: Mapping[str, str]) -> str:
    return "{" + ", ".join(f"'{k}': '{v}'" for k, v in columns.items()) + "}"


def _recode(block: bytes, codec: str) -> bytes:
    try:
        return block.decode(codec).encode("utf-8")
    except UnicodeDecodeError:
        pass
    out = []
    for line in block.splitlines(keepends=True):
        try:
            out.append(line.decode(codec).encode("utf-8"))
        except UnicodeDecodeError:
            out.append(b"\xff" + line)  # invalid UTF-8: DuckDB rejects this line alone
    return b"".join(out)
