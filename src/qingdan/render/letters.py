"""What an office reply says about a decision: verdict, reasons (理由) and what they rest on (依据).

Contract: :func:`answer` turns one decision into an :class:`Answer` — the verdict label, the
reason texts (the check catalog's wording; where a reason shows a match score, its ``.letter``
variant in ``catalog/office`` without it), the basis of each reason (the list's title and
document, the item's id and title and its legal basis; a rule's code when no item is behind
it), the entry procedure's steps and what the form lacks, and the demands' verdicts. No paths,
hashes or scores: this is what goes to a department in xlsx and docx.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qingdan.core.check.decision import Decision, Reason
from qingdan.core.lists.model import ListSet
from qingdan.i18n import has, t, tr
from qingdan.messages import Msg


@dataclass(frozen=True)
class Answer:
    request_id: str
    title: str
    department: str
    kind: str  #: label in the interface language
    verdict: str  #: code
    verdict_label: str
    reasons: tuple[str, ...]
    basis: tuple[str, ...]
    steps: tuple[str, ...]
    lacks: tuple[str, ...]
    demands: tuple[str, ...]
    as_of: str
    source: str  #: ``file:line`` the request came from (to put xlsx rows back; never printed)


def basis_of(reason: dict[str, Any], lists: ListSet) -> str:
    """``《list title》（document）ZM-003 title；law article`` or ``rule CK406``."""
    if not reason["item"]:
        return t("office.basis.rule", code=reason["code"], slug=reason["slug"])
    item = lists.get(reason["item"])
    listed = lists.by_kind(item.kind) if item is not None else None
    parts = []
    if listed is not None:
        parts.append(f"《{listed.title}》" + (f"（{listed.document}）" if listed.document else ""))
    parts.append(f"{reason['item']} {item.title}" if item is not None else reason["item"])
    text = " ".join(parts)
    if reason["legal_basis"]:
        text += t("office.basis.law", laws="；".join(reason["legal_basis"]))
    return text


def worded(reason: Reason) -> str:
    """The reason as the check renderers word it, or its ``.letter`` variant (no scores)."""
    message = reason.message
    if isinstance(message, Msg) and has(message.key + ".letter"):
        return tr(Msg(message.key + ".letter", message.params))
    return tr(message)


def answer(decision: Decision, lists: ListSet) -> Answer:
    from qingdan.render.check import decision_dict

    d = decision_dict(decision)
    reasons = list(d["reasons"])
    texts = [worded(r) for r in decision.reasons]
    demands = []
    for j, judged in zip(d["demands"], decision.demands, strict=True):
        kind = t(f"check.kind.{j['kind']}")
        verdict = t(f"check.verdict.{j['verdict']}")
        demands.append(f"{kind}「{j['title']}」：{verdict}")
        reasons.extend(r for r in j["reasons"] if r["code"] != "CK500")
        texts.extend(worded(r) for r in judged.reasons if r.code != "CK500")
    review = d["review"] or {"steps": [], "lacks": []}
    return Answer(
        request_id=d["request_id"],
        title=d["title"],
        department=d["department"],
        kind=t(f"check.kind.{d['kind']}"),
        verdict=d["verdict"],
        verdict_label=t(f"check.verdict.{d['verdict']}"),
        reasons=tuple(dict.fromkeys(texts)),
        basis=tuple(dict.fromkeys(basis_of(r, lists) for r in reasons)),
        steps=tuple(review["steps"]),
        lacks=tuple(x["message"] for x in review["lacks"]),
        demands=tuple(demands),
        as_of=d["as_of"],
        source=d["source"],
    )
