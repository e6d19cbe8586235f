"""``qingdan demo``: the main job end to end on the bundled workspace, in a folder of its own.

Validate the lists, check the bundled example requests, print the reduction rate, generate a
year of synthetic activity logs, render the compliance report, and say where the HTML is. Each
step calls the same function as its own command; nothing here decides anything.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from qingdan.cli.common import LangOpt, NoColorOpt, WorkspaceOpt, setup
from qingdan.exit_codes import ExitCode
from qingdan.i18n import t

app = typer.Typer(rich_markup_mode=None)


@app.command(
    help="在示例工作区上演示全流程：校验、审查示例申请、精简率、生成活动日志、报告 · "
    "The main job end to end: validate, check the example requests, the reduction "
    "rate, generate activity logs, render the report."
)
def demo(
    out: Annotated[Path, typer.Option("--out", "-o", help="输出目录 · Output folder.")] = Path(
        "qingdan-demo"
    ),
    rows: Annotated[int, typer.Option("--rows", min=1, help="活动日志行数 · Log rows.")] = 200_000,
    seed: Annotated[int, typer.Option("--seed", help="随机种子 · Seed.")] = 2022,
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    from qingdan import workspace as ws

    env = setup(workspace or str(ws.bundled_root()), lang, no_color)
    from qingdan.core.lists.validate import validate_paths
    from qingdan.core.report import synth
    from qingdan.jobs.check import decide
    from qingdan.jobs.maintain import rate
    from qingdan.jobs.report import produce

    console, root = env.console(), env.workspace
    lists = env.lists()
    console.print(f"[bold]qingdan demo[/] · {root.name}")

    report = validate_paths(
        root.list_paths, root.relative, basis_jurisdictions=root.basis_jurisdictions
    )
    console.print(
        t(
            "demo.validate",
            files=report.files,
            items=report.items,
            errors=report.errors,
            warnings=report.warnings,
        )
    )

    run = decide(root, lists, [root.root / "examples" / "requests"])
    console.print(t("demo.check", count=len(run.decisions), **run.summary))
    for d in run.decisions:
        console.print(f"  {d.verdict:9} {d.request.id}  {d.request.title}", markup=False)

    result = rate(root, lists, dt.date.today())
    share = result.reduction_rate
    console.print(
        t(
            "demo.rate",
            before=result.baseline.count,
            after=result.current,
            rate=f"{share:.1%}" if share is not None else "—",
        )
    )

    out.mkdir(parents=True, exist_ok=True)
    data = out / "activity.parquet"
    synth.generate(lists, data, rows, seed=seed)
    console.print(t("demo.generate", rows=rows, path=data))

    built, files = produce(root, [data], out / "report", lists=lists)
    console.print(
        t(
            "demo.report",
            read=built.rows["read"],
            judged=built.rows["judged"],
            rejected=built.rows["rejected"],
            share=f"{(built.on_list_share or 0):.1%}",
            off=built.off_list["count"],
        )
    )
    html = next(p for p in files if p.name == "report.html")
    console.print(t("demo.done", path=html.resolve()))
    return ExitCode.OK
