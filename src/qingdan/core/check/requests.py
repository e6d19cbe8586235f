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
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qingdan.core.lists.model import LegalBasis, parse_date
from qingdan.core.lists.yamlsafe import load_path
from qingdan.messages import Text, msg

SUFFIXES = (".yaml", ".yml", ".json", ".csv", ".xlsx")


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

    @property
    def ok(self) -> bool:
        return not self.problems


def digest(data: Mapping[str, Any]) -> str:
    canonical = json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def schema_errors(data: Any) -> list[str]:
    """Schema messages for one request (empty when valid)."""
    from qingdan.core.lists import schemas

    return [f"{e.where}: {e.message}" for e in schemas.errors("request", data)]


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


def accept(
    data: Any, file: str, line: int, requests: list[Request], problems: list[Problem]
) -> None:
    """Validate one request mapping; append it or a problem."""
    errors = schema_errors(data)
    if errors:
        problems.append(Problem(file, line, msg("check.invalid_request", errors="; ".join(errors))))
    else:
        requests.append(build(data, f"{file}:{line}"))


def _read_json(path: Path, shown: str, requests: list[Request], problems: list[Problem]) -> None:
    try:
        text = path.read_bytes().decode("utf-8-sig")
        if not isinstance(json.loads(text), (dict, list)):
            problems.append(Problem(shown, 1, msg("check.not_request")))
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
    path: Path, shown: str, requests: list[Request], problems: list[Problem]
) -> None:
    if path.suffix.lower() == ".json":
        _read_json(path, shown, requests, problems)
        return
    loaded = load_path(path)
    if loaded.problems:
        for p in loaded.problems:
            problems.append(Problem(shown, p.line, p.message))
        return
    data = loaded.data
    if isinstance(data, dict):
        accept(data, shown, loaded.mark(())[0], requests, problems)
    elif isinstance(data, list) and data:
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
