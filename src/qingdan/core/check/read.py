"""Request files and folders → a :class:`~qingdan.core.check.requests.Batch` (problems collected).

YAML/JSON go to :mod:`.requests`, CSV and spreadsheets to :mod:`.tables` (with the column maps
used, for stderr and the decision document). ``-`` is standard input (``stdin``): a workbook,
JSON, YAML or CSV, told apart by its first bytes. Documents, PDFs and pictures are refused with
what to export instead; a ``--map`` header a table lacks is a usage error (raised).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from qingdan.core.check import tables as tabular
from qingdan.core.check.requests import SUFFIXES, Batch, Problem, Request, _read_structured
from qingdan.core.intake.files import REFUSED, refusal
from qingdan.errors import DataError, QingdanError
from qingdan.messages import Text, msg

TABLES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files named, and request files inside folders named (sorted, recursively); a file named
    twice (by two arguments, a folder and a file in it, a link) once: it is decided once."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():  # a Word form or a scan in the folder is named, not passed over
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and _request_like(p)))
        else:
            out.append(path)
    seen: set[str] = set()
    once = []
    for path in out:
        key = str(path) if str(path) == "-" else os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            once.append(path)
    return once


def _request_like(path: Path) -> bool:
    """A file of a folder to read: a request file, or a document, PDF or picture sent instead of
    one (refused with what to export). Not an office lock file (``~$申请.docx``) or hidden."""
    suffix = path.suffix.lower()
    return (suffix in SUFFIXES or suffix in REFUSED) and not path.name.startswith(("~$", "."))


def stdin_suffix(data: bytes) -> str:
    """What standard input holds, as the suffix a file of it would have."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:4096]
    if head[:4] in (b"PK\x03\x04", b"\xd0\xcf\x11\xe0"):
        return ".xlsx"
    if head[:1] in (b"{", b"["):
        return ".json"
    first = head.split(b"\n", 1)[0]
    if b":" in first or b"\xef\xbc\x9a" in first or first.startswith(b"-"):
        return ".yaml"
    return ".csv"


def read(
    paths: Sequence[Path],
    columns: Mapping[str, str] | None = None,
    show: Callable[[Path], str] = str,
    *,
    options: tabular.TableOptions | None = None,
    stdin: bytes | None = None,
) -> Batch:
    """Every request in ``paths``; problems collected, never raised (usage errors aside)."""
    requests: list[Request] = []
    problems: list[Problem] = []
    maps: list[tuple[str, object]] = []
    skipped: list[tuple[str, tuple[str, ...]]] = []
    for path in expand(paths):
        data = stdin if str(path) == "-" else None
        shown = "<stdin>" if data is not None else show(path)
        suffix = stdin_suffix(data) if data is not None else path.suffix.lower()
        refused = refusal(suffix, shown)
        if refused is not None:
            problems.append(Problem(shown, 1, _explain(refused)))
        elif suffix in TABLES:
            try:
                maps.extend(
                    tabular.read(
                        Path(shown) if data is not None else path,
                        shown,
                        columns or {},
                        requests,
                        problems,
                        options=options,
                        data=data,
                        skipped=skipped,
                    )
                )
            except DataError as exc:
                problems.append(Problem(shown, exc.line or 1, _explain(exc)))
        else:
            _read_structured(path, shown, requests, problems, data)
    return Batch(tuple(requests), tuple(problems), tuple(maps), tuple(skipped))


def _explain(error: QingdanError) -> Text:
    if error.hint is None:
        return error.message
    return msg("_join", sep=" — ", parts=(error.message, error.hint))
