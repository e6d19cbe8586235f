"""Requests → :class:`~qingdan.core.check.decision.CheckRun`: the entry of ``qingdan check``.

One :class:`~qingdan.core.check.rules.Checker` is built per call and applied to every request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from qingdan.core.check.decision import CheckRun
from qingdan.core.check.policy import Policy
from qingdan.core.check.requests import Problem, Request
from qingdan.core.check.rules import Checker
from qingdan.core.lists.git import Revision
from qingdan.core.lists.model import ListSet
from qingdan.core.lists.thesaurus import EMPTY, Thesaurus


def decide_all(
    requests: Sequence[Request],
    lists: ListSet,
    policy: Policy,
    revision: Revision,
    *,
    as_of: dt.date | None = None,
    today: dt.date | None = None,
    problems: Sequence[Problem] = (),
    thesaurus: Thesaurus = EMPTY,
    on_each: Callable[[int, int], None] | None = None,
) -> CheckRun:
    """Decide every request against ``lists`` (one :class:`Checker`, built once);
    ``on_each(done, total)`` is told after each decision (a progress display)."""
    checker = Checker(lists, policy, thesaurus)
    today = today or dt.date.today()
    decisions = []
    for done, r in enumerate(requests, 1):
        decisions.append(checker.decide(r, revision, as_of or r.period_from or today))
        if on_each is not None:
            on_each(done, len(requests))
    return CheckRun(tuple(decisions), tuple(problems))
