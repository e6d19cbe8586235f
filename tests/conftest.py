"""Shared fixtures: a scratch copy of the bundled workspace, the CLI runner, a fixed language, and
the golden files (``pytest --update-goldens`` rewrites them after an intended change)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qingdan.i18n import set_lang
from qingdan.workspace import bundled_root

ROOT = bundled_root()
GOLDEN = Path(__file__).parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite tests/golden/ from the current output (review the diff before committing)",
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """``golden("check/examples.md", text)``: ``text`` equals the golden file (or, with
    ``--update-goldens``, becomes it)."""
    update = bool(request.config.getoption("--update-goldens"))

    def compare(name: str, text: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        assert path.is_file(), f"no golden file {name}: run pytest --update-goldens"
        assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"

    return compare


@pytest.fixture(autouse=True)
def _english_and_isolated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests read English messages unless they ask otherwise, and never see the caller's
    workspace variable."""
    monkeypatch.setenv("QINGDAN_LANG", "en")
    monkeypatch.delenv("QINGDAN_WORKSPACE", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    set_lang("en")
    yield
    set_lang(None)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A writable copy of the bundled workspace (config, lists, schemas, templates, cases)."""
    dest = tmp_path / "ws"
    dest.mkdir()
    shutil.copy(ROOT / "qingdan.toml", dest / "qingdan.toml")
    for folder in ("lists", "schemas", "reports", "cases", "examples"):
        if (ROOT / folder).is_dir():
            shutil.copytree(ROOT / folder, dest / folder)
    return dest


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str):  # type: ignore[no-untyped-def]
    """Invoke ``qingdan ARGS`` in-process; returns the click Result."""
    from qingdan.cli.app import app

    return runner.invoke(app, list(args))
