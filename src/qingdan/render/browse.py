"""Renderers for ``lists``, ``show`` and ``search``."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from qingdan.core.lists.browse import Found, ListSummary, item_document
from qingdan.core.lists.kinds import BY_KEY
from qingdan.core.lists.model import Item
from qingdan.core.lists.provenance import Provenance
from qingdan.core.lists.sources import SOURCE_CLASSES
from qingdan.i18n import t
from qingdan.render.jsonout import envelope

if TYPE_CHECKING:
    from qingdan.render.registry import Out

STATUS_STYLE = {"active": "green", "retired": "yellow", "vetoed": "red"}


def lists_json(rows: list[ListSummary] | Provenance, out: Out) -> dict[str, Any]:
    ws = out.workspace
    assert ws is not None
    if isinstance(rows, Provenance):  # lists --provenance
        return envelope(
            workspace={"name": ws.name, "root": str(ws.root), "bundled": ws.bundled},
            provenance={
                "items": rows.items,
                "illustrative_dates": rows.illustrative_dates,
                "by_class": rows.by_class,
                "by_jurisdiction": rows.by_jurisdiction,
            },
        )
    return envelope(
        workspace={"name": ws.name, "root": str(ws.root), "bundled": ws.bundled},
        lists=[
            {
                "kind": r.kind,
                "title": r.title,
                "file": r.file,
                "active": r.active,
                "retired": r.retired,
                "vetoed": r.vetoed,
                "items": r.items,
                "jurisdiction": r.jurisdiction,
                "dates_illustrative": r.dates_illustrative,
            }
            for r in rows
        ],
    )


def lists_text(rows: list[ListSummary] | Provenance, out: Out) -> None:
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    ws, console = out.workspace, out.console()
    assert ws is not None
    if isinstance(rows, Provenance):
        provenance_text(rows, out)
        return
    table = Table(title=t("lists.heading", name=escape(ws.name)), title_justify="left")
    table.add_column(t("label.kind"))
    table.add_column(t("label.title"))
    for key in ("label.active", "label.retired", "label.vetoed", "label.items"):
        table.add_column(t(key), justify="right")
    table.add_column(t("label.dates"))
    mark = t("label.illustrative_short")
    for r in rows:
        table.add_row(  # list data is text, never rich markup
            Text(r.kind),
            Text(r.title),
            str(r.active),
            str(r.retired),
            str(r.vetoed),
            str(r.items),
            mark if r.dates_illustrative else "",
        )
    table.add_row(
        t("label.total"),
        "",
        *(str(sum(getattr(r, a) for r in rows)) for a in ("active", "retired", "vetoed", "items")),
        "",
        style="bold",
    )
    console.print(table)
    if any(r.dates_illustrative for r in rows):
        console.print(t("lists.illustrative_note"))
    counted = ws.section("rate").get("counted", [])
    if counted:
        active = sum(r.active for r in rows if r.kind in counted)
        console.print(t("lists.counted", count=active))


def _status(item: Item) -> str:
    return t(f"label.{item.status}") if item.status in STATUS_STYLE else item.status


def item_json(item: Item, out: Out) -> dict[str, Any]:
    return {"item": item_document(item)}


def item_text(item: Item, out: Out) -> None:
    from rich.table import Table
    from rich.text import Text

    console, today = out.console(), dt.date.today()
    head = Text(f"{item.id}  ", style="bold")
    head.append(item.title, style="bold")
    head.append(f"  [{_status(item)}]", style=STATUS_STYLE.get(item.status, ""))
    console.print(head)
    table = Table(show_header=False, box=None, padding=(0, 2))
    table.add_column(style="dim")
    table.add_column()
    kind = BY_KEY.get(item.kind)

    def day(value: dt.date | None) -> str | None:
        if value is None:
            return None
        return t("label.illustrative_date", date=value) if item.dates_illustrative else str(value)

    rows: list[tuple[str, Any]] = [
        ("field.list", f"{item.kind}（{kind.title}）" if kind else item.kind),
        ("field.aliases", "、".join(item.aliases)),
        ("field.keywords", "、".join(item.keywords)),
        ("label.department", item.department),
        ("label.legal_basis", "；".join(str(b) for b in item.legal_basis)),
        ("field.precedent", "；".join(str(p) for p in item.precedent)),
        ("field.published_on", day(item.published_on)),
        ("field.effective_from", day(item.effective_from)),
        ("field.effective_to", day(item.effective_to)),
        ("field.retired_on", day(item.retired_on)),
        ("field.dates_source", item.dates_source),
        ("field.reason", item.reason),
        ("field.source", item.source_text),
        ("field.source_jurisdiction", item.source_jurisdiction),
        (
            "field.source_class",
            t(f"provenance.class.{item.source_class}")
            if item.source_class in SOURCE_CLASSES
            else item.source_class,
        ),
        ("field.file", item.location),
    ]
    for key, value in rows:
        if value not in (None, ""):
            table.add_row(t(key), Text(str(value)))  # item data is text, never rich markup
    console.print(table)
    force = "show.in_force" if item.in_force(today) else "show.not_in_force"
    console.print(Text(t(force), style="green" if item.in_force(today) else "yellow"))


def search_json(found: Found, out: Out) -> dict[str, Any]:
    return envelope(
        query=found.query,
        results=[
            {
                "id": c.item.id,
                "kind": c.item.kind,
                "title": c.item.title,
                "score": c.score,
                "status": c.item.status,
                "matched": c.matched,
                "evidence": list(c.evidence),
            }
            for c in found.results
        ],
    )


def search_text(found: Found, out: Out) -> None:
    from rich.table import Table
    from rich.text import Text

    console = out.console()
    if not found.results:
        console.print(Text(t("search.none", query=found.query)))
        return
    table = Table(box=None, padding=(0, 1))
    for key in ("label.score", "label.id", "label.title", "label.status", "search.matched"):
        table.add_column(t(key), justify="right" if key == "label.score" else "left")
    for c in found.results:
        matched = "、".join(c.evidence) or c.matched
        table.add_row(
            f"{c.score:.0f}",
            Text(c.item.id),
            Text(c.item.title),
            Text(_status(c.item), style=STATUS_STYLE.get(c.item.status, "")),
            Text(matched),
        )
    console.print(table)


def provenance_text(result: Provenance, out: Out) -> None:
    console = out.console()
    from rich.table import Table

    classes = [*SOURCE_CLASSES, "unknown"]
    shown = [c for c in classes if any(c in row for row in result.by_class.values())]
    table = Table(title=t("provenance.heading"), title_justify="left", box=None)
    table.add_column(t("label.kind"))
    for c in shown:
        table.add_column(t(f"provenance.class.{c}"), justify="right")
    for kind, row in result.by_class.items():
        table.add_row(kind, *(str(row.get(c, 0)) for c in shown))
    table.add_row(
        t("label.total"),
        *(str(sum(r.get(c, 0) for r in result.by_class.values())) for c in shown),
        style="bold",
    )
    console.print(table)
    places = Table(title=t("provenance.by_jurisdiction"), title_justify="left", box=None)
    places.add_column(t("field.source_jurisdiction"))
    places.add_column(t("label.items"), justify="right")
    for place, count in result.by_jurisdiction.items():
        places.add_row(place, str(count))
    console.print(places)
    console.print(t("provenance.illustrative", count=result.illustrative_dates, items=result.items))
