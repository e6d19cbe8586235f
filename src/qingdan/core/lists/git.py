"""The lists' git revision, for provenance in decisions and reports.

Git runs as a subprocess with an argument list (never a shell). Outside a repository, or without
git, the revision is unknown (``commit=None``) rather than an error: provenance is best effort.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Revision:
    commit: str | None
    dirty: bool

    def as_dict(self) -> dict[str, object]:
        return {"commit": self.commit, "dirty": self.dirty}


def run_git(
    root: Path, *args: str, stdin: bytes | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[bytes]:
    """``git -C root ARGS`` (the one git runner); raises ``OSError`` or ``TimeoutExpired``."""
    return subprocess.run(
        ["git", "-C", str(root), *args],
        input=stdin,
        capture_output=True,
        check=False,
        timeout=timeout,
    )


def _git(root: Path, *args: str) -> str | None:
    try:
        done = run_git(root, *args, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.decode("utf-8", "replace").strip() if done.returncode == 0 else None


def revision(root: Path, paths: tuple[str, ...] = ("lists", "qingdan.toml")) -> Revision:
    """HEAD's commit of the repository holding ``root``, and whether ``paths`` differ from it
    (one ``git status --porcelain=v2 --branch``: the commit is its ``# branch.oid`` line)."""
    out = _git(root, "status", "--porcelain=v2", "--branch", "--", *paths)
    if out is None:
        return Revision(None, False)
    lines = out.splitlines()
    oid = next((ln.split()[2] for ln in lines if ln.startswith("# branch.oid ")), None)
    if oid is None or oid == "(initial)":
        return Revision(None, False)
    return Revision(oid, any(not ln.startswith("#") for ln in lines))
