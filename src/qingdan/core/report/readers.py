"""Readers of activity files for :mod:`qingdan.core.report.ingest`: one DuckDB relation per file.

Contract: ``Reader(con, n, path, shown, tmp).<format>(mapping)`` defines the temp view ``src_<n>``
holding the mapped canonical columns (as read: VARCHAR, or Parquet's own types) and ``__line``,
and returns the canonical names present. CSV and JSONL go through DuckDB's CSV reader with
``store_rejects``, so lines it cannot split land in ``rej_<n>`` (with their line) instead of being
lost. Encodings: UTF-8 (with or without BOM) read directly; GB18030/GBK sniffed from the first
64 KiB and transcoded to a temp UTF-8 file; anything else is a DataError (exit 3). Paths, the
delimiter and JSON keys reach SQL as DuckDB variables, never as SQL text. Over 150 lines: four
readers sharing one line-number scheme are clearer side by side than split.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from qingdan.errors import DataError
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


def sniff_encoding(path: Path, shown: str) -> str:
    """``utf-8`` (BOM or not) or ``gb18030``, from the bytes; undecodable → DataError (exit 3)."""
    import codecs

    with path.open("rb") as fh:
        head = fh.read(1 << 16)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8"
    for encoding in ("utf-8", "gb18030"):
        try:
            codecs.getincrementaldecoder(encoding)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        return encoding
    raise DataError(msg("activity.undecodable"), msg("activity.undecodable.hint"), path=shown)


def resolve_columns(
    headers: Sequence[str], mapping: Mapping[str, str], shown: str
) -> dict[str, int]:
    """canonical name → position of its source column; required ones must be there."""
    lookup = {k.strip(): v for k, v in mapping.items()}
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = header.strip().lstrip("\ufeff")
        canonical = lookup.get(name, name if name in CANONICAL else None)
        if canonical in CANONICAL and canonical not in found:
            found[canonical] = index
    missing = [c for c in REQUIRED if c not in found]
    if "title" not in found and "item_id" not in found:
        missing.append("title")
    if missing:
        raise DataError(
            msg("activity.missing_columns", columns=", ".join(missing), headers=", ".join(headers)),
            msg("activity.missing_columns.hint"),
            path=shown,
        )
    return found


class Reader:
    """Registers one file as ``src_<n>`` (VARCHAR or typed columns c0…, ``__line``) on ``con``."""

    def __init__(self, con: Any, n: int, path: Path, shown: str, tmp: Path) -> None:
        self.con, self.n, self.path, self.shown, self.tmp = con, n, path, shown, tmp
        self.encoding: str | None = None
        self.reader_rejects = False

    def var(self, suffix: str, value: object) -> str:
        name = f"qd_{self.n}_{suffix}"
        self.con.execute(f"SET VARIABLE {name} = ?", [value])
        return f"getvariable('{name}')"

    def parquet(self, mapping: Mapping[str, str]) -> dict[str, str]:
        path = self.var("path", str(self.path))
        try:
            names = [
                r[0]
                for r in self.con.execute(f"DESCRIBE SELECT * FROM read_parquet({path})").fetchall()
            ]
        except Exception as exc:
            raise DataError(msg("activity.unreadable", error=exc), path=self.shown) from None
        cols = resolve_columns(names, mapping, self.shown)
        select = ", ".join(f"{_ident(names[i])} AS {c}" for c, i in cols.items())
        self.con.execute(
            f"CREATE OR REPLACE TEMP VIEW src_{self.n} AS SELECT {select}, "
            f"file_row_number + 1 AS __line, false AS __shift "
            f"FROM read_parquet({path}, "
            "file_row_number = true)"
        )
        return {c: c for c in cols}

    def csv(self, mapping: Mapping[str, str], line_column: bool = False) -> dict[str, str]:
        self.encoding = sniff_encoding(self.path, self.shown)
        source = self.path if self.encoding == "utf-8" else self._transcode()
        with source.open(encoding="utf-8-sig", newline="") as fh:
            first = fh.readline()
        delim = max((",", "\t", ";", "|"), key=first.count)
        headers = next(csv.reader([first], delimiter=delim), [])
        data_headers = headers[1:] if line_column else headers
        cols = resolve_columns(data_headers, mapping, self.shown)
        offset = 1 if line_column else 0
        columns = {f"c{i}": "VARCHAR" for i in range(len(headers))}
        self._read(
            source,
            f"delim = {self.var('delim', delim)}, quote = '\"', escape = '\"', "
            f"header = true, columns = {_struct(columns)}",
        )
        line = "TRY_CAST(c0 AS BIGINT)" if line_column else "NULL::BIGINT"
        select = ", ".join(f"c{i + offset} AS {c}" for c, i in cols.items())
        self._view(select, line, 2)
        return {c: c for c in cols}

    def jsonl(self, mapping: Mapping[str, str]) -> dict[str, str]:
        self.encoding = "utf-8"
        keys: list[str] = []
        with self.path.open(encoding="utf-8-sig", errors="replace") as fh:
            for _, text in zip(range(1000), fh, strict=False):
                try:
                    record = json.loads(text)
                except ValueError:
                    continue
                if isinstance(record, dict):
                    keys.extend(k for k in record if k not in keys)
        cols = resolve_columns(keys, mapping, self.shown)
        self._read(
            self.path,
            "delim = '\x1f', quote = '', escape = '', header = false, columns = {'j': 'VARCHAR'}",
        )
        select = ", ".join(
            f"CASE WHEN json_valid(j) THEN json_extract_string(j, "
            f"{self.var(f'key{i}', '$.' + json.dumps(keys[i], ensure_ascii=False))}) END AS {c}"
            for c, i in cols.items()
        )
        self._view(f"{select}, NOT coalesce(json_valid(j), false) AS __bad_json", "NULL::BIGINT", 1)
        return {c: c for c in cols}

    def xlsx(self, mapping: Mapping[str, str]) -> dict[str, str]:
        from openpyxl import load_workbook

        try:
            book = load_workbook(self.path, read_only=True, data_only=True)
        except Exception as exc:
            raise DataError(msg("activity.unreadable", error=exc), path=self.shown) from None
        out = self.tmp / f"xlsx_{self.n}.csv"
        with out.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            for number, row in enumerate(book.worksheets[0].iter_rows(values_only=True), 1):
                cells = ["" if v is None else _cell(v) for v in row]
                writer.writerow(["__line" if number == 1 else number, *cells])
        book.close()
        path, self.path = self.path, out
        try:
            return self.csv(mapping, line_column=True)
        finally:
            self.path = path

    def _transcode(self) -> Path:
        out = self.tmp / f"utf8_{self.n}.csv"
        with (
            self.path.open(encoding="gb18030", newline="") as src,
            out.open("w", encoding="utf-8", newline="") as dst,
        ):
            try:
                for block in iter(lambda: src.read(1 << 20), ""):
                    dst.write(block)
            except UnicodeDecodeError:
                raise DataError(
                    msg("activity.undecodable"), msg("activity.undecodable.hint"), path=self.shown
                ) from None
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


def _cell(value: object) -> str:
    import datetime as dt

    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)
