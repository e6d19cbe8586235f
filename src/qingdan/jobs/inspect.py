"""``qingdan inspect FILE…``: what qingdan will read from a file, before it judges anything.

Contract: :func:`inspect` returns an :class:`Inspection` per file: the format, the encoding
detected (CSV), whether it reads as activity log or request table (the vocabulary that maps more
of its headers, unless ``table`` says), and per sheet the header row, the column mapping, the
unmapped columns and missing fields, the row count and the first rows *as they will be judged*:
activity files go through the report's own ingest on an in-memory DuckDB (so dates, kinds and
rejects are exactly the report's), request tables through check's reader (so ids, dates, kinds
and amounts are exactly check's). Nothing is written. Raises the readers' errors.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from qingdan.core.intake.encoding import Detected
from qingdan.core.intake.files import read_table
from qingdan.core.intake.inspection import Inspection, SheetView

PREVIEW = 5
ACTIVITY_ONLY = (".parquet", ".jsonl", ".ndjson")


def _kind(path: Path, shown: str, config: Mapping[str, Mapping[str, str]], **opts: Any) -> str:
    if path.suffix.lower() in ACTIVITY_ONLY:
        return "activity"
    scores = {}
    for table in ("activity", "request"):
        found = read_table(path, shown, table, config=config.get(table), **opts)
        scores[table] = max((s.columns.score for s in found.sheets), default=0)
    return "request" if scores["request"] > scores["activity"] else "activity"


def inspect(
    path: Path,
    shown: str,
    *,
    config: Mapping[str, Mapping[str, str]],
    table: str | None = None,
    explicit: Mapping[str, str] | None = None,
    encoding: str | None = None,
    sheet: str | None = None,
) -> Inspection:
    """What ``report`` or ``check`` would read from ``path`` (``config``: table → columns)."""
    opts = {"encoding": encoding, "sheet": sheet}
    if path.suffix.lower() in (".yaml", ".yml", ".json"):
        return _structured(path, shown)
    kind = table or _kind(path, shown, config, **opts)
    if kind == "request":
        return _requests(path, shown, config.get("request") or {}, explicit or {}, **opts)
    return _activity(path, shown, config.get("activity") or {}, explicit or {}, **opts)


def _requests(
    path: Path, shown: str, config: Mapping[str, str], explicit: Mapping[str, str], **opts: Any
) -> Inspection:
    from qingdan.core.check import tables
    from qingdan.core.check.requests import Problem, Request

    found = read_table(path, shown, "request", config=config, explicit=explicit, **opts)
    requests: list[Request] = []
    problems: list[Problem] = []
    options = tables.TableOptions(dict(explicit), False, opts["encoding"], opts["sheet"])
    sheets = tables.read(path, shown, config, requests, problems, options=options)
    views = []
    for where, s in sheets:
        mine = [r for r in requests if r.source.rsplit(":", 1)[0] == where]
        bad = [p for p in problems if p.file == where]
        views.append(_view(s, len(s.rows), len(bad), [dict(r.raw) for r in mine[:PREVIEW]]))
    return Inspection(shown, found.format, found.encoding, "request", tuple(views), found.skipped)


def _structured(path: Path, shown: str) -> Inspection:
    from qingdan.core.check.read import read

    batch = read([path], show=lambda _p: shown)
    preview = tuple(dict(r.raw) for r in batch.requests[:PREVIEW])
    view = SheetView(None, 0, {}, (), (), len(batch.requests) + len(batch.problems),
                     len(batch.problems), preview)  # fmt: skip
    return Inspection(shown, path.suffix.lower().lstrip("."), "UTF-8", "request", (view,))


def _activity(
    path: Path, shown: str, config: Mapping[str, str], explicit: Mapping[str, str], **opts: Any
) -> Inspection:
    import duckdb

    from qingdan.core.report.ingest import ingest
    from qingdan.core.report.readers import ReadOptions

    con = duckdb.connect()
    try:
        options = ReadOptions(dict(explicit), False, opts["encoding"], opts["sheet"])
        source = ingest(con, [path], config, lambda _p: shown, options=options).sources[0]
        views = []
        for n, (name, line, cmap) in enumerate(source.columns):
            unsplit = source.unsplit if n == 0 else 0
            where = f"{shown}#{name}" if name and len(source.columns) > 1 else shown
            counts = con.execute(
                "SELECT count(*), count(*) FILTER (WHERE code IS NOT NULL) FROM typed "
                "WHERE file = ?",
                [where],
            ).fetchall()[0]
            result = con.execute(
                "SELECT line, activity_id, date, district, street, community, department, kind, "
                "item_id, title, hours, code FROM typed WHERE file = ? ORDER BY line LIMIT ?",
                [where, PREVIEW],
            )
            names = [d[0] for d in result.description]
            preview = [dict(zip(names, row, strict=True)) for row in result.fetchall()]
            views.append(
                SheetView(
                    name,
                    line,
                    cmap.as_dict(),
                    cmap.unmapped,
                    cmap.missing,
                    int(counts[0]) + unsplit,
                    int(counts[1]) + unsplit,
                    tuple(preview),
                )
            )
    finally:
        con.close()
    label = Detected(source.encoding).label if source.encoding else None
    return Inspection(shown, source.format, label, "activity", tuple(views))


def _view(s: Any, rows: int, rejected: int, preview: list[dict[str, Any]]) -> SheetView:
    c = s.columns
    return SheetView(
        s.name, s.header_line, c.as_dict(), c.unmapped, c.missing, rows, rejected, tuple(preview)
    )
