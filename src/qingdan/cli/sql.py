"""``qingdan sql "SELECT …" --db FILE``: ask a kept report database (``report --db``) a question.

Thin: opens the database read-only, runs the one statement, prints a table (rich) or the rows as
JSON. Tables kept by ``report --db``: activities, rejects, items, title_matches, cube. A missing
database file is a usage error (2); a failing statement is a usage error with DuckDB's message.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qingdan.cli.common import (
    LangOpt,
    NoColorOpt,
    WorkspaceOpt,
    check_format,
    emit_json,
    format_option,
    setup,
)
from qingdan.errors import UsageError
from qingdan.exit_codes import ExitCode
from qingdan.i18n import t

app = typer.Typer(rich_markup_mode=None)
FORMATS = ("table", "json", "csv")


@app.command(
    help="对 report --db 保留的数据库执行 SQL · Run SQL on a database kept by "
    "`report --db` (tables: activities, rejects, items, title_matches, cube)."
)
def sql(
    query: Annotated[str, typer.Argument(help="SQL 语句 · One SQL statement.")],
    db: Annotated[Path, typer.Option("--db", help="数据库文件 · The DuckDB file.")],
    limit: Annotated[
        int, typer.Option("--limit", help="最多显示行数 · Rows shown at most (table format).")
    ] = 1000,
    fmt: str = format_option(FORMATS, "table"),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    check_format(fmt, FORMATS)
    env = setup(workspace, lang, no_color)
    import duckdb

    if not db.is_file():
        raise UsageError(t("file.missing", path=db), t("sql.missing_db.hint"))
    con = duckdb.connect(str(db), read_only=True)
    try:
        result = con.execute(query)
        columns = [d[0] for d in result.description or ()]
        rows = result.fetchall()
    except duckdb.Error as exc:
        raise UsageError(t("sql.failed", error=str(exc).splitlines()[0])) from None
    finally:
        con.close()
    if fmt == "json":
        from qingdan.render.jsonout import envelope

        emit_json(
            envelope(columns=columns, rows=[dict(zip(columns, r, strict=True)) for r in rows])
        )
    elif fmt == "csv":
        import csv
        import sys

        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        from rich.table import Table

        table = Table(*columns)
        for row in rows[:limit]:
            table.add_row(*("" if v is None else str(v) for v in row))
        env.console().print(table)
        if len(rows) > limit:
            typer.echo(t("sql.more", count=len(rows) - limit), err=True)
    return ExitCode.OK
