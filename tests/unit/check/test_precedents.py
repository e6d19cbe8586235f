"""Precedents first, misses to review, the deciding reason (issue 9 §2–5), on small lists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from qingdan.core.check.policy import Policy
from qingdan.core.check.requests import LegalBasis, Request
from qingdan.core.check.rules import Checker
from qingdan.core.lists.git import Revision
from qingdan.core.lists.model import Item, ListFile, ListSet

DAY, AS_OF = dt.date(2022, 7, 1), dt.date(2024, 8, 1)
BASIS = (LegalBasis("中华人民共和国城市居民委员会组织法", "第三条"),)
FUNDING = {"amount": 30000, "source": "区财政专项"}


def lists() -> ListSet:
    def f(kind: str, title: str, *items: Item) -> ListFile:
        return ListFile(kind, Path(f"{kind}.yaml"), f"lists/{kind}.yaml", title, items=items)

    def i(id_: str, kind: str, title: str, **extra: object) -> Item:
        extra.setdefault("effective_from", DAY)
        return Item(id=id_, kind=kind, title=title, **extra)  # type: ignore[arg-type]

    return ListSet(
        (
            f(
                "assisted",
                "社区依法（规）协助政府工作事项清单",
                i("XZ-021", "assisted", "协助做好疫情防控", keywords=("疫情",)),
                i("XZ-006", "assisted", "协助做好社区矫正工作"),
            ),
            f(
                "entry",
                "申请进入社区工作事项清单",
                i("ZR-010", "entry", "社区居家养老服务"),
                i(
                    "ZR-014",
                    "entry",
                    "工作群打卡接龙",
                    status="vetoed",
                    effective_from=None,
                    retired_on=dt.date(2023, 5, 26),
                    reason="把工作群当作24小时工作媒介",
                ),
            ),
            f(
                "ledgers",
                "社区建立台账事项清单",
                i(
                    "TZ-017",
                    "ledgers",
                    "条线活动信息月报",
                    status="retired",
                    retired_on=dt.date(2024, 1, 1),
                    reason="由数据一张表替代",
                ),
            ),
            f(
                "self-governance",
                "社区依法自治工作事项清单",
                i(
                    "ZZ-042",
                    "self-governance",
                    "组织居民协商配备智能手环",
                    aliases=("配备智能手环",),
                ),
                i(
                    "ZZ-041",
                    "self-governance",
                    "配备智能手环",
                    status="retired",
                    effective_from=None,
                    retired_on=DAY,
                    reason="移至 ZZ-042",
                ),
            ),
            f(
                "prohibited-tasks",
                "不得要求社区承担的工作事项清单",
                i(
                    "JZ-001",
                    "prohibited-tasks",
                    "向社区摊派招商引资任务指标",
                    keywords=("招商引资",),
                ),
            ),
            f(
                "negative-certificates",
                "不应由基层群众性自治组织出具证明事项清单（第一批）",
                i("FM-005", "negative-certificates", "无犯罪记录证明"),
            ),
        )
    )


CHECKER = Checker(lists(), Policy())


def decide(title: str, kind: str = "task", **extra: object):  # type: ignore[no-untyped-def]
    request = Request(id="T", title=title, department="某局", kind=kind, **extra)  # type: ignore[arg-type]
    return CHECKER.decide(request, Revision(None, False), AS_OF)


def test_a_prohibited_task_is_refused_even_with_a_basis_and_funding() -> None:
    d = decide("向各社区分解招商引资任务指标", legal_basis=BASIS, funding=FUNDING, support="专人")
    assert (d.verdict, d.deciding, d.deciding_item) == ("rejected", "CK410", "JZ-001")


def test_a_vetoed_item_is_refused_however_complete_the_form() -> None:
    d = decide("工作群每日打卡接龙", legal_basis=BASIS, funding=FUNDING)
    assert (d.verdict, d.deciding, d.deciding_item) == ("rejected", "CK402", "ZR-014")
    rule = d.deciding_reason.rule  # type: ignore[union-attr]
    assert (rule.status, rule.date, rule.list_title) == (
        "vetoed",
        "2023-05-26",
        "申请进入社区工作事项清单",
    )


def test_a_retired_item_is_refused_after_its_retirement_and_admitted_before() -> None:
    assert decide("条线活动信息月报", "ledger").deciding == "CK409"
    early = CHECKER.decide(
        Request(id="T", title="条线活动信息月报", department="某局", kind="ledger"),
        Revision(None, False),
        dt.date(2023, 6, 1),
    )
    assert (early.verdict, early.deciding) == ("admitted", "CK100")


def test_the_national_negative_list_refuses_a_certificate() -> None:
    d = decide("出具无犯罪记录证明", "certificate")
    assert (d.verdict, d.deciding, d.deciding_item) == ("rejected", "CK401", "FM-005")
    assert decide("不喝酒证明", "certificate").deciding == "CK400"


def test_a_record_with_the_same_name_as_an_item_in_force_yields_to_it() -> None:
    d = decide("配备智能手环")
    assert (d.verdict, d.deciding_item) == ("admitted", "ZZ-042")


def test_a_plausible_listed_candidate_gives_review_never_rejected() -> None:
    d = decide("疫情期间社区矫正对象走访")  # both listed items are plausible
    assert d.verdict == "admitted"
    bare = decide("疫情流调信息摸排")  # only the keyword: a person confirms
    assert (bare.verdict, bare.deciding) == ("review", "CK301")


def test_an_entry_item_still_needs_the_departments_funding_or_support() -> None:
    assert decide("社区居家养老服务").deciding == "CK407"
    zero = decide("社区居家养老服务", funding={"amount": 0, "source": "无"}, support="无")
    assert zero.deciding == "CK407"
    assert decide("社区居家养老服务", support="派专人培训").verdict == "admitted"


def test_the_first_reason_leading_to_the_verdict_decides_it() -> None:
    vetoed = decide(
        "电梯加装意见征集",
        legal_basis=BASIS,
        funding=FUNDING,
        consultation={"veto": True, "date": "2024-07-01"},
    )
    assert [r.code for r in vetoed.reasons][:2] == ["CK300", "CK408"]
    assert (vetoed.verdict, vetoed.deciding) == ("rejected", "CK408")
    bare = decide("电梯加装意见征集")
    assert (bare.deciding, [r.code for r in bare.reasons]) == ("CK406", ["CK300", "CK406", "CK407"])
