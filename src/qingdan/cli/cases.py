"""``qingdan test [CASE...]``: run the workspace's decision cases (``cases/*.yaml``).

Exit status: 0 every case passes; 1 any case fails (a list change flipped a decision); 3 a case
file cannot be read (the other cases still run and are reported); 2 no cases found.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qingdan.cli.common import LangOpt, NoColorOpt, WorkspaceOpt, format_option, help_for, setup
from qingdan.exit_codes import ExitCode

app = typer.Typer(rich_markup_mode=None)


@app.command(
    "test",
    help=help_for(
        "test",
        "用例为 cases/*.yaml：申请与预期结论，逐条报告通过与否 · Each case is a request and "
        "the expected verdict and reason codes. Exit 0 all pass; 1 any fails; "
        "3 unreadable case files.",
    ),
)
def test(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="用例文件或目录（默认：工作区 cases/）· Case files or folders (default: cases/)."
        ),
    ] = None,
    fmt: str = format_option("cases"),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    env = setup(workspace, lang, no_color)
    from qingdan.jobs.check import run_cases
    from qingdan.render.registry import emit

    run = run_cases(env.workspace, env.lists(), paths)
    emit("cases", run, env.out("test", fmt))
    if run.count("error"):
        return ExitCode.DATA
    return ExitCode.OK if run.ok else ExitCode.FINDINGS
