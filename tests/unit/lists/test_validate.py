"""Each kind of list error, planted in a small file, is reported with its code and its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from qingdan.core.lists.validate import validate_paths

HEADER = "# yaml-language-server: $schema=../schemas/list.schema.json\n"
GOOD_ITEM = """\
  - id: {id}
    title: {title}
    aliases: []
    keywords: []
    department: 市民政局
    legal_basis:
      - {{law: 中华人民共和国城市居民委员会组织法, article: 第三条, jurisdiction: 全国}}
    published_on: "2022-06-20"
    effective_from: "2022-07-01"
    effective_to: null
    status: active
    retired_on: null
    reason: null
    source: test
    source_jurisdiction: 全国
    dates_source: test
"""


def list_text(kind: str, items: str) -> str:
    return f"{HEADER}kind: {kind}\ntitle: 测试清单\nitems:\n{items}"


def findings_for(tmp_path: Path, name: str, text: str) -> list[tuple[str, int]]:
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    report = validate_paths({}, str, [path])
    return [(f.code, f.line) for f in report.findings]


def test_a_clean_list_has_no_findings(tmp_path: Path) -> None:
    text = list_text("assisted", GOOD_ITEM.format(id="XZ-001", title="协助做好低保公示"))
    assert findings_for(tmp_path, "assisted", text) == []


CASES = {
    # name: (kind, items text, expected code, expected line)
    "schema error (unknown field)": (
        "assisted",
        GOOD_ITEM.format(id="XZ-001", title="甲").replace(
            "    source: test\n", "    source: test\n    colour: red\n"
        ),
        "QD010",
        19,
    ),
    "schema error (bad date)": (
        "assisted",
        GOOD_ITEM.format(id="XZ-001", title="甲").replace('"2022-07-01"', '"2022-13-01"'),
        "QD010",
        13,
    ),
    "duplicate key": (
        "assisted",
        GOOD_ITEM.format(id="XZ-001", title="甲").replace(
            "    status: active\n", "    status: active\n    status: retired\n"
        ),
        "QD002",
        16,
    ),
    "duplicate id": (
        "assisted",
        GOOD_ITEM.format(id="XZ-001", title="甲") + GOOD_ITEM.format(id="XZ-001", title="乙"),
        "QD020",
        21,
    ),
    "wrong prefix": ("assisted", GOOD_ITEM.format(id="ZM-001", title="甲"), "QD021", 5),
    "unordered dates": (
        "assisted",
        GOOD_ITEM.format(id="XZ-001", title="甲").replace(
            'effective_from: "2022-07-01"', 'effective_from: "2021-01-01"'
        ),
        "QD027",
        13,
    ),
    "retired without reason": (
        "assisted",
        GOOD_ITEM.format(id="XZ-001", title="甲")
        .replace("status: active", "status: retired")
        .replace("retired_on: null", 'retired_on: "2024-01-01"'),
        "QD024",
        15,
    ),
    "assisted item without legal basis": (
        "assisted",
        GOOD_ITEM.format(id="XZ-001", title="甲").replace(
            "    legal_basis:\n      - {law: 中华人民共和国城市居民委员会组织法, article: 第三条, "
            "jurisdiction: 全国}\n",
            "    legal_basis: []\n",
        ),
        "QD026",
        10,
    ),
    "duplicate title after normalization": (
        "assisted",
        GOOD_ITEM.format(id="XZ-001", title="协助做好低保公示")
        + GOOD_ITEM.format(id="XZ-002", title="協助做好低保公示！"),
        "QD022",
        22,
    ),
    "vetoed outside the entry list": (
        "assisted",
        GOOD_ITEM.format(id="XZ-001", title="甲")
        .replace("status: active", "status: vetoed")
        .replace("retired_on: null", 'retired_on: "2024-01-01"')
        .replace("reason: null", "reason: 否决"),
        "QD025",
        15,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_planted_error_is_reported_at_its_line(tmp_path: Path, name: str) -> None:
    kind, items, code, line = CASES[name]
    found = findings_for(tmp_path, kind, list_text(kind, items))
    assert (code, line) in found, found


def test_a_yaml_syntax_error_is_a_finding_with_its_line(tmp_path: Path) -> None:
    text = list_text("assisted", GOOD_ITEM.format(id="XZ-001", title="甲")).replace(
        "    aliases: []", "    aliases: [unclosed"
    )
    found = findings_for(tmp_path, "assisted", text)
    assert found and found[0][0] == "QD001"
    assert found[0][1] in (7, 8)


def test_every_finding_is_reported_not_just_the_first(tmp_path: Path) -> None:
    items = GOOD_ITEM.format(id="ZM-001", title="甲").replace(
        "legal_basis:\n      - {law: 中华人民共和国城市居民委员会组织法, article: 第三条, "
        "jurisdiction: 全国}",
        "legal_basis: []",
    )
    items += GOOD_ITEM.format(id="ZM-001", title="乙")
    codes = {code for code, _ in findings_for(tmp_path, "assisted", list_text("assisted", items))}
    assert {"QD020", "QD021", "QD026"} <= codes


def test_a_list_filed_under_the_wrong_kind_is_reported(workspace: Path) -> None:
    from qingdan.workspace import load

    ws = load(workspace)
    paths = dict(ws.list_paths)
    paths["plaques"], paths["ledgers"] = paths["ledgers"], paths["plaques"]
    report = validate_paths(paths, str)
    assert "QD011" in {f.code for f in report.findings}


def test_a_missing_list_file_is_reported(workspace: Path) -> None:
    from qingdan.workspace import load

    (workspace / "lists" / "plaques.yaml").unlink()
    report = validate_paths(load(workspace).list_paths, str)
    assert [f.code for f in report.findings] == ["QD029"]


def test_the_fast_engine_and_the_message_engine_agree_on_validity(tmp_path: Path) -> None:
    from qingdan.core.lists import schemas
    from qingdan.core.lists.yamlsafe import loads

    good = loads(list_text("assisted", GOOD_ITEM.format(id="XZ-001", title="甲"))).data
    bad = loads(
        list_text(
            "assisted",
            GOOD_ITEM.format(id="XZ-001", title="甲")
            .replace('"2022-07-01"', '"2022-13-01"')
            .replace("    source: test\n", "    source: test\n    colour: red\n"),
        )
    ).data
    assert schemas.errors("list", good) == []
    found = schemas.errors("list", bad)
    assert [e.path for e in found] == [("items", 0), ("items", 0, "effective_from")]
    assert found[0].unexpected == ("colour",)
    assert schemas._fast("list").is_valid(good) and not schemas._fast("list").is_valid(bad)


def test_every_date_out_of_order_in_one_item_is_reported_at_once(tmp_path: Path) -> None:
    item = (
        GOOD_ITEM.format(id="XZ-001", title="甲")
        .replace('effective_from: "2022-07-01"', 'effective_from: "2024-03-01"')
        .replace("effective_to: null", 'effective_to: "2024-02-01"')
        .replace("status: active", "status: retired")
        .replace("retired_on: null", 'retired_on: "2023-01-01"')
        .replace("reason: null", "reason: 取消")
    )
    found = findings_for(tmp_path, "assisted", list_text("assisted", item))
    assert found == [("QD027", 14), ("QD027", 16)]  # effective_to and retired_on, not one


def test_an_entry_that_is_no_mapping_does_not_shift_the_place_of_later_findings(
    tmp_path: Path,
) -> None:
    items = "  - XZ-000\n" + GOOD_ITEM.format(id="ZM-001", title="甲")  # wrong prefix: QD021
    found = findings_for(tmp_path, "assisted", list_text("assisted", items))
    assert ("QD021", 6) in found  # the id's own line, not the stray entry's line 5
    assert ("QD021", 5) not in found
