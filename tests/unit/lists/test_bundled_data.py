"""The bundled lists are true to their sources and dates (issue 10), and every figure the README
and docs state about them is computed here from the data.

The expected national negative list is written from the reference (public-lists.md §B1,
民发〔2020〕20号), not read back from the lists.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from qingdan.core.lists.model import ListSet, load_lists
from qingdan.core.lists.provenance import provenance
from qingdan.core.lists.validate import validate_paths
from qingdan.core.maintain import rate
from qingdan.workspace import Workspace, bundled_root, load

ROOT = Path(__file__).parents[3]
REFORM = dt.date(2022, 7, 1)
NATIONAL_NEGATIVE = (
    "亲属关系证明", "居民身份信息证明", "户口登记项目内容变更申请证明", "居民养犬证明",
    "无犯罪记录证明", "社区戒毒社区康复人员情况证明", "人员失踪证明", "婚姻状况证明", "出生证明",
    "健在证明", "死亡证明", "疾病状况证明", "残疾状况证明", "婚育状况证明", "居民就业状况证明",
    "居民个人档案证明", "居民财产证明", "遗产继承权证明", "市场主体住所证明", "证件遗失证明",
)  # fmt: skip


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return load(bundled_root(), bundled=True)


@pytest.fixture(scope="module")
def lists(ws: Workspace) -> ListSet:
    return load_lists(ws.list_paths)


@pytest.mark.parametrize("day", [REFORM, dt.date(2023, 6, 30), dt.date.today()])
def test_190_to_83_holds_from_the_reform_to_today(ws: Workspace, lists: ListSet, day) -> None:
    result = rate.rate(lists, day, ws.section("rate"))
    assert (result.baseline.count, result.current, result.reduction_rate) == (190, 83, 0.5632)


def test_before_the_lists_took_effect_there_is_no_count_and_no_rate(ws, lists) -> None:
    result = rate.rate(lists, REFORM - dt.timedelta(days=1), ws.section("rate"))
    assert not result.lists_in_force and result.reduction_rate is None and not result.ok
    assert result.in_force_from == REFORM


def test_the_reported_figures_are_recorded_with_sources(ws, lists) -> None:
    result = rate.rate(lists, dt.date.today(), ws.section("rate"), history=True)
    first, reform = result.history
    assert (first.date, first.lists, first.after, first.rate) == ("2015-12-30", 3, 85, 0.5)
    assert (reform.before, reform.after, reform.rate, reform.lists) == (190, 83, 0.5632, 7)
    assert result.agrees(reform) is True
    assert all(entry.source for entry in result.history)


def test_the_bundled_lists_validate_without_errors_or_warnings(ws: Workspace) -> None:
    report = validate_paths(ws.list_paths, str, basis_jurisdictions=ws.basis_jurisdictions)
    assert [f.code for f in report.findings] == []


def test_no_legal_basis_cites_another_citys_document(lists: ListSet) -> None:
    places = {b.jurisdiction for item in lists for b in item.legal_basis}
    assert places <= {"全国", "大连市"}
    laws = [b.law for item in lists for b in item.legal_basis]
    assert not [law for law in laws if law.startswith(("上海", "罗府", "罗民", "深圳"))]


def test_every_item_is_sourced_and_every_date_sourced_or_illustrative(lists: ListSet) -> None:
    for item in lists:
        assert item.source and item.source_jurisdiction and item.source_where, item.id
        assert item.source_class in ("verbatim", "paraphrase", "split", "derived"), item.id
        assert item.dates_source or item.dates_illustrative, item.id
        assert item.published_on is None, item.id  # no source gives a publication day


def test_vetoed_items_say_why_instead_of_an_invented_basis(lists: ListSet) -> None:
    vetoed = [i for i in lists if i.status == "vetoed"]
    assert vetoed and all(i.reason and not i.legal_basis for i in vetoed)


def test_the_complete_national_negative_list_is_in_the_data(lists: ListSet) -> None:
    negative = lists.by_kind("negative-certificates")
    assert negative is not None
    assert tuple(i.title for i in negative.items) == NATIONAL_NEGATIVE
    assert [i.id for i in negative.items] == [f"FM-{n:03d}" for n in range(1, 21)]
    by_title = {i.title: i for i in negative.items}
    assert {"婚姻关系证明", "分居证明"} <= set(by_title["婚姻状况证明"].aliases)
    assert {"收入证明", "房产证明", "车辆所有权证明"} <= set(by_title["居民财产证明"].aliases)
    assert all(i.status == "active" and i.effective_from for i in negative.items)


@pytest.mark.parametrize("title", ["养犬证明", "健在证明"])
def test_negative_list_certificates_are_never_in_force_after_the_reform(lists, title) -> None:
    matching = [i for i in lists if i.kind == "certificates" and title in "".join(i.names)]
    assert matching
    for item in matching:
        for year in range(2022, dt.date.today().year + 1):
            for day in (dt.date(year, 1, 1), dt.date(year, 7, 1), dt.date(year, 12, 31)):
                assert not item.in_force(day), (item.id, day)


def test_ids_of_moved_items_stay_as_records_never_in_force(lists: ListSet) -> None:
    for item_id in ("ZR-011", "ZZ-040", "ZZ-041", "XZ-045", "XZ-046", "ZR-002", "KP-006"):
        item = lists.get(item_id)
        assert item is not None and item.status == "retired" and item.reason
        assert item.effective_from is None


def _community_figures(ws: Workspace, lists: ListSet) -> dict[str, str]:
    """The figures as the README and docs print them, computed from the data."""
    result = rate.rate(lists, dt.date.today(), ws.section("rate"))
    counts: dict[str, int] = {}
    for row in provenance(lists.files).by_class.values():
        for source_class, n in row.items():
            counts[source_class] = counts.get(source_class, 0) + n
    report = validate_paths(ws.list_paths, str, basis_jurisdictions=ws.basis_jurisdictions)
    return {
        "work": f"{result.baseline.count} → {result.current}",
        "rate": f"{(result.reduction_rate or 0) * 100:.1f} %",
        "files_en": f"{report.files} files, {report.items} items",
        "files_zh": f"{report.files} 个文件、{report.items} 个事项",
        "split": f"{result.split}",
        "classes": "、".join(f"{zh} {counts.get(c, 0)}" for zh, c in CLASS_ZH),
    }


CLASS_ZH = (("照录", "verbatim"), ("改写", "paraphrase"), ("拆分", "split"), ("归纳", "derived"))
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


def _scaffolded(tmp_path: Path) -> str:
    """What ``qingdan validate`` says of a workspace ``qingdan init`` just made."""
    from qingdan.core.maintain.scaffold import plan

    for rel, data in plan("测试", "沈阳市").items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(data)
    report = validate_paths(load(tmp_path).list_paths, str)
    return f"{report.files} files, {report.items} items"


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_list_figure_in_the_docs_is_computed_from_the_data(
    ws, lists, doc: Path, tmp_path: Path
) -> None:
    text = doc.read_text(encoding="utf-8")
    figures = _community_figures(ws, lists)
    expected = figures["files_en"]
    if doc.name == "init.md":  # that page validates a workspace `qingdan init` made
        expected = _scaffolded(tmp_path)
    elif doc.name == "maintainer.md":  # that guide adds one plaque (GP-024) first
        files, items = re.findall(r"\d+", figures["files_en"])
        expected = f"{files} files, {int(items) + 1} items"
    for found in re.findall(r"valid: (\d+) files, (\d+) items\b", text):
        assert f"{found[0]} files, {found[1]} items" == expected, doc
    for found in re.findall(r"(\d+) 个文件、(\d+) 个事项", text):
        assert f"{found[0]} 个文件、{found[1]} 个事项" == figures["files_zh"], doc
    for before, after in re.findall(r"\b(1\d\d) (?:项 ?)?(?:→|精简到 ?|到|to) (\d+)", text):
        assert f"{before} → {after}" == figures["work"], doc
    work = r"\b1\d\d (?:项 ?)?(?:→|精简到 ?|到|to) \d+(?: 项)?"
    for shown in re.findall(work + r"[^\n%]{0,40}?(\d+\.\d) ?%", text):
        assert f"{shown} %" == figures["rate"], doc  # the rate printed beside 190 → 83
    for found in re.findall(r"照录 \d+、改写 \d+、拆分 \d+、归纳 \d+", text):
        assert found == figures["classes"], doc
    for split in re.findall(
        r"(\d+) (?:项由同一条来源拆分|of the 83 are split|are split from)", text
    ):
        assert split == figures["split"], doc


def test_lists_provenance_counts_every_item(lists: ListSet) -> None:
    result = provenance(lists.files)
    assert result.items == len(lists.items)
    assert sum(sum(row.values()) for row in result.by_class.values()) == result.items
    assert sum(result.by_jurisdiction.values()) == result.items
