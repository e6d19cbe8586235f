"""Limits on input, checked before anything is parsed (issue 12; docs/reference/limits.md).

Contract: :func:`regular_file` and :func:`inflated_size` look at a path without reading its
content and raise :class:`LimitExceeded` (a message key and parameters, no translated text) when
it must not be read: not a regular file (a device, a FIFO, a folder), over the size allowed for its
kind of input, or a zip (xlsx) that would inflate past its limit. :func:`json_loads` parses JSON
with RFC 8259's numbers only (no NaN/Infinity), a nesting depth and an integer-digit limit.
Callers turn :class:`LimitExceeded` into a finding with exit 3 (``validate``: a finding, exit 1).
"""

from __future__ import annotations

import json
import math
import re
import stat
from pathlib import Path
from typing import Any

#: bytes allowed per kind of input file (activity logs other than xlsx are streamed: no limit)
MAX_FILE_BYTES: dict[str, int | None] = {
    "list": 32 << 20,
    "request": 16 << 20,
    "table": 64 << 20,
    "workbook": 64 << 20,
    "activity": None,
}
#: bytes an xlsx may inflate to, per kind of input
MAX_INFLATED_BYTES: dict[str, int] = {
    "table": 256 << 20,
    "workbook": 256 << 20,
    "activity": 2 << 30,
}
MAX_DEPTH = 100  #: nesting of mappings/sequences in YAML and JSON
MAX_SCALAR_CHARS = 100_000  #: characters in one YAML/JSON string or one request-table cell
MAX_CELL_BYTES = 100_000  #: UTF-8 bytes in one text cell of an activity row (else ``too_long``)
MAX_HOURS = 24.0  #: hours one activity row may carry (``[report] max_hours``)
EARLIEST = "1990-01-01"  #: first plausible activity date (``[report] earliest_date``)
LATEST = "2100-12-31"  #: last plausible activity date (``[report] latest_date``)
MAX_INT_DIGITS = 100  #: digits in one integer (Python refuses more than 4,300 anyway)


class LimitExceeded(Exception):
    """An input that must not be read; ``key`` names the message, ``params`` fill it."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def regular_file(path: Path, kind: str) -> int:
    """The size of ``path`` when it is a regular file (symlinks followed) within its kind's
    limit; raises :class:`LimitExceeded` otherwise. Never opens the file (a FIFO would block)."""
    try:
        info = Path(path).stat()
    except FileNotFoundError:
        raise LimitExceeded("limits.missing") from None
    except OSError as exc:
        raise LimitExceeded("limits.unreadable", error=exc.strerror or str(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise LimitExceeded("limits.folder")
    if not stat.S_ISREG(info.st_mode):
        raise LimitExceeded("limits.not_regular")
    limit = MAX_FILE_BYTES.get(kind)
    if limit is not None and info.st_size > limit:
        raise LimitExceeded("limits.too_large", size=_mib(info.st_size), limit=_mib(limit))
    return info.st_size


def inflated_size(path: Path | bytes, kind: str) -> int:
    """What the zip container ``path`` (an xlsx) declares it inflates to; raises
    :class:`LimitExceeded` past the kind's limit or when it is not a zip at all. ``zipfile``
    never inflates a member beyond its declared size, so the declaration bounds the work."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(path) if isinstance(path, bytes) else path) as book:
            total = sum(info.file_size for info in book.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise LimitExceeded("limits.not_xlsx", error=str(exc) or type(exc).__name__) from None
    limit = MAX_INFLATED_BYTES[kind]
    if total > limit:
        raise LimitExceeded("limits.inflates", size=_mib(total), limit=_mib(limit))
    return total


def _mib(size: int) -> str:
    return f"{size / 2**20:,.1f} MiB"


def _constant(name: str) -> Any:
    raise LimitExceeded("limits.not_finite", value=name)


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise LimitExceeded("limits.integer", digits=len(text.lstrip("-")), limit=MAX_INT_DIGITS)
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise LimitExceeded("limits.not_finite", value=text[:20])
    return value


def json_loads(text: str) -> Any:
    """``json.loads`` for input data: NaN/Infinity, integers over :data:`MAX_INT_DIGITS` digits,
    floats that overflow, strings over :data:`MAX_SCALAR_CHARS` and nesting deeper than
    :data:`MAX_DEPTH` raise :class:`LimitExceeded`; syntax errors stay ``json.JSONDecodeError``."""
    try:
        data = json.loads(text, parse_constant=_constant, parse_int=_integer, parse_float=_float)
    except RecursionError:
        raise LimitExceeded("limits.depth", limit=MAX_DEPTH) from None
    check_tree(data)
    return data


def check_tree(data: Any) -> None:
    """Depth and string size of parsed data (iterative: a deep tree cannot overflow the stack)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            if len(value) > MAX_SCALAR_CHARS:
                raise LimitExceeded("limits.scalar", size=len(value), limit=MAX_SCALAR_CHARS)
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise LimitExceeded("limits.surrogate") from None
            continue
        if isinstance(value, dict):
            children: list[Any] = [*value.keys(), *value.values()]
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > MAX_DEPTH:
            raise LimitExceeded("limits.depth", limit=MAX_DEPTH)
        stack.extend((child, depth + 1) for child in children)


_BRACKETS = re.compile(r"[\[\]{}]")
_LEAD = re.compile(r"^[ \t-]*", re.M)
#: a bound on nesting checked on the text, before the YAML parser sees it: PyYAML's C composer
#: recurses per level and can overflow the C stack (a segmentation fault, not a RecursionError)
#: long before Python's recursion limit, on some versions at ~10^5 levels
MAX_TEXT_DEPTH = 1000


def yaml_text_depth_ok(text: str) -> bool:
    """Whether ``text`` is certainly nested less than :data:`MAX_TEXT_DEPTH` deep.

    Flow nesting is bounded by the open brackets ([ and {) not yet closed (quoted brackets
    counted too: a bound, never an undercount); block nesting by the longest run of spaces,
    tabs and dashes that opens a line (each block level takes at least one of them).
    """
    if max(map(len, _LEAD.findall(text)), default=0) > MAX_TEXT_DEPTH:
        return False
    depth = 0
    for match in _BRACKETS.finditer(text):
        depth += 1 if match.group() in "[{" else -1
        if depth > MAX_TEXT_DEPTH:
            return False
        depth = max(depth, 0)
    return True
