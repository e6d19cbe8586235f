"""The rules of ``qingdan check`` applied to one request: :class:`Checker`.

Order of judgement, which is also the order of the reasons (the first one leading to the verdict
decides it): the department's citations (unknown, wrong kind, retired or vetoed → rejected; an
item in force whose title agrees → admitted); the title (:mod:`titles`: precedents first, then
the lists); the representatives' veto; for what is still uncovered, a time-boxed emergency →
exempt; a refused kind (certificates) → rejected; an entry kind → the entry procedure: no legal
basis → rejected, no funding and no support → rejected, else review with its steps and what the
form lacks. Work covered by the entry list still needs the department's funding or support.
Demands are judged the same way against their own lists, with the request's form.

Over 150 lines because the rules read best in one place, in the order they apply.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from qingdan.core.check import form
from qingdan.core.check.decision import (
    Decision,
    Judgement,
    Match,
    Reason,
    Review,
    Rule,
    decision_id,
    worst,
)
from qingdan.core.check.policy import ENTRY_STEPS, Policy
from qingdan.core.check.requests import Request
from qingdan.core.check.titles import Titles
from qingdan.core.lists.git import Revision
from qingdan.core.lists.kinds import REQUEST_KINDS, kind_for_id
from qingdan.core.lists.model import ListSet
from qingdan.core.lists.thesaurus import EMPTY, Thesaurus

UNCOVERED = ("CK300", "CK301")  #: not on the lists, or not clearly


def _verdict(reasons: list[Reason]) -> str:
    return worst([v for r in reasons if (v := r.effect) is not None])


class Checker:
    def __init__(self, lists: ListSet, policy: Policy, thesaurus: Thesaurus = EMPTY) -> None:
        self.lists = lists
        self.policy = policy
        self.titles = Titles(lists, policy, thesaurus)

    def judge(self, title: str, kind: str, as_of: dt.date) -> Judgement:
        """``title`` as a ``kind`` on ``as_of``: the lists' answer, or uncovered (CK300/CK400)."""
        found = self.titles.judge(title, kind, as_of)
        if found.reasons:
            return found
        return dataclasses.replace(
            found, verdict=_verdict(u := self._uncovered(kind)), reasons=tuple(u)
        )

    def _uncovered(self, kind: str) -> list[Reason]:
        """Not on the lists: the entry procedure, or refused outright (refusal wins a tie)."""
        p = self.policy
        if kind in p.entry_kinds and kind not in p.refused_kinds:
            return [Reason("CK300", {}, self._rule("entry_procedure"))]
        return [Reason("CK400", {"kind": kind}, self._rule("refusal"))]

    def _rule(self, name: str) -> Rule:
        return Rule(self.policy.rule(name))

    def _form(self, request: Request, reasons: list[Reason]) -> list[Reason]:
        """The entry procedure's requirements, for a title that is not on the lists."""
        p, out = self.policy, []
        if any(r.code == "CK300" for r in reasons):
            if p.require_legal_basis and not request.legal_basis:
                out.append(Reason("CK406", {}, self._rule("legal_basis")))
            if p.require_funding_or_support and not form.supported(request):
                out.append(Reason("CK407", {}, self._rule("funding")))
        entry = next(
            (
                r
                for r in reasons
                if r.code in ("CK100", "CK101") and r.rule and r.rule.kind == "entry"
            ),
            None,
        )
        if entry is not None and p.entry_items_need_support and not form.supported(request):
            out.append(Reason("CK407", {"entry": True}, entry.rule))
        return out

    def _cites(self, request: Request, as_of: dt.date) -> tuple[list[Reason], Match | None]:
        allowed = REQUEST_KINDS.get(request.kind, ())
        reasons: list[Reason] = []
        covering: Match | None = None
        r = self.titles.reason
        for cited in request.cites:
            item = self.lists.get(cited)
            list_kind = kind_for_id(cited)
            if item is None:
                reasons.append(Reason("CK405", {"cid": cited}))
            elif item.kind not in allowed or (list_kind and list_kind.key not in allowed):
                reasons.append(r("CK404", item, kind=request.kind))
            elif item.status == "vetoed":
                reasons.append(r("CK402", item))
            elif item.in_force(as_of):
                found = [
                    c
                    for c in self.titles.matcher.match(request.title, kinds=(item.kind,), limit=100)
                    if c.id == item.id
                ]
                if found and found[0].plausible and found[0].score >= self.policy.review:
                    covering = covering or Match.of(found[0])
                    reasons.append(r("CK101", item))
                else:
                    reasons.append(r("CK302", item))
            elif item.effective_from is not None and as_of < item.effective_from:
                reasons.append(r("CK307", item))
            else:
                reasons.append(r("CK403", item))
        return reasons, covering

    def _emergency(self, request: Request) -> tuple[bool, list[Reason]]:
        e, p = request.emergency, self.policy
        if not e:
            return False, []
        rule = self._rule("emergency")
        limit = {"limit": p.max_exempt_days, "source": p.max_exempt_days_source or ""}
        if e.get("category") not in p.emergency_categories:
            return False, [Reason("CK311", {"category": e.get("category")}, rule)]
        if request.period_from is None or request.period_to is None:
            return False, [Reason("CK312", limit, rule)]
        days = (request.period_to - request.period_from).days + 1
        if days > p.max_exempt_days:
            return False, [Reason("CK313", {"days": days, **limit}, rule)]
        return True, [Reason("CK200", {"category": e["category"], "days": days, **limit}, rule)]

    def _demand(self, request: Request, kind: str, title: str, as_of: dt.date) -> Judgement:
        judged = self.judge(title, kind, as_of)
        extra = self._form(request, list(judged.reasons))
        if not extra:
            return judged
        reasons = [*judged.reasons, *extra]
        return dataclasses.replace(judged, verdict=_verdict(reasons), reasons=tuple(reasons))

    def decide(self, request: Request, revision: Revision, as_of: dt.date) -> Decision:
        p = self.policy
        reasons, cited = self._cites(request, as_of)
        own = self.judge(request.title, request.kind, as_of)
        if cited is None:
            match, candidates = own.match, own.candidates
            named = {r.item for r in reasons if r.item}  # a cited item is not named twice
            reasons.extend(r for r in own.reasons if r.item is None or r.item not in named)
        else:  # covered by the citation; a precedent on the same title still counts
            match = cited
            reasons.extend(r for r in own.reasons if r.code in ("CK402", "CK409", "CK410"))
            others = (c for c in (own.match, *own.candidates) if c is not None)
            candidates = tuple(c for c in others if c.id != cited.id)[:3]
        if request.consultation and request.consultation.get("veto") is True:
            date = request.consultation.get("date")
            reasons.append(
                Reason("CK408", {"date": str(date) if date else ""}, self._rule("consultation"))
            )
        if (
            request.emergency
            and request.kind in p.entry_kinds
            and any(r.code in UNCOVERED for r in reasons)
        ):
            exempt, why = self._emergency(request)
            if exempt:
                reasons = [r for r in reasons if r.code not in UNCOVERED]
            reasons.extend(why)
        reasons.extend(self._form(request, reasons))
        demands = tuple(self._demand(request, d.kind, d.title, as_of) for d in request.demands)
        for d in demands:
            if d.verdict not in ("admitted", "exempt"):
                reasons.append(
                    Reason("CK500", {"kind": d.kind, "title": d.title, "verdict": d.verdict})
                )
        verdict = worst([*(v for r in reasons if (v := r.effect)), *(d.verdict for d in demands)])
        review = None
        if verdict == "review" and request.kind not in p.entry_kinds:
            review = Review((), ())  # a person confirms the match; no entry procedure
        elif verdict == "review":
            lacks = form.lacks(request, p)
            if any(lack.code == "lead_time" for lack in lacks):
                reasons.append(
                    Reason(
                        "CK310",
                        {"days": p.lead_working_days, "source": p.lead_time_source or ""},
                        self._rule("lead_time"),
                    )
                )
            review = Review(ENTRY_STEPS, lacks)
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
