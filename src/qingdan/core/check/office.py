"""A request as a clerk wrote it → the canonical request the schema expects (every format).

Contract: :func:`normalize` takes a request mapping read from YAML, JSON or a table row and
returns ``(data, problems)``: kinds written in Chinese (工作事项/台账/证明/挂牌/考核评比, also on
demands) become the canonical keys, dates in any office form (:func:`qingdan.core.values.
office_date`) become ``YYYY-MM-DD``, amounts such as ``2万元``/``20,000元`` become yuan, and a
request without an id gets a stable one, ``<file name>:<line>``. ``problems`` are
``(field, key, params)`` triples (message keys in ``catalog/office``): the caller names the file,
line and column. Nothing else is changed; the schema still has the last word. Pure.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

from qingdan.core.lists.kinds import KIND_ALIASES, REQUEST_KINDS
from qingdan.core.values import amount, iso_date

DATES = (("period", "from"), ("period", "to"), ("consultation", "date"), (None, "submitted"))
#: list-kind keys and plural forms people also write as a request kind
_PLURALS = {
    "ledgers": "ledger",
    "certificates": "certificate",
    "plaques": "plaque",
    "evaluations": "evaluation",
    "self-governance": "task",
    "assisted": "task",
    "entry": "task",
    "清单外事项": "task",
}
Problem = tuple[str, str, dict[str, Any]]
REQUIRED = ("title", "department", "kind")


def kind_of(value: Any) -> str | None:
    """The canonical request kind of ``value`` (``证明`` → ``certificate``), None if unknown."""
    text = str(value).strip()
    key = text.lower()
    found = KIND_ALIASES.get(text) or KIND_ALIASES.get(key) or _PLURALS.get(key)
    return found if found in REQUEST_KINDS else None


def generated_id(file: str, line: int) -> str:
    """The id of a request written without one: stable across runs and machines."""
    return f"{PurePath(file).name}:{line}"


def normalize(data: Any, file: str, line: int) -> tuple[Any, list[Problem]]:
    """``data`` with office values made canonical, and the values that could not be read."""
    if not isinstance(data, Mapping):
        return data, []
    out: dict[str, Any] = copy.deepcopy(dict(data))
    problems: list[Problem] = []
    if out.get("id") in (None, ""):
        out["id"] = generated_id(file, line)
    elif not isinstance(out["id"], str):
        out["id"] = str(out["id"])
    for name in REQUIRED:
        if out.get(name) in (None, "") and isinstance(out, dict):
            problems.append((name, "office.missing_value", {}))
    if out.get("kind") not in (None, ""):
        kind = kind_of(out["kind"])
        if kind is None:
            problems.append(("kind", "office.bad_kind", {"value": out["kind"]}))
        else:
            out["kind"] = kind
    for demand in out.get("demands") or ():
        if isinstance(demand, dict) and demand.get("kind"):
            kind = kind_of(demand["kind"])
            if kind is None or kind == "task":
                problems.append(("demands", "office.bad_kind", {"value": demand["kind"]}))
            else:
                demand["kind"] = kind
    for outer, name in DATES:
        holder = out.get(outer) if outer else out
        if not isinstance(holder, dict) or holder.get(name) in (None, ""):
            continue
        try:
            holder[name] = iso_date(holder[name])
        except ValueError:
            field = f"{outer}.{name}" if outer else name
            problems.append((field, "office.bad_date", {"value": holder[name]}))
    funding = out.get("funding")
    if isinstance(funding, dict) and isinstance(funding.get("amount"), str):
        yuan = amount(funding["amount"])
        if yuan is not None:
            funding["amount"] = yuan
    return out, problems
