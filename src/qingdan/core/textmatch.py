"""Chinese-aware normalization and matching of task titles (search, check and report share it).

Normalization: NFKC (full/half width), traditional → simplified (OpenCC ``t2s``), lower case,
punctuation and spaces dropped. The *core* of a title also drops generic words that every task
title carries (开展/协助/做好/工作/社区/关于…的通知), which otherwise dominate similarity.

Scoring (0–100) of a query against each name of an item (title and aliases): exact core → 100;
an item name contained in the query (extra context) or the query contained in a name
(abbreviation) scores high by coverage; otherwise ``fuzz.ratio`` and a discounted
``partial_ratio`` on the cores; item ``keywords`` found in the query add a bonus. Maintainers tune
matching in data (aliases, keywords, thresholds in qingdan.toml), not in code. A first pass with
rapidfuzz's C scorer picks the plausible names; only those get the finer Python scoring.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from qingdan.core.lists import Item

#: Words that say nothing about *which* task a title is (removed longest first).
GENERIC_WORDS: tuple[str, ...] = (
    "关于", "开展", "协助", "配合", "做好", "进一步", "加强", "落实", "推进", "推动", "全面",
    "深入", "扎实", "认真", "积极", "切实", "有关", "相关", "各项", "工作", "事项", "任务",
    "的通知", "通知", "要求", "社区居民委员会", "居民委员会", "社区居委会", "居委会", "社区",
    "街道", "村", "辖区", "本", "各", "的", "和", "及", "与", "等", "项", "年度", "专项",
    "请", "予以", "进行", "组织实施", "负责",
)
_GENERIC = sorted(set(GENERIC_WORDS), key=len, reverse=True)
_GENERIC_RE = re.compile("|".join(re.escape(w) for w in _GENERIC))
_YEAR_RE = re.compile(r"(19|20)\d\d年?|\d+月份?|第?[一二三四五六七八九十\d]+(批|季度|期)")

_converter: Any = None


def _t2s(text: str) -> str:
    global _converter  # noqa: PLW0603 - one converter per process, built on first use
    if _converter is None:
        import opencc

        _converter = opencc.OpenCC("t2s")
    return str(_converter.convert(text))


def _keep(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] not in "PSZC"


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """NFKC, simplified characters, lower case, no punctuation, symbols or spaces."""
    text = unicodedata.normalize("NFKC", text)
    if any(ord(ch) > 0x2E7F for ch in text):
        text = _t2s(text)
    return "".join(ch for ch in text.lower() if _keep(ch))


@lru_cache(maxsize=65536)
def core(text: str) -> str:
    """The normalized text without generic words, years and batch numbers; never empty
    when the normalized text is not (a title made only of generic words keeps them)."""
    norm = normalize(text)
    stripped = _GENERIC_RE.sub("", _YEAR_RE.sub("", norm))
    return stripped or norm


def common_segments(a: str, b: str, min_len: int = 2) -> tuple[str, ...]:
    """Substrings of at least ``min_len`` characters that ``a`` and ``b`` share, longest first."""
    blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    found = {a[m.a : m.a + m.size] for m in blocks if m.size >= min_len}
    return tuple(sorted(found, key=lambda s: (-len(s), s)))


@dataclass(frozen=True)
class Candidate:
    """An item that may be what a query means, with the evidence a person can check."""

    item: Item
    score: float
    matched: str  #: the item name (title or alias) that matched best
    evidence: tuple[str, ...]  #: shared words and keywords found

    @property
    def id(self) -> str:
        return self.item.id


@dataclass(frozen=True)
class _Name:
    item_index: int
    text: str
    norm: str
    core: str


def _pair_score(q_norm: str, q_core: str, name: _Name) -> float:
    from rapidfuzz import fuzz

    if q_norm == name.norm or q_core == name.core:
        return 100.0
    n_core = name.core
    if not q_core or not n_core:
        return 0.0
    best = fuzz.ratio(q_core, n_core)
    if len(n_core) >= 2 and n_core in q_core:
        best = max(best, 86 + 14 * len(n_core) / len(q_core))
    elif len(q_core) >= 2 and q_core in n_core:
        best = max(best, 72 + 22 * len(q_core) / len(n_core))
    elif min(len(q_core), len(n_core)) >= 3:
        shorter, longer = sorted((len(q_core), len(n_core)))
        coverage = shorter / longer
        best = max(best, fuzz.partial_ratio(q_core, n_core) * (0.7 + 0.2 * coverage))
    return float(best)


class Matcher:
    """Scores free text against the names of a fixed set of items."""

    def __init__(self, items: Sequence[Item], prefilter: int = 40) -> None:
        self.items = tuple(items)
        self.prefilter = prefilter
        self._names: list[_Name] = []
        for index, item in enumerate(self.items):
            for text in item.names:
                if text.strip():
                    self._names.append(_Name(index, text, normalize(text), core(text)))
        self._cores = [n.core for n in self._names]
        self._keywords = [
            tuple(k for k in (normalize(w) for w in item.keywords) if k) for item in self.items
        ]

    def match(
        self, query: str, kinds: Iterable[str] | None = None, limit: int = 5, floor: float = 0.0
    ) -> list[Candidate]:
        """The best ``limit`` items for ``query`` (one per item, best first, score ≥ ``floor``)."""
        from rapidfuzz import fuzz, process

        q_norm, q_core = normalize(query), core(query)
        if not q_norm:
            return []
        allowed = set(kinds) if kinds is not None else None
        shortlist: set[int] = set()
        for _, _, index in process.extract(
            q_core, self._cores, scorer=fuzz.partial_ratio, limit=self.prefilter
        ):
            shortlist.add(index)
        for index, name in enumerate(self._names):
            if name.core in q_norm or (len(q_core) >= 2 and q_core in name.core):
                shortlist.add(index)
        for item_index, words in enumerate(self._keywords):
            if any(w in q_norm for w in words):
                shortlist.update(i for i, n in enumerate(self._names) if n.item_index == item_index)
        best: dict[int, tuple[float, _Name]] = {}
        for index in shortlist:
            name = self._names[index]
            if allowed is not None and self.items[name.item_index].kind not in allowed:
                continue
            score = _pair_score(q_norm, q_core, name)
            previous = best.get(name.item_index)
            if previous is None or score > previous[0]:
                best[name.item_index] = (score, name)
        out = []
        for item_index, (score, name) in best.items():
            hits = tuple(w for w in self._keywords[item_index] if w in q_norm)
            total = min(100.0, score + 8 * len(hits)) if score >= 40 else score
            if total < floor:
                continue
            evidence = tuple(dict.fromkeys((*common_segments(q_core, name.core), *hits)))
            out.append(Candidate(self.items[item_index], round(total, 1), name.text, evidence))
        out.sort(key=lambda c: (-c.score, c.item.id))
        return out[:limit]
