"""Renderers of a ``ValidationReport``: text, json, github, sarif."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from qingdan import __version__
from qingdan.core.lists.validate import CODES, ValidationReport
from qingdan.i18n import t, tr
from qingdan.render.jsonout import dumps, envelope

if TYPE_CHECKING:
    from rich.console import Console

    from qingdan.render.registry import Out

GITHUB_LIMIT = 10


def to_json(report: ValidationReport, out: Out | None = None) -> dict[str, Any]:
    return envelope(
        ok=report.ok,
        summary={
            "files": report.files,
            "items": report.items,
            "errors": report.errors,
            "warnings": report.warnings,
        },
        findings=[
            {
                "file": f.file,
                "line": f.line,
                "column": f.column,
                "path": f.path,
                "code": f.code,
                "severity": f.severity,
                "message": tr(f.message),
            }
            for f in report.findings
        ],
    )


def text(report: ValidationReport, out: Out) -> None:
    print_findings(report, out.console())


def print_findings(report: ValidationReport, console: Console) -> None:
    from rich.text import Text

    for f in report.findings:
        style = "red" if f.severity == "error" else "yellow"
        line = Text(f"{f.location} ")
        line.append(f.code, style=f"bold {style}")
        line.append(f" {tr(f.message)}")
        if f.path:
            line.append(f"  [{f.path}]", style="dim")
        console.print(line)
    if report.findings:
        console.print(
            t(
                "validate.summary",
                errors=report.errors,
                warnings=report.warnings,
                files=report.files,
                items=report.items,
            )
        )
    else:
        console.print(Text(t("validate.ok", files=report.files, items=report.items), "green"))


def _escape(value: str, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def github(report: ValidationReport, out: Out | None = None) -> str:
    """GitHub workflow commands: the most severe ``GITHUB_LIMIT`` findings, then a count."""
    ranked = sorted(report.findings, key=lambda f: (f.severity != "error", f.file, f.line))
    lines = [
        f"::{f.severity} file={_escape(f.file, True)},line={f.line},col={f.column},"
        f"title={f.code}::{_escape(tr(f.message))}"
        for f in ranked[:GITHUB_LIMIT]
    ]
    if len(ranked) > GITHUB_LIMIT:
        lines.append(f"::notice::{t('validate.more', count=len(ranked) - GITHUB_LIMIT)}")
    lines.append(
        t(
            "validate.summary",
            errors=report.errors,
            warnings=report.warnings,
            files=report.files,
            items=report.items,
        )
    )
    return "\n".join(lines)


def sarif(report: ValidationReport, out: Out | None = None) -> str:
    """SARIF 2.1.0 for code scanning."""
    used = sorted({f.code for f in report.findings} | set(CODES))
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "qingdan",
                        "version": __version__,
                        "rules": [{"id": code, "name": CODES.get(code, code)} for code in used],
                    }
                },
                "results": [
                    {
                        "ruleId": f.code,
                        "level": "error" if f.severity == "error" else "warning",
                        "message": {"text": tr(f.message)},
                        "locations": [
                            {
                                "physicalLocation": {
                                    "artifactLocation": {"uri": f.file},
                                    "region": {"startLine": f.line, "startColumn": f.column},
                                }
                            }
                        ],
                    }
                    for f in report.findings
                ],
            }
        ],
    }
    return dumps(doc)
