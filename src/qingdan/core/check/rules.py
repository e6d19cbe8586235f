"""The rules of ``qingdan check`` applied to one request: :class:`Checker` (see core/check.py).

Order of judgement: the department's citations (unknown, wrong-kind, retired or vetoed → rejected;
an item in force whose title agrees → admitted), the representatives' veto, the title against
every item of the lists the kind allows (a vetoed entry item matched → rejected; an item in force
≥ admit → admitted; a retired one → ``policy.retired_match``; review ≤ score < admit → review
with candidates), then for what is still uncovered: a time-boxed emergency → exempt; a refused
kind (certificates) → rejected, naming the negative list when it is on one; an entry kind → the
entry procedure's requirements (legal basis; funding or support) or ``review`` with its steps and
what the form still lacks. Demands are judged the same way against their own lists.

Over 150 lines because the rules read best in one place, in the order they apply.
"""

from __future__ import annotations

import datetime as dt

from qingdan.core.check.decision import (
    CANDIDATE_FLOOR,
    CODES,
    Decision,
    Judgement,
    Lack,
    Match,
    Reason,
    Review,
    decision_id,
    reason,
    worst,
)
from qingdan.core.check.policy import ENTRY_STEPS, Policy
from qingdan.core.check.requests import Request
from qingdan.core.lists.git import Revision
from qingdan.core.lists.kinds import REQUEST_KINDS, kind_for_id
from qingdan.core.lists.model import Item, ListSet
from qingdan.core.lists.textmatch import Matcher
from qingdan.i18n import t


def _effect(reasons: list[Reason]) -> list[str]:
    return [v for r in reasons if (v := CODES[r.code][1]) is not None]


class Checker:
    def __init__(self, lists: ListSet, policy: Policy) -> None:
        self.lists = lists
        self.policy = policy
        self.matcher = Matcher(lists.items)
        negatives = [
            Item(id=f"NEG-{i:02d}", kind="negative", title=title)
            for i, title in enumerate(policy.negative_certificates, start=1)
        ]
        self.negative = Matcher(negatives)
        self._judged: dict[tuple[str, str, dt.date], Judgement] = {}

    # -- one title against its lists ---------------------------------------------------------
    def judge(self, title: str, kind: str, as_of: dt.date) -> Judgement:
        """The judgement of ``title`` as a ``kind`` on ``as_of`` (memoized: batches repeat)."""
        key = (title, kind, as_of)
        if key not in self._judged:
            self._judged[key] = self._judge(title, kind, as_of)
        return self._judged[key]

    def _judge(self, title: str, kind: str, as_of: dt.date) -> Judgement:
        p = self.policy
        allowed = REQUEST_KINDS.get(kind, ())
        found = self.matcher.match(title, kinds=allowed, limit=8, floor=CANDIDATE_FLOOR)
        reasons: list[Reason] = []
        match: Match | None = None
        strong = [c for c in found if c.score >= p.admit]
        vetoed = next((c for c in strong if c.item.status == "vetoed"), None)
        in_force = next((c for c in strong if c.item.in_force(as_of)), None)
        if vetoed is not None:
            match = Match.of(vetoed)
            reasons.append(
                reason(
                    "CK402",
                    vetoed.item,
                    date=vetoed.item.retired_on or "-",
                    why=vetoed.item.reason or "-",
                )
            )
        elif in_force is not None:
            match = Match.of(in_force)
            reasons.append(reason("CK100", in_force.item, score=in_force.score))
        elif strong:
            top = strong[0]
            match = Match.of(top)
            item = top.item
            if item.effective_from is not None and as_of < item.effective_from:
                reasons.append(reason("CK307", item, date=item.effective_from))
            else:
                retired = reason(
                    "CK409",
                    item,
                    date=item.retired_on or item.effective_to or "-",
                    why=item.reason or "-",
                )
                if p.retired_match != "rejected":  # a person decides: same message, review
                    retired = Reason(
                        "CK301", retired.message, item.id, retired.legal_basis, retired.location
                    )
                reasons.append(retired)
        elif (negative := self._negative(title, kind)) is not None:
            reasons.append(negative)
        else:
            weak = next(
                (
                    c
                    for c in found
                    if c.score >= p.review and (c.item.in_force(as_of) or c.item.status == "vetoed")
                ),
                None,
            )
            if weak is not None:
                reasons.append(reason("CK301", weak.item, score=weak.score, admit=p.admit))
        shown = {match.id} if match else set()
        candidates = tuple(Match.of(c) for c in found if c.id not in shown)[:3]
        if not reasons:
            reasons.extend(self._uncovered(title, kind))
        return Judgement(kind, title, worst(_effect(reasons)), tuple(reasons), match, candidates)

    def _negative(self, title: str, kind: str) -> Reason | None:
        """CK401 when a refused kind's title is on the negative list (score ≥ admit)."""
        if kind not in self.policy.refused_kinds:
            return None
        neg = self.negative.match(title, limit=1, floor=self.policy.admit)
        if not neg:
            return None
        return Reason(
            "CK401",
            t("check.reason.CK401", title=neg[0].item.title, source=self.policy.negative_source),
        )

    def _uncovered(self, title: str, kind: str) -> list[Reason]:
        """Not on the lists: the entry procedure, or refused outright (refusal wins a tie)."""
        p = self.policy
        if kind in p.entry_kinds and kind not in p.refused_kinds:
            return [reason("CK300")]
        return [reason("CK400", kind=t(f"check.kind.{kind}"))]

    # -- the request's own rules ---------------------------------------------------------------
    def _cites(self, request: Request, as_of: dt.date) -> tuple[list[Reason], Match | None]:
        allowed = REQUEST_KINDS.get(request.kind, ())
        reasons: list[Reason] = []
        covering: Match | None = None
        for cited in request.cites:
            item = self.lists.get(cited)
            list_kind = kind_for_id(cited)
            if item is None:
                reasons.append(reason("CK405", cid=cited))
            elif item.kind not in allowed or (list_kind and list_kind.key not in allowed):
                reasons.append(reason("CK404", item, kind=t(f"check.kind.{request.kind}")))
            elif item.status == "vetoed":
                reasons.append(
                    reason("CK402", item, date=item.retired_on or "-", why=item.reason or "-")
                )
            elif item.in_force(as_of):
                found = [
                    c
                    for c in self.matcher.match(request.title, kinds=(item.kind,), limit=100)
                    if c.id == item.id
                ]
                if found and found[0].score >= self.policy.review:
                    covering = covering or Match.of(found[0])
                    reasons.append(reason("CK101", item, score=found[0].score))
                else:
                    reasons.append(reason("CK302", item))
            elif item.effective_from is not None and as_of < item.effective_from:
                reasons.append(reason("CK307", item, date=item.effective_from))
            else:
                reasons.append(
                    reason("CK403", item, date=item.retired_on or item.effective_to or "-")
                )
        return reasons, covering

    def _emergency(self, request: Request) -> tuple[bool, list[Reason]]:
        e, p = request.emergency, self.policy
        if not e:
            return False, []
        if e.get("category") not in p.emergency_categories:
            return False, [reason("CK311", category=e.get("category"))]
        if request.period_from is None or request.period_to is None:
            return False, [reason("CK312", days=p.max_exempt_days)]
        days = (request.period_to - request.period_from).days + 1
        if days > p.max_exempt_days:
            return False, [reason("CK313", days=days, limit=p.max_exempt_days)]
        return True, [reason("CK200", category=e["category"], days=days, limit=p.max_exempt_days)]

    def _lacks(self, request: Request) -> list[Lack]:
        p = self.policy
        missing = {
            "description": not request.description,
            "period": request.period_from is None,
            "submitted": request.submitted is None,
            "funding": not request.funding,
            "support": not request.support,
            "consultation": request.consultation is None,
            "lead_time": bool(
                request.submitted
                and request.period_from
                and p.working_days_between(request.submitted, request.period_from)
                < p.lead_working_days
            ),
        }
        return [
            Lack(code, t(f"check.lack.{code}", days=p.lead_working_days))
            for code, lacking in missing.items()
            if lacking
        ]

    def decide(self, request: Request, revision: Revision, as_of: dt.date) -> Decision:
        p = self.policy
        reasons, cited = self._cites(request, as_of)
        own = self.judge(request.title, request.kind, as_of)
        if cited is None:
            match, candidates = own.match, own.candidates
            reasons.extend(own.reasons)
        else:  # covered by the citation; only a prior veto of the same title still counts
            match = cited
            reasons.extend(r for r in own.reasons if r.code == "CK402")
            others = (c for c in (own.match, *own.candidates) if c is not None)
            candidates = tuple(c for c in others if c.id != cited.id)[:3]
        if request.consultation and request.consultation.get("veto") is True:
            reasons.append(reason("CK408", date=request.consultation.get("date") or "-"))
        uncovered = ("CK300", "CK301")  # not on the lists, or not clearly
        if (
            request.emergency
            and request.kind in p.entry_kinds
            and any(r.code in uncovered for r in reasons)
        ):
            exempt, why = self._emergency(request)
            if exempt:
                reasons = [r for r in reasons if r.code not in uncovered]
            reasons.extend(why)
        if any(r.code == "CK300" for r in reasons):
            if p.require_legal_basis and not request.legal_basis:
                reasons.append(reason("CK406"))
            if p.require_funding_or_support and not (request.funding or request.support):
                reasons.append(reason("CK407"))
        demands = tuple(self.judge(d.title, d.kind, as_of) for d in request.demands)
        for d in demands:
            if d.verdict not in ("admitted", "exempt"):
                reasons.append(
                    reason(
                        "CK500",
                        kind=t(f"check.kind.{d.kind}"),
                        title=d.title,
                        verdict=t(f"check.verdict.{d.verdict}"),
                    )
                )
        verdict = worst([*_effect(reasons), *(d.verdict for d in demands)])
        review = None
        if verdict == "review" and request.kind not in p.entry_kinds:
            review = Review((), ())  # a person confirms the match; no entry procedure
        elif verdict == "review":
            lacks = self._lacks(request)
            if any(lack.code == "lead_time" for lack in lacks):
                reasons.append(reason("CK310", days=p.lead_working_days))
            review = Review(tuple(t(f"check.step.{s}") for s in ENTRY_STEPS), tuple(lacks))
        return Decision(
            request,
            verdict,
            tuple(reasons),
            match,
            candidates,
            demands,
            review,
            decision_id(request.sha256, as_of, revision),
            as_of,
            revision,
        )
