"""Renderers of a ``CheckRun``: json, jsonl, text (rich), markdown.

The JSON shape (documented in docs/readme-check.md) is built once in :func:`decision_dict`; the
decision log, ``--format jsonl`` and ``--format json`` all use it, and the Markdown template
(``check.md.j2``) renders the same dictionaries, so the formats cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qingdan.core.check.decision import CheckRun, Decision, Judgement, Match, Reason
from qingdan.i18n import t
from qingdan.render.jsonout import dumps, envelope

if TYPE_CHECKING:
    from rich.console import Console

KINDS = ("task", "ledger", "certificate", "plaque", "evaluation")
STYLES = {"admitted": "green", "exempt": "cyan", "review": "yellow", "rejected": "red"}


def _match(m: Match | None) -> dict[str, Any] | None:
    if m is None:
        return None
    return {
        "id": m.id,
        "kind": m.kind,
        "title": m.title,
        "score": m.score,
        "matched": m.matched,
        "evidence": list(m.evidence),
        "legal_basis": list(m.legal_basis),
        "location": m.location,
        "status": m.status,
    }


def _reasons(reasons: Iterable[Reason]) -> list[dict[str, Any]]:
    return [
        {
            "code": r.code,
            "slug": r.slug,
            "message": r.message,
            "item": r.item,
            "legal_basis": list(r.legal_basis),
            "location": r.location,
        }
        for r in reasons
    ]


def _judgement(j: Judgement) -> dict[str, Any]:
    return {
        "kind": j.kind,
        "title": j.title,
        "verdict": j.verdict,
        "reasons": _reasons(j.reasons),
        "match": _match(j.match),
        "candidates": [_match(c) for c in j.candidates],
    }


def decision_dict(d: Decision) -> dict[str, Any]:
    r = d.request
    review = None
    if d.review is not None:
        review = {
            "steps": list(d.review.steps),
            "lacks": [{"code": x.code, "message": x.message} for x in d.review.lacks],
        }
    return {
        "request_id": r.id,
        "title": r.title,
        "kind": r.kind,
        "department": r.department,
        "source": r.source,
        "verdict": d.verdict,
        "reasons": _reasons(d.reasons),
        "match": _match(d.match),
        "candidates": [_match(c) for c in d.candidates],
        "demands": [_judgement(j) for j in d.demands],
        "review": review,
        "decision_id": d.decision_id,
        "as_of": d.as_of.isoformat(),
        "lists_revision": d.revision.as_dict(),
        "request_sha256": r.sha256,
    }


def problems(run: CheckRun) -> list[dict[str, Any]]:
    return [{"file": p.file, "line": p.line, "message": p.message} for p in run.problems]


def to_json(run: CheckRun) -> dict[str, Any]:
    return envelope(
        decisions=[decision_dict(d) for d in run.decisions],
        summary=run.summary,
        problems=problems(run),
    )


def jsonl(run: CheckRun) -> str:
    return "\n".join(dumps(decision_dict(d), indent=None) for d in run.decisions)


def log_lines(run: CheckRun) -> str:
    """One compact JSON document per decision, for ``--log FILE`` (a JSONL decision log)."""
    lines = [dumps(envelope(**decision_dict(d)), indent=None) for d in run.decisions]
    return "".join(f"{line}\n" for line in lines)


def markdown(run: CheckRun, templates: Path | None) -> str:
    from qingdan.render.templates import render

    labels = {
        k: t(f"check.label.{k}")
        for k in (
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
        )
    }
    verdicts = {v: t(f"check.verdict.{v}") for v in STYLES}
    return render(
        "check.md.j2",
        {
            "decisions": [decision_dict(d) for d in run.decisions],
            "summary": run.summary,
            "problems": problems(run),
            "labels": labels,
            "verdicts": verdicts,
            "kinds": {k: t(f"check.kind.{k}") for k in KINDS},
            "sep": _sep(),
        },
        templates,
    )


def _sep() -> str:
    from qingdan.i18n import get_lang

    return "；" if get_lang() == "zh" else "; "


def _line_of(m: dict[str, Any]) -> str:
    evidence = "、".join(m["evidence"]) or "-"
    return f"{m['id']} {m['title']}  ({m['score']}; {evidence}; {m['location']})"


def text(run: CheckRun, console: Console) -> None:
    from rich.table import Table
    from rich.text import Text

    for d in (decision_dict(x) for x in run.decisions):
        head = Text(f"{d['request_id']} {d['title']}  ")
        head.append(t(f"check.verdict.{d['verdict']}"), style=f"bold {STYLES[d['verdict']]}")
        head.append(f"  ({d['source']})", style="dim")
        console.print(head)
        for r in d["reasons"]:
            where = f"  [{r['location']}]" if r["location"] else ""
            console.print(Text(f"  {r['code']} {r['message']}{where}"))
        if d["match"]:
            console.print(Text(f"  {t('check.label.match')}: {_line_of(d['match'])}"))
        for c in d["candidates"]:
            console.print(Text(f"  {t('check.label.candidates')}: {_line_of(c)}", style="dim"))
        for j in d["demands"]:
            kind = t(f"check.kind.{j['kind']}")
            line = Text(f"  {t('check.label.demands')}: [{kind}] {j['title']} ")
            line.append(t(f"check.verdict.{j['verdict']}"), style=STYLES[j["verdict"]])
            console.print(line)
        if d["review"] and d["review"]["steps"]:
            console.print(
                Text(
                    f"  {t('check.label.steps')}: "
                    + " → ".join(s.split("：")[0].split(":")[0] for s in d["review"]["steps"])
                )
            )
            lacks = _sep().join(x["message"] for x in d["review"]["lacks"]) or t("label.none")
            console.print(Text(f"  {t('check.label.lacks')}: {lacks}"))
    if len(run.decisions) > 1:
        table = Table(title=t("check.label.summary"))
        for verdict in ("admitted", "exempt", "review", "rejected"):
            table.add_column(t(f"check.verdict.{verdict}"), justify="right")
        table.add_column(t("label.total"), justify="right")
        s = run.summary
        table.add_row(
            *(str(s[v]) for v in ("admitted", "exempt", "review", "rejected")),
            str(len(run.decisions)),
        )
        console.print(table)
