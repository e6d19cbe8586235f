"""CSV and spreadsheet request tables: one request per row, headers mapped to request fields.

Headers map to canonical (dotted) field names through the shared vocabulary
(:mod:`qingdan.core.columns`), extended by ``qingdan.toml`` ``[check.columns]`` and ``--map``;
the file is read by :mod:`qingdan.core.intake.files` (encoding detected per file, every sheet of a
workbook through calamine, title rows above the header skipped). Cells become the nested request:
``legal_basis`` cells hold ``《法》第三条；《条例》``, ``cites`` and ``demands`` are separated by
``；;、,``; a demand reads ``台账：标题``. Values as clerks write them are made canonical by
:mod:`.office`. A row is reported at its line and does not stop the others; unmapped columns are
returned for a warning (a problem with ``strict``); a ``--map`` header the file lacks is a usage
error naming the columns it has.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qingdan.core.check.requests import Problem, Request, accept
from qingdan.core.columns import REQUEST
from qingdan.core.intake.files import Sheet
from qingdan.core.limits import MAX_SCALAR_CHARS
from qingdan.core.lists.kinds import KIND_ALIASES
from qingdan.core.values import amount
from qingdan.errors import UsageError
from qingdan.messages import msg


@dataclass(frozen=True)
class TableOptions:
    """How to read a request table: ``--map``, ``--strict``, ``--encoding``, ``--sheet``."""

    explicit: Mapping[str, str] = field(default_factory=dict)
    strict: bool = False
    encoding: str | None = None
    sheet: str | None = None


FIELDS = frozenset(REQUEST)
_SPLIT = re.compile(r"[；;、,，\n]+")
_BASIS = re.compile(r"《([^》]+)》\s*([^《；;]*)")
_YES = {"是", "否决", "yes", "true", "1", "y"}


def _text(value: Any) -> str:
    if value is None:
        return ""
    from qingdan.core.intake.sheets import cell_text

    return cell_text(value)


def _basis(cell: str) -> list[dict[str, Any]]:
    found = [
        {"law": law.strip(), "article": art.strip() or None} for law, art in _BASIS.findall(cell)
    ]
    return found or [{"law": part, "article": None} for part in _SPLIT.split(cell) if part]


def _demands(cell: str) -> list[dict[str, str]]:
    out = []
    for part in _SPLIT.split(cell):
        kind, sep, title = part.partition("：") if "：" in part else part.partition(":")
        if sep and title.strip():
            out.append(
                {"kind": KIND_ALIASES.get(kind.strip(), kind.strip()), "title": title.strip()}
            )
        elif part.strip():
            out.append({"kind": "", "title": part.strip()})
    return out


def row_to_request(row: Mapping[str, str]) -> dict[str, Any]:
    """A request mapping from a row keyed by canonical field names (empty cells dropped)."""
    data: dict[str, Any] = {}
    for name, cell in row.items():
        if not cell:
            continue
        if name == "kind":
            data["kind"] = KIND_ALIASES.get(cell, cell)
        elif name == "legal_basis":
            data["legal_basis"] = _basis(cell)
        elif name == "cites":
            data["cites"] = [c.strip().upper() for c in _SPLIT.split(cell) if c.strip()]
        elif name == "demands":
            data["demands"] = _demands(cell)
        elif name == "funding.amount":
            yuan = amount(cell)
            data.setdefault("funding", {})["amount"] = cell if yuan is None else yuan
        elif name == "consultation.veto":
            data.setdefault("consultation", {})["veto"] = cell.lower() in _YES
        elif "." in name:
            outer, inner = name.split(".", 1)
            data.setdefault(outer, {})[inner] = cell
        else:
            data[name] = cell
    return data


def read(
    path: Path,
    shown: str,
    columns: Mapping[str, str],
    requests: list[Request],
    problems: list[Problem],
    *,
    options: TableOptions | None = None,
    data: bytes | None = None,
    skipped: list[tuple[str, tuple[str, ...]]] | None = None,
) -> list[tuple[str, Sheet]]:
    """Every request row of a CSV or workbook (every sheet); the sheets read (with the column
    map each was read with), named ``file`` or ``file#sheet``."""
    from qingdan.core.intake.files import read_table

    opts = options or TableOptions()
    found = read_table(
        path,
        shown,
        "request",
        config=columns,
        explicit=opts.explicit,
        encoding=opts.encoding,
        sheet=opts.sheet,
        data=data,
    )
    if found.skipped and skipped is not None:
        skipped.append((shown, found.skipped))
    for line in found.bad_lines:
        problems.append(Problem(shown, line, msg("office.undecodable_line")))
    maps: list[tuple[str, Sheet]] = []
    for sheet in found.sheets:
        where = f"{shown}#{sheet.name}" if sheet.name and len(found.sheets) > 1 else shown
        cmap = sheet.columns
        maps.append((where, sheet))
        if cmap.absent:
            raise UsageError(
                msg(
                    "office.map_absent",
                    columns="、".join(cmap.absent),
                    headers="、".join(c.header for c in cmap.columns if c.header),
                ),
                path=where,
            )
        if opts.strict and (cmap.unmapped or cmap.missing):
            problems.append(
                Problem(
                    where,
                    sheet.header_line,
                    msg(
                        "office.strict",
                        unmapped="、".join(cmap.unmapped) or "-",
                        missing="、".join(cmap.missing) or "-",
                    ),
                )
            )
            continue
        if "title" not in cmap.positions:
            empty = not any(c.header for c in cmap.columns)
            problems.append(
                Problem(
                    where,
                    sheet.header_line,
                    msg("table.no_header")
                    if empty
                    else msg("check.bad_header", columns="、".join(cmap.unmapped) or "-"),
                )
            )
            continue
        headers = {f: cmap.columns[i].header for f, i in cmap.positions.items()}
        for line, cells in sheet.rows:
            row = {f: _text(cells[i]) if i < len(cells) else "" for f, i in cmap.positions.items()}
            longest = max((len(v) for v in row.values()), default=0)
            if longest > MAX_SCALAR_CHARS:  # one cell of a whole book: a finding, not a request
                message = msg("limits.scalar", size=longest, limit=MAX_SCALAR_CHARS)
                problems.append(Problem(where, line, message))
                continue
            accept(row_to_request(row), where, line, requests, problems, headers)
    return maps
