"""The workspace's words as data: synonyms and narrower terms the matcher uses (issue 9).

A thesaurus file (``[match] thesaurus`` in qingdan.toml, schema ``thesaurus``)::

    synonyms:                      # words that mean the same; the first is the one kept
      - [应用程序, app, 客户端, 应用]
      - [打卡, 签到]
    narrower:                      # a broader term and the concrete sub-tasks it covers
      疫情防控: [疫苗接种, 核酸检测]
    weak: [意见, 建议]             # item keywords too common to be evidence on their own

Synonyms are replaced by their first word in item names and queries alike, so 推广政务客户端
meets 推广政务应用程序. A narrower term in a query is read as its broader term too: the item it
then matches is a candidate a person confirms (``review``), never an admit — a sub-task is not
the listed work itself without someone saying so. Maintainers tune matching here and in items'
aliases and keywords, not in code.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from qingdan.core.lists.normal import normalize
from qingdan.messages import Text


def _pattern(words: Sequence[str]) -> re.Pattern[str] | None:
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in ordered)) if ordered else None


@dataclass(frozen=True)
class Thesaurus:
    synonyms: tuple[tuple[str, ...], ...] = ()
    narrower: tuple[tuple[str, tuple[str, ...]], ...] = ()
    weak: tuple[str, ...] = ()  #: keywords too common to be evidence on their own
    _canon: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _broader: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    _canon_re: re.Pattern[str] | None = field(default=None, init=False, compare=False, repr=False)
    _broad_re: re.Pattern[str] | None = field(default=None, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        for group in self.synonyms:
            words = [normalize(w) for w in group]
            for word in words:  # the first word maps to itself: 无犯罪记录 stays whole
                if word:
                    self._canon.setdefault(word, words[0])
        object.__setattr__(self, "_canon_re", _pattern(list(self._canon)))
        for broader, terms in self.narrower:  # in canonical words: 户口本 is read as 户籍本
            for term in terms:
                if normalize(term):
                    self._broader.setdefault(
                        self.canon(normalize(term))[0], self.canon(normalize(broader))[0]
                    )
        object.__setattr__(self, "_broad_re", _pattern(list(self._broader)))

    def canon(self, norm: str) -> tuple[str, tuple[str, ...]]:
        """``norm`` with each synonym replaced by its group's first word, and the replacements
        made (``签到=打卡``)."""
        pattern = self._canon_re
        if pattern is None:
            return norm, ()
        used: list[str] = []

        def swap(m: re.Match[str]) -> str:
            word = self._canon[m.group(0)]
            if word != m.group(0):
                used.append(f"{m.group(0)}={word}")
            return word

        return pattern.sub(swap, norm), tuple(dict.fromkeys(used))

    def broaden(self, norm: str) -> tuple[str, tuple[str, ...]]:
        """``norm`` with each narrower term replaced by its broader term, and which fired."""
        pattern = self._broad_re
        if pattern is None:
            return norm, ()
        used: list[str] = []

        def swap(m: re.Match[str]) -> str:
            used.append(f"{m.group(0)}→{self._broader[m.group(0)]}")
            return self._broader[m.group(0)]

        return pattern.sub(swap, norm), tuple(dict.fromkeys(used))


EMPTY = Thesaurus()


def from_data(data: Mapping[str, Any]) -> Thesaurus:
    """A :class:`Thesaurus` from a schema-valid mapping."""
    synonyms = tuple(tuple(str(w) for w in g) for g in data.get("synonyms") or ())
    narrower = tuple(
        (str(k), tuple(str(w) for w in v)) for k, v in (data.get("narrower") or {}).items()
    )
    weak = tuple(str(w) for w in data.get("weak") or ())
    return Thesaurus(synonyms, narrower, weak)


@dataclass(frozen=True)
class Loaded:
    """A thesaurus file read: the words, or what is wrong with it (line, message)."""

    thesaurus: Thesaurus
    problems: tuple[tuple[int, Text], ...] = ()


def load(path: Any) -> Loaded:
    """Read a thesaurus file (YAML, schema ``thesaurus``); problems are collected, not raised."""
    from pathlib import Path

    from qingdan.core.lists import schemas, yamlsafe

    loaded = yamlsafe.load_path(Path(path))
    if loaded.problems:
        return Loaded(EMPTY, tuple((p.line, p.message) for p in loaded.problems))
    found = schemas.errors("thesaurus", loaded.data)
    if found:
        return Loaded(
            EMPTY, tuple((loaded.mark(e.path)[0], f"{e.where}: {e.message}") for e in found)
        )
    return Loaded(from_data(loaded.data or {}))
