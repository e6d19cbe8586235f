"""Request files → :class:`Request` objects, every unreadable one a :class:`Problem` with file:line.

Inputs (DESIGN §3 check): YAML or JSON files holding one request or a list of them, folders of
such files, and CSV (UTF-8, UTF-8 with BOM, GB18030/GBK) or xlsx tables with one request per row
(see :mod:`.tables`). Each request is checked against ``schemas/request.schema.json``;
a file that does not parse or a request that does not validate becomes a problem while the other
requests of the call are still read. ``sha256`` is over the request's canonical JSON, so the same
request gives the same digest whatever file format carried it.

Over 150 lines: the request model, validation and the YAML/JSON readers share one contract.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qingdan.core.limits import LimitExceeded, json_loads, regular_file
from qingdan.core.lists.model import LegalBasis, parse_date
from qingdan.core.lists.yamlsafe import load_path, loads
from qingdan.messages import Msg, Text, msg

#: what a folder is searched for: every format `check` reads when the file is named (not .txt)
SUFFIXES = (".yaml", ".yml", ".json", ".csv", ".tsv", ".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")


@dataclass(frozen=True)
class Demand:
    kind: str
    title: str
    description: str | None = None


@dataclass(frozen=True)
class Request:
    id: str
    title: str
    department: str
    kind: str
    description: str | None = None
    legal_basis: tuple[LegalBasis, ...] = ()
    funding: Mapping[str, Any] | None = None
    support: str | None = None
    period_from: dt.date | None = None
    period_to: dt.date | None = None
    submitted: dt.date | None = None
    cites: tuple[str, ...] = ()
    emergency: Mapping[str, str] | None = None
    demands: tuple[Demand, ...] = ()
    consultation: Mapping[str, Any] | None = None
    source: str = ""  #: ``file:line`` where the request starts
    sha256: str = ""
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    message: Text

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Batch:
    requests: tuple[Request, ...]
    problems: tuple[Problem, ...]
    #: (file or file#sheet, :class:`~qingdan.core.columns.ColumnMap`) of every table read
    columns: tuple[tuple[str, Any], ...] = ()
    #: (file, its sheets with cells but no recognisable header: not read) per workbook
    skipped: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def digest(data: Mapping[str, Any]) -> str:
    canonical = json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def schema_errors(data: Any, prefix: str = "") -> list[Msg]:
    """Schema messages for one request (empty when valid), each naming where it applies."""
    from qingdan.core.lists import schemas

    return [
        msg("schema.at", where=f"{prefix}{e.where}", message=e.text)
        for e in schemas.errors("request", data)
    ]


def build(data: Mapping[str, Any], source: str) -> Request:
    """A :class:`Request` from a schema-valid mapping."""
    period = data.get("period") or {}
    basis = tuple(LegalBasis(b["law"], b.get("article")) for b in data.get("legal_basis") or ())
    demands = tuple(
        Demand(d["kind"], d["title"], d.get("description")) for d in data.get("demands") or ()
    )
    return Request(
        id=str(data["id"]),
        title=data["title"],
        department=data["department"],
        kind=data["kind"],
        description=data.get("description"),
        legal_basis=basis,
        funding=data.get("funding"),
        support=data.get("support") or None,
        period_from=parse_date(period.get("from")),
        period_to=parse_date(period.get("to")),
        submitted=parse_date(data.get("submitted")),
        cites=tuple(data.get("cites") or ()),
        emergency=data.get("emergency"),
        demands=demands,
        consultation=data.get("consultation"),
        source=source,
        sha256=digest(data),
        raw=data,
    )


def _cell_errors(data: Any, columns: Mapping[str, str] | None) -> list[Text]:
    """Schema errors naming the column (or field) they are about, a missing value in the
    interface language."""
    import re

    from qingdan.core.lists import schemas

    out: list[Text] = []
    for error in schemas.errors("request", data):
        field = ".".join(str(p) for p in error.path if not isinstance(p, int))
        required = re.fullmatch(r"'([^']+)' is a required property", error.message)
        if required:
            name = f"{field}.{required.group(1)}" if field else required.group(1)
            missing = msg("office.missing_value")
            out.append(msg("office.cell", column=_column(name, columns), message=missing))
            continue
        # in the interface language: the schema keyword's own message, or the unknown fields
        said: Text = error.text
        if error.unexpected:
            said = msg("validate.unknown_field", fields=", ".join(sorted(error.unexpected)))
        if field:
            out.append(msg("office.cell", column=_column(field, columns), message=said))
        else:
            out.append(said)
    return out


def _join(parts: Sequence[Text]) -> Msg:
    return msg("_join", sep="; ", parts=tuple(parts))


def _column(name: str, columns: Mapping[str, str] | None) -> str:
    from qingdan.core.columns import REQUEST

    if columns is None:  # YAML/JSON: the field as written
        return name
    return columns.get(name) or REQUEST.get(name, (name,))[0]


def accept(
    data: Any,
    file: str,
    line: int,
    requests: list[Request],
    problems: list[Problem],
    columns: Mapping[str, str] | None = None,
) -> None:
    """Make office values canonical (:mod:`.office`), validate; append the request or a problem
    naming the cell (``columns``: field → the header it came from, for tables)."""
    from qingdan.core.check.office import normalize

    data, bad = normalize(data, file, line)
    if bad:
        cells = [
            msg("office.cell", column=_column(name, columns), message=msg(key, **params))
            for name, key, params in bad
        ]
        problems.append(Problem(file, line, _join(cells)))
        return
    errors = _cell_errors(data, columns)
    if errors:
        problems.append(Problem(file, line, msg("check.invalid_request", errors=_join(errors))))
    else:
        requests.append(build(data, f"{file}:{line}"))


def _read_json(
    path: Path, shown: str, requests: list[Request], problems: list[Problem], data: bytes | None
) -> None:
    try:  # limits first: a regular file, depth, integer size, NaN/Infinity (core.limits)
        if data is None:
            regular_file(path, "request")
        text = (path.read_bytes() if data is None else data).decode("utf-8-sig")
        if not isinstance(json_loads(text), (dict, list)):
            problems.append(Problem(shown, 1, msg("check.not_request")))
            return
    except LimitExceeded as exc:
        problems.append(Problem(shown, 1, msg(exc.key, **exc.params)))
        return
    except UnicodeDecodeError:
        problems.append(Problem(shown, 1, msg("check.not_utf8")))
        return
    except json.JSONDecodeError as exc:
        problems.append(Problem(shown, exc.lineno, msg("check.bad_json", error=exc.msg)))
        return
    for entry, line in _json_entries(text):
        accept(entry, shown, line, requests, problems)


def _read_structured(
    path: Path,
    shown: str,
    requests: list[Request],
    problems: list[Problem],
    data: bytes | None = None,
) -> None:
    """A YAML or JSON request file (``data``: its bytes from stdin instead)."""
    if (path.suffix.lower() if data is None else _stdin_kind(data)) == ".json":
        _read_json(path, shown, requests, problems, data)
        return
    if data is None:
        loaded = load_path(path, kind="request")
    else:
        try:
            loaded = loads(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            problems.append(Problem(shown, 1, msg("check.not_utf8")))
            return
    if loaded.problems:
        for p in loaded.problems:
            problems.append(Problem(shown, p.line, p.message))
        return
    data = loaded.data
    if isinstance(data, dict):
        accept(data, shown, loaded.mark(())[0], requests, problems)
    elif isinstance(data, list):  # an empty list holds no request, as in JSON
        for index, entry in enumerate(data):
            accept(entry, shown, loaded.mark((index,))[0], requests, problems)
    else:
        problems.append(Problem(shown, 1, msg("check.not_request")))


def _json_entries(text: str) -> list[tuple[Any, int]]:
    """The requests of a JSON document (an object or an array) with the line each starts on;
    the C decoder reads one element at a time, so lines cost one count per element."""
    decoder = json.JSONDecoder()
    start = len(text) - len(text.lstrip())
    if not text.startswith("[", start):
        return [(json.loads(text), text.count("\n", 0, start) + 1)]
    out: list[tuple[Any, int]] = []
    position, line, counted = start + 1, 1, 0
    while True:
        while text[position] in " \t\r\n,":
            position += 1
        if text[position] == "]":
            return out
        line += text.count("\n", counted, position)
        counted = position
        entry, position = decoder.raw_decode(text, position)
        out.append((entry, line))


def _stdin_kind(data: bytes) -> str:
    return ".json" if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[") else ".yaml"
