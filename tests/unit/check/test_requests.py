"""Reading requests: JSON lines per element, table rows into nested requests, stable digests."""

from __future__ import annotations

import json
from pathlib import Path

from qingdan.core.check.read import read
from qingdan.core.check.requests import _json_entries, digest
from qingdan.core.check.tables import row_to_request


def test_each_element_of_a_json_array_keeps_the_line_it_starts_on():
    text = '[\n  {"a": 1},\n\n  {"b": [1,\n 2]}, {"c": 3}\n]\n'
    assert [line for _, line in _json_entries(text)] == [2, 4, 5]
    assert _json_entries('\n\n{"a": 1}') == [({"a": 1}, 3)]


def test_a_table_row_becomes_a_nested_request():
    row = {
        "title": "加装电梯意见征集",
        "kind": "工作事项",
        "legal_basis": "《大连市既有住宅加装电梯实施意见》第五条；《物业管理条例》",
        "cites": "xz-024、ZR-011",
        "demands": "台账：意见征集台账；证明：居住证明",
        "consultation.veto": "是",
        "funding.amount": "2000",
        "funding.source": "区住建局",
        "period.from": "2024-06-03",
        "support": "",
    }
    data = row_to_request(row)
    assert data["kind"] == "task"
    assert data["legal_basis"] == [
        {"law": "大连市既有住宅加装电梯实施意见", "article": "第五条"},
        {"law": "物业管理条例", "article": None},
    ]
    assert data["cites"] == ["XZ-024", "ZR-011"]
    assert data["demands"] == [
        {"kind": "ledger", "title": "意见征集台账"},
        {"kind": "certificate", "title": "居住证明"},
    ]
    assert data["consultation"] == {"veto": True}
    assert data["funding"] == {"amount": 2000.0, "source": "区住建局"}
    assert "support" not in data


def test_the_same_request_has_the_same_digest_in_yaml_and_json(tmp_path):
    request = {
        "id": "R-1",
        "title": "居住证明",
        "department": "市公安局",
        "kind": "certificate",
        "period": {"from": "2024-05-01"},
    }
    (tmp_path / "a.json").write_text(json.dumps(request, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(
        "id: R-1\ntitle: 居住证明\ndepartment: 市公安局\n"
        "kind: certificate\nperiod: {from: 2024-05-01}\n",
        encoding="utf-8",
    )
    batch = read([tmp_path])
    assert batch.ok
    assert {r.sha256 for r in batch.requests} == {digest(request)}


def test_a_file_that_is_neither_a_request_nor_a_list_is_a_problem(tmp_path):
    (tmp_path / "x.json").write_text("42", encoding="utf-8")
    (tmp_path / "y.yaml").write_text("- just text\n", encoding="utf-8")
    batch = read([tmp_path])
    assert not batch.requests
    assert [p.location for p in batch.problems] == [
        f"{tmp_path / 'x.json'}:1",
        f"{tmp_path / 'y.yaml'}:1",
    ]


def test_a_folder_yields_every_workbook_format_a_named_file_is_read_in(tmp_path):
    from qingdan.core.check.read import TABLES, expand

    names = [f"a{suffix}" for suffix in TABLES if suffix != ".txt"]
    for name in [*names, "README.txt", "notes.md"]:
        (tmp_path / name).write_bytes(b"")
    assert sorted(p.name for p in expand([tmp_path])) == sorted(names)


def test_a_request_file_named_twice_is_read_once(tmp_path):
    from qingdan.core.check.read import expand

    one = tmp_path / "reqs" / "a.yaml"
    one.parent.mkdir()
    one.write_text("title: x\n", encoding="utf-8")
    (tmp_path / "reqs" / "b.yaml").write_text("title: y\n", encoding="utf-8")
    (tmp_path / "link.yaml").symlink_to(one)
    named = [one, tmp_path / "reqs", tmp_path / "link.yaml", tmp_path / "reqs" / ".." / "reqs"]
    assert [p.name for p in expand(named)] == ["a.yaml", "b.yaml"]


def test_a_word_form_in_a_folder_is_named_not_passed_over(tmp_path):
    from qingdan.core.check.read import expand, read

    (tmp_path / "a.yaml").write_text("title: x\nkind: task\ndepartment: 市民政局\n", "utf-8")
    (tmp_path / "申请表.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "~$申请表.docx").write_bytes(b"x")  # Word's lock file while the form is open
    (tmp_path / "扫描件.pdf").write_bytes(b"%PDF")
    assert sorted(p.name for p in expand([tmp_path])) == ["a.yaml", "扫描件.pdf", "申请表.docx"]
    batch = read([tmp_path])
    assert len(batch.requests) == 1
    assert sorted(Path(p.file).name for p in batch.problems) == ["扫描件.pdf", "申请表.docx"]
