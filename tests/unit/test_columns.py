"""The one column vocabulary of check and report: synonyms, config, --map, header rows."""

from __future__ import annotations

from qingdan.core.columns import IGNORED, Duplicate, find_header, normalize, resolve

EXPORT = [
    "记录编号",
    "日期",
    "区县",
    "街道",
    "社区",
    "交办部门",
    "事项类型",
    "事项编号",
    "事项名称",
    "工时",
]


def test_the_export_headers_of_issue_11_map_without_any_map():
    cmap = resolve(EXPORT, "activity")
    assert cmap.as_dict() == {
        "记录编号": "activity_id", "日期": "date", "区县": "district", "街道": "street",
        "社区": "community", "交办部门": "department", "事项类型": "kind",
        "事项编号": "item_id", "事项名称": "title", "工时": "hours",
    }  # fmt: skip
    assert cmap.unmapped == () and cmap.missing == () and cmap.absent == ()


def test_synonyms_units_spaces_and_full_width_brackets_are_read():
    cmap = resolve(
        ["办理日期", " 派单部门 ", "工时（小时）", "任务名称", "村居", "Hours"], "activity"
    )
    assert [c.field for c in cmap.columns] == [
        "date",
        "department",
        "hours",
        "title",
        "community",
        "hours",
    ]
    assert cmap.columns[5].how == "duplicate"
    assert normalize("经费金额（元）") == "经费金额" and normalize("\ufeff日期") == "日期"


def test_unknown_columns_are_named_and_known_empty_ones_ignored():
    cmap = resolve(["序号", "日期", "社区", "事项名称", "网格员手机号"], "activity")
    assert cmap.unmapped == ("网格员手机号",)
    assert cmap.columns[0].field == IGNORED and "网格员手机号" not in cmap.positions


def test_map_wins_over_config_wins_over_the_vocabulary_and_absent_map_headers_are_reported():
    cmap = resolve(
        ["日期", "工作内容", "责任人"],
        "activity",
        config={"工作内容": "title"},
        explicit={"日期": "date", "责任人": "department", "交办单位": "department"},
    )
    assert [c.how for c in cmap.columns] == ["map", "config", "map"]
    assert cmap.absent == ("交办单位",)


def test_a_second_column_for_the_same_field_is_kept_out():
    cmap = resolve(["事项名称", "工作内容", "日期", "社区"], "activity")
    assert cmap.positions["title"] == 0 and cmap.columns[1].how == "duplicate"
    # ...and said: not read, named with the column that is read for its field
    assert cmap.unmapped == ("工作内容",)
    assert cmap.duplicates == (Duplicate(2, "工作内容", "title", 1, "事项名称"),)
    assert cmap.as_dict()["工作内容"] is None and cmap.as_dict()["事项名称"] == "title"


def test_map_chooses_which_of_two_columns_for_one_field_is_read():
    headers = ["事项名称", "日期", "工作内容", "社区"]
    cmap = resolve(headers, "activity", explicit={"工作内容": "title"})
    assert cmap.positions["title"] == 2 and cmap.unmapped == ("事项名称",)
    assert cmap.duplicates == (Duplicate(1, "事项名称", "title", 3, "工作内容"),)
    config = resolve(headers, "activity", config={"工作内容": "title"})
    assert config.positions["title"] == 2
    both = resolve(headers, "activity", explicit={"工作内容": "title", "事项名称": "-"})
    assert both.positions["title"] == 2 and not both.unmapped and not both.duplicates


def test_a_repeated_header_keeps_its_first_column_in_the_record():
    cmap = resolve(["事项名称", "日期", "事项名称", "社区"], "activity")
    assert cmap.positions["title"] == 0
    assert cmap.as_dict() == {"事项名称": "title", "日期": "date", "社区": "community"}
    assert cmap.duplicates == (Duplicate(3, "事项名称", "title", 1, "事项名称"),)


def test_request_tables_use_their_own_vocabulary():
    cmap = resolve(["申请单位", "事项名称", "类型", "经费金额（元）", "开始日期"], "request")
    assert list(cmap.positions) == ["department", "title", "kind", "funding.amount", "period.from"]
    assert cmap.missing == ()


def test_the_header_is_found_below_merged_title_rows_and_blank_rows():
    rows = [
        ["2025年第二季度社区工作日志"],
        [],
        ["日期", "社区", "事项名称"],
        ["2025-04-01", "a", "b"],
    ]
    assert find_header(rows, "activity") == 2
    assert find_header([["x", "y"]], "activity") == 0


def test_the_office_files_page_lists_every_header_the_vocabulary_recognises():
    from pathlib import Path

    from qingdan.core.columns import ACTIVITY, REQUEST

    page = (Path(__file__).parents[2] / "docs" / "reference" / "office-files.md").read_text("utf-8")
    for table in (ACTIVITY, REQUEST):
        for field, synonyms in table.items():
            assert f"| `{field}`" in page, field
            assert "、".join(synonyms) in page, field


def test_a_header_in_two_rows_under_merged_group_cells_is_read_as_one():
    from qingdan.core.columns import header

    rows = [
        ["2025年准入申请登记表"],
        ["序号", "事项名称", "申请单位", "事项类型", "经费", "", "期限", ""],
        ["", "", "", "", "金额", "来源", "开始日期", "结束日期"],
        [1, "居住证明", "市公安局", "证明", "2万元", "市财政", "2025/4/1", ""],
    ]
    found = header(rows, "request")
    assert (found.index, found.depth, found.data_start) == (1, 2, 3)
    assert found.cells == ("序号", "事项名称", "申请单位", "事项类型", "经费金额", "经费来源",
                           "开始日期", "结束日期")  # fmt: skip
    one_row = [["日期", "社区", "事项名称"], ["2025-04-01", "长春路社区", "修订居民公约"]]
    assert header(one_row, "activity").depth == 1  # a data row never completes a header
