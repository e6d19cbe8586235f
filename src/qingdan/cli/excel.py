"""``qingdan export --format xlsx --out FILE`` and ``qingdan import FILE.xlsx``.

Import writes only after the resulting lists validate; otherwise it prints the findings and
exits 1 with every file untouched. ``--dry-run`` reports without writing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qingdan.cli.common import LangOpt, NoColorOpt, WorkspaceOpt, format_option, help_for, setup
from qingdan.errors import UsageError
from qingdan.exit_codes import ExitCode
from qingdan.i18n import t

app = typer.Typer(rich_markup_mode=None)
OutOpt = Annotated[Path | None, typer.Option("--out", "-o", help="输出文件 · Output file.")]


@app.command(
    help=help_for(
        "export",
        "每张清单一个工作表，中文表头，保留编号 · A sheet per list, Chinese headers, ids kept.",
    )
)
def export(
    *,
    fmt: str = format_option("export"),
    out: OutOpt = None,
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    env = setup(workspace, lang, no_color)
    from qingdan.render.registry import emit

    if out is None:
        raise UsageError(t("excel.needs_out"))
    from qingdan.render.outpaths import output_file

    output_file(out)
    emit("export", env.lists(), env.out("export", fmt, out))
    return ExitCode.OK


@app.command(
    "import",
    help=help_for(
        "import",
        "编号不变、不重排；结果须通过校验才写入（否则退出码 1）· Ids kept, never renumbered; "
        "written only if the result validates (exit 1 otherwise).",
    ),
)
def import_(
    path: Annotated[Path, typer.Argument(help="xlsx 文件 · The workbook.")],
    *,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="只报告不写入 · Report, write nothing.")
    ] = False,
    fmt: str = format_option("import"),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    env = setup(workspace, lang, no_color)
    from qingdan.jobs.maintain import import_lists
    from qingdan.render.registry import emit

    done = import_lists(env.lists(), path, dry_run=dry_run)
    emit("import", done, env.out("import", fmt))
    return ExitCode.OK if done.ok else ExitCode.FINDINGS
