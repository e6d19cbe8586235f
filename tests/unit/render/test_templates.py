"""Compiled templates are cached on disk, and the cache never serves a stale or broken one."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from qingdan.render import templates


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A bytecode cache of this test's own (Jinja2 makes it in the temp folder)."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    templates._bytecode_cache.cache_clear()
    yield tmp_path
    templates._bytecode_cache.cache_clear()


def test_a_template_compiles_once_and_again_when_it_changes(cache: Path, tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "x.md.j2").write_text("one {{ v }}", encoding="utf-8")
    assert templates.render("x.md.j2", {"v": 1}, folder) == "one 1"
    stored = list(cache.glob("_jinja2-cache-*/__qingdan_*.cache"))
    assert len(stored) == 1
    (folder / "x.md.j2").write_text("two {{ v }}", encoding="utf-8")
    assert templates.render("x.md.j2", {"v": 2}, folder) == "two 2"


def test_a_damaged_or_unwritable_cache_is_no_cache(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "x.md.j2").write_text("{{ v }}!", encoding="utf-8")
    templates.render("x.md.j2", {"v": 1}, folder)
    for stored in cache.glob("_jinja2-cache-*/__qingdan_*.cache"):
        stored.write_bytes(stored.read_bytes()[:20])  # the magic header, then nothing
    assert templates.render("x.md.j2", {"v": 2}, folder) == "2!"

    def refuse(*_args: object) -> None:
        raise OSError("read-only")

    monkeypatch.setattr("jinja2.FileSystemBytecodeCache.dump_bytecode", refuse)
    (folder / "x.md.j2").write_text("{{ v }}?", encoding="utf-8")
    assert templates.render("x.md.j2", {"v": 3}, folder) == "3?"
