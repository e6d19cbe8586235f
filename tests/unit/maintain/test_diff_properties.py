"""Properties of the semantic diff on generated small lists (hypothesis)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from qingdan.core.lists.model import ListFile, ListSet, item_from_raw
from qingdan.core.maintain.diff import diff
from qingdan.core.maintain.history import Snapshot

KINDS = {"self-governance": "ZZ", "assisted": "XZ"}
TITLES = [
    "组织居民会议",
    "调解民间纠纷",
    "协助人口普查",
    "协助征兵工作",
    "养老服务登记",
    "环境卫生整治",
]
DAY = dt.date(2024, 6, 1)


@st.composite
def raw_items(draw: st.DrawFn, kind: str) -> list[dict[str, object]]:
    numbers = draw(st.lists(st.integers(1, 12), unique=True, max_size=6))
    out = []
    for n in numbers:
        status = draw(st.sampled_from(["active", "active", "retired"]))
        out.append(
            {
                "id": f"{KINDS[kind]}-{n:03d}",
                "title": draw(st.sampled_from(TITLES)),
                "department": draw(st.sampled_from(["市民政局", "市公安局", None])),
                "published_on": "2022-06-20",
                "effective_from": "2022-07-01",
                "status": status,
                "retired_on": "2024-01-01" if status == "retired" else None,
                "reason": "取消" if status == "retired" else None,
            }
        )
    return out


@st.composite
def snapshots(draw: st.DrawFn) -> Snapshot:
    files = []
    for kind in KINDS:
        items = tuple(
            item_from_raw(raw, kind, f"lists/{kind}.yaml", i + 1)
            for i, raw in enumerate(draw(raw_items(kind)))
        )
        files.append(ListFile(kind, Path(f"lists/{kind}.yaml"), f"lists/{kind}.yaml", items=items))
    return Snapshot("generated", None, ListSet(tuple(files)))


def _run(a: Snapshot, b: Snapshot):  # type: ignore[no-untyped-def]
    return diff(a, b, DAY, tuple(KINDS), 20)


@settings(max_examples=60, deadline=None)
@given(snapshots())
def test_a_diff_of_lists_with_themselves_is_empty(a):
    result = _run(a, a)
    assert result.empty and result.ok
    assert result.counts[0] == result.counts[1]


@settings(max_examples=60, deadline=None)
@given(snapshots(), snapshots())
def test_what_a_to_b_adds_b_to_a_deletes(a, b):
    forward, backward = _run(a, b), _run(b, a)
    for kind in KINDS:
        fwd = next(d for d in forward.lists if d.kind == kind)
        back = next(d for d in backward.lists if d.kind == kind)
        assert fwd.added == back.deleted
        assert fwd.deleted == back.added
        assert {c.id for c in fwd.changed} == {c.id for c in back.changed}
    assert forward.counts == backward.counts[::-1]
