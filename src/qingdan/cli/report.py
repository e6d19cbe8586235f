"""``qingdan report DATA... --out DIR``: the compliance report from activity logs (issue 5).

Thin: parses options, then :func:`produce` (also used by ``qingdan demo``) runs
``core.metrics.build_report`` on a DuckDB connection (in memory, or ``--db FILE`` kept for
``qingdan sql``), exports the violations and renders the four files with ``render.report``.
Exit 0 when the report was written (1 with ``--fail-on-off-list`` when work off the lists was
found), 2 for usage errors and missing files, 3 for unreadable data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from qingdan.cli.common import (
    LangOpt,
    WorkspaceOpt,
    check_format,
    emit_json,
    format_option,
    parse_day,
    setup,
)
from qingdan.errors import UsageError
from qingdan.exit_codes import ExitCode
from qingdan.i18n import t

if TYPE_CHECKING:
    from qingdan.core.metrics import Filters, Report
    from qingdan.workspace import Workspace

app = typer.Typer(rich_markup_mode=None)
FORMATS = ("text", "json")


def parse_map(text: str | None) -> dict[str, str]:
    """``"日期=date,社区=community"`` → ``{"日期": "date", "社区": "community"}``."""
    from qingdan.core.readers import CANONICAL

    out: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in (text or "").replace("，", ",").split(","))):
        source, sep, target = part.partition("=")
        if not sep or target.strip() not in CANONICAL or not source.strip():
            raise UsageError(t("report.bad_map", part=part), t("report.bad_map.hint",
                                                                 columns=", ".join(CANONICAL)))
        out[source.strip()] = target.strip()
    return out


def produce(workspace: Workspace, paths: list[Path], out: Path, *, mapping: dict[str, str]
            | None = None, filters: Filters | None = None, db: Path | None = None,
            progress: Any = None) -> tuple[Report, list[Path]]:
    """Build and write the report; returns it and the files written (used by ``demo`` too)."""
    import os
    import tempfile
    from concurrent.futures import ThreadPoolExecutor

    import duckdb

    from qingdan import __version__
    from qingdan.core.gitinfo import revision
    from qingdan.core.lists import load_lists
    from qingdan.core.metrics import build_report, export_violations, persist
    from qingdan.render.report import generated_at, write_documents, write_violations

    lists = load_lists(workspace.list_paths, workspace.relative)
    rev = revision(workspace.root)
    mapping = {**workspace.section("activity").get("columns", {}), **(mapping or {})}
    tmp = tempfile.TemporaryDirectory(prefix="qingdan-report-")
    con = duckdb.connect(str(db) if db is not None else ":memory:")
    try:  # beyond memory DuckDB spills here (10^8 rows and more)
        con.execute("SET temp_directory = ?", [str(Path(tmp.name) / "spill")])
        limit = workspace.section("report").get("memory_limit") or os.environ.get(
            "QINGDAN_MEMORY_LIMIT")
        if limit:
            con.execute("SET memory_limit = ?", [str(limit)])
        report = build_report(
            con, paths, lists, mapping=mapping, filters=filters,
            match=workspace.section("match"), rate=workspace.section("rate"),
            show=workspace.relative, version=__version__, on_step=progress,
            lists_revision=(rev.commit + ("+dirty" if rev.dirty else "")) if rev.commit else None,
            top=int(workspace.section("report").get("top", 10)))
        if progress is not None:
            progress("render")
        violations = Path(tmp.name) / "violations.csv"
        title = f"{workspace.name} · {t('report.title')}"
        with ThreadPoolExecutor(max_workers=1) as pool:  # Jinja2 renders while DuckDB exports
            documents = pool.submit(write_documents, report, out, title=title,
                                    templates=workspace.templates_dir, generated=generated_at())
            export_violations(con, violations)
            written = [*documents.result(), write_violations(violations, out)]
        if db is not None:
            persist(con)
    finally:
        con.close()
        tmp.cleanup()
    return report, written


@app.command(help="活动日志合规报告：report.html、report.md、metrics.json、violations.csv · "
             "Compliance report from activity logs (CSV/GBK, Parquet, JSONL, xlsx).")
def report(  # noqa: PLR0917 - typer: one parameter per option
    data: Annotated[list[Path], typer.Argument(help="活动日志文件 · Activity log files.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="输出目录 · Output folder.")],
    date_from: Annotated[str | None, typer.Option(
        "--from", help="起始日期 · From (YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="截止日期 · To (YYYY-MM-DD).")] = None,
    district: Annotated[str | None, typer.Option(
        "--district", help="只看某区县 · One district.")] = None,
    street: Annotated[str | None, typer.Option("--street", help="只看某街道 · One street.")] = None,
    mapping: Annotated[str | None, typer.Option("--map", help="列名对应 · Column mapping, e.g. "
                                                "\"日期=date,社区=community\".")] = None,
    db: Annotated[Path | None, typer.Option("--db", help="保留数据库文件（供 qingdan sql）· Keep "
                                            "the DuckDB database for `qingdan sql`.")] = None,
    fail: Annotated[bool, typer.Option("--fail-on-off-list", help="发现清单外工作时退出码 1 · "
                                       "Exit 1 when work off the lists is found.")] = False,
    fmt: str = format_option(FORMATS),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
) -> int:
    check_format(fmt, FORMATS)
    env = setup(workspace, lang)
    from qingdan.core.metrics import Filters
    from qingdan.render.progress import steps

    filters = Filters(parse_day(date_from, "--from"), parse_day(date_to, "--to"), district, street)
    for path in data:
        if not path.is_file():
            raise UsageError(t("file.missing", path=path))
    with steps(env.console(stderr=True)) as progress:
        result, written = produce(env.workspace, data, out, mapping=parse_map(mapping),
                                  filters=filters, db=db, progress=progress)
    if fmt == "json":
        from qingdan.render.jsonout import envelope

        emit_json(envelope(files=[str(p) for p in written], metrics=result.metrics()))
    else:
        from qingdan.render.report import pct

        typer.echo(t("report.summary", read=result.rows["read"], judged=result.rows["judged"],
                     rejected=result.rows["rejected"], off=result.off_list["count"],
                     share=pct(result.on_list_share)))
        for path in written:
            typer.echo(str(path))
    return ExitCode.FINDINGS if fail and result.off_list["count"] else ExitCode.OK
