"""``qingdan inspect FILE...``: how qingdan reads a file — format, encoding, sheet, header row,
column mapping, row count and the first rows as they will be judged. Writes nothing.

Exit 0 when every file could be read, 2 for usage errors (missing file, a ``--map`` header the
file lacks, an unknown sheet), 3 when a file cannot be read (its message says why).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from qingdan.cli.common import LangOpt, WorkspaceOpt, check_format, emit_json, format_option, setup
from qingdan.cli.intake import EncodingOpt, MapOpt, SheetOpt, describe, parse_map
from qingdan.errors import UsageError
from qingdan.exit_codes import ExitCode
from qingdan.i18n import t

app = typer.Typer(rich_markup_mode=None)
FORMATS = ("text", "json")


@app.command(
    help="查看文件会被如何读取：格式、编码、工作表、表头行、列对应、行数与前几行 · Show how "
    "qingdan reads a file: format, encoding, sheet, header row, column mapping, row count "
    "and the first rows as they will be judged. Writes nothing."
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
    fmt: str = format_option(FORMATS),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
) -> int:
    check_format(fmt, FORMATS)
    if table not in (None, "activity", "request"):
        raise UsageError(t("option.bad_format", fmt=table, choices="activity, request"))
    env = setup(workspace, lang)
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
    if fmt == "json":
        from dataclasses import asdict

        emit_json({"files": [asdict(f) for f in found]})
    else:
        for one in found:
            _text(one)
    return ExitCode.OK


def _loose(text: str) -> dict[str, str]:
    """``--map`` without ``--as``: fields of either table."""
    try:
        return parse_map(text, "activity")
    except UsageError:
        return parse_map(text, "request")


def _text(one: Any) -> None:
    typer.echo(one.file)
    typer.echo(
        "  "
        + t(
            "inspect.head",
            format=one.format,
            encoding=one.encoding or "—",
            table=t(f"inspect.table.{one.table}"),
        )
    )
    if one.skipped:
        typer.echo("  " + t("inspect.skipped", sheets="、".join(one.skipped)))
    for s in one.sheets:
        where = t("inspect.sheet", sheet=s.name) + " · " if s.name else ""
        typer.echo(
            "  " + where + t("inspect.rows", line=s.header_line, rows=s.rows, rejected=s.rejected)
        )
        if s.columns:
            typer.echo("  " + t("inspect.columns", mapping=describe(s.columns)))
        if s.unmapped:
            typer.echo("  " + t("inspect.unmapped", columns="、".join(s.unmapped)))
        if s.missing:
            typer.echo("  " + t("inspect.missing", columns="、".join(s.missing)))
        if s.preview:
            typer.echo("  " + t("inspect.preview", count=len(s.preview)))
        for row in s.preview:
            cells = [f"{k}={_show(v)}" for k, v in row.items() if v not in (None, "", [], {})]
            typer.echo("    " + " · ".join(cells))


def _show(value: Any) -> str:
    import datetime as dt

    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
