"""Writing workbooks people open in Excel or WPS: one helper for report.xlsx and check's xlsx.

Contract: :func:`write_book` writes ``sheets`` — ``(title, header, rows)`` — to ``path``
atomically (XlsxWriter, in memory, then :func:`~qingdan.render.files.atomic_write`), with bold
frozen headers and columns sized to their text. XlsxWriter rather than openpyxl: it imports in
a fifth of the time (openpyxl pulls in numpy), which every report and check pays. :func:`safe`
neutralises text a spreadsheet would run as a formula (a leading ``= + - @``, tab or carriage
return gets an apostrophe); every text cell goes through it, and is cut to Excel's 32,767
characters. The document's dates come from ``SOURCE_DATE_EPOCH`` or a fixed day (zip entries
are dated 1980-01-01), so the same data gives the same bytes. Sheet titles are cut to Excel's
31 characters, stripped of the characters it forbids, and made unique (``表``, ``表1``).
:func:`stable_zip` does the same for other Office files (the docx).
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
MAX_CELL_CHARS = 32_767  #: Excel's limit for one cell's text
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
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "nan_inf_to_errors": True,
        },
    )
    book.set_properties({"created": stamp()})
    bold = book.add_format({"bold": True})
    used: set[str] = set()
    for title, header, rows in sheets:
        sheet = book.add_worksheet(_title(title, used))
        body = [[safe(v) for v in row] for row in rows]
        for index, column in enumerate(zip(header, *body, strict=False)):
            sheet.set_column(index, index, _width(column))
        sheet.freeze_panes(1, 0)
        for col, name in enumerate(header):
            _cell(sheet, 0, col, safe(name), bold)
        for line, row in enumerate(body, start=1):
            for col, value in enumerate(row):
                _cell(sheet, line, col, value)
    book.close()
    return buffer.getvalue()


def _title(title: str, used: set[str]) -> str:
    """A sheet name Excel accepts and the book does not have yet (compared without case, as
    Excel does: a second ``表`` becomes ``表1``)."""
    base = re.sub(r"[\[\]:*?/\\]", " ", title)[:31].strip("'") or "Sheet"
    name, n = base, 0
    while name.lower() in used:
        n += 1
        name = f"{base[: 31 - len(str(n))]}{n}"
    used.add(name.lower())
    return name


def _cell(sheet: Any, row: int, col: int, value: Any, style: Any = None) -> None:
    if value is None:
        if style is not None:
            sheet.write_blank(row, col, None, style)
    elif isinstance(value, bool):
        sheet.write_boolean(row, col, value, style)
    elif isinstance(value, (int, float)):
        sheet.write_number(row, col, value, style)
    else:  # text; a cell holds at most 32,767 characters
        sheet.write_string(row, col, str(value)[:MAX_CELL_CHARS], style)


def stamp() -> dt.datetime:
    """``SOURCE_DATE_EPOCH`` (UTC, naive), else 2000-01-01: same bytes."""
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
            if info.filename == "docProps/core.xml":  # the writer dates "modified" as it saves
                iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + iso, data)
            dst.writestr(entry, data)
    return out.getvalue()
