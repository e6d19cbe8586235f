"""Options every command shares, and the per-run environment (language, workspace, consoles)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

import typer

from qingdan.errors import UsageError
from qingdan.i18n import set_lang, t

if TYPE_CHECKING:
    import datetime as dt

    from rich.console import Console

    from qingdan.core.lists.model import ListSet
    from qingdan.core.lists.thesaurus import Thesaurus
    from qingdan.workspace import Workspace

WorkspaceOpt = Annotated[
    str | None,
    typer.Option("--workspace", "-w", help="工作区目录 · Workspace folder (default: discovered)."),
]
LangOpt = Annotated[
    str | None, typer.Option("--lang", help="界面语言 zh|en · Message language zh|en.")
]
NoColorOpt = Annotated[bool, typer.Option("--no-color", help="不用颜色 · No colour.")]


def format_option(choices: tuple[str, ...], default: str = "text") -> Any:
    return typer.Option(
        default, "--format", "-f", help=f"输出格式 · Output format: {'|'.join(choices)}."
    )


def check_format(fmt: str, choices: tuple[str, ...]) -> str:
    if fmt not in choices:
        raise UsageError(t("option.bad_format", fmt=fmt, choices=", ".join(choices)))
    return fmt


def parse_day(value: str | None, option: str = "--as-of") -> dt.date | None:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option}: " + t("option.bad_date", value=value)) from None


@dataclass
class Env:
    workspace: Workspace
    no_color: bool = False

    def console(self, stderr: bool = False) -> Console:
        from rich.console import Console

        plain = self.no_color or "NO_COLOR" in os.environ
        return Console(stderr=stderr, no_color=plain, highlight=False, soft_wrap=True)

    def lists(self) -> ListSet:
        from qingdan.core.lists.model import load_lists

        return load_lists(self.workspace.list_paths, self.workspace.relative)

    def thesaurus(self) -> Thesaurus:
        return thesaurus_of(self.workspace)


def thesaurus_of(workspace: Workspace) -> Thesaurus:
    """The matcher's words (``[match] thesaurus``); a broken file is unreadable data."""
    from qingdan.core.lists.thesaurus import EMPTY, load
    from qingdan.errors import DataError

    named = workspace.section("match").get("thesaurus")
    if not named:
        return EMPTY
    path = workspace.root / str(named)
    if not path.is_file():
        raise UsageError(t("file.missing", path=workspace.relative(path)))
    loaded = load(path)
    if loaded.problems:
        line, message = loaded.problems[0]
        raise DataError(message, path=workspace.relative(path), line=line)
    return loaded.thesaurus


def setup(workspace: str | None, lang: str | None, no_color: bool = False) -> Env:
    """Fix the language, find the workspace, and say on stderr when it is the bundled one."""
    if lang is not None and lang not in ("zh", "en"):
        raise UsageError(t("option.bad_lang"))
    set_lang(lang)
    from qingdan import workspace as ws

    found = ws.discover(workspace)
    if found.found_by == "bundled":
        typer.echo(t("workspace.using_bundled", path=found.root), err=True)
    return Env(found, no_color=no_color)


def emit_json(document: dict[str, Any]) -> None:
    """Write a versioned JSON document to stdout (``schema_version`` first)."""
    from qingdan.render.jsonout import dumps

    typer.echo(dumps(document))
