"""CSV and xlsx request tables: one request per row, Chinese headers mapped to request fields.

Headers map to canonical (dotted) field names through ``DEFAULT_COLUMNS``, overridden or extended
by ``qingdan.toml`` ``[check.columns]`` (header → field). English field names are accepted as
headers too. Cells become the nested request: ``legal_basis`` cells hold ``《法》第三条；《条例》``,
``cites`` and ``demands`` are separated by ``；;、,``; a demand reads ``台账：标题``. CSV is read
as UTF-8 (with or without BOM), else GB18030 (a superset of GBK, what Excel/WPS export in China).
A row is reported at its line (header = line 1) and does not stop the others.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from qingdan.core.check.requests import Problem, Request, accept
from qingdan.core.lists.kinds import KIND_ALIASES
from qingdan.messages import msg

DEFAULT_COLUMNS: dict[str, str] = {
    "申请编号": "id",
    "编号": "id",
    "事项名称": "title",
    "名称": "title",
    "申请单位": "department",
    "部门": "department",
    "事项类型": "kind",
    "类型": "kind",
    "工作内容": "description",
    "法律依据": "legal_basis",
    "经费金额": "funding.amount",
    "经费来源": "funding.source",
    "保障措施": "support",
    "人员保障": "support",
    "开始日期": "period.from",
    "结束日期": "period.to",
    "提交日期": "submitted",
    "依据事项": "cites",
    "依据事项编号": "cites",
    "突发事件类别": "emergency.category",
    "豁免理由": "emergency.justification",
    "附带要求": "demands",
    "基层代表否决": "consultation.veto",
    "评估日期": "consultation.date",
}
FIELDS = frozenset(DEFAULT_COLUMNS.values())
_SPLIT = re.compile(r"[；;、,，\n]+")
_BASIS = re.compile(r"《([^》]+)》\s*([^《；;]*)")
_YES = {"是", "否决", "yes", "true", "1", "y"}


def _text(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _basis(cell: str) -> list[dict[str, Any]]:
    found = [
        {"law": law.strip(), "article": art.strip() or None} for law, art in _BASIS.findall(cell)
    ]
    return found or [{"law": part, "article": None} for part in _SPLIT.split(cell) if part]


def _demands(cell: str) -> list[dict[str, str]]:
    out = []
    for part in _SPLIT.split(cell):
        kind, sep, title = part.partition("：") if "：" in part else part.partition(":")
        if sep and title.strip():
            out.append(
                {"kind": KIND_ALIASES.get(kind.strip(), kind.strip()), "title": title.strip()}
            )
        elif part.strip():
            out.append({"kind": "", "title": part.strip()})
    return out


def row_to_request(row: Mapping[str, str]) -> dict[str, Any]:
    """A request mapping from a row keyed by canonical field names (empty cells dropped)."""
    data: dict[str, Any] = {}
    for name, cell in row.items():
        if not cell:
            continue
        if name == "kind":
            data["kind"] = KIND_ALIASES.get(cell, cell)
        elif name == "legal_basis":
            data["legal_basis"] = _basis(cell)
        elif name == "cites":
            data["cites"] = [c.strip().upper() for c in _SPLIT.split(cell) if c.strip()]
        elif name == "demands":
            data["demands"] = _demands(cell)
        elif name == "consultation.veto":
            data.setdefault("consultation", {})["veto"] = cell.lower() in _YES
        elif name == "funding.amount":
            try:
                data.setdefault("funding", {})["amount"] = float(cell)
            except ValueError:
                data.setdefault("funding", {})["amount"] = cell
        elif "." in name:
            outer, inner = name.split(".", 1)
            data.setdefault(outer, {})[inner] = cell
        else:
            data[name] = cell
    return data


def _rows(path: Path) -> Iterable[list[Any]]:
    if path.suffix.lower() == ".xlsx":
        import openpyxl

        data = io.BytesIO(path.read_bytes())
        book = openpyxl.load_workbook(data, read_only=True, data_only=True)
        try:
            yield from (list(r) for r in book.worksheets[0].iter_rows(values_only=True))
        finally:
            book.close()
        return
    import csv

    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("gb18030")
    yield from csv.reader(io.StringIO(text, newline=""))


def read(
    path: Path,
    shown: str,
    columns: Mapping[str, str],
    requests: list[Request],
    problems: list[Problem],
) -> None:
    mapping = {**DEFAULT_COLUMNS, **dict(columns)}
    try:
        rows = iter(_rows(path))
        header = [_text(h) for h in next(rows, [])]
    except UnicodeDecodeError:
        problems.append(Problem(shown, 1, msg("check.bad_encoding")))
        return
    except Exception as exc:
        problems.append(Problem(shown, 1, msg("check.bad_table", error=exc)))
        return
    names = [mapping.get(h, h if h in FIELDS else "") for h in header]
    unknown = [h for h, n in zip(header, names, strict=True) if h and not n]
    if unknown or "title" not in names:
        problems.append(
            Problem(shown, 1, msg("check.bad_header", columns="、".join(unknown) or "-"))
        )
        return
    try:
        for number, cells in enumerate(rows, start=2):
            values = [_text(c) for c in cells]
            if not any(values):
                continue
            row = {n: v for n, v in zip(names, values, strict=False) if n}
            accept(row_to_request(row), shown, number, requests, problems)
    except UnicodeDecodeError:
        problems.append(Problem(shown, 1, msg("check.bad_encoding")))
