"""Renderers of a :class:`~qingdan.core.check.decision.CheckRun`: json, jsonl, text, markdown.

The JSON shape (documented in docs/reference/json-outputs.md) is built once in
:func:`decision_dict`; the decision log, ``--format jsonl`` and ``--format json`` all use it,
and the Markdown template (``check.md.j2``) renders the same dictionaries, so the formats cannot
drift apart.

Text and Markdown are what a street office sends back: each reason is worded for the kind of
request (出具 a certificate, 挂牌 a plaque, 参加 an evaluation) and names the rule it applies
(:mod:`qingdan.render.reasons`); they show no scores and no file paths. JSON and ``--verbose``
keep the scores, the evidence and each item's ``file:line``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from qingdan.core.check.decision import CheckRun, Decision, Judgement, Match, Reason
from qingdan.i18n import t, tr
from qingdan.render.jsonout import dumps, envelope
from qingdan.render.reasons import lack_text, reason_text, rule_dict, verdict_text, why_text

if TYPE_CHECKING:
    from rich.console import Console

    from qingdan.render.registry import Out

KINDS = ("task", "ledger", "certificate", "plaque", "evaluation")
STYLES = {"admitted": "green", "exempt": "cyan", "review": "yellow", "rejected": "red"}


def _match(m: Match | None) -> dict[str, Any] | None:
    if m is None:
        return None
    return {
        "id": m.id,
        "kind": m.kind,
        "title": m.title,
        "status": m.status,
        "score": m.score,
        "matched": m.matched,
        "evidence": list(m.evidence),
        "why": [{"kind": k, "text": v, "message": why_text(k, v)} for k, v in m.why],
        "legal_basis": list(m.legal_basis),
        "location": m.location,
    }


def _reasons(
    reasons: Iterable[Reason], kind: str, as_of: str, verdict: str = ""
) -> list[dict[str, Any]]:
    return [
        {
            "code": r.code,
            "slug": r.slug,
            "message": reason_text(r, kind, as_of, verdict),
            "item": r.item,
            "rule": rule_dict(r.rule),
        }
        for r in reasons
    ]


def _judgement(j: Judgement, as_of: str) -> dict[str, Any]:
    return {
        "kind": j.kind,
        "title": j.title,
        "verdict": j.verdict,
        "reasons": _reasons(j.reasons, j.kind, as_of, j.verdict),
        "match": _match(j.match),
        "candidates": [_match(c) for c in j.candidates],
    }


def decision_dict(d: Decision) -> dict[str, Any]:
    r = d.request
    as_of = d.as_of.isoformat()
    review = None
    if d.review is not None:
        review = {
            "steps": [{"step": s, "message": t(f"check.step.{s}")} for s in d.review.steps],
            "lacks": [{"code": x.code, "message": lack_text(x)} for x in d.review.lacks],
        }
    return {
        "request_id": r.id,
        "title": r.title,
        "kind": r.kind,
        "department": r.department,
        "source": r.source,
        "verdict": d.verdict,
        "deciding": d.deciding,
        "reasons": _reasons(d.reasons, r.kind, as_of, d.verdict),
        "match": _match(d.match),
        "candidates": [_match(c) for c in d.candidates],
        "demands": [_judgement(j, as_of) for j in d.demands],
        "review": review,
        "decision_id": d.decision_id,
        "as_of": as_of,
        "lists_revision": d.revision.as_dict(),
        "request_sha256": r.sha256,
    }


def problems(run: CheckRun) -> list[dict[str, Any]]:
    return [{"file": p.file, "line": p.line, "message": tr(p.message)} for p in run.problems]


def inputs(sheets: Iterable[tuple[str, Any]]) -> list[dict[str, Any]]:
    """The tables read and the column mapping each was read with (header → field, null when
    not mapped, ``"-"`` ignored)."""
    return [
        {
            "file": where,
            "sheet": s.name,
            "header_line": s.header_line,
            "columns": s.columns.as_dict(),
            "unmapped": list(s.columns.unmapped),
        }
        for where, s in sheets
    ]


def to_json(run: CheckRun, out: Out | None = None) -> dict[str, Any]:
    return envelope(
        decisions=[decision_dict(d) for d in run.decisions],
        summary=run.summary,
        problems=problems(run),
        inputs=inputs(out.options.get("sheets", ()) if out is not None else ()),
    )


def jsonl(run: CheckRun, out: Out | None = None) -> str:
    return "\n".join(dumps(decision_dict(d), indent=None) for d in run.decisions)


def log_lines(run: CheckRun) -> str:
    """One compact JSON document per decision, for ``--log FILE`` (a JSONL decision log)."""
    lines = [dumps(envelope(**decision_dict(d)), indent=None) for d in run.decisions]
    return "".join(f"{line}\n" for line in lines)


LABELS = (
    "verdict",
    "reasons",
    "match",
    "candidates",
    "demands",
    "steps",
    "lacks",
    "evidence",
    "request",
    "as_of",
    "summary",
    "decision_id",
    "why",
    "score",
    "status",
)


def markdown(run: CheckRun, out: Out) -> str:
    from qingdan.render.templates import render

    context = {
        "decisions": [_worded(decision_dict(d)) for d in run.decisions],
        "summary": run.summary,
        "problems": problems(run),
        "labels": {k: t(f"check.label.{k}") for k in LABELS},
        "verdicts": {v: t(f"check.verdict.{v}") for v in STYLES},
        "statuses": {s: t(f"item.status.{s}") for s in ("active", "retired", "vetoed")},
        "kinds": {k: t(f"check.kind.{k}") for k in KINDS},
        "sep": _sep(),
        "verbose": _verbose(out),
    }
    return render("check.md.j2", context, out.templates)


def _worded(d: dict[str, Any]) -> dict[str, Any]:
    """A decision with its verdicts worded for their kinds (出具, 挂牌, 参加), for Markdown."""
    demands = [{**j, "verdict_text": verdict_text(j["verdict"], j["kind"])} for j in d["demands"]]
    return {**d, "verdict_text": verdict_text(d["verdict"], d["kind"]), "demands": demands}


def _verbose(out: Out) -> bool:
    """``--verbose``: scores, evidence and ``file:line`` in text and Markdown too."""
    return bool(out.options.get("verbose"))


def _sep() -> str:
    from qingdan.i18n import get_lang

    return "；" if get_lang() == "zh" else "; "


def _line_of(m: dict[str, Any], verbose: bool) -> str:
    status = t(f"item.status.{m['status']}")
    line = f"{m['id']} {m['title']}（{status}）"
    why = _sep().join(w["message"] for w in m["why"])
    if why:
        line += f"  {t('check.label.why')}: {why}"
    if verbose:
        line += f"  ({t('check.label.score')} {m['score']}; {m['location']})"
    return line


def problems_note(run: CheckRun, out: Out) -> None:
    """Each unreadable request on stderr, then how many there were (every format); the file
    written for ``-f xlsx|docx``."""
    import sys

    from qingdan.render.safe import terminal

    for problem in run.problems:
        where = f"qingdan: {t('error.prefix')}: {problem.location}"
        sys.stderr.write(terminal(f"{where}: {tr(problem.message)}") + "\n")
    if run.problems:
        sys.stderr.write(t("check.problems", count=len(run.problems)) + "\n")
    if out.path is not None and out.fmt in ("xlsx", "docx"):
        sys.stderr.write(t("office.wrote", path=out.path) + "\n")


def text(run: CheckRun, out: Out) -> None:
    from rich.text import Text

    console, verbose = out.console(), _verbose(out)
    for d in (decision_dict(x) for x in run.decisions):
        head = Text(f"{d['request_id']} {d['title']}  ")
        head.append(verdict_text(d["verdict"], d["kind"]), style=f"bold {STYLES[d['verdict']]}")
        if verbose:
            head.append(f"  ({d['source']})", style="dim")
        console.print(head)
        for r in d["reasons"]:
            where = (
                f"  [{r['rule']['location']}]"
                if verbose and (r["rule"] or {}).get("location")
                else ""
            )
            console.print(Text(f"  {r['code']} {r['message']}{where}"))
        if d["match"]:
            console.print(Text(f"  {t('check.label.match')}: {_line_of(d['match'], verbose)}"))
        for c in d["candidates"]:
            console.print(
                Text(f"  {t('check.label.candidates')}: {_line_of(c, verbose)}", style="dim")
            )
        for j in d["demands"]:
            kind = t(f"check.kind.{j['kind']}")
            line = Text(f"  {t('check.label.demands')}: [{kind}] {j['title']} ")
            line.append(verdict_text(j["verdict"], j["kind"]), style=STYLES[j["verdict"]])
            console.print(line)
            for r in j["reasons"]:
                console.print(Text(f"    {r['code']} {r['message']}"))
        if d["review"] and d["review"]["steps"]:
            steps = " → ".join(
                s["message"].split("：")[0].split(":")[0] for s in d["review"]["steps"]
            )
            console.print(Text(f"  {t('check.label.steps')}: {steps}"))
            lacks = _sep().join(x["message"] for x in d["review"]["lacks"]) or t("label.none")
            console.print(Text(f"  {t('check.label.lacks')}: {lacks}"))
    if len(run.decisions) > 1:
        _summary(run, console)


def _summary(run: CheckRun, console: Console) -> None:
    from rich.table import Table

    table = Table(title=t("check.label.summary"))
    for verdict in ("admitted", "exempt", "review", "rejected"):
        table.add_column(t(f"check.verdict.{verdict}"), justify="right")
    table.add_column(t("label.total"), justify="right")
    s = run.summary
    table.add_row(
        *(str(s[v]) for v in ("admitted", "exempt", "review", "rejected")), str(len(run.decisions))
    )
    console.print(table)
