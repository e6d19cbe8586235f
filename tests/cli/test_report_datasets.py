"""Reports over datasets as auditors keep them: a hive-partitioned folder gives the same figures
as the single file, filters prune partitions, and violations stream out in input order."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from urllib.parse import unquote

import duckdb
import pytest
from typer.testing import CliRunner

from tests.conftest import run


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """One generated Parquet file, and the same rows as a year=/district= partitioned folder."""
    from qingdan.core.lists.model import load_lists
    from qingdan.core.report.synth import generate
    from qingdan.workspace import load

    root = tmp_path_factory.mktemp("dataset")
    single = root / "all.parquet"
    generate(load_lists(load(Path(__file__).parents[2]).list_paths), single, 3000, seed=5)
    folder = root / "by-district"
    con = duckdb.connect()
    con.execute(
        f"COPY (SELECT *, year(date) AS year FROM read_parquet('{single}')) TO '{folder}' "
        "(FORMAT parquet, PARTITION_BY (year, district))"
    )
    return single, folder


def metrics(runner: CliRunner, workspace: Path, out: Path, *args: str) -> dict:
    result = run(runner, "report", *args, "--out", str(out), "-w", str(workspace))
    assert result.exit_code == 0, result.output
    return json.loads((out / "metrics.json").read_text(encoding="utf-8"))


def side_by_side(
    runner: CliRunner, workspace: Path, out: Path, single: Path, folder: Path
) -> tuple[dict, dict, list]:
    """The metrics of ``single`` and of ``folder`` without their inputs, and the folder's."""
    one = metrics(runner, workspace, out / "one", str(single))
    many = metrics(runner, workspace, out / "many", str(folder))
    one["provenance"].pop("inputs")
    return one, many, many["provenance"].pop("inputs")


def test_a_partitioned_folder_gives_the_same_figures_as_the_single_file(
    runner: CliRunner, workspace: Path, tmp_path: Path, data: tuple[Path, Path]
) -> None:
    one, many, inputs = side_by_side(runner, workspace, tmp_path, *data)
    assert len(inputs) > 5 and all("district=" in i["path"] for i in inputs)
    assert sum(i["rows"] for i in inputs) == many["rows"]["read"] == 3000
    assert many == one


def test_a_file_given_twice_is_counted_once_and_said(
    runner: CliRunner, workspace: Path, tmp_path: Path, data: tuple[Path, Path]
) -> None:
    single, folder = data
    part = next(p for p in sorted(folder.rglob("*.parquet")))
    twice = run(runner, "report", str(single), str(single), "--out", str(tmp_path / "a"),
                "-w", str(workspace))  # fmt: skip
    assert twice.exit_code == 0, twice.output
    doc = json.loads((tmp_path / "a" / "metrics.json").read_text(encoding="utf-8"))
    assert doc["rows"]["read"] == 3000 and len(doc["provenance"]["inputs"]) == 1
    assert doc["provenance"]["repeated"] == [str(single)]
    assert str(single) in twice.stderr and "read once" in twice.stderr
    both = metrics(runner, workspace, tmp_path / "b", str(folder), str(part))
    assert both["rows"]["read"] == 3000 and len(both["provenance"]["repeated"]) == 1


@pytest.mark.parametrize(
    ("date", "hours"),
    [
        # an instant at 01:00 in China: 17:00 the day before in UTC, whatever this machine's zone
        ("timezone('Asia/Shanghai', date + INTERVAL 1 HOUR)", "CAST(hours AS DECIMAL(6, 2))"),
        ("date + INTERVAL 1410 MINUTE", "CAST(round(hours * 2) AS SMALLINT) / 2"),  # 23:30
    ],
    ids=["zoned-decimal", "wall-clock-smallint"],
)
def test_timestamps_and_decimal_hours_give_the_figures_of_plain_dates(
    runner: CliRunner,
    workspace: Path,
    tmp_path: Path,
    data: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
    date: str,
    hours: str,
) -> None:
    single, _ = data
    timed = tmp_path / "timed.parquet"
    duckdb.connect().execute(
        f"COPY (SELECT * REPLACE ({date} AS date, {hours} AS hours) FROM read_parquet('{single}'))"
        f" TO '{timed}' (FORMAT parquet)"
    )
    monkeypatch.setenv("TZ", "America/New_York")  # a machine far from the data's zone
    one = metrics(runner, workspace, tmp_path / "one", str(single))
    other = metrics(runner, workspace, tmp_path / "other", str(timed))
    one["provenance"].pop("inputs")
    other["provenance"].pop("inputs")
    if "SMALLINT" in hours:  # whole or half hours: compare what does not depend on them
        for m in (one, other):
            for key in ("off_list", "by_department", "by_district", "by_community", "by_month"):
                m.pop(key)
            m.pop("off_list_by_kind"), m.pop("retired_still_done")
    assert other == one


def test_district_and_dates_prune_partitions_and_keep_the_figures(
    runner: CliRunner, workspace: Path, tmp_path: Path, data: tuple[Path, Path]
) -> None:
    single, folder = data
    query = f"SELECT min(district) FROM read_parquet('{single}')"
    district = duckdb.connect().execute(query).fetchall()[0][0]
    args = ("--district", district, "--from", "2024-01-01", "--to", "2024-06-30")
    one = metrics(runner, workspace, tmp_path / "one", str(single), *args)
    many = metrics(runner, workspace, tmp_path / "many", str(folder), *args)
    read = many["provenance"].pop("inputs")
    assert len(read) == 1 and f"district={district}" in unquote(read[0]["path"])
    assert many["provenance"].pop("pruned") and not one["provenance"].pop("pruned")
    # Every row of a file that is read is in the report or excluded; a pruned file is not read,
    # its rows (from its footer) are excluded too: the dataset's rows add up either way.
    (whole,) = one["provenance"].pop("inputs")
    assert whole["rows"] + whole["excluded"] == 3000 == one["excluded"] + one["rows"]["read"]
    held = (
        duckdb.connect()
        .execute(f"SELECT count(*) FROM read_parquet('{single}') WHERE district = ?", [district])
        .fetchall()[0][0]
    )
    assert read[0]["rows"] + read[0]["excluded"] == held
    assert read[0]["rows"] == many["rows"]["read"]
    assert many["provenance"].pop("pruned_rows") == 3000 - held
    assert one["provenance"].pop("pruned_rows") == 0
    assert many["excluded"] == read[0]["excluded"] + 3000 - held
    assert many == one


@pytest.fixture(scope="module")
def holes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Rows of which some have no district or no street, as one file and as a folder
    partitioned by district: Hive, Spark, pyarrow and DuckDB write NULL as
    ``district=__HIVE_DEFAULT_PARTITION__`` (and percent-encode the other values)."""
    from qingdan.core.lists.model import load_lists
    from qingdan.core.report.synth import generate
    from qingdan.workspace import load

    root = tmp_path_factory.mktemp("holes")
    generated, single, folder = root / "g.parquet", root / "one.parquet", root / "parts"
    generate(load_lists(load(Path(__file__).parents[2]).list_paths), generated, 2000, seed=9)
    con = duckdb.connect()
    con.execute(
        f"COPY (SELECT * REPLACE (CASE WHEN hash(activity_id) % 5 = 0 THEN NULL ELSE district "
        f"END AS district, CASE WHEN hash(activity_id) % 7 = 0 THEN NULL ELSE street END AS "
        f"street) FROM read_parquet('{generated}')) TO '{single}' (FORMAT parquet)"
    )
    con.execute(
        f"COPY (SELECT * FROM read_parquet('{single}')) TO '{folder}' "
        "(FORMAT parquet, PARTITION_BY (district))"
    )
    assert (folder / "district=__HIVE_DEFAULT_PARTITION__").is_dir()
    return single, folder


def test_rows_with_no_district_count_the_same_from_a_partitioned_folder(
    runner: CliRunner, workspace: Path, tmp_path: Path, holes: tuple[Path, Path]
) -> None:
    one, many, _ = side_by_side(runner, workspace, tmp_path, *holes)
    assert None in {d["district"] for d in many["by_district"]}
    assert "__HIVE_DEFAULT_PARTITION__" not in json.dumps(many["by_district"])
    assert many == one


@pytest.mark.parametrize("option", ["--district", "--street"])
def test_rows_with_no_district_or_street_are_excluded_by_its_filter_never_lost(
    runner: CliRunner, workspace: Path, tmp_path: Path, holes: tuple[Path, Path], option: str
) -> None:
    from qingdan.core.lists.model import load_lists
    from qingdan.core.report.build import Filters, build_report
    from qingdan.workspace import load

    single, _ = holes
    column = option.removeprefix("--")
    con = duckdb.connect()
    value, empty = con.execute(
        f"SELECT min({column}), count(*) FILTER (WHERE {column} IS NULL) "
        f"FROM read_parquet('{single}')"
    ).fetchall()[0]
    assert empty > 0
    report = build_report(
        con,
        [single],
        load_lists(load(workspace).list_paths),
        filters=Filters(**{column: value}),  # type: ignore[arg-type]
    )
    assert report.rows["read"] + report.excluded == 2000
    assert report.excluded >= empty


def test_a_glob_reads_every_matching_file(
    runner: CliRunner, workspace: Path, tmp_path: Path, data: tuple[Path, Path]
) -> None:
    _, folder = data
    everything = metrics(runner, workspace, tmp_path / "a", str(folder))
    globbed = metrics(runner, workspace, tmp_path / "b", str(folder / "**" / "*.parquet"))
    assert globbed["rows"] == everything["rows"]


@pytest.mark.parametrize("rows", [40, 3000])
def test_violations_come_out_in_input_order_file_by_file(
    runner: CliRunner, workspace: Path, tmp_path: Path, rows: int
) -> None:
    from qingdan.core.lists.model import load_lists
    from qingdan.core.report.synth import generate
    from qingdan.workspace import load

    first, second = tmp_path / "b.parquet", tmp_path / "a.parquet"
    generate(load_lists(load(workspace).list_paths), first, rows, seed=2)
    second.write_bytes(first.read_bytes())
    metrics(runner, workspace, tmp_path / "out", str(first), str(second))
    with (tmp_path / "out" / "violations.csv").open(encoding="utf-8-sig") as fh:
        rows = [(r["file"], int(r["line"])) for r in csv.DictReader(fh)]
    files = [f for f, _ in rows]
    assert files.index(str(second)) == files.count(str(first))  # b first, then a
    assert rows == sorted(rows, key=lambda r: (r[0] != str(first), r[1]))


def test_text_without_its_utf8_type_and_eight_digit_dates_read_as_the_plain_file(
    runner: CliRunner, workspace: Path, tmp_path: Path, data: tuple[Path, Path]
) -> None:
    """Hive and Impala write text as BINARY with no UTF8 type, and offices write 20240315:
    the same rows as plain text and ISO dates; 2024035 is no date, in either file."""
    single, _ = data
    first = f"(SELECT min(activity_id) FROM read_parquet('{single}'))"
    day = f"CASE WHEN activity_id = {first} THEN 2024035 ELSE CAST(strftime(date, '%Y%m%d') AS INTEGER) END"
    raw, plain = tmp_path / "raw.parquet", tmp_path / "plain.parquet"
    con = duckdb.connect()
    con.execute(
        f"COPY (SELECT * REPLACE (encode(title) AS title, encode(community) AS community, "
        f"encode(kind) AS kind, {day} AS date) FROM read_parquet('{single}')) TO '{raw}' "
        "(FORMAT parquet)"
    )
    con.execute(
        f"COPY (SELECT * REPLACE (CASE WHEN activity_id = {first} THEN '2024035' ELSE "
        f"CAST(date AS VARCHAR) END AS date) FROM read_parquet('{single}')) TO '{plain}' "
        "(FORMAT parquet)"
    )
    types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE '{raw}')").fetchall())
    assert (types["title"], types["date"]) == ("BLOB", "INTEGER")
    expected = metrics(runner, workspace, tmp_path / "plain", str(plain))
    got = metrics(runner, workspace, tmp_path / "raw", str(raw))
    assert got["rows"] == {"read": 3000, "judged": 2999, "rejected": 1}
    assert [r["code"] for r in got["rejects"]] == ["bad_date"]
    for m in (expected, got):
        m["provenance"].pop("inputs")
        m["rejects"][0].pop("file")
    assert got == expected


def test_hundreds_of_files_read_as_one_dataset_with_every_file_accounted_for(
    runner: CliRunner, workspace: Path, tmp_path: Path, data: tuple[Path, Path]
) -> None:
    """A folder of 300 files (daily partitions make thousands): one scan for the like files,
    the same figures as the single file, each file's own row count, rows in input order."""
    single, _ = data
    folder = tmp_path / "daily"
    folder.mkdir()
    con = duckdb.connect()
    con.execute(f"CREATE TABLE t AS SELECT * FROM read_parquet('{single}')")
    for n in range(300):
        con.execute(
            f"COPY (SELECT * FROM t LIMIT 10 OFFSET {n * 10}) TO '{folder / f'{n:03d}.parquet'}' "
            "(FORMAT parquet)"
        )
    one, many, inputs = side_by_side(runner, workspace, tmp_path, single, folder)
    assert [i["rows"] for i in inputs] == [10] * 300
    assert many == one
    with (tmp_path / "many" / "violations.csv").open(encoding="utf-8-sig") as fh:
        rows = [(r["file"], int(r["line"])) for r in csv.DictReader(fh)]
    assert rows == sorted(rows) and len({f for f, _ in rows}) > 100


def test_a_csv_partition_outside_the_filters_is_read_so_its_rows_are_counted_excluded(
    runner: CliRunner, workspace: Path, tmp_path: Path, data: tuple[Path, Path]
) -> None:
    single, _ = data
    folder = tmp_path / "csv-parts"
    duckdb.connect().execute(
        f"COPY (SELECT * FROM read_parquet('{single}')) TO '{folder}' "
        "(FORMAT csv, HEADER true, PARTITION_BY (district))"
    )
    query = f"SELECT min(district) FROM read_parquet('{single}')"
    district = duckdb.connect().execute(query).fetchall()[0][0]
    one = metrics(runner, workspace, tmp_path / "one", str(single), "--district", district)
    many = metrics(runner, workspace, tmp_path / "many", str(folder), "--district", district)
    inputs = many["provenance"].pop("inputs")
    assert len(inputs) > 5 and not many["provenance"]["pruned"]  # no footer counts CSV rows
    assert sum(i["rows"] + i["excluded"] for i in inputs) == 3000
    one["provenance"].pop("inputs")
    assert many["excluded"] == one["excluded"] > 0
    assert many == one


def test_a_damaged_parquet_partition_outside_the_filters_is_named_not_passed_over(
    runner: CliRunner, workspace: Path, tmp_path: Path, data: tuple[Path, Path]
) -> None:
    import shutil

    single, folder = data
    copy = tmp_path / "parts"
    shutil.copytree(folder, copy)
    district = (
        duckdb.connect()
        .execute(f"SELECT min(district) FROM read_parquet('{single}')")
        .fetchall()[0][0]
    )
    other = next(p for p in sorted(copy.rglob("*.parquet")) if district not in unquote(str(p)))
    other.write_bytes(b"not a parquet file")  # no footer: its rows cannot be counted unread
    result = run(runner, "report", str(copy), "--district", district,
                 "--out", str(tmp_path / "out"), "-w", str(workspace))  # fmt: skip
    assert result.exit_code == 3, result.output
    assert other.name in result.stderr and "LINE 1" not in result.stderr
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_unreadable_rows_of_a_pruned_district_are_neither_read_nor_rejected_as_in_the_file(
    runner: CliRunner, workspace: Path, tmp_path: Path
) -> None:
    """Dirty rows (bad dates, hours, missing communities) of the districts outside --district
    are outside the report from the single file, as they are from a folder that prunes them."""
    from qingdan.core.lists.model import load_lists
    from qingdan.core.report.synth import generate
    from qingdan.workspace import load

    single, folder = tmp_path / "dirty.parquet", tmp_path / "parts"
    generate(load_lists(load(workspace).list_paths), single, 3000, seed=3, dirty=True)
    con = duckdb.connect()
    con.execute(
        f"COPY (SELECT * FROM read_parquet('{single}')) TO '{folder}' "
        "(FORMAT parquet, PARTITION_BY (district))"
    )
    district = con.execute(
        f"SELECT district FROM read_parquet('{single}') GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    ).fetchall()[0][0]
    one = metrics(runner, workspace, tmp_path / "one", str(single), "--district", district)
    many = metrics(runner, workspace, tmp_path / "many", str(folder), "--district", district)
    assert many["provenance"]["pruned"] and one["rows"]["rejected"] > 0
    for m in (one, many):
        m.pop("provenance")
        m["rejects"] = sorted((r["code"], str(r["reason"])) for r in m.pop("rejects"))
    assert many == one
    assert one["rows"]["read"] + one["excluded"] == 3000
