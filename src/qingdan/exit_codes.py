"""The one exit-status enum every command returns (DESIGN §3).

The status never depends on ``--format``: JSON and text runs of the same input exit alike.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Documented exit statuses of ``qingdan``."""

    OK = 0  #: the run worked and found nothing to report
    FINDINGS = 1  #: the run worked and found problems (findings, review, rejected, violations)
    USAGE = 2  #: bad option, missing file, unknown id or revision
    DATA = 3  #: unreadable input data (malformed request/activity file, undecodable encoding)
    INTERNAL = 70  #: a bug in qingdan (EX_SOFTWARE); the message asks to rerun with --debug
    INTERRUPTED = 130  #: interrupted (Ctrl-C)
