"""Datasets as auditors keep them: files, folders of hive-partitioned files, globs (issue 13).

Contract: :func:`expand` turns the report's arguments into the data files to read, in a stable
order (arguments in order; a folder's or a glob's files sorted by path), each with the
``key=value`` pairs of its hive partition folders (``year=2025/district=西岗区/part-0.parquet``),
and the files the filters rule out by their partition alone (:func:`pruned`): a ``district`` or
``street`` other than ``--district``/``--street``, or a ``year``/``month``/``date`` folder wholly
outside ``--from``/``--to``. Those files are never opened. Partition values become columns of
the rows when the file itself lacks the column (:func:`partition_columns`; the folder
``__HIVE_DEFAULT_PARTITION__``, how Hive, Spark, pyarrow and DuckDB write NULL, is NULL). Hidden
files and Spark/Hadoop markers (``.*``, ``_*``) are skipped; a file named twice is read once
(:func:`distinct`). Nothing is read here but folder listings.
"""

from __future__ import annotations

import datetime as dt
import glob as globbing
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from qingdan.core.report.readers import CANONICAL
from qingdan.errors import UsageError
from qingdan.messages import msg

GLOB_CHARS = frozenset("*?[")
HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"  #: a partition folder of the rows whose value is NULL


@dataclass(frozen=True)
class DataFile:
    path: Path
    partition: tuple[tuple[str, str], ...] = ()  #: hive ``key=value`` folders, outermost first


def _partition(parts: Sequence[str]) -> tuple[tuple[str, str], ...]:
    pairs = (part.partition("=") for part in parts)
    return tuple((unquote(k), unquote(v)) for k, sep, v in pairs if sep and k)


def _visible(path: Path, root: Path) -> bool:
    return not any(p.startswith((".", "_")) for p in path.relative_to(root).parts)


def expand(paths: Sequence[Path], formats: Mapping[str, str]) -> list[DataFile]:
    """Every data file named by ``paths`` (files, folders, globs), with its partition values."""
    out: list[DataFile] = []
    for path in paths:
        found = (
            sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in formats and _visible(p, path)
            )
            if path.is_dir()
            else []
        )
        if found:
            out.extend(DataFile(p, _partition(p.relative_to(path).parent.parts)) for p in found)
        elif path.exists() and (not path.is_dir() or path.suffix.lower() in formats):
            # a file — or a FIFO, a device, a folder named like a file: the reader refuses those
            out.append(DataFile(path, _partition(path.parent.parts)))
        elif path.is_dir():
            raise UsageError(msg("dataset.empty", path=str(path)), msg("dataset.empty.hint"))
        elif GLOB_CHARS & set(str(path)):
            matches = globbing.glob(str(path), recursive=True)  # noqa: PTH207 - absolute too
            found = sorted(Path(p) for p in matches)
            files = [p for p in found if p.is_file() and p.suffix.lower() in formats]
            if not files:
                raise UsageError(msg("dataset.empty", path=str(path)), msg("dataset.empty.hint"))
            out.extend(DataFile(p, _partition(p.parent.parts)) for p in files)
        else:
            raise UsageError(msg("file.missing", path=str(path)))
    return out


def distinct(files: Sequence[DataFile]) -> tuple[list[DataFile], list[DataFile]]:
    """The files once each (a file named twice, by two arguments, a folder and a file in it, or
    two paths to one file, is read once: its rows must not count twice), and those dropped."""
    seen: set[str] = set()
    once: list[DataFile] = []
    again: list[DataFile] = []
    for data in files:
        key = os.path.realpath(data.path)
        (again if key in seen else once).append(data)
        seen.add(key)
    return once, again


def partition_columns(
    data: DataFile, mapping: Mapping[str, str], present: Sequence[str]
) -> dict[str, str | None]:
    """Canonical column → partition value (None for :data:`HIVE_NULL`), for the canonical
    columns the file itself lacks."""
    lookup = {k.strip(): v for k, v in mapping.items()}
    out: dict[str, str | None] = {}
    for key, value in data.partition:
        name = lookup.get(key, key if key in CANONICAL else None)
        if name in CANONICAL and name not in present and name not in out:
            out[name] = None if value == HIVE_NULL else value
    return out


def _span(values: Mapping[str, str]) -> tuple[dt.date, dt.date] | None:
    """The days a ``date``, ``year`` (+ ``month``) partition covers; None when unknown."""
    try:
        if "date" in values:
            day = dt.date.fromisoformat(values["date"])
            return day, day
        if "year" not in values:
            return None
        year = int(values["year"])
        if "month" not in values:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        month = int(values["month"])
        end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(year, month, 1), end
    except ValueError:
        return None


def pruned(
    data: DataFile,
    mapping: Mapping[str, str],
    date_from: dt.date | None,
    date_to: dt.date | None,
    district: str | None,
    street: str | None,
) -> bool:
    """True when the file's partition alone puts every row of it outside the filters."""
    lookup = {k.strip(): v for k, v in mapping.items()}
    values = {lookup.get(k, k): v for k, v in data.partition}
    if district is not None and values.get("district", district) != district:
        return True
    if street is not None and values.get("street", street) != street:
        return True
    span = _span(values)
    if span is None:
        return False
    return (date_from is not None and span[1] < date_from) or (
        date_to is not None and span[0] > date_to
    )
