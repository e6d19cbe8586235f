"""The commands that show where the lists come from: ``rate`` before the lists and with
``--history``, ``lists --provenance``, the 示例 label, and the QD030 finding (issue 10)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run


def test_rate_before_the_lists_took_effect_says_so_and_exits_1(runner, workspace: Path) -> None:
    result = run(runner, "rate", "-w", str(workspace), "--at", "2021-01-01")
    assert result.exit_code == 1
    assert "not in force on 2021-01-01" in result.stdout and "2022-07-01" in result.stdout
    assert "100" not in result.stdout.split("not in force")[1]
    doc = json.loads(run(runner, "rate", "-w", str(workspace), "--at", "2021-01-01",
                         "-f", "json").stdout)  # fmt: skip
    assert doc["lists_in_force"] is False and doc["reduction_rate"] is None
    assert doc["in_force_from"] == "2022-07-01"


def test_rate_on_the_reform_day_gives_83_and_says_what_it_is_made_of(runner, workspace) -> None:
    result = run(runner, "rate", "-w", str(workspace), "--at", "2022-07-01")
    assert result.exit_code == 0
    assert "56.3 %: 190 → 83" in result.stdout
    assert "are one of several items cut from a shared source row" in result.stdout


def test_rate_history_shows_the_reported_figures_with_sources(runner, workspace) -> None:
    doc = json.loads(run(runner, "rate", "-w", str(workspace), "--history", "-f", "json").stdout)
    first, reform = doc["history"]
    assert (first["after"], first["lists"], first["rate"]) == (85, 3, 0.5)
    assert (reform["before"], reform["after"], reform["rate"]) == (190, 83, 0.5632)
    assert reform["matches_lists"] is True and first["matches_lists"] is None
    assert "dalian.md" in first["source"]
    text = run(runner, "rate", "-w", str(workspace), "--history").stdout
    assert "reported reductions" in text and "agrees with the lists: 83" in text
    markdown = run(runner, "rate", "-w", str(workspace), "--history", "-f", "markdown").stdout
    assert "| 2015-12-30 |" in markdown and "| 56.3 % |" in markdown


def test_rate_without_history_keeps_the_json_document_small(runner, workspace) -> None:
    doc = json.loads(run(runner, "rate", "-w", str(workspace), "-f", "json").stdout)
    assert "history" not in doc


def test_lists_provenance_counts_items_by_source_class_and_jurisdiction(runner, workspace) -> None:
    args = ("lists", "-w", str(workspace), "-f", "json")
    doc = json.loads(run(runner, *args, "--provenance").stdout)["provenance"]
    listed = json.loads(run(runner, *args).stdout)
    total = sum(row["items"] for row in listed["lists"])
    assert doc["items"] == total == sum(doc["by_jurisdiction"].values())
    assert set(doc["by_class"]["self-governance"]) <= {"verbatim", "paraphrase", "split", "derived"}
    assert doc["by_class"]["negative-certificates"] == {"verbatim": 20}
    assert doc["by_jurisdiction"]["全国"] >= 20
    text = run(runner, "lists", "-w", str(workspace), "--provenance").stdout
    assert "verbatim" in text and "by the source's jurisdiction" in text


def test_illustrative_dates_are_labelled_in_lists_and_show(runner, workspace) -> None:
    listed = json.loads(run(runner, "lists", "-w", str(workspace), "-f", "json").stdout)
    assert all(row["dates_illustrative"] for row in listed["lists"])
    assert "illus." in run(runner, "lists", "-w", str(workspace)).stdout
    shown = run(runner, "show", "ZR-012", "-w", str(workspace)).stdout
    assert "2024-07-01 (illustrative)" in shown and "dates from" in shown
    zh = run(runner, "show", "ZR-012", "-w", str(workspace), "--lang", "zh").stdout
    assert "2024-07-01（示例）" in zh


def test_show_prints_a_precedent_apart_from_the_legal_basis(runner, workspace) -> None:
    shown = run(runner, "show", "ZZ-030", "-w", str(workspace)).stdout
    assert "precedent" in shown and "罗府办函〔2016〕132号" in shown
    basis = [line for line in shown.splitlines() if line.strip().startswith("legal basis")]
    assert not basis or "罗" not in basis[0]


def test_validate_refuses_another_citys_document_as_legal_basis(runner, workspace) -> None:
    path = workspace / "lists" / "assisted.yaml"
    text = path.read_text(encoding="utf-8")
    planted = text.replace(
        "{law: 中华人民共和国就业促进法, article: null, jurisdiction: 全国}",
        "{law: 上海市居民委员会工作条例, article: null, jurisdiction: 上海市}",
        1,
    )
    assert planted != text
    path.write_text(planted, encoding="utf-8")
    result = run(runner, "validate", "-w", str(workspace))
    assert result.exit_code == 1
    assert "QD030" in result.stdout and "precedent" in result.stdout


def test_a_reason_about_a_never_in_force_record_does_not_claim_a_retirement_day(
    runner, workspace
) -> None:
    request = workspace / "r.yaml"
    request.write_text(
        "id: R-1\ntitle: 与流动人口、帮教人员签订治安责任书\ndepartment: 区公安分局\n"
        "kind: task\ncites: [XZ-046]\n",
        encoding="utf-8",
    )
    result = run(runner, "check", str(request), "-w", str(workspace), "--as-of", "2024-08-01")
    assert result.exit_code == 1
    assert "never in force, kept only as a record" in result.stdout
    assert "retired on 2022-07-01" not in result.stdout


def test_a_reason_labels_an_illustrative_date(runner, workspace) -> None:
    request = workspace / "r.yaml"
    request.write_text(
        "id: R-2\ntitle: 网格化管理服务事项\ndepartment: 市委政法委\nkind: task\n", encoding="utf-8"
    )
    result = run(runner, "check", str(request), "-w", str(workspace), "--as-of", "2024-03-01")
    assert "in force from 2024-07-01; illustrative date" in result.stdout


def _valid(command: str, doc: dict) -> list[str]:  # type: ignore[type-arg]
    import jsonschema

    from tests.conftest import ROOT

    schema = json.loads((ROOT / "schemas" / "output" / f"{command}.schema.json").read_text())
    checker = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    return [f"{e.json_path}: {e.message}" for e in checker.iter_errors(doc)]


def test_the_new_json_answers_follow_their_published_schemas(runner, workspace) -> None:
    ws = ("-w", str(workspace), "-f", "json")
    history = json.loads(run(runner, "rate", "--history", *ws).stdout)
    before = json.loads(run(runner, "rate", "--at", "2021-01-01", *ws).stdout)
    sources = json.loads(run(runner, "lists", "--provenance", *ws).stdout)
    assert _valid("rate", history) == [] and _valid("rate", before) == []
    assert _valid("lists", sources) == []
    broken = {**sources, "provenance": {**sources["provenance"], "by_class": {"x": {"copied": 1}}}}
    assert _valid("lists", broken)
