"""``qingdan check REQUEST...``: decide department requests against the lists (DESIGN §3).

Exit status (never dependent on ``--format``): 0 every request admitted or exempt; 1 any
rejected, or any needing review (``--review-exit-code N`` changes the latter); 3 a request file or
entry could not be read — the readable ones are still decided and printed.
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
    parse_day,
    setup,
)
from qingdan.errors import UsageError
from qingdan.exit_codes import ExitCode
from qingdan.i18n import t, tr

app = typer.Typer(rich_markup_mode=None)
FORMATS = ("text", "json", "jsonl", "markdown")


@app.command(
    help="审查部门的准入申请：准入、豁免、需复核或不予准入，附理由与清单依据 · Decide "
    "requests (YAML/JSON files, folders, CSV/xlsx): admitted, exempt, review or "
    "rejected, with coded reasons and the items behind them. Exit 0 all admitted or "
    "exempt; 1 any review or rejected; 3 unreadable request files."
)
def check(
    paths: Annotated[list[Path], typer.Argument(help="申请文件或目录 · Request files or folders.")],
    fmt: str = format_option(FORMATS),
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="按该日有效的清单判断（默认：申请期限起始日，否则今天）· Judge against "
            "the lists in force on this day (default: the request's period.from, else today).",
        ),
    ] = None,
    log: Annotated[
        Path | None,
        typer.Option(
            "--log", help="把每个决定追加到 JSONL 决定日志 · Append each decision to a JSONL log."
        ),
    ] = None,
    review_exit_code: Annotated[
        int,
        typer.Option(
            "--review-exit-code",
            help="有“需复核”时的退出码（默认 1）· Exit status when a request "
            "needs review (default 1).",
        ),
    ] = int(ExitCode.FINDINGS),
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose",
            "-v",
            help="文本与 Markdown 也显示匹配得分、依据与事项位置 · Text and Markdown also show "
            "match scores, evidence and each item's file:line (JSON always has them).",
        ),
    ] = False,
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    check_format(fmt, FORMATS)
    day = parse_day(as_of)
    env = setup(workspace, lang, no_color)
    for path in paths:
        if not path.exists():
            raise UsageError(t("file.missing", path=path))
    from qingdan.core.check import decide as core
    from qingdan.core.check.policy import from_config
    from qingdan.core.check.read import read
    from qingdan.core.lists.git import revision
    from qingdan.render import check as render

    ws = env.workspace
    batch = read(paths, ws.section("check").get("columns"), ws.relative)
    policy = from_config(ws.section("match"), ws.section("check"))
    run = core.decide_all(
        batch.requests,
        env.lists(),
        policy,
        revision(ws.root),
        as_of=day,
        problems=batch.problems,
        thesaurus=env.thesaurus(),
    )
    for problem in run.problems:
        typer.echo(
            f"qingdan: {t('error.prefix')}: {problem.location}: {tr(problem.message)}", err=True
        )
    if fmt == "json":
        emit_json(render.to_json(run))
    elif fmt == "jsonl":
        if run.decisions:
            typer.echo(render.jsonl(run))
    elif fmt == "markdown":
        typer.echo(render.markdown(run, ws.templates_dir, verbose=verbose), nl=False)
    else:
        render.text(run, env.console(), verbose=verbose)
    if log is not None and run.decisions:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as fh:
            fh.write(render.log_lines(run))
    if run.problems:
        typer.echo(t("check.problems", count=len(run.problems)), err=True)
        return ExitCode.DATA
    if not run.decisions:
        raise UsageError(t("check.no_requests", paths=" ".join(map(str, paths))))
    verdicts = {d.verdict for d in run.decisions}
    if "rejected" in verdicts:
        return ExitCode.FINDINGS
    if "review" in verdicts:
        return review_exit_code
    return ExitCode.OK
