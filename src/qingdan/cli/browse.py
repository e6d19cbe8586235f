"""``qingdan lists``, ``qingdan show ID``, ``qingdan search TEXT``: browse the lists."""

from __future__ import annotations

from typing import Annotated

import typer

from qingdan.cli import completion
from qingdan.cli.common import LangOpt, NoColorOpt, WorkspaceOpt, format_option, help_for, setup
from qingdan.errors import UsageError
from qingdan.exit_codes import ExitCode
from qingdan.i18n import t

app = typer.Typer(rich_markup_mode=None)


@app.command("lists", help=help_for("lists", "有效、已取消、已否决 · Active, retired and vetoed."))
def lists_(
    provenance: Annotated[
        bool,
        typer.Option(
            "--provenance",
            help="按来源方式（照录/改写/拆分/归纳）与来源辖区统计事项 · Items by "
            "source class (verbatim/paraphrase/split/derived) and by the source's jurisdiction.",
        ),
    ] = False,
    fmt: str = format_option("lists"),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    env = setup(workspace, lang, no_color)
    from qingdan.core.lists.browse import summarize
    from qingdan.render.registry import emit

    if provenance:
        from qingdan.core.lists.provenance import provenance as count_sources

        emit("lists", count_sources(env.lists().files), env.out("lists", fmt))
        return ExitCode.OK
    emit("lists", summarize(env.lists()), env.out("lists", fmt))
    return ExitCode.OK


@app.command(help=help_for("show", "编号不分大小写 · Ids in any case, e.g. zm-003."))
def show(
    item_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="事项编号，如 ZM-003 · Item id.", autocompletion=completion.item_ids
        ),
    ],
    fmt: str = format_option("item"),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    env = setup(workspace, lang, no_color)
    from qingdan.render.registry import emit

    item = env.lists().get(item_id)
    if item is None:
        raise UsageError(t("show.unknown", id=item_id), t("show.unknown.hint"))
    emit("item", item, env.out("show", fmt))
    return ExitCode.OK


@app.command(
    help=help_for("search", "标题、别名与关键词，显示得分 · Titles, aliases, keywords; scores.")
)
def search(
    text: Annotated[str, typer.Argument(metavar="TEXT", help="检索文字 · Text to look for.")],
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="最多几条 · At most N.")] = 10,
    min_score: Annotated[
        float, typer.Option("--min-score", min=0, max=100, help="最低得分 · Lowest score shown.")
    ] = 50.0,
    kind: Annotated[
        list[str] | None,
        typer.Option(
            "--kind",
            "-k",
            help="只在某类清单中检索（可重复）· Only these list kinds.",
            autocompletion=completion.kinds,
        ),
    ] = None,
    fmt: str = format_option("search"),
    workspace: WorkspaceOpt = None,
    lang: LangOpt = None,
    no_color: NoColorOpt = False,
) -> int:
    env = setup(workspace, lang, no_color)
    from qingdan.core.lists.browse import search as run_search
    from qingdan.core.lists.kinds import ALL_KEYS
    from qingdan.render.registry import emit

    if not text.strip():
        raise UsageError(t("search.empty"))
    for k in kind or ():
        if k not in ALL_KEYS:
            raise UsageError(t("search.bad_kind", kind=k, choices=", ".join(ALL_KEYS)))
    found = run_search(env.lists(), text, limit=limit, floor=min_score, kinds=kind or None)
    emit("search", found, env.out("search", fmt))
    return ExitCode.OK
