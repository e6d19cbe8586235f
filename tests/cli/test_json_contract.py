"""The JSON contract: every command's ``-f json`` answer validates against its published schema
(``schemas/output/<command>.schema.json``, Draft 2020-12), opens with the one envelope, and says
the same in Chinese and English apart from its ``message`` fields.

The runs share one small workspace: a copy of the bundled one made a git repository, then
changed (an item retired, one added) so ``diff`` has something to say and ``lists_revision`` is
dirty; a 300-row generated log feeds ``report`` and the kept database ``sql``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from qingdan.render.registry import RENDERERS
from tests.conftest import ROOT, run
from tests.maint_repo import GIT_ENV

SCHEMAS = ROOT / "schemas" / "output"
HEAD = ["schema_version", "command", "qingdan_version"]

#: command → (arguments after the command, expected exit status)
RUNS: dict[str, tuple[tuple[str, ...], int]] = {
    "validate": ((), 0),
    "lists": ((), 0),
    "show": (("ZM-003",), 0),
    "search": (("居住证明", "-n", "3"), 0),
    "check": (("examples/requests",), 1),
    "test": ((), 0),
    "rate": (("--at", "2025-01-01"), 0),
    "diff": (("HEAD", "--at", "2025-01-01"), 0),
    "generate": (("-o", "data/log.csv", "-n", "300", "--seed", "7", "--dirty"), 0),
    "report": (("data/log.csv", "-o", "data/report", "--db", "data/report.duckdb"), 0),
    "sql": (
        (
            "SELECT kind, count(*) AS n FROM activities GROUP BY 1 ORDER BY 1",
            "--db",
            "data/report.duckdb",
        ),
        0,
    ),
    "import": (("data/lists.xlsx", "--dry-run"), 0),
    "inspect": (("data/log.csv", "examples/requests/15-batch.csv"), 0),
}


def _git(root: Path, *args: str) -> None:
    env = {**os.environ, **GIT_ENV}
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, env=env)


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("contract") / "ws"
    root.mkdir()
    shutil.copy(ROOT / "qingdan.toml", root / "qingdan.toml")
    for folder in ("lists", "schemas", "reports", "cases", "examples"):
        shutil.copytree(ROOT / folder, root / folder)
    _git(root, "init", "-q", "-b", "main")
    _git(root, "add", "-A")
    _git(root, "commit", "-q", "-m", "lists")
    plaques = root / "lists" / "plaques.yaml"
    text = plaques.read_text(encoding="utf-8")
    retired = 'status: retired\n    retired_on: "2024-05-01"\n    reason: 并入社区综合标牌'
    active = "status: active\n    retired_on: null\n    reason: null"
    plaques.write_text(text.replace(active, retired, 1), encoding="utf-8")
    (root / "data").mkdir()
    old = Path.cwd()
    os.chdir(root)
    try:
        for args in (
            ("generate", "-o", "data/log.csv", "-n", "300", "--seed", "7", "--dirty"),
            ("report", "data/log.csv", "-o", "data/report", "--db", "data/report.duckdb"),
            ("export", "-o", "data/lists.xlsx"),
        ):
            assert run(CliRunner(), *args, "-w", ".").exit_code == 0
    finally:
        os.chdir(old)
    return root


def answer(runner: CliRunner, root: Path, command: str, lang: str = "en") -> dict[str, Any]:
    args, status = RUNS[command]
    result = run(runner, command, *args, "-w", ".", "-f", "json", "--lang", lang)
    assert result.exit_code == status, result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def schema(command: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{command}.schema.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_every_command_with_a_json_answer_has_a_published_schema_and_a_contract_run():
    json_types = {name for name, formats in RENDERERS.items() if "json" in formats}
    assert len(json_types) == len(RUNS)
    assert {p.name.removesuffix(".schema.json") for p in SCHEMAS.glob("*.json")} == set(RUNS)
    for command in RUNS:
        jsonschema.Draft202012Validator.check_schema(schema(command))


@pytest.mark.parametrize("command", list(RUNS))
def test_each_json_answer_validates_against_its_schema(runner, repo, monkeypatch, command):
    monkeypatch.chdir(repo)
    doc = answer(runner, repo, command)
    validator = jsonschema.Draft202012Validator(
        schema(command), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    errors = [f"{e.json_path}: {e.message}" for e in validator.iter_errors(doc)]
    assert not errors, errors[:5]
    assert list(doc)[:3] == HEAD and doc["command"] == command
    if "lists_revision" in schema(command)["properties"]:
        assert list(doc)[3] == "lists_revision"
        assert doc["lists_revision"]["dirty"] is True and len(doc["lists_revision"]["commit"]) == 40


def _without_messages(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_messages(v) for k, v in value.items() if k != "message"}
    if isinstance(value, list):
        return [_without_messages(v) for v in value]
    return value


@pytest.mark.parametrize("command", [c for c in RUNS if c != "generate"])
def test_zh_and_en_answers_agree_except_their_messages(runner, repo, monkeypatch, command):
    monkeypatch.chdir(repo)
    zh, en = answer(runner, repo, command, "zh"), answer(runner, repo, command, "en")
    assert _without_messages(zh) == _without_messages(en)
