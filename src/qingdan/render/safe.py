"""Escaping by output (issue 12 kind 9): what data may carry into a terminal, a Markdown file or
a spreadsheet cell.

- :func:`terminal`: C0/C1 control characters (but tab and newline) and bidi overrides, isolates
  and marks are shown as visible ``\\x1b``/``\\u202e`` escapes, so a title cannot recolour the
  terminal, retitle the window, hide text or reorder what a reader sees. :func:`console`
  applies it to every string rich renders.
- :func:`markdown`: backslash-escapes Markdown syntax and HTML, folds line breaks, so a title can
  neither forge a heading, break a table, link somewhere nor carry ``<script>``; :func:`finalize`
  applies it to every ``{{ … }}`` of a ``.md`` template (values marked :class:`Md` pass as is).
- :func:`cell` (SQL: :mod:`qingdan.core.report.neutral`): a spreadsheet cell starting with
  ``= + - @``, tab or CR is prefixed with ``'`` (OWASP's CSV-injection advice), so Excel/WPS
  show text, never run a formula.
"""

from __future__ import annotations

import re
from typing import Any

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MD_SPECIAL = re.compile(r"([\\`*<|]|\](?=[(\[]))")  # code, emphasis, HTML, cells, links
_MD_LEADING = re.compile(r"^(\s*)([-+*>]|#{1,6}|\d+[.)])(?=\s|$)")  # block syntax at line start
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal(text: str) -> str:
    """``text`` with every control and bidi character made visible."""
    return UNSAFE.sub(_visible, text)


def console(**options: Any) -> Any:
    """A rich ``Console`` that passes every string through :func:`terminal` before rendering."""
    from rich.console import Console
    from rich.segment import Segment

    class SafeConsole(Console):
        def render(self, renderable: Any, options: Any = None) -> Any:
            for segment in super().render(renderable, options):
                if segment.control is None and UNSAFE.search(segment.text):
                    yield Segment(terminal(segment.text), segment.style)
                else:
                    yield segment

    return SafeConsole(**options)


class Md(str):
    """Text already safe for Markdown (:func:`finalize` leaves it alone)."""

    __slots__ = ()


def markdown(value: Any) -> Md:
    """``value`` as inline Markdown text: syntax escaped, line breaks folded to spaces."""
    if isinstance(value, Md):
        return value
    text = terminal(" ".join(str(value).splitlines())) if value is not None else ""
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return Md(_MD_LEADING.sub(_leading, text))


def _leading(match: re.Match[str]) -> str:
    space, marker = match.groups()
    if marker[-1] in ".)":  # an ordered-list marker: escape its punctuation
        return f"{space}{marker[:-1]}\\{marker[-1]}"
    return f"{space}\\{marker}"


def finalize(value: Any) -> Any:
    """Jinja2 ``finalize`` for Markdown templates: every printed value is escaped once."""
    if value is None or isinstance(value, (int, float, Md)):
        return value
    return markdown(value)


def cell(value: Any) -> Any:
    """A spreadsheet cell that cannot start a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
