"""``qingdan report DATA... --out DIR``: the compliance report from activity logs (issue 5).

Thin: parses options, then :func:`qingdan.jobs.report.produce` (also for ``qingdan demo``)
builds the report on DuckDB (in memory, or ``--db FILE`` kept for ``qingdan sql``) and writes
report.html, report.xlsx, report.md, metrics.json and violations.csv.
Exit 0 when the report was written (1 with ``--fail-on-off-list`` when work off the lists was
found), 2 for usage errors and missing files, 3 for unreadable data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from qingdan.cli.common import (
    LangOpt,
    NoColorOpt,
    WorkspaceOpt,
    format_option,
    help_for,
    parse_day,
    setup,
)
from qingdan.cli.intake import EncodingOpt, MapOpt, SheetOpt, StrictOpt
from qingdan.cli.progress import QuietOpt
from qingdan.errors import UsageError
from qingdan.exit_codes import ExitCode
from qingdan.i18n import t

app = typer.Typer(rich_markup_mode=None)


def parse_map(text: str | None) -> dict[str, str]:
    """``"日期=date,社区=community"`` → ``{"日期": "date", "社区": "community"}``."""
    from qingdan.cli.intake import parse_map as parse

    return parse(text, "activity")


@app.command(
    help=help_for(
        "report",
        "写出 report.html、report.xlsx、report.md、metrics.json、violations.csv；日志可为 "
        "CSV/GBK、Parquet、JSONL、xlsx/xls/ods · Writes report.html, report.xlsx, report.md, "
        "metrics.json and violations.csv; logs in CSV/GBK, Parquet, JSONL or xlsx/xls/ods.",
    )
)
def report(
    data: Annotated[
        list[Path],
        typer.Argument(
            help="活动日志：文件、文件夹（可按 区=…/ 分区）或通配符 · Activity logs: files, "
            "folders (hive-partitioned too) or globs."
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="输出目录 · Output folder.")],
    date_from: Annotated[
        str | None, typer.Option("--from", help="起始日期 · From (YYYY-MM-DD).")
    ] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="截止日期 · To (YYYY-MM-DD).")] = None,
    district: Annotated[
        str | None, typer.Option("--district", help="只看某区县 · One district.")
    ] = None,
    street: Annotated[str | None, typer.Option("--street", help="只看某街道 · One street.")] = None,
    mapping: MapOpt = None,
    strict: StrictOpt = False,
    encoding: EncodingOpt = None,
    sheet: SheetOpt = None,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            help="保留数据库文件（供 qingdan sql）· Keep the DuckDB database for `qingdan sql`.",
        ),
    ] = None,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            help="计算引擎：duckdb（本机）或 spark · Engine: duckdb (this machine) or spark.",
        ),
    ] = "duckdb",
    master: Annotated[
        str | None,
        typer.Option(
            "--master",
            help="Spark master（默认 local[*]；或设置 SPARK_REMOTE）· Spark master URL.",
        ),
    ] = None,
    fail: Annotated[
        bool,
        typer.Option(
            "--fail-on-off-list",
            help="发现清单外工作时退出码 1 · Exit 1 when work off the lists is found.",
        ),
    ] = False,
    fmt: str = format_option("report"),
    quiet: QuietOpt = False,
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    env = setup(workspace, lang, no_color)
    from qingdan.core.report.build import Filters
    from qingdan.core.report.readers import ReadOptions
    from qingdan.jobs.report import produce
    from qingdan.render.progress import steps
    from qingdan.render.registry import emit

    filters = Filters(parse_day(date_from, "--from"), parse_day(date_to, "--to"), district, street)
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise UsageError(t("option.bad_period", start=filters.date_from, end=filters.date_to))
    if engine not in ("duckdb", "spark"):
        raise UsageError(t("report.bad_engine", engine=engine))
    if engine == "spark" and db is not None:
        raise UsageError(t("report.spark_db"))
    from qingdan.render.outpaths import output_dir, output_file

    output_dir(out, data)
    if db is not None:
        output_file(db, data, database=True)
    with steps(env.console(stderr=True), quiet) as progress:
        result, written = produce(
            env.workspace,
            data,
            out,
            filters=filters,
            options=ReadOptions(parse_map(mapping), strict, encoding, sheet),
            db=db,
            progress=progress,
            engine=engine,
            master=master,
        )
    from qingdan.render.columns import announce, skipped_sheets

    inputs = result.provenance["inputs"]
    for again in result.provenance["repeated"]:
        typer.echo(t("dataset.repeated", path=again), err=True)
    skipped_sheets((i["path"], i["skipped_sheets"]) for i in inputs)
    announce(
        (_label(i["path"], c["sheet"], len(i["columns"])), _Map(c))
        for i in inputs
        for c in i["columns"]
    )
    for option, nearest in result.filter_hints.items():
        value = filters.district if option == "district" else filters.street
        key = "office.filter_empty" if nearest else "office.filter_empty.none"
        typer.echo(t(key, option=option, value=value, nearest="、".join(nearest)), err=True)
    emit("report", (result, written), env.out("report", fmt))
    return ExitCode.FINDINGS if fail and result.off_list["count"] else ExitCode.OK


class _Map:
    """A stored column mapping (metrics.json's) in the shape :func:`announce` prints."""

    def __init__(self, stored: dict[str, Any]) -> None:
        self.mapping: dict[str, str | None] = stored["mapping"]
        self.unmapped: list[str] = stored["unmapped"]
        from qingdan.core.columns import Duplicate

        self.duplicates = [Duplicate(**d) for d in stored["duplicates"]]

    def as_dict(self) -> dict[str, str | None]:
        return self.mapping


def _label(path: str, sheet: str | None, sheets: int) -> str:
    return f"{path}#{sheet}" if sheet and sheets > 1 else path
