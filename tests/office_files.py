"""Files made the way offices make them, for the office-format tests.

* :func:`gbk_export` — the GBK CSV an auditor receives from an Excel/WPS export (issue 11), with
  Chinese headers no ``--map`` names.
* :func:`clerk_workbook` — a street office's request workbook built with openpyxl: a title row
  merged across the top, a blank row, Chinese headers, real date cells, a date typed as text, an
  Excel serial date in a General cell, Chinese kinds, amounts in 万元 and a formula-looking
  title; a second sheet of notes; and, like WPS and scripts often leave it, a stale
  ``<dimension>`` that claims the sheet ends at row 4.
* :func:`stale_dimension` — rewrite a workbook's recorded dimension (the WPS quirk).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from pathlib import Path

EXPORT_HEADER = ["记录编号", "日期", "区县", "街道", "社区", "交办部门", "事项类型", "事项编号",
                 "事项名称", "工时"]  # fmt: skip
EXPORT_ROWS = [
    ["R1", "2025-04-01", "西岗区", "人民广场街道", "长春路社区", "市民政局", "工作事项", "", "修订居民公约", "2"],
    ["R2", "2025/4/2", "西岗区", "人民广场街道", "长春路社区", "市公安局", "证明", "ZM-001", "", "0.5"],
    ["R3", "2025年4月3日", "中山区", "桃源街道", "桃源社区", "市城管局", "考核评比", "", "垃圾分类排名", "3"],
    ["R4", "2025.4.4", "中山区", "桃源街道", "桃源社区", "市卫健委", "台账", "", "无烟单位台账", "1"],
    ["R5", "2025-04-05", "西岗区", "人民广场街道", "长春路社区", "市司法局", "工作事项", "", "协助开展普法宣传", "1"],
    ["R6", "2025-04-06", "西岗区", "人民广场街道", "长春路社区", "市民政局", "挂牌", "GP-001", "", ""],
]  # fmt: skip
FULL_MAP = (
    "记录编号=activity_id,日期=date,区县=district,街道=street,社区=community,"
    "交办部门=department,事项类型=kind,事项编号=item_id,事项名称=title,工时=hours"
)


def gbk_export(path: Path, rows: list[list[str]] | None = None) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([EXPORT_HEADER, *(rows or EXPORT_ROWS)])
    path.write_bytes(buffer.getvalue().encode("gbk"))
    return path


REQUEST_HEADER = ["序号", "事项名称", "申请单位", "事项类型", "开始日期", "经费金额（元）",
                  "经费来源", "法律依据", "备注"]  # fmt: skip


def clerk_workbook(path: Path, *, stale: bool = True) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "申请汇总"
    sheet["A1"] = "2025年第二季度社区工作准入申请汇总表"
    sheet.merge_cells("A1:I1")
    sheet.append([])
    sheet.append(REQUEST_HEADER)
    sheet.append([1, "居民在本社区居住情况证明", "市公安局", "证明", dt.date(2025, 4, 1), "", "",
                  "", ""])  # fmt: skip
    sheet.append([2, "开展垃圾分类入户宣传", "市城管局", "工作事项", "2025/4/1", "2万元", "市财政",
                  "《大连市生活垃圾分类管理条例》第十条", "需社区配合"])  # fmt: skip
    sheet.append([3, "无犯罪记录证明", "区人社局", "证明", 45748, "", "", "", ""])
    sheet.append([4, "=HYPERLINK(\"http://x\")", "市体育局", "考核评比", "2025年4月1日",
                  "20,000元", "市体育局", "", ""])  # fmt: skip
    sheet.cell(row=7, column=2).data_type = "s"  # a title that looks like a formula, kept as text
    notes = book.create_sheet("填表说明")
    notes.append(["本表由街道办汇总，每行一项申请。"])
    book.save(path)
    if stale:
        stale_dimension(path, "A1:I4")
    return path


def stale_dimension(path: Path, ref: str) -> None:
    """Rewrite the first sheet's ``<dimension ref=...>`` as WPS and scripts leave it."""
    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for name in source.namelist():
            data = source.read(name)
            if name == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]+"', f'<dimension ref="{ref}"'.encode(), data)
            dest.writestr(name, data)
    path.write_bytes(out.getvalue())
