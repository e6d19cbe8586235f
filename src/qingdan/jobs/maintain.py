"""The jobs behind ``qingdan rate``, ``diff`` and ``import``: git and files around the core.

:func:`rate` counts the lists on a day against the configured baseline, a number, or the lists at
a git revision; :func:`diff` loads the lists at two revisions (HEAD defaults to the working tree)
and diffs them by id; :func:`import_lists` plans an xlsx import, validates the result and writes
the changed list files atomically only when it validates and ``dry_run`` is off. Each returns the
core's result and prints nothing; git and file problems raise ``UsageError`` like the core does.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from qingdan.errors import UsageError
from qingdan.messages import msg

if TYPE_CHECKING:
    from qingdan.core.lists.model import ListSet
    from qingdan.core.maintain.diff import DiffResult
    from qingdan.core.maintain.importing import Imported
    from qingdan.core.maintain.rate import RateResult
    from qingdan.workspace import Workspace


def rate(
    ws: Workspace,
    lists: ListSet,
    at: dt.date,
    *,
    baseline: int | None = None,
    baseline_rev: str | None = None,
    history: bool = False,
) -> RateResult:
    from qingdan.core.maintain import rate as core

    if baseline is not None and baseline_rev is not None:
        raise UsageError(msg("rate.both_baselines"))
    config = ws.section("rate")
    chosen: core.Baseline | None = None
    if baseline is not None:
        chosen = core.Baseline(baseline, "--baseline")
    elif baseline_rev is not None:
        from qingdan.core.maintain.history import lists_at, require_parsed

        snap = lists_at(ws.root, baseline_rev, ws.list_paths)
        require_parsed(snap.lists, "count")  # else the file counts as 0 items: a false baseline
        assert snap.commit is not None
        chosen = core.revision_baseline(
            snap.lists, at, core.counted_kinds(config), baseline_rev, snap.commit
        )
    return core.rate(lists, at, config, chosen, history=history)


def diff(ws: Workspace, base: str | None, head: str | None, at: dt.date) -> DiffResult:
    from qingdan.core.maintain import history
    from qingdan.core.maintain.diff import diff as semantic_diff
    from qingdan.core.maintain.rate import config_baseline, counted_kinds

    for rev in (base, head):
        if rev is not None:
            history.check_revision_text(rev)
    history.repo_root(ws.root)
    before = history.base_lists(ws.root, base, ws.list_paths)  # nothing before the first commit
    after = (
        history.lists_at(ws.root, head, ws.list_paths)
        if head is not None
        else history.working_tree(ws.list_paths, ws.relative)
    )
    config = ws.section("rate")
    return semantic_diff(before, after, at, counted_kinds(config), config_baseline(config).count)


def import_lists(lists: ListSet, path: Path, *, dry_run: bool = False) -> Imported:
    from qingdan.core.maintain.importing import import_workbook
    from qingdan.render.files import atomic_write_all

    if not path.exists():  # a folder or a device named .xlsx: unreadable data (exit 3)
        raise UsageError(msg("file.missing", path=path))
    done = import_workbook(path, lists, dry_run=dry_run)
    if done.written:
        # every list file or none: a failure on the third leaves the first two as they were
        atomic_write_all(
            {t: _same_style(t.read_bytes(), text) for t, text in done.plan.texts.items()}
        )
    return done


def _same_style(before: bytes, text: str) -> bytes:
    """``text`` (read with the BOM dropped and newlines as ``\n``) in the file's own style: a
    list edited on Windows keeps its BOM and CRLF, so the change is the edited lines only."""
    if b"\r\n" in before:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode("utf-8")
    return b"\xef\xbb\xbf" + data if before.startswith(b"\xef\xbb\xbf") else data
