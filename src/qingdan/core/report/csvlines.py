"""Exact physical line numbers for CSV files DuckDB's reader would miscount (issue 12 kind 7).

DuckDB numbers records, not lines: after a quoted line break or a blank line, the line of a
reject drifts, and an unterminated quote folds every record after it into one reject. The
common case costs one count of ``\\n`` bytes: when the file has exactly one line per record
(header + rows + DuckDB's rejected lines), DuckDB's numbering is already the physical one.
Otherwise :func:`normalize` re-splits the file in Python: each record of the header's width is
written as ``[line it starts on, *cells]`` to a temp CSV (read back with explicit line numbers),
each other record becomes a reject at its line. A multi-line record of the wrong width is an
unterminated quote: its first line is the reject and reading resumes on the next line, so the
records after it are read, not lost.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from pathlib import Path

#: DuckDB-style error types, mapped to reject codes by :mod:`.ingest`
TOO_MANY, TOO_FEW, QUOTE, UNICODE = (
    "TOO MANY COLUMNS",
    "MISSING COLUMNS",
    "UNTERMINATED QUOTE",
    "INVALID UNICODE",
)


def physical_lines(path: Path) -> int:
    """Lines in ``path`` (a last line without ``\\n`` counts too)."""
    count, last = 0, b"\n"
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 22), b""):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


class _Lines:
    """The file's lines, numbered, with lines pushed back to be read again."""

    def __init__(self, path: Path) -> None:
        self.fh = path.open("rb")
        self.number = 0
        self.back: list[tuple[int, bytes]] = []
        self.used: list[tuple[int, bytes]] = []

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        if self.back:
            number, raw = self.back.pop()
        else:
            raw = self.fh.readline()
            if not raw:
                raise StopIteration
            self.number += 1
            number = self.number
        self.used.append((number, raw))
        return raw.decode("utf-8", "surrogateescape")


def normalize(
    source: Path, out: Path, delim: str, width: int, columns: Mapping[str, int]
) -> list[tuple[int, str, str]]:
    """Write ``out`` (``__line`` + the canonical ``columns``: name → position in the source);
    return (line, error type, text) of every record that is not ``width`` fields wide."""
    rejects: list[tuple[int, str, str]] = []
    csv.field_size_limit(max(csv.field_size_limit(), 1 << 30))
    lines = _Lines(source)
    try:
        reader = csv.reader(lines, delimiter=delim, quotechar='"', doublequote=True)
        with out.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["__line", *columns])
            positions = list(columns.values())
            next(reader, None)  # the header
            lines.used.clear()
            for cells in reader:
                used, lines.used = lines.used, []
                if not used:
                    continue
                first, raw = used[0]
                text = raw.decode("utf-8", "replace").rstrip("\r\n")[:200]
                if not cells:  # a blank line is not a record
                    continue
                if any("\udc80" <= ch <= "\udcff" for cell in cells for ch in cell):
                    rejects.append((first, UNICODE, text))
                elif len(cells) == width:
                    writer.writerow([first, *(cells[i] for i in positions)])
                elif len(used) > 1:  # an unterminated quote ran on: reject its line, read on
                    rejects.append((first, QUOTE, text))
                    lines.back.extend(reversed(used[1:]))
                else:
                    rejects.append((first, TOO_MANY if len(cells) > width else TOO_FEW, text))
    finally:
        lines.fh.close()
    return rejects
