"""Decision quality on the labelled set (tests/data/decisions/): the thresholds of issue 9.

Over the repository's whole set (tuning and held-out parts): verdicts agree with the published
rules in at least 97 % of requests, the verdict *and* its deciding reason in at least 95 %, and
no request the rules send to review or refuse is admitted or exempted (a silent false admit).
``benchmarks/decision_quality.py`` prints the same figures per part with a confusion matrix.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests import decision_set as ds


@pytest.fixture(scope="module")
def outcomes() -> list[ds.Outcome]:
    return ds.decide(ds.load())


def test_the_set_is_large_covers_every_kind_and_keeps_a_held_out_part() -> None:
    entries = ds.load()
    assert len(entries) >= 300
    assert {e.kind for e in entries} == {"task", "ledger", "certificate", "plaque", "evaluation"}
    parts = Counter(e.part for e in entries)
    assert parts["heldout"] >= 0.2 * len(entries)
    assert {e.expect for e in entries} == set(ds.VERDICTS)


def test_no_request_is_admitted_silently_against_the_rules(outcomes: list[ds.Outcome]) -> None:
    silent = [
        (o.entry.location, o.entry.title, o.verdict) for o in outcomes if o.silent_false_admit
    ]
    assert silent == []


def test_verdicts_and_deciding_reasons_reach_the_thresholds(outcomes: list[ds.Outcome]) -> None:
    score = ds.score(outcomes)
    misses = [
        (o.entry.location, o.entry.expect, o.entry.code, o.verdict, o.deciding)
        for o in outcomes
        if not o.reason_ok
    ]
    assert score.verdicts >= 0.97, misses
    assert score.reasons >= 0.95, misses


def test_a_form_preset_is_a_valid_request() -> None:
    from qingdan.core.check.requests import schema_errors

    for e in ds.load():
        assert schema_errors(e.data) == [], e.location
