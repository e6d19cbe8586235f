"""Spreadsheets through python-calamine (Rust): xlsx, xlsm, xlsb, xls and ods, every sheet.

Contract: :func:`sheet_names` lists a workbook's visible worksheets; :func:`rows` gives one
sheet's rows as lists of Python values from cell A1 on (row ``i`` of the list is spreadsheet row
``i + 1``), reading every cell the file holds — not the ``<dimension>`` the writer recorded,
which WPS and scripts often leave stale (openpyxl's read-only mode stops there and drops rows).
Dates come as ``datetime.date``/``datetime``, numbers as float, text as str, empty cells as "".
:func:`cell_text` is the one text form of a cell. Raises :class:`SheetError` for a file calamine
cannot open; the caller names the file. Imports python_calamine lazily.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

SPREADSHEETS = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")


class SheetError(Exception):
    """calamine could not open or read the workbook (the text says why)."""


def _open(source: Path | bytes) -> Any:
    import io

    from python_calamine import CalamineWorkbook

    try:
        if isinstance(source, bytes):
            return CalamineWorkbook.from_filelike(io.BytesIO(source))
        return CalamineWorkbook.from_path(str(source))
    except Exception as exc:  # calamine's errors have no common base worth naming
        raise SheetError(str(exc)) from None


def sheet_names(source: Path | bytes) -> list[str]:
    """The visible worksheets, in workbook order."""
    book = _open(source)
    try:
        return [
            m.name
            for m in book.sheets_metadata
            if str(m.visible).endswith("Visible") and str(m.typ).endswith("WorkSheet")
        ] or list(book.sheet_names)
    finally:
        book.close()


def rows(source: Path | bytes, sheet: str) -> list[list[Any]]:
    """Every row of ``sheet`` from A1, trailing empty rows dropped."""
    book = _open(source)
    try:
        data = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    except Exception as exc:
        raise SheetError(str(exc)) from None
    finally:
        book.close()
    out = [list(r) for r in data]
    while out and not any(c not in ("", None) for c in out[-1]):
        out.pop()
    return out


def cell_text(value: Any) -> str:
    """A cell as text: dates ISO (midnight datetimes as dates), whole floats without ``.0``."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
