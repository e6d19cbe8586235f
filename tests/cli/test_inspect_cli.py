"""``qingdan inspect``: how a file will be read, the same way report and check read it."""

from __future__ import annotations

import json

from tests.conftest import run
from tests.office_files import clerk_workbook, gbk_export


def inspect(runner, workspace, *args):  # type: ignore[no-untyped-def]
    return run(runner, "inspect", "-w", str(workspace), *args)


def test_a_gbk_export_shows_its_encoding_mapping_and_rows_as_judged(runner, workspace, tmp_path):
    data = gbk_export(tmp_path / "export.csv")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = inspect(runner, workspace, str(data), "-f", "json")
    assert result.exit_code == 0, result.output
    (one,) = json.loads(result.stdout)["files"]
    assert (one["format"], one["encoding"], one["table"]) == ("csv", "GB18030", "activity")
    (sheet,) = one["sheets"]
    assert sheet["rows"] == 6 and sheet["rejected"] == 0 and sheet["header_line"] == 1
    assert sheet["columns"]["交办部门"] == "department" and sheet["unmapped"] == []
    first, second, third = sheet["preview"][:3]
    assert (first["line"], first["date"], first["kind"]) == (2, "2025-04-01", "task")
    assert (second["date"], second["kind"], second["item_id"]) == (
        "2025-04-02",
        "certificate",
        "ZM-001",
    )
    assert third["date"] == "2025-04-03" and third["kind"] == "evaluation"
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # writes nothing


def test_a_clerks_workbook_reads_as_requests_below_its_title(runner, workspace, tmp_path):
    path = clerk_workbook(tmp_path / "汇总.xlsx")
    result = inspect(runner, workspace, str(path), "--lang", "zh")
    assert result.exit_code == 0, result.output
    assert "按申请表读取" in result.stdout and "表头在第 3 行" in result.stdout
    assert "跳过没有可识别表头的工作表：填表说明" in result.stdout
    assert "id=汇总.xlsx:4" in result.stdout and "kind=certificate" in result.stdout


def test_inspect_exits_2_for_a_missing_file_or_a_map_header_the_file_lacks(
    runner, workspace, tmp_path
):
    assert inspect(runner, workspace, str(tmp_path / "无.csv")).exit_code == 2
    data = gbk_export(tmp_path / "export.csv")
    result = inspect(runner, workspace, str(data), "--as", "activity", "--map", "部门=department")
    assert result.exit_code == 2 and "交办部门" in result.stderr


def test_an_ambiguous_encoding_exits_3_with_the_hint(runner, workspace, tmp_path):
    data = tmp_path / "sjis.csv"
    data.write_bytes(
        ("日付,タイトル\n" + "2025-04-01,東京都千代田区の町内会の住所確認\n" * 5).encode(
            "shift_jis"
        )
    )
    result = inspect(runner, workspace, str(data))
    assert result.exit_code == 3 and "--encoding" in result.stderr
