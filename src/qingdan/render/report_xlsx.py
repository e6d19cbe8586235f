"""``report.xlsx`` beside report.html: the report's tables as sheets an auditor can filter.

Contract: :func:`write_report_xlsx` writes six sheets from a
:class:`~qingdan.core.report.build.Report` — headline figures, by department, by street and
community, by month, off-list titles (every kind), rejects — headers and labels in the
interface language, text cells formula-safe (:mod:`.xlsxout`). Same report, same cells.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qingdan.core.report.build import Report
from qingdan.i18n import t, tr
from qingdan.render.xlsxout import Sheet, write_book


def _share(value: Any) -> Any:
    return None if value is None else round(float(value), 4)


def _headline(r: Report) -> Sheet:
    rows: list[tuple[str, Any]] = [
        (t("report.period"), f"{r.period['from'] or '—'} — {r.period['to'] or '—'}"),
        (t("report.rows_read"), r.rows["read"]),
        (t("report.rows_judged"), r.rows["judged"]),
        (t("report.rows_rejected"), r.rows["rejected"]),
        (t("report.on_list_share"), _share(r.on_list_share)),
        (t("report.off_list_count"), r.off_list["count"]),
        (t("report.off_list_hours"), r.off_list["hours"]),
        (t("report.review_count"), r.review["count"]),
        (t("report.excluded"), r.excluded),
        (t("report.rate"), _share(r.reduction_rate.get("rate"))),
    ]
    return (t("report.headline"), (t("report.figure"), t("report.value")), rows)


def _counts(r: Report, title: str, keys: list[str], data: list[dict[str, Any]]) -> Sheet:
    header = [t(f"report.{k}") for k in keys] + [
        t("report.total"), t("report.off_list"), t("report.share"), t("report.off_list_hours"),
    ]  # fmt: skip
    rows = [
        [*(d.get(k) or "—" for k in keys), d["total"], d["off_list"],
         _share(d["off_list_share"]), d["off_list_hours"]]
        for d in data
    ]  # fmt: skip
    return (title, header, rows)


def _places(r: Report) -> Sheet:
    """Each street's totals, then its communities."""
    keys = ["district", "street", "community"]
    communities: dict[tuple[Any, Any], list[dict[str, Any]]] = {}
    for c in sorted(r.by_community, key=lambda d: d["community"] or ""):
        communities.setdefault((c["district"], c["street"]), []).append(c)
    rows = []
    for street in sorted(r.by_street, key=lambda d: (d["district"] or "", d["street"] or "")):
        rows.append({**street, "community": t("report.xlsx.all")})
        rows.extend(communities.get((street["district"], street["street"]), []))
    return _counts(r, t("report.xlsx.community"), keys, rows)


def _titles(r: Report) -> Sheet:
    rows = [
        (t(f"check.kind.{kind}"), x["title"], x["count"], x["hours"])
        for kind, titles in r.off_list_by_kind.items()
        for x in titles
    ]
    header = (t("violations.col.kind"), t("violations.col.title"), t("report.count"),
              t("report.hours"))  # fmt: skip
    return (t("report.xlsx.titles"), header, rows)


def _rejects(r: Report) -> Sheet:
    rows = [(x["file"], x["line"], x["code"], tr(x["reason"])) for x in r.rejects]
    header = (t("report.file"), t("report.line"), t("report.xlsx.code"), t("report.reason"))
    return (t("report.xlsx.rejects"), header, rows)


def write_report_xlsx(report: Report, out: Path) -> Path:
    r = report
    return write_book(
        out / "report.xlsx",
        [
            _headline(r),
            _counts(r, t("report.xlsx.department"), ["department"], r.by_department),
            _places(r),
            _counts(r, t("report.by_month"), ["month"], r.by_month),
            _titles(r),
            _rejects(r),
        ],
    )
