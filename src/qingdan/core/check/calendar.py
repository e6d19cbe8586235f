"""Working days for the lead-time rule (提前 N 个工作日): the Chinese calendar with 调休.

``chinese`` (the default) asks the maintained ``chinesecalendar`` package, which carries the
State Council's yearly holiday notices: public holidays are not working days and make-up
weekends (调休上班) are. Years it does not know yet fall back to Monday–Friday. ``weekdays``
counts Monday–Friday only. Either way the workspace's own ``holidays`` (days off) and
``workdays`` (make-up days) in ``[check]`` override the calendar — a local holiday, or next
year's notice before the package knows it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

CALENDARS = ("chinese", "weekdays")


@lru_cache(maxsize=4096)
def _chinese_workday(day: dt.date) -> bool | None:
    """What chinesecalendar says of ``day`` (None for a year it does not cover)."""
    import chinese_calendar

    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


@dataclass(frozen=True)
class WorkCalendar:
    kind: str = "chinese"  #: chinese | weekdays
    holidays: frozenset[dt.date] = field(default_factory=frozenset)
    workdays: frozenset[dt.date] = field(default_factory=frozenset)

    def is_workday(self, day: dt.date) -> bool:
        if day in self.workdays:
            return True
        if day in self.holidays:
            return False
        if self.kind == "chinese":
            known = _chinese_workday(day)
            if known is not None:
                return known
        return day.weekday() < 5

    def between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` and before ``end`` (0 when ``end`` is not later)."""
        return _count(self, start, end)


@lru_cache(maxsize=4096)
def _count(calendar: WorkCalendar, start: dt.date, end: dt.date) -> int:
    days = (end - start).days - 1
    return sum(calendar.is_workday(start + dt.timedelta(days=i)) for i in range(1, days + 1))


def dates(values: Any) -> frozenset[dt.date]:
    """ISO dates from a config list (the schema has checked their format)."""
    out = set()
    for value in values or ():
        try:
            out.add(dt.date.fromisoformat(str(value)))
        except ValueError:
            continue
    return frozenset(out)
