"""Request files and folders → a :class:`~qingdan.core.check.requests.Batch` (problems collected).

YAML/JSON go to :mod:`.requests`, CSV/xlsx tables to :mod:`.tables`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from qingdan.core.check import tables as tabular
from qingdan.core.check.requests import SUFFIXES, Batch, Problem, Request, _read_structured


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
) -> Batch:
    """Every request in ``paths``; problems collected, never raised."""
    requests: list[Request] = []
    problems: list[Problem] = []
    for path in expand(paths):
        shown = show(path)
        suffix = path.suffix.lower()
        if suffix in (".csv", ".xlsx"):
            tabular.read(path, shown, columns or {}, requests, problems)
        else:
            _read_structured(path, shown, requests, problems)
    return Batch(tuple(requests), tuple(problems))
