"""Workbook cells people open in Excel/WPS: formulas neutralised, control characters replaced."""

from __future__ import annotations

import io

from qingdan.render.xlsxout import book_bytes, safe


def test_formula_looking_text_gets_an_apostrophe_and_numbers_stay_numbers():
    assert safe("=1+1") == "'=1+1" and safe("@SUM(A1)") == "'@SUM(A1)" and safe("-2") == "'-2"
    assert safe("居住证明") == "居住证明" and safe(-2) == -2 and safe(None) is None


def test_control_characters_a_worksheet_cannot_hold_are_replaced_and_the_book_opens():
    import openpyxl

    assert safe("居民\x00证明") == "居民\ufffd证明"
    data = book_bytes([("表", ["事项名称"], [["居民\x00证明"], ["=cmd"]])])
    rows = list(openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))
    assert rows == [("事项名称",), ("居民\ufffd证明",), ("'=cmd",)]


def test_the_same_sheets_give_the_same_bytes():
    sheets = [("表", ["a"], [[1], ["x"]])]
    assert book_bytes(sheets) == book_bytes(sheets)


def test_sheet_names_are_made_valid_and_unique_as_excel_wants():
    import openpyxl

    long = "按街道社区" * 8
    data = book_bytes(
        [("表", ["a"], []), ("表", ["a"], []), ("'a/b'", ["a"], []), (long, ["a"], [])]
    )
    names = openpyxl.load_workbook(io.BytesIO(data)).sheetnames
    assert names == ["表", "表1", "a b", long[:31]]


def test_cells_keep_their_types_headers_are_bold_and_frozen_and_long_text_is_cut():
    import openpyxl

    rows = [[1, 2.5, True, None, "x" * 40_000, "2024-01-01"]]
    book = openpyxl.load_workbook(io.BytesIO(book_bytes([("s", list("abcdef"), rows)])))
    sheet = book["s"]
    assert next(sheet.iter_rows(min_row=2, values_only=True)) == (
        1, 2.5, True, None, "x" * 32_767, "2024-01-01",
    )  # fmt: skip
    assert sheet["A1"].font.b and sheet.freeze_panes == "A2"
    assert 8 <= sheet.column_dimensions["E"].width <= 61


def test_the_document_is_dated_by_source_date_epoch(monkeypatch):
    import zipfile

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    data = book_bytes([("s", ["a"], [[1]])])
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        core = z.read("docProps/core.xml").decode()
    assert "2023-11-14T22:13:20Z" in core


def test_writing_a_workbook_imports_neither_openpyxl_nor_numpy():
    import subprocess
    import sys

    code = (
        "import sys; from qingdan.render.xlsxout import book_bytes; "
        "book_bytes([('s', ['a'], [[1]])]); "
        "print(sorted({'openpyxl', 'numpy'} & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
