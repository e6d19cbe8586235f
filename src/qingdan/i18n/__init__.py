"""Every user-facing string goes through :func:`t` (DESIGN §4: Chinese and English).

Catalogs live in ``qingdan.i18n.catalog.<area>`` modules, each defining
``MESSAGES: dict[str, tuple[str, str]]`` mapping a key to its (Chinese, English) text with
``str.format`` fields. Adding an area is adding a module; a test checks every key has both.

Language: ``--lang`` (via :func:`set_lang`) over ``$QINGDAN_LANG`` over the locale
(``LC_ALL``/``LC_MESSAGES``/``LANG``). A locale that names no language (unset, ``C``, ``POSIX``)
gives Chinese: list data is Chinese and so are qingdan's first users.
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # imported where used: `qingdan --help` picks a language, never a Msg
    from qingdan.messages import Msg

Lang = Literal["zh", "en"]

_catalog: dict[str, tuple[str, str]] | None = None
_lang: Lang | None = None


def _load() -> dict[str, tuple[str, str]]:
    global _catalog  # noqa: PLW0603 - the catalog is built once per process
    if _catalog is None:
        import pkgutil

        from qingdan.i18n import catalog

        merged: dict[str, tuple[str, str]] = {}
        for info in pkgutil.iter_modules(catalog.__path__):
            module = importlib.import_module(f"{catalog.__name__}.{info.name}")
            merged.update(module.MESSAGES)
        _catalog = merged
    return _catalog


def detect_lang(environ: dict[str, str] | None = None) -> Lang:
    """The language the environment asks for."""
    env = os.environ if environ is None else environ
    explicit = env.get("QINGDAN_LANG", "").strip().lower()
    if explicit in ("zh", "en"):
        return explicit  # type: ignore[return-value]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "").strip().lower()
        if not value or value in ("c", "posix") or value.startswith(("c.", "posix.")):
            continue
        return "zh" if value.startswith("zh") else "en"
    return "zh"


def set_lang(lang: str | None) -> Lang:
    """Fix the language for this process (``None`` re-detects it); returns it."""
    global _lang  # noqa: PLW0603
    chosen: Lang
    if lang is None:
        chosen = detect_lang()
    elif lang in ("zh", "en"):
        chosen = lang  # type: ignore[assignment]
    else:
        raise ValueError(lang)
    _lang = chosen
    return chosen


def get_lang() -> Lang:
    if _lang is None:
        return set_lang(None)
    return _lang


def t(key: str, /, **fields: object) -> str:
    """The message ``key`` in the current language, formatted with ``fields``."""
    from qingdan.messages import Msg

    catalog = _load()
    fields = {k: tr(v) if isinstance(v, Msg) else v for k, v in fields.items()}
    try:
        zh, en = catalog[key]
    except KeyError:
        return key if not fields else f"{key} {fields}"
    text = zh if get_lang() == "zh" else en
    return text.format(**fields) if fields else text


def tr(text: Msg | str | None) -> str:
    """A core :class:`~qingdan.messages.Msg` (or plain text) in the current language."""
    from qingdan.messages import Msg

    if text is None:
        return ""
    if isinstance(text, Msg):
        if text.key == "_join":  # parts joined by sep (``msg("_join", sep="; ", parts=...)``)
            return str(text.fields["sep"]).join(tr(p) for p in text.fields["parts"])
        return t(text.key, **text.fields)
    return text


def localize(value: Any) -> Any:
    """``value`` with every :class:`Msg` inside (dicts, lists, tuples) translated."""
    from qingdan.messages import Msg

    if isinstance(value, Msg):
        return tr(value)
    if isinstance(value, dict):
        return {k: localize(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [localize(v) for v in value]
    return value


def has(key: str) -> bool:
    return key in _load()


def all_messages() -> dict[str, tuple[str, str]]:
    """Every catalog entry (for tests and documentation)."""
    return dict(_load())
