"""Reasons a clerk can send: each reason worded for its kind of request, naming its rule.

A :class:`~qingdan.core.check.decision.Reason` is a code with parameters and the
:class:`~qingdan.core.check.decision.Rule` it applies. This module turns them into the sentence
(zh or en) a street office sends back: an item is cited by its list, issuing document, id,
title, status and date (示例 when the dates are illustrative); a procedural rule by the document
the workspace names in ``[check.rules]``. No scores, no file paths: JSON keeps those.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from qingdan.core.check.decision import Lack, Reason, Rule
from qingdan.i18n import has, t


def rule_dict(rule: Rule | None) -> dict[str, Any] | None:
    if rule is None:
        return None
    out = {f.name: getattr(rule, f.name) for f in dataclasses.fields(rule)}
    out["legal_basis"] = list(rule.legal_basis)
    return out


def _status(rule: Rule, code: str) -> str:
    if rule.record:  # never in force: it was never "retired on" a day
        return t("check.status.record")
    if code == "CK307":
        text = t("check.status.pending", date=rule.date or "-")
    elif rule.date and rule.status in ("active", "retired", "vetoed"):
        text = t(f"check.status.{rule.status}", date=rule.date)
    else:
        text = t("check.status.listed")
    return text + (t("check.status.illustrative") if rule.illustrative and rule.date else "")


def cite(rule: Rule | None, code: str = "") -> str:
    """The rule a reason applies, as a clerk cites it."""
    if rule is None:
        return ""
    if rule.item is None:
        return rule.text or ""
    doc = ""
    if rule.document and rule.document != rule.list_title:
        doc = t("check.cite.document", document=rule.document.strip("《》"))
    fields = {"id": rule.item, "title": rule.title, "status": _status(rule, code), "doc": doc}
    if rule.list_title:
        text = t("check.cite.item", list=rule.list_title.strip("《》"), **fields)
    else:
        text = t("check.cite.item_bare", **fields)
    if code in ("CK401", "CK410") and rule.source:
        text += t("check.cite.source", source=rule.source)
    return text


def verdict_text(verdict: str, kind: str) -> str:
    key = f"check.verdict.{kind}.{verdict}"
    return t(key) if has(key) else t(f"check.verdict.{verdict}")


def reason_text(r: Reason, kind: str, as_of: str, verdict: str = "") -> str:
    """One reason as a sentence, worded for ``kind`` (task, certificate, plaque …); in a refusal,
    "not on the lists" does not send the department through a procedure it already fails."""
    params: dict[str, Any] = dict(r.params)
    rule = r.rule
    source = params.pop("source", "") or ""
    fields: dict[str, Any] = {
        "cite": cite(rule, r.code),
        "as_of": as_of,
        "ok": t(f"check.ok.{kind}"),
        "no": t(f"check.no.{kind}"),
        "why": (rule.why if rule else None) or "-",
        "title": (rule.title if rule else None) or params.get("title", ""),
        "source": t("check.limit_source", source=source) if source else "",
    }
    if "kind" in params:
        params["kind"] = t(f"check.kind.{params['kind']}")
    if r.code == "CK500":
        params["verdict"] = verdict_text(str(params["verdict"]), str(r.params["kind"]))
        fields["title"] = params["title"]
    if r.code == "CK408":
        params["date"] = t("check.on_date", date=params["date"]) if params.get("date") else ""
    key = f"check.reason.{r.code}"
    if r.code == "CK407" and params.pop("entry", False):
        key = "check.reason.CK407.entry"
    if r.code == "CK300" and verdict == "rejected":
        key = "check.reason.CK300.refused"
    if r.code == "CK301" and params.pop("retired", False):
        key = "check.reason.CK409"
    return t(key, **{**fields, **params})


def why_text(kind: str, text: str) -> str:
    return t(f"check.why.{kind}", text=text)


def lack_text(lack: Lack) -> str:
    return t(f"check.lack.{lack.code}", **lack.params)
