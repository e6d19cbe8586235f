"""Renderers of ``qingdan inspect``: a list of :class:`~qingdan.core.intake.inspection.Inspection`.

``text`` prints, per file, the format, encoding and table kind, then per sheet the header line,
row counts, column mapping, unmapped and missing columns and the first rows as judged;
``to_json`` is the data of the JSON answer (``schemas/output/inspect.schema.json``).
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from qingdan.i18n import t

if TYPE_CHECKING:
    from qingdan.core.intake.inspection import Inspection
    from qingdan.render.registry import Out


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def to_json(found: list[Inspection], out: Out) -> dict[str, Any]:
    return {"files": [_plain(asdict(f)) for f in found]}


def _show(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(_plain(value))


def text(found: list[Inspection], out: Out) -> str:
    from qingdan.render.columns import describe

    lines = []
    for one in found:
        lines.append(one.file)
        table = t(f"inspect.table.{one.table}")
        lines.append(
            "  " + t("inspect.head", format=one.format, encoding=one.encoding or "—", table=table)
        )
        if one.skipped:
            lines.append("  " + t("inspect.skipped", sheets="、".join(one.skipped)))
        for s in one.sheets:
            where = t("inspect.sheet", sheet=s.name) + " · " if s.name else ""
            counts = t("inspect.rows", line=s.header_line, rows=s.rows, rejected=s.rejected)
            lines.append("  " + where + counts)
            if s.columns:
                lines.append("  " + t("inspect.columns", mapping=describe(s.columns)))
            if s.unmapped:
                lines.append("  " + t("inspect.unmapped", columns="、".join(s.unmapped)))
            if s.missing:
                lines.append("  " + t("inspect.missing", columns="、".join(s.missing)))
            if s.preview:
                lines.append("  " + t("inspect.preview", count=len(s.preview)))
            for row in s.preview:
                cells = [f"{k}={_show(v)}" for k, v in row.items() if v not in (None, "", [], {})]
                lines.append("    " + " · ".join(cells))
    sys.stdout.flush()
    return "\n".join(lines)
