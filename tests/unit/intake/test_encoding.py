"""Encodings detected per file: UTF-8, BOM, GB18030; other encodings refused as ambiguous."""

from __future__ import annotations

import codecs

from qingdan.core.intake.encoding import detect, split_lines

CHINESE = "记录编号,日期,区县,街道,社区\nR1,2025-04-01,西岗区,人民广场街道,长春路社区\n" * 3
JAPANESE = (
    "東京都千代田区の住所確認テスト,サンプルデータ\n日本語のファイルです,注意してください\n" * 3
)
TRADITIONAL = "臺北市政府社會局測試資料,繁體中文檔案內容\n區公所戶籍謄本申請書,請注意填寫規範\n" * 3


def test_utf8_with_and_without_bom_and_gbk_are_recognised():
    assert detect(CHINESE.encode("utf-8")).encoding == "utf-8"
    assert detect(codecs.BOM_UTF8 + CHINESE.encode("utf-8")).label == "UTF-8 (BOM)"
    assert detect(CHINESE.encode("gbk")).label == "GB18030"
    assert detect("日期\n𠀀字\n".encode("gb18030")).encoding == "gb18030"  # four-byte form


def test_shift_jis_and_big5_are_not_taken_for_gbk():
    assert detect(JAPANESE.encode("shift_jis")).ambiguous
    assert detect(TRADITIONAL.encode("big5")).ambiguous


def test_a_named_encoding_wins():
    found = detect(JAPANESE.encode("shift_jis"), "shift_jis")
    assert found.encoding == "shift_jis" and found.forced


def test_one_broken_line_does_not_decide_the_encoding_and_is_left_empty():
    lines = [f"R{i},2025-04-01,西岗区,长春路社区".encode() for i in range(30)]
    lines[7] = b"R7,\xff\xfe,\xc3"
    data = b"\n".join(lines)
    found = detect(data)
    assert found.encoding == "utf-8" and found.bad_lines == 1
    text, bad = split_lines(data, "utf-8")
    assert bad == (8,) and text.split("\n")[7] == "" and text.count("\n") == 29
