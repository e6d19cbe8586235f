"""``qingdan inspect FILE...``: how qingdan reads a file — format, encoding, sheet, header row,
column mapping, row count and the first rows as they will be judged. Writes nothing.

Exit 0 when every file could be read, 2 for usage errors (missing file, a ``--map`` header the
file lacks, an unknown sheet), 3 when a file cannot be read (its message says why).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qingdan.cli.common import LangOpt, NoColorOpt, WorkspaceOpt, format_option, help_for, setup
from qingdan.cli.intake import EncodingOpt, MapOpt, SheetOpt, parse_map
from qingdan.errors import UsageError
from qingdan.exit_codes import ExitCode
from qingdan.i18n import t

app = typer.Typer(rich_markup_mode=None)


@app.command(
    help=help_for(
        "inspect",
        "格式、编码、工作表、表头行、列对应、行数与判定时的前几行；不写任何文件 · Format, "
        "encoding, sheet, header row, column mapping, row count and the first rows as they "
        "will be judged. Writes nothing.",
    )
)
def inspect(
    files: Annotated[list[Path], typer.Argument(help="要查看的文件 · Files to inspect.")],
    table: Annotated[
        str | None,
        typer.Option(
            "--as",
            help="按活动日志（activity）或申请表（request）读取（默认自动判断）· Read as an "
            "activity log or a request table (default: guessed from the headers).",
        ),
    ] = None,
    mapping: MapOpt = None,
    encoding: EncodingOpt = None,
    sheet: SheetOpt = None,
    fmt: str = format_option("inspect"),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    if table not in (None, "activity", "request"):
        raise UsageError(t("option.bad_format", fmt=table, choices="activity, request"))
    env = setup(workspace, lang, no_color)
    from qingdan.jobs.inspect import inspect as look

    ws = env.workspace
    config = {
        "activity": ws.section("activity").get("columns", {}),
        "request": ws.section("check").get("columns", {}),
    }
    explicit = parse_map(mapping, table or "activity") if mapping and table else {}
    if mapping and not table:
        explicit = {**_loose(mapping)}
    found = []
    for path in files:
        if not path.is_file():
            raise UsageError(t("file.missing", path=path))
        found.append(
            look(
                path,
                ws.relative(path),
                config=config,
                table=table,
                explicit=explicit,
                encoding=encoding,
                sheet=sheet,
            )
        )
    from qingdan.render.registry import emit

    emit("inspect", found, env.out("inspect", fmt))
    return ExitCode.OK


def _loose(text: str) -> dict[str, str]:
    """``--map`` without ``--as``: fields of either table."""
    try:
        return parse_map(text, "activity")
    except UsageError:
        return parse_map(text, "request")
