"""One title against the lists: precedents first, then the positive lists (issue 9 §2–3).

Precedents are what a request may be *the same as* and must not become: a prohibited task
(``prohibited-tasks``, every request kind), an entry on the national negative certificate list
(``negative-certificates``, certificates), an item the representatives vetoed, an item retired
before the day judged. Each is matched at its own threshold (``[match]`` vetoed, retired,
negative, prohibited) and must be plausible (its distinctive part in the title). When a
precedent is closer than the best admissible item in force, the verdict follows it (a tie goes
to the item in force).

Otherwise: an item in force whose distinctive part the title holds, scoring ≥ admit → covered;
an item not yet in force → review; a plausible candidate ≥ review (in force, or a precedent below
its own threshold) → review, never rejected; nothing → uncovered (the caller applies the entry
procedure or the refusal rule).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from qingdan.core.check.decision import CANDIDATE_FLOOR, Judgement, Match, Reason, Rule, worst
from qingdan.core.check.policy import Policy
from qingdan.core.lists.kinds import NEGATIVE_CERTIFICATES, PROHIBITED_TASKS, REQUEST_KINDS
from qingdan.core.lists.model import Item, ListSet
from qingdan.core.lists.scoring import Query
from qingdan.core.lists.textmatch import Candidate, Matcher
from qingdan.core.lists.thesaurus import Thesaurus

PRECEDENT_KINDS = (PROHIBITED_TASKS, NEGATIVE_CERTIFICATES)


def _retired_by(item: Item, as_of: dt.date) -> bool:
    """Retired (or lapsed) on or before ``as_of`` — not merely not yet in force, and not a record
    that only takes effect later."""
    if item.effective_from is not None and item.effective_from > as_of:
        return False
    if item.status == "retired" and (item.retired_on is None or item.retired_on <= as_of):
        return True
    return item.effective_to is not None and item.effective_to < as_of


class Titles:
    """Judges titles of each request kind; one per set of lists (memoized: batches repeat)."""

    def __init__(self, lists: ListSet, policy: Policy, thesaurus: Thesaurus) -> None:
        self.lists, self.policy = lists, policy
        positive = [i for i in lists if i.kind not in PRECEDENT_KINDS]
        queries: dict[str, Query] = {}  # the three matchers share the queries' normal forms
        self.matcher = Matcher(positive, thesaurus=thesaurus, queries=queries)
        self.prohibited = Matcher(
            [i for i in lists if i.kind == PROHIBITED_TASKS], thesaurus=thesaurus, queries=queries
        )
        negative = [i for i in lists if i.kind == NEGATIVE_CERTIFICATES]
        if not negative and lists.by_kind(NEGATIVE_CERTIFICATES) is None:
            negative = [
                Item(id=f"NEG-{n:02d}", kind=NEGATIVE_CERTIFICATES, title=title)
                for n, title in enumerate(policy.negative_certificates, start=1)
            ]
        self.negative = Matcher(negative, thesaurus=thesaurus, queries=queries)
        self._judged: dict[tuple[str, str, dt.date], Judgement] = {}

    def rule(self, item: Item) -> Rule:
        listed = self.lists.by_kind(item.kind)
        if item.kind == NEGATIVE_CERTIFICATES and listed is None:
            return Rule(
                None,
                item.id,
                item.kind,
                item.title,
                "active",
                list_title=self.policy.negative_source,
            )
        return Rule.of(item, listed.title if listed else None, listed.document if listed else None)

    def reason(self, code: str, item: Item | None = None, **params: object) -> Reason:
        return Reason(code, params, self.rule(item) if item is not None else None)

    def judge(self, title: str, kind: str, as_of: dt.date) -> Judgement:
        key = (title, kind, as_of)
        if key not in self._judged:
            self._judged[key] = self._judge(title, kind, as_of)
        return self._judged[key]

    def _precedents(
        self, title: str, kind: str, found: Sequence[Candidate], as_of: dt.date
    ) -> list[tuple[Candidate, str]]:
        """(candidate, code) of every precedent at its threshold, in the order they rank."""
        p = self.policy
        out: list[tuple[Candidate, str]] = []

        def take(
            cands: Sequence[Candidate], code: str, floor: float, keep: Callable[[Item], bool]
        ) -> None:
            hit = next(
                (c for c in cands if keep(c.item) and c.plausible and c.score >= floor), None
            )
            if hit is not None:
                out.append((hit, code))

        take(
            self.prohibited.match(title, limit=3, floor=p.prohibited),
            "CK410",
            p.prohibited,
            lambda i: i.in_force(as_of),
        )
        if kind == "certificate":
            take(
                self.negative.match(title, limit=3, floor=p.negative),
                "CK401",
                p.negative,
                lambda i: i.status == "active",
            )
        take(found, "CK402", p.vetoed, lambda i: i.status == "vetoed")
        take(found, "CK409", p.retired, lambda i: _retired_by(i, as_of))
        return out

    def _judge(self, title: str, kind: str, as_of: dt.date) -> Judgement:
        p = self.policy
        found = self.matcher.match(
            title, kinds=REQUEST_KINDS.get(kind, ()), limit=8, floor=CANDIDATE_FLOOR
        )
        admissible = [c for c in found if c.admissible and c.score >= p.admit]
        covering = next((c for c in admissible if c.item.in_force(as_of)), None)
        best = covering.score if covering else 0.0
        reasons: list[Reason] = []
        match: Candidate | None = None
        precedents = [  # a tie goes to the item in force: the same name kept as a record is history
            (c, code) for c, code in self._precedents(title, kind, found, as_of) if c.score > best
        ]
        if precedents:
            match, code = precedents[0]
            reasons.append(self._precedent(code, match))
        elif covering is not None:
            match = covering
            reasons.append(self.reason("CK100", covering.item))
        elif (
            later := next(
                (
                    c
                    for c in admissible
                    if c.item.effective_from is not None and as_of < c.item.effective_from
                ),
                None,
            )
        ) is not None:
            match = later
            reasons.append(self.reason("CK307", later.item))
        elif (
            weak := next(
                (
                    c
                    for c in found
                    if c.plausible and c.score >= p.review and not _retired_by(c.item, as_of)
                ),
                None,
            )
        ) is not None:
            match = weak
            reasons.append(self.reason("CK301", weak.item))
        shown = {match.id} if match else set()
        candidates = tuple(Match.of(c) for c in found if c.id not in shown and c.plausible)[:3]
        verdict = worst([v for r in reasons if (v := r.effect) is not None]) if reasons else ""
        return Judgement(
            kind, title, verdict, tuple(reasons), Match.of(match) if match else None, candidates
        )

    def _precedent(self, code: str, c: Candidate) -> Reason:
        if code == "CK409" and self.policy.retired_match != "rejected":
            return Reason("CK301", {"retired": True}, self.rule(c.item))  # a person decides
        return self.reason(code, c.item)
