"""The decision document's types (DESIGN §3 "check"): decisions, reasons, items behind them.

Verdicts, from best to worst: ``admitted`` (covered by an item in force on ``as_of`` of a list the
request kind allows), ``exempt`` (a time-boxed emergency), ``review`` (not covered but eligible for
the entry procedure, or a match too weak to admit silently), ``rejected``. A request takes the
worst verdict of its own title, its citations, its consultation and its demands (each demand is
judged against its own list). Every rule's parameters come from
:class:`~qingdan.core.check.policy.Policy`.

Reason codes (stable; messages in ``qingdan.i18n.catalog.check``; table in docs/readme-check.md):
CK100 covered · CK101 covered-by-citation · CK200 exempt-emergency · CK300 needs-entry ·
CK301 uncertain-match · CK302 citation-mismatch · CK307 not-yet-in-force · CK310 lead-time-short ·
CK311 emergency-category · CK312 emergency-open-ended · CK313 emergency-too-long ·
CK400 unlisted-refused · CK401 negative-list · CK402 vetoed-before · CK403 cites-retired ·
CK404 cites-wrong-kind · CK405 cites-unknown · CK406 no-legal-basis · CK407 no-funding ·
CK408 consultation-veto · CK409 retired-item · CK500 demand.

Over 150 lines because the decision document's dataclasses and the code table belong together.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from qingdan.core.check.requests import Problem, Request
from qingdan.core.lists.git import Revision
from qingdan.core.lists.model import Item
from qingdan.core.lists.textmatch import Candidate
from qingdan.i18n import t

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
    "CK500": ("demand", None),
}
LACKS = ("description", "period", "submitted", "funding", "support", "consultation", "lead_time")
CANDIDATE_FLOOR = 40.0


def worst(verdicts: Sequence[str]) -> str:
    return max(verdicts, key=RANK.__getitem__) if verdicts else "admitted"


@dataclass(frozen=True)
class Match:
    id: str
    kind: str
    title: str
    score: float
    matched: str  #: the title or alias that matched
    evidence: tuple[str, ...]
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
            tuple(str(b) for b in item.legal_basis),
            item.location,
            item.status,
        )


@dataclass(frozen=True)
class Reason:
    code: str
    message: str
    item: str | None = None
    legal_basis: tuple[str, ...] = ()
    location: str | None = None

    @property
    def slug(self) -> str:
        return CODES[self.code][0]


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
    message: str


@dataclass(frozen=True)
class Review:
    steps: tuple[str, ...]
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


def reason(code: str, item: Item | None = None, **fields: object) -> Reason:
    if item is None:
        return Reason(code, t(f"check.reason.{code}", **fields))
    return Reason(
        code,
        t(f"check.reason.{code}", id=item.id, title=item.title, **fields),
        item.id,
        tuple(str(b) for b in item.legal_basis),
        item.location,
    )


def decision_id(sha256: str, as_of: dt.date, revision: Revision) -> str:
    key = f"{sha256}|{as_of.isoformat()}|{revision.commit}|{revision.dirty}"
    return hashlib.sha256(key.encode()).hexdigest()[:16]
