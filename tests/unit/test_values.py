"""Values as offices write them: dates in every common form, Excel serials, amounts, kinds."""

from __future__ import annotations

import datetime as dt

import pytest

from qingdan.core.check.office import generated_id, kind_of, normalize
from qingdan.core.values import amount, office_date

APRIL_1 = dt.date(2025, 4, 1)


@pytest.mark.parametrize(
    "written",
    ["2025-04-01", "2025/4/1", "2025.4.1", "2025年4月1日", "２０２５年４月１日", "20250401",
     "2025-04-01 00:00:00", 45748, 45748.0, "45748", dt.datetime(2025, 4, 1, 0, 0), APRIL_1],
)  # fmt: skip
def test_every_office_date_form_reads_as_the_same_day(written):
    assert office_date(written) == APRIL_1


@pytest.mark.parametrize("written", ["昨天", "2025-13-01", "2025/2/30", "", 12, True, "4/1/2025"])
def test_what_is_not_a_date_raises(written):
    with pytest.raises(ValueError):
        office_date(written)


@pytest.mark.parametrize(
    ("written", "yuan"),
    [("2万元", 20000.0), ("20,000元", 20000.0), ("￥1.5万", 15000.0), ("人民币5万元整", 50000.0),
     ("3000", 3000.0), (1200, 1200.0), ("0.3亿元", 30000000.0), ("两万", None), ("见附件", None)],
)  # fmt: skip
def test_amounts_read_in_yuan(written, yuan):
    assert amount(written) == yuan


@pytest.mark.parametrize(
    ("written", "kind"),
    [("工作事项", "task"), ("台账", "ledger"), ("证明", "certificate"), ("挂牌", "plaque"),
     ("评比", "evaluation"), ("考核评比", "evaluation"), ("Certificate", "certificate"),
     ("certificates", "certificate"), ("其他", None)],
)  # fmt: skip
def test_chinese_and_plural_kind_names_are_canonical(written, kind):
    assert kind_of(written) == kind


def test_a_yaml_request_written_by_a_clerk_is_made_canonical():
    data = {
        "title": "垃圾分类宣传",
        "department": "市城管局",
        "kind": "工作事项",
        "period": {"from": "2025年4月1日", "to": "2025/6/30"},
        "submitted": "2025.3.1",
        "funding": {"amount": "2万元", "source": "市财政"},
        "demands": [{"kind": "台账", "title": "入户宣传台账"}],
    }
    out, problems = normalize(data, "requests/垃圾分类.yaml", 3)
    assert problems == []
    assert out["id"] == "垃圾分类.yaml:3" == generated_id("elsewhere/垃圾分类.yaml", 3)
    assert out["kind"] == "task" and out["demands"][0]["kind"] == "ledger"
    assert out["period"] == {"from": "2025-04-01", "to": "2025-06-30"}
    assert out["submitted"] == "2025-03-01" and out["funding"]["amount"] == 20000.0
    assert data["kind"] == "工作事项"  # the input is not changed


def test_values_that_cannot_be_read_are_named_with_their_field():
    _, problems = normalize(
        {"title": "x", "department": "y", "kind": "杂项", "period": {"from": "下周"}}, "f.csv", 2
    )
    assert [(field, key) for field, key, _ in problems] == [
        ("kind", "office.bad_kind"),
        ("period.from", "office.bad_date"),
    ]
