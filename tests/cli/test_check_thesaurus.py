"""The matcher's words are workspace data, validated like the lists (issue 9 §1)."""

from __future__ import annotations

import json

import yaml

from qingdan.core.lists import schemas, thesaurus
from qingdan.paths import bundled_root
from tests.conftest import run


def test_the_bundled_thesaurus_is_valid() -> None:
    data = yaml.safe_load((bundled_root() / "lists/thesaurus/synonyms.yaml").read_text("utf-8"))
    assert schemas.errors("thesaurus", data) == []
    loaded = thesaurus.load(bundled_root() / "lists/thesaurus/synonyms.yaml")
    assert loaded.problems == () and loaded.thesaurus.synonyms


def test_a_broken_thesaurus_is_unreadable_data_named_by_file_and_line(runner, workspace, tmp_path):
    (workspace / "lists/thesaurus/synonyms.yaml").write_text(
        "synonyms:\n  - [打卡, 签到]\n  - 签到\n", encoding="utf-8"
    )
    request = tmp_path / "r.yaml"
    request.write_text("{id: A, title: 工作群签到, department: 某局, kind: task}", "utf-8")
    result = run(runner, "check", str(request), "-w", str(workspace))
    assert result.exit_code == 3
    assert "synonyms.yaml:3" in result.stderr


def test_a_workspace_synonym_changes_a_decision(runner, workspace, tmp_path):
    request = tmp_path / "r.yaml"
    request.write_text("{id: A, title: 工作群每天报到接龙, department: 某局, kind: task}", "utf-8")
    before = json.loads(
        run(
            runner,
            "check",
            str(request),
            "-w",
            str(workspace),
            "-f",
            "json",
            "--as-of",
            "2024-08-01",
        ).stdout
    )["decisions"][0]
    path = workspace / "lists/thesaurus/synonyms.yaml"
    text = path.read_text("utf-8").replace("  - [打卡, 签到]", "  - [打卡, 签到, 报到]")
    path.write_text(text, "utf-8")
    after = json.loads(
        run(
            runner,
            "check",
            str(request),
            "-w",
            str(workspace),
            "-f",
            "json",
            "--as-of",
            "2024-08-01",
        ).stdout
    )["decisions"][0]
    assert after["deciding"] == "CK402"
    assert any(w["kind"] == "synonym" and w["text"] == "报到=打卡" for w in after["match"]["why"])
    assert before["match"] is None or before["match"]["score"] < after["match"]["score"]
