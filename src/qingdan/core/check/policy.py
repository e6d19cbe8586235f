"""The check policy as data: ``qingdan.toml`` ``[match]`` and ``[check]`` → :class:`Policy`.

Every rule ``qingdan check`` applies that a jurisdiction may set differently lives here with a
documented default (docs/readme-check.md):

- ``admit``/``review`` (``[match]``): a score ≥ admit covers the request; review ≤ score < admit
  gives ``review`` with candidates, never a silent admit.
- ``lead_working_days``: the department applies at least N working days (Mon–Fri, minus
  ``holidays``) before the work starts — 30, as Beijing Xicheng requires (提前30个工作日).
- ``emergency_categories``/``max_exempt_days``: emergencies exempt from the entry procedure and
  the longest exempt period (30 days; a longer or open-ended one is not exempt).
- ``entry_kinds``: request kinds that fall back to the entry procedure when unlisted;
  ``refused_kinds``: kinds refused outright when unlisted (certificates: 清单之外可以说"不").
- ``require_legal_basis``/``require_funding_or_support``: what the entry procedure requires
  (依法准入；权随责走、费随事转); a request lacking them is rejected.
- ``retired_match``: the verdict for a request whose best match is a retired item.
- ``negative_certificates``: titles on a negative list (民发〔2020〕20号 by default), named in the
  reason when an unlisted certificate matches one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

EMERGENCY_CATEGORIES = ("生命财产安全", "国家安全", "公共安全", "环境安全", "公共卫生")
NEGATIVE_SOURCE = "不应由基层群众性自治组织出具证明事项清单（第一批）（民发〔2020〕20号）"
NEGATIVE_CERTIFICATES = (
    "亲属关系证明",
    "居民身份信息证明（户籍证明）",
    "户口登记项目内容变更申请证明",
    "居民养犬证明",
    "无犯罪记录证明",
    "社区戒毒社区康复人员情况证明（表现证明）",
    "人员失踪证明",
    "婚姻状况证明（婚姻关系证明、分居证明）",
    "出生证明",
    "健在证明",
    "死亡证明",
    "疾病状况证明（急诊证明、意外伤害证明）",
    "残疾状况证明",
    "婚育状况证明（生育状况证明）",
    "居民就业状况证明",
    "居民个人档案证明",
    "居民财产证明（经济状况证明、收入证明、房产证明）",
    "遗产继承权证明",
    "市场主体住所证明（经营场所证明）",
    "证件遗失证明",
)
#: The entry procedure's steps (public-lists.md §C: Xicheng, Erqi, Zhangjiakou, Dalian).
ENTRY_STEPS = ("apply", "assess", "consult", "approve", "publish")


@dataclass(frozen=True)
class Policy:
    admit: float = 80.0
    review: float = 60.0
    lead_working_days: int = 30
    holidays: frozenset[dt.date] = frozenset()
    emergency_categories: tuple[str, ...] = EMERGENCY_CATEGORIES
    max_exempt_days: int = 30
    entry_kinds: tuple[str, ...] = ("task", "ledger", "plaque", "evaluation")
    refused_kinds: tuple[str, ...] = ("certificate",)
    require_legal_basis: bool = True
    require_funding_or_support: bool = True
    retired_match: str = "rejected"  #: rejected | review
    negative_certificates: tuple[str, ...] = NEGATIVE_CERTIFICATES
    negative_source: str = NEGATIVE_SOURCE

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` and before ``end`` (0 when ``end`` is not later)."""
        first, last = start + dt.timedelta(days=1), end - dt.timedelta(days=1)
        if last < first:
            return 0
        days = (last - first).days + 1
        weeks, rest = divmod(days, 7)
        count = weeks * 5
        count += sum(1 for i in range(rest) if (first + dt.timedelta(days=i)).weekday() < 5)
        count -= sum(1 for h in self.holidays if first <= h <= last and h.weekday() < 5)
        return count


def _dates(values: Any) -> frozenset[dt.date]:
    out = set()
    for value in values or ():
        try:
            out.add(dt.date.fromisoformat(str(value)))
        except ValueError:
            continue
    return frozenset(out)


def from_config(match: Mapping[str, Any], check: Mapping[str, Any]) -> Policy:
    """A :class:`Policy` from the ``[match]`` and ``[check]`` tables (schema-checked already)."""
    base = Policy()
    fields: dict[str, Any] = {
        "admit": float(match.get("admit", base.admit)),
        "review": float(match.get("review", base.review)),
    }
    for key in (
        "lead_working_days",
        "max_exempt_days",
        "require_legal_basis",
        "require_funding_or_support",
        "retired_match",
        "negative_source",
    ):
        if key in check:
            fields[key] = check[key]
    for key in ("emergency_categories", "entry_kinds", "refused_kinds", "negative_certificates"):
        if key in check:
            fields[key] = tuple(str(v) for v in check[key])
    if "holidays" in check:
        fields["holidays"] = _dates(check["holidays"])
    return Policy(**fields)
