"""One column vocabulary for request tables (``check``) and activity logs (``report``).

Contract: :data:`ACTIVITY` and :data:`REQUEST` map each canonical field to the headers offices
write for it (Chinese and English synonyms). :func:`resolve` maps a file's headers to canonical
fields, in this order: ``--map`` (explicit), ``qingdan.toml`` (``[activity.columns]`` or
``[check.columns]``, header → field), the vocabulary, the canonical name itself. Headers are
compared after NFKC, trimming, dropping spaces and a trailing unit in brackets (``经费金额（元）``).
The result says how each header was mapped, which were not, which expected fields are missing
and which ``--map`` names the file lacks, so the caller can print it, store it, or refuse.
Pure: no I/O, no messages.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

IGNORED = "-"  #: canonical name of columns known to carry nothing to judge (序号, 备注)
ACTIVITY: dict[str, tuple[str, ...]] = {
    "activity_id": ("活动编号", "记录编号", "记录号", "流水号", "编号", "id", "record id"),
    "date": ("日期", "时间", "办理日期", "工作日期", "活动日期", "发生日期", "day"),
    "district": ("区县", "区", "区(县)", "县区", "区市县", "所属区县", "county"),
    "street": ("街道", "街道办", "乡镇街道", "镇街", "街道(乡镇)", "所属街道", "town"),
    "community": ("社区", "社区名称", "村居", "社区(村)", "所属社区", "村(社区)"),
    "department": ("交办部门", "派单部门", "部门", "责任部门", "主管部门", "dept"),
    "kind": ("类型", "事项类型", "类别", "事项类别", "type", "category"),
    "item_id": ("事项编号", "清单编号", "清单事项编号", "item", "item no"),
    "title": ("事项名称", "工作事项", "任务名称", "工作内容", "事项", "任务", "name", "task"),
    "hours": ("工时", "用时", "耗时", "小时数", "工时(小时)", "duration"),
    IGNORED: ("序号", "备注", "no", "no.", "remark", "remarks"),
}
REQUEST: dict[str, tuple[str, ...]] = {
    "id": ("申请编号", "编号", "文号", "request id"),
    "title": ("事项名称", "名称", "工作事项", "任务名称", "申请事项", "name", "task"),
    "department": ("申请单位", "申请部门", "部门", "交办部门", "派单部门", "单位", "dept"),
    "kind": ("事项类型", "类型", "类别", "type", "category"),
    "description": ("工作内容", "事项内容", "具体内容", "内容"),
    "legal_basis": ("法律依据", "依据", "政策依据", "法规依据", "legal basis"),
    "funding.amount": ("经费金额", "经费", "金额", "经费数额", "amount"),
    "funding.source": ("经费来源", "资金来源", "funding source"),
    "support": ("保障措施", "人员保障", "工作保障", "support"),
    "period.from": ("开始日期", "起始日期", "开始时间", "期限开始", "from"),
    "period.to": ("结束日期", "截止日期", "结束时间", "期限结束", "to"),
    "submitted": ("提交日期", "申请日期", "报送日期", "submitted on"),
    "cites": ("依据事项", "依据事项编号", "清单事项编号", "清单编号", "cites"),
    "emergency.category": ("突发事件类别", "应急类别", "emergency category"),
    "emergency.justification": ("豁免理由", "应急理由", "emergency justification"),
    "demands": ("附带要求", "附加要求", "配套要求", "demands"),
    "consultation.veto": ("基层代表否决", "是否否决", "veto"),
    "consultation.date": ("评估日期", "consultation date"),
    IGNORED: ("序号", "备注", "no", "no.", "remark", "remarks"),
}
TABLES = {"activity": ACTIVITY, "request": REQUEST}
#: fields ``--strict`` wants present in every file
EXPECTED = {
    "activity": tuple(k for k in ACTIVITY if k != IGNORED),
    "request": ("title", "department", "kind"),
}
_RANK = {"map": 0, "config": 1}  #: which column a field is read from: --map, config, the first
_UNIT = re.compile(r"[（(][^）)]*[）)]$")


def normalize(header: Any) -> str:
    """The comparable form of a header: NFKC, no spaces or BOM, lower case, unit dropped."""
    text = unicodedata.normalize("NFKC", "" if header is None else str(header))
    text = re.sub(r"\s+", "", text.replace("\ufeff", "")).lower()
    bare = _UNIT.sub("", text)
    return bare or text


@dataclass(frozen=True)
class Column:
    header: str
    field: str | None  #: canonical field, ``"-"`` known and ignored, None not mapped
    how: str  #: map | config | vocabulary | canonical | duplicate | unknown


@dataclass(frozen=True)
class Duplicate:
    """A column (1-based) not read: column ``read_column`` is read for ``field``."""

    column: int
    header: str
    field: str
    read_column: int
    read: str


@dataclass(frozen=True)
class ColumnMap:
    table: str
    columns: tuple[Column, ...]
    missing: tuple[str, ...]  #: expected fields (:data:`EXPECTED`) no header maps to
    absent: tuple[str, ...]  #: ``--map`` headers the file does not have

    @property
    def positions(self) -> dict[str, int]:
        """canonical field → index of its column (ignored and unmapped left out)."""
        return {
            c.field: i
            for i, c in enumerate(self.columns)
            if c.field not in (None, IGNORED) and c.how != "duplicate"
        }

    @property
    def unmapped(self) -> tuple[str, ...]:
        """Headers whose column is not read: unknown ones, and a second column of a field."""
        return tuple(
            c.header for c in self.columns if c.header and (c.field is None or c.how == "duplicate")
        )

    @property
    def duplicates(self) -> tuple[Duplicate, ...]:
        """The columns not read because another column is read for their field."""
        read = {f: (i + 1, self.columns[i].header) for f, i in self.positions.items()}
        return tuple(
            Duplicate(number, c.header, c.field, *read[c.field])
            for number, c in enumerate(self.columns, 1)
            if c.how == "duplicate" and c.field is not None
        )

    @property
    def score(self) -> int:
        return len(self.positions)

    def as_dict(self) -> dict[str, str | None]:
        """header → field (``None`` unmapped, or not read as a second column of its field),
        for metrics.json and the decision document; a repeated header keeps its first column."""
        out: dict[str, str | None] = {}
        for c in self.columns:
            if c.header and c.header not in out:
                out[c.header] = None if c.how == "duplicate" else c.field
        return out


def lookup(table: str, config: Mapping[str, str] | None = None) -> dict[str, tuple[str, str]]:
    """normalized header → (field, how) from the vocabulary, the names, then ``config``."""
    vocabulary = TABLES[table]
    out: dict[str, tuple[str, str]] = {}
    for field, synonyms in vocabulary.items():
        for synonym in synonyms:
            out.setdefault(normalize(synonym), (field, "vocabulary"))
    for field in vocabulary:
        if field != IGNORED:
            out[normalize(field)] = (field, "canonical")
    for header, field in (config or {}).items():
        out[normalize(header)] = (str(field), "config")
    return out


def resolve(
    headers: Sequence[Any],
    table: str,
    config: Mapping[str, str] | None = None,
    explicit: Mapping[str, str] | None = None,
) -> ColumnMap:
    """Map ``headers`` to canonical fields of ``table`` (``activity`` or ``request``)."""
    words = lookup(table, config)
    forced = {normalize(k): v for k, v in (explicit or {}).items()}
    found = []
    for header in headers:
        text = "" if header is None else str(header).strip().lstrip("\ufeff")
        key = normalize(text)
        field, how = (forced[key], "map") if key in forced else words.get(key, (None, "unknown"))
        found.append((text, field if text else IGNORED, how))
    # One column per field: the one named by --map, else by the config, else the first.
    read: dict[str, int] = {}
    for i, (_, field, how) in enumerate(found):
        if field is not None and field != IGNORED:
            best = read.get(field)
            if best is None or _RANK.get(how, 2) < _RANK.get(found[best][2], 2):
                read[field] = i
    columns = tuple(
        Column(text, field, "duplicate" if field in read and read[field] != i else how)
        for i, (text, field, how) in enumerate(found)
    )
    keys = {normalize(h) for h in headers}
    absent = tuple(k for k in (explicit or {}) if normalize(k) not in keys)
    missing = tuple(f for f in EXPECTED[table] if f not in read)
    return ColumnMap(table, columns, missing, absent)


def find_header(
    rows: Sequence[Sequence[Any]],
    table: str,
    config: Mapping[str, str] | None = None,
    explicit: Mapping[str, str] | None = None,
) -> int:
    """Index of the header row among the first rows: the one mapping most fields (merged title
    rows and blank rows above a header are skipped); 0 when none maps any."""
    best, best_score = 0, 0
    for index, row in enumerate(rows[:10]):
        score = resolve(row, table, config, explicit).score
        if score > best_score:
            best, best_score = index, score
    return best


@dataclass(frozen=True)
class Header:
    index: int  #: 0-based row of the (first) header row
    cells: tuple[str, ...]  #: the header as one row
    depth: int = 1  #: 2 when a second row under merged group cells completes it

    @property
    def data_start(self) -> int:
        return self.index + self.depth


def _cell(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


def _two_rows(top: Sequence[Any], sub: Sequence[Any]) -> list[tuple[str, str]]:
    """Per column of a two-row header (``经费`` merged over ``金额``/``来源``): its lower cell and
    ``group + lower``, or its upper cell twice when the lower one is empty."""
    out, group = [], ""
    for j in range(max(len(top), len(sub))):
        upper = _cell(top[j]) if j < len(top) else ""
        lower = _cell(sub[j]) if j < len(sub) else ""
        group = upper or group
        out.append((lower, group + lower) if lower else (upper, upper))
    return out


def header(
    rows: Sequence[Sequence[Any]],
    table: str,
    config: Mapping[str, str] | None = None,
    explicit: Mapping[str, str] | None = None,
) -> Header:
    """The header among the first rows (:func:`find_header`), completed by the row under it when
    that row names the parts of merged group cells and so maps more fields."""
    index = find_header(rows, table, config, explicit)
    if not rows:
        return Header(0, ())
    single = [_cell(c) for c in rows[index]]
    best = Header(index, tuple(single))
    if index + 1 < len(rows):
        words = lookup(table, config)
        forced = {normalize(k) for k in (explicit or {})}
        combined = []
        for lower, joined in _two_rows(rows[index], rows[index + 1]):
            known = normalize(joined) in words or normalize(joined) in forced
            combined.append(joined if known and joined != lower else lower)
        two = resolve(combined, table, config, explicit).score
        if two > resolve(single, table, config, explicit).score:
            best = Header(index, tuple(combined), 2)
    return best
