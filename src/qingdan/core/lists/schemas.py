"""qingdan's JSON Schemas (list, request, config) and one way to check data against them.

jsonschema-rs (Rust) answers "valid?" ~100x faster than the jsonschema package (performance.md);
only when the answer is no does the jsonschema package produce the located, readable messages.
Both implement Draft 2020-12 with format checking, so they agree on what is valid.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from qingdan.messages import Msg, msg


@dataclass(frozen=True)
class SchemaError:
    path: tuple[str | int, ...]
    message: str  #: the validator's own (English) words
    unexpected: tuple[str, ...] = ()  #: keys an ``additionalProperties: false`` refused
    key: str = "schema.other"  #: message code, translated by the caller (``schema.<keyword>``)
    params: tuple[tuple[str, Any], ...] = ()  #: the code's fields (a field may be a Msg)

    @property
    def where(self) -> str:
        return ".".join(str(p) for p in self.path) or "(top)"

    @property
    def text(self) -> Msg:
        """The finding as a message code (``schema.<keyword>``) any language can word."""
        return msg(self.key, message=self.message, **dict(self.params))


_CODED = (
    "required",
    "type",
    "enum",
    "pattern",
    "format",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "minimum",
    "maximum",
    "const",
    "anyOf",
    "oneOf",
)


_FORMATS = ("date", "date-time", "email", "uri")  #: format names the catalogs word


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:59] + "…"


def _coded(error: Any) -> tuple[str, tuple[tuple[str, Any], ...]]:
    """``(key, params)`` for one jsonschema error, so any language can word it."""
    keyword = str(error.validator)
    if keyword not in _CODED:
        return "schema.other", ()
    expected = error.validator_value
    if keyword == "required":
        missing = error.message.split("'")[1] if "'" in error.message else str(expected)
        return "schema.required", (("name", missing),)
    named: Any = str(expected)
    names = expected if isinstance(expected, list) else [expected]
    if keyword == "type" or (keyword == "format" and expected in _FORMATS):  # worded per language
        named = msg("_join", sep=" / ", parts=tuple(msg(f"schema.{keyword}.{n}") for n in names))
    elif isinstance(expected, list):
        named = ", ".join(str(v) for v in expected)
    params = (("value", _shown(error.instance)), ("expected", named))
    return f"schema.{keyword}", params


@cache
def load(name: str) -> dict[str, Any]:
    """The bundled schema ``schemas/<name>.schema.json``."""
    from qingdan.paths import schemas_dir

    schema: dict[str, Any] = json.loads(
        (schemas_dir() / f"{name}.schema.json").read_text(encoding="utf-8")
    )
    return schema


@cache
def _fast(name: str) -> Any:
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - where jsonschema-rs has no wheel
        return None
    return jsonschema_rs.validator_for(load(name), validate_formats=True)


@cache
def _slow(name: str) -> Any:
    import jsonschema

    return jsonschema.Draft202012Validator(
        load(name), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def errors(name: str, data: Any) -> list[SchemaError]:
    """Every error of ``data`` against schema ``name``, ordered by path; empty when valid."""
    fast = _fast(name)
    if fast is not None and fast.is_valid(data):
        return []
    out = []
    for error in _slow(name).iter_errors(data):
        unexpected: tuple[str, ...] = ()
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = set(error.schema.get("properties", {}))
            unexpected = tuple(k for k in error.instance if k not in allowed)
        key, params = _coded(error)
        out.append(SchemaError(tuple(error.absolute_path), error.message, unexpected, key, params))
    if not out and fast is not None:  # the engines disagree (a format edge case): say why
        out = [SchemaError(tuple(e.instance_path), str(e.message)) for e in fast.iter_errors(data)]
    return sorted(out, key=lambda e: [str(p) for p in e.path])
