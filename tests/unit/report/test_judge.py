"""Judging: each row of tests/golden/report/input.csv gets the verdict its comment says."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import duckdb
from hypothesis import given, settings
from hypothesis import strategies as st

from qingdan.core.lists.model import load_lists
from qingdan.core.report.build import Filters, build_report
from qingdan.core.report.judge import load_table, verdict_type
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


KINDS = ("task", "ledger", "certificate")
DAYS = st.dates(dt.date(2024, 1, 1), dt.date(2024, 1, 8))  # few days: the bounds often tie
maybe_day = st.one_of(st.none(), DAYS)
items = st.lists(
    st.tuples(
        st.sampled_from(KINDS),
        st.sampled_from(["active", "retired", "vetoed", None]),
        maybe_day,
        maybe_day,
        maybe_day,
    ),
    min_size=1,
    max_size=6,
)
activity = st.lists(
    st.tuples(
        st.sampled_from(KINDS),
        st.integers(0, 7),  # an item's index; past the end: an id no list has
        st.one_of(st.none(), DAYS),
        st.sampled_from([None, None, "bad_date"]),
    ),
    min_size=1,
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(table=items, rows=activity)
def test_the_common_path_gives_the_verdict_the_full_rules_give(
    table: list[tuple[Any, ...]], rows: list[tuple[Any, ...]]
) -> None:
    """judged.sql's first WHEN (on the lists, in one test) never says 'on_list' where the
    rules after it would say anything else, whatever the item's status and dates."""
    from qingdan.core.report.sqlfiles import sql

    con = duckdb.connect()
    columns = {
        "id": [f"X-{n}" for n in range(len(table))],
        "list_kind": ["assisted"] * len(table),
        "request_kind": [t[0] for t in table],
        "title": [f"事项{n}" for n in range(len(table))],
        "status": [t[1] for t in table],
        "effective_from": [t[2] for t in table],
        "effective_to": [t[3] for t in table],
        "retired_on": [t[4] for t in table],
    }
    load_table(con, "raw_items", columns)
    con.execute(
        "CREATE TABLE qd_items AS SELECT id, list_kind, request_kind, title, "
        "CAST(status AS VARCHAR) AS status, CAST(effective_from AS DATE) AS effective_from, "
        "CAST(effective_to AS DATE) AS effective_to, CAST(retired_on AS DATE) AS retired_on "
        "FROM raw_items"
    )
    load_table(
        con,
        "qd_matches",
        {
            "title": ["事项0"],
            "kind": [table[0][0]],
            "norm": ["事项0"],
            "item_id": ["X-0"],
            "score": [100.0],
            "decision": ["match"],
        },
    )
    load_table(
        con,
        "raw",
        {
            "file": ["a.csv"] * len(rows),
            "line": list(range(2, len(rows) + 2)),
            "kind": [r[0] for r in rows],
            "item_id": [f"X-{r[1]}" if r[1] else None for r in rows],  # 0: by title
            "title": [f"事项{r[1]}" for r in rows],
            "date": [r[2] for r in rows],
            "code": [r[3] for r in rows],
            "district": ["西岗区"] * len(rows),
            "street": ["八一路街道"] * len(rows),
        },
    )
    con.execute(
        "CREATE VIEW typed AS SELECT * REPLACE (CAST(date AS DATE) AS date, "
        "CAST(code AS VARCHAR) AS code, CAST(item_id AS VARCHAR) AS item_id) FROM raw"
    )
    con.execute(sql("keys"))
    verdict_type(con)
    judged = sql("judged")
    start = judged.index("    WHEN a.code IS NULL AND i.fits")
    full = judged[:start] + judged[judged.index("    WHEN a.code IS NOT NULL THEN 'rejected'") :]
    assert full != judged
    con.execute(judged)
    fast = con.execute("SELECT line, verdict FROM judged ORDER BY line").fetchall()
    con.execute(full)
    assert con.execute("SELECT line, verdict FROM judged ORDER BY line").fetchall() == fast
