"""``qingdan report DATA... --out DIR``: the compliance report from activity logs (issue 5).

Thin: parses options, then :func:`qingdan.jobs.report.produce` (also for ``qingdan demo``)
builds the report on DuckDB (in memory, or ``--db FILE`` kept for ``qingdan sql``) and writes
report.html, report.md, metrics.json and violations.csv.
Exit 0 when the report was written (1 with ``--fail-on-off-list`` when work off the lists was
found), 2 for usage errors and missing files, 3 for unreadable data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qingdan.cli.common import LangOpt, WorkspaceOpt, format_option, help_for, parse_day, setup
from qingdan.errors import UsageError
from qingdan.exit_codes import ExitCode
from qingdan.i18n import t

app = typer.Typer(rich_markup_mode=None)


def parse_map(text: str | None) -> dict[str, str]:
    """``"日期=date,社区=community"`` → ``{"日期": "date", "社区": "community"}``."""
    from qingdan.core.report.readers import CANONICAL

    out: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in (text or "").replace("，", ",").split(","))):
        source, sep, target = part.partition("=")
        if not sep or target.strip() not in CANONICAL or not source.strip():
            raise UsageError(
                t("report.bad_map", part=part),
                t("report.bad_map.hint", columns=", ".join(CANONICAL)),
            )
        out[source.strip()] = target.strip()
    return out


@app.command(
    help=help_for(
        "report",
        "写出 report.html、report.md、metrics.json、violations.csv；日志可为 CSV/GBK、Parquet、"
        "JSONL、xlsx · Writes report.html, report.md, metrics.json and violations.csv; logs "
        "in CSV/GBK, Parquet, JSONL or xlsx.",
    )
)
def report(
    data: Annotated[list[Path], typer.Argument(help="活动日志文件 · Activity log files.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="输出目录 · Output folder.")],
    date_from: Annotated[
        str | None, typer.Option("--from", help="起始日期 · From (YYYY-MM-DD).")
    ] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="截止日期 · To (YYYY-MM-DD).")] = None,
    district: Annotated[
        str | None, typer.Option("--district", help="只看某区县 · One district.")
    ] = None,
    street: Annotated[str | None, typer.Option("--street", help="只看某街道 · One street.")] = None,
    mapping: Annotated[
        str | None,
        typer.Option("--map", help='列名对应 · Column mapping, e.g. "日期=date,社区=community".'),
    ] = None,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            help="保留数据库文件（供 qingdan sql）· Keep the DuckDB database for `qingdan sql`.",
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
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
) -> int:
    env = setup(workspace, lang)
    from qingdan.core.report.build import Filters
    from qingdan.jobs.report import produce
    from qingdan.render.progress import steps
    from qingdan.render.registry import emit

    filters = Filters(parse_day(date_from, "--from"), parse_day(date_to, "--to"), district, street)
    for path in data:
        if not path.is_file():
            raise UsageError(t("file.missing", path=path))
    with steps(env.console(stderr=True)) as progress:
        result, written = produce(
            env.workspace,
            data,
            out,
            mapping=parse_map(mapping),
            filters=filters,
            db=db,
            progress=progress,
        )
    emit("report", (result, written), env.out("report", fmt))
    return ExitCode.FINDINGS if fail and result.off_list["count"] else ExitCode.OK
