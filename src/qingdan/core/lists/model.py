"""The lists as data: :class:`Item`, :class:`ListFile`, :class:`ListSet` (DESIGN §2).

Loading never raises on bad content: a file that does not parse keeps its problems, and items are
built leniently from whatever parsed (``validate`` reports the rest). Dates are ``datetime.date``.

An item is *in force* on day D when it is not vetoed, ``effective_from <= D``, D is not after
``effective_to`` (its last day), and D is before ``retired_on`` (the day it stopped applying).

Provenance (issue 10): ``source`` (the document) with ``source_where``, ``source_jurisdiction``,
``source_ref`` and ``source_class`` (verbatim | paraphrase | split | derived); ``precedent`` holds
other places' documents that are not a legal basis; ``dates_source``/``dates_illustrative`` say
where the dates come from, set on the list file and overridden per item (resolved at load).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qingdan.core.lists.sources import DatesDefault, Reference, opt, references
from qingdan.core.lists.yamlsafe import Loaded, load_path

STATUSES = ("active", "retired", "vetoed")


def parse_date(value: Any) -> dt.date | None:
    """``"2022-07-01"`` → date; anything else (None, a typo) → None."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


@dataclass(frozen=True)
class LegalBasis:
    law: str
    article: str | None = None
    jurisdiction: str | None = None

    def __str__(self) -> str:
        law = self.law if self.law.startswith("《") or "〔" in self.law else f"《{self.law}》"
        return f"{law}{self.article or ''}"


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    title: str
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    department: str | None = None
    legal_basis: tuple[LegalBasis, ...] = ()
    published_on: dt.date | None = None
    effective_from: dt.date | None = None
    effective_to: dt.date | None = None
    status: str = "active"
    retired_on: dt.date | None = None
    reason: str | None = None
    source: str | None = None
    source_where: str | None = None
    source_jurisdiction: str | None = None
    source_ref: str | None = None
    source_class: str | None = None
    precedent: tuple[Reference, ...] = ()
    dates_source: str | None = None  #: resolved: the item's own, else its list file's
    dates_illustrative: bool = False  #: resolved likewise
    file: str = ""
    line: int = 0
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}"

    def in_force(self, on: dt.date) -> bool:
        if self.status == "vetoed" or self.effective_from is None:
            return False
        if on < self.effective_from:
            return False
        if self.effective_to is not None and on > self.effective_to:
            return False
        return self.retired_on is None or on < self.retired_on

    @property
    def source_text(self) -> str | None:
        """``document（where）``, or None when the item names no source."""
        if not self.source:
            return None
        return self.source + (f"（{self.source_where}）" if self.source_where else "")

    def last_day(self) -> dt.date | None:
        """The last day in force (None: open-ended); before ``effective_from`` if never in force."""
        ends = [
            d
            for d in (self.effective_to, self.retired_on and self.retired_on - dt.timedelta(days=1))
            if d
        ]
        return min(ends) if ends else None

    @property
    def names(self) -> tuple[str, ...]:
        """The title and its aliases: every text people use for the item."""
        return (self.title, *self.aliases)


@dataclass(frozen=True)
class ListFile:
    kind: str
    path: Path
    shown: str  #: the path as printed in messages
    title: str = ""
    issued_by: str | None = None
    document: str | None = None
    jurisdiction: str | None = None
    dates_source: str | None = None
    dates_illustrative: bool = False
    items: tuple[Item, ...] = ()
    loaded: Loaded = field(default_factory=Loaded, compare=False, repr=False)
    #: where each of ``items`` stands in the file's ``items:`` (entries that are no mapping
    #: are not items, so the two can differ); empty means the same
    positions: tuple[int, ...] = field(default=(), compare=False, repr=False)

    def position(self, index: int) -> int:
        """The place in the file's ``items:`` of ``items[index]`` (for marks and YAML paths)."""
        return self.positions[index] if index < len(self.positions) else index

    @property
    def parsed(self) -> bool:
        return isinstance(self.loaded.data, dict)

    def count(self, status: str) -> int:
        return sum(1 for item in self.items if item.status == status)


@dataclass(frozen=True)
class ListSet:
    files: tuple[ListFile, ...]

    def __iter__(self) -> Iterator[Item]:
        for file in self.files:
            yield from file.items

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(self)

    def by_kind(self, kind: str) -> ListFile | None:
        return next((f for f in self.files if f.kind == kind), None)

    def get(self, item_id: str) -> Item | None:
        wanted = item_id.strip().upper()
        return next((item for item in self if item.id.upper() == wanted), None)

    def in_force(self, on: dt.date, kinds: Iterable[str] | None = None) -> list[Item]:
        allowed = set(kinds) if kinds is not None else None
        return [i for i in self if (allowed is None or i.kind in allowed) and i.in_force(on)]

    @property
    def problems(self) -> int:
        return sum(len(f.loaded.problems) for f in self.files)


def _texts(value: Any) -> tuple[str, ...]:
    if isinstance(value, list):
        return tuple(str(v) for v in value if isinstance(v, (str, int, float)))
    return ()


def _basis(value: Any) -> tuple[LegalBasis, ...]:
    out = []
    if isinstance(value, list):
        for entry in value:
            if isinstance(entry, dict) and isinstance(entry.get("law"), str):
                out.append(
                    LegalBasis(
                        entry["law"], opt(entry.get("article")), opt(entry.get("jurisdiction"))
                    )
                )
    return tuple(out)


def item_from_raw(
    raw: Mapping[str, Any], kind: str, shown: str, line: int, dates: DatesDefault | None = None
) -> Item:
    """An :class:`Item` from a list entry as stored; tolerant of schema errors."""
    dates = dates or DatesDefault()

    def text(key: str) -> str | None:
        value = raw.get(key)
        return str(value) if value is not None else None

    own_illustrative = raw.get("dates_illustrative")

    return Item(
        id=str(raw.get("id", "")),
        kind=kind,
        title=str(raw.get("title", "")),
        aliases=_texts(raw.get("aliases")),
        keywords=_texts(raw.get("keywords")),
        department=text("department"),
        legal_basis=_basis(raw.get("legal_basis")),
        published_on=parse_date(raw.get("published_on")),
        effective_from=parse_date(raw.get("effective_from")),
        effective_to=parse_date(raw.get("effective_to")),
        status=str(raw.get("status", "active")),
        retired_on=parse_date(raw.get("retired_on")),
        reason=text("reason"),
        source=text("source"),
        source_where=opt(raw.get("source_where")),
        source_jurisdiction=opt(raw.get("source_jurisdiction")),
        source_ref=opt(raw.get("source_ref")),
        source_class=opt(raw.get("source_class")),
        precedent=references(raw.get("precedent")),
        dates_source=opt(raw.get("dates_source")) or dates.source,
        dates_illustrative=(
            own_illustrative if isinstance(own_illustrative, bool) else dates.illustrative
        ),
        file=shown,
        line=line,
        raw=raw,
    )


def list_from_loaded(kind: str, path: Path, shown: str, loaded: Loaded) -> ListFile:
    """Build a :class:`ListFile` from parsed YAML (used for files on disk and at git revisions)."""
    data = loaded.data if isinstance(loaded.data, dict) else {}
    declared = data.get("kind")
    file_kind = declared if isinstance(declared, str) else kind
    items = []
    positions = []
    illustrative = data.get("dates_illustrative")
    dates = DatesDefault(
        opt(data.get("dates_source")), illustrative if isinstance(illustrative, bool) else False
    )
    raw_items = data.get("items")
    if isinstance(raw_items, list):
        for index, raw in enumerate(raw_items):
            if isinstance(raw, dict):
                line = loaded.mark(("items", index))[0]
                items.append(item_from_raw(raw, file_kind, shown, line, dates))
                positions.append(index)
    return ListFile(
        kind=file_kind,
        path=path,
        shown=shown,
        title=str(data.get("title", "")),
        issued_by=data.get("issued_by"),
        document=data.get("document"),
        jurisdiction=opt(data.get("jurisdiction")),
        dates_source=dates.source,
        dates_illustrative=dates.illustrative,
        items=tuple(items),
        loaded=loaded,
        positions=tuple(positions),
    )


def load_file(kind: str, path: Path, shown: str | None = None) -> ListFile:
    shown = shown if shown is not None else str(path)
    return list_from_loaded(kind, path, shown, load_path(path))


def load_lists(list_paths: Mapping[str, Path], show: Any = str) -> ListSet:
    """Load every list file named in ``list_paths`` (kind → path) that exists."""
    files = [  # present but not a regular file (a folder, a FIFO): loaded as a problem, not skipped
        load_file(kind, path, show(path))
        for kind, path in list_paths.items()
        if path.is_file() or path.exists()
    ]
    return ListSet(tuple(files))
