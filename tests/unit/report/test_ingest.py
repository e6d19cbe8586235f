"""Ingest: no row is ever lost — ``read = judged + rejected`` in every input format, on dirty
input, and each rejected row is named by file, line and reason."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qingdan.core.report.ingest import ingest
from qingdan.errors import DataError, UsageError

HEADER = [
    "activity_id",
    "date",
    "district",
    "street",
    "community",
    "department",
    "kind",
    "item_id",
    "title",
    "hours",
]
GOOD = [
    "A1",
    "2024-03-01",
    "西岗区",
    "八一路街道",
    "林茂社区",
    "市民政局",
    "task",
    "",
    "低保公示",
    "1.5",
]
#: (row, reason code) — the ways a row can be unreadable
BAD = [
    (["A2", "2024-02-30", *GOOD[2:]], "bad_date"),
    (["A3", "", *GOOD[2:]], "missing_date"),
    ([*GOOD[:4], "", *GOOD[5:]], "missing_community"),
    ([*GOOD[:9], "两小时"], "bad_hours"),
    ([*GOOD[:6], "任务清单外", *GOOD[7:]], "unknown_kind"),
]


def _rows() -> list[tuple[list[str], str | None]]:
    rows: list[tuple[list[str], str | None]] = [(GOOD, None)] * 3
    for bad in BAD:
        rows += [bad, (GOOD, None)]
    return rows


def _counts(paths: list[Path]) -> tuple[int, int, int, list[tuple[int, str]]]:
    con = duckdb.connect()
    got = ingest(con, paths, {})
    read_ok = con.execute("SELECT count(*) FROM activity").fetchall()[0][0]
    rejects = con.execute("SELECT line, code FROM rejects ORDER BY line").fetchall()
    unsplit = sum(s.unsplit for s in got.sources)
    typed = con.execute("SELECT count(*) FROM typed").fetchall()[0][0]
    return typed + unsplit, read_ok, len(rejects), rejects


def _write_csv(path: Path, rows: list[list[str]], encoding: str, extra: str = "") -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    path.write_bytes((buffer.getvalue() + extra).encode(encoding))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk"])
def test_csv_in_every_encoding_keeps_every_row(tmp_path: Path, encoding: str) -> None:
    rows = _rows()
    path = tmp_path / "log.csv"
    _write_csv(path, [r for r, _ in rows], encoding, extra="A9,2024-03-01,西岗区\n")
    read, judged, rejected, rejects = _counts([path])
    assert read == len(rows) + 1 == judged + rejected
    expected = [(n + 2, code) for n, (_, code) in enumerate(rows) if code]
    assert rejects == [*expected, (len(rows) + 2, "fields")]


def test_parquet_keeps_every_row(tmp_path: Path) -> None:
    rows = _rows()
    csv_path = tmp_path / "log.csv"
    _write_csv(csv_path, [r for r, _ in rows], "utf-8")
    path = tmp_path / "log.parquet"
    duckdb.execute(
        "COPY (SELECT * FROM read_csv(?, all_varchar = true)) TO '"
        + str(path)
        + "' (FORMAT parquet)",
        [str(csv_path)],
    )
    read, judged, rejected, rejects = _counts([path])
    assert read == len(rows) == judged + rejected
    assert [code for _, code in rejects] == [code for _, code in rows if code]


def test_jsonl_keeps_every_row_even_a_broken_one(tmp_path: Path) -> None:
    rows = _rows()
    lines = [json.dumps(dict(zip(HEADER, r, strict=True)), ensure_ascii=False) for r, _ in rows]
    path = tmp_path / "log.jsonl"
    bad = ['{"date": "2024-01-01", broken', "[1, 2, 3]", '"a string"', "42", "null", ""]
    path.write_text("\n".join([*lines, *bad]) + "\n", encoding="utf-8")
    read, judged, rejected, rejects = _counts([path])
    assert read == len(rows) + len(bad) == judged + rejected
    # a line that is not one JSON object is a broken JSON line, not a row missing its date
    last = [(line, code) for line, code in rejects if line > len(rows)]
    assert last == [(len(rows) + i, "json") for i in range(1, len(bad) + 1)]


def test_xlsx_keeps_every_row_with_its_sheet_row_number(tmp_path: Path) -> None:
    from openpyxl import Workbook

    rows = _rows()
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row, _ in rows:
        sheet.append(row)
    path = tmp_path / "log.xlsx"
    book.save(path)
    read, judged, rejected, rejects = _counts([path])
    assert read == len(rows) == judged + rejected
    assert rejects == [(n + 2, code) for n, (_, code) in enumerate(rows) if code]


def test_several_files_add_up(tmp_path: Path) -> None:
    rows = _rows()
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    _write_csv(first, [r for r, _ in rows], "utf-8")
    _write_csv(second, [r for r, _ in rows], "gb18030")
    read, judged, rejected, _ = _counts([first, second])
    assert read == 2 * len(rows) == judged + rejected


def test_chinese_headers_map_through_the_mapping(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("日期,社区,事项名称\n2024-03-01,林茂社区,低保公示\n", encoding="utf-8")
    con = duckdb.connect()
    ingest(con, [path], {"日期": "date", "社区": "community", "事项名称": "title"})
    assert con.execute("SELECT community, title, kind FROM activity").fetchall() == [
        ("林茂社区", "低保公示", "task")
    ]


def test_a_file_without_the_required_columns_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text("日期,社区\n2024-03-01,林茂社区\n", encoding="utf-8")
    with pytest.raises(DataError, match="title"):  # 日期/社区 are in the vocabulary
        ingest(duckdb.connect(), [path], {})


def test_bytes_that_are_neither_utf8_nor_gbk_are_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_bytes(b"date,community,title\n\xff\xfe\xff\x80\x80,\xff\n")
    with pytest.raises(DataError):
        ingest(duckdb.connect(), [path], {})


def test_a_missing_file_or_unknown_type_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        ingest(duckdb.connect(), [tmp_path / "nope.csv"], {})
    (tmp_path / "log.pdf").write_text("x")
    with pytest.raises(UsageError):
        ingest(duckdb.connect(), [tmp_path / "log.pdf"], {})


_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12)
_date = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["", "2024-02-30", "2024-13-01", "昨天", "2024-00-10"]),
)
_hours = st.one_of(
    st.floats(0, 24).map(lambda h: f"{h:.2f}"), st.sampled_from(["", "x", "1,5", "-1", "两小时"])
)
_row = st.tuples(_date, _text, _text, _hours)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(_row, max_size=30), encoding=st.sampled_from(["utf-8", "gb18030"]))
def test_any_csv_loses_no_row(
    tmp_path: Path, rows: list[tuple[str, str, str, str]], encoding: str
) -> None:
    path = tmp_path / "any.csv"
    data = [["A", d, "区", "街道", c, "部门", "task", "", t or "事", h] for d, c, t, h in rows]
    try:
        _write_csv(path, data, encoding)
    except UnicodeEncodeError:
        return  # a character GB18030 cannot hold is not a GB18030 file
    read, judged, rejected, _ = _counts([path])
    assert read == len(rows) == judged + rejected
