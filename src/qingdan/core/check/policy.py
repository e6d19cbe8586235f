"""The check policy as data: ``qingdan.toml`` ``[match]`` and ``[check]`` → :class:`Policy`.

Every rule ``qingdan check`` applies that a jurisdiction may set differently lives here with a
documented default (docs/reference/configuration.md, docs/reference/reason-codes.md):

- ``admit``/``review`` (``[match]``): a score ≥ admit on an item's distinctive part covers the
  request; a plausible candidate ≥ review gives ``review``, never a silent admit.
- ``vetoed``/``retired``/``negative``/``prohibited`` (``[match]``): the precedents, each at its
  own threshold, matched before the positive lists.
- ``lead_working_days`` on a :class:`~qingdan.core.check.calendar.WorkCalendar` (Chinese
  calendar with 调休 by default, ``holidays``/``workdays`` override it).
- ``emergency_categories``/``max_exempt_days`` (+ ``max_exempt_days_source``).
- ``entry_kinds``/``refused_kinds``: unlisted kinds that go through the entry procedure or are
  refused outright (certificates: 清单之外可以说"不").
- ``require_legal_basis``/``require_funding_or_support``/``entry_items_need_support``: 依法准入；
  权随责走、费随事转 — also for work already on the entry list.
- ``retired_match``: rejected (default) or review for a request that is a retired item.
- ``rules``: the citation of each procedural rule, printed in the reasons.
- ``negative_certificates``: used only when the workspace has no ``negative-certificates`` list.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from qingdan.core.check.calendar import WorkCalendar, dates

EMERGENCY_CATEGORIES = ("生命财产安全", "国家安全", "公共安全", "环境安全", "公共卫生")
NEGATIVE_SOURCE = "不应由基层群众性自治组织出具证明事项清单（第一批）（民发〔2020〕20号）"
NEGATIVE_CERTIFICATES = (
    "亲属关系证明",
    "居民身份信息证明",
    "户口登记项目内容变更申请证明",
    "居民养犬证明",
    "无犯罪记录证明",
    "社区戒毒社区康复人员情况证明",
    "人员失踪证明",
    "婚姻状况证明",
    "出生证明",
    "健在证明",
    "死亡证明",
    "疾病状况证明",
    "残疾状况证明",
    "婚育状况证明",
    "居民就业状况证明",
    "居民个人档案证明",
    "居民财产证明",
    "遗产继承权证明",
    "市场主体住所证明",
    "证件遗失证明",
)
#: The entry procedure's steps (public-lists.md §C: Xicheng, Erqi, Zhangjiakou, Dalian).
ENTRY_STEPS = ("apply", "assess", "consult", "approve", "publish")
#: Where each procedural rule comes from, when the workspace names no source ([check.rules]).
RULES = {
    "entry_procedure": "社区工作准入程序（申请、审核、基层代表评估、审批、公布）",
    "legal_basis": "依法准入：进入社区的工作须有法律法规或政策依据",
    "funding": "权随责走、费随事转：进入社区的工作须落实经费和人员保障",
    "refusal": "清单之外可以说“不”：清单以外的事项，社区有权拒绝",
    "emergency": "涉及生命财产安全、国家安全、公共安全、环境安全、公共卫生的突发事件免于准入",
    "lead_time": "申请单位须提前书面申请",
    "consultation": "基层代表评估，一票否决",
}


@dataclass(frozen=True)
class Policy:
    admit: float = 80.0
    review: float = 60.0
    vetoed: float = 62.0
    retired: float = 75.0
    negative: float = 75.0
    prohibited: float = 66.0
    lead_working_days: int = 30
    lead_time_source: str | None = None
    calendar: WorkCalendar = field(default_factory=WorkCalendar)
    emergency_categories: tuple[str, ...] = EMERGENCY_CATEGORIES
    max_exempt_days: int = 30
    max_exempt_days_source: str | None = None
    entry_kinds: tuple[str, ...] = ("task", "ledger", "plaque", "evaluation")
    refused_kinds: tuple[str, ...] = ("certificate",)
    require_legal_basis: bool = True
    require_funding_or_support: bool = True
    entry_items_need_support: bool = True
    retired_match: str = "rejected"  #: rejected | review
    rules: Mapping[str, str] = field(default_factory=lambda: dict(RULES))
    negative_certificates: tuple[str, ...] = NEGATIVE_CERTIFICATES
    negative_source: str = NEGATIVE_SOURCE

    def working_days_between(self, start: Any, end: Any) -> int:
        """Working days after ``start`` and before ``end`` on the policy's calendar."""
        return self.calendar.between(start, end)

    def rule(self, name: str) -> str:
        return self.rules.get(name) or RULES.get(name, name)


def from_config(match: Mapping[str, Any], check: Mapping[str, Any]) -> Policy:
    """A :class:`Policy` from the ``[match]`` and ``[check]`` tables (schema-checked already)."""
    base = Policy()
    fields: dict[str, Any] = {
        key: float(match.get(key, getattr(base, key)))
        for key in ("admit", "review", "vetoed", "retired", "negative", "prohibited")
    }
    for key in (
        "lead_working_days",
        "lead_time_source",
        "max_exempt_days",
        "max_exempt_days_source",
        "require_legal_basis",
        "require_funding_or_support",
        "entry_items_need_support",
        "retired_match",
        "negative_source",
    ):
        if key in check:
            fields[key] = check[key]
    for key in ("emergency_categories", "entry_kinds", "refused_kinds", "negative_certificates"):
        if key in check:
            fields[key] = tuple(str(v) for v in check[key])
    fields["calendar"] = WorkCalendar(
        str(check.get("calendar", "chinese")),
        dates(check.get("holidays")),
        dates(check.get("workdays")),
    )
    fields["rules"] = {**RULES, **{str(k): str(v) for k, v in (check.get("rules") or {}).items()}}
    return Policy(**fields)
