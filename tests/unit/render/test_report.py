"""The report's files: golden report.md and metrics.json on a fixed log, byte-identical reruns,
a self-contained and escaped report.html, and violations.csv that Excel opens.

Regenerate the golden files after an intended change with ``pytest --update-goldens
tests/unit/render/test_report.py`` and review the diff.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from qingdan.core.report.build import Filters
from qingdan.jobs.report import produce
from qingdan.workspace import load

GOLDEN = Path(__file__).parents[2] / "golden" / "report"


@pytest.fixture
def logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    shutil.copy(GOLDEN / "input.csv", tmp_path / "input.csv")
    return tmp_path / "input.csv"


def _run(workspace: Path, logs: Path, out: str, **extra: object) -> list[Path]:
    _, written = produce(load(workspace), [logs], logs.parent / out, filters=Filters(), **extra)  # type: ignore[arg-type]
    return written


@pytest.mark.parametrize("name", ["report.md", "metrics.json"])
def test_report_matches_the_golden_file(workspace: Path, logs: Path, golden, name: str) -> None:
    _run(workspace, logs, "out")
    golden(f"report/{name}", (logs.parent / "out" / name).read_text(encoding="utf-8"))


def test_the_same_inputs_give_byte_identical_files(workspace: Path, logs: Path) -> None:
    first = _run(workspace, logs, "one")
    second = _run(workspace, logs, "two")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert "2025-01-01T00:00:00Z" in first[0].read_text(encoding="utf-8")


def test_metrics_json_has_the_documented_shape(workspace: Path, logs: Path) -> None:
    _run(workspace, logs, "out")
    doc = json.loads((logs.parent / "out" / "metrics.json").read_text(encoding="utf-8"))
    assert list(doc) == [
        "schema_version",
        "period",
        "filters",
        "rows",
        "excluded",
        "on_list_share",
        "off_list",
        "by_department",
        "by_district",
        "by_community",
        "by_month",
        "off_list_by_kind",
        "retired_still_done",
        "reduction_rate",
        "rejects",
        "provenance",
    ]
    assert doc["schema_version"] == 1
    assert doc["rows"]["read"] == doc["rows"]["judged"] + doc["rows"]["rejected"]
    assert set(doc["by_department"][0]) >= {"department", "total", "off_list", "off_list_share"}
    assert set(doc["rejects"][0]) >= {"file", "line", "reason"}
    assert set(doc["provenance"]["inputs"][0]) >= {"path", "sha256", "rows", "excluded"}
    assert doc["filters"] == {"from": None, "to": None, "district": None, "street": None}
    assert doc["excluded"] == 0
    assert set(doc["provenance"]) >= {"lists_revision", "qingdan_version"}


def test_html_is_self_contained_and_escapes_titles(workspace: Path, logs: Path) -> None:
    text = logs.read_text(encoding="utf-8")
    logs.write_text(text.replace("垃圾分类指导站", "<script>alert(1)</script>"), encoding="utf-8")
    _run(workspace, logs, "out")
    html = (logs.parent / "out" / "report.html").read_text(encoding="utf-8")
    # one script: the template's own (heat-table sort, print); none injected
    assert html.count("<script") == 1
    assert "alert(1)" not in html.split("<script>", 1)[1]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert not re.search(r"https?://|src=|url\(|<link|@import", html)
    assert html.count("<svg") == 3 and "<details>" in html and "@media print" in html


def test_violations_csv_has_a_bom_and_every_off_list_row(workspace: Path, logs: Path) -> None:
    _run(workspace, logs, "out")
    raw = (logs.parent / "out" / "violations.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    doc = json.loads((logs.parent / "out" / "metrics.json").read_text(encoding="utf-8"))
    assert lines[0].startswith("activity_id,date,")
    assert len(lines) - 1 == doc["off_list"]["count"]


def test_a_workspace_template_overrides_the_packaged_one(workspace: Path, logs: Path) -> None:
    (workspace / "reports" / "templates").mkdir(parents=True, exist_ok=True)
    (workspace / "reports" / "templates" / "report.md.j2").write_text(
        "read={{ r.rows['read'] }}\n", encoding="utf-8"
    )
    _run(workspace, logs, "out")
    assert (logs.parent / "out" / "report.md").read_text(encoding="utf-8") == "read=20\n"
