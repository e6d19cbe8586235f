"""Workbooks through calamine: past a stale dimension, every sheet, header below title rows."""

from __future__ import annotations

import io

import pytest

from qingdan.core.intake import sheets
from qingdan.core.intake.files import read_table
from qingdan.errors import UsageError
from tests.office_files import clerk_workbook


def test_rows_beyond_a_stale_dimension_are_read(tmp_path):
    path = clerk_workbook(tmp_path / "申请.xlsx")  # dimension says A1:I4, data runs to row 7
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(path.read_bytes()), read_only=True)
    assert len(list(book.worksheets[0].iter_rows())) == 4  # what the old reader saw
    book.close()
    assert len(sheets.rows(path, "申请汇总")) == 7


def test_the_request_sheet_is_found_and_the_notes_sheet_skipped(tmp_path):
    found = read_table(clerk_workbook(tmp_path / "申请.xlsx"), "申请.xlsx", "request")
    assert found.format == "xlsx" and found.skipped == ("填表说明",)
    (sheet,) = found.sheets
    assert sheet.name == "申请汇总" and sheet.header_line == 3
    assert [line for line, _ in sheet.rows] == [4, 5, 6, 7]
    assert sheet.columns.unmapped == ()


def test_an_empty_sheet_is_not_named_as_skipped(tmp_path):
    path = clerk_workbook(tmp_path / "申请.xlsx")
    import openpyxl

    book = openpyxl.load_workbook(path)
    book.create_sheet("Sheet3")
    book.save(path)
    assert read_table(path, "申请.xlsx", "request").skipped == ("填表说明",)


def test_a_sheet_the_workbook_lacks_is_a_usage_error_naming_those_it_has(tmp_path):
    with pytest.raises(UsageError) as error:
        read_table(clerk_workbook(tmp_path / "a.xlsx"), "a.xlsx", "request", sheet="Sheet9")
    assert error.value.message.fields["sheets"] == "申请汇总、填表说明"


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".jpg", ".et"])
def test_documents_pdfs_and_pictures_are_refused_with_what_to_export(tmp_path, suffix):
    path = tmp_path / f"申请{suffix}"
    path.write_bytes(b"%PDF-1.7 or a picture")
    with pytest.raises(UsageError) as error:
        read_table(path, path.name, "request")
    assert error.value.message.key.startswith("office.refused.")
    assert error.value.hint is not None


def test_cells_read_as_text_the_way_they_show():
    import datetime as dt

    assert sheets.cell_text(dt.datetime(2025, 4, 1)) == "2025-04-01"
    assert sheets.cell_text(3.0) == "3" and sheets.cell_text(0.5) == "0.5"
    assert sheets.cell_text(None) == "" and sheets.cell_text(" a ") == "a"


def test_a_workbook_with_a_two_row_header_reads_its_rows_below_both(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["序号", "事项名称", "申请单位", "事项类型", "经费", None])
    sheet.merge_cells("E1:F1")
    sheet.append([None, None, None, None, "金额", "来源"])
    sheet.append([1, "居住证明", "市公安局", "证明", "2万元", "市财政"])
    book.save(tmp_path / "两行表头.xlsx")
    (found,) = read_table(tmp_path / "两行表头.xlsx", "两行表头.xlsx", "request").sheets
    assert found.columns.positions["funding.amount"] == 4
    assert found.columns.positions["funding.source"] == 5
    assert [line for line, _ in found.rows] == [3]
