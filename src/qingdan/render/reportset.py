"""A report written as a set (issue 12 kind 10): old and new files are never mixed.

Contract: ``with report_set(out) as staging:`` gives a fresh hidden folder beside ``out``
(``.<name>.qingdan-<pid>-<random>``) to write every file into. When the block ends cleanly the
set takes ``out``'s place: a missing ``out``, or one holding nothing but a previous report
(:data:`REPORT_FILES`), is swapped whole (two renames; the old set is then removed); an ``out``
holding other files too (``--out .``) gets each file by ``os.replace``, the big ones first.
On any error or interrupt the staging folder is removed and ``out`` is untouched. Staging
folders left by a killed run (``kill -9``) are removed by the next run once their process is gone.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPORT_FILES = ("violations.csv", "report.xlsx", "metrics.json", "report.md", "report.html")
_STAGING = re.compile(r"^\.(?P<name>.+)\.qingdan-(?P<pid>\d+)-[a-z0-9_]+$")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep(parent: Path, name: str) -> None:
    """Remove staging folders of ``name`` left by runs that no longer exist."""
    if not parent.is_dir():
        return
    for entry in parent.iterdir():
        found = _STAGING.match(entry.name)
        if found and found["name"] == name and entry.is_dir() and not _alive(int(found["pid"])):
            shutil.rmtree(entry, ignore_errors=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def report_set(out: Path) -> Iterator[Path]:
    """A staging folder whose files replace ``out`` as one set when the block ends cleanly."""
    out = out.absolute()
    out.parent.mkdir(parents=True, exist_ok=True)
    sweep(out.parent, out.name)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.qingdan-{os.getpid()}-", dir=out.parent))
    try:
        yield staging
        staging.chmod(0o777 & ~_umask())
        _commit(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _commit(staging: Path, out: Path) -> None:
    if not out.exists():
        staging.rename(out)
        return
    if all(p.name in REPORT_FILES for p in out.iterdir()):
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}.qingdan-{os.getpid()}-", dir=out.parent))
        old.rmdir()
        out.rename(old)
        try:
            staging.rename(out)
        except BaseException:
            old.rename(out)
            raise
        shutil.rmtree(old, ignore_errors=True)
        return
    names = sorted((p.name for p in staging.iterdir()), key=_order)
    for name in names:
        os.replace(staging / name, out / name)
    staging.rmdir()


def _order(name: str) -> int:
    return REPORT_FILES.index(name) if name in REPORT_FILES else -1
