"""The jobs behind ``qingdan check`` and ``qingdan test``: the workspace's settings, one core call.

:func:`decide` reads the request files (problems collected, never raised), builds the policy from
``[match]``/``[check]`` and the matcher's words from ``[match] thesaurus``, decides every request
against the lists at their git revision, and appends each decision to the ``--log`` JSONL file
when asked. :func:`run_cases` does the same for the
workspace's decision cases. Both return the core's result; neither prints.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from qingdan.errors import UsageError
from qingdan.messages import msg

if TYPE_CHECKING:
    from qingdan.core.check.decision import CheckRun
    from qingdan.core.check.requests import Batch
    from qingdan.core.check.tables import TableOptions
    from qingdan.core.lists.model import ListSet
    from qingdan.core.lists.thesaurus import Thesaurus
    from qingdan.core.maintain.cases import CaseRun
    from qingdan.workspace import Workspace


def _missing(paths: list[Path]) -> None:
    for path in paths:
        if not path.exists():
            raise UsageError(msg("file.missing", path=path))


def thesaurus(ws: Workspace) -> Thesaurus:
    """The matcher's words (``[match] thesaurus``); a broken file is unreadable data (exit 3)."""
    from qingdan.core.lists.thesaurus import EMPTY, load
    from qingdan.errors import DataError

    named = ws.section("match").get("thesaurus")
    if not named:
        return EMPTY
    path = ws.root / str(named)
    if not path.is_file():
        raise UsageError(msg("file.missing", path=ws.relative(path)))
    loaded = load(path)
    if loaded.problems:
        line, message = loaded.problems[0]
        raise DataError(message, path=ws.relative(path), line=line)
    return loaded.thesaurus


def read_requests(
    ws: Workspace,
    paths: list[Path],
    options: TableOptions | None = None,
    stdin: bytes | None = None,
) -> Batch:
    """The requests in ``paths`` (``-`` is ``stdin``), tables read with ``options`` (``--map``,
    ``--strict``, ``--encoding``, ``--sheet``); the batch keeps the sheets read."""
    from qingdan.core.check.read import read

    _missing([p for p in paths if str(p) != "-"])
    columns = ws.section("check").get("columns")
    return read(paths, columns, ws.relative, options=options, stdin=stdin)


def decide(
    ws: Workspace,
    lists: ListSet,
    paths: list[Path],
    *,
    as_of: dt.date | None = None,
    log: Path | None = None,
    batch: Batch | None = None,
    on_each: Callable[[int, int], None] | None = None,
) -> CheckRun:
    """Decide every request in ``paths`` (or the ``batch`` already read from them); a run with
    neither decisions nor problems is a usage error (nothing to decide). ``on_each(done, total)``
    follows the deciding (a progress display)."""
    from qingdan.core.check.decide import decide_all
    from qingdan.core.check.policy import from_config
    from qingdan.core.lists.git import revision

    if batch is None:
        batch = read_requests(ws, paths)
    policy = from_config(ws.section("match"), ws.section("check"))
    run = decide_all(
        batch.requests,
        lists,
        policy,
        revision(ws.root),
        as_of=as_of,
        problems=batch.problems,
        thesaurus=thesaurus(ws),
        on_each=on_each,
    )
    if not run.decisions and not run.problems:
        raise UsageError(msg("check.no_requests", paths=" ".join(map(str, paths))))
    if log is not None and run.decisions:
        from qingdan.render.check import log_lines

        log.absolute().parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as fh:
            fh.write(log_lines(run))
    return run


def run_cases(ws: Workspace, lists: ListSet, paths: list[Path] | None) -> CaseRun:
    """Run the cases in ``paths`` (default: the workspace's ``cases/``)."""
    from qingdan.core.check.policy import from_config
    from qingdan.core.lists.git import revision
    from qingdan.core.maintain import cases

    targets = list(paths) if paths else [ws.cases_dir]
    _missing(targets)
    found = cases.load(targets, ws.relative)
    if not found:
        raise UsageError(msg("cases.none", path=", ".join(map(str, targets))))
    policy = from_config(ws.section("match"), ws.section("check"))
    return cases.run(found, lists, policy, revision(ws.root), thesaurus=thesaurus(ws))
