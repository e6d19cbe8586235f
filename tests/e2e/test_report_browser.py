"""report.html in a real browser: headless Chromium renders the headline figures and the three
SVG charts, with the network off; a screenshot is kept in test-artifacts/.

Needs Debian's ``chromium`` (``apt-get install chromium``); skipped with the reason when absent.
Run with ``pytest -m browser tests/e2e``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

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


def _chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--window-size=1200,2000",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_the_report_renders_its_figures_and_charts_in_chromium(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    shutil.copy(INPUT, tmp_path / "input.csv")
    produce(load(workspace), [tmp_path / "input.csv"], tmp_path / "out", filters=Filters())
    page = (tmp_path / "out" / "report.html").resolve().as_uri()
    metrics = json.loads((tmp_path / "out" / "metrics.json").read_text(encoding="utf-8"))

    dom = _chromium(tmp_path / "profile-dom", "--dump-dom", page)
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    read = re.search(r'id="rows-read"><div class="value">([^<]+)<', html)
    assert read is not None and read.group(1).replace(",", "") == str(metrics["rows"]["read"])
    off = re.search(r'id="off-list-count"><div class="value">([^<]+)<', html)
    assert off is not None and off.group(1).replace(",", "") == str(metrics["off_list"]["count"])
    assert html.count("<svg") == 3 and html.count("<rect") > 10

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report.png"
    done = _chromium(tmp_path / "profile-shot", f"--screenshot={shot}", page)
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.stat().st_size > 10_000
    assert os.access(shot, os.R_OK)
