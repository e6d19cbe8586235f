"""Render a :class:`~qingdan.core.report.build.Report` into report.html, report.md, metrics.json and
violations.csv (issue 5 item 4); report.xlsx is :mod:`.report_xlsx`.

Contract: :func:`write_documents` writes report.html, report.md and metrics.json into ``out``
atomically (each a temp file in ``out``, then ``os.replace``) and returns their paths. Templates
``report.html.j2`` and ``report.md.j2`` come from the workspace's ``reports/templates`` over the
packaged ones; each renders one :class:`ReportContext`. Output depends only on the report and
``generated`` (from ``SOURCE_DATE_EPOCH``; absent → no timestamp), so the same inputs give the
same bytes.
``violations.csv`` is streamed by the engine's export straight into the report set, starting with
:data:`VIOLATIONS_PREFIX` (a UTF-8 BOM, so Excel opens it as UTF-8).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qingdan.core.report.build import Report
from qingdan.i18n import localize, t
from qingdan.render import charts
from qingdan.render.files import atomic_write
from qingdan.render.jsonout import dumps

FILES = ("report.html", "report.md", "metrics.json", "violations.csv")
#: violations.csv's first bytes: the BOM Excel and WPS need to read UTF-8
VIOLATIONS_PREFIX = "\ufeff"


@dataclass(frozen=True)
class ReportContext:
    """What both templates see: ``r`` (the report), ``t`` (messages), helpers and charts."""

    r: Report
    t: Callable[..., str]
    title: str
    generated: str | None
    charts: dict[str, Any]
    districts: list[dict[str, Any]]
    num: Callable[[Any], str]
    pct: Callable[[Any], str]
    cell: Callable[[Any], str]

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def generated_at(environ: dict[str, str] | None = None) -> str | None:
    """``SOURCE_DATE_EPOCH`` as an ISO UTC timestamp, or None when unset or unusable."""
    value = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    if not value.isdigit():
        return None
    return dt.datetime.fromtimestamp(int(value), dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def num(value: Any) -> str:
    if value is None:
        return "—"
    return (
        f"{value:,.1f}"
        if isinstance(value, float) and not value.is_integer()
        else f"{int(value):,}"
    )


def cell(value: Any) -> str:
    """A Markdown table cell: no pipes, line breaks, markup or HTML from the data."""
    from qingdan.render.safe import markdown

    return markdown("—" if value is None or value == "" else value)


def pct(value: Any) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _districts(report: Report) -> list[dict[str, Any]]:
    out = []
    for d in report.by_district:
        name = d["district"]
        out.append(
            {
                **d,
                "streets": [s for s in report.by_street if s["district"] == name],
                "communities": [c for c in report.by_community if c["district"] == name][:20],
            }
        )
    return out


def _charts(report: Report, markup: Callable[[str], Any]) -> dict[str, Any]:
    from qingdan.render.heat import heat_table

    months = report.by_month
    top = report.by_department[:15]
    on, off, all_ = t("report.on_list"), t("report.off_list"), t("report.total")
    return {
        "month": markup(
            charts.stacked_columns(
                [m["month"] for m in months],
                [m["total"] - m["off_list"] for m in months],
                [m["off_list"] for m in months],
                t("report.chart.month"),
                charts.Axes(
                    t("report.month"), t("report.chart.rows"), ((charts.ON, on), (charts.OFF, off))
                ),
            )
        ),
        "department": markup(
            charts.bars(
                [d["department"] or "—" for d in top],
                [d["off_list"] for d in top],
                t("report.chart.department"),
                total=[d["total"] for d in top],
                axes=charts.Axes(
                    t("report.chart.rows"),
                    t("report.chart.department_axis"),
                    ((charts.TRACK, all_), (charts.OFF, off)),
                ),
            )
        ),
        "district": markup(
            charts.bars(
                [d["district"] or "—" for d in report.by_district],
                [d["off_list_share"] for d in report.by_district],
                t("report.chart.district"),
                percent=True,
                axes=charts.Axes(
                    t("report.share"),
                    t("report.chart.district_axis"),
                    ((charts.OFF, t("report.chart.off_share")),),
                ),
            )
        ),
        "heat": markup(heat_table(report.heat)),
    }


def context(report: Report, title: str, generated: str | None) -> ReportContext:
    import dataclasses

    from markupsafe import Markup

    report = dataclasses.replace(report, rejects=localize(report.rejects))
    return ReportContext(
        report, t, title, generated, _charts(report, Markup), _districts(report), num, pct, cell
    )


def write_documents(
    report: Report,
    out: Path,
    *,
    title: str,
    templates: Path | None = None,
    generated: str | None = None,
) -> list[Path]:
    """report.html, report.md and metrics.json (pure Python: it can run while DuckDB exports
    the violations)."""
    from qingdan.render.templates import render

    out.mkdir(parents=True, exist_ok=True)
    ctx = context(report, title, generated).as_dict()
    html = render("report.html.j2", ctx, templates)
    markdown = render("report.md.j2", ctx, templates)
    atomic_write(out / "metrics.json", dumps(localize(report.metrics())) + "\n")
    atomic_write(out / "report.md", markdown)
    atomic_write(out / "report.html", html)
    return [out / name for name in FILES[:3]]
