"""Jinja2 environment: the workspace's ``reports/templates`` override the packaged ones.

``StrictUndefined`` so a template that names a missing field fails loudly; autoescape for
``.html`` (titles may hold ``<script>``); for ``.md`` every value is Markdown-escaped.
Each template renders one documented context (STYLE §10). No leading indentation is emitted
(``trim_blocks``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qingdan.workspace import packaged_templates_dir


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
