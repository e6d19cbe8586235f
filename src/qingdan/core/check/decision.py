"""The decision document's types (DESIGN §3 "check"): decisions, reasons, the items behind them.

Verdicts, from best to worst: ``admitted`` (covered by an item in force on ``as_of`` of a list the
request kind allows), ``exempt`` (a time-boxed emergency), ``review`` (not clearly covered but
eligible for the entry procedure, or a plausible candidate a person confirms), ``rejected``. A
request takes the worst verdict of its citations, its own title, its form, its consultation and
its demands (each judged against its own list). The reason that decides the verdict is the
first one leading to it, in the order the rules apply (:attr:`Decision.deciding`).

Reasons are codes with parameters, never translated text: render/ words them (zh, en) and
names the rule each applies (:class:`Rule`: the list and item, or the document of a procedural
rule). Codes (stable; table in docs/reference/reason-codes.md): CK100 covered ·
CK101 covered-by-citation · CK200 exempt-emergency · CK300 needs-entry · CK301 uncertain-match ·
CK302 citation-mismatch · CK307 not-yet-in-force · CK310 lead-time-short ·
CK311 emergency-category · CK312 emergency-open-ended · CK313 emergency-too-long ·
CK400 unlisted-refused · CK401 negative-list · CK402 vetoed-before · CK403 cites-retired ·
CK404 cites-wrong-kind · CK405 cites-unknown · CK406 no-legal-basis · CK407 no-funding ·
CK408 consultation-veto · CK409 retired-item · CK410 prohibited-task · CK500 demand.

Over 150 lines because the decision document's dataclasses and the code table belong together.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from qingdan.core.check.requests import Problem, Request
from qingdan.core.lists.git import Revision
from qingdan.core.lists.model import Item
from qingdan.core.lists.textmatch import Candidate

VERDICTS = ("admitted", "exempt", "review", "rejected")  #: best to worst
RANK = {v: i for i, v in enumerate(VERDICTS)}
#: code → (slug, the verdict it leads to; None when it only explains)
CODES: dict[str, tuple[str, str | None]] = {
    "CK100": ("covered", "admitted"),
    "CK101": ("covered-by-citation", "admitted"),
    "CK200": ("exempt-emergency", "exempt"),
    "CK300": ("needs-entry", "review"),
    "CK301": ("uncertain-match", "review"),
    "CK302": ("citation-mismatch", "review"),
    "CK307": ("not-yet-in-force", "review"),
    "CK310": ("lead-time-short", None),
    "CK311": ("emergency-category", None),
    "CK312": ("emergency-open-ended", None),
    "CK313": ("emergency-too-long", None),
    "CK400": ("unlisted-refused", "rejected"),
    "CK401": ("negative-list", "rejected"),
    "CK402": ("vetoed-before", "rejected"),
    "CK403": ("cites-retired", "rejected"),
    "CK404": ("cites-wrong-kind", "rejected"),
    "CK405": ("cites-unknown", "rejected"),
    "CK406": ("no-legal-basis", "rejected"),
    "CK407": ("no-funding", "rejected"),
    "CK408": ("consultation-veto", "rejected"),
    "CK409": ("retired-item", "rejected"),
    "CK410": ("prohibited-task", "rejected"),
    "CK500": ("demand", None),
}
LACKS = ("description", "period", "submitted", "funding", "support", "consultation", "lead_time")
CANDIDATE_FLOOR = 40.0


def worst(verdicts: Sequence[str]) -> str:
    return max(verdicts, key=RANK.__getitem__) if verdicts else "admitted"


@dataclass(frozen=True)
class Rule:
    """What a reason applies: a list item (``item`` set) or a procedural rule (``text``)."""

    text: str | None = None
    item: str | None = None
    kind: str | None = None  #: the item's list kind
    title: str | None = None
    status: str | None = None  #: active | retired | vetoed
    date: str | None = None  #: in force from, retired or vetoed on
    why: str | None = None  #: the retirement's or veto's reason
    list_title: str | None = None
    document: str | None = None  #: the list's issuing document
    legal_basis: tuple[str, ...] = ()
    source: str | None = None  #: where the item's text comes from
    illustrative: bool = False  #: its dates are illustrative (示例)
    record: bool = False  #: never in force: kept only so its id is never reused
    location: str | None = None  #: ``file:line`` of the item (JSON and --verbose only)

    @classmethod
    def of(cls, item: Item, list_title: str | None, document: str | None) -> Rule:
        date = item.retired_on if item.status != "active" else item.effective_from
        return cls(
            None,
            item.id,
            item.kind,
            item.title,
            item.status,
            date.isoformat() if date else None,
            item.reason,
            list_title,
            document,
            tuple(str(b) for b in item.legal_basis),
            str(item.source) if item.source else None,
            item.dates_illustrative,
            item.status == "retired" and item.effective_from is None,
            item.location,
        )


@dataclass(frozen=True)
class Match:
    id: str
    kind: str
    title: str
    score: float
    matched: str  #: the title or alias that matched
    evidence: tuple[str, ...]
    why: tuple[tuple[str, str], ...]  #: (kind, text): exact, contains, shared, keyword …
    legal_basis: tuple[str, ...]
    location: str
    status: str

    @classmethod
    def of(cls, c: Candidate) -> Match:
        item = c.item
        return cls(
            item.id,
            item.kind,
            item.title,
            c.score,
            c.matched,
            c.evidence,
            tuple((w.kind, w.text) for w in c.why),
            tuple(str(b) for b in item.legal_basis),
            item.location,
            item.status,
        )


@dataclass(frozen=True)
class Reason:
    code: str
    params: Mapping[str, object] = field(default_factory=dict)
    rule: Rule | None = None

    @property
    def slug(self) -> str:
        return CODES[self.code][0]

    @property
    def effect(self) -> str | None:
        return CODES[self.code][1]

    @property
    def item(self) -> str | None:
        return self.rule.item if self.rule else None


def deciding(reasons: Sequence[Reason], verdict: str) -> Reason | None:
    """The first reason leading to ``verdict`` (the rules append in the order they apply)."""
    return next((r for r in reasons if r.effect == verdict), None)


@dataclass(frozen=True)
class Judgement:
    """The verdict on one title against one request kind's lists (a demand, or the request)."""

    kind: str
    title: str
    verdict: str
    reasons: tuple[Reason, ...]
    match: Match | None
    candidates: tuple[Match, ...]


@dataclass(frozen=True)
class Lack:
    code: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Review:
    steps: tuple[str, ...]  #: ENTRY_STEPS keys
    lacks: tuple[Lack, ...]


@dataclass(frozen=True)
class Decision:
    request: Request
    verdict: str
    reasons: tuple[Reason, ...]
    match: Match | None
    candidates: tuple[Match, ...]
    demands: tuple[Judgement, ...]
    review: Review | None
    decision_id: str
    as_of: dt.date
    revision: Revision

    @property
    def ok(self) -> bool:
        return self.verdict in ("admitted", "exempt")

    @property
    def deciding_reason(self) -> Reason | None:
        own = deciding(self.reasons, self.verdict)
        if own is not None:
            return own
        return next((r for j in self.demands if (r := deciding(j.reasons, self.verdict))), None)

    @property
    def deciding(self) -> str | None:
        """The code of the reason that decides the verdict."""
        reason = self.deciding_reason
        return reason.code if reason else None

    @property
    def deciding_item(self) -> str | None:
        reason = self.deciding_reason
        return reason.item if reason else None


@dataclass(frozen=True)
class CheckRun:
    decisions: tuple[Decision, ...]
    problems: tuple[Problem, ...]

    @property
    def summary(self) -> dict[str, int]:
        counts = dict.fromkeys(("admitted", "review", "rejected", "exempt"), 0)
        for d in self.decisions:
            counts[d.verdict] += 1
        return counts

    @property
    def ok(self) -> bool:
        return not self.problems and all(d.ok for d in self.decisions)


def decision_id(sha256: str, as_of: dt.date, revision: Revision) -> str:
    key = f"{sha256}|{as_of.isoformat()}|{revision.commit}|{revision.dirty}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]
