"""violations.csv in chunks of row groups on several connections at once (issue 13): the chunks
cover every row once and in order, and the file is byte for byte the one-pass export."""

from __future__ import annotations

import os
from pathlib import Path

import duckdb
import pytest
from hypothesis import given
from hypothesis import strategies as st

from qingdan.core.lists.model import load_lists
from qingdan.core.report import export
from qingdan.core.report.build import Filters, build_report, export_violations
from qingdan.core.report.export import Chunked, Target, plan
from qingdan.workspace import load


@given(
    st.lists(st.lists(st.integers(0, 50), max_size=8), min_size=1, max_size=5),
    st.integers(1, 4),
    st.integers(1, 60),
)
def test_the_chunks_cover_every_row_once_in_input_order(
    groups: list[list[int]], workers: int, least: int
) -> None:
    chunks = plan(groups, workers, least)
    assert chunks and all(len(c) == len(groups) for c in chunks)
    seen = [(n, row) for c in chunks for n, (a, b) in enumerate(c) for row in range(a, b + 1)]
    assert seen == [(n, row) for n, g in enumerate(groups) for row in range(sum(g))]
    starts = {n: {sum(g[:i]) for i in range(len(g) + 1)} for n, g in enumerate(groups)}
    for c in chunks:  # whole row groups only
        assert all(b < a or (a in starts[n] and b + 1 in starts[n]) for n, (a, b) in enumerate(c))
    sizes = [sum(b - a + 1 for a, b in c) for c in chunks]
    assert all(s >= least for s in sizes[:-1])


def test_the_first_chunk_is_two_thirds_on_two_cores_the_rest_a_million_rows_or_more() -> None:
    # 10^7 rows as DuckDB writes them: 1,048,576 rows at least, so 9 groups a chunk, 10 chunks;
    # on two cores the first 7 of them one chunk
    chunks = plan([[122_880] * 82], 2)
    assert len(chunks) == 4 and chunks[0] == ((0, 63 * 122_880 - 1),)
    assert len(plan([[122_880] * 820], 2)) == 1 + 5  # 10^8: 16 chunks, the first 11 one
    eight = plan([[122_880] * 820], 8)  # 10^8 on eight cores: 64 chunks of 13 groups, 11 in one
    assert len(eight) == 54 and eight[0] == ((0, 143 * 122_880 - 1),)
    assert plan([[122_880] * 82], 1) == [((0, 82 * 122_880 - 1),)]  # one worker: one chunk
    assert len(plan([[1000] * 10], 2)) == 1  # small: one chunk


def test_chunks_that_may_sort_their_rows_stay_small_and_the_first_is_not_merged() -> None:
    from qingdan.core.report.export import SORTED_ROWS

    files = [[83_334]] * 120  # 10^7 rows as 120 partition files read by one scan
    chunks = plan(files, 2, runs=True)
    sizes = [sum(b - a + 1 for a, b in c) for c in chunks]
    assert max(sizes) <= SORTED_ROWS + 83_334 and sizes[0] == sizes[1]
    assert sum(sizes) == 120 * 83_334


def _parquet(path: Path, rows: int, offset: int = 0) -> Path:
    """Parquet of many small row groups; the middle third of the rows all on the lists."""
    duckdb.connect().execute(
        "COPY (SELECT 'R' || i AS activity_id, DATE '2024-01-01' + (i % 300)::INTEGER AS date, "
        "'西岗区' AS district, '八一路街道' AS street, '林茂社区' AS community, "
        "'市民政局' AS department, 'task' AS kind, NULL::VARCHAR AS item_id, "
        "CASE WHEN i % 3 = 0 AND (i < $n / 3 OR i > 2 * $n / 3) THEN '不在清单上的事' || (i % 7) "
        "ELSE '社区党组织建设' END AS title, 1.0 AS hours FROM range($o, $o + $n) AS t(i)) "
        "TO $p (FORMAT parquet, ROW_GROUP_SIZE 2048)",
        {"p": str(path), "n": rows, "o": offset},
    )
    return path


@pytest.mark.parametrize("district", [None, "无此区"])
def test_many_chunks_write_the_bytes_of_one_pass(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, district: str | None
) -> None:
    """Two files cut into chunks of 4,096 rows (some with no off-list row, one spanning both
    files), written on two connections: the same bytes as one COPY after the cube."""
    from qingdan.jobs.report import produce, violation_labels
    from qingdan.render.report import VIOLATIONS_PREFIX

    monkeypatch.setattr(export, "LEAST_ROWS", 4096)
    files = [_parquet(tmp_path / "a.parquet", 30000), _parquet(tmp_path / "b.parquet", 9000, 7)]
    produce(load(workspace), files, tmp_path / "out", filters=Filters(district=district))
    chunked = (tmp_path / "out" / "violations.csv").read_bytes()
    ws = load(workspace)
    con = duckdb.connect()
    lists = load_lists(ws.list_paths)
    build_report(con, files, lists, mapping={}, filters=Filters(district=district))
    whole = tmp_path / "whole.csv"
    count = export_violations(con, whole, *violation_labels(), prefix=VIOLATIONS_PREFIX)
    assert chunked == whole.read_bytes()
    assert (count > 5000) if district is None else count == 0
    assert not [p.name for p in (tmp_path / "out").iterdir() if p.name.endswith(".part")]


def test_the_chunks_are_appended_the_same_without_the_kernel_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> int:
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "copy_file_range", refuse, raising=False)
    out, part = tmp_path / "v.csv", tmp_path / "p"
    out.write_bytes(b"head\n")
    part.write_bytes(b"x" * 3_000_000)
    export._append(part, out)
    assert out.read_bytes() == b"head\n" + b"x" * 3_000_000 and not part.exists()


def test_an_error_in_a_chunk_reaches_the_caller_and_nothing_is_left(tmp_path: Path) -> None:
    con = duckdb.connect()
    out = tmp_path / "v.csv"
    target = Target(out, "SELECT 1 AS a", {}, ["a"])

    def prepare(twin: object) -> None:
        raise RuntimeError("this connection broke")

    chunked = Chunked(target, [((0, 9),), ((10, 19),)], [con.cursor(), con.cursor()], prepare)
    chunked.start(2)
    with pytest.raises(RuntimeError, match="this connection broke"):
        chunked.wait()
    chunked.close()
    assert list(tmp_path.iterdir()) == []


def test_a_partitioned_folder_in_chunks_of_its_files_writes_the_bytes_of_one_pass(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """year=/district= folders: chunks of whole files (each one row group), the partition
    values as columns, with and without a district filter that prunes files."""
    from qingdan.core.report.synth import generate
    from qingdan.jobs.report import produce, violation_labels
    from qingdan.render.report import VIOLATIONS_PREFIX

    monkeypatch.setattr(export, "LEAST_ROWS", 64)
    ws = load(workspace)
    lists = load_lists(ws.list_paths)
    single, folder = tmp_path / "all.parquet", tmp_path / "by-district"
    generate(lists, single, 3000, seed=5)
    duckdb.connect().execute(
        f"COPY (SELECT * EXCLUDE (district), year(date) AS year, district "
        f"FROM read_parquet('{single}')) TO '{folder}' (FORMAT parquet, PARTITION_BY (year, "
        "district))"
    )
    district = duckdb.connect().execute(f"SELECT min(district) FROM '{single}'").fetchall()[0][0]
    for n, filters in enumerate((Filters(), Filters(district=district))):
        out = tmp_path / f"out{n}"
        produce(ws, [folder], out, filters=filters)
        con = duckdb.connect()
        build_report(con, [folder], lists, mapping={}, filters=filters)
        whole = tmp_path / f"whole{n}.csv"
        count = export_violations(con, whole, *violation_labels(), prefix=VIOLATIONS_PREFIX)
        assert count > 20 and (out / "violations.csv").read_bytes() == whole.read_bytes()


def test_views_are_copied_each_after_those_it_reads_and_a_broken_one_is_an_error() -> None:
    from qingdan.core.report.build import _replay

    con = duckdb.connect()
    _replay(
        con,
        [
            "CREATE TEMP VIEW c AS SELECT x + 1 AS y FROM b",
            "CREATE TEMP VIEW b AS SELECT x FROM a",
            "CREATE TEMP VIEW a AS SELECT 1 AS x",
        ],
    )
    assert con.execute("SELECT y FROM c").fetchall() == [(2,)]
    with pytest.raises(duckdb.CatalogException):
        _replay(con, ["CREATE TEMP VIEW d AS SELECT * FROM nowhere"])
