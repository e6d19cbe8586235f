"""How a column mapping reads on stderr: ``日期→date, 序号→(忽略)`` (check, report, inspect)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from qingdan.i18n import t


def describe(mapping: Mapping[str, str | None]) -> str:
    ignored = t("office.columns.ignored")
    return ", ".join(
        f"{header}→{field if field != '-' else f'({ignored})'}"
        for header, field in mapping.items()
        if field is not None
    )


def announce(maps: Iterable[tuple[str, Any]]) -> None:
    """Print, per file (or sheet), the mapping used and the columns left unmapped, on stderr."""
    import sys

    for shown, cmap in maps:
        if not cmap.as_dict():  # no header at all: the error says so
            continue
        sys.stderr.write(t("office.columns", file=shown, mapping=describe(cmap.as_dict())) + "\n")
        for d in cmap.duplicates:
            sys.stderr.write(t("office.duplicate", file=shown, **vars(d)) + "\n")
        repeated = {d.header for d in cmap.duplicates}
        if unknown := [h for h in cmap.unmapped if h not in repeated]:
            columns = "、".join(unknown)
            sys.stderr.write(t("office.unmapped", file=shown, columns=columns) + "\n")


def skipped_sheets(files: Iterable[tuple[str, Sequence[str]]]) -> None:
    """Name, per workbook, the sheets that hold cells but no recognisable header (not read)."""
    import sys

    for shown, names in files:
        if names:
            sys.stderr.write(t("office.skipped_sheets", file=shown, sheets="、".join(names)) + "\n")
