"""One registry: (result type, format) → renderer, and the one JSON envelope (STYLE §4).

:data:`RENDERERS` maps each result type a command produces to its formats, each a
``"module:function"`` under ``qingdan.render`` imported only when used and called as
``function(result, out)``. What it returns says where the answer goes:

- a ``dict``: the data of a JSON answer; :func:`emit` wraps it in the envelope and prints it;
- a ``str``: printed to stdout as it is;
- ``bytes``: written atomically to ``out.path`` (the command's ``--out``), e.g. an xlsx workbook;
- ``None``: it printed through ``out.console()`` itself.

``--format`` choices come from here (``cli.common.format_option``), so adding a format is one entry.
:data:`NOTES` are renderers run after every format, for what goes to stderr (problems, "wrote X").

The envelope: ``schema_version``, ``command``, ``qingdan_version``, ``lists_revision`` (for results
drawn from the workspace's lists), then the data, in that order. Each command's answer is published
as ``schemas/output/<command>.schema.json`` (docs/reference/json-outputs.md).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from qingdan.workspace import Workspace

#: result type → format → renderer. The first format is the default.
RENDERERS: dict[str, dict[str, str]] = {
    "validation": {  # core.lists.validate.ValidationReport
        "text": "validation:text",
        "json": "validation:to_json",
        "github": "validation:github",
        "sarif": "validation:sarif",
    },
    "lists": {"text": "browse:lists_text", "json": "browse:lists_json"},  # [ListSummary]
    "item": {"text": "browse:item_text", "json": "browse:item_json"},  # core.lists.model.Item
    "search": {"text": "browse:search_text", "json": "browse:search_json"},  # browse.Found
    "check": {  # core.check.decision.CheckRun
        "text": "check:text",
        "json": "check:to_json",
        "jsonl": "check:jsonl",
        "markdown": "check:markdown",
        "xlsx": "check_xlsx:answer",  # the rows back with 审查结论/理由/依据 (--out)
        "docx": "check_docx:answer",  # reply letters, 回复函 (--out)
    },
    "cases": {"text": "cases:text", "json": "cases:to_json", "junit": "cases:junit"},  # CaseRun
    "rate": {"text": "maint:rate_text", "json": "maint:rate_json", "markdown": "maint:rate_md"},
    "diff": {"text": "maint:diff_text", "json": "maint:diff_json", "markdown": "maint:diff_md"},
    "export": {"xlsx": "answers:workbook"},  # core.lists.model.ListSet
    "import": {"text": "answers:import_text", "json": "answers:import_json"},  # Imported
    "generate": {"text": "answers:nothing", "json": "answers:generate_json"},  # synth.Generated
    "report": {"text": "answers:report_text", "json": "answers:report_json"},  # Produced
    "inspect": {"text": "inspect:text", "json": "inspect:to_json"},  # [jobs.inspect.Inspection]
    "sql": {"table": "answers:sql_table", "json": "answers:sql_json", "csv": "answers:sql_csv"},
}

#: result type → renderer run after every format (messages on stderr).
NOTES: dict[str, str] = {
    "check": "check:problems_note",
    "export": "answers:export_note",
    "generate": "answers:generate_note",
}

#: result types judged against the workspace's lists: their envelope names the lists' revision.
REVISIONED = frozenset(
    {"validation", "lists", "item", "search", "check", "cases", "rate", "import", "report"}
)


def formats(result_type: str) -> tuple[str, ...]:
    """The formats a result type renders to, the default first."""
    return tuple(RENDERERS[result_type])


@dataclass
class Out:
    """Where an answer goes, and what renderers may need from the run."""

    command: str
    fmt: str
    workspace: Workspace | None = None
    no_color: bool = False
    path: Path | None = None  #: ``--out`` for file formats
    options: Mapping[str, Any] = field(default_factory=dict)  #: presentation options (``--limit``)

    def console(self, stderr: bool = False) -> Console:
        return console(self.no_color, stderr)

    @property
    def templates(self) -> Path | None:
        return self.workspace.templates_dir if self.workspace is not None else None


def console(no_color: bool = False, stderr: bool = False) -> Console:
    """A rich console; plain when ``--no-color`` or ``NO_COLOR`` is set (STYLE §5); whole lines
    when not a terminal (:mod:`qingdan.render.terminal`)."""
    from qingdan.render import terminal

    return terminal.make(stderr=stderr, no_color=no_color)


def envelope(result_type: str, data: Mapping[str, Any], out: Out) -> dict[str, Any]:
    """The one JSON envelope: fixed keys first, then ``data`` in its own order."""
    from qingdan import __version__
    from qingdan.render.jsonout import SCHEMA_VERSION

    head: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "command": out.command,
        "qingdan_version": __version__,
    }
    if result_type in REVISIONED and out.workspace is not None:
        from qingdan.core.lists.git import revision

        head["lists_revision"] = revision(out.workspace.root).as_dict()
    return {**head, **{k: v for k, v in data.items() if k not in head}}


def _resolve(target: str) -> Any:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(f"qingdan.render.{module}"), name)


def emit(result_type: str, result: Any, out: Out) -> None:
    """Render ``result`` in ``out.fmt`` to where it belongs, then run the type's note."""
    import sys

    from qingdan.render.jsonout import dumps

    answer = _resolve(RENDERERS[result_type][out.fmt])(result, out)
    if isinstance(answer, Mapping):
        sys.stdout.write(dumps(envelope(result_type, answer, out)) + "\n")
    elif isinstance(answer, bytes):
        from qingdan.errors import UsageError
        from qingdan.messages import msg
        from qingdan.render.files import atomic_write

        if out.path is None:
            raise UsageError(msg("format.needs_out", fmt=out.fmt))
        atomic_write(out.path, answer)
    elif isinstance(answer, str) and answer:
        sys.stdout.write(answer if answer.endswith("\n") else answer + "\n")
    if result_type in NOTES:
        _resolve(NOTES[result_type])(result, out)
