"""Scoring one query against one item name: the rules behind :class:`~textmatch.Matcher`.

A name scores by the same core (100), containment either way (by coverage), every word of the
name in order, or ``fuzz.ratio``/a discounted ``partial_ratio``. Besides the score a pair says
whether the name's distinctive part is in the query (*admissible*: a high score may admit) and
whether it is worth a person's look (*plausible*). A name that is only a generic head (服务站)
is neither unless named exactly; a name's explanation in brackets is not its distinctive part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from qingdan.core.lists.normal import specific

_lcs: Any = None


def _LCS() -> Any:  # rapidfuzz's LCSseq, imported on first use (kept lazy, once)
    global _lcs  # noqa: PLW0603
    if _lcs is None:
        from rapidfuzz.distance import LCSseq

        _lcs = LCSseq
    return _lcs


def common_segments(a: str, b: str, min_len: int = 2) -> tuple[str, ...]:
    """Substrings of at least ``min_len`` characters that ``a`` and ``b`` share in order (their
    longest common subsequence, in runs), longest first."""
    found = {
        a[op.src_start : op.src_end]
        for op in _LCS().opcodes(a, b)
        if op.tag == "equal" and op.src_end - op.src_start >= min_len
    }
    return tuple(sorted(found, key=lambda s: (-len(s), s)))


def covered(part: str, text: str) -> float:
    """The share of ``part``'s characters found in ``text`` in order (1.0: all of them)."""
    if not part:
        return 0.0
    return float(_LCS().similarity(part, text)) / len(part)


def in_order(name: str, text: str) -> bool:
    """Every character of ``name`` in ``text``, in order, in runs of at least two."""
    lcs = _LCS()
    if lcs.similarity(name, text) != len(name):
        return False
    runs = [op.src_end - op.src_start for op in lcs.opcodes(name, text) if op.tag == "equal"]
    return all(size >= 2 for size in runs)


_BRACKETS_RE = re.compile(r"（[^（）]*）|\([^()]*\)")
#: Heads that name an activity, not a thing: 流动人口管理 is about 流动人口 (unlike 服务站).
ACTIVITY_HEADS = ("管理", "服务", "工作", "保障", "权益保障")


def main_part(text: str) -> str:
    """A name without the explanations in brackets (its main part)."""
    main = _BRACKETS_RE.sub("", text)
    return main if main.strip() else text


def activity_only(rest: str) -> bool:
    while rest:
        head = next((h for h in ACTIVITY_HEADS if rest.endswith(h)), None)
        if head is None:
            return False
        rest = rest[: -len(head)]
    return True


@dataclass(frozen=True)
class Why:
    """One piece of evidence: ``kind`` is exact | contains | shared | keyword | synonym |
    narrower | generic; ``text`` what matched."""

    kind: str
    text: str


@dataclass(frozen=True)
class Name:
    item_index: int
    text: str
    norm: str
    core: str
    specific: str


@dataclass(frozen=True)
class Query:
    norm: str
    core: str
    broad: str  #: core with narrower terms read as their broader terms ('' when none)
    why: tuple[Why, ...]


def pair(q: Query, name: Name, fuzz: Any) -> tuple[float, bool, bool]:
    """(score, admissible, plausible) of one query against one name."""
    if q.norm == name.norm or q.core == name.core:
        return 100.0, True, True
    qc, nc = q.core, name.core
    if not qc or not nc:
        return 0.0, False, False
    best = float(fuzz.ratio(qc, nc))
    generic_only = not name.specific
    if len(nc) >= 2 and nc in qc:
        if generic_only:  # 老年人服务站 holds 服务站: the same head, not the same thing
            return min(best, 50.0), False, False
        best = max(best, 72 + 28 * len(nc) / len(qc))
    elif len(qc) >= 2 and qc in nc:
        if not specific(qc):
            return min(best, 50.0), False, False
        best = max(best, 72 + 22 * len(qc) / len(nc))
    elif min(len(qc), len(nc)) >= 3:
        if in_order(nc, qc):
            best = max(best, 70 + 25 * len(nc) / len(qc))  # every word of the name, in order
        else:
            shorter, longer = sorted((len(qc), len(nc)))
            best = max(best, fuzz.partial_ratio(qc, nc) * (0.6 + 0.25 * shorter / longer))
    spec = name.specific
    if (
        len(spec) >= 3 and spec in qc and nc.startswith(spec) and activity_only(nc[len(spec) :])
    ):  # 流动人口(管理) in 流动人口信息登记
        best = max(best, 72 + 28 * len(spec) / len(qc))
    if generic_only:  # a name that is only a head is that thing only when named exactly
        return best, False, False
    share = covered(spec, qc)
    return best, share >= 0.75, share >= 0.6 or (share >= 0.5 and best >= 75)


def better(new: tuple[float, bool], old: tuple[float, bool]) -> bool:
    """Prefer a name whose distinctive part matched, unless another beats it by 10 points."""
    if new[1] != old[1]:
        return new[0] > old[0] + 10 if old[1] else new[0] >= old[0] - 10
    return new[0] > old[0]
