"""Active items per list on a date, and the reduction rate (精简率) against a baseline.

*Active on D* is :meth:`Item.in_force`; *retired on D* is an item with ``status: retired`` whose
``retired_on`` is on or before D; *vetoed* counts ``status: vetoed`` items. The community work
item count is the sum of the active items of the lists ``[rate] counted`` names (one kind of
object: work items); the rate is ``(before - after) / before`` as a fraction (0.5632 = 56.3 %),
``None`` when there is no baseline. Other lists are counted but never mixed into the rate.

A baseline comes from ``--baseline N``, or from the lists at a git revision counted on the same
date (so the figure isolates what the list change did), or from ``qingdan.toml``.

Before the first day any counted item took effect the lists were not in force: the result says
so (``lists_in_force`` false, no rate) instead of "100 %". The result also counts the counted
items cut from a shared source row (``source_class: split``) and those with illustrative dates,
so a reader of "83" knows what it is made of; ``[[rate.history]]`` in ``qingdan.toml`` holds the
reported figures (2015: 85 items in three lists, 50 %; 2022: 190 → 83) with their sources.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from qingdan.core.lists.kinds import KIND_KEYS
from qingdan.core.lists.model import ListSet

DEFAULT_COUNTED = ("self-governance", "assisted")


@dataclass(frozen=True)
class ListCount:
    active: int
    retired: int
    vetoed: int

    def as_dict(self) -> dict[str, int]:
        return {"active": self.active, "retired": self.retired, "vetoed": self.vetoed}


@dataclass(frozen=True)
class Baseline:
    count: int | None
    source: str
    revision: str | None = None  #: the commit, when the baseline came from git
    lists: Mapping[str, ListCount] | None = None  #: per-list counts at that revision


@dataclass(frozen=True)
class HistoryEntry:
    """One reported reduction (``[[rate.history]]``): as published, with its source."""

    label: str
    after: int
    source: str
    before: int | None = None
    before_note: str | None = None
    reported_rate: float | None = None
    lists: int | None = None
    date: str | None = None
    year: int | None = None
    document: str | None = None
    current: bool = False  #: the figure the lists reproduce (checked against the count)

    @property
    def rate(self) -> float | None:
        """The rate computed from before/after when both are given, else as reported."""
        computed = reduction_rate(self.before, self.after)
        return computed if computed is not None else self.reported_rate


@dataclass(frozen=True)
class RateResult:
    at: dt.date
    counted: tuple[str, ...]
    baseline: Baseline
    current: int
    lists: Mapping[str, ListCount]
    in_force_from: dt.date | None = None  #: first day a counted item was in force
    split: int = 0  #: counted items in force cut from a shared source row
    illustrative: int = 0  #: counted items in force whose dates are illustrative
    history: tuple[HistoryEntry, ...] = ()

    @property
    def lists_in_force(self) -> bool:
        return self.in_force_from is not None and self.at >= self.in_force_from

    @property
    def reduction_rate(self) -> float | None:
        if not self.lists_in_force:
            return None
        return reduction_rate(self.baseline.count, self.current)

    @property
    def ok(self) -> bool:
        return self.lists_in_force

    def agrees(self, entry: HistoryEntry) -> bool | None:
        """Whether a ``current`` history entry's figure is the lists' count (None: not checked)."""
        return entry.after == self.current if entry.current else None


def reduction_rate(before: int | None, after: int) -> float | None:
    if not before:
        return None
    return round((before - after) / before, 4)


def count_lists(lists: ListSet, at: dt.date) -> dict[str, ListCount]:
    """Per kind (in the canonical order): active, retired and vetoed on ``at``."""
    out: dict[str, ListCount] = {}
    order = [k for k in KIND_KEYS if lists.by_kind(k)] + [
        f.kind for f in lists.files if f.kind not in KIND_KEYS
    ]
    for kind in order:
        file = lists.by_kind(kind)
        items = file.items if file else ()
        out[kind] = ListCount(
            active=sum(1 for i in items if i.in_force(at)),
            retired=sum(
                1
                for i in items
                if i.status == "retired" and i.retired_on is not None and i.retired_on <= at
            ),
            vetoed=sum(1 for i in items if i.status == "vetoed"),
        )
    return out


def counted_kinds(config: Mapping[str, Any]) -> tuple[str, ...]:
    value = config.get("counted")
    return tuple(value) if isinstance(value, list) and value else DEFAULT_COUNTED


def community_count(counts: Mapping[str, ListCount], counted: Sequence[str]) -> int:
    return sum(counts[k].active for k in counted if k in counts)


def config_baseline(config: Mapping[str, Any]) -> Baseline:
    count = config.get("baseline")
    source = config.get("baseline_source") or "qingdan.toml [rate] baseline"
    return Baseline(count if isinstance(count, int) else None, str(source))


def revision_baseline(
    lists: ListSet, at: dt.date, counted: Sequence[str], label: str, commit: str
) -> Baseline:
    counts = count_lists(lists, at)
    return Baseline(community_count(counts, counted), f"git:{label}", commit, counts)


def history_entries(config: Mapping[str, Any]) -> tuple[HistoryEntry, ...]:
    """``[[rate.history]]`` (schema-checked already) as entries, in the file's order."""
    out = []
    for raw in config.get("history") or ():
        out.append(
            HistoryEntry(
                label=str(raw["label"]),
                after=int(raw["after"]),
                source=str(raw["source"]),
                before=raw.get("before"),
                before_note=raw.get("before_note"),
                reported_rate=raw.get("rate"),
                lists=raw.get("lists"),
                date=raw.get("date"),
                year=raw.get("year"),
                document=raw.get("document"),
                current=bool(raw.get("current", False)),
            )
        )
    return tuple(out)


def _first_day(lists: ListSet, counted: Sequence[str]) -> dt.date | None:
    days = [
        i.effective_from
        for i in lists
        if i.kind in counted
        and i.effective_from
        and i.status != "vetoed"
        and (i.last_day() or i.effective_from) >= i.effective_from
    ]
    return min(days) if days else None


def rate(
    lists: ListSet,
    at: dt.date,
    config: Mapping[str, Any],
    baseline: Baseline | None = None,
    *,
    history: bool = False,
) -> RateResult:
    """Counts on ``at`` and the rate against ``baseline`` (default: ``[rate]`` of the config);
    with ``history``, the reported reductions of ``[[rate.history]]`` too."""
    counted = counted_kinds(config)
    counts = count_lists(lists, at)
    chosen = baseline if baseline is not None else config_baseline(config)
    active = lists.in_force(at, counted)
    return RateResult(
        at,
        counted,
        chosen,
        community_count(counts, counted),
        counts,
        in_force_from=_first_day(lists, counted),
        split=sum(1 for i in active if i.source_class == "split"),
        illustrative=sum(1 for i in active if i.dates_illustrative),
        history=history_entries(config) if history else (),
    )
