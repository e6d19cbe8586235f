"""The per-community heat table of report.html: community rows × month columns of off-list hours.

An auditor sorts it by any column (a click on the header; the small inline script in the
template does that, and the table reads the same without it, heaviest community first). Each cell
carries its value in ``data-v`` for sorting and a shade class ``h0``–``h4`` (a fifth of the
largest value each) so the burden shows at a glance, on screen and in print. The caption says in
words what the table shows; every text is escaped here.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from qingdan.i18n import t

LEVELS = 5


def _num(value: float) -> str:
    return f"{value:,.1f}" if not float(value).is_integer() else f"{int(value):,}"


Row = tuple[
    tuple[str, str, str], list[float], float
]  #: (district, street, community), cells, total


def _pivot(rows: Sequence[dict[str, Any]]) -> tuple[list[str], list[Row]]:
    months = sorted({str(r["month"]) for r in rows})
    table: dict[tuple[str, str, str], dict[str, float]] = {}
    for r in rows:
        key = (r["district"] or "—", r["street"] or "—", r["community"] or "—")
        table.setdefault(key, {})[str(r["month"])] = float(r["off_list_hours"] or 0)
    out: list[Row] = [
        (key, [cells.get(m, 0.0) for m in months], sum(cells.values()))
        for key, cells in table.items()
    ]
    out.sort(key=lambda row: (-row[2], row[0]))
    return months, out


def heat_table(rows: Sequence[dict[str, Any]]) -> str:
    """The ``<table>`` (or a "none" paragraph when there is no activity)."""
    months, table = _pivot(rows)
    if not table:
        return f"<p>{escape(t('label.none'))}</p>"
    peak = max((v for _, cells, _ in table for v in cells), default=0.0) or 1.0
    heads = [
        (t("report.district"), "text"),
        (t("report.street"), "text"),
        (t("report.community"), "text"),
        *((m, "num") for m in months),
        (t("report.total"), "num"),
    ]
    parts = [
        '<table class="heat sortable" id="heat-table">',
        f"<caption>{escape(t('report.heat.caption', months=len(months), rows=len(table)))}"
        "</caption><thead><tr>",
    ]
    for label, kind in heads:
        cls = ' class="n"' if kind == "num" else ""
        parts.append(
            f'<th scope="col" data-sort="{kind}" aria-sort="none"{cls}>'
            f'<button type="button">{escape(label)}</button></th>'
        )
    parts.append("</tr></thead><tbody>")
    for place, cells, total in table:
        parts.append("<tr>" + "".join(f"<td>{escape(p)}</td>" for p in place))
        for value in cells:
            level = min(LEVELS - 1, int(LEVELS * value / peak)) if value else 0
            parts.append(f'<td class="n h{level}" data-v="{value}">{_num(value)}</td>')
        parts.append(f'<td class="n" data-v="{total}">{_num(total)}</td></tr>')
    parts.append("</tbody></table>")
    return "".join(parts)
