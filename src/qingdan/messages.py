"""Messages as data: a catalog key and its parameters, never translated text (STYLE §1).

The core says *what* happened (:class:`Msg`); ``qingdan.i18n.tr`` turns it into Chinese or English
in the render and CLI layers, so a JSON answer carries the same codes and parameters whatever the
interface language. A parameter may itself be a :class:`Msg` (translated recursively).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, order=True)
class Msg:
    key: str
    params: tuple[tuple[str, Any], ...] = field(default=(), compare=False)

    @property
    def fields(self) -> dict[str, Any]:
        return dict(self.params)

    def as_dict(self) -> dict[str, Any]:
        """``{"key": ..., "params": {...}}`` with nested messages as dicts (for JSON answers)."""
        return {"key": self.key, "params": {k: _plain(v) for k, v in self.params}}

    def __str__(self) -> str:  # developer-facing only; users see i18n.tr(msg)
        return self.key if not self.params else f"{self.key} {self.fields}"


def msg(key: str, /, **params: Any) -> Msg:
    """The message ``key`` with ``params`` (a catalog entry in ``qingdan.i18n.catalog``)."""
    return Msg(key, tuple(params.items()))


def _plain(value: Any) -> Any:
    if isinstance(value, Msg):
        return value.as_dict()
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


Text = Msg | str  #: what a result field holding a message may carry
