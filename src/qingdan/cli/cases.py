"""``qingdan test [CASE...]``: run the workspace's decision cases (``cases/*.yaml``).

Exit status: 0 every case passes; 1 any case fails (a list change flipped a decision); 3 a case
file cannot be read (the other cases still run and are reported); 2 no cases found.
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
FORMATS = ("text", "json", "junit")


@app.command(
    "test",
    help="运行工作区的决定用例（cases/*.yaml：申请与预期结论），"
    "逐条报告通过与否 · Run the workspace's decision cases (cases/*.yaml: a request "
    "and the expected verdict and reason codes). Exit 0 all pass; 1 any fails; "
    "3 unreadable case files.",
)
def test(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="用例文件或目录（默认：工作区 cases/）· Case files or folders (default: cases/)."
        ),
    ] = None,
    fmt: str = format_option(FORMATS),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    check_format(fmt, FORMATS)
    env = setup(workspace, lang, no_color)
    ws = env.workspace
    targets = list(paths) if paths else [ws.cases_dir]
    for path in targets:
        if not path.exists():
            raise UsageError(t("file.missing", path=path))
    from qingdan.core.check.policy import from_config
    from qingdan.core.lists.git import revision
    from qingdan.core.maintain import cases
    from qingdan.render import cases as render

    found = cases.load(targets, ws.relative)
    if not found:
        raise UsageError(t("cases.none", path=", ".join(map(str, targets))))
    policy = from_config(ws.section("match"), ws.section("check"))
    run = cases.run(found, env.lists(), policy, revision(ws.root), thesaurus=env.thesaurus())
    if fmt == "json":
        emit_json(render.to_json(run))
    elif fmt == "junit":
        typer.echo(render.junit(run))
    else:
        render.text(run, env.console())
    if run.count("error"):
        return ExitCode.DATA
    return ExitCode.OK if run.ok else ExitCode.FINDINGS
