"""The matcher knows what is specific: generic heads, synonyms, narrower terms, weak keywords,
and every candidate says why it matched (issue 9 §1). Small item sets made here."""

from __future__ import annotations

import datetime as dt

from qingdan.core.lists.model import Item
from qingdan.core.lists.textmatch import Matcher
from qingdan.core.lists.thesaurus import Thesaurus, from_data

DAY = dt.date(2022, 7, 1)


def item(id_: str, title: str, kind: str = "plaques", **extra: object) -> Item:
    return Item(id=id_, kind=kind, title=title, effective_from=DAY, **extra)  # type: ignore[arg-type]


def test_a_name_that_is_only_a_generic_head_is_not_another_station() -> None:
    m = Matcher([item("GP-012", "社区服务站", aliases=("服务站",), keywords=("服务站",))])
    assert m.match("社区服务站")[0].admissible
    for invented in ("老年人服务站", "红色物业服务站", "心理健康服务站"):
        found = m.match(invented)
        assert not any(c.admissible or c.plausible for c in found), invented


def test_the_distinctive_part_must_match_for_an_admit() -> None:
    m = Matcher([item("KP-014", "平安社区创建评比", kind="evaluations")])
    assert m.match("关于开展平安社区创建评比的通知")[0].admissible
    assert not any(c.admissible for c in m.match("平安家庭评比"))


def test_synonyms_from_the_workspace_make_words_meet() -> None:
    words = from_data({"synonyms": [["应用程序", "APP", "客户端"], ["打卡", "签到"]]})
    items = [item("ZR-013", "推广政务应用程序", kind="entry"), item("ZR-014", "工作群打卡接龙")]
    m = Matcher(items, thesaurus=words)
    best = m.match("推广政务客户端")[0]
    assert (best.id, best.score, best.admissible) == ("ZR-013", 100.0, True)
    assert any(w.kind == "synonym" and w.text == "客户端=应用程序" for w in best.why)
    assert m.match("工作群签到接龙")[0].id == "ZR-014"


def test_a_narrower_term_makes_a_candidate_a_person_confirms_never_an_admit() -> None:
    words = from_data({"narrower": {"疫情防控": ["疫苗"]}})
    m = Matcher([item("XZ-021", "协助做好疫情防控", kind="assisted")], thesaurus=words)
    best = m.match("组织居民接种新冠疫苗")[0]
    assert best.plausible and not best.admissible and best.score >= 60
    assert any(w.kind == "narrower" and w.text == "疫苗→疫情防控" for w in best.why)
    assert not Matcher([item("XZ-021", "协助做好疫情防控", kind="assisted")]).match(
        "组织居民接种新冠疫苗"
    )


def test_a_keyword_makes_a_candidate_unless_it_is_too_common() -> None:
    survey = item("XZ-008", "协助做好劳动就业工作", kind="assisted", keywords=("失业",))
    voice = item("ZZ-005", "反映居民诉求", kind="self-governance", keywords=("意见",))
    m = Matcher([survey, voice], thesaurus=Thesaurus(weak=("意见",)))
    assert m.match("失业人员登记")[0].id == "XZ-008"
    assert [c.id for c in m.match("加装电梯意见征集") if c.plausible] == []


def test_every_candidate_says_why_it_matched() -> None:
    items = [
        item("XZ-006", "协助做好社区矫正工作", kind="assisted", keywords=("矫正对象",)),
        item("XZ-017", "协助做好流动人口服务管理", kind="assisted"),
    ]
    found = Matcher(items).match("社区矫正对象每月走访流动人口")
    assert found and all(c.why for c in found)
    kinds = {w.kind for c in found for w in c.why}
    assert {"contains", "keyword"} <= kinds
