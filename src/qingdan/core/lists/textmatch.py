"""Chinese-aware normalization and matching of task titles (search, check and report share it).

Normalization: NFKC (full/half width), traditional → simplified (OpenCC ``t2s``), lower case,
punctuation and spaces dropped. The *core* of a title also drops generic words that every task
title carries (开展/协助/做好/工作/社区/关于…的通知), which otherwise dominate similarity.

Scoring (0–100) of a query against each name of an item (title and aliases): exact core → 100;
an item name contained in the query (extra context) or the query contained in a name
(abbreviation) scores high by coverage; otherwise ``fuzz.ratio`` and a discounted
``partial_ratio`` on the cores; item ``keywords`` found in the query add a bonus (never to 100, and
not for a keyword that is the matched name itself). The words 证明/台账/牌子/挂牌 are generic too:
the kind of thing asked for says nothing about which one. Maintainers tune matching in data
(aliases, keywords, thresholds in qingdan.toml), not in code.

Speed: the names are indexed once (their cores and keywords in dictionaries, so the names a query
contains are found by probing its substrings); rapidfuzz's C ``ratio`` picks further plausible
names; only that shortlist gets the finer Python scoring, and the evidence (shared words) is
computed only for the results returned. About 0.3 ms a query against the bundled lists.
Measured accuracy: tests/unit/test_check_matching.py (labelled set, precision and recall).

Over 150 lines: normalization, scoring and the index are one contract, tuned together.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from qingdan.core.lists.model import Item

#: Words that say nothing about *which* task a title is (removed longest first).
GENERIC_WORDS: tuple[str, ...] = (
    "关于",
    "开展",
    "协助",
    "配合",
    "做好",
    "进一步",
    "加强",
    "落实",
    "推进",
    "推动",
    "全面",
    "深入",
    "扎实",
    "认真",
    "积极",
    "切实",
    "有关",
    "相关",
    "各项",
    "工作",
    "事项",
    "任务",
    "的通知",
    "通知",
    "要求",
    "社区居民委员会",
    "居民委员会",
    "社区居委会",
    "居委会",
    "社区",
    "街道",
    "村",
    "辖区",
    "本",
    "各",
    "的",
    "和",
    "及",
    "与",
    "等",
    "项",
    "年度",
    "专项",
    "请",
    "予以",
    "进行",
    "组织实施",
    "负责",
    # the kind of thing asked for says nothing about which one (证明/台账/牌子 are all alike)
    "出具",
    "证明",
    "台账",
    "挂牌",
    "悬挂",
    "牌子",
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
    kept = "".join(ch for ch in text.lower() if _keep(ch))
    return unicodedata.normalize("NFKC", kept)  # dropping a symbol can leave a composable pair


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


def _pair_score(q_norm: str, q_core: str, name: _Name, fuzz: Any) -> float:
    if q_norm == name.norm or q_core == name.core:
        return 100.0
    n_core = name.core
    if not q_core or not n_core:
        return 0.0
    best = fuzz.ratio(q_core, n_core)
    if len(n_core) >= 2 and n_core in q_core:
        best = max(best, 72 + 28 * len(n_core) / len(q_core))  # extra context costs more
    elif len(q_core) >= 2 and q_core in n_core:
        best = max(best, 72 + 22 * len(q_core) / len(n_core))
    elif min(len(q_core), len(n_core)) >= 3:
        shorter, longer = sorted((len(q_core), len(n_core)))
        coverage = shorter / longer
        best = max(best, fuzz.partial_ratio(q_core, n_core) * (0.6 + 0.25 * coverage))
    return float(best)


class Matcher:
    """Scores free text against the names of a fixed set of items.

    Built once per item set: a dictionary of name cores and of keywords, so the names contained
    in a query are found by looking up the query's substrings (a few hundred dictionary probes)
    instead of scanning every name; per kind set, the cores handed to rapidfuzz's C scorer.
    """

    def __init__(self, items: Sequence[Item], prefilter: int = 20) -> None:
        self.items = tuple(items)
        self.prefilter = prefilter
        self._names: list[_Name] = []
        self._item_names: list[list[int]] = [[] for _ in self.items]
        for index, item in enumerate(self.items):
            for text in item.names:
                if text.strip():
                    self._item_names[index].append(len(self._names))
                    self._names.append(_Name(index, text, normalize(text), core(text)))
        self._cores = [n.core for n in self._names]
        self._keywords = [
            tuple(k for k in (normalize(w) for w in item.keywords) if k) for item in self.items
        ]
        self._by_core: dict[str, list[int]] = {}
        for index, name in enumerate(self._names):
            self._by_core.setdefault(name.core, []).append(index)
        self._by_keyword: dict[str, list[int]] = {}
        for item_index, words in enumerate(self._keywords):
            for word in words:
                self._by_keyword.setdefault(word, []).append(item_index)
        self._core_lengths = sorted({len(c) for c in self._by_core})
        self._keyword_lengths = sorted({len(w) for w in self._by_keyword})
        self._joined = "\x00".join(self._cores)
        self._starts = list(itertools.accumulate((len(c) + 1 for c in self._cores), initial=0))
        self._subsets: dict[frozenset[str] | None, tuple[list[int], list[str]]] = {}

    def _subset(self, allowed: frozenset[str] | None) -> tuple[list[int], list[str]]:
        if allowed not in self._subsets:
            indices = [
                i
                for i, n in enumerate(self._names)
                if allowed is None or self.items[n.item_index].kind in allowed
            ]
            self._subsets[allowed] = (indices, [self._cores[i] for i in indices])
        return self._subsets[allowed]

    @staticmethod
    def _contained(text: str, index: dict[str, list[int]], lengths: list[int]) -> set[int]:
        """Values of ``index`` whose key occurs in ``text``."""
        found: set[int] = set()
        for size in lengths:
            if size > len(text):
                break
            for start in range(len(text) - size + 1):
                hit = index.get(text[start : start + size])
                if hit:
                    found.update(hit)
        return found

    def _containing(self, q_core: str) -> set[int]:
        """Names whose core contains ``q_core``."""
        found: set[int] = set()
        position = self._joined.find(q_core)
        while position >= 0:
            found.add(bisect.bisect_right(self._starts, position) - 1)
            position = self._joined.find(q_core, position + 1)
        return found

    def match(
        self, query: str, kinds: Iterable[str] | None = None, limit: int = 5, floor: float = 0.0
    ) -> list[Candidate]:
        """The best ``limit`` items for ``query`` (one per item, best first, score ≥ ``floor``)."""
        from rapidfuzz import fuzz, process

        q_norm, q_core = normalize(query), core(query)
        if not q_norm:
            return []
        allowed = frozenset(kinds) if kinds is not None else None
        indices, cores = self._subset(allowed)
        shortlist = {
            indices[i]
            for _, _, i in process.extract(
                q_core, cores, scorer=fuzz.ratio, limit=self.prefilter, score_cutoff=30
            )
        }
        shortlist |= self._contained(q_norm, self._by_core, self._core_lengths)
        if len(q_core) >= 2:
            shortlist |= self._containing(q_core)
        hits_by_item: dict[int, list[str]] = {}
        for size in self._keyword_lengths:
            for start in range(len(q_norm) - size + 1):
                word = q_norm[start : start + size]
                for item_index in self._by_keyword.get(word, ()):
                    hits_by_item.setdefault(item_index, []).append(word)
        for item_index in hits_by_item:
            shortlist.update(self._item_names[item_index])
        best: dict[int, tuple[float, _Name]] = {}
        for index in shortlist:
            name = self._names[index]
            if allowed is not None and self.items[name.item_index].kind not in allowed:
                continue
            score = _pair_score(q_norm, q_core, name, fuzz)
            previous = best.get(name.item_index)
            if previous is None or score > previous[0]:
                best[name.item_index] = (score, name)
        ranked = []
        for item_index, (score, name) in best.items():
            # a keyword that is the matched name itself is no further evidence
            hits = tuple(
                w for w in dict.fromkeys(hits_by_item.get(item_index, ())) if w != name.core
            )
            total = score
            if score >= 40 and hits and score < 100:
                total = min(99.0, score + 8 * len(hits))  # a bonus never equals an exact match
            if total >= floor:
                ranked.append((round(total, 1), score, item_index, name, hits))
        ranked.sort(key=lambda r: (-r[0], -r[1], self.items[r[2]].id))
        out = []
        for total, _, item_index, name, hits in ranked[:limit]:
            evidence = tuple(dict.fromkeys((*common_segments(q_core, name.core), *hits)))
            out.append(Candidate(self.items[item_index], total, name.text, evidence))
        return out
