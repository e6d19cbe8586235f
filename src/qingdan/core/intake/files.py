"""A table file as offices send it → header and rows with their line numbers, every sheet.

Contract: :func:`read_table` reads a CSV (encoding detected per file, :mod:`.encoding`) or a
spreadsheet (:mod:`.sheets`: every visible sheet, or ``sheet``), finds each sheet's header row
(title rows merged across the top and blank rows are skipped, :func:`~qingdan.core.columns.
find_header`), maps its columns and returns a :class:`TableFile`. Lines that do not decode are
kept as ``bad_lines`` for the caller to reject one by one; the file is refused only when it is a
document rather than a table (:func:`refusal`), its encoding is ambiguous, or it cannot be
opened. Sheets whose header maps no field are skipped; those holding any cell are named in
``skipped`` (an empty sheet is not).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qingdan.core import columns as vocabulary
from qingdan.core.intake import encoding as enc
from qingdan.core.intake import sheets
from qingdan.core.limits import LimitExceeded, inflated_size, regular_file
from qingdan.errors import DataError, UsageError
from qingdan.messages import msg

#: suffix → what to do instead (message key suffix in ``catalog/office``)
REFUSED = {
    ".docx": "document",
    ".doc": "document",
    ".wps": "document",
    ".rtf": "document",
    ".pdf": "pdf",
    ".ofd": "pdf",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".gif": "image",
    ".bmp": "image",
    ".tif": "image",
    ".tiff": "image",
    ".heic": "image",
    ".webp": "image",
    ".et": "wps_sheet",
    ".numbers": "wps_sheet",
}
CSV_SUFFIXES = (".csv", ".txt", ".tsv")


@dataclass(frozen=True)
class Sheet:
    name: str | None  #: None for a CSV
    header_line: int  #: 1-based
    columns: vocabulary.ColumnMap
    rows: tuple[tuple[int, tuple[Any, ...]], ...]  #: (line, cells) of non-empty rows


@dataclass(frozen=True)
class TableFile:
    shown: str
    format: str  #: csv | xlsx | xls | ods | ...
    encoding: str | None  #: label, CSV only
    sheets: tuple[Sheet, ...]
    bad_lines: tuple[int, ...] = ()
    skipped: tuple[str, ...] = ()


def refusal(suffix: str, shown: str) -> UsageError | None:
    """The error for a document, PDF or picture sent instead of a table (None for tables): a
    usage error (exit 2), like any file type qingdan does not read."""
    what = REFUSED.get(suffix.lower())
    if what is None:
        return None
    return UsageError(msg(f"office.refused.{what}"), msg(f"office.refused.{what}.hint"), path=shown)


def decode_label(data: bytes, shown: str, forced: str | None) -> str:
    """The codec to read a CSV with (``utf-8`` also for UTF-8 with BOM); ambiguous → DataError."""
    try:
        found = enc.detect(data, forced)
    except LookupError:
        raise UsageError(msg("office.bad_encoding_name", name=forced)) from None
    if found.encoding is None:
        raise DataError(
            msg("office.ambiguous_encoding"), msg("office.ambiguous_encoding.hint"), path=shown
        )
    return "utf-8" if found.encoding in ("utf-8", "utf-8-sig") else found.encoding


def decode(data: bytes, shown: str, forced: str | None) -> tuple[str, str, tuple[int, ...]]:
    """(text, encoding label, undecodable line numbers) of a CSV's bytes; ambiguous → DataError."""
    try:
        found = enc.detect(data, forced)
    except LookupError:
        raise UsageError(msg("office.bad_encoding_name", name=forced)) from None
    if found.encoding is None:
        raise DataError(
            msg("office.ambiguous_encoding"), msg("office.ambiguous_encoding.hint"), path=shown
        )
    text, bad = enc.split_lines(data, found.encoding)
    return text.lstrip("\ufeff"), found.label, bad


def _sheet(
    grid: list[list[Any]],
    name: str | None,
    table: str,
    config: Mapping[str, str],
    explicit: Mapping[str, str],
    lines: list[int] | None = None,
) -> Sheet:
    found = vocabulary.header(grid, table, config, explicit)
    head = found.index
    mapped = vocabulary.resolve(found.cells, table, config, explicit)
    numbers = lines or list(range(1, len(grid) + 1))
    body = tuple(
        (numbers[i], tuple(row))
        for i, row in enumerate(grid[found.data_start :], start=found.data_start)
        if any(c not in ("", None) for c in row)
    )
    return Sheet(name, numbers[head] if grid else 1, mapped, body)


def read_table(
    path: Path,
    shown: str,
    table: str,
    *,
    config: Mapping[str, str] | None = None,
    explicit: Mapping[str, str] | None = None,
    encoding: str | None = None,
    sheet: str | None = None,
    data: bytes | None = None,
) -> TableFile:
    """Read one table file (``data`` instead of the file when given, e.g. stdin)."""
    config, explicit = config or {}, explicit or {}
    suffix = path.suffix.lower()
    refused = refusal(suffix, shown)
    if refused is not None:
        raise refused
    kind = "activity" if table == "activity" else "table"
    if data is None:
        _limit(lambda: regular_file(path, kind), shown)
    raw = path.read_bytes() if data is None else data
    if raw[:4] == b"PK\x03\x04":  # xlsx, ods: a zip; what it declares it inflates to, first
        _limit(lambda: inflated_size(raw, kind), shown)
    if suffix in sheets.SPREADSHEETS or raw[:4] in (b"PK\x03\x04", b"\xd0\xcf\x11\xe0"):
        return _workbook(raw, shown, suffix.lstrip(".") or "xlsx", table, config, explicit, sheet)
    text, label, bad = decode(raw, shown, encoding)
    first = text.split("\n", 1)[0]
    delim = max((",", "\t", ";", "|"), key=first.count)
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))  # cells are sized later
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    grid, lines, start = [], [], 1
    for row in reader:
        grid.append(row)
        lines.append(start)
        start = reader.line_num + 1
    found = _sheet(grid, None, table, config, explicit, lines)
    return TableFile(shown, "csv", label, (found,), bad)


def _limit(check: Callable[[], object], shown: str) -> None:
    """Run a :mod:`qingdan.core.limits` check; over a limit → DataError (exit 3) naming the file."""
    try:
        check()
    except LimitExceeded as exc:
        raise DataError(msg(exc.key, **exc.params), msg("limits.hint"), path=shown) from None


def _workbook(
    raw: bytes,
    shown: str,
    fmt: str,
    table: str,
    config: Mapping[str, str],
    explicit: Mapping[str, str],
    sheet: str | None,
) -> TableFile:
    try:
        names = sheets.sheet_names(raw)
        if sheet is not None and sheet not in names:
            raise UsageError(
                msg("office.no_sheet", sheet=sheet, sheets="、".join(names)), path=shown
            )
        found, skipped = [], []
        for name in [sheet] if sheet is not None else names:
            grid = sheets.rows(raw, name)
            one = _sheet(grid, name, table, config, explicit)
            if one.columns.score or sheet is not None:
                found.append(one)
            elif any(c not in ("", None) for row in grid for c in row):
                skipped.append(name)
    except sheets.SheetError as exc:
        raise DataError(msg("office.bad_workbook", error=exc), path=shown) from None
    return TableFile(shown, fmt, None, tuple(found), (), tuple(skipped))
