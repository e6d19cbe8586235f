"""Consoles that never cut piped output, and honour ``NO_COLOR``/``--no-color``.

On a terminal rich wraps to the window, as people expect. Anywhere else (a file, a pipe, a CI
log) output is data: like ``git`` and ``ruff``, qingdan writes every line whole, with no width
limit (whatever ``COLUMNS`` says), no ``…`` truncation and no padding spaces at line ends.
"""

from __future__ import annotations

import os
import sys
from typing import IO, TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from rich.console import Console

UNLIMITED = 100_000  #: the width of a "line" when nobody will wrap it


class _WholeLines:
    """A text stream (resolved at each write, so test runners can swap it) that strips
    the spaces rich pads table cells with from the end of each line."""

    def __init__(self, stderr: bool) -> None:
        self.stderr = stderr
        self.pending = ""

    @property
    def stream(self) -> IO[str]:
        return sys.stderr if self.stderr else sys.stdout

    def write(self, text: str) -> int:
        lines = (self.pending + text).split("\n")
        self.pending = lines.pop()
        if lines:
            self.stream.write("".join(line.rstrip(" ") + "\n" for line in lines))
        return len(text)

    def flush(self) -> None:
        if self.pending:
            self.stream.write(self.pending)
            self.pending = ""
        self.stream.flush()

    def isatty(self) -> bool:
        return False

    def __getattr__(self, name: str) -> Any:  # encoding, fileno … of the real stream
        return getattr(self.stream, name)


def is_terminal(stderr: bool = False) -> bool:
    stream = sys.stderr if stderr else sys.stdout
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def plain(no_color: bool = False) -> bool:
    """No colour: ``--no-color``, or ``NO_COLOR`` set to anything (https://no-color.org)."""
    return no_color or "NO_COLOR" in os.environ


def make(stderr: bool = False, no_color: bool = False) -> Console:
    """A rich console for stdout (or stderr): wraps on a terminal, whole lines elsewhere."""
    from qingdan.render.safe import console  # control and bidi characters made visible

    common: dict[str, Any] = {"no_color": plain(no_color), "highlight": False}
    if is_terminal(stderr):
        return cast("Console", console(stderr=stderr, soft_wrap=True, **common))
    return cast(
        "Console",
        console(
            file=cast("IO[str]", _WholeLines(stderr)), width=UNLIMITED, soft_wrap=False, **common
        ),
    )
