"""The check policy: defaults, qingdan.toml overrides, working days."""

from __future__ import annotations

import datetime as dt

from qingdan.core.check.policy import Policy, from_config


def test_defaults_are_the_documented_ones():
    p = Policy()
    assert (p.admit, p.review, p.lead_working_days, p.max_exempt_days) == (80, 60, 30, 30)
    assert p.refused_kinds == ("certificate",)
    assert "无犯罪记录证明" in p.negative_certificates


def test_the_config_overrides_the_defaults():
    p = from_config(
        {"admit": 85},
        {
            "lead_working_days": 15,
            "entry_kinds": ["task"],
            "holidays": ["2024-10-01", "not-a-date"],
        },
    )
    assert p.admit == 85 and p.review == 60
    assert p.lead_working_days == 15 and p.entry_kinds == ("task",)
    assert p.holidays == frozenset({dt.date(2024, 10, 1)})


def test_working_days_skip_weekends_and_holidays():
    p = Policy(holidays=frozenset({dt.date(2024, 5, 1)}))
    monday, next_monday = dt.date(2024, 4, 29), dt.date(2024, 5, 6)
    assert p.working_days_between(monday, next_monday) == 3  # Tue, Thu, Fri
    assert p.working_days_between(next_monday, monday) == 0
    assert Policy().working_days_between(dt.date(2024, 1, 1), dt.date(2024, 3, 1)) == 43
