"""``qingdan generate --rows N --seed S --out FILE [--dirty]``: synthetic activity logs.

Thin: checks the options, loads the workspace's lists, calls ``synth.generate``; the registry says
on stderr what it wrote (and ``-f json`` answers the same on stdout). The file's format follows
its extension (.parquet/.csv/.jsonl).
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


@app.command(
    help=help_for(
        "generate", "Parquet、CSV 或 JSONL，按扩展名 · Parquet, CSV or JSONL by the extension."
    )
)
def generate(
    out: Annotated[Path, typer.Option("--out", "-o", help="输出文件 · Output file.")],
    rows: Annotated[int, typer.Option("--rows", "-n", help="行数 · Number of rows.")] = 200_000,
    seed: Annotated[
        int, typer.Option("--seed", help="随机种子 · Seed (same seed, same file).")
    ] = 0,
    dirty: Annotated[
        bool,
        typer.Option(
            "--dirty",
            help="加入坏行，用于测试 · Add bad rows (impossible dates, bad hours, broken lines).",
        ),
    ] = False,
    fmt: str = format_option("generate"),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    env = setup(workspace, lang, no_color)
    from qingdan.core.report.synth import FORMATS as FILE_FORMATS
    from qingdan.core.report.synth import generate as run
    from qingdan.render.registry import emit

    if rows < 0:
        raise UsageError(t("generate.bad_rows", rows=rows))
    if out.suffix.lower() not in FILE_FORMATS:
        raise UsageError(t("generate.bad_ext", path=out), t("generate.bad_ext.hint"))
    from qingdan.render.outpaths import output_file

    output_file(out)
    done = run(env.lists(), out, rows, seed, dirty=dirty)
    emit("generate", done, env.out("generate", fmt, seed=seed, dirty=dirty))
    return ExitCode.OK
