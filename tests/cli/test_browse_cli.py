"""``qingdan lists``, ``show``, ``search``: browsing with the documented JSON shapes."""

from __future__ import annotations

import json

from tests.conftest import run


def test_lists_counts_83_community_work_items(runner, workspace):
    doc = json.loads(run(runner, "lists", "-w", str(workspace), "-f", "json").stdout)
    assert doc["schema_version"] == 1
    by_kind = {row["kind"]: row for row in doc["lists"]}
    assert len(by_kind) == 9  # the seven lists, the national negative list, prohibited tasks
    assert by_kind["self-governance"]["active"] + by_kind["assisted"]["active"] == 83
    assert by_kind["entry"]["vetoed"] >= 2
    assert by_kind["entry"]["active"] >= 5
    for kind in ("ledgers", "certificates", "plaques", "evaluations"):
        assert by_kind[kind]["active"] >= 12
    assert by_kind["negative-certificates"]["active"] == 20
    assert {"kind", "title", "active", "retired", "vetoed", "items"} <= set(by_kind["entry"])


def test_lists_text_shows_the_counted_total(runner, workspace):
    result = run(runner, "lists", "-w", str(workspace))
    assert result.exit_code == 0
    assert "83 active" in result.stdout


def test_show_prints_every_field_of_an_item(runner, workspace):
    doc = json.loads(run(runner, "show", "ZM-001", "-w", str(workspace), "-f", "json").stdout)
    assert doc["schema_version"] == 1 and doc["command"] == "show"
    item = doc["item"]
    assert item["id"] == "ZM-001" and item["kind"] == "certificates"
    assert {"title", "aliases", "keywords", "legal_basis", "effective_from", "status"} <= set(item)


def test_show_accepts_lower_case_ids(runner, workspace):
    assert run(runner, "show", "zm-001", "-w", str(workspace)).exit_code == 0


def test_show_of_an_unknown_id_is_a_usage_error(runner, workspace):
    result = run(runner, "show", "ZM-999", "-w", str(workspace))
    assert result.exit_code == 2
    assert "ZM-999" in result.stderr


def test_search_finds_items_by_alias_in_traditional_characters(runner, workspace):
    doc = json.loads(run(runner, "search", "居住證明", "-w", str(workspace), "-f", "json").stdout)
    assert doc["query"] == "居住證明"
    assert doc["results"][0]["id"] == "ZM-001"
    scores = [r["score"] for r in doc["results"]]
    assert scores == sorted(scores, reverse=True)
    assert set(doc["results"][0]) >= {"id", "kind", "title", "score"}


def test_search_can_be_limited_to_one_kind(runner, workspace):
    doc = json.loads(
        run(runner, "search", "低保", "-k", "ledgers", "-w", str(workspace), "-f", "json").stdout
    )
    assert doc["results"] and {r["kind"] for r in doc["results"]} == {"ledgers"}


def test_search_for_nonsense_finds_nothing_and_says_so(runner, workspace):
    result = run(runner, "search", "量子计算机维修", "-w", str(workspace))
    assert result.exit_code == 0
    assert "no item" in result.stdout


def test_search_rejects_an_unknown_kind(runner, workspace):
    assert run(runner, "search", "低保", "-k", "nope", "-w", str(workspace)).exit_code == 2


def test_list_data_that_looks_like_rich_markup_is_printed_as_it_is(runner, tmp_path):
    from tests.maint_repo import base_lists, item, make_repo

    lists = base_lists()
    lists["self-governance"].append(
        item("ZZ-004", "居民公约[b]修订", reason="依据[/]", source="示例 [rate] 来源")
    )
    root = make_repo(tmp_path / "ws", lists)
    shown = run(runner, "show", "ZZ-004", "-w", str(root))
    assert shown.exit_code == 0, shown.stderr
    assert "居民公约[b]修订" in shown.stdout and "依据[/]" in shown.stdout
    assert "示例 [rate] 来源" in shown.stdout
    found = run(runner, "search", "居民公约修订", "-w", str(root))
    assert found.exit_code == 0 and "居民公约[b]修订" in found.stdout
    nothing = run(runner, "search", "[/]", "-w", str(root))
    assert nothing.exit_code == 0 and "'[/]'" in nothing.stdout


def test_rate_text_keeps_the_brackets_of_the_default_baseline_source(runner, tmp_path):
    from tests.maint_repo import base_lists, make_repo

    root = make_repo(tmp_path / "ws", base_lists())
    result = run(runner, "rate", "-w", str(root), "--at", "2024-06-01")
    assert result.exit_code == 0, result.stderr
    assert "qingdan.toml [rate] baseline" in result.stdout
