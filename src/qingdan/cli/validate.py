"""``qingdan validate [PATH...]``: schema and invariants, every finding at file:line:col."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qingdan.cli.common import LangOpt, NoColorOpt, WorkspaceOpt, format_option, help_for, setup
from qingdan.errors import UsageError
from qingdan.exit_codes import ExitCode
from qingdan.i18n import t

app = typer.Typer(rich_markup_mode=None)


@app.command(
    help=help_for(
        "validate",
        "全部问题一次列出；有错误时退出码 1 · "
        "All findings at once. Exit 1 when any error is found.",
    )
)
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="清单文件或目录（默认：工作区全部清单）· "
            "List files or folders (default: the workspace's)."
        ),
    ] = None,
    fmt: str = format_option("validation"),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    env = setup(workspace, lang, no_color)
    from qingdan.core.lists.validate import validate_paths
    from qingdan.render.registry import emit

    for path in paths or ():
        if not path.exists():
            raise UsageError(t("file.missing", path=path))
    report = validate_paths(
        env.workspace.list_paths,
        env.workspace.relative,
        paths or (),
        env.workspace.basis_jurisdictions,
    )
    emit("validation", report, env.out("validate", fmt))
    return ExitCode.OK if report.ok else ExitCode.FINDINGS
