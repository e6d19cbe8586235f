"""Semantic diff of the lists between two snapshots, by stable id, and the history rules.

Items are matched by id across *all* lists, so order, quoting and layout never show up. Per list:
``added`` (id new everywhere), ``retired`` / ``vetoed`` (status became retired / vetoed),
``reinstated`` (retired or vetoed → active), ``deleted`` (id gone from every list), and
``changed`` (field by field; the lifecycle fields status/retired_on/reason are left out when the
change is already reported as retired, vetoed or reinstated). An item that moved lists shows in
its new list as changed with the field ``kind``.

History rules (``qingdan diff --check`` exits 1 on any):

| rule | when |
| --- | --- |
| ``deleted`` | an id of the base is in no list of the head (retire it instead) |
| ``id-reused`` | same id, different item: the normalized titles score below :data:`SAME_ITEM`
  (rapidfuzz ratio, 0–100) and neither title is among the other's title and aliases |
| ``moved`` | an id is in a different list than in the base |
| ``reactivated`` | retired/vetoed → active without a non-empty ``reason`` and an
  ``effective_from`` on or after the base's ``retired_on`` (the dated reason) |
| ``effective-before-published`` | a new item's ``effective_from`` is before its ``published_on`` |

A list file that fails to parse at either side is a :class:`DataError` (exit 3): diffing it would
report every item as deleted. Over 150 lines: the change types and the rules share one pass.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from qingdan.core.lists.kinds import KIND_KEYS
from qingdan.core.lists.model import Item, ListSet
from qingdan.core.maintain.history import Snapshot, require_parsed
from qingdan.core.maintain.rate import community_count, count_lists, reduction_rate
from qingdan.messages import Text, msg

SAME_ITEM = 50.0
LIFECYCLE = ("status", "retired_on", "reason")
UNORDERED = ("aliases", "keywords")
FIELD_ORDER = (
    "title",
    "aliases",
    "keywords",
    "department",
    "legal_basis",
    "published_on",
    "effective_from",
    "effective_to",
    "status",
    "retired_on",
    "reason",
    "source",
)
RULES = ("deleted", "id-reused", "moved", "reactivated", "effective-before-published")


@dataclass(frozen=True)
class FieldChange:
    before: Any
    after: Any


@dataclass(frozen=True)
class Changed:
    id: str
    fields: Mapping[str, FieldChange]


@dataclass(frozen=True)
class ListDiff:
    kind: str
    added: tuple[str, ...] = ()
    retired: tuple[str, ...] = ()
    vetoed: tuple[str, ...] = ()
    reinstated: tuple[str, ...] = ()
    deleted: tuple[str, ...] = ()
    changed: tuple[Changed, ...] = ()
    active_before: int = 0
    active_after: int = 0

    @property
    def headline(self) -> tuple[int, int, int]:
        """Terraform style: (+ added/reinstated, − retired/vetoed/deleted, ~ changed)."""
        plus = len(self.added) + len(self.reinstated)
        minus = len(self.retired) + len(self.vetoed) + len(self.deleted)
        return plus, minus, len(self.changed)

    @property
    def empty(self) -> bool:
        return not (
            self.added
            or self.retired
            or self.vetoed
            or self.reinstated
            or self.deleted
            or self.changed
        )


@dataclass(frozen=True)
class Violation:
    rule: str
    id: str
    message: Text
    file: str
    line: int


@dataclass(frozen=True)
class DiffResult:
    base: str  #: the revision as given
    base_commit: str | None
    head: str  #: the revision as given, or "working tree"
    head_commit: str | None
    at: dt.date
    lists: tuple[ListDiff, ...]
    counts: tuple[int, int]
    rates: tuple[float | None, float | None]
    violations: tuple[Violation, ...] = field(default=())
    titles: Mapping[str, str] = field(default_factory=dict, compare=False)  #: id → title

    @property
    def empty(self) -> bool:
        return all(d.empty for d in self.lists)

    @property
    def ok(self) -> bool:
        return not self.violations


def _value(item: Item, key: str) -> Any:
    value = item.raw.get(key)
    if key in UNORDERED and isinstance(value, list):
        return sorted(str(v) for v in value)
    return value


def field_changes(before: Item, after: Item) -> dict[str, FieldChange]:
    keys = [k for k in FIELD_ORDER if k in before.raw or k in after.raw]
    keys += sorted(k for k in {*before.raw, *after.raw} if k not in FIELD_ORDER and k != "id")
    return {
        k: FieldChange(before.raw.get(k), after.raw.get(k))
        for k in keys
        if _value(before, k) != _value(after, k)
    }


def same_item(before: Item, after: Item) -> bool:
    """Whether two items under one id are the same item (see the module's rule table)."""
    if before.title == after.title:
        return True
    from rapidfuzz import fuzz

    from qingdan.core.lists.textmatch import normalize

    old = {normalize(n) for n in before.names}
    new = {normalize(n) for n in after.names}
    if normalize(after.title) in old or normalize(before.title) in new:
        return True
    return float(fuzz.ratio(normalize(before.title), normalize(after.title))) >= SAME_ITEM


def _index(lists: ListSet) -> dict[str, Item]:
    return {item.id: item for item in lists if item.id}


def _kinds(base: ListSet, head: ListSet) -> list[str]:
    present = {f.kind for f in (*base.files, *head.files)}
    return [k for k in KIND_KEYS if k in present] + sorted(present - set(KIND_KEYS))


def _violation(rule: str, item: Item, **fields: object) -> Violation:
    return Violation(
        rule, item.id, msg(f"diff.rule.{rule}", id=item.id, **fields), item.file, item.line
    )


def _transition(old: Item, new: Item) -> str | None:
    if old.status == new.status:
        return None
    if new.status == "active":
        return "reinstated"
    return new.status if new.status in ("retired", "vetoed") else None


def _rules(old: Item | None, new: Item) -> list[Violation]:
    found: list[Violation] = []
    if old is None:
        if new.effective_from and new.published_on and new.effective_from < new.published_on:
            found.append(
                _violation(
                    "effective-before-published",
                    new,
                    effective_from=new.effective_from,
                    published=new.published_on,
                )
            )
        return found
    if old.kind != new.kind:
        found.append(_violation("moved", new, before=old.kind, after=new.kind))
    if not same_item(old, new):
        found.append(_violation("id-reused", new, before=old.title, after=new.title))
    if old.status in ("retired", "vetoed") and new.status == "active":
        dated = (
            (new.reason or "").strip()
            and new.effective_from is not None
            and (old.retired_on is None or new.effective_from >= old.retired_on)
        )
        if not dated:
            found.append(_violation("reactivated", new, status=old.status))
    return found


def diff(
    base: Snapshot, head: Snapshot, at: dt.date, counted: tuple[str, ...], baseline: int | None
) -> DiffResult:
    """Compare ``base`` with ``head``; counts are taken on ``at`` against ``baseline``."""
    require_parsed(base.lists, "diff")
    require_parsed(head.lists, "diff")
    old_index, new_index = _index(base.lists), _index(head.lists)
    before_counts, after_counts = count_lists(base.lists, at), count_lists(head.lists, at)
    violations: list[Violation] = []
    out: list[ListDiff] = []
    for kind in _kinds(base.lists, head.lists):
        buckets: dict[str, list[str]] = {
            k: [] for k in ("added", "retired", "vetoed", "reinstated", "deleted")
        }
        changed: list[Changed] = []
        head_file, base_file = head.lists.by_kind(kind), base.lists.by_kind(kind)
        for new in head_file.items if head_file else ():
            old = old_index.get(new.id)
            violations.extend(_rules(old, new))
            if old is None:
                buckets["added"].append(new.id)
                continue
            step = _transition(old, new)
            if step:
                buckets[step].append(new.id)
            fields = field_changes(old, new)
            if step:
                fields = {k: v for k, v in fields.items() if k not in LIFECYCLE}
            if old.kind != new.kind:
                fields = {"kind": FieldChange(old.kind, new.kind), **fields}
            if fields:
                changed.append(Changed(new.id, fields))
        for old in base_file.items if base_file else ():
            if old.id not in new_index:
                buckets["deleted"].append(old.id)
                violations.append(_violation("deleted", old))
        out.append(
            ListDiff(
                kind,
                added=tuple(sorted(buckets["added"])),
                retired=tuple(sorted(buckets["retired"])),
                vetoed=tuple(sorted(buckets["vetoed"])),
                reinstated=tuple(sorted(buckets["reinstated"])),
                deleted=tuple(sorted(buckets["deleted"])),
                changed=tuple(sorted(changed, key=lambda c: c.id)),
                active_before=before_counts[kind].active if kind in before_counts else 0,
                active_after=after_counts[kind].active if kind in after_counts else 0,
            )
        )
    before = community_count(before_counts, counted)
    after = community_count(after_counts, counted)
    return DiffResult(
        base.label,
        base.commit,
        head.label,
        head.commit,
        at,
        tuple(out),
        (before, after),
        (reduction_rate(baseline, before), reduction_rate(baseline, after)),
        tuple(sorted(violations, key=lambda v: (v.file, v.line, v.rule))),
        {
            **{i: x.title for i, x in old_index.items()},
            **{i: x.title for i, x in new_index.items()},
        },
    )
