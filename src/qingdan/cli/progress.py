"""``--quiet`` and a progress bar for counted work (batch ``check``), on stderr, only on a terminal.

Long work shows it is alive (DESIGN §4 "errors for people" and issue 14): ``report`` shows its
steps (``render.progress.steps``), ``check`` of many requests a counted bar. Nothing is drawn when
stderr is not a terminal (a pipe, a file, CI) or under ``--quiet``, so logs stay clean.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer

QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="不显示进度 · No progress display on stderr.")
]


@contextmanager
def counted(
    console: Any, description: str, quiet: bool = False
) -> Iterator[Callable[[int, int], None] | None]:
    """Yields ``on_each(done, total)``, or None when nothing should be drawn; the bar appears
    once there are two or more things to count."""
    if quiet or not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task(description, total=None, visible=False)

        def on_each(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, visible=total >= 2)

        yield on_each
