"""Judging: each row of tests/golden/report/input.csv gets the verdict its comment says."""

from __future__ import annotations

from pathlib import Path

import duckdb

from qingdan.core.lists.model import load_lists
from qingdan.core.report.build import Filters, build_report
from qingdan.workspace import load

INPUT = Path(__file__).parents[2] / "golden" / "report" / "input.csv"
EXPECTED = {
    "G001": "on_list",  # item id in force
    "G002": "unlisted",  # national negative-list certificate
    "G003": "on_list",
    "G004": "retired",  # matched by title: a record never in force (national negative list)
    "G005": "retired",  # item id of a record never in force (misfiled)
    "G006": "unlisted",  # plaque not on the plaque list
    "G007": "vetoed",  # vetoed entry item, matched by title
    "G008": "not_yet",  # ZR-012 in force from 2024-07-01
    "G009": "on_list",
    "G010": "unlisted",
    "G011": "on_list",  # paraphrase of an alias
    "G012": "on_list",
    "G013": "unlisted",
    "G017": "unknown_id",
    "G018": "wrong_kind",  # an assisted-work item given for a certificate
    "G020": "review",  # a transposition typo: a person must look
}


def _judged(workspace: Path) -> tuple[object, dict[str, str]]:
    ws = load(workspace)
    con = duckdb.connect()
    report = build_report(
        con,
        [INPUT],
        load_lists(ws.list_paths),
        mapping=ws.section("activity")["columns"],
        filters=Filters(),
        match=ws.section("match"),
        rate=ws.section("rate"),
    )
    rows = con.execute("SELECT activity_id, verdict FROM judged WHERE verdict <> 'rejected'")
    return report, dict(rows.fetchall())


def test_every_row_gets_the_verdict_the_lists_give_on_its_date(workspace: Path) -> None:
    _, verdicts = _judged(workspace)
    assert verdicts == EXPECTED


def test_unreadable_rows_are_counted_and_listed_with_their_line(workspace: Path) -> None:
    report, _ = _judged(workspace)
    assert report.rows == {"read": 20, "judged": 16, "rejected": 4}  # type: ignore[attr-defined]
    lines = {(r["line"], r["code"]) for r in report.rejects}  # type: ignore[attr-defined]
    assert lines == {(15, "bad_date"), (16, "missing_community"), (17, "bad_hours"), (20, "fields")}


def test_the_reduction_rate_is_190_to_83(workspace: Path) -> None:
    report, _ = _judged(workspace)
    rate = report.reduction_rate  # type: ignore[attr-defined]
    assert (rate["baseline"], rate["active"], rate["rate"]) == (190, 83, 0.5632)


def test_filters_keep_rows_outside_out_of_every_figure(workspace: Path) -> None:
    ws = load(workspace)
    con = duckdb.connect()
    report = build_report(
        con,
        [INPUT],
        load_lists(ws.list_paths),
        mapping=ws.section("activity")["columns"],
        filters=Filters(district="西岗区"),
    )
    assert [d["district"] for d in report.by_district] == ["西岗区"]
    assert report.excluded == 9
    assert report.rows["judged"] == 7
