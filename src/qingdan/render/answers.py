"""Renderers of the smaller answers: ``export``, ``import``, ``generate``, ``report``, ``sql``.

Each is ``function(result, out)`` as :mod:`qingdan.render.registry` calls it: a ``dict`` is the data
of a JSON answer, a ``str`` goes to stdout, ``bytes`` to ``out.path``, ``None`` printed itself.
Notes (``*_note``) write to stderr after every format.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qingdan.i18n import t

if TYPE_CHECKING:
    from qingdan.core.lists.model import ListSet
    from qingdan.core.maintain.importing import Imported
    from qingdan.core.report.build import Report
    from qingdan.core.report.query import QueryResult
    from qingdan.core.report.synth import Generated
    from qingdan.render.registry import Out


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def nothing(result: object, out: Out) -> None:
    """The text answer of a command whose product is a file (its note says where)."""


def workbook(lists: ListSet, out: Out) -> bytes:
    from qingdan.core.maintain.excel import export_workbook

    return export_workbook(lists)


def export_note(lists: ListSet, out: Out) -> None:
    _err(t("excel.exported", lists=len(lists.files), items=len(lists.items), path=out.path))


def import_json(done: Imported, out: Out) -> dict[str, Any]:
    from qingdan.render.validation import to_json

    findings = to_json(done.report)["findings"]
    return {
        "file": str(done.file),
        "ok": done.ok,
        "written": done.written,
        "lists": done.summary(),
        "findings": findings,
    }


def import_text(done: Imported, out: Out) -> str | None:
    if not done.ok:  # nothing written: the findings that stopped it, on stderr
        from qingdan.render.validation import print_findings

        print_findings(done.report, out.console(stderr=True))
        return None
    summary = done.summary()
    parts = [
        t(f"excel.summary.{key}", n=n)
        for key in ("added", "changed", "missing")
        if (n := sum(len(s[key]) for s in summary.values()))
    ]
    said = "excel.dry_run" if done.dry_run else "excel.imported"  # a dry run never says "imported"
    lines = [t(said, path=done.file, summary="; ".join(parts) or t("excel.unchanged"))]
    for kind, entry in summary.items():
        lines.extend(f"  {kind} {key}: {', '.join(ids)}" for key, ids in entry.items() if ids)
    return "\n".join(lines)


def generate_json(done: Generated, out: Out) -> dict[str, Any]:
    return {
        "path": str(done.path),
        "format": done.format,
        "rows": done.rows,
        "broken_lines": done.broken_lines,
        "seed": out.options.get("seed"),
        "dirty": bool(out.options.get("dirty")),
    }


def generate_note(done: Generated, out: Out) -> None:
    _err(t("generate.done", rows=done.rows, path=done.path, format=done.format))


def report_json(produced: tuple[Report, list[Path]], out: Out) -> dict[str, Any]:
    report, written = produced
    return {"files": [str(p) for p in written], "metrics": report.metrics()}


def report_text(produced: tuple[Report, list[Path]], out: Out) -> str:
    from qingdan.render.report import pct

    r, written = produced
    summary = t(
        "report.summary",
        read=r.rows["read"],
        judged=r.rows["judged"],
        rejected=r.rows["rejected"],
        off=r.off_list["count"],
        share=pct(r.on_list_share),
    )
    return "\n".join([summary, *map(str, written)])


def sql_json(result: QueryResult, out: Out) -> dict[str, Any]:
    return {"columns": list(result.columns), "rows": result.records()}


def sql_csv(result: QueryResult, out: Out) -> None:
    import csv

    from qingdan.render.safe import cell

    writer = csv.writer(sys.stdout)  # cells that would start a formula get a leading '
    writer.writerow([cell(c) for c in result.columns])
    writer.writerows([cell(v) for v in row] for row in result.rows)


def sql_table(result: QueryResult, out: Out) -> None:
    from rich.table import Table

    limit = int(out.options.get("limit", 1000))
    table = Table(*result.columns)
    for row in result.rows[:limit]:
        table.add_row(*("" if v is None else str(v) for v in row))
    out.console().print(table)
    if len(result.rows) > limit:
        _err(t("sql.more", count=len(result.rows) - limit))
