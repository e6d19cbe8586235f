"""Where items come from: the provenance rules of ``validate``, and ``lists --provenance``.

Rules (codes continue validate's table; each finding names the item and what to change):

QD030 a legal basis from another jurisdiction (only national documents, 全国, or the workspace's
own, ``[workspace] basis_jurisdictions``; another city's document belongs in ``precedent``) ·
QD031 a legal basis without ``jurisdiction`` (warning) · QD032 an active entry item without the
department that applied · QD033 an item without ``source`` and ``source_jurisdiction`` (warning) ·
QD034 an item with dates but neither ``dates_source`` nor ``dates_illustrative``, on the item or
its list (warning) · QD035 a certificate in force on or after the day a negative-list entry
(``negative-certificates``) with the same normalized title or alias took effect.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from qingdan.core.lists.kinds import NEGATIVE_CERTIFICATES
from qingdan.core.lists.model import Item, ListFile
from qingdan.core.lists.sources import SOURCE_CLASSES
from qingdan.core.lists.textmatch import normalize
from qingdan.messages import Msg, msg

NATIONAL = "全国"
UNNAMED = "未注明"  #: the source does not name its place


@dataclass(frozen=True)
class Rule:
    """One provenance finding, located by the item's index and key in its list file."""

    index: int
    key: str | None
    code: str
    message: Msg
    severity: str = "error"


def allowed_jurisdictions(lf: ListFile, configured: Sequence[str] | None) -> frozenset[str]:
    """The configured set, else 全国 and the list file's own ``jurisdiction``."""
    if configured:
        return frozenset(configured)
    return frozenset(j for j in (NATIONAL, lf.jurisdiction) if j)


def item_rules(lf: ListFile, index: int, item: Item, allowed: frozenset[str]) -> Iterator[Rule]:
    for basis in item.legal_basis:
        if basis.jurisdiction is None:
            yield Rule(
                index,
                "legal_basis",
                "QD031",
                msg("validate.basis_no_jurisdiction", id=item.id, law=basis.law),
                "warning",
            )
        elif basis.jurisdiction not in allowed:
            yield Rule(
                index,
                "legal_basis",
                "QD030",
                msg(
                    "validate.basis_jurisdiction",
                    id=item.id,
                    law=basis.law,
                    jurisdiction=basis.jurisdiction,
                    allowed="、".join(sorted(allowed)),
                ),
            )
    if lf.kind == "entry" and item.status == "active" and not item.department:
        yield Rule(index, None, "QD032", msg("validate.entry_department", id=item.id))
    if not item.source or not item.source_jurisdiction:
        yield Rule(
            index,
            "source" if item.source else None,
            "QD033",
            msg("validate.no_source", id=item.id),
            "warning",
        )
    dated = item.effective_from or item.effective_to or item.retired_on or item.published_on
    if dated and not item.dates_source and not item.dates_illustrative:
        yield Rule(index, None, "QD034", msg("validate.dates_unsourced", id=item.id), "warning")


def _names(item: Item) -> set[str]:
    return {n for n in (normalize(name) for name in item.names) if n}


def negative_rules(files: Sequence[ListFile]) -> Iterator[tuple[ListFile, Rule]]:
    """QD035 for each certificate still in force after a negative-list entry took effect."""
    negative = [
        i
        for lf in files
        if lf.kind == NEGATIVE_CERTIFICATES
        for i in lf.items
        if i.status == "active" and i.effective_from is not None
    ]
    if not negative:
        return
    names = {name: neg for neg in negative for name in _names(neg)}
    for lf in files:
        if lf.kind != "certificates":
            continue
        for index, item in enumerate(lf.items):
            if item.status == "vetoed" or item.effective_from is None:
                continue
            neg = next((names[n] for n in sorted(_names(item)) if n in names), None)
            if neg is None or neg.effective_from is None:
                continue
            last = item.last_day()
            if last is None or last >= max(neg.effective_from, item.effective_from):
                yield (
                    lf,
                    Rule(
                        index,
                        "status",
                        "QD035",
                        msg(
                            "validate.negative_in_force",
                            id=item.id,
                            neg=neg.id,
                            title=neg.title,
                            date=neg.effective_from,
                        ),
                    ),
                )


@dataclass(frozen=True)
class Provenance:
    """Items by source class and by the source's jurisdiction (``lists --provenance``)."""

    by_class: dict[str, dict[str, int]]  #: list kind → class → items
    by_jurisdiction: dict[str, int]
    illustrative_dates: int  #: items whose dates are illustrative
    items: int
    status: str  #: "active" (items in force on ``at``) or "all"
    at: dt.date | None = None

    @property
    def ok(self) -> bool:
        return True


def provenance(files: Iterable[ListFile], at: dt.date | None = None) -> Provenance:
    """Count every item (or, with ``at``, the items in force on that day)."""
    by_class: dict[str, dict[str, int]] = {}
    places: Counter[str] = Counter()
    illustrative = total = 0
    for lf in files:
        chosen = [i for i in lf.items if at is None or i.in_force(at)]
        counts = Counter(i.source_class or "unknown" for i in chosen)
        order = [*SOURCE_CLASSES, "unknown"]
        by_class[lf.kind] = {c: counts[c] for c in order if counts[c]}
        places.update(i.source_jurisdiction or UNNAMED for i in chosen)
        illustrative += sum(1 for i in chosen if i.dates_illustrative)
        total += len(chosen)
    return Provenance(
        by_class, dict(places.most_common()), illustrative, total, "active" if at else "all", at
    )
