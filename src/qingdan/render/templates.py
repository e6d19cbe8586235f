"""Jinja2 environment: the workspace's ``reports/templates`` override the packaged ones.

``StrictUndefined`` so a template that names a missing field fails loudly; autoescape for
``.html`` (titles may hold ``<script>``); for ``.md`` every value is Markdown-escaped.
Each template renders one documented context (STYLE §10). No leading indentation is emitted
(``trim_blocks``). Compiled templates are kept in Jinja2's bytecode cache (a folder of the
user's own in the temp directory, mode 0700, checked by Jinja2): a template compiles once, not
on every run (about a tenth of a second for a report), and again whenever its source changes;
a cache that cannot be read or written is no cache.
"""

from __future__ import annotations

from contextlib import suppress
from functools import lru_cache
from pathlib import Path
from typing import Any

from qingdan.workspace import packaged_templates_dir


@lru_cache(maxsize=1)
def _bytecode_cache() -> Any:
    """Jinja2's file-system bytecode cache in its safe default folder, or None."""
    from jinja2 import BytecodeCache, FileSystemBytecodeCache
    from jinja2.bccache import Bucket

    class Tolerant(FileSystemBytecodeCache):
        """A cache file that cannot be read is a miss; one that cannot be written is skipped."""

        def load_bytecode(self, bucket: Bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # a damaged cache file: compile again
                bucket.reset()

        def dump_bytecode(self, bucket: Bucket) -> None:
            with suppress(OSError):
                super().dump_bytecode(bucket)

    cache: BytecodeCache | None
    try:
        cache = Tolerant(pattern="__qingdan_%s.cache")
    except (OSError, RuntimeError):  # no temp folder of our own: compile every time
        cache = None
    return cache


def environment(workspace_templates: Path | None = None, *, markdown: bool = False) -> Any:
    """``markdown``: every printed value is escaped (:func:`qingdan.render.safe.finalize`)."""
    import jinja2

    folders = [
        str(p)
        for p in (workspace_templates, packaged_templates_dir())
        if p is not None and p.is_dir()
    ]
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(list(dict.fromkeys(folders))),
        autoescape=jinja2.select_autoescape(
            enabled_extensions=("html", "htm", "xml", "html.j2", "htm.j2", "xml.j2")
        ),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_markdown_finalize if markdown else _finalize,
        bytecode_cache=_bytecode_cache(),
    )


def _finalize(value: Any) -> Any:
    """A core message printed by a template is translated (``{{ reason }}`` reads as text)."""
    from qingdan.i18n import tr
    from qingdan.messages import Msg

    return tr(value) if isinstance(value, Msg) else value


def _markdown_finalize(value: Any) -> Any:
    """Markdown templates: translated, then escaped (a title cannot forge Markdown or HTML)."""
    from qingdan.render.safe import finalize

    return finalize(_finalize(value))


def render(name: str, context: dict[str, Any], workspace_templates: Path | None = None) -> str:
    env = environment(workspace_templates, markdown=name.endswith((".md.j2", ".md")))
    return str(env.get_template(name).render(**context))
