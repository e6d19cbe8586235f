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


def test_both_halves_of_the_cube_count_every_row_the_same(workspace: Path) -> None:
    """g = 1 folds the off-list verdicts into 'off_list'; per class (and filter side) it holds
    the same rows and hours as g = 2 with the verdicts one by one, and as the judged rows."""
    con = duckdb.connect()
    ws = load(workspace)
    build_report(
        con,
        [INPUT],
        load_lists(ws.list_paths),
        mapping=ws.section("activity")["columns"],
        filters=Filters(district="西岗区"),
        match=ws.section("match"),
    )
    fold = "CASE WHEN verdict IN ('on_list', 'rejected') THEN verdict ELSE 'off_list' END"
    query = "SELECT DISTINCT verdict FROM qd_cube WHERE g = 1"
    classes = [r[0] for r in con.execute(query).fetchall()]
    assert set(classes) <= {"on_list", "off_list", "rejected"} and "off_list" in classes
    halves = [
        con.execute(
            f"SELECT in_scope, {fold} AS c, sum(n), round(sum(hours), 6) FROM {source} "
            "GROUP BY ALL ORDER BY ALL"
        ).fetchall()
        for source in (
            "qd_cube WHERE g = 1",
            "qd_cube WHERE g = 2",
            "(SELECT in_scope, CAST(verdict AS VARCHAR) AS verdict, 1 AS n, hours FROM judged)",
        )
    ]
    assert halves[0] == halves[1] == halves[2]
    assert any(not r[0] for r in halves[0]) and any(r[0] for r in halves[0])


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
    assert report.rows["judged"] == 7
    # unreadable rows are tested on their district too: 金普新区's bad date and missing
    # community are outside; 西岗区's bad hours and the line that split into no fields are in
    assert {(r["line"], r["code"]) for r in report.rejects} == {(17, "bad_hours"), (20, "fields")}
    assert report.rows["rejected"] == 2 and report.excluded == 11
    assert report.rows["read"] + report.excluded == 20


def test_unreadable_rows_are_tested_on_their_district_and_street_never_on_their_date(
    workspace: Path,
) -> None:
    ws = load(workspace)
    lists = load_lists(ws.list_paths)
    mapping = ws.section("activity")["columns"]
    july = build_report(  # the rejects are dated June (or not at all): all are kept
        duckdb.connect(), [INPUT], lists, mapping=mapping,
        filters=Filters(date_from=dt.date(2024, 7, 1)),
    )  # fmt: skip
    assert {r["line"] for r in july.rejects} == {15, 16, 17, 20}
    street = build_report(
        duckdb.connect(), [INPUT], lists, mapping=mapping, filters=Filters(street="湾里街道")
    )
    assert {r["line"] for r in street.rejects} == {15, 16, 20}


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
        st.booleans(),  # by title (事项<index>) instead of by id
    ),
    min_size=1,
    max_size=30,
)
#: what the matcher decided for each title 事项<index>
decisions = st.lists(st.sampled_from(["match", "review", "none"]), min_size=8, max_size=8)

#: the verdict rules in their documented order (judge.py), one after the other: the oracle
RULES = """
SELECT a.line, CASE
    WHEN a.code IS NOT NULL THEN 'rejected'
    WHEN a.item_id IS NOT NULL AND i.id IS NULL THEN 'unknown_id'
    WHEN i.id IS NULL AND i.decision = 'review' THEN 'review'
    WHEN i.id IS NULL THEN 'unlisted'
    WHEN i.request_kind <> a.kind THEN 'wrong_kind'
    WHEN i.status = 'vetoed' THEN 'vetoed'
    WHEN i.retired_on IS NOT NULL AND a.date >= i.retired_on THEN 'retired'
    WHEN i.status = 'retired' AND i.retired_on IS NULL THEN 'retired'
    WHEN i.effective_from IS NULL OR a.date < i.effective_from THEN 'not_yet'
    WHEN i.effective_to IS NOT NULL AND a.date > i.effective_to THEN 'lapsed'
    ELSE 'on_list' END
FROM typed AS a
LEFT JOIN qd_keys AS i ON i.kind = a.kind AND i.by_id = (a.item_id IS NOT NULL)
  AND i.key = coalesce(a.item_id, a.title)
ORDER BY a.line
"""


@settings(max_examples=300, deadline=None)
@given(table=items, rows=activity, decided=decisions)
def test_judged_gives_the_verdict_of_the_documented_rules(
    table: list[tuple[Any, ...]], rows: list[tuple[Any, ...]], decided: list[str]
) -> None:
    """judged.sql — its common path first, the date-free part of the rules decided once per key
    (qd_keys.static) — gives every row the verdict of the rules applied one by one, whatever the
    items' statuses and dates and the matcher's decisions; so does judged.sql without its
    common path."""
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
    titles = sorted({(f"事项{r[1]}", r[0]) for r in rows if r[4]})
    chosen = [decided[int(title[2:])] for title, _ in titles]
    load_table(
        con,
        "qd_matches",
        {
            "title": [title for title, _ in titles],
            "kind": [kind for _, kind in titles],
            "norm": [title for title, _ in titles],
            "item_id": [
                None if d == "none" else f"X-{t[2:]}"
                for (t, _), d in zip(titles, chosen, strict=True)
            ],
            "score": [{"match": 100.0, "review": 70.0, "none": 10.0}[d] for d in chosen],
            "decision": chosen,
        },
    )
    load_table(
        con,
        "raw",
        {
            "file": ["a.csv"] * len(rows),
            "line": list(range(2, len(rows) + 2)),
            "kind": [r[0] for r in rows],
            "item_id": [None if r[4] else f"X-{r[1]}" for r in rows],
            "title": [f"事项{r[1]}" for r in rows],
            "date": [r[2] for r in rows],
            "code": [r[3] for r in rows],
            "district": ["西岗区"] * len(rows),
            "street": ["八一路街道"] * len(rows),
        },
    )
    con.execute(
        "CREATE VIEW typed AS SELECT * REPLACE (CAST(date AS DATE) AS date, "
        "CAST(code AS VARCHAR) AS code, CAST(item_id AS VARCHAR) AS item_id, "
        "CAST(title AS VARCHAR) AS title) FROM raw"
    )
    verdict_type(con)
    con.execute(sql("keys"))
    con.execute(sql("scoped"))
    expected = con.execute(RULES).fetchall()
    judged = sql("judged")
    start = judged.index("    WHEN a.code IS NULL AND i.static IS NULL")
    full = judged[:start] + judged[judged.index("    WHEN a.code IS NOT NULL THEN 'rejected'") :]
    assert full != judged
    for text in (judged, full):
        con.execute(text)
        got = con.execute("SELECT line, CAST(verdict AS VARCHAR) FROM judged ORDER BY line")
        assert got.fetchall() == expected


def test_a_broken_json_line_is_kept_as_rejected_whatever_the_district(
    workspace: Path, tmp_path: Path
) -> None:
    """Nothing is known of a line that is not a JSON object, so no filter can put it outside:
    it stays in the district's report as rejected, like a CSV line that splits into no fields."""
    import json

    rows = [
        {"activity_id": "J1", "date": "2024-03-01", "district": "西岗区", "street": "八一路街道",
         "community": "林茂社区", "department": "市民政局", "kind": "task", "title": "低保公示",
         "hours": 1},
        {"activity_id": "J2", "date": "2024-03-02", "district": "中山区", "street": "青泥洼桥街道",
         "community": "长春城社区", "department": "市民政局", "kind": "task", "title": "低保公示",
         "hours": 1},
    ]  # fmt: skip
    data = tmp_path / "log.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    data.write_text("\n".join([lines[0], "[1, 2]", lines[1]]) + "\n", encoding="utf-8")
    report = build_report(
        duckdb.connect(), [data], load_lists(load(workspace).list_paths),
        filters=Filters(district="西岗区"),
    )  # fmt: skip
    assert [(r["line"], r["code"]) for r in report.rejects] == [(2, "json")]
    assert report.rows == {"read": 2, "judged": 1, "rejected": 1} and report.excluded == 1
