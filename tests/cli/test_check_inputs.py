"""``qingdan check`` inputs and outputs: files, folders, CSV/xlsx, broken files, formats, log."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run

GOOD = "id: G-1\ntitle: 为空巢老人配备智能手环\ndepartment: 市民政局\nkind: task\n"
HEADER = "申请编号,事项名称,申请单位,事项类型,法律依据,开始日期\n"
ROWS = "A-1,居住证明,市公安局,证明,,2024-05-01\nA-2,无犯罪记录证明,区人社局,证明,,2024-05-01\n"


def check(runner, workspace, *args):  # type: ignore[no-untyped-def]
    return run(runner, "check", "-w", str(workspace), "--as-of", "2024-08-01", *args)


def test_a_broken_file_beside_good_ones_exits_3_naming_it_while_the_good_are_decided(
    runner, workspace, tmp_path
):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.yaml").write_text(GOOD, encoding="utf-8")
    (folder / "b-broken.yaml").write_text("id: [unclosed\ntitle: x\n", encoding="utf-8")
    (folder / "c-invalid.json").write_text('{"id": "X", "title": "t"}', encoding="utf-8")
    result = check(runner, workspace, str(folder), "-f", "json")
    assert result.exit_code == 3
    assert "b-broken.yaml:" in result.stderr
    assert "c-invalid.json:1" in result.stderr and "department" in result.stderr
    document = json.loads(result.stdout)
    assert [d["request_id"] for d in document["decisions"]] == ["G-1"]
    assert len(document["problems"]) == 2


def test_a_list_of_requests_in_one_file_reports_each_at_its_line(runner, workspace, tmp_path):
    path = tmp_path / "many.yaml"
    path.write_text(
        "- " + GOOD.replace("\n", "\n  ").rstrip() + "\n- id: G-2\n  title: t\n", encoding="utf-8"
    )
    result = check(runner, workspace, str(path), "-f", "jsonl")
    assert result.exit_code == 3
    assert "many.yaml:5" in result.stderr
    assert json.loads(result.stdout.strip())["request_id"] == "G-1"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_csv_rows_with_chinese_headers_are_read_in_any_common_encoding(
    runner, workspace, tmp_path, encoding
):
    path = tmp_path / "batch.csv"
    path.write_text(HEADER + ROWS, encoding=encoding)
    result = check(runner, workspace, str(path), "-f", "json")
    document = json.loads(result.stdout)
    assert [d["verdict"] for d in document["decisions"]] == ["admitted", "rejected"]
    assert document["decisions"][1]["source"].endswith("batch.csv:3")
    assert result.exit_code == 1


def test_an_xlsx_table_is_read_one_request_per_row(runner, workspace, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["申请编号", "事项名称", "申请单位", "事项类型", "开始日期"])
    sheet.append(["X-1", "用印登记簿", "区民政局", "台账", "2024-05-01"])
    path = tmp_path / "batch.xlsx"
    book.save(path)
    result = check(runner, workspace, str(path), "-f", "json")
    assert json.loads(result.stdout)["decisions"][0]["match"]["id"] == "TZ-008"
    assert result.exit_code == 0


def test_an_unknown_csv_column_is_an_unreadable_file(runner, workspace, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("事项名称,奇怪的列\n居住证明,1\n", encoding="utf-8")
    result = check(runner, workspace, str(path))
    assert result.exit_code == 3
    assert "奇怪的列" in result.stderr


def test_a_missing_request_file_is_a_usage_error(runner, workspace, tmp_path):
    result = check(runner, workspace, str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2


def test_the_exit_status_does_not_depend_on_the_format(runner, workspace):
    folder = str(workspace / "examples" / "requests")
    codes = {
        fmt: check(runner, workspace, folder, "-f", fmt).exit_code
        for fmt in ("text", "json", "jsonl", "markdown")
    }
    assert set(codes.values()) == {1}


def test_all_admitted_exits_0(runner, workspace, tmp_path):
    (tmp_path / "ok.yaml").write_text(GOOD, encoding="utf-8")
    assert check(runner, workspace, str(tmp_path / "ok.yaml")).exit_code == 0


def test_the_log_appends_one_versioned_decision_per_line(runner, workspace, tmp_path):
    (tmp_path / "ok.yaml").write_text(GOOD, encoding="utf-8")
    log = tmp_path / "logs" / "decisions.jsonl"
    for _ in range(2):
        check(runner, workspace, str(tmp_path / "ok.yaml"), "--log", str(log))
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    entry = json.loads(lines[0])
    assert entry["schema_version"] == 1 and entry["verdict"] == "admitted"


def test_a_batch_ends_with_a_summary_table(runner, workspace):
    result = check(runner, workspace, str(workspace / "examples" / "requests"))
    assert "summary" in result.stdout and "total" in result.stdout


def test_a_bad_as_of_date_is_a_usage_error(runner, workspace, tmp_path):
    (tmp_path / "ok.yaml").write_text(GOOD, encoding="utf-8")
    result = run(
        runner, "check", "-w", str(workspace), str(tmp_path / "ok.yaml"), "--as-of", "2024-13-01"
    )
    assert result.exit_code == 2


def test_a_workspace_template_overrides_the_markdown_reply(runner, workspace, tmp_path):
    (tmp_path / "ok.yaml").write_text(GOOD, encoding="utf-8")
    template = workspace / "reports" / "templates" / "check.md.j2"
    template.write_text(
        "{% for d in decisions %}答复：{{ d.request_id }} {{ d.verdict }}\n{% endfor %}",
        encoding="utf-8",
    )
    result = check(runner, workspace, str(tmp_path / "ok.yaml"), "-f", "markdown")
    assert result.stdout == "答复：G-1 admitted\n"


def test_a_folder_without_requests_is_a_usage_error(runner, workspace, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert check(runner, workspace, str(empty)).exit_code == 2


def test_a_workbook_that_is_not_one_is_unreadable_not_a_crash(runner, workspace, tmp_path):
    (tmp_path / "fake.xlsx").write_bytes(b"this is not a zip file")
    result = check(runner, workspace, str(tmp_path / "fake.xlsx"))
    assert result.exit_code == 3
    assert "fake.xlsx:1" in result.stderr


@pytest.mark.parametrize("name", ["empty.yaml", "empty.json"])
def test_an_empty_list_of_requests_is_no_request_in_yaml_as_in_json(
    runner, workspace, tmp_path, name
):
    (tmp_path / name).write_text("[]\n", encoding="utf-8")
    result = run(runner, "check", str(tmp_path / name), "-w", str(workspace), "--lang", "en")
    assert result.exit_code == 2, result.output
    assert "no requests found" in result.stderr


@pytest.mark.parametrize(
    ("lang", "said"), [("zh", "未知字段：foo"), ("en", "unknown field(s): foo")]
)
def test_a_request_schema_error_is_worded_in_the_interface_language(
    runner, workspace, tmp_path, lang, said
):
    request = tmp_path / "r.yaml"
    request.write_text(
        "id: X-1\ntitle: 测试\ndepartment: 市民政局\nkind: plaque\nfoo: 1\ncites: 5\n"
        "period: {from: 2024-03-01, to: 2024-12-31}\nsubmitted: 2024-01-10\n",
        encoding="utf-8",
    )
    result = run(runner, "check", str(request), "-w", str(workspace), "--lang", lang)
    assert result.exit_code == 3, result.output
    assert said in result.stderr and "cites" in result.stderr
    assert "Additional properties" not in result.stderr  # the validator's own words
    assert ("类型不对" in result.stderr) == (lang == "zh")
