"""``qingdan export --format xlsx --out FILE`` and ``qingdan import FILE.xlsx``.

Import writes only after the resulting lists validate; otherwise it prints the findings and
exits 1 with every file untouched. ``--dry-run`` reports without writing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qingdan.cli.common import LangOpt, NoColorOpt, WorkspaceOpt, check_format, emit_json, setup
from qingdan.errors import UsageError
from qingdan.exit_codes import ExitCode
from qingdan.i18n import t

app = typer.Typer(rich_markup_mode=None)
OutOpt = Annotated[Path | None, typer.Option("--out", "-o", help="输出文件 · Output file.")]


@app.command(
    help="把清单导出为 Excel（每张清单一个工作表，保留编号）· Export the lists to one "
    "xlsx workbook: a sheet per list, Chinese headers, ids kept."
)
def export(
    *,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="输出格式 · Output format: xlsx.")
    ] = "xlsx",
    out: OutOpt = None,
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
) -> int:
    check_format(fmt, ("xlsx",))
    env = setup(workspace, lang)
    from qingdan.core.maintain.excel import export_workbook
    from qingdan.render.files import atomic_write

    if out is None:
        raise UsageError(t("excel.needs_out"))
    lists = env.lists()
    atomic_write(out, export_workbook(lists))
    typer.echo(
        t("excel.exported", lists=len(lists.files), items=len(lists.items), path=out), err=True
    )
    return ExitCode.OK


@app.command(
    "import",
    help="从 Excel 导入清单（编号不变、不重排）；结果须通过校验才写入 · "
    "Import the lists from xlsx: ids kept, never renumbered; written only if the "
    "result validates (exit 1 otherwise).",
)
def import_(
    path: Annotated[Path, typer.Argument(help="xlsx 文件 · The workbook.")],
    *,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="只报告不写入 · Report, write nothing.")
    ] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="输出格式 · text|json.")] = "text",
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    check_format(fmt, ("text", "json"))
    env = setup(workspace, lang, no_color)
    from qingdan.core.lists.model import ListSet, list_from_loaded
    from qingdan.core.lists.validate import validate_lists
    from qingdan.core.lists.yamlsafe import loads
    from qingdan.core.maintain.excel import plan_import
    from qingdan.render import validation
    from qingdan.render.files import atomic_write
    from qingdan.render.jsonout import envelope

    if not path.is_file():
        raise UsageError(t("file.missing", path=path))
    lists = env.lists()
    texts = {lf.path: lf.path.read_text(encoding="utf-8-sig") for lf in lists.files}
    plan = plan_import(path, lists, texts)
    files = tuple(
        list_from_loaded(lf.kind, lf.path, lf.shown, loads(plan.texts[lf.path]))
        if lf.path in plan.texts
        else lf
        for lf in lists.files
    )
    report = validate_lists(ListSet(files), {lf.shown: lf.kind for lf in files})
    if not report.ok:
        validation.text(report, env.console(stderr=True))
        return ExitCode.FINDINGS
    if not dry_run:
        for target, text in plan.texts.items():
            atomic_write(target, text)
    summary = {
        kind: {
            "added": list(plan.added[kind]),
            "changed": list(plan.changed[kind]),
            "missing": list(plan.missing[kind]),
        }
        for kind in plan.added
    }
    if fmt == "json":
        emit_json(envelope(file=str(path), written=not dry_run and not plan.empty, lists=summary))
        return ExitCode.OK
    parts = [
        t(f"excel.summary.{key}", n=n)
        for key in ("added", "changed", "missing")
        if (n := sum(len(s[key]) for s in summary.values()))
    ]
    typer.echo(t("excel.imported", path=path, summary="; ".join(parts) or t("excel.unchanged")))
    for kind, entry in summary.items():
        for key, ids in entry.items():
            if ids:
                typer.echo(f"  {kind} {key}: {', '.join(ids)}")
    return ExitCode.OK
