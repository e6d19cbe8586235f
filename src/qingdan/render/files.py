"""Atomic file writes: a temp file in the target folder, then ``os.replace`` (DESIGN §4).

Readers see the old file or the new one, never half of it; an error leaves no temp file behind.
The result gets the permissions a plain ``open()`` would give (``mkstemp`` makes 0600).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """A binary file to stream into; it replaces ``path`` only when the block ends cleanly."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
        Path(tmp).chmod(0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write(path: Path, data: str | bytes, encoding: str = "utf-8") -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_writer(path) as fh:
        fh.write(data.encode(encoding) if isinstance(data, str) else data)


def atomic_write_all(files: Mapping[Path, bytes]) -> None:
    """Write every file or none: each goes to a temp file beside it first, and only when all
    are written do they replace their targets (renames in one folder, which do not fail for
    want of space). An error on the way leaves every target as it was and no temp file."""
    done: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
            done.append((tmp, path))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            Path(tmp).chmod(0o666 & ~_umask())
    except BaseException:
        for tmp, _ in done:
            Path(tmp).unlink(missing_ok=True)
        raise
    for tmp, path in done:
        os.replace(tmp, path)
