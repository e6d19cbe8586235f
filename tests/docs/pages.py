"""The documentation as data for the docs tests: pages, fenced blocks, runnable lines, headings.

The convention the pages follow (stated in docs/index.md): a line ``$ COMMAND`` inside a
```` ```console ```` block is runnable; a trailing ``# … exit N`` gives the status it must end
with (default 0). Other lines of a console block are shown output. ``bash``/``sh`` blocks hold
commands that are not run (installs, hooks), and must not hold ``qingdan`` commands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
README = ROOT / "README.md"
SHELL_LANGS = frozenset({"bash", "sh", "shell", "console"})
_EXIT = re.compile(r"#[^#]*\bexit (\d+)\s*$")
_HEADING = re.compile(r"^(#{1,6}) (.+?)\s*$")


@dataclass(frozen=True)
class Block:
    page: Path
    line: int  #: 1-based line of the opening fence
    lang: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Example:
    page: Path
    line: int  #: 1-based line in the page
    command: str
    expected: int


def pages() -> list[Path]:
    """README.md and every Markdown page under docs/."""
    return [README, *sorted(DOCS.rglob("*.md"))]


def rel(page: Path) -> str:
    return page.relative_to(ROOT).as_posix()


def blocks(page: Path, text: str | None = None) -> list[Block]:
    """Fenced code blocks of ``page`` (or of ``text``, a part of it): fences start a line."""
    found: list[Block] = []
    lang, start, body = None, 0, []
    source = page.read_text(encoding="utf-8") if text is None else text
    for number, line in enumerate(source.splitlines(), 1):
        if lang is None:
            if line.startswith("```"):
                lang, start, body = line[3:].strip().split(" ")[0], number, []
        elif line.startswith("```"):
            found.append(Block(page, start, lang, tuple(body)))
            lang = None
        else:
            body.append(line)
    assert lang is None, f"{rel(page)}:{start}: unclosed code fence"
    return found


def examples(block: Block) -> list[Example]:
    """The runnable ``$ …`` lines of a console block."""
    if block.lang != "console":
        return []
    found = []
    for offset, text in enumerate(block.lines, 1):
        if text.startswith("$ "):
            status = _EXIT.search(text)
            found.append(
                Example(
                    block.page, block.line + offset, text[2:], int(status.group(1)) if status else 0
                )
            )
    return found


def headings(page: Path) -> list[str]:
    """The headings of ``page``, outside code blocks."""
    inside = False
    found = []
    for text in page.read_text(encoding="utf-8").splitlines():
        if text.startswith("```"):
            inside = not inside
        elif not inside and (match := _HEADING.match(text)):
            found.append(match.group(2))
    return found


def section(page: Path, title: str) -> str:
    """The text under the heading that starts with ``title``, up to the next heading."""
    lines = page.read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        match = _HEADING.match(line)
        if match and match.group(2).startswith(title):
            end = next(
                (j for j in range(index + 1, len(lines)) if _HEADING.match(lines[j])), len(lines)
            )
            return "\n".join(lines[index + 1 : end])
    raise AssertionError(f"{rel(page)}: no heading starting with {title!r}")


def table_column(text: str) -> list[str]:
    """First cells of the body rows of the Markdown tables in ``text``."""
    rows = [line for line in text.splitlines() if line.startswith("|")]
    cells = []
    for index, row in enumerate(rows):
        is_rule = set(row) <= set("|-: ")
        is_header = index + 1 < len(rows) and set(rows[index + 1]) <= set("|-: ")
        if not (is_rule or is_header):
            cells.append(row.strip("|").split("|")[0].strip())
    return cells
