"""``qingdan validate [PATH...]``: schema and invariants, every finding at file:line:col."""

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
FORMATS = ("text", "json", "github", "sarif")


@app.command(
    help="校验清单的格式与规则（全部问题一次列出）· Validate the lists: schema and "
    "invariants, all findings at once. Exit 1 when any error is found."
)
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="清单文件或目录（默认：工作区全部清单）· "
            "List files or folders (default: the workspace's)."
        ),
    ] = None,
    fmt: str = format_option(FORMATS),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    check_format(fmt, FORMATS)
    env = setup(workspace, lang, no_color)
    from qingdan.core.lists.validate import validate_paths
    from qingdan.render import validation

    for path in paths or ():
        if not path.exists():
            raise UsageError(t("file.missing", path=path))
    report = validate_paths(
        env.workspace.list_paths,
        env.workspace.relative,
        paths or (),
        env.workspace.basis_jurisdictions,
    )
    if fmt == "json":
        emit_json(validation.to_json(report))
    elif fmt == "github":
        typer.echo(validation.github(report))
    elif fmt == "sarif":
        typer.echo(validation.sarif(report))
    else:
        validation.text(report, env.console())
    return ExitCode.OK if report.ok else ExitCode.FINDINGS
