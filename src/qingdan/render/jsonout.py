"""The versioned JSON envelope every machine format uses (DESIGN §3)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1


def envelope(**fields: Any) -> dict[str, Any]:
    """``{"schema_version": 1, **fields}`` in that key order."""
    return {"schema_version": SCHEMA_VERSION, **fields}


def _default(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if callable(getattr(value, "as_dict", None)):  # Msg → {"key", "params": {...}}, Revision
        return value.as_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


def dumps(document: Any, indent: int | None = 2) -> str:
    """JSON text; C1 controls and bidi characters as ``\\uXXXX`` (same data, safe to print)."""
    from qingdan.render.safe import UNSAFE

    text = json.dumps(document, ensure_ascii=False, indent=indent, default=_default)
    return UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
