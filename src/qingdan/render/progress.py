"""A progress bar on stderr for long report runs (rich, transient, only on a terminal)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from qingdan.i18n import t

STEPS = ("ingest", "judge", "aggregate", "render")


@contextmanager
def steps(console: Any, quiet: bool = False) -> Iterator[Callable[[str], None] | None]:
    """Yields ``on_step(name)``; nothing is drawn when stderr is not a terminal, or ``quiet``."""
    if quiet or not console.is_terminal:
        yield None
        return
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task(t("progress.ingest"), total=len(STEPS))

        def on_step(name: str) -> None:
            done = STEPS.index(name) if name in STEPS else 0
            bar.update(task, completed=done, description=t(f"progress.{name}"))

        yield on_step
