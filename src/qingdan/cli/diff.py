"""``qingdan diff [BASE] [HEAD] [--check]``: what a change does to the lists, by stable id.

BASE defaults to the merge-base of HEAD with the default branch (else HEAD); HEAD defaults to
the working tree. ``--check`` enforces the history rules (exit 1 on a violation).
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

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
from qingdan.exit_codes import ExitCode

app = typer.Typer(rich_markup_mode=None)


@app.command(
    help=help_for(
        "diff",
        "BASE 默认为与默认分支的合并基点，HEAD 默认为工作区 · BASE: default the merge-base "
        "with the default branch; HEAD: default the working tree. Exit 1 with --check when a "
        "history rule is broken.",
    )
)
def diff(
    base: Annotated[str | None, typer.Argument(help="基准版本 · Base revision.")] = None,
    head: Annotated[
        str | None,
        typer.Argument(help="比较版本（默认工作区）· Head revision (default: the working tree)."),
    ] = None,
    *,
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="检查清单历史规则，违反时退出码 1 · Enforce the history rules (exit 1)."
        ),
    ] = False,
    at: Annotated[
        str | None,
        typer.Option("--at", help="计数日期（默认今天）· Day to count on (default: today)."),
    ] = None,
    fmt: str = format_option("diff"),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    env = setup(workspace, lang, no_color)
    day = parse_day(at, "--at") or dt.date.today()
    from qingdan.jobs.maintain import diff as run_diff
    from qingdan.render.registry import emit

    result = run_diff(env.workspace, base, head, day)
    emit("diff", result, env.out("diff", fmt))
    return ExitCode.FINDINGS if check and not result.ok else ExitCode.OK
