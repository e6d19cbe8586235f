"""Help, option-parser errors and schema findings speak the interface language (issue 14)."""

from __future__ import annotations

import pytest

from tests.conftest import run


@pytest.fixture
def no_lang(monkeypatch):
    """No language asked for anywhere: the locale decides."""
    for var in ("QINGDAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    return monkeypatch


def test_help_is_chinese_only_with_lang_zh(runner):
    out = run(runner, "show", "--help", "--lang", "zh").stdout
    assert "用法：" in out and "显示一个事项的全部字段" in out and "必填" in out
    assert "Show one item" not in out and "Usage" not in out and "Options" not in out


def test_help_is_english_only_with_lang_en(runner):
    out = run(runner, "show", "--help", "--lang", "en").stdout
    assert "Usage:" in out and "Show one item, every field." in out
    assert "显示" not in out and "事项编号" not in out


def test_root_help_and_command_list_follow_the_language(runner):
    zh = run(runner, "--lang", "zh", "--help").stdout
    en = run(runner, "--lang", "en", "--help").stdout
    assert "审查部门的准入申请" in zh and "Decide department requests" not in zh
    assert "Decide department requests" in en and "审查" not in en
    assert "退出码" in zh and "Exit status" in en


@pytest.mark.parametrize(
    ("locale", "expected", "absent"),
    [
        ("zh_CN.UTF-8", "用法：", "Usage:"),
        ("", "用法：", "Usage:"),
        ("C", "用法：", "Usage:"),
        ("en_US.UTF-8", "Usage:", "用法："),
    ],
)
def test_the_locale_picks_the_help_language_zh_when_unset(
    runner, no_lang, locale, expected, absent
):
    if locale:
        no_lang.setenv("LANG", locale)
    out = run(runner, "lists", "--help").stdout
    assert expected in out and absent not in out


def test_parser_errors_in_chinese(runner):
    result = run(runner, "show", "ZM-001", "--bogus", "--lang", "zh")
    assert result.exit_code == 2
    assert "没有这个选项：--bogus" in result.stderr and "No such option" not in result.stderr
    bad = run(runner, "search", "x", "--limit", "abc", "--lang", "zh")
    assert bad.exit_code == 2
    assert "的值无效" in bad.stderr and "不是有效的整数" in bad.stderr
    assert "Invalid value" not in bad.stderr
    missing = run(runner, "show", "--lang", "zh")
    assert missing.exit_code == 2 and "缺少参数" in missing.stderr


def test_parser_errors_in_english_keep_clicks_words(runner):
    result = run(runner, "show", "ZM-001", "--bogus", "--lang", "en")
    assert result.exit_code == 2 and "No such option: --bogus" in result.stderr
    bad = run(runner, "search", "x", "--limit", "abc")
    assert "Invalid value for '--limit'" in bad.stderr


def test_unknown_command_in_chinese_by_default(runner, no_lang):
    result = run(runner, "shw")
    assert result.exit_code == 2 and "没有这个命令：shw" in result.stderr


BAD_LIST = """kind: certificates
title: 社区出具证明事项清单
items:
  - id: zm1
    title: ""
    effective_from: "2022-13-01"
    status: gone
    department: 3
  - id: ZM-002
    status: active
"""


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "zh",
            [
                "缺少必填字段 title",
                "太短",
                "不是有效的日期",
                "不是可选值之一",
                "不符合格式",
                "应为 文本 / 空（null）",
            ],
        ),
        (
            "en",
            [
                "'title' is a required property",
                "too short",
                "is not a valid date",
                "is not one of",
                "does not match",
                "is not of type string / null",
            ],
        ),
    ],
)
def test_schema_findings_in_the_chosen_language(runner, tmp_path, lang, words):
    target = tmp_path / "ws"
    assert run(runner, "init", str(target)).exit_code == 0
    (target / "lists" / "certificates.yaml").write_text(BAD_LIST, encoding="utf-8")
    result = run(runner, "validate", "-w", str(target), "--lang", lang)
    assert result.exit_code == 1
    for word in words:
        assert word in result.stdout, (word, result.stdout)


@pytest.mark.parametrize(("lang", "other"), [("en", "zh_CN.UTF-8"), ("zh", "en_US.UTF-8")])
def test_lang_before_the_command_speaks_in_its_messages_too(runner, no_lang, lang, other):
    """``qingdan --lang X CMD`` is the root option: the command's own messages follow it, not
    the locale (the command's ``--lang`` default must not re-detect it)."""
    no_lang.setenv("LANG", other)
    result = run(runner, "--lang", lang, "show", "NO-SUCH-ID")
    assert result.exit_code != 0
    chinese = any(ord(ch) >= 0x2E80 for ch in result.stderr)
    assert chinese == (lang == "zh"), result.stderr
