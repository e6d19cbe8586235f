"""Where ``qingdan init`` puts the hook config and CI workflow when the workspace is not the
root of its git repository.

pre-commit and GitHub Actions only read their files at a repository's root, so a workspace in a
sub-folder gets its hooks and workflow there, scoped to the sub-folder (``-w prefix``,
``files: ^prefix/...``, ``working-directory: prefix``). A file already at the root is never
touched: the plan says exactly what to add instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from qingdan.messages import Msg, msg
from qingdan.paths import SCAFFOLD_DIR

HOOKS = ".pre-commit-config.yaml"


def repo_top(folder: Path) -> Path | None:
    """The top of the git repository that holds ``folder`` (or would, once created)."""
    import subprocess

    from qingdan.core.lists.git import run_git

    probe = folder.resolve()
    while not probe.exists():
        probe = probe.parent
    try:
        done = run_git(probe, "rev-parse", "--show-toplevel", timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return Path(done.stdout.decode().strip()).resolve() if done.returncode == 0 else None


def hooks_for(prefix: str) -> str:
    """The pre-commit config for a workspace at ``prefix`` inside its repository ("" = the
    root): pre-commit runs hooks from the repository root, so each hook names the workspace
    (``-w prefix``) and matches only its files (``files: ^prefix/...``)."""
    text = (SCAFFOLD_DIR / HOOKS).read_text(encoding="utf-8")
    if not prefix:
        return text
    lines = []
    for line in text.splitlines():
        if line.strip().startswith("entry: qingdan "):
            lines.append(f"{line} -w {prefix}")
        elif line.strip().startswith("files: ^("):
            lines.append(line.replace("files: ^(", f"files: ^{re.escape(prefix)}/(", 1))
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


WORKFLOW = ".github/workflows/qingdan.yml"


def workflow_for(prefix: str, install: str) -> str:
    """The CI workflow example: installs qingdan with ``pip install INSTALL`` and, for a
    workspace in a sub-folder, runs every step there and watches only its files."""
    text = (SCAFFOLD_DIR / WORKFLOW).read_text(encoding="utf-8").replace("{install}", install)
    if not prefix:
        return text
    text = text.replace('paths: ["', f'paths: ["{prefix}/').replace('", "', f'", "{prefix}/')
    return text.replace(
        "\njobs:\n", f"\ndefaults:\n  run:\n    working-directory: {prefix}\n\njobs:\n"
    )


def hooks_block(prefix: str) -> str:
    """Only the hook entries (what to paste under ``repos:`` of an existing config)."""
    text = hooks_for(prefix)
    return text[text.index("  - repo: local") :]


@dataclass(frozen=True)
class Placement:
    files: dict[Path, bytes]  #: absolute target → content
    notes: tuple[Msg, ...]  #: what was put where, or what the person must add


def place(directory: Path, workspace_files: dict[str, bytes], install: str) -> Placement:
    """The files of a new workspace in ``directory``, hooks and workflow placed for its repo."""
    targets = {directory / rel: data for rel, data in workspace_files.items()}
    top = repo_top(directory)
    if top is None or top == directory.resolve():
        return Placement(targets, ())
    prefix = directory.resolve().relative_to(top).as_posix()
    notes: list[Msg] = []
    del targets[directory / HOOKS]
    root_hooks = top / HOOKS
    if root_hooks.exists():
        notes.append(msg("init.hooks_add", path=root_hooks, block=hooks_block(prefix)))
    else:
        targets[root_hooks] = hooks_for(prefix).encode()
        notes.append(msg("init.hooks_at_root", path=root_hooks, prefix=prefix))
    del targets[directory / WORKFLOW]
    root_workflow = top / WORKFLOW
    if root_workflow.exists():
        targets[directory / WORKFLOW] = workflow_for(prefix, install).encode()
        notes.append(msg("init.workflow_exists", path=root_workflow, example=directory / WORKFLOW))
    else:
        targets[root_workflow] = workflow_for(prefix, install).encode()
        notes.append(msg("init.workflow_at_root", path=root_workflow))
    return Placement(targets, tuple(notes))
