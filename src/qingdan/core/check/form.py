"""What the application form says: legal basis, funding, support, lead time, what it lacks.

费随事转 needs money that follows the task: funding of 0 元, a blank amount, or 无/暂无 as amount
or source is no funding. 权随责走 needs staff, training or authority: a blank support or 无 is
none. The lead time counts working days on the policy's calendar (Chinese, with 调休).
"""

from __future__ import annotations

import re

from qingdan.core.check.decision import Lack
from qingdan.core.check.policy import Policy
from qingdan.core.check.requests import Request

#: Words that, written as an amount, a source or a support, mean there is none.
NONE_WORDS = frozenset(
    {
        "无",
        "暂无",
        "没有",
        "无经费",
        "无保障",
        "不涉及",
        "否",
        "none",
        "n/a",
        "na",
        "-",
        "—",
        "/",
        "0",
        "零",
        "0元",
        "零元",
    }
)
_NUMBER_RE = re.compile(r"^[¥￥]?\s*(\d+(?:\.\d+)?)\s*(万元|万|元)?$")


def _says_none(value: object) -> bool:
    text = re.sub(r"\s+", "", str(value)).lower() if value is not None else ""
    return not text or text in NONE_WORDS


def _amount_is_zero(amount: object) -> bool:
    if isinstance(amount, bool):
        return True
    if isinstance(amount, (int, float)):
        return amount <= 0
    text = re.sub(r"\s+", "", str(amount or ""))
    if _says_none(text):
        return True
    number = _NUMBER_RE.match(text.replace(",", ""))
    return number is not None and float(number.group(1)) <= 0


def has_funding(request: Request) -> bool:
    """Funding that follows the task: an amount above zero from a named source."""
    funding = request.funding
    if not funding:
        return False
    return not _amount_is_zero(funding.get("amount")) and not _says_none(funding.get("source"))


def has_support(request: Request) -> bool:
    return not _says_none(request.support)


def supported(request: Request) -> bool:
    """费随事转 or 权随责走: funding, or staff/training/authority."""
    return has_funding(request) or has_support(request)


def lead_time_short(request: Request, policy: Policy) -> bool:
    if request.submitted is None or request.period_from is None:
        return False
    days = policy.working_days_between(request.submitted, request.period_from)
    return days < policy.lead_working_days


def lacks(request: Request, policy: Policy) -> tuple[Lack, ...]:
    """What the form still lacks for the entry procedure (codes of ``LACKS``)."""
    missing = {
        "description": not request.description,
        "period": request.period_from is None,
        "submitted": request.submitted is None,
        "funding": not has_funding(request),
        "support": not has_support(request),
        "consultation": request.consultation is None,
        "lead_time": lead_time_short(request, policy),
    }
    return tuple(
        Lack(code, {"days": policy.lead_working_days})
        for code, lacking in missing.items()
        if lacking
    )
