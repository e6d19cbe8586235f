"""The reported reductions (``qingdan.toml [[rate.history]]``) for ``rate --history``: rows that
the JSON document and the Markdown context share, and the rich text listing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qingdan.i18n import t

if TYPE_CHECKING:
    from rich.console import Console

    from qingdan.core.maintain.rate import RateResult


def history_rows(result: RateResult) -> list[dict[str, Any]]:
    """``[[rate.history]]`` as rows (JSON, text and the Markdown context share them)."""
    return [
        {
            "label": h.label,
            "date": h.date,
            "year": h.year,
            "document": h.document,
            "lists": h.lists,
            "before": h.before,
            "before_note": h.before_note,
            "after": h.after,
            "rate": h.rate,
            "reported_rate": h.reported_rate,
            "source": h.source,
            "matches_lists": result.agrees(h),
        }
        for h in result.history
    ]


def history_text(rows: list[dict[str, Any]], console: Console) -> None:
    from rich.markup import escape

    console.print("\n" + t("rate.history.heading"))
    if not rows:
        console.print(t("rate.history.none"))
    for row in rows:
        when = row["date"] or row["year"] or "—"
        before = row["before"] if row["before"] is not None else (row["before_note"] or "—")
        lists = t("rate.history.lists", lists=row["lists"]) if row["lists"] else ""
        line = t(
            "rate.history.line",
            label=escape(row["label"]),
            before=before,
            after=row["after"],
            lists=lists,
            rate=t("rate.history.rate", rate=row["rate"]),
        )
        console.print(f"  {when}  {line}")
        if row["document"]:
            console.print(f"      {escape(row['document'])}")
        console.print(f"      {t('rate.history.source', source=escape(row['source']))}")
        if row["matches_lists"] is not None:
            key = "rate.history.matches" if row["matches_lists"] else "rate.history.differs"
            console.print(f"      {t(key, after=row['after'])}")
