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
