"""``qingdan sql "SELECT …" --db FILE``: ask a kept report database (``report --db``) a question.

Thin: :func:`qingdan.core.report.query.query` runs the one statement read-only; the registry
prints a table (rich), CSV or the rows as JSON. A missing database file is a usage error (2); a
failing statement is a usage error with DuckDB's message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qingdan.cli.common import LangOpt, NoColorOpt, WorkspaceOpt, format_option, help_for, setup
from qingdan.exit_codes import ExitCode

app = typer.Typer(rich_markup_mode=None)


@app.command(
    help=help_for(
        "sql",
        "report --db 保留的表：activities、rejects、items、title_matches、cube · Tables kept by "
        "`report --db`: activities, rejects, items, title_matches, cube.",
    )
)
def sql(
    statement: Annotated[
        str, typer.Argument(metavar="QUERY", help="SQL 语句 · One SQL statement.")
    ],
    db: Annotated[Path, typer.Option("--db", help="数据库文件 · The DuckDB file.")],
    limit: Annotated[
        int, typer.Option("--limit", help="最多显示行数 · Rows shown at most (table format).")
    ] = 1000,
    allow_write: Annotated[
        bool,
        typer.Option(
            "--allow-write",
            help="允许写入数据库并读写其他文件 · Allow writing the database and other files.",
        ),
    ] = False,
    fmt: str = format_option("sql"),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    env = setup(workspace, lang, no_color)
    from qingdan.core.report.query import query
    from qingdan.render.registry import emit

    emit("sql", query(db, statement, allow_write=allow_write), env.out("sql", fmt, limit=limit))
    return ExitCode.OK
