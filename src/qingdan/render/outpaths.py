"""Output paths checked before any work starts (issue 12 kind 5): exit 2 naming the path.

Contract: :func:`output_dir` (``report --out``) and :func:`output_file` (``--db``, ``--log``,
``generate --out``, ``export --out``) raise :class:`~qingdan.errors.UsageError` when the path
cannot be written as asked: an existing file where a folder is wanted (or the reverse), a device
or FIFO, one of the command's own input files, a folder that cannot be written, an existing
``--db`` that is not a DuckDB database. Writability is proven, not guessed from mode bits (root
ignores them): a temp file is created and removed in the nearest existing folder. Nothing is
left behind and no folder is created here.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from qingdan.errors import DataError, UsageError
from qingdan.i18n import t

DUCKDB_MAGIC = b"DUCK"  #: bytes 8–11 of every DuckDB database file


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def _ancestor(path: Path) -> Path:
    folder = path.absolute()
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def _probe(path: Path, shown: Path) -> None:
    """Prove ``path`` (an existing folder) takes new files."""
    if not path.is_dir():
        raise UsageError(t("outpath.under_file", path=shown, parent=path), t("outpath.hint"))
    try:
        fd, name = tempfile.mkstemp(prefix=".qingdan-probe-", dir=path)
    except OSError as exc:
        raise UsageError(
            t("outpath.not_writable", path=shown, error=exc.strerror or exc), t("outpath.hint")
        ) from None
    os.close(fd)
    Path(name).unlink()


def read_stdin(stream: BinaryIO, limit: int = 64 << 20) -> bytes:
    """Standard input, at most ``limit`` bytes (``check - < /dev/zero`` must not eat memory)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        size = f"> {limit / 2**20:,.1f} MiB"
        raise DataError(
            t("limits.too_large", size=size, limit=f"{limit / 2**20:,.1f} MiB"),
            t("limits.hint"),
            path="<stdin>",
        )
    return bytes(data)


def output_dir(path: Path, inputs: Iterable[Path] = ()) -> None:
    """``path`` can become (or be replaced by) a folder of outputs."""
    if path.exists() and not path.is_dir():
        raise UsageError(t("outpath.not_folder", path=path), t("outpath.hint"))
    for source in inputs:
        if _same(path, source):
            raise UsageError(t("outpath.is_input", path=path), t("outpath.hint"))
    _probe(path if path.exists() else _ancestor(path), path)
    if path.exists():
        _probe(path.absolute().parent, path)


def output_file(path: Path, inputs: Iterable[Path] = (), *, database: bool = False) -> None:
    """``path`` can be written (replaced, or appended to) as a regular file."""
    if path.is_dir():
        raise UsageError(t("outpath.is_folder", path=path), t("outpath.hint"))
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        raise UsageError(t("outpath.not_regular", path=path), t("outpath.hint"))
    for source in inputs:
        if _same(path, source):
            raise UsageError(t("outpath.is_input", path=path), t("outpath.hint"))
    if database and path.exists() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            head = fh.read(12)
        if head[8:12] != DUCKDB_MAGIC:
            raise UsageError(t("outpath.not_duckdb", path=path), t("outpath.hint"))
    if database and not path.absolute().parent.is_dir():
        raise UsageError(t("outpath.no_folder", path=path), t("outpath.hint"))
    _probe(_ancestor(path.absolute().parent), path)
    if path.exists() and not os.access(path, os.W_OK):
        raise UsageError(t("outpath.not_writable", path=path, error="read-only"), t("outpath.hint"))
