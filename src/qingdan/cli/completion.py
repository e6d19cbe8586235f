"""Shell completion for bash, zsh, fish and PowerShell, and the values it offers.

The protocol is typer's: the script printed by ``qingdan --show-completion SHELL`` calls
``qingdan`` again with ``_QINGDAN_COMPLETE=complete_<shell>`` and the words typed so far
(``COMP_WORDS``/``COMP_CWORD`` for bash, ``_TYPER_COMPLETE_ARGS`` for the others); click's
``<shell>_complete`` spelling is accepted too. Commands and options complete from the command
tree; :func:`item_ids`, :func:`kinds` and :func:`choices` complete list ids (``show ZM-0<TAB>``),
list kinds and ``--format`` values. ``--show-completion``/``--install-completion`` are handled
before parsing because their shell is optional (the vendored click has no optional values).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")
COMPLETE_VAR = "_QINGDAN_COMPLETE"


def prepare(environ: dict[str, str] | Any = os.environ) -> bool:
    """Register the four shells when a completion request is pending; accept click's spelling."""
    instruction = environ.get(COMPLETE_VAR)
    if not instruction:
        return False
    from typer._completion_classes import completion_init

    completion_init()
    first, _, second = instruction.partition("_")
    if first in SHELLS and second in ("complete", "source"):
        environ[COMPLETE_VAR] = f"{second}_{first}"
    return True


def _detect() -> str | None:
    try:
        import shellingham  # type: ignore[import-untyped]

        name: str = shellingham.detect_shell()[0]
    except Exception:  # shellingham raises its own family, or fails on odd /proc
        name = Path(os.environ.get("SHELL", "")).name
    name = name.lower().removesuffix(".exe")
    return name if name in SHELLS else None


def handle_shell_options(args: list[str], prog_name: str) -> int | None:
    """Run ``--show-completion [SHELL]`` / ``--install-completion [SHELL]`` if ``args`` start so."""
    if not args or args[0] not in ("--show-completion", "--install-completion"):
        return None
    from qingdan.i18n import t

    shell = args[1] if len(args) > 1 and not args[1].startswith("-") else _detect()
    if shell is None or shell not in SHELLS:
        key = "completion.no_shell" if shell is None else "completion.unknown_shell"
        sys.stderr.write(f"qingdan: {t('error.prefix')}: {t(key, shell=shell)}\n")
        return 2
    from typer._completion_classes import completion_init
    from typer._completion_shared import get_completion_script, install

    completion_init()
    if args[0] == "--show-completion":
        script = get_completion_script(prog_name=prog_name, complete_var=COMPLETE_VAR, shell=shell)
        sys.stdout.write(script + "\n")
        return 0
    done, path = install(shell=shell, prog_name=prog_name, complete_var=COMPLETE_VAR)
    sys.stderr.write(t("completion.installed", shell=done, path=path) + "\n")
    return 0


def choices(values: tuple[str, ...]) -> Callable[[str], list[str]]:
    """A completer offering ``values`` that start with what was typed."""

    def complete(incomplete: str) -> list[str]:
        return [v for v in values if v.startswith(incomplete)]

    return complete


def kinds(incomplete: str) -> list[tuple[str, str]]:
    """List kinds, with their Chinese titles as help."""
    from qingdan.core.lists.kinds import KINDS

    return [(k.key, k.title) for k in KINDS if k.key.startswith(incomplete)]


def item_ids(ctx: Any, incomplete: str) -> list[tuple[str, str]]:
    """Item ids of the workspace (``--workspace`` if given before), titles as help."""
    from qingdan import workspace as ws
    from qingdan.core.lists.model import load_lists

    try:
        found = ws.discover((ctx.params or {}).get("workspace"))
        lists = load_lists(found.list_paths, found.relative)
    except Exception:  # a broken workspace offers nothing, never a traceback
        return []
    wanted = incomplete.upper()
    lower = incomplete != wanted  # `show zm-0<TAB>`: offered as typed (ids match in any case)
    return [
        (i.id.lower() if lower else i.id, i.title) for i in lists if i.id.upper().startswith(wanted)
    ]
