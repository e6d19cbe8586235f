"""Spreadsheet-safe text columns for CSV exports (issue 12 kind 9: CSV injection).

Contract: :func:`neutral_select` wraps a query so each named VARCHAR column that starts with
``= + - @``, a tab or a CR gets a leading ``'`` (OWASP's advice): Excel and WPS then show the text
instead of running ``=HYPERLINK(…)`` or ``+cmd|…``. Numbers and dates are untouched; the SQL
stays DuckDB's ``SELECT * REPLACE``, one pass, no Python per row.
"""

from __future__ import annotations

from collections.abc import Iterable

#: text columns of violations.csv
TEXT_COLUMNS = (
    "activity_id",
    "district",
    "street",
    "community",
    "department",
    "kind",
    "item_id",
    "title",
    "verdict",
    "matched_id",
    "file",
)


def neutral(expr: str) -> str:
    """``expr`` (VARCHAR) with a leading ``'`` when it could start a formula."""
    return (
        f"CASE WHEN left({expr}, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) "
        f"THEN '''' || {expr} ELSE {expr} END"
    )


def neutral_select(query: str, columns: Iterable[str] = TEXT_COLUMNS) -> str:
    """``query`` with ``columns`` made formula-safe (same names, same order)."""
    replace = ", ".join(f"{neutral(f'q.{c}')} AS {c}" for c in columns)
    return f"SELECT * REPLACE ({replace}) FROM ({query}) AS q"
