"""Write list items back into a list file's text, touching only the items that changed.

Used by ``qingdan import``. An unchanged item keeps its exact text (comments, quoting, layout), so
an export → import round trip is byte-identical. A changed item's block is re-emitted in the
bundled files' style: two-space list indent, keys in the item's existing order (new keys in the
schema's order), dates always double-quoted, ``aliases``/``keywords`` as flow sequences, each
legal basis and precedent as a flow mapping, ``null`` for empty values. A new item goes after the
last item. A changed item's comments inside its block are not kept (the block is rewritten).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import yaml

from qingdan.core.lists.model import ListFile

ITEM_KEYS = (
    "id",
    "title",
    "aliases",
    "keywords",
    "department",
    "legal_basis",
    "precedent",
    "published_on",
    "effective_from",
    "effective_to",
    "dates_source",
    "dates_illustrative",
    "status",
    "retired_on",
    "reason",
    "source",
    "source_where",
    "source_jurisdiction",
    "source_ref",
    "source_class",
)
DATE_KEYS = ("published_on", "effective_from", "effective_to", "retired_on")
FLOW_LISTS = ("aliases", "keywords")
MAPPING_LISTS = ("legal_basis", "precedent")  #: lists of flow mappings, one per line


def _fits(text: str, wrap: str) -> bool:
    """Whether ``text`` written plain inside ``wrap`` reads back as the same string, both by
    qingdan's own loader (YAML 1.2 numbers: ``08`` is 8) and by PyYAML's (YAML 1.1: ``on``)."""
    from qingdan.core.lists.yamlsafe import loads

    expected: Any = {"{}": text, "[{}]": [text]}.get(wrap, {"k": text})
    document = wrap.format(text)
    try:
        if yaml.safe_load(document) != expected:
            return False
    except yaml.YAMLError:
        return False
    ours = loads(document)
    return not ours.problems and ours.data == expected


def scalar(value: Any, wrap: str = "{}") -> str:
    """``value`` as a YAML scalar: plain when it reads back unchanged, else double-quoted."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    plain_ok = (
        text
        and text == text.strip()
        and "\n" not in text
        and "#" not in text
        and text[0] not in "'\"&*!|>%@`-?:,[]{}"
        and _fits(text, wrap)
    )
    return text if plain_ok else json.dumps(text, ensure_ascii=False)


def _line(key: str, value: Any) -> list[str]:
    if key in DATE_KEYS and value is not None:
        return [f"    {key}: {json.dumps(str(value))}"]
    if key in FLOW_LISTS and isinstance(value, list):
        return [f"    {key}: [{', '.join(scalar(v, '[{}]') for v in value)}]"]
    if key in MAPPING_LISTS and isinstance(value, list):
        if not value:
            return [f"    {key}: []"]
        rows = []
        for basis in value:
            pairs = ", ".join(f"{k}: {scalar(v, '{{k: {}}}')}" for k, v in basis.items())
            rows.append(f"      - {{{pairs}}}")
        return [f"    {key}:", *rows]
    return [f"    {key}: {scalar(value)}"]


def emit_item(raw: Mapping[str, Any], order: Sequence[str] = ()) -> str:
    """One list entry as YAML lines (ending with a newline), in the bundled files' style."""
    keys = [k for k in order if k in raw] + [k for k in ITEM_KEYS if k in raw and k not in order]
    keys += [k for k in raw if k not in keys]
    lines: list[str] = []
    for key in keys:
        lines.extend(_line(key, raw[key]))
    first = lines[0].lstrip()
    return "\n".join(["  - " + first, *lines[1:]]) + "\n"


def _blocks(lf: ListFile, lines: list[str]) -> list[tuple[int, int]]:
    """0-based [start, end) line spans of each item in ``lines``."""
    starts = [lf.loaded.mark(("items", lf.position(i)))[0] - 1 for i in range(len(lf.items))]
    spans = []
    for n, start in enumerate(starts):
        if n + 1 < len(starts):
            end = starts[n + 1]
        else:
            end = start + 1
            while end < len(lines) and (not lines[end].strip() or lines[end][0] in " #"):
                end += 1
        spans.append((start, end))
    return spans


def rewrite(
    lf: ListFile,
    text: str,
    changed: Mapping[str, Mapping[str, Any]],
    added: Sequence[Mapping[str, Any]],
) -> str:
    """``text`` of ``lf`` with the items in ``changed`` (id → new raw) replaced in place and
    ``added`` appended after the last item."""
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    new = "".join(emit_item(raw) for raw in added)
    if not lf.items:
        for index, line in enumerate(lines):
            if line.startswith("items:"):
                lines[index] = "items:\n" + new if new else line
                return "".join(lines)
        return "".join(lines) + ("items:\n" + new if new else "")
    spans = _blocks(lf, lines)
    out: list[str] = []
    cursor = 0
    for item, (start, end) in zip(lf.items, spans, strict=True):
        if item.id in changed:
            out.extend(lines[cursor:start])
            out.append(emit_item(changed[item.id], list(item.raw)))
            cursor = end
    tail_at = spans[-1][1]
    out.extend(lines[cursor:tail_at])
    out.append(new)
    out.extend(lines[tail_at:])
    return "".join(out)
