"""``qingdan diff [BASE] [HEAD] [--check]``: what a change does to the lists, by stable id.

BASE defaults to the merge-base of HEAD with the default branch (else HEAD); HEAD defaults to
the working tree. ``--check`` enforces the history rules (exit 1 on a violation).
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
from qingdan.exit_codes import ExitCode

app = typer.Typer(rich_markup_mode=None)
FORMATS = ("text", "json", "markdown")


@app.command(
    help="两个 git 版本之间清单的语义差异（按编号）· Semantic diff of the lists between "
    "two git revisions, by stable id. BASE: default merge-base with the default branch; "
    "HEAD: default the working tree. Exit 1 with --check when a history rule is broken."
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
    fmt: str = format_option(FORMATS),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    check_format(fmt, FORMATS)
    env = setup(workspace, lang, no_color)
    import datetime as dt

    from qingdan.core.maintain import history
    from qingdan.core.maintain.diff import diff as semantic_diff
    from qingdan.core.maintain.rate import config_baseline, counted_kinds
    from qingdan.render import maint

    ws = env.workspace
    for rev in (base, head):
        if rev is not None:
            history.check_revision_text(rev)
    history.repo_root(ws.root)
    base_rev = base if base is not None else history.default_base(ws.root)
    before = history.lists_at(ws.root, base_rev, ws.list_paths)
    after = (
        history.lists_at(ws.root, head, ws.list_paths)
        if head is not None
        else history.working_tree(ws.list_paths, ws.relative)
    )
    config = ws.section("rate")
    result = semantic_diff(
        before,
        after,
        parse_day(at, "--at") or dt.date.today(),
        counted_kinds(config),
        config_baseline(config).count,
    )
    if fmt == "json":
        emit_json(maint.diff_json(result))
    elif fmt == "markdown":
        typer.echo(
            maint.markdown("diff.md.j2", maint.diff_context(result), ws.templates_dir), nl=False
        )
    else:
        maint.diff_text(result, env.console())
    return ExitCode.FINDINGS if check and not result.ok else ExitCode.OK
