"""``--format`` comes from the renderer registry and the parser enforces it (exit 2, choices named)."""

from __future__ import annotations

import pytest

from qingdan.render.registry import RENDERERS, formats
from tests.conftest import run

#: command (with what it needs to parse) → its result type in the registry
COMMANDS = {
    ("validate",): "validation",
    ("lists",): "lists",
    ("show", "ZM-003"): "item",
    ("search", "居住"): "search",
    ("check", "examples/requests"): "check",
    ("test",): "cases",
    ("rate",): "rate",
    ("diff",): "diff",
    ("export", "-o", "x.xlsx"): "export",
    ("import", "x.xlsx"): "import",
    ("generate", "-o", "x.csv"): "generate",
    ("report", "x.csv", "-o", "out"): "report",
    ("sql", "SELECT 1", "--db", "x.duckdb"): "sql",
    ("inspect", "x.csv"): "inspect",
}


def test_every_result_type_in_the_registry_belongs_to_a_command():
    assert set(COMMANDS.values()) == set(RENDERERS)


@pytest.mark.parametrize(("args", "result_type"), list(COMMANDS.items()), ids=str)
def test_a_bad_format_is_a_usage_error_naming_the_valid_ones(runner, args, result_type):
    result = run(runner, *args, "-f", "yaml")
    assert result.exit_code == 2
    assert "yaml" in result.output
    assert ", ".join(formats(result_type)) in result.output


@pytest.mark.parametrize(("args", "result_type"), list(COMMANDS.items()), ids=str)
def test_help_lists_the_formats_and_the_default(runner, args, result_type):
    result = run(runner, args[0], "--help")
    assert result.exit_code == 0
    assert "|".join(formats(result_type)) in result.output
    assert f"[default: {formats(result_type)[0]}]" in result.output
