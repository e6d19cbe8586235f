"""``qingdan init``: the files of a new, empty workspace that validates (pure: returns a plan).

The plan is a mapping of relative path → content; the CLI writes it. A new workspace gets:
``qingdan.toml`` for its jurisdiction, the seven empty lists (each with the
``yaml-language-server`` line so editors complete fields), qingdan's schemas, the packaged
templates (to override), an empty ``cases/``, and everything under ``qingdan/scaffold/``
(pre-commit config, CI workflow example). The national negative certificate list
(民发〔2020〕20号) applies everywhere, so it is copied from the bundled workspace as it is; the
prohibited-task list is local (the bundled one is illustrative), so it starts empty. The
matcher's words (synonyms, narrower terms) are Chinese, not Dalian's: they are copied too.
"""

from __future__ import annotations

from pathlib import Path

from qingdan.core.lists.kinds import BY_KEY, KINDS, NEGATIVE_CERTIFICATES, REFERENCE_KEYS
from qingdan.paths import SCAFFOLD_DIR, bundled_root, packaged_templates_dir, schemas_dir


def _toml(name: str, jurisdiction: str) -> str:
    keys = [k.key for k in KINDS] + [
        k for k in REFERENCE_KEYS if k != NEGATIVE_CERTIFICATES or _national(k).is_file()
    ]
    lists = "\n".join(f'{k} = "lists/{k}.yaml"' for k in keys)
    return f'''# qingdan workspace — {name}
[workspace]
name = "{name}"
jurisdiction = "{jurisdiction}"
illustrative = false

[lists]
{lists}

[rate]
counted = ["self-governance", "assisted"]
# baseline = 190            # 精简前的事项数 / the count before the reform
# baseline_source = "..."   # 出处 / where the figure comes from

[match]
admit = 80
review = 60
thesaurus = "{THESAURUS}"   # 同义词与下位词 / synonyms and narrower terms
'''


THESAURUS = "lists/thesaurus/synonyms.yaml"


def _national(key: str) -> Path:
    """A reference list every workspace shares (the national negative list), as bundled."""
    return bundled_root() / "lists" / f"{key}.yaml"


def _list_file(key: str, title: str, issued_by: str) -> str:
    return (
        "# yaml-language-server: $schema=../schemas/list.schema.json\n"
        f"kind: {key}\ntitle: {title}\nissued_by: {issued_by}\ndocument: null\nitems: []\n"
    )


def _files_under(root: Path) -> dict[str, bytes]:
    if not root.is_dir():
        return {}
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and p.name != ".gitkeep"
    }


def plan(name: str, jurisdiction: str, install: str = "qingdan") -> dict[str, bytes]:
    """Every file of a new workspace, relative path → bytes."""
    files: dict[str, bytes] = {"qingdan.toml": _toml(name, jurisdiction).encode()}
    for kind in KINDS:
        files[f"lists/{kind.key}.yaml"] = _list_file(kind.key, kind.title, jurisdiction).encode()
    for key in REFERENCE_KEYS:
        if key == NEGATIVE_CERTIFICATES and _national(key).is_file():
            files[f"lists/{key}.yaml"] = _national(key).read_bytes()
        elif key != NEGATIVE_CERTIFICATES:  # local lists start empty
            files[f"lists/{key}.yaml"] = _list_file(key, BY_KEY[key].title, jurisdiction).encode()
    if (bundled_root() / THESAURUS).is_file():
        files[THESAURUS] = (bundled_root() / THESAURUS).read_bytes()
    for rel, data in _files_under(schemas_dir()).items():
        files[f"schemas/{rel}"] = data
    for rel, data in _files_under(packaged_templates_dir()).items():
        files[f"reports/templates/{rel}"] = data
    files["cases/README.md"] = (
        "# 决定用例 / decision cases\n\n"
        "每个 `*.yaml` 是一份申请和预期结论，由 `qingdan test` 运行。\n"
        "Each `*.yaml` holds a request and its expected verdict; `qingdan test` runs them.\n"
    ).encode()
    for rel, data in _files_under(SCAFFOLD_DIR).items():
        files[rel] = data
    from qingdan.core.maintain.scaffold_repo import WORKFLOW, workflow_for

    files[WORKFLOW] = workflow_for("", install).encode()
    return files


__all__ = ["bundled_root", "plan"]
