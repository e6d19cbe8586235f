"""Folders, globs and hive partitions: which files a report reads, and which the filters prune."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from qingdan.core.report.datasets import DataFile, distinct, expand, partition_columns, pruned
from qingdan.core.report.ingest import FORMATS
from qingdan.errors import UsageError


def touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"")
    return path


def test_a_folder_expands_to_its_data_files_sorted_with_their_partitions(tmp_path: Path) -> None:
    touch(tmp_path / "year=2024" / "district=西岗区" / "part-1.parquet")
    touch(tmp_path / "year=2024" / "district=中山区" / "part-0.parquet")
    touch(tmp_path / "year=2024" / "_SUCCESS")
    touch(tmp_path / ".hidden" / "x.parquet")
    touch(tmp_path / "notes.txt.bak")
    files = expand([tmp_path], FORMATS)
    assert [f.path.relative_to(tmp_path).as_posix() for f in files] == [
        "year=2024/district=中山区/part-0.parquet",
        "year=2024/district=西岗区/part-1.parquet",
    ]
    assert files[1].partition == (("year", "2024"), ("district", "西岗区"))


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    one = touch(tmp_path / "logs" / "a.csv")
    other = touch(tmp_path / "logs" / "b.csv")
    (tmp_path / "link.csv").symlink_to(one)
    named = [
        one,
        tmp_path / "logs",
        tmp_path / "logs" / ".." / "logs" / "a.csv",
        tmp_path / "link.csv",
    ]
    once, again = distinct(expand(named, FORMATS))
    assert [f.path for f in once] == [one, other]
    assert len(again) == 3  # a.csv again by the folder, by ../logs/a.csv, by the link; not b.csv
    assert {f.path.name for f in again} == {"a.csv", "link.csv"}


def test_a_glob_expands_and_an_empty_one_is_a_usage_error(tmp_path: Path) -> None:
    a, b = touch(tmp_path / "a.parquet"), touch(tmp_path / "b.parquet")
    assert [f.path for f in expand([tmp_path / "*.parquet"], FORMATS)] == [a, b]
    with pytest.raises(UsageError):
        expand([tmp_path / "*.csv"], FORMATS)
    with pytest.raises(UsageError):
        expand([tmp_path / "missing.parquet"], FORMATS)


def test_partition_values_fill_only_the_columns_a_file_lacks() -> None:
    data = DataFile(Path("x.parquet"), (("year", "2024"), ("区县", "西岗区"), ("street", "s")))
    assert partition_columns(data, {"区县": "district"}, ["date", "street"]) == {
        "district": "西岗区"
    }


def test_the_hive_null_folder_is_a_null_value_and_pruned_by_a_district_filter() -> None:
    data = DataFile(Path("x.parquet"), (("district", "__HIVE_DEFAULT_PARTITION__"),))
    assert partition_columns(data, {}, ["date"]) == {"district": None}
    assert pruned(data, {}, None, None, "西岗区", None)
    assert not pruned(data, {}, None, None, None, None)


@pytest.mark.parametrize(
    ("partition", "kept"),
    [
        ((("district", "西岗区"),), True),
        ((("district", "中山区"),), False),
        ((("year", "2023"),), False),
        ((("year", "2024"), ("month", "2")), False),
        ((("year", "2024"), ("month", "3")), True),
        ((("date", "2024-03-31"),), True),
        ((("date", "2024-04-01"),), False),
        ((("year", "not-a-year"),), True),
    ],
)
def test_files_are_pruned_by_partition_only_when_every_row_is_outside(
    partition: tuple[tuple[str, str], ...], kept: bool
) -> None:
    data = DataFile(Path("x.parquet"), partition)
    march = (dt.date(2024, 3, 1), dt.date(2024, 3, 31))
    assert pruned(data, {}, *march, "西岗区", None) is not kept


def test_like_parquet_files_in_a_row_are_read_by_one_scan(tmp_path: Path) -> None:
    """Runs of consecutive Parquet files with the same columns and partition keys; a file with
    other columns, another partition key, or another format starts a run of its own."""
    import duckdb

    from qingdan.core.report.ingest import _groups

    con = duckdb.connect()

    def parquet(name: str, select: str = "SELECT 1 AS a, 'x' AS b") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        con.execute(f"COPY ({select}) TO '{path}' (FORMAT parquet)")
        return path

    files = [
        DataFile(parquet("p/1.parquet")),
        DataFile(parquet("p/2.parquet")),
        DataFile(parquet("p/3.parquet", "SELECT 1 AS a, 2 AS b")),  # b of another type
        DataFile(parquet("p/4.parquet", "SELECT 1 AS a, 2 AS b")),
        DataFile(touch(tmp_path / "5.csv")),
        DataFile(parquet("p/6.parquet")),
        DataFile(parquet("q/7.parquet"), (("district", "西岗区"),)),
        DataFile(parquet("q/8.parquet"), (("district", "中山区"),)),  # same key, other value
    ]
    assert _groups(con, files) == [[0, 1], [2, 3], [4], [5], [6, 7]]
    (tmp_path / "p" / "2.parquet").write_bytes(b"not parquet")
    assert _groups(con, files) == [[i] for i in range(8)]  # each alone: its reader says why


def test_a_chunk_is_sorted_only_when_it_holds_rows_of_several_files_of_one_scan() -> None:
    from qingdan.core.report.export import mixed

    empty = (0, -1)
    chunks = [
        ((0, 9), empty, empty, empty),  # the first file of the run 0..2
        (empty, (0, 4), (0, 2), empty),  # two files of it
        (empty, empty, (3, 7), (0, 5)),  # the run's last file, and the file alone
    ]
    assert mixed(chunks, [0, 3]) == {1}
    assert mixed(chunks, [0, 1, 2, 3]) == set()
