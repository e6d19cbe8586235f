"""The generate, report and sql commands: outputs and every exit status they use."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import run

INPUT = Path(__file__).parents[1] / "golden" / "report" / "input.csv"


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copy(INPUT, tmp_path / "input.csv")
    return tmp_path


def test_report_writes_five_files_and_exits_0(
    runner: CliRunner, workspace: Path, here: Path
) -> None:
    result = run(runner, "report", "input.csv", "--out", "out", "-w", str(workspace))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (here / "out").iterdir()) == [
        "metrics.json",
        "report.html",
        "report.md",
        "report.xlsx",
        "violations.csv",
    ]


def test_report_json_output_is_the_metrics_envelope(
    runner: CliRunner, workspace: Path, here: Path
) -> None:
    result = run(
        runner, "report", "input.csv", "--out", "out", "-w", str(workspace), "--format", "json"
    )
    doc = json.loads(result.stdout)
    assert doc["schema_version"] == 1 and doc["metrics"]["rows"]["read"] == 20


def test_fail_on_off_list_exits_1_when_work_is_off_the_lists(
    runner: CliRunner, workspace: Path, here: Path
) -> None:
    result = run(
        runner, "report", "input.csv", "--out", "out", "-w", str(workspace), "--fail-on-off-list"
    )
    assert result.exit_code == 1


def test_a_period_that_ends_before_it_starts_exits_2_writing_nothing(
    runner: CliRunner, workspace: Path, here: Path
) -> None:
    args = ("--from", "2024-06-01", "--to", "2024-01-01")
    result = run(runner, "report", "input.csv", "--out", "out", "-w", str(workspace), *args)
    assert result.exit_code == 2
    assert "2024-06-01" in result.stderr and "--to" in result.stderr
    assert not (here / "out").exists()
    same_day = ("--from", "2024-01-01", "--to", "2024-01-01")
    ok = run(runner, "report", "input.csv", "--out", "out", "-w", str(workspace), *same_day)
    assert ok.exit_code == 0, ok.output
    # the dates as the data may write them are the same days
    other = ("--from", "2024/1/1", "--to", "２０２４年１月１日")
    again = run(runner, "report", "input.csv", "--out", "o2", "-w", str(workspace), *other)
    assert again.exit_code == 0, again.output
    assert (here / "o2" / "metrics.json").read_bytes() == (
        here / "out" / "metrics.json"
    ).read_bytes()
    serial = run(
        runner, "report", "input.csv", "--out", "o3", "-w", str(workspace), "--to", "45000"
    )
    assert serial.exit_code == 2 and "45000" in serial.stderr


def test_a_missing_file_exits_2(runner: CliRunner, workspace: Path, here: Path) -> None:
    result = run(runner, "report", "nope.csv", "--out", "out", "-w", str(workspace))
    assert result.exit_code == 2
    assert "nope.csv" in result.stderr and not (here / "out").exists()


def test_a_bad_map_or_date_exits_2(runner: CliRunner, workspace: Path, here: Path) -> None:
    assert (
        run(
            runner, "report", "input.csv", "--out", "o", "-w", str(workspace), "--map", "日期=when"
        ).exit_code
        == 2
    )
    assert (
        run(
            runner,
            "report",
            "input.csv",
            "--out",
            "o",
            "-w",
            str(workspace),
            "--from",
            "2024-13-01",
        ).exit_code
        == 2
    )


def test_an_undecodable_file_exits_3_and_writes_nothing(
    runner: CliRunner, workspace: Path, here: Path
) -> None:
    (here / "bad.csv").write_bytes(b"date,community,title\n\xff\xfe\xff\x80\x80\n")
    result = run(runner, "report", "bad.csv", "--out", "out", "-w", str(workspace))
    assert result.exit_code == 3
    assert "bad.csv" in result.stderr and not (here / "out").exists()


def test_the_map_option_maps_chinese_headers(
    runner: CliRunner, workspace: Path, here: Path
) -> None:
    text = "时间,所在社区,内容\n2024-03-01,林茂社区,低保公示\n"
    (here / "cn.csv").write_text(text, encoding="utf-8")
    result = run(
        runner,
        "report",
        "cn.csv",
        "--out",
        "out",
        "-w",
        str(workspace),
        "--map",
        "时间=date,所在社区=community,内容=title",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["metrics"]["on_list_share"] == 1.0


def test_generate_then_report_then_sql(runner: CliRunner, workspace: Path, here: Path) -> None:
    assert (
        run(
            runner,
            "generate",
            "--rows",
            "2000",
            "--seed",
            "3",
            "--out",
            "log.parquet",
            "-w",
            str(workspace),
        ).exit_code
        == 0
    )
    result = run(
        runner, "report", "log.parquet", "--out", "out", "--db", "kept.duckdb", "-w", str(workspace)
    )
    assert result.exit_code == 0, result.output
    result = run(
        runner,
        "sql",
        "SELECT count(*) AS n FROM activities",
        "--db",
        "kept.duckdb",
        "--format",
        "json",
        "-w",
        str(workspace),
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["rows"] == [{"n": 2000}]


def test_generate_refuses_an_unknown_extension_with_exit_2(
    runner: CliRunner, workspace: Path, here: Path
) -> None:
    assert run(runner, "generate", "--out", "log.txt", "-w", str(workspace)).exit_code == 2


def test_sql_without_a_database_or_with_bad_sql_exits_2(
    runner: CliRunner, workspace: Path, here: Path
) -> None:
    assert (
        run(runner, "sql", "SELECT 1", "--db", "none.duckdb", "-w", str(workspace)).exit_code == 2
    )
    import duckdb

    duckdb.connect(str(here / "k.duckdb")).close()
    assert run(runner, "sql", "SELEC 1", "--db", "k.duckdb", "-w", str(workspace)).exit_code == 2
    # a CSV given for the database is named as not a DuckDB file (exit 3), not a DuckDB riddle
    (here / "log.csv").write_text("date,community,title\n", encoding="utf-8")
    wrong = run(runner, "sql", "SELECT 1", "--db", "log.csv", "-w", str(workspace))
    assert wrong.exit_code == 3 and "log.csv is not a DuckDB database" in wrong.stderr
    assert run(runner, "sql", "SELECT 1", "--db", ".", "-w", str(workspace)).exit_code == 2


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\n\n"], ids=["empty", "bom", "blank"])
def test_a_file_with_no_header_says_so_and_exits_3(
    runner: CliRunner, workspace: Path, here: Path, content: bytes
) -> None:
    (here / "nothing.csv").write_bytes(content)
    result = run(runner, "report", "nothing.csv", "--out", "out", "-w", str(workspace))
    assert result.exit_code == 3 and "no header found" in result.stderr, result.output
    assert not (here / "out").exists()
    asked = run(runner, "check", "nothing.csv", "-w", str(workspace))
    assert asked.exit_code == 3 and "no header found" in asked.stderr, asked.output
    assert "columns" not in asked.stderr  # no empty column mapping line


def test_an_empty_log_gives_an_empty_report_not_an_error(
    runner: CliRunner, workspace: Path, here: Path
) -> None:
    (here / "empty.csv").write_text("date,community,title\n", encoding="utf-8")
    result = run(
        runner, "report", "empty.csv", "--out", "out", "-w", str(workspace), "--format", "json"
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads(result.stdout)["metrics"]
    assert metrics["rows"] == {"read": 0, "judged": 0, "rejected": 0}
    assert metrics["on_list_share"] is None
