"""Values as offices write them: dates in every common form, Excel serial dates, amounts in 万元.

Contract: :func:`office_date` turns ``2025-04-01``, ``2025/4/1``, ``2025.4.1``, ``2025年4月1日``,
``20250401``, a ``datetime``/``date`` cell or an Excel serial day number (``45748``, the 1900 date
system Excel and WPS use) into a :class:`datetime.date`, and raises ``ValueError`` for anything
else. :func:`amount` turns ``2万元``, ``20,000元``, ``￥1.5万`` or a number into yuan (float), or
None when the text is not an amount. Full-width digits and punctuation are read (NFKC). Pure.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # serial 1 = 1900-01-01 counting Excel's 1900-02-29
_SERIALS = range(61, 2958466)  # 1900-03-01 … 9999-12-31
_AMOUNT = re.compile(
    r"^(?:人民币|RMB|¥|￥)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(亿|万|千)?\s*(?:元|圆)?(?:整)?$",
    re.IGNORECASE,
)
_UNITS = {"亿": 1e8, "万": 1e4, "千": 1e3, None: 1.0}


def _serial(number: float) -> dt.date:
    if int(number) not in _SERIALS:
        raise ValueError(number)
    return _EXCEL_EPOCH + dt.timedelta(days=int(number))


def office_date(value: Any) -> dt.date:
    """A date from a cell or a string; ``ValueError`` when it is not one."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        return _serial(float(value))
    text = unicodedata.normalize("NFKC", str(value)).strip()
    found = _DATE.match(text) or _COMPACT.match(text)
    if found:
        year, month, day = (int(g) for g in found.groups())
        return dt.date(year, month, day)
    if re.fullmatch(r"\d{2,7}(\.0+)?", text):
        return _serial(float(text))
    raise ValueError(value)


def iso_date(value: Any) -> str:
    """:func:`office_date` as ``YYYY-MM-DD``."""
    return office_date(value).isoformat()


def amount(value: Any) -> float | None:
    """Yuan from ``2万元``, ``20,000元``, ``1.5万``, a number; None when not an amount."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = unicodedata.normalize("NFKC", str(value)).strip().replace(" ", "")
    found = _AMOUNT.match(text)
    if not found:
        return None
    number, unit = found.groups()
    return float(number.replace(",", "")) * _UNITS[unit]
