"""The provenance rules (QD030–QD035), each planted in a small list of the test's own."""

from __future__ import annotations

from pathlib import Path

from qingdan.core.lists.validate import validate_paths

HEADER = "# yaml-language-server: $schema=../schemas/list.schema.json\n"
ITEM = """\
  - id: {id}
    title: {title}
    department: 市民政局
    legal_basis:
      - {{law: {law}, jurisdiction: {jurisdiction}}}
    effective_from: "{start}"
    status: {status}
    retired_on: {retired_on}
    reason: {reason}
    source: 某市清单
    source_jurisdiction: 某市
    dates_source: 某市通知
"""
NEGATIVE = """\
  - id: FM-004
    title: 居民养犬证明
    aliases: [养犬证明]
    legal_basis:
      - {law: 民发〔2020〕20号, jurisdiction: 全国}
    effective_from: "2020-04-01"
    status: active
    source: 不应由基层群众性自治组织出具证明事项清单（第一批）
    source_jurisdiction: 全国
    dates_illustrative: true
"""


def item(**fields: str) -> str:
    values = {
        "id": "XZ-001",
        "title": "协助做好低保公示",
        "law": "中华人民共和国社会救助法",
        "jurisdiction": "全国",
        "start": "2022-07-01",
        "status": "active",
        "retired_on": "null",
        "reason": "null",
        **fields,
    }
    return ITEM.format(**values)


def codes(
    tmp_path: Path, lists: dict[str, str], allowed: tuple[str, ...] = ("全国", "大连市")
) -> list[tuple[str, str]]:
    paths = []
    for kind, items in lists.items():
        path = tmp_path / f"{kind}.yaml"
        path.write_text(f"{HEADER}kind: {kind}\ntitle: 测试\nitems:\n{items}", encoding="utf-8")
        paths.append(path)
    report = validate_paths({}, str, paths, allowed)
    return [(f.code, f.severity) for f in report.findings]


def test_a_clean_item_has_no_provenance_findings(tmp_path: Path) -> None:
    assert codes(tmp_path, {"assisted": item()}) == []


def test_another_citys_document_as_legal_basis_is_an_error(tmp_path: Path) -> None:
    found = codes(
        tmp_path, {"assisted": item(law="上海市居民委员会工作条例", jurisdiction="上海市")}
    )
    assert found == [("QD030", "error")]


def test_the_workspaces_own_jurisdiction_may_be_the_basis(tmp_path: Path) -> None:
    lists = {"assisted": item(law="大连市基层社会治理促进条例", jurisdiction="大连市")}
    assert codes(tmp_path, lists) == []
    assert codes(tmp_path, lists, ("全国", "沈阳市")) == [("QD030", "error")]


def test_a_basis_without_jurisdiction_is_a_warning(tmp_path: Path) -> None:
    text = item().replace(", jurisdiction: 全国}", "}")
    assert codes(tmp_path, {"assisted": text}) == [("QD031", "warning")]


def test_a_vetoed_entry_item_records_why_instead_of_a_basis(tmp_path: Path) -> None:
    vetoed = item(
        id="ZR-001", status="vetoed", retired_on='"2023-03-31"', reason="基层代表评估一票否决"
    )
    vetoed = vetoed.replace(
        "    legal_basis:\n      - {law: 中华人民共和国社会救助法, jurisdiction: 全国}\n",
        "    legal_basis: []\n",
    )
    assert codes(tmp_path, {"entry": vetoed}) == []
    active = vetoed.replace("status: vetoed", "status: active").replace('"2023-03-31"', "null")
    assert ("QD026", "error") in codes(
        tmp_path, {"entry": active.replace("reason: 基层代表评估一票否决", "reason: null")}
    )


def test_an_active_entry_item_names_the_department_that_applied(tmp_path: Path) -> None:
    text = item(id="ZR-001").replace("    department: 市民政局\n", "    department: null\n")
    assert codes(tmp_path, {"entry": text}) == [("QD032", "error")]


def test_an_item_without_source_or_dated_without_source_is_warned(tmp_path: Path) -> None:
    text = (
        item()
        .replace("    source_jurisdiction: 某市\n", "")
        .replace("    dates_source: 某市通知\n", "")
    )
    assert set(codes(tmp_path, {"assisted": text})) == {("QD033", "warning"), ("QD034", "warning")}


def test_illustrative_dates_on_the_list_count_as_marked(tmp_path: Path) -> None:
    text = item().replace("    dates_source: 某市通知\n", "")
    path = tmp_path / "assisted.yaml"
    path.write_text(
        f"{HEADER}kind: assisted\ntitle: 测试\ndates_illustrative: true\nitems:\n{text}",
        encoding="utf-8",
    )
    assert validate_paths({}, str, [path], ("全国",)).findings == ()


def test_a_negative_list_certificate_in_force_after_the_national_list_is_an_error(
    tmp_path: Path,
) -> None:
    certificate = item(
        id="ZM-016",
        title="养犬证明",
        start="2022-07-01",
        status="retired",
        retired_on='"2023-04-30"',
        reason="过渡期满",
    )
    found = codes(tmp_path, {"certificates": certificate, "negative-certificates": NEGATIVE})
    assert found == [("QD035", "error")]


def test_a_record_never_in_force_does_not_break_the_negative_list_rule(tmp_path: Path) -> None:
    certificate = item(
        id="ZM-016",
        title="养犬证明",
        status="retired",
        retired_on='"2022-07-01"',
        reason="负面清单",
    ).replace('    effective_from: "2022-07-01"\n', "")
    assert codes(tmp_path, {"certificates": certificate, "negative-certificates": NEGATIVE}) == []


def test_a_certificate_that_lapsed_before_the_national_list_is_allowed(tmp_path: Path) -> None:
    certificate = item(
        id="ZM-016",
        title="养犬证明",
        start="2018-01-01",
        status="retired",
        retired_on='"2020-04-01"',
        reason="列入全国负面清单",
    )
    assert codes(tmp_path, {"certificates": certificate, "negative-certificates": NEGATIVE}) == []
