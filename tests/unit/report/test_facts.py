"""Parquet statistics leave out only checks that cannot fire: with them or without them, every
row gets the same typed values, reject code and detail (issue 13)."""

from __future__ import annotations

import math
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qingdan.core.report import facts as facts_module
from qingdan.core.report.facts import Facts, combine
from qingdan.core.report.ingest import ingest

COLUMNS = (
    "file, line, activity_id, date, district, street, community, department, kind, item_id, "
    "title, hours, code, detail"
)

texts = st.one_of(st.none(), st.just(""), st.sampled_from(["林茂社区", "=1+1", "A1", "x" * 40]))
hours = st.one_of(
    st.none(),
    st.sampled_from([0.0, 1.5, 24.0, 24.5, -1.0, math.nan, math.inf, 1e308]),
)
days = st.one_of(st.none(), st.sampled_from(["2024-03-01", "1989-12-31", "2101-01-01"]))
rows = st.lists(
    st.tuples(texts, days, texts, texts, st.sampled_from(["task", "ledger", None, ""]), hours),
    min_size=1,
    max_size=12,
)


def write(path: Path, data: list[tuple[object, ...]], group: int) -> None:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE t (activity_id VARCHAR, date DATE, community VARCHAR, title VARCHAR, "
        "kind VARCHAR, hours DOUBLE)"
    )
    con.executemany("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)", data)
    con.execute("COPY t TO ? (FORMAT parquet, ROW_GROUP_SIZE ?)", [str(path), group])


def typed(path: Path) -> list[tuple[object, ...]]:
    con = duckdb.connect()
    ingest(con, [path], {})
    return [
        tuple("NaN" if isinstance(v, float) and math.isnan(v) else v for v in row)
        for row in con.execute(f"SELECT {COLUMNS} FROM typed ORDER BY line").fetchall()
    ]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=rows, group=st.sampled_from([1, 3, 100]))
def test_statistics_change_no_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: list[tuple[object, ...]], group: int
) -> None:
    path = tmp_path / "a.parquet"
    write(path, data, group)
    with_facts = typed(path)
    with monkeypatch.context() as m:
        m.setattr(facts_module, "parquet_facts", lambda *_a, **_k: {})
        without = typed(path)
    assert with_facts == without


def truthful(data: list[tuple[object, ...]], nan_counted: bool) -> dict[str, Facts]:
    """The tightest facts a correct writer could state about ``data`` (NaN outside the bounds,
    its count given or not)."""
    names = ("activity_id", "date", "community", "title", "kind", "hours")
    out = {}
    for i, name in enumerate(names):
        values = [row[i] for row in data]
        real = [v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
        key = float if name == "hours" else str
        out[name] = Facts(
            nulls=None in values,
            empty="" in values,
            nan=name == "hours"
            and (not nan_counted or len(real) + values.count(None) < len(values)),
            low=str(min(real, key=key)) if real else None,
            high=str(max(real, key=key)) if real else None,
            max_bytes=max((len(str(v).encode()) for v in real), default=0),
        )
    return out


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=rows, nan_counted=st.booleans())
def test_true_facts_change_no_row(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    data: list[tuple[object, ...]],
    nan_counted: bool,
) -> None:
    path = tmp_path / "b.parquet"
    write(path, data, 100)
    with monkeypatch.context() as m:
        m.setattr(facts_module, "parquet_facts", lambda *_a, **_k: {})
        without = typed(path)
    with monkeypatch.context() as m:
        m.setattr(facts_module, "parquet_facts", lambda *_a, **_k: truthful(data, nan_counted))
        assert typed(path) == without


def test_clean_statistics_drop_the_checks(tmp_path: Path) -> None:
    path = tmp_path / "clean.parquet"
    write(path, [("A1", "2024-03-01", "林茂社区", "低保公示", "task", 1.5)] * 3, 100)
    con = duckdb.connect()
    ingest(con, [path], {})
    view = con.execute("SELECT sql FROM duckdb_views() WHERE view_name = 'typed_0'").fetchall()[0][
        0
    ]
    assert "nullif" not in view  # no '' anywhere, says the footer
    assert "implausible" in view and "BETWEEN" not in view  # dates inside the plausible span
    assert con.execute("SELECT count(code) FROM typed").fetchall() == [(0,)]


def test_missing_statistics_prove_nothing() -> None:
    assert combine([], "BYTE_ARRAY") == Facts()
    unknown = combine([(None, None, None, None, None)], "BYTE_ARRAY")
    assert unknown.nulls and unknown.empty and unknown.max_bytes is None
    assert combine([("", "b", 0, None, 10)], "BYTE_ARRAY").empty  # '' is the minimum
    assert combine([("a", "b", 0, None, 10)], "BYTE_ARRAY").present
    floats = combine([("0.5", "6.0", 0, None, 10), ("1.0", "12.0", 0, None, 10)], "DOUBLE")
    assert floats.numbers() == (0.5, 12.0) and floats.nan  # NaN is never in the bounds
    assert not combine([("0.5", "6.0", 0, 0, 10)], "DOUBLE").nan
    assert combine([("nan", "nan", 0, 0, 10)], "DOUBLE").numbers() is None
    dates = combine([("2024-01-01", "2024-12-31", 0, None, 10)], "INT32")
    assert dates.dates() is not None and not dates.nan and not dates.empty


def test_zoned_timestamps_keep_the_date_test(tmp_path: Path) -> None:
    """Statistics of a TIMESTAMPTZ column are in UTC; the row's date is taken in the session's
    zone, so the footer proves nothing about the plausible span there."""
    path = tmp_path / "zoned.parquet"
    con = duckdb.connect()
    con.execute(
        "COPY (SELECT 'A1' AS activity_id, TIMESTAMPTZ '2024-03-01 10:00:00+00' AS date, "
        "'林茂社区' AS community, '低保公示' AS title) TO ? (FORMAT parquet)",
        [str(path)],
    )
    ingest(con, [path], {})
    view = con.execute("SELECT sql FROM duckdb_views() WHERE view_name = 'typed_0'").fetchall()
    assert "BETWEEN" in view[0][0]
