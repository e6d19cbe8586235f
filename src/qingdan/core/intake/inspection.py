"""What ``qingdan inspect`` found in a file (built by :mod:`qingdan.jobs.inspect`, rendered by
:mod:`qingdan.render.inspect`): per file its format, encoding and table kind, per sheet the
header line, column mapping, counts and the first rows as they will be judged."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SheetView:
    name: str | None
    header_line: int
    columns: dict[str, str | None]
    unmapped: tuple[str, ...]
    missing: tuple[str, ...]
    rows: int
    rejected: int
    preview: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class Inspection:
    file: str
    format: str
    encoding: str | None
    table: str  #: activity | request
    sheets: tuple[SheetView, ...]
    skipped: tuple[str, ...] = ()
