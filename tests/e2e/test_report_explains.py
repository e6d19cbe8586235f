"""report.html explains itself in a real browser (issue 14): every chart has a legend, axis labels
and a text alternative; printing expands every drill-down; the heat table sorts.

Drives headless Chromium over the DevTools protocol on a pipe (``--remote-debugging-pipe``: no
port, no network, no extra library). Skipped with the reason when Chromium is absent; .ci/run
installs it.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from qingdan.core.report.build import Filters
from qingdan.jobs.report import produce
from qingdan.workspace import load

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
)
ARTIFACTS = Path(__file__).parents[2] / "test-artifacts"
INPUT = Path(__file__).parents[1] / "golden" / "report" / "input.csv"


class Browser:
    """One headless Chromium page, spoken to in CDP messages (JSON, NUL-terminated)."""

    def __init__(self, profile: Path) -> None:
        assert CHROMIUM is not None
        args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--remote-debugging-pipe",
        ]
        # fd 3 is what Chromium reads commands from, fd 4 where it answers
        self.proc = subprocess.Popen(
            ["bash", "-c", 'exec "$0" "$@" 3<&0 4>&1 0</dev/null 1>/dev/null', CHROMIUM, *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.next_id, self.buffer, self.session = 0, b"", None
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params}
        if self.session is not None:
            message["sessionId"] = self.session
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps(message).encode() + b"\0")
        self.proc.stdin.flush()
        while True:
            while b"\0" not in self.buffer:
                chunk = self.proc.stdout.read1(65536)
                assert chunk, "chromium closed the pipe"
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            answer = json.loads(raw)
            if answer.get("id") == self.next_id:
                assert "error" not in answer, answer
                return answer["result"]  # type: ignore[no-any-return]

    def js(self, expression: str) -> Any:
        done = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in done, done
        return done["result"].get("value")

    def open(self, url: str) -> None:
        self.send("Page.enable")
        self.send("Page.navigate", url=url)
        for _ in range(200):
            if self.js("document.readyState") == "complete":
                return
        raise AssertionError("the page did not load")

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=30)
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()


@pytest.fixture
def page(workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (apt-get install chromium)")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    shutil.copy(INPUT, tmp_path / "input.csv")
    produce(load(workspace), [tmp_path / "input.csv"], tmp_path / "out", filters=Filters())
    browser = Browser(tmp_path / "profile")
    browser.open((tmp_path / "out" / "report.html").resolve().as_uri())
    yield browser
    browser.close()


SHOWN = """Array.from(document.querySelectorAll('details')).map(d =>
  Array.from(d.children).filter(e => e.tagName !== 'SUMMARY')
    .every(e => e.checkVisibility()))"""


def test_every_chart_has_a_legend_axis_labels_and_a_text_alternative(page):
    charts = page.js("""Array.from(document.querySelectorAll('svg.chart')).map(s => ({
        legend: s.querySelectorAll('.legend text').length,
        axes: Array.from(s.querySelectorAll('.axis-label')).map(a => a.textContent.trim()),
        desc: (document.getElementById(s.getAttribute('aria-describedby')) || {}).textContent,
        bars: s.querySelectorAll(':scope > rect[fill="#e45756"]').length,
        ticks: s.querySelectorAll('.tick').length }))""")
    assert len(charts) == 3
    for chart in charts:
        assert chart["legend"] >= 1 and chart["ticks"] >= 2
        assert len(chart["axes"]) == 2 and all(chart["axes"])
        assert chart["desc"] and chart["desc"].count(":") >= chart["bars"] > 0
    month = charts[0]
    assert "2024-01" in month["desc"] and "On the lists" in month["desc"]


def test_printing_expands_every_drill_down_and_restores_it_after(page):
    assert page.js("document.querySelectorAll('details').length") > 3
    assert not any(page.js(SHOWN)), "drill-downs start closed on screen"
    page.send("Emulation.setEmulatedMedia", media="print")
    assert all(page.js(SHOWN)), "print media shows every drill-down's content"
    page.send("Emulation.setEmulatedMedia", media="")
    page.js("window.dispatchEvent(new Event('beforeprint'))")
    assert page.js("Array.from(document.querySelectorAll('details')).every(d => d.open)")
    page.js("window.dispatchEvent(new Event('afterprint'))")
    assert page.js("Array.from(document.querySelectorAll('details')).every(d => !d.open)")
    pdf = base64.b64decode(page.send("Page.printToPDF", printBackground=True)["data"])
    assert pdf.startswith(b"%PDF")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "report.pdf").write_bytes(pdf)


def test_the_heat_table_sorts_by_any_column(page):
    column = (
        "Array.from(document.querySelectorAll('#heat-table tbody tr')).map(r => r.cells[{}].{})"
    )
    heads = page.js("Array.from(document.querySelectorAll('#heat-table thead th')).length")
    totals = page.js(column.format(heads - 1, "getAttribute('data-v')"))
    assert [float(v) for v in totals] == sorted((float(v) for v in totals), reverse=True)
    page.js("document.querySelectorAll('#heat-table thead th button')[2].click()")
    names = page.js(column.format(2, "textContent"))
    assert names == page.js(f"{json.dumps(names)}.slice().sort((a, b) => b.localeCompare(a, 'zh'))")
    assert (
        page.js("document.querySelectorAll('#heat-table thead th')[2].getAttribute('aria-sort')")
        == "descending"
    )
    page.js(f"document.querySelectorAll('#heat-table thead th button')[{heads - 1}].click()")
    page.js(f"document.querySelectorAll('#heat-table thead th button')[{heads - 1}].click()")
    again = [float(v) for v in page.js(column.format(heads - 1, "getAttribute('data-v')"))]
    assert again == sorted(again)
