"""Layering and laziness, proved rather than hoped for (STYLE §1, DESIGN §4)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema

from qingdan.workspace import bundled_root

SRC = Path(__file__).resolve().parents[2] / "src" / "qingdan"


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys, json; print(json.dumps(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_the_core_never_imports_the_ui_or_templates() -> None:
    core_modules = sorted(
        "qingdan.core." + p.relative_to(SRC / "core").with_suffix("").as_posix().replace("/", ".")
        for p in (SRC / "core").rglob("*.py")
        if p.name != "__init__.py"
    )
    loaded = _modules_after("\n".join(f"import {m}" for m in core_modules))
    assert not {"typer", "rich", "jinja2", "click"} & {m.split(".")[0] for m in loaded}


def test_the_core_source_has_no_print_or_exit() -> None:
    for path in (SRC / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "print(" not in text, path
        assert "sys.exit" not in text, path


def test_starting_the_cli_imports_no_heavy_library() -> None:
    loaded = _modules_after("import qingdan.cli.app")
    heavy = {
        "duckdb",
        "jsonschema",
        "jinja2",
        "openpyxl",
        "rapidfuzz",
        "opencc",
        "yaml",
        "rich",
        "pandas",
        "pydantic",
        "numpy",
    }
    assert not heavy & {m.split(".")[0] for m in loaded}


def test_help_lists_every_command_without_importing_them() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.argv=['qingdan','--help']\n"
            "from qingdan.cli.app import main\n"
            "try:\n main()\nexcept SystemExit: pass\n"
            "print('LOADED', sorted(m for m in sys.modules if m.startswith('qingdan.cli.')))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "validate" in out.stdout
    loaded = out.stdout.split("LOADED", 1)[1]
    assert "qingdan.cli.validate" not in loaded


def test_every_bundled_schema_is_a_valid_draft_2020_12_schema() -> None:
    schemas = sorted((bundled_root() / "schemas").glob("*.schema.json"))
    assert len(schemas) >= 3
    for path in schemas:
        schema = json.loads(path.read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        assert schema["$schema"].endswith("2020-12/schema")
        assert "$id" in schema and schema.get("additionalProperties") is False


def test_every_message_exists_in_chinese_and_english() -> None:
    from qingdan.i18n import all_messages

    for key, (zh, en) in all_messages().items():
        assert zh.strip() and en.strip(), key


def test_every_message_key_used_in_the_source_is_in_a_catalog() -> None:
    import re

    from qingdan.i18n import all_messages

    known = set(all_messages())
    used: set[str] = set()
    for path in SRC.rglob("*.py"):
        used |= set(
            re.findall(r"""\b(?:t|msg)\(\s*["']([a-z_]+\.[a-z_.]+)["']""", path.read_text("utf-8"))
        )
    assert used - known == set()


def test_atomic_writes_leave_normal_permissions_and_no_temp_file(tmp_path) -> None:
    import os

    from qingdan.render.files import atomic_write, atomic_writer

    target = tmp_path / "out.txt"
    atomic_write(target, "甲")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask
    try:
        with atomic_writer(target) as fh:
            fh.write(b"half")
            raise RuntimeError
    except RuntimeError:
        pass
    assert target.read_text(encoding="utf-8") == "甲"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_the_import_contracts_in_pyproject_hold() -> None:
    """cli → jobs → render → workspace/i18n → core, a UI-free core, and no import cycles."""
    from importlinter.cli import lint_imports

    config = SRC.parents[1] / "pyproject.toml"
    assert config.is_file()
    assert lint_imports(config_filename=str(config), no_cache=True, no_logo=True) == 0


def test_the_core_modules_import_no_i18n_workspace_render_or_cli() -> None:
    loaded = _modules_after(
        "import qingdan.core.check.decide, qingdan.core.report.build, "
        "qingdan.core.maintain.diff, qingdan.core.lists.validate"
    )
    assert not {
        m
        for m in loaded
        if m.startswith(("qingdan.i18n", "qingdan.workspace", "qingdan.render", "qingdan.cli"))
    }
