"""Options for reading office files, shared by ``check``, ``report`` and ``inspect``.

``--map`` (header=field pairs), ``--strict``, ``--encoding``, ``--sheet``; :func:`parse_map`
checks the fields against the shared vocabulary (:mod:`qingdan.core.columns`) and
:func:`qingdan.render.columns.announce` prints the column mapping each file was read with on
stderr (stdout stays data).
"""

from __future__ import annotations

from typing import Annotated

import typer

from qingdan.errors import UsageError
from qingdan.i18n import t

MapOpt = Annotated[
    str | None,
    typer.Option("--map", help='列名对应 · Column mapping, e.g. "日期=date,社区=community".'),
]
StrictOpt = Annotated[
    bool,
    typer.Option(
        "--strict",
        help="有未对应或缺少的列时报错（退出码 3）· Unmapped or missing columns are an error "
        "(exit 3).",
    ),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option(
        "--encoding",
        help="CSV 的编码（默认自动识别 UTF-8/GB18030）· CSV encoding (default: detected).",
    ),
]
SheetOpt = Annotated[
    str | None,
    typer.Option("--sheet", help="只读这个工作表（默认：每个工作表）· Read only this sheet."),
]


def parse_map(text: str | None, table: str = "activity") -> dict[str, str]:
    """``"日期=date,社区=community"`` → ``{"日期": "date", "社区": "community"}``."""
    from qingdan.core.columns import IGNORED, TABLES

    fields = [f for f in TABLES[table] if f != IGNORED]
    out: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in (text or "").replace("，", ",").split(","))):
        source, sep, target = part.partition("=")
        if not sep or target.strip() not in (*fields, IGNORED) or not source.strip():
            raise UsageError(
                t("report.bad_map", part=part),
                t("report.bad_map.hint", columns=", ".join(fields)),
            )
        out[source.strip()] = target.strip()
    return out
