"""``qingdan demo`` runs the main job end to end in a folder of its own."""

from __future__ import annotations

import json

from tests.conftest import run


def test_demo_validates_checks_rates_generates_and_reports(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(runner, "demo", "--rows", "5000")
    assert result.exit_code == 0, result.output
    out = tmp_path / "qingdan-demo"
    for name in ("report.html", "report.md", "metrics.json", "violations.csv"):
        assert (out / "report" / name).is_file(), name
    metrics = json.loads((out / "report" / "metrics.json").read_text(encoding="utf-8"))
    rows = metrics["rows"]
    assert rows["read"] == 5000 == rows["judged"] + rows["rejected"]
    assert "190 → 83 (56.3%)" in result.stdout
    assert "report.html" in result.stdout
    for verdict in ("admitted", "review", "rejected", "exempt"):
        assert verdict in result.stdout
