"""``qingdan rate [--at DATE] [--baseline N | --baseline-rev REV] [--history]``: counts and rate.

Exit 1 when the lists were not yet in force on ``--at`` (there is no count to report).
"""

from __future__ import annotations

from typing import Annotated

import typer

from qingdan.cli.common import (
    LangOpt,
    NoColorOpt,
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

app = typer.Typer(rich_markup_mode=None)
FORMATS = ("text", "json", "markdown")


@app.command(
    help="各清单在某日有效的事项数、社区工作事项数与精简率 · Active items per list on a "
    "date, the community work item count and the reduction rate against a baseline."
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
            help="以某 git 版本的"
            "清单为基数 · Count the lists at this git "
            "revision as the baseline.",
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
    fmt: str = format_option(FORMATS),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    check_format(fmt, FORMATS)
    env = setup(workspace, lang, no_color)
    import datetime as dt

    from qingdan.core.maintain import rate as core
    from qingdan.render import maint

    if baseline is not None and baseline_rev is not None:
        raise UsageError(t("rate.both_baselines"))
    day = parse_day(at, "--at") or dt.date.today()
    config = env.workspace.section("rate")
    chosen: core.Baseline | None = None
    if baseline is not None:
        chosen = core.Baseline(baseline, "--baseline")
    elif baseline_rev is not None:
        from qingdan.core.maintain.history import lists_at

        snap = lists_at(env.workspace.root, baseline_rev, env.workspace.list_paths)
        assert snap.commit is not None
        chosen = core.revision_baseline(
            snap.lists, day, core.counted_kinds(config), baseline_rev, snap.commit
        )
    result = core.rate(env.lists(), day, config, chosen)
    if fmt == "json":
        emit_json(maint.rate_json(result, history))
    elif fmt == "markdown":
        typer.echo(
            maint.markdown(
                "rate.md.j2", maint.rate_context(result, history), env.workspace.templates_dir
            ),
            nl=False,
        )
    else:
        maint.rate_text(result, env.console(), history)
    return ExitCode.OK if result.ok else ExitCode.FINDINGS
