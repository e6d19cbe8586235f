"""``qingdan rate [--at DATE] [--baseline N | --baseline-rev REV] [--history]``: counts and rate.

Exit 1 when the lists were not yet in force on ``--at`` (there is no count to report).
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
        "rate",
        "各清单在某日有效的事项数、社区工作事项数与对基数的精简率 · Active items per list on "
        "a date, the community work item count and the reduction rate against a baseline.",
    )
)
def rate(
    *,
    at: Annotated[
        str | None,
        typer.Option("--at", help="日期 YYYY-MM-DD（默认今天）· Day to count on (default: today)."),
    ] = None,
    baseline: Annotated[
        int | None,
        typer.Option(
            "--baseline", min=1, help="基数 · Baseline count (default: qingdan.toml [rate])."
        ),
    ] = None,
    baseline_rev: Annotated[
        str | None,
        typer.Option(
            "--baseline-rev",
            help="以某 git 版本的清单为基数 · "
            "Count the lists at this git revision as the baseline.",
        ),
    ] = None,
    history: Annotated[
        bool,
        typer.Option(
            "--history",
            help="同时列出 qingdan.toml 记录的历次精简及其来源 · Also show the reported "
            "reductions ([[rate.history]]) with their sources.",
        ),
    ] = False,
    fmt: str = format_option("rate"),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    env = setup(workspace, lang, no_color)
    day = parse_day(at, "--at") or dt.date.today()
    from qingdan.jobs.maintain import rate as run_rate
    from qingdan.render.registry import emit

    result = run_rate(
        env.workspace,
        env.lists(),
        day,
        baseline=baseline,
        baseline_rev=baseline_rev,
        history=history,
    )
    emit("rate", result, env.out("rate", fmt))
    return ExitCode.OK if result.ok else ExitCode.FINDINGS
