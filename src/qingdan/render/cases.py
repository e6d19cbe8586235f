"""Renderers of a :class:`~qingdan.core.maintain.cases.CaseRun`: text, json, junit (XML for CI)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qingdan.core.maintain.cases import CaseRun
from qingdan.i18n import t, tr
from qingdan.render.jsonout import envelope

if TYPE_CHECKING:
    from qingdan.render.registry import Out

STYLES = {"pass": "green", "fail": "red", "error": "magenta"}


def summary(run: CaseRun) -> dict[str, int]:
    return {
        "total": len(run.results),
        "passed": run.count("pass"),
        "failed": run.count("fail"),
        "errors": run.count("error"),
    }


def to_json(run: CaseRun, out: Out | None = None) -> dict[str, Any]:
    return envelope(
        cases=[
            {
                "name": r.name,
                "location": r.location,
                "status": r.status,
                "expected": r.expected,
                "verdict": r.verdict,
                "expected_codes": list(r.expected_codes),
                "codes": list(r.codes),
                "message": tr(r.message),
            }
            for r in run.results
        ],
        summary=summary(run),
    )


def text(run: CaseRun, out: Out) -> None:
    from rich.text import Text

    console = out.console()
    for r in run.results:
        line = Text()
        line.append(f"{t('cases.' + r.status):<6}", style=f"bold {STYLES[r.status]}")
        line.append(f" {r.name}  ")
        line.append(r.location, style="dim")
        console.print(line)
        if r.message:
            console.print(Text(f"       {tr(r.message)}"))
    console.print(t("cases.summary", **summary(run)))


def junit(run: CaseRun, out: Out | None = None) -> str:
    """JUnit XML: one testsuite ``qingdan``, one testcase per case (failures and errors)."""
    import xml.etree.ElementTree as ET

    s = summary(run)
    suite = ET.Element(
        "testsuite",
        name="qingdan",
        tests=str(s["total"]),
        failures=str(s["failed"]),
        errors=str(s["errors"]),
    )
    for r in run.results:
        case = ET.SubElement(
            suite,
            "testcase",
            classname="qingdan.cases",
            name=r.name,
            file=r.location.rsplit(":", 1)[0],
        )
        if r.status == "fail":
            ET.SubElement(case, "failure", message=tr(r.message), type="verdict").text = r.location
        elif r.status == "error":
            ET.SubElement(case, "error", message=tr(r.message), type="unreadable").text = r.location
    ET.indent(suite)
    body = ET.tostring(suite, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}'
