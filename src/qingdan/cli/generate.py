"""``qingdan generate --rows N --seed S --out FILE [--dirty]``: synthetic activity logs.

Thin: checks the options, loads the workspace's lists, calls ``synth.generate``
and says on stderr what it wrote. The file's format follows its extension (.parquet/.csv/.jsonl).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qingdan.cli.common import LangOpt, WorkspaceOpt, check_format, emit_json, format_option, setup
from qingdan.errors import UsageError
from qingdan.exit_codes import ExitCode
from qingdan.i18n import t

app = typer.Typer(rich_markup_mode=None)
FORMATS = ("text", "json")


@app.command(
    help="生成模拟活动日志（Parquet/CSV/JSONL，按扩展名）· Generate synthetic activity "
    "logs for the workspace's lists (Parquet, CSV or JSONL by extension)."
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
    fmt: str = format_option(FORMATS),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
) -> int:
    check_format(fmt, FORMATS)
    env = setup(workspace, lang)
    from qingdan.core.report.synth import FORMATS as FILE_FORMATS
    from qingdan.core.report.synth import generate as run

    if rows < 0:
        raise UsageError(t("generate.bad_rows", rows=rows))
    if out.suffix.lower() not in FILE_FORMATS:
        raise UsageError(t("generate.bad_ext", path=out), t("generate.bad_ext.hint"))
    done = run(env.lists(), out, rows, seed, dirty=dirty)
    if fmt == "json":
        from qingdan.render.jsonout import envelope

        emit_json(
            envelope(
                path=str(done.path),
                format=done.format,
                rows=done.rows,
                broken_lines=done.broken_lines,
                seed=seed,
                dirty=dirty,
            )
        )
    typer.echo(t("generate.done", rows=done.rows, path=done.path, format=done.format), err=True)
    return ExitCode.OK
