"""CSV row accounting at physical line numbers (issue 12 kind 7): quoted line breaks, blank
lines, unterminated and stray quotes, CR inside quotes, in UTF-8 and GBK, LF and CRLF. Each
case states the lines of its rejects and how many records it holds; the report must agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.conftest import HEADER, conserved, expect, report

G = "中山区,桃源,社区1,市公安局,certificate,,居民在本社区居住情况证明,1"


def ok(n: int) -> str:
    return f"A{n},2024-03-01,{G}"


BAD_DATE = f"B1,bad-date,{G}"
QUOTED_LF = 'Q1,2024-03-01,中山区,桃源,社区1,市公安局,certificate,,"居民\n证明",1'
QUOTED_CR = 'Q2,2024-03-01,中山区,桃源,社区1,市公安局,certificate,,"居民\r证明",1'
QUOTED_2LF = 'Q3,2024-03-01,中山区,桃源,社区1,市公安局,certificate,,"一\n二\n三",1'
UNTERMINATED = 'U1,2024-03-01,中山区,桃源,社区1,市公安局,certificate,,"居民证明,1'
STRAY = 'S1,2024-03-01,中山区,桃源,社区1,市公安局,certificate,,居民"证明,1'
SHORT = "F1,2024-03-01,中山区"
LONG = f"F2,2024-03-01,{G},extra"

#: name → (records after the header, each a line or several; expected reject lines; rows read)
CASES: dict[str, tuple[list[str], list[int], int]] = {
    "quoted-lf-then-bad": ([ok(1), QUOTED_LF, BAD_DATE], [5], 3),
    "two-quoted-lf-then-bad": ([QUOTED_LF, QUOTED_LF, BAD_DATE, ok(2)], [6], 4),
    "three-line-cell-then-bad": ([QUOTED_2LF, BAD_DATE], [5], 2),
    "quoted-cr-then-bad": ([QUOTED_CR, BAD_DATE, ok(1)], [3], 3),
    "blank-lines-then-bad": ([ok(1), "", "", BAD_DATE, ok(2)], [5], 3),
    "blank-line-at-end": ([ok(1), BAD_DATE, ""], [3], 2),
    "unterminated-quote-middle": ([ok(1), UNTERMINATED, ok(2), ok(3), ok(4), ok(5), ok(6)], [3], 7),
    "unterminated-quote-first": ([UNTERMINATED, ok(1), ok(2), BAD_DATE], [2, 5], 4),
    "unterminated-quote-last": ([ok(1), ok(2), UNTERMINATED], [4], 3),
    "unterminated-then-quoted-lf": ([UNTERMINATED, ok(1), QUOTED_LF, ok(2)], [2], 4),
    "stray-quote": ([ok(1), STRAY, BAD_DATE], [4], 3),
    "short-and-long-rows": ([SHORT, ok(1), LONG, BAD_DATE], [2, 4, 5], 4),
    "quoted-lf-then-short": ([QUOTED_LF, SHORT, ok(1)], [4], 3),
    "blank-then-long": ([ok(1), "", LONG, ok(2)], [4], 3),
}


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_rejects_sit_at_their_physical_line(
    tmp_path: Path, ws: Path, name: str, encoding: str, newline: str
) -> None:
    records, reject_lines, read = CASES[name]
    text = newline.join([HEADER, *records]) + newline
    if newline == "\r\n":  # line breaks inside quotes stay what they were
        text = text.replace("\r\r\n", "\r\n")
    path = tmp_path / "log.csv"
    path.write_bytes(text.encode(encoding))
    run, metrics = report(ws, tmp_path, path)
    expect(run, 0)
    conserved(metrics, read)
    assert sorted(r["line"] for r in metrics["rejects"]) == reject_lines, metrics["rejects"]
