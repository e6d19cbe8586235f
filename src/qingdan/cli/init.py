"""``qingdan init DIR``: scaffold a new jurisdiction's workspace that validates."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qingdan.cli.common import LangOpt
from qingdan.errors import UsageError
from qingdan.exit_codes import ExitCode
from qingdan.i18n import set_lang, t

app = typer.Typer(rich_markup_mode=None)


@app.command(
    help="新建工作区：配置、七张空清单、schema、模板、pre-commit 与 CI 示例 · "
    "Scaffold a workspace: config, seven empty lists, schemas, templates, "
    "pre-commit and CI examples."
)
def init(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="新工作区目录 · Folder.")],
    name: Annotated[str | None, typer.Option(help="工作区名称 · Workspace name.")] = None,
    jurisdiction: Annotated[str, typer.Option(help="辖区 · Jurisdiction.")] = "示例市",
    lang: LangOpt = None,
) -> int:
    if lang is not None and lang not in ("zh", "en"):
        raise UsageError(t("option.bad_lang"))
    set_lang(lang)
    from qingdan.core.maintain.scaffold import plan
    from qingdan.render.files import atomic_write

    if (directory / "qingdan.toml").exists():
        raise UsageError(t("init.exists", path=directory), t("init.exists.hint"))
    files = plan(name or f"{jurisdiction}社区工作准入清单", jurisdiction)
    clashes = [rel for rel in files if (directory / rel).exists()]
    if clashes:
        raise UsageError(t("init.clash", path=directory / clashes[0], count=len(clashes)))
    for rel, data in files.items():
        atomic_write(directory / rel, data)
    typer.echo(t("init.done", path=directory, count=len(files)), err=True)
    typer.echo(t("init.next", path=directory), err=True)
    return ExitCode.OK
