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
