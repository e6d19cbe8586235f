"""The renderer registry: every entry resolves, and the envelope's keys come first, in order."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from qingdan.render.registry import NOTES, RENDERERS, REVISIONED, Out, envelope
from qingdan.workspace import load


@pytest.mark.parametrize(
    "target",
    sorted({t for formats in RENDERERS.values() for t in formats.values()} | set(NOTES.values())),
)
def test_every_registered_renderer_is_a_function_of_a_render_module(target: str) -> None:
    module, _, name = target.partition(":")
    assert callable(getattr(importlib.import_module(f"qingdan.render.{module}"), name))


def test_notes_and_revisioned_types_are_registered_result_types() -> None:
    assert set(NOTES) <= set(RENDERERS) and set(REVISIONED) <= set(RENDERERS)


def test_the_envelope_leads_with_its_keys_and_keeps_the_data_order(workspace: Path) -> None:
    out = Out("lists", "json", load(workspace))
    doc = envelope("lists", {"schema_version": 1, "b": 1, "a": 2}, out)
    assert list(doc) == ["schema_version", "command", "qingdan_version", "lists_revision", "b", "a"]
    assert doc["command"] == "lists" and doc["lists_revision"] == {"commit": None, "dirty": False}


def test_answers_not_drawn_from_the_lists_carry_no_lists_revision(workspace: Path) -> None:
    doc = envelope("sql", {"columns": []}, Out("sql", "json", load(workspace)))
    assert list(doc) == ["schema_version", "command", "qingdan_version", "columns"]


def test_a_file_format_without_out_is_a_usage_error_naming_the_option(workspace: Path) -> None:
    from qingdan.core.lists.model import load_lists
    from qingdan.errors import UsageError
    from qingdan.i18n import tr
    from qingdan.render.registry import emit

    ws = load(workspace)
    with pytest.raises(UsageError) as caught:
        emit("export", load_lists(ws.list_paths, ws.relative), Out("export", "xlsx", ws))
    assert "--out" in tr(caught.value.message)
