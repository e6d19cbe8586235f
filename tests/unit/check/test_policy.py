"""The check policy: defaults, qingdan.toml overrides, working days on the Chinese calendar."""

from __future__ import annotations

import datetime as dt

from qingdan.core.check.calendar import WorkCalendar
from qingdan.core.check.policy import Policy, from_config


def test_defaults_are_the_documented_ones():
    p = Policy()
    assert (p.admit, p.review, p.lead_working_days, p.max_exempt_days) == (80, 60, 30, 30)
    assert (p.vetoed, p.retired, p.negative, p.prohibited) == (62, 75, 75, 66)
    assert p.refused_kinds == ("certificate",)
    assert p.calendar.kind == "chinese"
    assert "无犯罪记录证明" in p.negative_certificates


def test_the_config_overrides_the_defaults():
    p = from_config(
        {"admit": 85, "vetoed": 70},
        {
            "lead_working_days": 15,
            "entry_kinds": ["task"],
            "holidays": ["2024-10-01", "not-a-date"],
            "workdays": ["2024-10-12"],
            "calendar": "weekdays",
            "max_exempt_days_source": "本地规定",
            "rules": {"funding": "费随事转（某办法第五条）"},
        },
    )
    assert p.admit == 85 and p.review == 60 and p.vetoed == 70
    assert p.lead_working_days == 15 and p.entry_kinds == ("task",)
    assert p.calendar == WorkCalendar(
        "weekdays", frozenset({dt.date(2024, 10, 1)}), frozenset({dt.date(2024, 10, 12)})
    )
    assert p.max_exempt_days_source == "本地规定"
    assert p.rule("funding") == "费随事转（某办法第五条）"
    assert p.rule("legal_basis").startswith("依法准入")  # the default where none is named


def test_weekdays_skip_weekends_and_the_configured_holidays():
    p = Policy(calendar=WorkCalendar("weekdays", frozenset({dt.date(2024, 5, 1)})))
    monday, next_monday = dt.date(2024, 4, 29), dt.date(2024, 5, 6)
    assert p.working_days_between(monday, next_monday) == 3  # Tue, Thu, Fri
    assert p.working_days_between(next_monday, monday) == 0


def test_the_chinese_calendar_skips_public_holidays_and_counts_make_up_days():
    p = Policy()
    assert p.working_days_between(dt.date(2024, 4, 29), dt.date(2024, 5, 6)) == 1  # 劳动节
    # 30 weekdays between, but 中秋 (Sep 16–17) and 国庆 (Oct 1–7) are off and Sep 14, Sep 29
    # and Oct 12 are make-up working days: 26
    assert p.working_days_between(dt.date(2024, 9, 6), dt.date(2024, 10, 21)) == 26
    # 春节 2024: Feb 12–16 off, Feb 4 and Feb 18 (Sundays) worked
    assert p.working_days_between(dt.date(2024, 1, 1), dt.date(2024, 3, 1)) == 40
    assert WorkCalendar("weekdays").between(dt.date(2024, 1, 1), dt.date(2024, 3, 1)) == 43


def test_the_workspace_overrides_the_calendar_and_unknown_years_fall_back_to_weekdays():
    saturday = dt.date(2099, 1, 3)
    assert not WorkCalendar().is_workday(saturday)
    assert WorkCalendar(workdays=frozenset({saturday})).is_workday(saturday)
    assert not WorkCalendar(holidays=frozenset({dt.date(2099, 1, 5)})).is_workday(
        dt.date(2099, 1, 5)
    )
    assert WorkCalendar().is_workday(dt.date(2099, 1, 5))  # a Monday the package does not know
