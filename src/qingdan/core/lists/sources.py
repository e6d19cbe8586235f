"""Provenance values of the list model: source classes, precedents, list-level date defaults.

Kept apart from :mod:`qingdan.core.lists.model` (the item itself) so that each stays small; the
model imports these, nothing here imports the model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SOURCE_CLASSES = ("verbatim", "paraphrase", "split", "derived")


@dataclass(frozen=True)
class Reference:
    """A document cited as a precedent (another place's rule on the same work), not a basis."""

    document: str
    where: str | None = None
    jurisdiction: str | None = None
    ref: str | None = None

    def __str__(self) -> str:
        text = self.document if self.document.startswith("《") else f"《{self.document}》"
        return text + (self.where or "") + (f"（{self.jurisdiction}）" if self.jurisdiction else "")


def opt(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def references(value: Any) -> tuple[Reference, ...]:
    out = []
    if isinstance(value, list):
        for entry in value:
            if isinstance(entry, dict) and isinstance(entry.get("document"), str):
                out.append(
                    Reference(
                        entry["document"],
                        opt(entry.get("where")),
                        opt(entry.get("jurisdiction")),
                        opt(entry.get("ref")),
                    )
                )
    return tuple(out)


@dataclass(frozen=True)
class DatesDefault:
    """A list file's ``dates_source``/``dates_illustrative``, inherited by its items."""

    source: str | None = None
    illustrative: bool = False
