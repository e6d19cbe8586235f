"""``qingdan check REQUEST...``: decide department requests against the lists (DESIGN §3).

Exit status (never dependent on ``--format``): 0 every request admitted or exempt; 1 any
rejected, or any needing review (``--review-exit-code N`` changes the latter); 2 usage errors
(a ``--map`` header a table lacks, an unknown ``--sheet``, ``-f xlsx|docx`` without ``--out``);
3 a request file or entry could not be read (with ``--strict``: a table with unmapped or missing
columns) — the readable ones are still decided and printed. The column mapping of every table is
printed on stderr. ``-f xlsx``/``-f docx`` write the rows back with the decisions, or reply
letters, to ``--out`` (:mod:`qingdan.render.check_xlsx`, :mod:`qingdan.render.check_docx`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from qingdan.cli.common import (
    LangOpt,
    NoColorOpt,
    WorkspaceOpt,
    format_option,
    help_for,
    parse_day,
    setup,
)
from qingdan.cli.intake import EncodingOpt, MapOpt, SheetOpt, StrictOpt, parse_map
from qingdan.cli.progress import QuietOpt
from qingdan.errors import UsageError
from qingdan.exit_codes import ExitCode
from qingdan.i18n import t

if TYPE_CHECKING:
    from qingdan.core.check.decision import CheckRun

app = typer.Typer(rich_markup_mode=None)
#: the formats written to ``--out`` (the others go to stdout)
FILE_FORMATS = ("xlsx", "docx")


@app.command(
    help=help_for(
        "check",
        "申请为 YAML/JSON 文件、目录或 CSV/xlsx；结论为准入、豁免、需复核或不予准入，"
        "附理由与清单依据 · "
        "Requests as YAML/JSON files, folders or CSV/xlsx; each admitted, exempt, review or "
        "rejected, with coded reasons and the items behind them. Exit 0 all admitted or "
        "exempt; 1 any review or rejected; 3 unreadable request files.",
    )
)
def check(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="申请文件或目录，- 为标准输入 · Request files or folders; - reads standard input."
        ),
    ],
    fmt: str = format_option("check"),
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
            min=0,
            max=255,
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
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="xlsx/docx 输出文件 · Output file for xlsx/docx."),
    ] = None,
    letter: Annotated[
        str,
        typer.Option(
            "--letter",
            help="docx：每份申请一封回复函（request）或合并一封（batch）· docx: one reply "
            "letter per request, or one for the batch.",
        ),
    ] = "request",
    mapping: MapOpt = None,
    strict: StrictOpt = False,
    encoding: EncodingOpt = None,
    sheet: SheetOpt = None,
    quiet: QuietOpt = False,
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    day = parse_day(as_of)
    env = setup(workspace, lang, no_color)
    if letter not in ("request", "batch"):
        raise UsageError(t("option.bad_format", fmt=letter, choices="request, batch"))
    if fmt in FILE_FORMATS and out is None:  # before any reading, deciding or --log
        raise UsageError(t("format.needs_out", fmt=fmt))
    if fmt not in FILE_FORMATS and out is not None:
        raise UsageError(t("format.out_unused", fmt=fmt))
    from qingdan.core.check.tables import TableOptions
    from qingdan.jobs.check import decide, read_requests
    from qingdan.render.outpaths import output_file, read_stdin
    from qingdan.render.registry import emit

    files = [p for p in paths if str(p) != "-"]
    for target_path in (log, out):
        if target_path is not None:
            output_file(target_path, files)
    options = TableOptions(parse_map(mapping, "request"), strict, encoding, sheet)
    stdin = read_stdin(typer.get_binary_stream("stdin")) if len(files) < len(paths) else None
    batch = read_requests(env.workspace, paths, options, stdin)
    from qingdan.render.columns import announce, skipped_sheets

    skipped_sheets(batch.skipped)
    announce((where, s.columns) for where, s in batch.columns)
    lists = env.lists()
    from qingdan.cli.progress import counted

    with counted(env.console(stderr=True), t("progress.check"), quiet) as each:
        run = decide(env.workspace, lists, paths, as_of=day, log=log, batch=batch, on_each=each)
    signer = str(env.workspace.section("check").get("signer") or env.workspace.name)
    target = env.out(
        "check",
        fmt,
        out,
        sheets=batch.columns,
        lists=lists,
        letter=letter,
        signer=signer,
        verbose=verbose,
    )
    emit("check", run, target)
    return status(run, review_exit_code)


def status(run: CheckRun, review_exit_code: int) -> int:
    """3 when any request was unreadable, else the worst verdict's status."""
    verdicts = {d.verdict for d in run.decisions}
    if run.problems:
        return ExitCode.DATA
    if "rejected" in verdicts:
        return ExitCode.FINDINGS
    return review_exit_code if "review" in verdicts else ExitCode.OK
