"""``qingdan check`` on what clerks send, and its answers in office formats (issue 11)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run
from tests.office_files import clerk_workbook

CLERK_CSV = (
    "事项名称,申请单位,事项类型,开始日期,经费金额,经费来源\n"
    "居民在本社区居住情况证明,市公安局,证明,2025/4/1,,\n"
    '开展垃圾分类入户宣传,市城管局,工作事项,2025年4月1日,"20,000元",市财政\n'
)
CLERK_YAML = (
    "title: 居民在本社区居住情况证明\ndepartment: 市公安局\nkind: 证明\n"
    "period: {from: 2025年4月1日}\n"
)
WITH_ID = "id: GA-2025-01\n" + CLERK_YAML


def check(runner, workspace, *args):  # type: ignore[no-untyped-def]
    return run(runner, "check", "-w", str(workspace), *args)


def test_a_clerks_gbk_csv_without_ids_is_decided_with_stable_ids(runner, workspace, tmp_path):
    path = tmp_path / "申请.csv"
    path.write_bytes(CLERK_CSV.encode("gbk"))
    result = check(runner, workspace, str(path), "-f", "json")
    doc = json.loads(result.stdout)
    assert result.exit_code == 1, result.output  # one for review: 垃圾分类 is plausibly XZ-020
    assert [d["request_id"] for d in doc["decisions"]] == ["申请.csv:2", "申请.csv:3"]
    assert [d["verdict"] for d in doc["decisions"]] == ["admitted", "review"]
    assert doc["inputs"][0]["columns"]["开始日期"] == "period.from"
    assert "事项名称→title" in result.stderr


def test_a_clerks_yaml_with_chinese_kind_and_date_is_decided(runner, workspace, tmp_path):
    path = tmp_path / "证明.yaml"
    path.write_text(CLERK_YAML, encoding="utf-8")
    doc = json.loads(check(runner, workspace, str(path), "-f", "json").stdout)
    (decision,) = doc["decisions"]
    assert decision["kind"] == "certificate" and decision["as_of"] == "2025-04-01"
    assert decision["verdict"] == "admitted"


def test_a_clerks_workbook_is_read_below_its_title_rows_and_past_its_stale_dimension(
    runner, workspace, tmp_path
):
    path = clerk_workbook(tmp_path / "汇总.xlsx")
    result = check(runner, workspace, str(path), "-f", "json")
    doc = json.loads(result.stdout)
    assert [d["request_id"] for d in doc["decisions"]] == [f"汇总.xlsx:{n}" for n in (4, 5, 6, 7)]
    assert {d["as_of"] for d in doc["decisions"]} == {"2025-04-01"}  # date cell, text, serial
    assert doc["inputs"][0]["header_line"] == 3 and doc["inputs"][0]["sheet"] == "申请汇总"
    # the notes sheet holds cells but no header: it is not read, and stderr says so
    (said,) = [line for line in result.stderr.splitlines() if "填表说明" in line]
    assert "skipped sheets" in said


def test_a_request_read_from_stdin(runner, workspace):
    from qingdan.cli.app import app

    result = runner.invoke(app, ["check", "-", "-w", str(workspace), "-f", "json"],
                           input=CLERK_YAML.encode())  # fmt: skip
    assert json.loads(result.stdout)["decisions"][0]["request_id"] == "<stdin>:1"


def test_a_bad_cell_is_named_by_file_row_and_column_in_the_interface_language(
    runner, workspace, tmp_path, monkeypatch
):
    path = tmp_path / "a.csv"
    path.write_text("事项名称,申请单位,事项类型,开始日期\n证明,市公安局,证书,下周一\n", "utf-8")
    result = check(runner, workspace, str(path), "--lang", "zh")
    assert result.exit_code == 3
    assert "a.csv:2" in result.stderr
    assert "“事项类型”列：无法识别的类型“证书”" in result.stderr
    assert "“开始日期”列：无法识别的日期“下周一”" in result.stderr


def test_map_naming_a_column_the_file_lacks_exits_2_naming_the_columns_it_has(
    runner, workspace, tmp_path
):
    path = tmp_path / "a.csv"
    path.write_text(CLERK_CSV, encoding="utf-8")
    result = check(runner, workspace, str(path), "--map", "申请部门=department")
    assert result.exit_code == 2
    assert "申请部门" in result.stderr and "事项名称、申请单位" in result.stderr


def test_strict_makes_an_unmapped_column_an_error(runner, workspace, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(CLERK_CSV.replace("经费来源\n", "经费来源,联系电话\n"), encoding="utf-8")
    loose = check(runner, workspace, str(path))
    assert loose.exit_code == 1 and "联系电话" in loose.stderr  # warned, still decided
    strict = check(runner, workspace, str(path), "--strict")
    assert strict.exit_code == 3 and "联系电话" in strict.stderr


@pytest.mark.parametrize("suffix", [".docx", ".pdf", ".png"])
def test_documents_are_refused_with_what_to_export(runner, workspace, tmp_path, suffix):
    path = tmp_path / f"申请{suffix}"
    path.write_bytes(b"PK\x03\x04 not a table")
    result = check(runner, workspace, str(path))
    assert result.exit_code == 3 and f"申请{suffix}:1" in result.stderr
    assert ".xlsx" in result.stderr


def test_results_go_back_into_the_workbook_formula_safe(runner, workspace, tmp_path):
    import openpyxl

    out = tmp_path / "结果.xlsx"
    result = check(runner, workspace, str(clerk_workbook(tmp_path / "汇总.xlsx")), "--lang", "zh",
                   "-f", "xlsx", "-o", str(out))  # fmt: skip
    assert result.exit_code == 1 and str(out) in result.stderr and result.stdout == ""
    sheet = openpyxl.load_workbook(out).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert sheet.title == "申请汇总"
    assert rows[0][-3:] == ("审查结论", "理由", "依据") and rows[0][1] == "事项名称"
    assert len(rows) == 5
    first, *_, last = rows[1:]
    assert (
        first[1] == "居民在本社区居住情况证明" and first[-3] == "可以出具"
    )  # worded for a certificate
    assert "ZM-001" in first[-1] and "社区出具证明事项清单" in first[-1]
    assert last[1] == '\'=HYPERLINK("http://x")'  # shown as text, never run
    assert all(not str(c).startswith("=") for row in rows for c in row if c is not None)


def test_a_reply_letter_per_request_without_paths_or_scores(runner, workspace, tmp_path):
    import docx

    out = tmp_path / "回复函.docx"
    path = tmp_path / "证明.yaml"
    path.write_text(WITH_ID, encoding="utf-8")
    result = check(runner, workspace, str(path), "--lang", "zh", "-f", "docx", "-o", str(out))
    assert result.exit_code == 0, result.output
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "关于“居民在本社区居住情况证明”准入申请的回复函" in text
    assert "市公安局：" in text and "审查结论：可以出具" in text and "GA-2025-01" in text
    assert "《社区出具证明事项清单》" in text and "ZM-001" in text
    assert "得分" not in text and "yaml" not in text and str(tmp_path) not in text


def test_one_reply_letter_for_a_batch_from_a_workspace_template(runner, workspace, tmp_path):
    import docx

    (workspace / "reports" / "templates" / "reply.docx.j2").write_text(
        "# 批量回复（本地模板）\n{% for a in letters %}- {{ a.title }}：{{ a.verdict_label }}\n"
        "{% endfor %}> {{ signer }}\n",
        encoding="utf-8",
    )
    out = tmp_path / "批量.docx"
    path = tmp_path / "a.csv"
    path.write_text(CLERK_CSV, encoding="utf-8")
    check(runner, workspace, str(path), "--lang", "zh", "-f", "docx", "-o", str(out),
          "--letter", "batch")  # fmt: skip
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    assert paragraphs[0] == "批量回复（本地模板）"
    assert "· 开展垃圾分类入户宣传：需复核" in paragraphs
    assert paragraphs[-1] == "大连市社区工作准入审查（示例）"


def test_office_formats_need_out(runner, workspace, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text(CLERK_CSV, encoding="utf-8")
    assert check(runner, workspace, str(path), "-f", "docx").exit_code == 2


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_an_office_format_without_out_is_refused_before_the_log_is_appended(
    runner, workspace, tmp_path, fmt
):
    path = tmp_path / "a.csv"
    path.write_text(CLERK_CSV, encoding="utf-8")
    log = tmp_path / "decisions.jsonl"
    result = check(runner, workspace, str(path), "-f", fmt, "--log", str(log))
    assert result.exit_code == 2 and "--out" in result.stderr
    assert not log.exists()


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "markdown"])
def test_out_with_a_stdout_format_is_a_usage_error_not_silently_ignored(
    runner, workspace, tmp_path, fmt
):
    path = tmp_path / "a.csv"
    path.write_text(CLERK_CSV, encoding="utf-8")
    target = tmp_path / "answer.out"
    result = check(runner, workspace, str(path), "-f", fmt, "-o", str(target), "--lang", "en")
    assert result.exit_code == 2 and "--out is only for" in result.stderr
    assert not target.exists() and result.stdout == ""


def test_markdown_answers_carry_no_paths_or_hashes(runner, workspace, tmp_path):
    path = tmp_path / "证明.yaml"
    path.write_text(WITH_ID, encoding="utf-8")
    result = check(runner, workspace, str(path), "-f", "markdown")
    assert "居民在本社区居住情况证明" in result.stdout
    assert str(tmp_path) not in result.stdout and ".yaml" not in result.stdout
    decision_id = json.loads(check(runner, workspace, str(path), "-f", "json").stdout)
    assert "decision id" not in result.stdout
    assert decision_id["decisions"][0]["decision_id"] not in result.stdout


def test_a_second_title_column_is_named_and_map_chooses_it(runner, workspace, tmp_path):
    path = tmp_path / "申请.csv"
    path.write_text(
        "事项名称,申请单位,事项类型,名称\n居民在本社区居住情况证明,市公安局,证明,开展垃圾分类入户宣传\n",
        encoding="utf-8",
    )
    loose = check(runner, workspace, str(path), "-f", "json", "--lang", "en")
    assert 'column 4 "名称" also maps to title' in loose.stderr, loose.stderr
    assert json.loads(loose.stdout)["decisions"][0]["title"] == "居民在本社区居住情况证明"
    chosen = check(runner, workspace, str(path), "-f", "json", "--map", "名称=title")
    assert json.loads(chosen.stdout)["decisions"][0]["title"] == "开展垃圾分类入户宣传"
    strict = check(runner, workspace, str(path), "--strict")
    assert strict.exit_code == 3 and "名称" in strict.stderr
