"""What an office reply says about a decision: verdict, reasons (理由) and what they rest on (依据).

Contract: :func:`answer` turns one decision into an :class:`Answer` — the verdict label (worded
for the kind: 出具, 挂牌, 参加), the reason texts (the check renderers' wording, which names the
rule each applies and shows no score), the basis of each reason (the list's title and document,
the item's id and title and its legal basis; the rule's source when no item is behind it), the
entry procedure's steps and what the form lacks, and the demands' verdicts. No paths,
hashes or scores: this is what goes to a department in xlsx and docx.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qingdan.core.check.decision import Decision
from qingdan.core.lists.model import ListSet
from qingdan.i18n import t
from qingdan.render.reasons import verdict_text


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
    """``《list title》（document）ZM-003 title；law article``, or the rule's source."""
    rule = reason.get("rule") or {}
    if not reason["item"]:
        if rule.get("text"):
            return str(rule["text"])
        return t("office.basis.rule", code=reason["code"], slug=reason["slug"])
    item = lists.get(reason["item"])
    listed = lists.by_kind(item.kind) if item is not None else None
    parts = []
    if listed is not None:
        parts.append(f"《{listed.title}》" + (f"（{listed.document}）" if listed.document else ""))
    parts.append(f"{reason['item']} {item.title}" if item is not None else reason["item"])
    text = " ".join(parts)
    if rule.get("legal_basis"):
        text += t("office.basis.law", laws="；".join(rule["legal_basis"]))
    return text


def answer(decision: Decision, lists: ListSet) -> Answer:
    from qingdan.render.check import decision_dict

    d = decision_dict(decision)
    reasons = list(d["reasons"])
    texts = [r["message"] for r in reasons]
    demands = []
    for j in d["demands"]:
        kind = t(f"check.kind.{j['kind']}")
        demands.append(f"{kind}「{j['title']}」：{verdict_text(j['verdict'], j['kind'])}")
        shown = [r for r in j["reasons"] if r["code"] != "CK500"]
        reasons.extend(shown)
        texts.extend(r["message"] for r in shown)
    review = d["review"] or {"steps": [], "lacks": []}
    return Answer(
        request_id=d["request_id"],
        title=d["title"],
        department=d["department"],
        kind=t(f"check.kind.{d['kind']}"),
        verdict=d["verdict"],
        verdict_label=verdict_text(d["verdict"], d["kind"]),
        reasons=tuple(dict.fromkeys(texts)),
        basis=tuple(dict.fromkeys(basis_of(r, lists) for r in reasons)),
        steps=tuple(s["message"] if isinstance(s, dict) else str(s) for s in review["steps"]),
        lacks=tuple(x["message"] for x in review["lacks"]),
        demands=tuple(demands),
        as_of=d["as_of"],
        source=d["source"],
    )
