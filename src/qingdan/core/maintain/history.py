"""The lists at a git revision (DESIGN §3: ``diff``, ``rate --baseline-rev``).

Git runs as a subprocess with an argument list, never a shell. A revision given by a person is
validated before git sees it: empty strings, strings starting with ``-`` (they would read as
options) and control characters are refused; it is then resolved with
``git rev-parse --verify --end-of-options REV^{commit}`` to a full commit id, and only that id is
used afterwards. File contents are read for all lists in one ``git cat-file --batch`` process
(the same blobs ``git show REV:path`` prints), then parsed by :func:`core.yamlsafe.loads_bytes` and
:func:`core.lists.list_from_loaded`, exactly as files on disk are.

Speed: the cyclic garbage collector is paused while lists are parsed (a 10,000-item file builds
hundreds of thousands of containers and no cycles; performance.md measured 1.8 s → 0.65 s), and a
blob already parsed in this process (the same file at both revisions) is parsed once.

Over 150 lines: revision checking, resolution and reading belong to one safety contract.

Every failure a person can fix — not a repository, no git, an unknown revision, a shallow clone
that lacks the base commit — is a :class:`~qingdan.errors.UsageError` (exit 2) with a hint.
The list file paths are the workspace's current ones (``qingdan.toml`` as it is now); a list
file missing at a revision is a list that did not exist then.
"""

from __future__ import annotations

import gc
import subprocess
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from qingdan.core.lists.git import run_git
from qingdan.core.lists.model import ListFile, ListSet, list_from_loaded, load_lists
from qingdan.core.lists.yamlsafe import Loaded, loads_bytes
from qingdan.errors import DataError, UsageError
from qingdan.messages import msg

DEFAULT_BRANCHES = ("origin/HEAD", "main", "master")


@dataclass(frozen=True)
class Snapshot:
    """The lists as of one revision (``commit``) or of the working tree (``commit is None``)."""

    label: str  #: what the person asked for ("main", "HEAD~1", "working tree")
    commit: str | None
    lists: ListSet

    @property
    def short(self) -> str:
        return self.commit[:12] if self.commit else self.label


def _run(root: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        return run_git(root, *args, stdin=stdin)
    except FileNotFoundError as exc:
        raise UsageError(msg("git.missing"), msg("git.missing.hint")) from exc
    except subprocess.TimeoutExpired as exc:
        raise UsageError(msg("git.timeout", args=" ".join(args))) from exc


def repo_root(folder: Path) -> Path:
    """The top folder of the git repository holding ``folder``; UsageError outside one."""
    done = _run(folder, "rev-parse", "--show-toplevel")
    if done.returncode != 0:
        raise UsageError(msg("git.not_repo", path=folder), msg("git.not_repo.hint"), path=folder)
    return Path(done.stdout.decode("utf-8", "replace").strip()).resolve()


def check_revision_text(rev: str) -> str:
    """Refuse revision strings git could read as an option or that cannot be a revision."""
    text = rev.strip()
    if not text or text.startswith("-") or any(ord(ch) < 32 or ord(ch) == 127 for ch in rev):
        raise UsageError(msg("git.bad_revision", rev=rev), msg("git.bad_revision.hint"))
    return text


def _is_shallow(root: Path) -> bool:
    done = _run(root, "rev-parse", "--is-shallow-repository")
    return done.stdout.decode().strip() == "true"


def resolve(root: Path, rev: str) -> str:
    """``rev`` → full commit id, or a UsageError that says why not."""
    text = check_revision_text(rev)
    done = _run(root, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{text}^{{commit}}")
    if done.returncode != 0:
        if _is_shallow(root):
            raise UsageError(msg("git.shallow", rev=text), msg("git.shallow.hint"))
        raise UsageError(msg("git.unknown_revision", rev=text), msg("git.unknown_revision.hint"))
    return done.stdout.decode().strip()


def default_base(root: Path) -> str:
    """The merge-base of HEAD with the default branch (origin/HEAD, main, master), else HEAD."""
    for branch in DEFAULT_BRANCHES:
        if _run(root, "rev-parse", "--verify", "--quiet", f"{branch}^{{commit}}").returncode:
            continue
        done = _run(root, "merge-base", "HEAD", branch)
        if done.returncode == 0:
            return done.stdout.decode().strip()
    return "HEAD"


def has_commits(root: Path) -> bool:
    """Whether the repository holding ``root`` has a commit yet (``git init`` alone: no)."""
    return _run(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}").returncode == 0


def base_lists(root: Path, base: str | None, list_paths: Mapping[str, Path]) -> Snapshot:
    """The lists to compare against: ``base``, else the merge-base with the default branch;
    before the first commit there is no base, so every item is new (the first commit of a
    workspace passes ``diff --check`` when its items keep the history rules)."""
    if base is None and not has_commits(root):
        return Snapshot("(no commits yet)", None, ListSet(()))
    return lists_at(root, base if base is not None else default_base(root), list_paths)


def _relative(top: Path, path: Path) -> str:
    try:
        return path.resolve().relative_to(top).as_posix()
    except ValueError as exc:
        raise UsageError(msg("git.outside_repo", path=path, top=top)) from exc


_PARSED: dict[bytes, Loaded] = {}


@contextmanager
def _gc_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_blobs(root: Path, commit: str, paths: list[str]) -> dict[str, tuple[bytes, bytes] | None]:
    """(blob id, content) of each repository-relative path at ``commit`` (None when absent)."""
    request = "".join(f"{commit}:{p}\n" for p in paths).encode("utf-8")
    done = _run(root, "cat-file", "--batch", stdin=request)
    if done.returncode != 0:
        raise UsageError(msg("git.read_failed", rev=commit, error=done.stderr.decode().strip()))
    out: dict[str, tuple[bytes, bytes] | None] = {}
    data, pos = done.stdout, 0
    for path in paths:
        end = data.index(b"\n", pos)
        header = data[pos:end].split()
        pos = end + 1
        if len(header) < 3 or header[1] != b"blob":
            out[path] = None
            continue
        size = int(header[2])
        out[path] = (header[0], data[pos : pos + size])
        pos += size + 1
    return out


def lists_at(root: Path, rev: str, list_paths: Mapping[str, Path]) -> Snapshot:
    """The workspace's lists at revision ``rev`` of the repository holding ``root``; items are
    located as ``REV:repo/relative/path.yaml`` (what ``git show`` takes)."""
    top = repo_root(root)
    commit = resolve(root, rev)
    rel = {kind: _relative(top, path) for kind, path in list_paths.items()}
    blobs = read_blobs(root, commit, list(rel.values()))
    files: list[ListFile] = []
    with _gc_paused():
        for kind, path in list_paths.items():
            blob = blobs[rel[kind]]
            if blob is None:
                continue
            sha, content = blob
            if sha not in _PARSED:
                if len(_PARSED) > 64:
                    _PARSED.clear()
                _PARSED[sha] = loads_bytes(content)  # not UTF-8: a problem, never U+FFFD
            shown = f"{rev}:{rel[kind]}"  # what `git show` takes
            files.append(list_from_loaded(kind, path, shown, _PARSED[sha]))
    return Snapshot(rev, commit, ListSet(tuple(files)))


def require_parsed(lists: ListSet, action: str) -> None:
    """Refuse (exit 3) lists of which a file does not parse: ``action`` (``diff``, ``count``) on
    them would see an empty list and report wrong figures."""
    for lf in lists.files:
        if not lf.parsed and lf.loaded.problems:
            first = lf.loaded.problems[0]
            raise DataError(
                msg(f"{action}.unparsed", reason=first.message),
                msg("diff.unparsed.hint"),
                path=lf.shown,
                line=first.line,
            )


def working_tree(list_paths: Mapping[str, Path], show: Callable[[Path], str] = str) -> Snapshot:
    """The lists as they are on disk now."""
    with _gc_paused():
        return Snapshot("working tree", None, load_lists(list_paths, show))
