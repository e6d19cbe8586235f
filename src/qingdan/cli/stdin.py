"""Standard input for ``qingdan check -``."""

from __future__ import annotations

import sys


def stdin_text() -> str:
    """Standard input as text (UTF-8, a BOM allowed); undecodable input is exit 3."""
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from qingdan.errors import DataError
        from qingdan.messages import msg

        raise DataError(msg("check.not_utf8"), path="<stdin>") from None
