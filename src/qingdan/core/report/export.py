"""Writing violations.csv in input order: one COPY, or chunks on several connections at once.

Contract: :func:`copy_csv` writes one query as CSV in the order of its scan (one thread, see
there). :func:`plan` cuts Parquet inputs into chunks of whole row groups; :class:`Chunked` writes
each chunk with :func:`copy_csv` on a DuckDB connection of its own (views made with
``ReadOptions(ranged=True)``, so a chunk reads only its row groups), several chunks at once, and
appends the chunk files to violations.csv in input order as they finish. So the one-thread COPY
that keeps the order runs on every core: no sort, no row held in memory. :meth:`Chunked.wait`
returns the rows written; the caller checks them against the cube's count.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qingdan.messages import msg

#: fewest rows worth a chunk of their own (a COPY's start-up is a few milliseconds)
LEAST_ROWS = 1 << 20
#: chunks per connection that writes them, so that the last to finish waits little for the others
PER_WORKER = 8
#: the first chunk, written straight into violations.csv by one connection while the cube is
#: built, holds this many times the rows of a worker's fair share (1 / workers), so that on two
#: cores two thirds of the file need no copy (a copy costs the kernel about a second a GB),
#: and on more the first chunk does not hold the others up
HEAD = 4 / 3

#: most rows of a chunk that may sort its rows (rows of several files of one scan): the sort
#: holds a chunk's off-list rows, about 100 bytes a row
SORTED_ROWS = 1 << 18

Chunk = tuple[tuple[int, int], ...]  #: per source in input order: (first, last) row, 0-based


def copy_csv(
    con: Any,
    query: str,
    params: Mapping[str, Any],
    out: Path,
    *,
    columns: Sequence[str] | None,
    rows: int | None,
    prefix: str = "",
) -> int:
    """``query`` to ``out`` as CSV starting with ``prefix`` (say a BOM) and the header line
    ``columns``, in one streaming COPY (no second copy of the file to put the prefix first), in
    the order the rows come from the scan: a join is not order-preserving in DuckDB, and with
    more than one thread a plain COPY writes the rows in the order the threads finish them, a
    little different on every run; ``PRESERVE_ORDER`` makes the COPY keep the order (it then
    streams through one thread at a time, with no sort and no buffer of the rows). DuckDB ends a
    prefixed file with its suffix instead of the last row's newline, so a file of no rows loses
    the header's own newline. ``columns`` None: the rows alone (no prefix, no header: a chunk
    of a longer file). ``rows``: the count the cube gave (None: not known yet, the caller
    checks); another count means the input changed between the two passes, a DataError, so
    that no report disagrees with itself. Returns the count written."""
    import csv
    import io

    options = "FORMAT csv, HEADER false, PRESERVE_ORDER true"
    extra: dict[str, Any] = {}
    if columns is not None:
        header = io.StringIO()
        csv.writer(header, lineterminator="\n").writerow(columns)
        head = prefix + header.getvalue()
        extra = {"prefix": head[:-1] if rows == 0 else head, "suffix": "\n"}
        options += ", PREFIX $prefix, SUFFIX $suffix"
    written = int(
        con.execute(
            f"COPY ({query}) TO $path ({options})", {**params, **extra, "path": str(out)}
        ).fetchall()[0][0]
    )
    if columns is not None and rows is None and written == 0:
        with out.open("r+b") as fh:  # the header's newline and the suffix: one newline too many
            fh.truncate(fh.seek(0, 2) - 1)
    if rows is not None:
        same_count(rows, written)
    return written


def same_count(counted: int, written: int) -> None:
    from qingdan.errors import DataError

    if written != counted:
        raise DataError(
            msg("report.input_changed", counted=counted, written=written),
            msg("report.input_changed.hint"),
        )


def plan(
    groups: Sequence[Sequence[int]], workers: int, least: int | None = None, runs: bool = False
) -> list[Chunk]:
    """The chunks for ``groups`` (per source in input order, the rows of each row group): runs
    of whole row groups in input order, about ``PER_WORKER`` per worker and at least ``least``
    rows each (default :data:`LEAST_ROWS`; the last may be smaller), covering every row once.
    The first chunk holds ``HEAD / workers`` of the rows (all of them for one worker). A source
    outside a chunk has the empty range ``(0, -1)``. ``runs``: some files are read by one scan
    (ingest's runs of like files), so a chunk may have to sort its rows (:func:`mixed`): then
    chunks end at the first row group past :data:`SORTED_ROWS` rows and the first is not merged."""
    total = sum(sum(g) for g in groups)
    fewest = LEAST_ROWS if least is None else least
    target = max(fewest, -(-total // (max(1, workers) * PER_WORKER)), 1)
    if runs:
        target = min(target, SORTED_ROWS)
    chunks: list[Chunk] = []
    ranges: dict[int, tuple[int, int]] = {}
    size = 0

    def cut() -> None:
        nonlocal size
        chunks.append(tuple(ranges.get(n, (0, -1)) for n in range(len(groups))))
        ranges.clear()
        size = 0

    for n, sizes in enumerate(groups):
        start = 0
        for rows in sizes:
            if rows:
                first = ranges[n][0] if n in ranges else start
                ranges[n] = (first, start + rows - 1)
                size += rows
            start += rows
            if size >= target:
                cut()
    if ranges or not chunks:
        cut()
    head = 1 if runs else max(1, round(len(chunks) * min(1.0, HEAD / max(1, workers))))
    return [_merged(chunks[:head]), *chunks[head:]]


def _merged(chunks: Sequence[Chunk]) -> Chunk:
    """One chunk of consecutive ``chunks``."""
    spans = [[(a, b) for a, b in ranges if a <= b] for ranges in zip(*chunks, strict=True)]
    return tuple((s[0][0], s[-1][1]) if s else (0, -1) for s in spans)


def row_groups(con: Any, paths: Sequence[Path]) -> list[list[int]]:
    """The rows of each row group of each Parquet file of ``paths``, from the files' footers."""
    found: dict[str, list[int]] = {}
    for name, rows in con.execute(
        "SELECT file_name, max(row_group_num_rows) FROM parquet_metadata($paths) "
        "GROUP BY file_name, row_group_id ORDER BY file_name, row_group_id",
        {"paths": sorted({str(p) for p in paths})},
    ).fetchall():
        found.setdefault(name, []).append(int(rows))
    return [found.get(str(p), []) for p in paths]


def ranges(con: Any, chunk: Chunk) -> None:
    """Narrow the ranged views on ``con`` (``ReadOptions(ranged=True)``) to ``chunk``; a view
    of a group of files (``qd_views``, from ingest) also to the files the chunk holds rows of
    (``qd_<n>_files``: first and last place in the group), so that DuckDB opens no other."""
    for end, values in (("first", [a for a, _ in chunk]), ("last", [b for _, b in chunk])):
        con.execute(f"SET VARIABLE qd_{end} = ?::BIGINT[]", [values])
    views = con.execute("SELECT getvariable('qd_views')").fetchall()[0][0] or []
    for n, stop in spans(views, len(chunk)):
        if stop - n > 1:
            held = [i - n for i in range(n, stop) if chunk[i][0] <= chunk[i][1]]
            files = [held[0], held[-1]] if held else [1, 0]
            con.execute(f"SET VARIABLE qd_{n}_files = ?::BIGINT[]", [files])


def spans(views: Sequence[int], sources: int) -> list[tuple[int, int]]:
    """Each view's sources as ``(first, end)`` (``views``: the first source of each view, as
    ingest's ``qd_views``; ``sources``: how many there are)."""
    return list(zip(views, [*views[1:], sources], strict=False))


def mixed(chunks: Sequence[Chunk], views: Sequence[int]) -> set[int]:
    """The chunks holding rows of two or more sources of one view (``views``: the first source of
    each view, as ingest's ``qd_views``)."""
    return {
        index
        for index, chunk in enumerate(chunks)
        for n, end in spans(views, len(chunk))
        if sum(1 for a, b in chunk[n:end] if a <= b) > 1
    }


@dataclass(frozen=True)
class Target:
    """What :class:`Chunked` writes: ``query`` (with ``params``) over the views of a prepared
    connection, to ``out`` with ``prefix`` and the header line ``columns``."""

    out: Path
    query: str
    params: Mapping[str, Any]
    columns: Sequence[str]
    prefix: str = ""
    #: how a chunk holding rows of several files read by one scan sorts them (DuckDB keeps the
    #: order of one file's rows through the judging join, not always that of several files)
    order_by: str = ""


class Chunked:
    """``target`` written chunk by chunk (``chunks``, from :func:`plan`) on the connections
    ``twins`` (cursors of the report's database), each made ready by ``prepare`` in its own
    thread: :meth:`start` sets ``n`` of them going, :meth:`wait` returns the rows written, and
    :meth:`abandon` stops them. The first chunk is written into ``target.out`` itself (with the
    prefix and the header); every other into a file beside it, appended in order as soon as the
    chunks before it are in."""

    def __init__(
        self,
        target: Target,
        chunks: Sequence[Chunk],
        twins: Sequence[Any],
        prepare: Callable[[Any], None],
        mixed: Collection[int] = (),
    ) -> None:
        """``mixed``: the chunks that hold rows of more than one file of a scan (sorted by
        ``target.order_by``: a chunk's rows, never the whole file)."""
        self.target, self.chunks, self.prepare = target, list(chunks), prepare
        self.mixed = frozenset(mixed)
        self._idle = list(twins)
        self._busy: list[Any] = []
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._next = 0  # the next chunk to write
        self._appended = 0  # chunks already in target.out
        self._written: dict[int, int] = {}
        self._errors: list[BaseException] = []
        self._stopped = False

    def part(self, index: int) -> Path:
        out = self.target.out
        return out.with_name(f".{out.name}.{index}.part")

    def start(self, n: int = 1) -> None:
        """Set ``n`` more connections writing (no more than there are chunks left)."""
        for _ in range(min(n, len(self._idle), len(self.chunks) - len(self._busy))):
            twin = self._idle.pop(0)
            self._busy.append(twin)
            thread = threading.Thread(target=self._work, args=(twin,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _take(self) -> int | None:
        with self._lock:
            if self._stopped or self._errors or self._next >= len(self.chunks):
                return None
            self._next += 1
            return self._next - 1

    def _work(self, twin: Any) -> None:
        try:
            self.prepare(twin)
            while (index := self._take()) is not None:
                ranges(twin, self.chunks[index])
                t = self.target
                written = copy_csv(
                    twin,
                    t.query + (t.order_by if index in self.mixed else ""),
                    t.params,
                    t.out if index == 0 else self.part(index),
                    columns=t.columns if index == 0 else None,
                    rows=None,
                    prefix=t.prefix,
                )
                self._done(index, written)
        except BaseException as exc:  # handed to wait(), in the caller's thread
            with self._lock:
                self._errors.append(exc)

    def _done(self, index: int, written: int) -> None:
        with self._lock:
            self._written[index] = written
            while self._appended in self._written and not self._stopped:
                if self._appended:
                    _append(self.part(self._appended), self.target.out)
                self._appended += 1

    def wait(self) -> int:
        """Wait for every chunk; the rows written (an error in a chunk is raised here)."""
        for thread in self._threads:
            thread.join()
        if self._errors:
            raise self._errors[0]
        return sum(self._written.values())

    def abandon(self) -> None:
        """Stop every connection still writing (the report failed); wait for them to stop."""
        with self._lock:
            self._stopped = True
        for twin in self._busy:
            twin.interrupt()
        for thread in self._threads:
            thread.join()

    def close(self) -> None:
        for twin in self._busy + self._idle:
            twin.close()
        for index in range(1, len(self.chunks)):
            self.part(index).unlink(missing_ok=True)


def _append(part: Path, out: Path) -> None:
    """``part`` onto the end of ``out`` (in the kernel where it can), then removed."""
    import shutil

    copy = getattr(os, "copy_file_range", None)  # Linux; it refuses a file opened to append
    with part.open("rb") as src, out.open("r+b") as dst:
        dst.seek(0, 2)
        size = left = os.fstat(src.fileno()).st_size
        try:
            while (
                copy is not None and left > 0 and (done := copy(src.fileno(), dst.fileno(), left))
            ):
                left -= done
        except OSError:  # not between these file systems: the rest through Python
            pass
        if left > 0:
            src.seek(size - left)
            dst.seek(0, 2)
            shutil.copyfileobj(src, dst, 1 << 20)
    part.unlink()
