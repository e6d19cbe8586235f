"""Activity workbooks (xlsx, xls, ods) → one temp CSV for the report's DuckDB reader.

Contract: :func:`workbook_to_csv` reads every visible sheet (or ``--sheet``) through calamine
(:mod:`qingdan.core.intake.sheets`, which reads past a stale ``<dimension>``), finds each sheet's
header row below any merged title rows, maps its columns with the shared vocabulary, and writes
``__line, __file, <canonical fields>`` rows: ``__line`` is the spreadsheet row, ``__file`` the
file (``file#sheet`` when the workbook has more than one data sheet), so every reject names its
sheet and row. Excel serial numbers in the date column become ISO dates. Sheets with no
recognisable header are skipped when no ``--sheet`` is named. Returns, per sheet read,
``(sheet, header line, column map)``, and the skipped sheets that hold anything (an empty sheet
is not worth a word; one with cells but no header is named, so no row goes unsaid).
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qingdan.core.intake import sheets
from qingdan.errors import DataError, UsageError
from qingdan.messages import msg

if TYPE_CHECKING:
    from qingdan.core.columns import ColumnMap

#: the readers' column check: (headers, mapping, shown) → (field → position, column map)
Resolve = Callable[[Sequence[str], Mapping[str, str], str], tuple[dict[str, int], "ColumnMap"]]


def _date(value: Any) -> str:
    from qingdan.core.values import office_date

    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return office_date(value).isoformat()
        except ValueError:
            pass
    return sheets.cell_text(value)


def workbook_to_csv(
    path: Path,
    shown: str,
    out: Path,
    mapping: Mapping[str, str],
    *,
    sheet: str | None,
    explicit: Mapping[str, str],
    resolve: Resolve,
    canonical: Sequence[str],
) -> tuple[list[tuple[str | None, int, ColumnMap]], list[str]]:
    from qingdan.core.columns import header as find_header

    try:
        names = sheets.sheet_names(path)
        if sheet is not None and sheet not in names:
            raise UsageError(
                msg("office.no_sheet", sheet=sheet, sheets="、".join(names)), path=shown
            )
        grids = {n: sheets.rows(path, n) for n in ([sheet] if sheet else names)}
    except sheets.SheetError as exc:
        raise DataError(msg("activity.unreadable", error=exc), path=shown) from None
    found: list[tuple[str, int, int, list[Any], dict[str, int], ColumnMap]] = []
    skipped: list[str] = []
    for name, grid in grids.items():
        found_header = find_header(grid, "activity", mapping, explicit)
        head, header = found_header.index, list(found_header.cells)
        if sheet is None and len(grids) > 1 and not _maps_any(header, mapping):
            if any(c not in ("", None) for row in grid for c in row):
                skipped.append(name)
            continue
        where = f"{shown}#{name}" if len(grids) > 1 else shown
        positions, cmap = resolve(header, mapping, where)
        found.append((name, head, found_header.data_start, grid, positions, cmap))
    if not found:
        raise DataError(
            msg("activity.missing_columns", columns="date, community, title", headers="-"),
            msg("activity.missing_columns.hint"),
            path=shown,
        )
    fields = [c for c in canonical if any(c in f[4] for f in found)]
    labelled = len(found) > 1
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["__line", "__file", *fields])
        for name, _, start, grid, positions, _ in found:
            label = f"{shown}#{name}" if labelled else shown
            for number, row in enumerate(grid[start:], start=start + 1):
                if not any(c not in ("", None) for c in row):
                    continue
                cells = [
                    (_date if f == "date" else sheets.cell_text)(row[positions[f]])
                    if f in positions and positions[f] < len(row)
                    else ""
                    for f in fields
                ]
                writer.writerow([number, label, *cells])
    return [(name, head + 1, cmap) for name, head, _, _, _, cmap in found], skipped


def _maps_any(header: list[str], mapping: Mapping[str, str]) -> bool:
    from qingdan.core.columns import resolve

    return resolve(header, "activity", mapping).score > 0
