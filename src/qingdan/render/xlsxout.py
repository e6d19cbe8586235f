"""Writing workbooks people open in Excel or WPS: one helper for report.xlsx and check's xlsx.

Contract: :func:`write_book` writes ``sheets`` — ``(title, header, rows)`` — to ``path``
atomically (openpyxl's write-only mode, then :func:`~qingdan.render.files.atomic_write`), with
bold frozen headers and columns sized to their text. :func:`safe` neutralises text a spreadsheet
would run as a formula (a leading ``= + - @``, tab or carriage return gets an apostrophe);
every text cell goes through it. Dates in the file (properties, zip entries) come from
``SOURCE_DATE_EPOCH`` or a fixed day, so the same data gives the same bytes. Sheet titles are
cut to Excel's 31 characters and stripped of the characters it forbids.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from qingdan.render.files import atomic_write

LEADERS = ("=", "+", "-", "@", "\t", "\r")
Sheet = tuple[str, Sequence[str], Iterable[Sequence[Any]]]


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what an xlsx cell cannot hold


def safe(value: Any) -> Any:
    """``value`` as a cell: text that would be a formula gets a leading apostrophe; control
    characters a worksheet cannot hold (NUL, …) become U+FFFD."""
    if isinstance(value, str):
        value = _CONTROL.sub("\ufffd", value)
        return "'" + value if value.startswith(LEADERS) else value
    return value


def _width(values: Iterable[Any]) -> float:
    longest = 0
    for value in values:
        text = "" if value is None else str(value)
        longest = max(longest, sum(2 if ord(c) > 0x2E7F else 1 for c in text))
    return min(max(longest + 2, 8), 60)


def write_book(path: Path, sheets: Sequence[Sheet]) -> Path:
    """:func:`book_bytes` written to ``path`` atomically."""
    atomic_write(path, book_bytes(sheets))
    return path


def book_bytes(sheets: Sequence[Sheet]) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for title, header, rows in sheets:
        sheet = book.create_sheet(re.sub(r"[\[\]:*?/\\]", " ", title)[:31])
        body = [[safe(v) for v in row] for row in rows]
        for index, column in enumerate(zip(header, *body, strict=False)):
            letter = _letter(index)
            sheet.column_dimensions[letter].width = _width(column)
        sheet.freeze_panes = "A2"
        cells = []
        for name in header:
            cell = WriteOnlyCell(sheet, value=safe(name))
            cell.font = bold
            cells.append(cell)
        sheet.append(cells)
        for row in body:
            sheet.append(row)
    when = stamp()
    book.properties.created = book.properties.modified = when
    buffer = io.BytesIO()
    book.save(buffer)
    return stable_zip(buffer.getvalue(), when)


def stamp() -> dt.datetime:
    """``SOURCE_DATE_EPOCH`` (UTC, naive as openpyxl wants), else 2000-01-01: same bytes."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    seconds = int(value) if value.isdigit() else 946684800
    return dt.datetime.fromtimestamp(seconds, dt.UTC).replace(tzinfo=None)


def stable_zip(raw: bytes, stamp: dt.datetime) -> bytes:
    """The same zip with every entry, and the document's "modified", dated ``stamp``."""
    import zipfile

    when = (max(stamp.year, 1980), stamp.month, stamp.day, stamp.hour, stamp.minute, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl dates "modified" as it saves
                iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + iso, data)
            dst.writestr(entry, data)
    return out.getvalue()


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))
