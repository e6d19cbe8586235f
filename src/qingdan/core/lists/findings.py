"""Findings: one problem in one file at one place. Parse errors are findings too (STYLE §3)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from qingdan.messages import Text

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Finding:
    file: str
    line: int
    column: int
    code: str
    message: Text
    path: str = ""  #: the YAML path, e.g. ``items[3].legal_basis``
    severity: Severity = "error"

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


def yaml_path(parts: tuple[str | int, ...]) -> str:
    """``("items", 3, "id")`` → ``items[3].id``."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
