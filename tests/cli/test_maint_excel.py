"""``qingdan export --format xlsx`` and ``qingdan import``: round trip, edits, every error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tests.conftest import run


def _export(runner, workspace: Path) -> Path:  # type: ignore[no-untyped-def]
    out = workspace / "lists.xlsx"
    result = run(runner, "export", "-w", str(workspace), "--format", "xlsx", "--out", str(out))
    assert result.exit_code == 0, result.output
    return out


def _snapshot(workspace: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((workspace / "lists").glob("*.yaml"))}


def test_export_then_import_changes_no_byte(runner, workspace):
    before = _snapshot(workspace)
    book = _export(runner, workspace)
    result = run(runner, "import", "-w", str(workspace), str(book))
    assert result.exit_code == 0, result.output
    assert "no changes" in result.stdout
    assert _snapshot(workspace) == before


def test_the_workbook_has_a_sheet_per_list_with_chinese_headers_and_ids(runner, workspace):
    book = load_workbook(_export(runner, workspace))
    assert len(book.sheetnames) == 9  # seven lists + the national negative list + prohibited tasks
    sheet = book["社区出具证明事项清单"]
    assert [c.value for c in sheet[1]][:3] == ["编号", "事项名称", "别名"]
    assert sheet["A2"].value == "ZM-001"


def test_an_edited_workbook_changes_only_the_edited_items_and_keeps_ids(runner, workspace):
    path = _export(runner, workspace)
    book = load_workbook(path)
    sheet = book["社区出具证明事项清单"]
    sheet["B3"] = "出具生活困难证明"
    sheet.append(
        [
            "ZM-099",
            "新证明事项",
            "别名甲\n别名乙",
            None,
            "市民政局",
            "中华人民共和国城市居民委员会组织法|第三条",
            "2024-01-01",
            "2024-02-01",
            None,
            "有效",
            None,
            None,
            "测试",
        ]
    )
    book.save(path)
    before = (workspace / "lists" / "certificates.yaml").read_text(encoding="utf-8")
    result = run(runner, "import", "-w", str(workspace), str(path), "-f", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)["lists"]["certificates"]
    assert summary == {"added": ["ZM-099"], "changed": ["ZM-002"], "missing": []}
    after = (workspace / "lists" / "certificates.yaml").read_text(encoding="utf-8")
    assert after.startswith("# yaml-language-server: $schema=../schemas/list.schema.json\n")
    assert "    title: 出具生活困难证明\n" in after
    assert "  - id: ZM-099\n    title: 新证明事项\n    aliases: [别名甲, 别名乙]\n" in after
    assert '    published_on: "2024-01-01"\n' in after
    assert "      - {law: 中华人民共和国城市居民委员会组织法, article: 第三条}\n" in after
    changed = [a for a, b in zip(before.splitlines(), after.splitlines(), strict=False) if a != b]
    assert len(changed) == 1
    assert run(runner, "validate", "-w", str(workspace)).exit_code == 0


def test_a_row_left_out_of_the_sheet_keeps_its_item_and_is_reported(runner, workspace):
    path = _export(runner, workspace)
    book = load_workbook(path)
    book["城乡社区挂牌清单"].delete_rows(2)
    book.save(path)
    before = _snapshot(workspace)
    result = run(runner, "import", "-w", str(workspace), str(path))
    assert result.exit_code == 0
    assert "missing: GP-001" in result.stdout
    assert _snapshot(workspace) == before


def test_dry_run_reports_without_writing(runner, workspace):
    path = _export(runner, workspace)
    book = load_workbook(path)
    book["社区出具证明事项清单"]["B2"] = "改名"
    book.save(path)
    before = _snapshot(workspace)
    result = run(runner, "import", "-w", str(workspace), str(path), "--dry-run")
    assert result.exit_code == 0 and "1 changed" in result.stdout
    assert _snapshot(workspace) == before


def test_an_import_that_would_not_validate_exits_1_and_writes_nothing(runner, workspace):
    path = _export(runner, workspace)
    book = load_workbook(path)
    book["社区出具证明事项清单"]["B3"] = book["社区出具证明事项清单"]["B2"].value  # same title
    book.save(path)
    before = _snapshot(workspace)
    result = run(runner, "import", "-w", str(workspace), str(path))
    assert result.exit_code == 1
    assert _snapshot(workspace) == before


def _one_sheet(path: Path, title: str, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("title", "rows", "code", "message"),
    [
        (
            "社区出具证明事项清单",
            [["编号", "事项名称", "备注"], ["ZM-001", "x", "y"]],
            2,
            "sheet “社区出具证明事项清单” row 1: unknown column(s) 备注",
        ),
        ("社区出具证明事项清单", [["事项名称"], ["x"]], 2, "row 1: no id (编号) column"),
        ("社区出具证明事项清单", [["编号", "事项名称"], [None, "x"]], 2, "row 2: empty id"),
        (
            "社区出具证明事项清单",
            [["编号"], ["ZM-001"], ["ZM-001"]],
            2,
            "row 3: duplicate id ZM-001",
        ),
        ("社区出具证明事项清单", [["编号"], ["XZ-001"]], 2, "duplicate id XZ-001"),
        ("别的表", [["编号"], ["ZM-001"]], 2, "sheet “别的表” matches no list"),
        (
            "certificates",
            [["编号", "生效日期"], ["ZM-001", "下个月"]],
            3,
            "row 2, column “生效日期”: not a date",
        ),
        (  # a typo, not a prefix to keep: it was read as 2022-07-01
            "certificates",
            [["编号", "生效日期"], ["ZM-001", "2022-07-015"]],
            3,
            "row 2, column “生效日期”: not a date",
        ),
    ],
)
def test_bad_workbooks_are_clear_errors(runner, workspace, tmp_path, title, rows, code, message):
    path = _one_sheet(tmp_path / "bad.xlsx", title, rows)
    before = _snapshot(workspace)
    result = run(runner, "import", "-w", str(workspace), str(path))
    assert result.exit_code == code
    assert message in result.stderr
    assert _snapshot(workspace) == before


def test_a_file_that_is_not_xlsx_exits_3(runner, workspace, tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    result = run(runner, "import", "-w", str(workspace), str(path))
    assert result.exit_code == 3
    assert "not a readable xlsx file" in result.stderr


def test_export_without_out_and_import_of_a_missing_file_exit_2(runner, workspace):
    assert run(runner, "export", "-w", str(workspace)).exit_code == 2
    assert run(runner, "import", "-w", str(workspace), "nope.xlsx").exit_code == 2


def test_adding_a_legal_basis_in_excel_keeps_the_jurisdiction_of_the_others(runner, workspace):
    path = _export(runner, workspace)
    book = load_workbook(path)
    sheet = book["社区依法（规）协助政府工作事项清单"]
    assert sheet["A2"].value == "XZ-001"
    sheet["F2"] = f"{sheet['F2'].value}\n中华人民共和国治安管理处罚法|第九条"
    book.save(path)
    result = run(runner, "import", "-w", str(workspace), str(path))
    assert result.exit_code == 0, result.output
    lists = (workspace / "lists" / "assisted.yaml").read_text(encoding="utf-8")
    xz1 = lists.split("  - id: XZ-001\n", 1)[1].split("  - id: ", 1)[0]
    assert "{law: 中华人民共和国城市居民委员会组织法, article: 第三条, jurisdiction: 全国}" in xz1
    assert "{law: 中华人民共和国治安管理处罚法, article: 第九条}" in xz1


def test_an_excel_date_serial_in_a_date_column_is_that_day(runner, workspace, tmp_path):
    path = _export(runner, workspace)
    book = load_workbook(path)
    sheet = book["社区出具证明事项清单"]
    assert sheet["A2"].value == "ZM-001" and sheet["H1"].value == "生效日期"
    sheet["H2"] = 45292  # what a date column formatted as General holds: 2024-01-01
    book.save(path)
    result = run(runner, "import", "-w", str(workspace), str(path), "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["lists"]["certificates"]["changed"] == ["ZM-001"]
    text = (workspace / "lists" / "certificates.yaml").read_text(encoding="utf-8")
    assert '    effective_from: "2024-01-01"\n' in text.split("  - id: ZM-002", 1)[0]


def test_a_merged_cell_down_a_column_is_the_value_of_every_row_it_covers(runner, workspace):
    path = _export(runner, workspace)
    book = load_workbook(path)
    sheet = book["社区出具证明事项清单"]
    assert [sheet["A2"].value, sheet["A3"].value, sheet["E1"].value] == [
        "ZM-001",
        "ZM-002",
        "责任部门",
    ]
    department = sheet["E2"].value
    sheet.merge_cells("E2:E4")  # as a WPS user does over rows of one department
    book.save(path)
    result = run(runner, "import", "-w", str(workspace), str(path))
    assert result.exit_code == 0, result.output
    text = (workspace / "lists" / "certificates.yaml").read_text(encoding="utf-8")
    for item_id in ("ZM-002", "ZM-003"):
        entry = text.split(f"  - id: {item_id}\n", 1)[1].split("  - id: ", 1)[0]
        assert f"    department: {department}\n" in entry


def test_a_formula_without_a_computed_value_is_refused_naming_its_cell(runner, workspace):
    path = _export(runner, workspace)
    book = load_workbook(path)
    sheet = book["社区出具证明事项清单"]
    sheet["M2"] = '=B2&"（来源）"'  # written by a script: no cached value to read
    book.save(path)
    before = _snapshot(workspace)
    result = run(runner, "import", "-w", str(workspace), str(path))
    assert result.exit_code == 3
    assert "row 2, column “来源”: the formula" in result.stderr
    assert "Traceback" not in result.output
    assert _snapshot(workspace) == before


def test_a_formula_with_a_computed_value_reads_as_that_value(runner, workspace, tmp_path):
    path = _one_sheet(
        tmp_path / "f.xlsx", "certificates", [["编号", "来源"], ["ZM-001", '="测"&"试"']]
    )
    import zipfile

    raw = path.with_suffix(".zip")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(raw, "w") as dst:
        for info in src.infolist():  # what Excel saves: the formula and its cached value
            body = src.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                body = body.replace(b'<c r="B2"><f>', b'<c r="B2" t="str"><f>')
                body = body.replace(b"</f><v></v>", "</f><v>测试</v>".encode())
            dst.writestr(info, body)
    raw.replace(path)
    result = run(runner, "import", "-w", str(workspace), str(path), "--dry-run", "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["lists"]["certificates"]["changed"] == ["ZM-001"]


def test_an_import_keeps_the_bom_and_crlf_of_a_list_edited_on_windows(runner, workspace):
    target = workspace / "lists" / "certificates.yaml"
    text = target.read_text(encoding="utf-8")
    target.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    before = target.read_bytes()
    path = _export(runner, workspace)
    book = load_workbook(path)
    book["社区出具证明事项清单"]["B3"] = "出具生活困难证明"
    book.save(path)
    result = run(runner, "import", "-w", str(workspace), str(path))
    assert result.exit_code == 0, result.output
    after = target.read_bytes()
    assert after.startswith(b"\xef\xbb\xbf") and b"\n" not in after.replace(b"\r\n", b"")
    changed = [
        (a, b) for a, b in zip(before.split(b"\r\n"), after.split(b"\r\n"), strict=True) if a != b
    ]
    assert len(changed) == 1 and "出具生活困难证明".encode() in changed[0][1]


def test_an_import_that_fails_on_one_list_file_leaves_every_list_as_it_was(
    runner, workspace, monkeypatch
):
    """Two lists edited; writing the second fails (a full disk): the first is not replaced."""
    path = _export(runner, workspace)
    book = load_workbook(path)
    book["社区出具证明事项清单"]["B3"] = "出具生活困难证明"
    book[book.sheetnames[0]]["B2"] = "改过的工作事项"
    book.save(path)
    before = _snapshot(workspace)
    import tempfile

    import qingdan.render.files as files

    real, calls = tempfile.mkstemp, []

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(args)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(files.tempfile, "mkstemp", failing)
    result = run(runner, "import", "-w", str(workspace), str(path))
    assert len(calls) == 2 and result.exit_code != 0, result.output
    assert _snapshot(workspace) == before
    assert not [p for p in (workspace / "lists").iterdir() if p.name.endswith(".tmp")]
