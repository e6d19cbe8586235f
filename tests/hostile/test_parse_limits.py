"""Nesting depth, integer and scalar size in YAML and JSON inputs (issue 12 kinds 1 and 2).

Request files: exit 3 naming the file; list files under ``validate``: a finding (exit 1). These
run in a subprocess: a parser that recurses on the C stack takes the interpreter down.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.hostile.conftest import expect, qd, qd_proc, request, write_yaml_request

DEPTHS = (50, 999, 1001, 10_000, 100_000)


def _yaml_nest(style: str, depth: int) -> str:
    if style == "flow-seq":
        return "title: " + "[" * depth + "]" * depth + "\n"
    if style == "flow-map":
        return "title: " + "{a: " * depth + "1" + "}" * depth + "\n"
    if style == "block-seq":
        return "title:\n  " + "- " * depth + "x\n"
    # block mappings: one more space per level (kept under a few MB)
    return "".join(" " * i + f"k{i}:\n" for i in range(depth)) + " " * depth + "x\n"


def _json_nest(style: str, depth: int) -> str:
    inner = "[" * depth + "]" * depth if style == "array" else '{"a":' * depth + "1" + "}" * depth
    return '{"id": "X", "title": ' + inner + "}"


@pytest.mark.parametrize("depth", DEPTHS)
@pytest.mark.parametrize("style", ["flow-seq", "flow-map", "block-seq", "block-map"])
def test_deep_yaml_request_is_unreadable_data(tmp_path: Path, style: str, depth: int) -> None:
    if style == "block-map" and depth > 3000:
        depth = 3000  # one space per level: 100,000 levels would be a 5 GB file
    path = tmp_path / "deep.yaml"
    path.write_text(_yaml_nest(style, depth), encoding="utf-8")
    expect(qd_proc("check", path, timeout=120), 3, "deep.yaml")


@pytest.mark.parametrize("depth", DEPTHS)
@pytest.mark.parametrize("style", ["array", "object"])
def test_deep_json_request_is_unreadable_data(tmp_path: Path, style: str, depth: int) -> None:
    path = tmp_path / "deep.json"
    path.write_text(_json_nest(style, depth), encoding="utf-8")
    expect(qd_proc("check", path, timeout=120), 3, "deep.json")


@pytest.mark.parametrize("depth", (1001, 100_000))
@pytest.mark.parametrize("style", ["flow-seq", "block-seq"])
def test_deep_list_file_is_a_validation_finding(ws: Path, style: str, depth: int) -> None:
    target = ws / "lists" / "plaques.yaml"
    target.write_text("kind: plaques\n" + _yaml_nest(style, depth), encoding="utf-8")
    run = qd_proc("validate", "-w", ws, timeout=120)
    expect(run, 1)
    assert "plaques.yaml" in run.stdout


@pytest.mark.parametrize("depth", (1001, 100_000))
def test_deep_jsonl_activity_line_is_a_reject_not_a_crash(tmp_path: Path, depth: int) -> None:
    good = {"date": "2024-03-01", "community": "社区1", "title": "居民在本社区居住情况证明"}
    deep = "[" * depth + "]" * depth
    path = tmp_path / "deep.jsonl"
    path.write_text(
        json.dumps(good, ensure_ascii=False) + "\n" + deep + "\n" + json.dumps(good) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    run = qd_proc("report", path, "--out", out, timeout=120)
    expect(run, 0)
    rows = json.loads((out / "metrics.json").read_text(encoding="utf-8"))["rows"]
    assert rows == {"read": 3, "judged": 2, "rejected": 1}


HUGE = "9" * 5000


@pytest.mark.parametrize(
    "where",
    ["funding.amount", "title", "id", "period.from", "legal_basis.article", "top-level key"],
)
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_huge_integer_in_request_is_unreadable_data(tmp_path: Path, where: str, fmt: str) -> None:
    data = request()
    if where == "funding.amount":
        text_value = HUGE
        data["funding"]["amount"] = "@@"
    elif where == "legal_basis.article":
        data["legal_basis"][0]["article"] = "@@"
    elif where == "period.from":
        data["period"]["from"] = "@@"
    elif where == "top-level key":
        data["extra"] = "@@"
    else:
        data[where] = "@@"
    text_value = HUGE
    if fmt == "json":
        text = json.dumps(data, ensure_ascii=False).replace('"@@"', text_value)
    else:
        text = write_yaml_request(tmp_path / "tmp.yaml", data).read_text().replace("'@@'", HUGE)
        text = text.replace("@@", HUGE)
    path = tmp_path / f"huge.{fmt}"
    path.write_text(text, encoding="utf-8")
    run = qd("check", path)
    expect(run, 3, f"huge.{fmt}")


@pytest.mark.parametrize("digits", (4301, 10_000, 1_000_000))
def test_huge_integer_in_a_list_file(ws: Path, digits: int) -> None:
    target = ws / "lists" / "plaques.yaml"
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("items:", f"extra: {'7' * digits}\nitems:", 1), "utf-8")
    run = qd("validate", "-w", ws)
    expect(run, 1)
    assert "plaques.yaml" in run.stdout
    expect(qd("check", ws / "examples/requests/11-app-promotion.yaml", "-w", ws), 3, "plaques.yaml")


@pytest.mark.parametrize(
    "value", ["NaN", "Infinity", "-Infinity", "1e999", "-1e999", "[NaN]", '{"a": Infinity}']
)
def test_non_finite_json_numbers_are_refused(tmp_path: Path, value: str) -> None:
    data = json.dumps(request(), ensure_ascii=False).replace('"amount": 1000', f'"amount": {value}')
    path = tmp_path / "nan.json"
    path.write_text(data, encoding="utf-8")
    expect(qd("check", path), 3, "nan.json")


@pytest.mark.parametrize("size", (200_000, 2_000_000))
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_huge_scalar_in_request(tmp_path: Path, size: int, fmt: str) -> None:
    data = request(description="长" * size)
    path = tmp_path / f"long.{fmt}"
    if fmt == "json":
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    else:
        write_yaml_request(path, data)
    expect(qd("check", path), 3, f"long.{fmt}")


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_request_file_over_the_size_limit(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"big.{fmt}"
    items = [request(id=f"SJ-{i}", description="x" * 2000) for i in range(12_000)]
    if fmt == "json":
        path.write_text(json.dumps(items), encoding="utf-8")
    else:
        path.write_text("\n".join(f"- {json.dumps(i)}" for i in items), encoding="utf-8")
    assert path.stat().st_size > 17 * 2**20
    run = qd_proc("check", path, timeout=120)
    expect(run, 3, f"big.{fmt}")


@pytest.mark.parametrize(
    "text",
    [
        "a: &a [*a]\n",  # a recursive alias
        "a: &a ['x','x','x','x','x','x','x','x','x']\n"
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},"
            f"*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n"
            for i in range(9)
        ),
        "!!python/object/apply:os.system ['echo pwned']\n",
        "id: !!binary aGVsbG8=\n",
        "id: a\nid: b\ntitle: x\n",
        "\x00\x01\x02",
        "",
        "# only a comment\n",
        "- \n- \n",
        "just a string\n",
        "title: 'unterminated\n",
        "\ufeff\ufefftitle: x\n",
    ],
    ids=[
        "recursive-alias",
        "alias-bomb",
        "python-tag",
        "binary",
        "duplicate-key",
        "nul",
        "empty",
        "comment",
        "nulls",
        "scalar",
        "unterminated",
        "double-bom",
    ],
)
def test_hostile_yaml_request(tmp_path: Path, text: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    expect(qd_proc("check", path, timeout=60), 3, "bad.yaml")
    assert not (tmp_path / "pwned").exists()


@pytest.mark.parametrize(
    "raw",
    [
        b"\xff\xfe{\x00}\x00",
        b"\xfe\xff\x00{\x00}",
        b'{"id": "x"} trailing',
        b'"a string"',
        b"42",
        b"[]",
        b"[1, 2]",
        b"{",
        b'{"id": "\\ud800"}',
        b"\x80\x81\x82",
        b"null",
    ],
    ids=[
        "utf16le",
        "utf16be",
        "trailing",
        "string",
        "number",
        "empty-array",
        "numbers",
        "open",
        "lone-surrogate",
        "not-utf8",
        "null",
    ],
)
def test_hostile_json_request(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(raw)
    if raw == b"[]":  # readable, and no request in it: "no requests found" (exit 2)
        expect(qd("check", path), 2, "bad.json")
        return
    expect(qd("check", path), 3, "bad.json")
