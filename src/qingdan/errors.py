"""One exception family. Each error carries a message a person can act on and an exit status.

The CLI's error boundary (``qingdan.cli.app``) prints ``str(error)`` and the hint on stderr and
exits with ``error.exit_code``; a traceback appears only with ``--debug``.
"""

from __future__ import annotations

from pathlib import Path

from qingdan.exit_codes import ExitCode
from qingdan.messages import Text


class QingdanError(Exception):
    """Base of every error qingdan raises on purpose."""

    exit_code: ExitCode = ExitCode.USAGE

    def __init__(
        self,
        message: Text,
        hint: Text | None = None,
        *,
        path: Path | str | None = None,
        line: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.path = str(path) if path is not None else None
        self.line = line

    @property
    def location(self) -> str | None:
        if self.path is None:
            return None
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:  # developer-facing; the CLI shows ``i18n.tr(message)``
        where = self.location
        return f"{where}: {self.message}" if where else str(self.message)


class UsageError(QingdanError):
    """Bad option, missing file, unknown id or revision (exit 2)."""

    exit_code = ExitCode.USAGE


class DataError(QingdanError):
    """Input data that cannot be read (exit 3)."""

    exit_code = ExitCode.DATA


class WorkspaceError(UsageError):
    """A workspace or its ``qingdan.toml`` cannot be used (exit 2)."""
