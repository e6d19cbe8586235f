"""Browsing the lists: per-list counts, one item as stored, fuzzy search (pure functions)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qingdan.core.lists.kinds import BY_KEY, KIND_KEYS
from qingdan.core.lists.model import Item, ListSet
from qingdan.core.lists.textmatch import Candidate, Matcher


@dataclass(frozen=True)
class ListSummary:
    kind: str
    title: str
    file: str
    active: int
    retired: int
    vetoed: int
    dates_illustrative: bool = False  #: the list's dates are illustrative (shown as 示例)
    jurisdiction: str | None = None

    @property
    def items(self) -> int:
        return self.active + self.retired + self.vetoed


def summarize(lists: ListSet) -> list[ListSummary]:
    """One row per list, in the canonical order of the seven kinds."""
    order = {kind: i for i, kind in enumerate(KIND_KEYS)}
    rows = [
        ListSummary(
            kind=f.kind,
            title=f.title or (BY_KEY[f.kind].title if f.kind in BY_KEY else ""),
            file=f.shown,
            active=f.count("active"),
            retired=f.count("retired"),
            vetoed=f.count("vetoed"),
            dates_illustrative=f.dates_illustrative or any(i.dates_illustrative for i in f.items),
            jurisdiction=f.jurisdiction,
        )
        for f in lists.files
    ]
    return sorted(rows, key=lambda r: order.get(r.kind, len(order)))


def item_document(item: Item) -> dict[str, Any]:
    """The item as stored, plus its ``kind`` and where it is (``show --format json``)."""
    return {**dict(item.raw), "kind": item.kind, "location": item.location}


@dataclass(frozen=True)
class Found:
    """What ``qingdan search`` found: the query and the candidates, best first."""

    query: str
    results: tuple[Candidate, ...]


def search(
    lists: ListSet, query: str, limit: int = 10, floor: float = 50.0, kinds: list[str] | None = None
) -> Found:
    """Items whose title, aliases or keywords resemble ``query``, best first."""
    return Found(
        query, tuple(Matcher(lists.items).match(query, kinds=kinds, limit=limit, floor=floor))
    )
