"""Renderers for ``rate`` and ``diff``: JSON documents, rich text, and Markdown via Jinja2.

The Markdown goes through ``reports/templates/diff.md.j2`` / ``rate.md.j2`` (a workspace's own
templates override them). Each template renders one documented context: ``diff_context`` and
``rate_context`` below are those contracts. Over 150 lines: the two commands' three formats
share the contexts, so they stay together.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from qingdan.core.lists.kinds import BY_KEY
from qingdan.i18n import t, tr
from qingdan.render.jsonout import envelope
from qingdan.render.rate_history import history_rows, history_text

if TYPE_CHECKING:
    from qingdan.core.maintain.diff import DiffResult, ListDiff
    from qingdan.core.maintain.rate import RateResult
    from qingdan.render.registry import Out


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f} %"


def rate_json(result: RateResult, out: Out | None = None) -> dict[str, Any]:
    baseline: dict[str, Any] = {"count": result.baseline.count, "source": result.baseline.source}
    if result.baseline.revision is not None and result.baseline.lists is not None:
        baseline["revision"] = result.baseline.revision
        baseline["lists"] = {k: c.as_dict() for k, c in result.baseline.lists.items()}
    return envelope(
        at=result.at.isoformat(),
        baseline=baseline,
        current=result.current,
        reduction_rate=result.reduction_rate,
        lists_in_force=result.lists_in_force,
        in_force_from=result.in_force_from.isoformat() if result.in_force_from else None,
        split=result.split,
        illustrative=result.illustrative,
        lists={k: c.as_dict() for k, c in result.lists.items()},
        **({"history": history_rows(result)} if result.history else {}),
    )


def diff_json(result: DiffResult, out: Out | None = None) -> dict[str, Any]:
    return envelope(
        base={"rev": result.base, "commit": result.base_commit},
        head={"rev": result.head, "commit": result.head_commit},
        lists={
            d.kind: {
                "added": list(d.added),
                "retired": list(d.retired),
                "vetoed": list(d.vetoed),
                "reinstated": list(d.reinstated),
                "deleted": list(d.deleted),
                "changed": [
                    {
                        "id": c.id,
                        "fields": {
                            k: {"before": v.before, "after": v.after} for k, v in c.fields.items()
                        },
                    }
                    for c in d.changed
                ],
            }
            for d in result.lists
        },
        counts={"before": result.counts[0], "after": result.counts[1]},
        reduction_rate={"before": result.rates[0], "after": result.rates[1]},
        violations=[
            {"rule": v.rule, "id": v.id, "message": tr(v.message), "file": v.file, "line": v.line}
            for v in result.violations
        ],
    )


def _title(kind: str) -> str:
    known = BY_KEY.get(kind)
    return f"{known.title} ({kind})" if known else kind


def _headline(d: ListDiff) -> str:
    plus, minus, tilde = d.headline
    return f"+{plus} −{minus} ~{tilde}"


def _plain(value: Any) -> str:
    if value is None:
        return "∅"
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values() if v is not None)
    if isinstance(value, list):
        return "、".join(_plain(v) for v in value) or "[]"
    return str(value)


def _short(value: Any) -> str:
    text = _plain(value)
    return text if len(text) <= 60 else text[:59] + "…"


def diff_context(result: DiffResult) -> dict[str, Any]:
    """The Markdown template's context (a contract; see ``diff.md.j2``)."""
    sections = []
    for d in result.lists:
        entries = [
            (label, item_id, result.titles.get(item_id, ""))
            for label, ids in (
                ("added", d.added),
                ("reinstated", d.reinstated),
                ("retired", d.retired),
                ("vetoed", d.vetoed),
                ("deleted", d.deleted),
            )
            for item_id in ids
        ]
        changed = [
            {
                "id": c.id,
                "title": result.titles.get(c.id, ""),
                "fields": [(k, _short(v.before), _short(v.after)) for k, v in c.fields.items()],
            }
            for c in d.changed
        ]
        sections.append(
            {
                "kind": d.kind,
                "title": _title(d.kind),
                "headline": _headline(d),
                "empty": d.empty,
                "before": d.active_before,
                "after": d.active_after,
                "entries": entries,
                "changed": changed,
            }
        )
    return {
        "base": result.base,
        "head": result.head,
        "at": result.at.isoformat(),
        "base_commit": (result.base_commit or "")[:12],
        "head_commit": (result.head_commit or "")[:12],
        "lists": sections,
        "empty": result.empty,
        "counts": {"before": result.counts[0], "after": result.counts[1]},
        "rates": {"before": percent(result.rates[0]), "after": percent(result.rates[1])},
        "violations": [
            {"rule": v.rule, "id": v.id, "message": tr(v.message), "location": f"{v.file}:{v.line}"}
            for v in result.violations
        ],
    }


def rate_context(result: RateResult) -> dict[str, Any]:
    base_lists = result.baseline.lists or {}
    return {
        "at": result.at.isoformat(),
        "counted": list(result.counted),
        "current": result.current,
        "baseline": {"count": result.baseline.count, "source": result.baseline.source},
        "rate": percent(result.reduction_rate),
        "lists_in_force": result.lists_in_force,
        "in_force_from": result.in_force_from.isoformat() if result.in_force_from else None,
        "split": result.split,
        "illustrative": result.illustrative,
        "history": [{**row, "rate": percent(row["rate"])} for row in history_rows(result)],
        "lists": [
            {
                "kind": k,
                "title": _title(k),
                **c.as_dict(),
                "base": base_lists[k].active if k in base_lists else None,
            }
            for k, c in result.lists.items()
        ],
    }


def markdown(name: str, context: dict[str, Any], templates: Path | None) -> str:
    from qingdan.render.templates import render

    return render(name, context, templates)


def rate_md(result: RateResult, out: Out) -> str:
    return markdown("rate.md.j2", rate_context(result), out.templates)


def diff_md(result: DiffResult, out: Out) -> str:
    return markdown("diff.md.j2", diff_context(result), out.templates)


def diff_text(result: DiffResult, out: Out) -> None:
    from rich.markup import escape

    console = out.console()
    signs = {
        "added": "[green]+[/]",
        "reinstated": "[green]+[/]",
        "retired": "[red]−[/]",
        "vetoed": "[red]−[/]",
        "deleted": "[red bold]−[/]",
    }
    ctx = diff_context(result)
    console.print(
        t("diff.headline", base=escape(result.base), head=escape(result.head), at=ctx["at"])
    )
    for section in ctx["lists"]:
        if section["empty"]:
            continue
        console.print(
            f"\n[bold]{escape(section['title'])}[/]  {section['headline']}  "
            f"({section['before']} → {section['after']})"
        )
        for label, item_id, title in section["entries"]:
            console.print(
                f"  {signs[label]} {t(f'diff.label.{label}'):<10} {item_id} {escape(title)}"
            )
        for change in section["changed"]:
            console.print(
                f"  [yellow]~[/] {t('diff.label.changed'):<10} {change['id']} "
                f"{escape(change['title'])}"
            )
            for key, before, after in change["fields"]:
                console.print(f"      {key}: {escape(before)} → {escape(after)}")
    if result.empty:
        console.print(t("diff.no_changes"))
    console.print(
        "\n"
        + t(
            "diff.counts",
            before=result.counts[0],
            after=result.counts[1],
            rate_before=ctx["rates"]["before"],
            rate_after=ctx["rates"]["after"],
        )
    )
    for v in result.violations:
        console.print(f"[red]{v.file}:{v.line}[/] {v.rule} {escape(tr(v.message))}")
    console.print(
        t("diff.violations", count=len(result.violations)) if result.violations else t("diff.clean")
    )


def rate_text(result: RateResult, out: Out) -> None:
    from rich.markup import escape
    from rich.table import Table

    console = out.console()
    ctx = rate_context(result)
    table = Table(box=None, pad_edge=False)
    for key in ("list", "active", "retired", "vetoed"):
        table.add_column(t(f"rate.column.{key}"), justify="left" if key == "list" else "right")
    if result.baseline.lists is not None:
        table.add_column(t("rate.column.base"), justify="right")
    for row in ctx["lists"]:
        cells = [row["title"], str(row["active"]), str(row["retired"]), str(row["vetoed"])]
        if result.baseline.lists is not None:
            cells.append("—" if row["base"] is None else str(row["base"]))
        table.add_row(*cells)
    console.print(table)
    if not result.lists_in_force:
        console.print(t("rate.not_in_force", at=ctx["at"], first=ctx["in_force_from"] or "—"))
    else:
        console.print(
            t(
                "rate.headline",
                current=result.current,
                at=ctx["at"],
                counted=escape(", ".join(result.counted)),
            )
        )
        if result.split or result.illustrative:
            console.print(
                t(
                    "rate.made_of",
                    current=result.current,
                    split=result.split,
                    illustrative=result.illustrative,
                )
            )
        if result.baseline.count is None:
            console.print(t("rate.no_baseline"))
        else:
            console.print(
                t(
                    "rate.rate",
                    rate=ctx["rate"],
                    before=result.baseline.count,
                    after=result.current,
                    source=escape(result.baseline.source),
                )
            )
    if result.history:
        history_text(ctx["history"], console)
