"""The form rules that hold: 0 元, blank or 无 is no funding; 无 is no support (费随事转)."""

from __future__ import annotations

import pytest

from qingdan.core.check.form import has_funding, has_support, supported
from qingdan.core.check.requests import Request


def req(**extra: object) -> Request:
    return Request(id="T", title="某事项", department="某局", kind="task", **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "funding",
    [
        None,
        {"amount": 0, "source": "区财政"},
        {"amount": "0元", "source": "区财政"},
        {"amount": "", "source": "区财政"},
        {"amount": "无", "source": "无"},
        {"amount": 5000, "source": "无"},
        {"amount": "¥0.00", "source": "区财政"},
        {"amount": " ", "source": "暂无"},
    ],
)
def test_zero_blank_or_none_funding_is_no_funding(funding: object) -> None:
    assert not has_funding(req(funding=funding))


@pytest.mark.parametrize("amount", [30000, "3万元", "5000元", "12.5"])
def test_an_amount_from_a_named_source_is_funding(amount: object) -> None:
    assert has_funding(req(funding={"amount": amount, "source": "区财政专项"}))


def test_support_written_as_none_is_no_support() -> None:
    assert not has_support(req(support="无")) and not has_support(req(support="  "))
    assert not supported(req(funding={"amount": 0, "source": "无"}, support="无"))
    assert supported(req(support="派专人培训指导"))
