"""``qingdan init DIR``: scaffold a new jurisdiction's workspace that validates."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from qingdan.cli.common import LangOpt, NoColorOpt
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
    no_color: NoColorOpt = False,  # init prints no colour; accepted like every command
) -> int:
    if lang is not None and lang not in ("zh", "en"):
        raise UsageError(t("option.bad_lang"))
    set_lang(lang)
    from qingdan.core.maintain.scaffold import plan
    from qingdan.core.maintain.scaffold_repo import place
    from qingdan.i18n import tr
    from qingdan.render.files import atomic_write

    if (directory / "qingdan.toml").exists():
        raise UsageError(t("init.exists", path=directory), t("init.exists.hint"))
    install = install_spec()
    files = plan(name or f"{jurisdiction}社区工作准入清单", jurisdiction, install)
    placed = place(directory, files, install)
    clashes = [path for path in placed.files if path.exists()]
    if clashes:
        raise UsageError(t("init.clash", path=clashes[0], count=len(clashes)))
    for path, data in placed.files.items():
        atomic_write(path, data)
    typer.echo(t("init.done", path=directory, count=len(placed.files)), err=True)
    for note in placed.notes:
        typer.echo(tr(note), err=True)
    typer.echo(t("init.ci_install", spec=install), err=True)
    typer.echo(t("init.next", path=directory), err=True)
    return ExitCode.OK


def install_spec() -> str:
    """How CI should install this qingdan: the git repository and commit it was installed from,
    else this version from a package index (``pip install "qingdan==X"``)."""
    import json
    from importlib import metadata

    from qingdan import __version__

    try:
        direct = json.loads(metadata.distribution("qingdan").read_text("direct_url.json") or "{}")
    except (metadata.PackageNotFoundError, ValueError):
        direct = {}
    vcs = direct.get("vcs_info") or {}
    if vcs.get("vcs") == "git" and vcs.get("commit_id"):
        return f"git+{direct['url']}@{vcs['commit_id']}"
    return f"qingdan=={__version__}"
