"""Matching free-text titles against list items (search, check and report share it).

Normal forms come from :mod:`normal` (segment-wise generic words, the distinctive part of a
name) and :mod:`thesaurus` (synonyms, narrower terms). Scoring (0–100) of a query against each
name of an item (title and aliases): the same core → 100; a name contained in the query (extra
context) or the query contained in a name (an abbreviation) scores by coverage; a name whose
words all occur in the query in order scores nearly as well; otherwise ``fuzz.ratio`` and a
discounted ``partial_ratio``. Item ``keywords`` found in the query add a bonus, and alone make a
candidate of a name that shares little text.

Besides the score, every candidate says what it rests on (:class:`Why`) and two facts the
rules need: ``admissible`` (the name's distinctive part is in the query, so a high score may
admit) and ``plausible`` (it is worth a person's look). A name that shares only a generic head
(服务站, 中心, 评比) is neither; a match through keywords or narrower terms alone is plausible
but never admissible.

Speed: names are indexed once (cores and keywords in dictionaries, so the names a query
contains are found by probing its substrings); rapidfuzz's C ``ratio`` picks further names;
only that shortlist gets the finer scoring. Measured: benchmarks/check_bench.py.

Over 150 lines: the index and the ranking of candidates are one contract (scoring.py scores pairs).
"""

from __future__ import annotations

import bisect
import functools
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from qingdan.core.lists.model import Item
from qingdan.core.lists.normal import core, normalize, prime, specific
from qingdan.core.lists.scoring import Name, Query, Why, better, common_segments, main_part, pair
from qingdan.core.lists.thesaurus import EMPTY, Thesaurus

__all__ = ["Candidate", "Matcher", "Why", "common_segments", "core", "normalize"]


@dataclass(frozen=True)
class Candidate:
    """An item that may be what a query means, with the evidence a person can check (worked
    out when first asked for: most candidates are only ranked, never shown)."""

    item: Item
    score: float
    matched: str  #: the item name (title or alias) that matched best
    admissible: bool = True  #: the name's distinctive part is in the query
    plausible: bool = True  #: worth a person's look
    basis: tuple[str, str, bool, tuple[str, ...], tuple[Why, ...]] = ("", "", False, (), ())
    #: (query text compared, name core, name has a distinctive part, keywords, query's why)

    @property
    def id(self) -> str:
        return self.item.id

    @functools.cached_property
    def shared(self) -> tuple[str, ...]:
        return common_segments(self.basis[0], self.basis[1])

    @property
    def evidence(self) -> tuple[str, ...]:
        """Shared words and keywords found."""
        return tuple(dict.fromkeys((*self.shared, *self.basis[3])))

    @property
    def why(self) -> tuple[Why, ...]:
        text, name_core, distinctive, hits, q_why = self.basis
        out: list[Why] = []
        if self.score >= 100:
            out.append(Why("exact", self.matched))
        elif len(name_core) >= 2 and name_core in text and distinctive:
            out.append(Why("contains", self.matched))
        else:
            out.extend(Why("shared", s) for s in self.shared)
        out.extend(Why("keyword", w) for w in hits)
        out.extend(q_why)
        if not distinctive and not self.admissible:
            out.append(Why("generic", name_core))
        return tuple(out)


class Matcher:
    """Scores free text against the names of a fixed set of items.

    Built once per item set: a dictionary of name cores and of keywords, so the names contained
    in a query are found by looking up the query's substrings instead of scanning every name;
    per kind set, the cores handed to rapidfuzz's C scorer.
    """

    def __init__(
        self,
        items: Sequence[Item],
        prefilter: int = 20,
        thesaurus: Thesaurus = EMPTY,
        queries: dict[str, Query] | None = None,
    ) -> None:
        """``queries`` may be shared by matchers with the same thesaurus (normal forms of the
        queries seen)."""
        from rapidfuzz import fuzz, process  # a matcher is built only when matching is needed

        self._fuzz, self._process = fuzz, process
        self.items = tuple(items)
        self.prefilter = prefilter
        self.thesaurus = thesaurus
        self._names: list[Name] = []
        prime(text for item in self.items for text in (*item.names, *item.keywords))
        self._item_names: list[list[int]] = [[] for _ in self.items]
        for index, item in enumerate(self.items):
            for text in item.names:
                if text.strip():
                    self._item_names[index].append(len(self._names))
                    n_core = self._canon(core(text))
                    main = self._canon(
                        core(main_part(text))
                    )  # 网格员日巡查工作记录（电子工作日志）
                    self._names.append(
                        Name(index, text, self._canon(normalize(text)), n_core, specific(main))
                    )
        self._cores = [n.core for n in self._names]
        weak = {self._canon(normalize(w)) for w in thesaurus.weak}
        self._keywords = [  # a keyword that is only a head (服务站) or too common is no evidence
            tuple(
                k
                for k in (self._canon(normalize(w)) for w in item.keywords)
                if k and specific(k) and k not in weak
            )
            for item in self.items
        ]
        self._by_core: dict[str, list[int]] = {}
        for index, name in enumerate(self._names):
            self._by_core.setdefault(name.core, []).append(index)
        self._by_keyword: dict[str, list[int]] = {}
        for item_index, words in enumerate(self._keywords):
            for word in words:
                self._by_keyword.setdefault(word, []).append(item_index)
        self._core_prefixes = frozenset(c[:n] for c in self._by_core for n in range(1, len(c) + 1))
        self._keyword_prefixes = frozenset(
            w[:n] for w in self._by_keyword for n in range(1, len(w) + 1)
        )
        self._joined = "\x00".join(self._cores)
        self._starts = list(itertools.accumulate((len(c) + 1 for c in self._cores), initial=0))
        self._subsets: dict[frozenset[str] | None, tuple[list[int], list[str]]] = {}
        self._queries: dict[str, Query] = {} if queries is None else queries

    def _canon(self, text: str) -> str:
        return self.thesaurus.canon(text)[0]

    def _query(self, text: str) -> Query:
        found = self._queries.get(text)
        if found is None:
            found = self._queries[text] = self._make_query(text)
        return found

    def _make_query(self, text: str) -> Query:
        norm, used = self.thesaurus.canon(normalize(text))
        q_core = self.thesaurus.canon(core(text))[0]
        broad, narrower = self.thesaurus.broaden(q_core)
        why = tuple(Why("synonym", u) for u in used) + tuple(Why("narrower", n) for n in narrower)
        return Query(norm, q_core, broad if narrower else "", why)

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
    def _contained(text: str, index: dict[str, list[int]], prefixes: frozenset[str]) -> set[int]:
        """Values of ``index`` whose key occurs in ``text`` (a walk from each position that
        stops as soon as no key starts with what it has read)."""
        found: set[int] = set()
        size = len(text)
        for start in range(size):
            end = start + 1
            while end <= size and text[start:end] in prefixes:
                hit = index.get(text[start:end])
                if hit:
                    found.update(hit)
                end += 1
        return found

    def _containing(self, q_core: str) -> set[int]:
        """Names whose core contains ``q_core``."""
        found: set[int] = set()
        position = self._joined.find(q_core)
        while position >= 0:
            found.add(bisect.bisect_right(self._starts, position) - 1)
            position = self._joined.find(q_core, position + 1)
        return found

    def _keyword_hits(self, text: str) -> dict[int, list[str]]:
        hits: dict[int, list[str]] = {}
        size = len(text)
        for start in range(size):
            end = start + 1
            while end <= size and text[start:end] in self._keyword_prefixes:
                word = text[start:end]
                for item_index in self._by_keyword.get(word, ()):
                    hits.setdefault(item_index, []).append(word)
                end += 1
        return hits

    def _shortlist(self, text: str, cores: list[str], indices: list[int]) -> set[int]:
        found = {
            indices[i]
            for _, _, i in self._process.extract(
                text, cores, scorer=self._fuzz.ratio, limit=self.prefilter, score_cutoff=30
            )
        }
        found |= self._contained(text, self._by_core, self._core_prefixes)
        if len(text) >= 2:
            found |= self._containing(text)
        return found

    def match(
        self, query: str, kinds: Iterable[str] | None = None, limit: int = 5, floor: float = 0.0
    ) -> list[Candidate]:
        """The best ``limit`` items for ``query`` (one per item, best first, score ≥ ``floor``)."""
        fuzz = self._fuzz
        q = self._query(query)
        if not q.norm:
            return []
        allowed = frozenset(kinds) if kinds is not None else None
        indices, cores = self._subset(allowed)
        shortlist = self._shortlist(q.core, cores, indices)
        hits = self._keyword_hits(q.norm)
        broad_hits: dict[int, list[str]] = {}
        if q.broad:
            shortlist |= self._shortlist(q.broad, cores, indices)
            broad_hits = self._keyword_hits(q.broad)
        for item_index in (*hits, *broad_hits):
            shortlist.update(self._item_names[item_index])
        best: dict[int, tuple[float, bool, bool, Name, bool]] = {}
        broad_q = Query(q.norm, q.broad, "", ()) if q.broad else None
        for index in shortlist:
            name = self._names[index]
            if allowed is not None and self.items[name.item_index].kind not in allowed:
                continue
            score, admissible, plausible = pair(q, name, fuzz)
            via_broad = False
            if broad_q is not None:
                b_score, _, b_plausible = pair(broad_q, name, fuzz)
                if b_plausible and b_score > score:
                    score, admissible, plausible, via_broad = b_score, False, True, True
            previous = best.get(name.item_index)
            if previous is None or better((score, admissible), (previous[0], previous[1])):
                best[name.item_index] = (score, admissible, plausible, name, via_broad)
        ranked = []
        for item_index, (score, admissible, similar, name, via_broad) in best.items():
            words = hits.get(item_index) or (broad_hits.get(item_index, []) if q.broad else [])
            found = tuple(w for w in dict.fromkeys(words) if w != name.core)
            total = score
            if found and score < 100:  # alone, keywords make a candidate to look at
                total = min(99.0, max(score, 56.0) + 8 * len(found))  # never an exact match
            plausible = similar or bool(found)
            if total >= floor:
                ranked.append(
                    (
                        round(total, 1),
                        score,
                        item_index,
                        name,
                        found,
                        admissible,
                        plausible,
                        via_broad,
                    )
                )
        ranked.sort(  # ties: an active item before a record of the same name
            key=lambda r: (-r[0], -r[1], self.items[r[2]].status != "active", self.items[r[2]].id)
        )
        return [self._candidate(q, r[0], *r[2:]) for r in ranked[:limit]]

    def _candidate(
        self,
        q: Query,
        total: float,
        item_index: int,
        name: Name,
        hits: tuple[str, ...],
        admissible: bool,
        plausible: bool,
        via_broad: bool,
    ) -> Candidate:
        q_why = tuple(w for w in q.why if w.kind == "synonym" or via_broad)
        basis = (q.broad if via_broad else q.core, name.core, bool(name.specific), hits, q_why)
        return Candidate(self.items[item_index], total, name.text, admissible, plausible, basis)
