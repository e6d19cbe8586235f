"""Escaping by output (issue 12 kind 9) and interrupts (kind 10).

Formula payloads never reach violations.csv or an exported xlsx as live formulas; Markdown and
HTML payloads never reach report.md or ``check -f markdown`` as markup; control and bidi
characters never reach the terminal raw. SIGINT/SIGTERM during ``report`` exit 130 and leave
neither temp files nor a half-written or mixed report behind.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hostile.conftest import (
    UNSAFE,
    activity_rows,
    expect,
    qd,
    request,
    write_csv,
    write_yaml_request,
)

FORMULAS = [
    '=HYPERLINK("http://evil","x")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "=1",
]
MARKDOWN = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "# forged heading",
    "x\n# forged",
    "a | b | c",
    "[click](javascript:alert(1))",
    "![t](http://evil/x.png)",
    "**bold**",
    "`code`",
    "---",
    "> quote",
    "1. item",
    "x\r\n\r\n## two",
]
CONTROLS = [
    "\x1b[31mred\x1b[0m",
    "\x1b]0;owned\x07",
    "back\x08\x08space",
    "cr\roverwrite",
    "\u202egnp.exe",
    "\u2066iso\u2069",
    "mark\u200f",
    "\x9b31m",
    "bell\x07",
]


def _off_list_log(tmp_path: Path, field: str, value: str) -> Path:
    rows = activity_rows(2, title="组织无人机表演彩排", kind="task")
    rows[0][field] = value
    return write_csv(tmp_path / "log.csv", rows)


@pytest.mark.parametrize("field", ["title", "department", "community", "activity_id", "street"])
@pytest.mark.parametrize("payload", FORMULAS)
def test_violations_csv_has_no_live_formulas(
    tmp_path: Path, ws: Path, field: str, payload: str
) -> None:
    out = tmp_path / "out"
    expect(qd("report", _off_list_log(tmp_path, field, payload), "--out", out, "-w", ws), 0)
    rows = list(csv.reader(io.StringIO((out / "violations.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == 3
    for row in rows[1:]:
        for value in row:
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), row


@pytest.mark.parametrize("field", ["title", "department"])
@pytest.mark.parametrize("payload", FORMULAS)
def test_exported_xlsx_has_no_formulas(tmp_path: Path, ws: Path, field: str, payload: str) -> None:
    import openpyxl

    target = ws / "lists" / "plaques.yaml"
    text = target.read_text(encoding="utf-8")
    start = text.index("  - id:")
    line_start = text.index(f"    {field}:", start)
    line_end = text.index("\n", line_start)
    text = text[:line_start] + f"    {field}: {json.dumps(payload)}" + text[line_end:]
    target.write_text(text, encoding="utf-8")
    out = tmp_path / "lists.xlsx"
    expect(qd("export", "--out", out, "-w", ws), 0)
    book = openpyxl.load_workbook(out)
    found = False
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for c in row:
                assert c.data_type != "f", (c.coordinate, c.value)
                found = found or payload.strip() in str(c.value)
    assert found, "the payload is kept as text"


@pytest.mark.parametrize("field", ["title", "department", "community"])
@pytest.mark.parametrize("payload", MARKDOWN)
def test_report_md_escapes_markup(tmp_path: Path, ws: Path, field: str, payload: str) -> None:
    out = tmp_path / "out"
    expect(qd("report", _off_list_log(tmp_path, field, payload), "--out", out, "-w", ws), 0)
    md = (out / "report.md").read_text(encoding="utf-8")
    _markdown_is_inert(md)
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html


def _markdown_is_inert(md: str) -> None:
    """No raw HTML tag, link or image target, forged heading or table row from the payloads
    (a backslash before ``<`` or ``]`` makes it text in CommonMark)."""
    assert not re.search(r"(?<!\\)<(script|img)", md), md
    assert not re.search(r"(?<!\\)\]\((javascript:|http://evil)", md), md
    for line in md.splitlines():
        assert not re.match(r"\s*#+\s*(forged|two)", line), line


@pytest.mark.parametrize("field", ["title", "department", "id"])
@pytest.mark.parametrize("payload", MARKDOWN)
def test_check_markdown_escapes_markup(tmp_path: Path, field: str, payload: str) -> None:
    path = write_yaml_request(tmp_path / "r.yaml", request(**{field: payload}))
    run = qd("check", path, "-f", "markdown")
    assert run.code in (0, 1, 3), run
    expect(run, run.code)
    _markdown_is_inert(run.stdout)


@pytest.mark.parametrize("payload", CONTROLS)
@pytest.mark.parametrize("where", ["request-title", "request-file-name", "list-title", "log-name"])
def test_control_and_bidi_characters_never_reach_the_terminal(
    tmp_path: Path, ws: Path, payload: str, where: str
) -> None:
    if where == "request-title":
        run = qd("check", write_yaml_request(tmp_path / "r.yaml", request(title=payload)), "-w", ws)
    elif where == "request-file-name":
        name = payload.replace("/", "_").replace("\x00", "") + ".yaml"
        path = tmp_path / name
        path.write_text("title: [unclosed\n", encoding="utf-8")
        run = qd("check", path, "-w", ws)
    elif where == "list-title":
        target = ws / "lists" / "plaques.yaml"
        text = target.read_text(encoding="utf-8")
        start = text.index("    title:", text.index("  - id:"))
        end = text.index("\n", start)
        target.write_text(text[:start] + f"    title: {json.dumps(payload)}" + text[end:], "utf-8")
        run = qd("lists", "-w", ws)
        run2 = qd("search", "挂牌", "-w", ws)
        assert not UNSAFE.search(run2.text), repr(run2.text)
    else:
        path = tmp_path / (payload.replace("/", "_") + ".csv")
        path.write_text("nothing,useful\n1,2\n", encoding="utf-8")
        run = qd("report", path, "--out", tmp_path / "out", "-w", ws)
    assert run.exception is None
    assert not UNSAFE.search(run.text), repr(run.text)


# --- interrupts -----------------------------------------------------------------------------


def _big_log(tmp_path: Path) -> Path:
    import duckdb

    path = tmp_path / "big.csv"
    con = duckdb.connect()
    con.execute(
        "COPY (SELECT 'A' || i AS activity_id, DATE '2024-01-01' + CAST(i % 300 AS INTEGER) AS date, "
        "'区' || (i % 7) AS district, '街' || (i % 31) AS street, '社区' || (i % 997) AS community, "
        "'部门' || (i % 41) AS department, 'task' AS kind, NULL AS item_id, "
        "'事项标题' || (i % 5000) AS title, 1.5 AS hours FROM range(1500000) t(i)) "
        f"TO '{path}' (FORMAT csv, HEADER true)"
    )
    con.close()
    return path


@pytest.mark.slow
@pytest.mark.parametrize("old", [False, True], ids=["fresh", "over-an-old-report"])
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
@pytest.mark.parametrize("delay", [0.8, 2.5])
def test_an_interrupted_report_leaves_nothing_behind(
    tmp_path: Path, ws: Path, sig: int, old: bool, delay: float
) -> None:
    data = _big_log(tmp_path)
    out, db = tmp_path / "out", tmp_path / "r.duckdb"
    before: dict[str, bytes] = {}
    if old:
        small = write_csv(tmp_path / "small.csv", activity_rows(3))
        expect(qd("report", small, "--out", out, "-w", ws), 0)
        before = {p.name: p.read_bytes() for p in out.iterdir()}
    tmp = tmp_path / "tmpdir"
    env = {**os.environ, "TMPDIR": str(tmp), "QINGDAN_LANG": "en"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "qingdan",
            "report",
            str(data),
            "--out",
            str(out),
            "--db",
            str(db),
            "-w",
            str(ws),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(delay)
    proc.send_signal(sig)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail("the report did not stop after the signal")
    if proc.returncode == 0:
        pytest.skip("the report finished before the signal")
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert not list(tmp.iterdir()), list(tmp.rglob("*"))
    hidden = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert not hidden, hidden
    assert not db.exists()
    if old:
        assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    else:
        assert not out.exists()


@pytest.mark.parametrize("payload", CONTROLS + FORMULAS + ["nul\x00byte"])
def test_report_xlsx_holds_any_title_as_inert_text(tmp_path: Path, ws: Path, payload: str) -> None:
    import openpyxl

    out = tmp_path / "out"
    expect(qd("report", _off_list_log(tmp_path, "title", payload), "--out", out, "-w", ws), 0)
    book = openpyxl.load_workbook(out / "report.xlsx")
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for c in row:
                assert c.data_type != "f", (sheet.title, c.coordinate, c.value)
