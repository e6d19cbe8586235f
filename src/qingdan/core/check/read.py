"""Request files and folders → a :class:`~qingdan.core.check.requests.Batch` (problems collected).

YAML/JSON go to :mod:`.requests`, CSV and spreadsheets to :mod:`.tables` (with the column maps
used, for stderr and the decision document); :func:`read_text` reads one YAML or JSON document
given as text (``qingdan check -``). Documents, PDFs and pictures are refused with what to export
instead; a ``--map`` header a table lacks is a usage error (raised).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from qingdan.core.check import tables as tabular
from qingdan.core.check.requests import (
    SUFFIXES,
    Batch,
    Problem,
    Request,
    _read_structured,
    accept_loaded,
    read_json_text,
)
from qingdan.core.intake.files import refusal
from qingdan.errors import DataError, QingdanError
from qingdan.messages import Text, msg

TABLES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files named, and request files inside folders named (sorted, recursively)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            )
        else:
            out.append(path)
    return out


def read(
    paths: Sequence[Path],
    columns: Mapping[str, str] | None = None,
    show: Callable[[Path], str] = str,
    *,
    options: tabular.TableOptions | None = None,
) -> Batch:
    """Every request in ``paths``; problems collected, never raised (usage errors aside)."""
    requests: list[Request] = []
    problems: list[Problem] = []
    maps: list[tuple[str, object]] = []
    for path in expand(paths):
        shown = show(path)
        suffix = path.suffix.lower()
        refused = refusal(suffix, shown)
        if refused is not None:
            problems.append(Problem(shown, 1, _explain(refused)))
        elif suffix in TABLES:
            try:
                maps.extend(
                    tabular.read(path, shown, columns or {}, requests, problems, options=options)
                )
            except DataError as exc:
                problems.append(Problem(shown, exc.line or 1, _explain(exc)))
        else:
            _read_structured(path, shown, requests, problems)
    return Batch(tuple(requests), tuple(problems), tuple(maps))


def _explain(error: QingdanError) -> Text:
    if error.hint is None:
        return error.message
    return msg("_join", sep=" — ", parts=(error.message, error.hint))


def read_text(text: str, shown: str = "<stdin>") -> Batch:
    """The requests in one YAML or JSON document given as text (``qingdan check -``)."""
    from qingdan.core.lists.yamlsafe import loads

    requests: list[Request] = []
    problems: list[Problem] = []
    if text.lstrip().startswith(("{", "[")):
        read_json_text(text, shown, requests, problems)
    else:
        accept_loaded(loads(text), shown, requests, problems)
    return Batch(tuple(requests), tuple(problems))
