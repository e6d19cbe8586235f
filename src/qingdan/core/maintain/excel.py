"""Lists to and from one xlsx workbook, ids kept (``qingdan export`` / ``qingdan import``).

A sheet per list, named by the list's title (the kind key when the title cannot be a sheet
name); first row Chinese headers (:data:`COLUMNS`), one row per item. Cells: several aliases,
keywords or legal bases one per line; a legal basis as ``法规名称|条款``; dates ``YYYY-MM-DD``;
status as 有效/已取消/已否决 (the English keys are accepted too).

Import compares each row with the item of the same id as it would be exported: only rows that
differ change their item (only the differing fields), rows with a new id are appended, nothing
is renumbered, and an item whose row is missing is kept and reported. Unchanged items keep their
exact text (see :mod:`.yamlwrite`), so export → import is byte-identical. Errors
(unknown sheet or column, no id column, empty or duplicate id, a bad date) name sheet and row.

Over 150 lines because the cell format, export, reading and the import plan are one contract
that must stay in step; split it only together with its round-trip test.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qingdan.core.lists.kinds import BY_KEY
from qingdan.core.lists.model import ListSet
from qingdan.core.maintain.yamlwrite import DATE_KEYS, rewrite
from qingdan.errors import DataError, UsageError
from qingdan.messages import msg

#: header → item field, in sheet order
COLUMNS: dict[str, str] = {
    "编号": "id",
    "事项名称": "title",
    "别名": "aliases",
    "关键词": "keywords",
    "责任部门": "department",
    "法律依据": "legal_basis",
    "发布日期": "published_on",
    "生效日期": "effective_from",
    "失效日期": "effective_to",
    "状态": "status",
    "取消/否决日期": "retired_on",
    "取消/否决理由": "reason",
    "来源": "source",
}
STATUS_ZH = {"active": "有效", "retired": "已取消", "vetoed": "已否决"}
STATUS_KEY = {**{v: k for k, v in STATUS_ZH.items()}, **{k: k for k in STATUS_ZH}}
_BAD_SHEET = set("[]:*?/\\")


def sheet_name(kind: str, title: str) -> str:
    ok = title and len(title) <= 31 and not (_BAD_SHEET & set(title))
    return title if ok else kind


def cell(key: str, value: Any) -> str | None:
    """An item field as the text of its cell (None for an empty cell)."""
    if value is None or value == []:
        return None
    if key in ("aliases", "keywords") and isinstance(value, list):
        return "\n".join(str(v) for v in value)
    if key == "legal_basis" and isinstance(value, list):
        return "\n".join(
            f"{b.get('law', '')}|{b['article']}" if b.get("article") else str(b.get("law", ""))
            for b in value
            if isinstance(b, dict)
        )
    if key == "status":
        return STATUS_ZH.get(str(value), str(value))
    return str(value)


_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  #: control characters XML cannot carry


def _xml_safe(text: str | None) -> str | None:
    """``text`` with the control characters a workbook cannot hold shown as ``\\x1b`` escapes."""
    return text if text is None else _ILLEGAL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def export_workbook(lists: ListSet) -> bytes:
    """The workbook as xlsx bytes."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    book.remove(book.active)
    for lf in lists.files:
        sheet = book.create_sheet(sheet_name(lf.kind, lf.title))
        sheet.append(list(COLUMNS))
        for header_cell in sheet[1]:
            header_cell.font = Font(bold=True)
        for item in lf.items:
            sheet.append([_xml_safe(cell(key, item.raw.get(key))) for key in COLUMNS.values()])
        for row in sheet.iter_rows(min_row=2):
            for c in row:
                c.alignment = Alignment(wrap_text=True, vertical="top")
                if c.data_type == "f":  # text that starts with "=": a string, never a formula
                    c.data_type = "s"
        sheet.freeze_panes = "C2"
        for letter, width in zip(
            "ABCDEFGHIJKLM", (10, 36, 18, 18, 16, 40, 12, 12, 12, 8, 12, 30, 30), strict=True
        ):
            sheet.column_dimensions[letter].width = width
    stamp = dt.datetime(2000, 1, 1)
    book.properties.created = book.properties.modified = stamp
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@dataclass(frozen=True)
class ImportResult:
    texts: Mapping[Path, str]  #: list files whose text changes → new text
    added: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  #: kind → ids
    changed: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    missing: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.texts


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\r\n", "\n").strip()
    return text or None


_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[ T]00:00(?::00)?)?")
_EXCEL_EPOCH = dt.date(1899, 12, 30)  #: day 0 of Excel's (and WPS's) 1900 date system
_LAST_SERIAL = (dt.date(9999, 12, 31) - _EXCEL_EPOCH).days


def _date_text(value: Any) -> str | None:
    """A date cell's text: a number there is an Excel date serial (a date column formatted as
    General, or a date pasted as a value), anything else reads as text."""
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if is_number and 1 <= value <= _LAST_SERIAL and float(value).is_integer():
        return (_EXCEL_EPOCH + dt.timedelta(days=int(value))).isoformat()
    return _text(value)


def parse_cell(key: str, text: str | None, where: dict[str, Any]) -> Any:
    """A cell's text as the item field's value."""
    if key in ("aliases", "keywords"):
        return [p.strip() for p in (text or "").split("\n") if p.strip()]
    if key == "legal_basis":
        out = []
        for part in (p.strip() for p in (text or "").split("\n")):
            if part:
                law, _, article = part.partition("|")
                out.append({"law": law.strip(), "article": article.strip() or None})
        return out
    if text is None:
        return None
    if key == "status":
        return STATUS_KEY.get(text, text)
    if key in DATE_KEYS:
        found = _DATE.fullmatch(text)  # a day, or midnight of it: never a prefix of other text
        try:
            return dt.date.fromisoformat(found[1] if found else "").isoformat()
        except ValueError:
            raise DataError(msg("excel.bad_cell", **where, error=msg("excel.bad_date"))) from None
    return text


def _kind_of(name: str, lists: ListSet) -> str:
    for lf in lists.files:
        if name in (
            lf.kind,
            sheet_name(lf.kind, lf.title),
            BY_KEY[lf.kind].title if lf.kind in BY_KEY else lf.kind,
        ):
            return lf.kind
    raise UsageError(msg("excel.unknown_sheet", sheet=name), msg("excel.unknown_sheet.hint"))


def read_rows(path: Path, lists: ListSet) -> dict[str, list[tuple[int, dict[str, str | None]]]]:
    """kind → [(row number, {field: cell text})] from the workbook at ``path``."""
    from openpyxl import load_workbook

    from qingdan.core.limits import LimitExceeded, inflated_size, regular_file

    try:
        regular_file(path, "workbook")
    except LimitExceeded as exc:
        raise DataError(msg(exc.key, **exc.params), msg("limits.hint"), path=path) from None
    try:
        inflated_size(path, "workbook")
    except LimitExceeded as exc:
        if exc.key == "limits.not_xlsx":
            raise DataError(
                msg("excel.not_xlsx", path=path, error=exc.params["error"]),
                msg("excel.not_xlsx.hint"),
                path=path,
            ) from None
        raise DataError(msg(exc.key, **exc.params), msg("limits.hint"), path=path) from None
    # not read-only: merged cells and formulas are only known to a full load (list workbooks are
    # small, and inflated_size above bounds them); a full load also ignores a stale <dimension>
    data = path.read_bytes()
    try:
        book = load_workbook(io.BytesIO(data), data_only=True)
        formulas = load_workbook(io.BytesIO(data))
    except Exception as exc:  # openpyxl raises many types for a bad file
        raise DataError(
            msg("excel.not_xlsx", path=path, error=exc), msg("excel.not_xlsx.hint"), path=path
        ) from None
    out: dict[str, list[tuple[int, dict[str, str | None]]]] = {}
    try:
        for sheet in book.worksheets:
            kind = _kind_of(sheet.title, lists)
            merged = _merged_values(sheet)
            rows = (
                tuple(merged.get((r, c), v) for c, v in enumerate(values, start=1))
                for r, values in enumerate(sheet.iter_rows(values_only=True), start=1)
            )
            header = [_text(h) for h in next(rows, ())]
            unknown = [h for h in header if h is not None and h not in COLUMNS]
            if unknown:
                raise UsageError(
                    msg(
                        "excel.unknown_columns",
                        sheet=sheet.title,
                        row=1,
                        columns=", ".join(unknown),
                    ),
                    msg("excel.unknown_columns.hint", known="、".join(COLUMNS)),
                )
            if "编号" not in header:
                raise UsageError(
                    msg("excel.no_id", sheet=sheet.title, row=1), msg("excel.no_id.hint")
                )
            found = []
            dates = {i for i, h in enumerate(header) if h is not None and COLUMNS[h] in DATE_KEYS}
            for number, values in enumerate(rows, start=2):
                texts = [(_date_text if i in dates else _text)(v) for i, v in enumerate(values)]
                if not any(texts):
                    continue
                _no_uncomputed_formula(formulas[sheet.title], number, values, header)
                found.append(
                    (
                        number,
                        {
                            COLUMNS[h]: texts[i] if i < len(texts) else None
                            for i, h in enumerate(header)
                            if h is not None
                        },
                    )
                )
            out[kind] = found
    finally:
        book.close()
        formulas.close()
    return out


def _merged_values(sheet: Any) -> dict[tuple[int, int], Any]:
    """(row, column) → value for the hidden cells of merged ranges within one column: WPS and
    Excel users merge a column's equal cells (one 责任部门 over several rows), and every row
    means that value. A range across columns keeps only its first cell (the others are empty)."""
    out: dict[tuple[int, int], Any] = {}
    for rng in sheet.merged_cells.ranges:
        if rng.min_col != rng.max_col:
            continue
        value = sheet.cell(rng.min_row, rng.min_col).value
        for r in range(rng.min_row + 1, rng.max_row + 1):
            out[(r, rng.min_col)] = value
    return out


def _no_uncomputed_formula(
    sheet: Any, number: int, values: tuple[Any, ...], header: list[str | None]
) -> None:
    """A formula cell whose value was never computed (a workbook written by a script, not saved
    by Excel or WPS) would read as empty and clear its field: refuse it, naming the cell."""
    for i, h in enumerate(header):
        if h is None or (i < len(values) and values[i] is not None):
            continue
        source = sheet.cell(number, i + 1)
        if source.data_type == "f":
            raise DataError(
                msg(
                    "excel.bad_cell",
                    sheet=sheet.title,
                    row=number,
                    column=h,
                    error=msg("excel.formula_no_value", formula=str(source.value)[:40]),
                ),
                msg("excel.formula_no_value.hint"),
            )


def plan_import(path: Path, lists: ListSet, texts: Mapping[Path, str]) -> ImportResult:
    """What importing the workbook at ``path`` does to ``lists`` (file texts in ``texts``)."""
    sheets = read_rows(path, lists)
    owner = {item.id: item.kind for item in lists}
    seen: set[str] = set()
    new_texts: dict[Path, str] = {}
    added: dict[str, tuple[str, ...]] = {}
    changed: dict[str, tuple[str, ...]] = {}
    missing: dict[str, tuple[str, ...]] = {}
    for lf in lists.files:
        if lf.kind not in sheets:
            continue
        by_id = {item.id: item for item in lf.items}
        sheet = sheet_name(lf.kind, lf.title)
        new_raw: dict[str, dict[str, Any]] = {}
        appended: list[dict[str, Any]] = []
        for number, row in sheets[lf.kind]:
            item_id = (row.get("id") or "").strip()
            if not item_id:
                raise UsageError(
                    msg("excel.empty_id", sheet=sheet, row=number), msg("excel.no_id.hint")
                )
            if item_id in seen or owner.get(item_id, lf.kind) != lf.kind:
                raise UsageError(
                    msg("excel.duplicate_id", sheet=sheet, row=number, id=item_id),
                    msg("excel.no_id.hint"),
                )
            seen.add(item_id)
            item = by_id.get(item_id)
            base: dict[str, Any] = dict(item.raw) if item else {}
            updated = dict(base)
            for key, text in row.items():
                if key == "id" or (item is not None and cell(key, base.get(key)) == text):
                    continue
                where = {"sheet": sheet, "row": number, "column": _header(key)}
                updated[key] = parse_cell(key, text, where)
                if key == "legal_basis":
                    updated[key] = _keep_bases(updated[key], base.get(key))
            if item is None:
                appended.append({"id": item_id, **{k: v for k, v in updated.items() if k != "id"}})
            elif updated != base:
                new_raw[item_id] = updated
        gone = tuple(i.id for i in lf.items if i.id not in seen)
        if new_raw or appended:
            new_texts[lf.path] = rewrite(lf, texts[lf.path], new_raw, appended)
        added[lf.kind] = tuple(r["id"] for r in appended)
        changed[lf.kind] = tuple(new_raw)
        missing[lf.kind] = gone
    return ImportResult(new_texts, added, changed, missing)


def _keep_bases(bases: list[dict[str, Any]], before: Any) -> list[dict[str, Any]]:
    """``bases`` read from a cell, each one whose ``law|article`` the item had already taken
    back whole: the cell cannot carry a basis's ``jurisdiction``, so it must not drop it."""
    if not isinstance(before, list):
        return bases
    known = {cell("legal_basis", [b]): b for b in before if isinstance(b, dict) and b.get("law")}
    return [known.get(cell("legal_basis", [b]), b) for b in bases]


def _header(key: str) -> str:
    return next(h for h, k in COLUMNS.items() if k == key)
