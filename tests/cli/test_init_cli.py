"""``qingdan init`` scaffolds a workspace that validates, and never overwrites one."""

from __future__ import annotations

from tests.conftest import run


def test_init_makes_a_workspace_that_validates(runner, tmp_path):
    target = tmp_path / "new"
    assert run(runner, "init", str(target), "--jurisdiction", "示例市").exit_code == 0
    assert (target / "qingdan.toml").is_file()
    assert (
        len(list((target / "lists").glob("*.yaml"))) == 9
    )  # seven empty lists + the national negative list + an empty prohibited-task list
    assert (target / "lists" / "thesaurus" / "synonyms.yaml").is_file()
    assert (target / "schemas" / "list.schema.json").is_file()
    head = (target / "lists" / "entry.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert head.startswith("# yaml-language-server: $schema=")
    assert run(runner, "validate", "-w", str(target)).exit_code == 0


def test_init_refuses_an_existing_workspace(runner, workspace):
    before = (workspace / "qingdan.toml").read_bytes()
    assert run(runner, "init", str(workspace)).exit_code == 2
    assert (workspace / "qingdan.toml").read_bytes() == before
