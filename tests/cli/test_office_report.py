"""``qingdan report`` on what auditors receive, and its answers in office formats (issue 11)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import run
from tests.office_files import EXPORT_HEADER, EXPORT_ROWS, FULL_MAP, gbk_export


def report(runner, workspace, *args):  # type: ignore[no-untyped-def]
    return run(runner, "report", "-w", str(workspace), *args)


def _metrics(out: Path) -> dict:  # type: ignore[type-arg]
    return json.loads((out / "metrics.json").read_text(encoding="utf-8"))


def test_the_gbk_export_gives_the_same_figures_with_no_map_as_with_a_full_one(
    runner, workspace, tmp_path
):
    data = gbk_export(tmp_path / "export.csv")
    bare = report(runner, workspace, str(data), "--out", str(tmp_path / "a"))
    full = report(runner, workspace, str(data), "--out", str(tmp_path / "b"), "--map", FULL_MAP)
    assert bare.exit_code == full.exit_code == 0, bare.output
    a, b = _metrics(tmp_path / "a"), _metrics(tmp_path / "b")
    for key in ("rows", "on_list_share", "off_list", "by_department", "by_month"):
        assert a[key] == b[key], key
    assert a["rows"] == {"read": 6, "judged": 6, "rejected": 0}
    assert {d["department"] for d in a["by_department"]} >= {"市民政局", "市城管局"}
    kinds = {k for k, titles in a["off_list_by_kind"].items() if titles}
    assert kinds >= {"evaluation", "ledger"}  # 事项类型 was read: not every row is a task
    (source,) = a["provenance"]["inputs"]
    assert source["encoding"] == "gb18030"
    assert source["columns"][0]["mapping"]["交办部门"] == "department"
    assert "交办部门→department" in bare.stderr


def test_map_naming_a_column_the_file_lacks_exits_2(runner, workspace, tmp_path):
    data = gbk_export(tmp_path / "export.csv")
    result = report(
        runner, workspace, str(data), "--out", str(tmp_path / "o"), "--map", "部门=department"
    )
    assert result.exit_code == 2
    assert "部门" in result.stderr and "交办部门" in result.stderr
    assert not (tmp_path / "o").exists()


def test_strict_refuses_a_file_with_a_column_it_cannot_map(runner, workspace, tmp_path):
    rows = [[*r, "13800000000"] for r in EXPORT_ROWS]
    buffer = io.StringIO()
    csv.writer(buffer).writerows([[*EXPORT_HEADER, "联系电话"], *rows])
    data = tmp_path / "x.csv"
    data.write_text(buffer.getvalue(), encoding="utf-8")
    loose = report(runner, workspace, str(data), "--out", str(tmp_path / "a"))
    assert loose.exit_code == 0 and "联系电话" in loose.stderr
    strict = report(runner, workspace, str(data), "--out", str(tmp_path / "b"), "--strict")
    assert strict.exit_code == 3 and "联系电话" in strict.stderr


def test_a_second_column_for_a_field_is_named_on_stderr_kept_in_metrics_and_strict_refuses(
    runner, workspace, tmp_path
):
    """Two columns that both mean the title: the first is read, the second is said, not lost."""
    rows = [[*r, "另一个名称"] for r in EXPORT_ROWS]
    buffer = io.StringIO()
    csv.writer(buffer).writerows([[*EXPORT_HEADER, "工作内容"], *rows])
    data = tmp_path / "x.csv"
    data.write_text(buffer.getvalue(), encoding="utf-8")
    loose = report(runner, workspace, str(data), "--out", str(tmp_path / "a"), "--lang", "en")
    assert loose.exit_code == 0, loose.output
    column = len(EXPORT_HEADER) + 1
    assert f'column {column} "工作内容" also maps to title' in loose.stderr
    (cols,) = _metrics(tmp_path / "a")["provenance"]["inputs"][0]["columns"]
    assert cols["mapping"]["工作内容"] is None and cols["unmapped"] == ["工作内容"]
    assert [d["header"] for d in cols["duplicates"]] == ["工作内容"]
    assert cols["duplicates"][0]["column"] == column and cols["duplicates"][0]["field"] == "title"
    strict = report(runner, workspace, str(data), "--out", str(tmp_path / "b"), "--strict")
    assert strict.exit_code == 3 and "工作内容" in strict.stderr
    assert not (tmp_path / "b").exists()


def test_dates_typed_with_full_width_digits_are_read(runner, workspace, tmp_path):
    data = tmp_path / "wide.csv"
    dates = [
        "２０２５－０４－０１",
        "２０２５年４月２日",
        "２０２５／４／３",
        "２０２５０４０４",
        "２０２５－１３－０１",
    ]
    rows = "".join(f"{d},长春路社区,修订居民公约\n" for d in dates)
    data.write_text("日期,社区,事项名称\n" + rows, encoding="utf-8")
    result = report(runner, workspace, str(data), "--out", str(tmp_path / "o"))
    assert result.exit_code == 0, result.output
    metrics = _metrics(tmp_path / "o")
    assert metrics["period"] == {"from": "2025-04-01", "to": "2025-04-04"}
    assert [(r["line"], r["code"]) for r in metrics["rejects"]] == [(6, "bad_date")]


def test_a_filter_that_matches_nothing_names_the_nearest_values(runner, workspace, tmp_path):
    data = gbk_export(tmp_path / "export.csv")
    result = report(
        runner, workspace, str(data), "--out", str(tmp_path / "o"), "--district", "西岗"
    )
    assert result.exit_code == 0
    assert "--district 西岗" in result.stderr and "西岗区" in result.stderr


def test_one_undecodable_line_is_a_reject_with_its_line_not_the_file(runner, workspace, tmp_path):
    data = gbk_export(tmp_path / "export.csv")
    lines = data.read_bytes().split(b"\r\n")
    lines[3] = lines[3][:10] + b"\x80\xff" + lines[3][10:]  # row R3 (line 4) is broken
    data.write_bytes(b"\r\n".join(lines))
    result = report(runner, workspace, str(data), "--out", str(tmp_path / "o"))
    assert result.exit_code == 0, result.output
    metrics = _metrics(tmp_path / "o")
    assert metrics["rows"] == {"read": 6, "judged": 5, "rejected": 1}
    assert [(r["line"], r["code"]) for r in metrics["rejects"]] == [(4, "encoding")]


def test_an_encoding_that_is_neither_utf8_nor_gbk_is_refused_with_a_hint(
    runner, workspace, tmp_path
):
    text = "日付,コミュニティ,タイトル\n" + "2025-04-01,東京都千代田区の町内会,住所確認テスト\n" * 5
    data = tmp_path / "sjis.csv"
    data.write_bytes(text.encode("shift_jis"))
    result = report(runner, workspace, str(data), "--out", str(tmp_path / "o"), "--lang", "en")
    assert result.exit_code == 3 and "--encoding" in result.stderr
    forced = report(runner, workspace, str(data), "--out", str(tmp_path / "o"), "--encoding",
                    "shift_jis", "--map", "日付=date,コミュニティ=community,タイトル=title")  # fmt: skip
    assert forced.exit_code == 0, forced.output
    assert _metrics(tmp_path / "o")["rows"]["judged"] == 5


@pytest.mark.parametrize(
    ("lang", "header", "label"),
    [("zh", "事项名称", "清单中没有"), ("en", "title", "not on any list")],
)
def test_violations_csv_speaks_the_interface_language_and_is_formula_safe(
    runner, workspace, tmp_path, lang, header, label
):
    rows = [*EXPORT_ROWS, ["R7", "2025-04-07", "西岗区", "人民广场街道", "长春路社区", "市民政局",
                           "工作事项", "", "=cmd|' /C calc'!A0", "1"]]  # fmt: skip
    data = gbk_export(tmp_path / "export.csv", rows)
    report(runner, workspace, str(data), "--out", str(tmp_path / "o"), "--lang", lang)
    text = (tmp_path / "o" / "violations.csv").read_text(encoding="utf-8-sig")
    table = list(csv.DictReader(io.StringIO(text)))
    assert header in table[0]
    verdict = list(table[0])[10]  # the 11th column: 判定 / verdict
    assert verdict == ("判定" if lang == "zh" else "verdict")
    assert label in {r[verdict] for r in table}
    titles = [r[header] for r in table]
    assert "'=cmd|' /C calc'!A0" in titles


def test_report_xlsx_holds_the_six_sheets(runner, workspace, tmp_path):
    import openpyxl

    data = gbk_export(tmp_path / "export.csv")
    report(runner, workspace, str(data), "--out", str(tmp_path / "o"), "--lang", "zh")
    book = openpyxl.load_workbook(tmp_path / "o" / "report.xlsx")
    assert book.sheetnames == [
        "主要数据",
        "按部门",
        "按街道社区",
        "按月份",
        "清单外事项",
        "无法读取的行",
    ]
    headline = dict(book["主要数据"].iter_rows(min_row=2, values_only=True))
    assert headline["读取行数"] == 6 and headline["判定行数"] == 6
    places = list(book["按街道社区"].iter_rows(min_row=2, values_only=True))
    assert places[0][:3] == ("中山区", "桃源街道", "（全街道）")
    titles = {r[1] for r in book["清单外事项"].iter_rows(min_row=2, values_only=True)}
    assert "垃圾分类排名" in titles


def test_every_sheet_of_an_activity_workbook_is_read_and_named_in_rejects(
    runner, workspace, tmp_path
):
    from openpyxl import Workbook

    book = Workbook()
    april = book.active
    april.title = "4月"
    april["A1"] = "西岗区社区工作日志（4月）"
    april.merge_cells("A1:E1")
    april.append(["日期", "社区", "事项名称", "事项类型", "工时"])
    april.append(["2025/4/1", "长春路社区", "修订居民公约", "工作事项", 2])
    april.append([45749, "长春路社区", "垃圾分类排名", "评比", 1])  # a serial date cell
    may = book.create_sheet("5月")
    may.append(["办理日期", "村居", "工作事项", "类型", "用时"])
    may.append(["2025-05-01", "长春路社区", "修订居民公约", "工作事项", 1])
    may.append(["不是日期", "长春路社区", "修订居民公约", "工作事项", 1])
    book.create_sheet("说明").append(["每月一张表"])
    book.create_sheet("Sheet3")  # empty: not worth a word
    book.save(tmp_path / "日志.xlsx")
    result = report(runner, workspace, str(tmp_path / "日志.xlsx"), "--out", str(tmp_path / "o"))
    assert result.exit_code == 0, result.output
    metrics = _metrics(tmp_path / "o")
    # the sheet with cells but no header is not read, and said so: on stderr and in metrics.json
    assert metrics["provenance"]["inputs"][0]["skipped_sheets"] == ["说明"]
    (said,) = [line for line in result.stderr.splitlines() if "说明" in line]
    assert "skipped sheets" in said and "Sheet3" not in result.stderr
    assert metrics["rows"] == {"read": 4, "judged": 3, "rejected": 1}
    assert [(Path(r["file"]).name, r["line"], r["code"]) for r in metrics["rejects"]] == [
        ("日志.xlsx#5月", 3, "bad_date")
    ]
    assert [m["month"] for m in metrics["by_month"]] == ["2025-04", "2025-05"]
    sheets = [c["sheet"] for c in metrics["provenance"]["inputs"][0]["columns"]]
    assert sheets == ["4月", "5月"]
    only = report(runner, workspace, str(tmp_path / "日志.xlsx"), "--out", str(tmp_path / "p"),
                  "--sheet", "5月")  # fmt: skip
    assert only.exit_code == 0 and _metrics(tmp_path / "p")["rows"]["read"] == 2


def test_a_word_document_given_to_report_is_refused_with_what_to_export(
    runner, workspace, tmp_path
):
    data = tmp_path / "日志.docx"
    data.write_bytes(b"PK\x03\x04")
    result = report(runner, workspace, str(data), "--out", str(tmp_path / "o"), "--lang", "zh")
    assert result.exit_code == 2 and "另存为 .xlsx" in result.stderr
