"""Normal forms of task titles: what the matcher compares (see :mod:`textmatch`).

- :func:`normalize`: NFKC (full/half width), traditional → simplified (OpenCC ``t2s``), lower
  case, punctuation, symbols and spaces dropped.
- :func:`core`: the normalized title without the words every title carries. They are removed
  *by segment*: the title is cut at its punctuation, and each segment loses generic words only
  at its ends (关于…的通知, 协助做好…工作), never inside a word — 工作站 keeps 工作, 和谐 keeps 和.
  Years and batch numbers (2024年度, 第二批) go wherever they are.
- :func:`specific`: the distinctive part of an item name, i.e. its core without the generic
  *heads* it ends with (服务站, 中心, 委员会, 评比, 创建, 建设, 证明, 台账 …). Chinese puts the head
  last, so 老年人服务站 and 社区服务站 share only their head; an admit needs the distinctive part.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

#: Words at the start of a segment that say nothing about which task it is.
LEADING: tuple[str, ...] = (
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
    "请",
    "组织",
    "要求",
    "各",
    "本",
    "全区",
    "全市",
    "辖区",
    "街道",
    "社区居民委员会",
    "居民委员会",
    "社区居委会",
    "居委会",
    "为",
    "对",
    "在",
    "由",
    "向",
    "统一",
    "继续",
    "予以",
    "进行",
    "负责",
    "出具",
    "悬挂",
    "开具",
    "建立",
    "参加",
)
#: Words at the end of a segment (its "type": a notice, a plan, the work itself).
TRAILING: tuple[str, ...] = (
    "的通知",
    "通知",
    "的函",
    "函",
    "实施方案",
    "工作方案",
    "方案",
    "实施意见",
    "工作",
    "事项",
    "任务",
    "专项行动",
    "工作的",
    "的",
    "相关",
    "有关",
    "等",
    "牌子",
    "挂牌",
    "证明",
    "台账",
)
#: Heads: what kind of thing a name is, not which one (removed from the end of a name's core).
HEADS: tuple[str, ...] = (
    "服务站点",
    "服务站",
    "工作站",
    "服务中心",
    "活动中心",
    "中心",
    "站点",
    "站",
    "室",
    "之家",
    "委员会",
    "评比",
    "评选",
    "评定",
    "考评",
    "考核",
    "表彰",
    "创建",
    "建设",
    "示范社区",
    "示范点",
    "示范",
    "工作",
    "服务",
    "管理",
    "证明",
    "台账",
    "记录",
    "登记册",
    "登记",
    "名册",
    "材料",
    "报表",
    "牌子",
    "活动",
)
_YEAR_RE = re.compile(r"(19|20)\d\d年度?|\d+月份?|第?[一二三四五六七八九十\d]+(批|季度|期)|年度")
_SPLIT_RE = re.compile(r"[^\w]+|_")

_converter: Any = None


def _t2s(text: str) -> str:
    global _converter  # noqa: PLW0603 - one converter per process, built on first use
    if _converter is None:
        import opencc

        _converter = opencc.OpenCC("t2s")
    return str(_converter.convert(text))


def _keep(ch: str) -> bool:
    return unicodedata.category(ch)[0] not in "PSZC"


_SIMPLE: dict[str, str] = {}  #: texts converted ahead, in one batch (:func:`prime`)


def _simplified(text: str) -> str:
    done = _SIMPLE.get(text)
    if done is not None:
        return done
    text = unicodedata.normalize("NFKC", text)
    if any(ord(ch) > 0x2E7F for ch in text):
        text = _t2s(text)
    return text.lower()


def prime(texts: Iterable[str]) -> None:
    """Convert ``texts`` to simplified characters in one call (a list's names: one converter
    call instead of one per name)."""
    todo = sorted({t for t in texts if t not in _SIMPLE and "\n" not in t})
    if not todo:
        return
    nfkc = [unicodedata.normalize("NFKC", t) for t in todo]
    converted = _t2s("\n".join(nfkc)).split("\n")
    if len(converted) == len(todo):
        _SIMPLE.update((t, c.lower()) for t, c in zip(todo, converted, strict=True))


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """NFKC, simplified characters, lower case, no punctuation, symbols or spaces."""
    kept = "".join(ch for ch in _simplified(text) if _keep(ch))
    return unicodedata.normalize("NFKC", kept)  # dropping a symbol can leave a composable pair


def _trim(segment: str, pattern: re.Pattern[str], *, leading: bool) -> str:
    """``segment`` without ``pattern``'s words at one end, repeatedly, keeping two characters."""
    while len(segment) > 2:
        found = pattern.match(segment) if leading else pattern.search(segment)
        if found is None or len(segment) - len(found.group(0)) < 2:
            return segment
        segment = segment[found.end() :] if leading else segment[: found.start()]
    return segment


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_LEADING = re.compile(f"(?:{_alternation(LEADING)})")
_TRAILING = re.compile(f"(?:{_alternation(TRAILING)})$")
_HEADS = tuple(sorted(HEADS, key=len, reverse=True))
_WORDS = frozenset(LEADING) | frozenset(TRAILING)


@lru_cache(maxsize=65536)
def core(text: str) -> str:
    """The title without generic words at the ends of its segments, years and batches; never
    empty when the normalized text is not."""
    segments = []
    for raw in _SPLIT_RE.split(_simplified(text)):
        segment = normalize(_YEAR_RE.sub("", raw))
        segment = _trim(_trim(segment, _LEADING, leading=True), _TRAILING, leading=False)
        if segment and segment not in _WORDS:  # a segment that is only a generic word goes
            segments.append(segment)
    return "".join(segments) or normalize(text)


@lru_cache(maxsize=16384)
def specific(name_core: str) -> str:
    """The distinctive part of an item name's core: without the heads it ends with ('' when the
    name is nothing but heads, like 社区服务站)."""
    rest = name_core
    changed = True
    while changed and rest:
        changed = False
        for head in _HEADS:
            if rest.endswith(head):
                rest, changed = rest[: -len(head)], True
                break
    for word in ("社区", "居民", "小区"):
        rest = rest.removeprefix(word)
    return rest
