"""Options every command shares, and the per-run environment (language, workspace, consoles)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

import typer

from qingdan.errors import UsageError
from qingdan.i18n import set_lang, t

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from rich.console import Console

    from qingdan.core.lists.model import ListSet
    from qingdan.render.registry import Out
    from qingdan.workspace import Workspace

WorkspaceOpt = Annotated[
    str | None,
    typer.Option("--workspace", "-w", help="工作区目录 · Workspace folder (default: discovered)."),
]
LangOpt = Annotated[
    str | None, typer.Option("--lang", help="界面语言 zh|en · Message language zh|en.")
]
NoColorOpt = Annotated[bool, typer.Option("--no-color", help="不用颜色 · No colour.")]


def format_option(result_type: str) -> Any:
    """``--format/-f``: the choices are the registry's formats for ``result_type``, the first the
    default. The parser enforces them: a bad one is a usage error (exit 2) naming the valid ones."""
    from qingdan.render.registry import formats

    choices = formats(result_type)

    def only_choices(value: str) -> str:
        if value not in choices:
            raise typer.BadParameter(t("option.bad_format", fmt=value, choices=", ".join(choices)))
        return value

    return typer.Option(
        choices[0],
        "--format",
        "-f",
        metavar="|".join(choices),
        callback=only_choices,
        autocompletion=lambda: list(choices),
        help="输出格式 · Output format.",
        show_default=True,
    )


def parse_day(value: str | None, option: str = "--as-of") -> dt.date | None:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        pass
    import unicodedata

    from qingdan.core.values import office_date

    text = unicodedata.normalize("NFKC", value).strip()
    if not text.isdigit() or len(text) == 8:  # 2024/3/1, 2024年3月1日, 20240301; no serials
        try:
            return office_date(text)
        except ValueError:
            pass
    raise UsageError(f"{option}: " + t("option.bad_date", value=value))


@dataclass
class Env:
    workspace: Workspace
    no_color: bool = False

    def console(self, stderr: bool = False) -> Console:
        from qingdan.render.registry import console

        return console(self.no_color, stderr)

    def lists(self) -> ListSet:
        """The workspace's lists; a list file that does not parse stops here (exit 3)."""
        from qingdan.core.lists.intact import require_intact
        from qingdan.core.lists.model import load_lists

        return require_intact(load_lists(self.workspace.list_paths, self.workspace.relative))

    def out(self, command: str, fmt: str, path: Path | None = None, **options: Any) -> Out:
        """Where ``command``'s answer goes (for :func:`qingdan.render.registry.emit`)."""
        from qingdan.render.registry import Out

        return Out(command, fmt, self.workspace, self.no_color, path, options)


def setup(workspace: str | None, lang: str | None, no_color: bool = False) -> Env:
    """Fix the language, find the workspace, and say on stderr when it is the bundled one."""
    if lang is not None and lang not in ("zh", "en"):
        raise UsageError(t("option.bad_lang"))
    if lang is not None:  # else the language fixed at start-up (``qingdan --lang en CMD``, locale)
        set_lang(lang)
    from qingdan import workspace as ws

    found = ws.discover(workspace)
    if found.found_by == "bundled":
        typer.echo(t("workspace.using_bundled", path=found.root), err=True)
    return Env(found, no_color=no_color)


def help_for(command: str, detail: str) -> str:
    """A command's ``--help``: its one line from the command table (kept once, in ``cli.app``),
    then ``detail``."""
    from qingdan.cli.app import COMMANDS

    return f"{COMMANDS[command][1]}.\n\n{detail}"
