"""``qingdan lists``, ``qingdan show ID``, ``qingdan search TEXT``: browse the lists."""

from __future__ import annotations

import datetime as dt
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
FORMATS = ("text", "json")


@app.command(
    "lists",
    help="列出七张清单：有效、已取消、已否决的事项数 · "
    "List the lists with active, retired and vetoed counts.",
)
def lists_(
    provenance: Annotated[
        bool,
        typer.Option(
            "--provenance",
            help="按来源方式（照录/改写/拆分/归纳）与来源辖区统计事项 · Items by "
            "source class (verbatim/paraphrase/split/derived) and by the source's jurisdiction.",
        ),
    ] = False,
    fmt: str = format_option(FORMATS),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    check_format(fmt, FORMATS)
    env = setup(workspace, lang, no_color)
    from qingdan.core.lists.browse import summarize
    from qingdan.render import browse as out

    if provenance:
        from qingdan.core.lists.provenance import provenance as count_sources

        result = count_sources(env.lists().files)
        if fmt == "json":
            emit_json(out.provenance_json(env.workspace, result))
        else:
            out.provenance_text(result, env.console())
        return ExitCode.OK
    rows = summarize(env.lists())
    if fmt == "json":
        emit_json(out.lists_json(env.workspace, rows))
    else:
        out.lists_text(env.workspace, rows, env.console())
    return ExitCode.OK


@app.command(help="显示一个事项的全部字段 · Show one item, every field.")
def show(
    item_id: Annotated[str, typer.Argument(metavar="ID", help="事项编号，如 ZM-003 · Item id.")],
    fmt: str = format_option(FORMATS),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    check_format(fmt, FORMATS)
    env = setup(workspace, lang, no_color)
    from qingdan.core.lists.browse import item_document
    from qingdan.render import browse as out

    item = env.lists().get(item_id)
    if item is None:
        raise UsageError(t("show.unknown", id=item_id), t("show.unknown.hint"))
    if fmt == "json":
        emit_json(item_document(item))
    else:
        out.item_text(item, dt.date.today(), env.console())
    return ExitCode.OK


@app.command(
    help="模糊检索所有清单（中文感知，显示得分）· Fuzzy, Chinese-aware search "
    "across all lists, with scores."
)
def search(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="检索文字 · Text to look for.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="最多几条 · At most N.")] = 10,
    min_score: Annotated[
        float, typer.Option("--min-score", min=0, max=100, help="最低得分 · Lowest score shown.")
    ] = 50.0,
    kind: Annotated[
        list[str] | None,
        typer.Option("--kind", "-k", help="只在某类清单中检索（可重复）· Only these list kinds."),
    ] = None,
    fmt: str = format_option(FORMATS),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    check_format(fmt, FORMATS)
    env = setup(workspace, lang, no_color)
    from qingdan.core.lists.browse import search as run_search
    from qingdan.core.lists.kinds import ALL_KEYS
    from qingdan.render import browse as out

    if not text.strip():
        raise UsageError(t("search.empty"))
    for k in kind or ():
        if k not in ALL_KEYS:
            raise UsageError(t("search.bad_kind", kind=k, choices=", ".join(ALL_KEYS)))
    results = run_search(env.lists(), text, limit=limit, floor=min_score, kinds=kind or None)
    if fmt == "json":
        emit_json(out.search_json(text, results))
    else:
        out.search_text(text, results, env.console())
    return ExitCode.OK
