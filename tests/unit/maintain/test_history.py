"""The lists at git revisions, and the semantic diff and history rules over real repositories."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from qingdan.core.maintain import history
from qingdan.core.maintain.diff import diff
from qingdan.errors import UsageError
from qingdan.i18n import tr
from qingdan.workspace import load
from tests.maint_repo import base_lists, commit, git, item, make_repo, write_list

DAY = dt.date(2024, 6, 1)


def _diff(root: Path, base: str = "HEAD~1", head: str | None = "HEAD"):  # type: ignore[no-untyped-def]
    ws = load(root)
    before = history.lists_at(root, base, ws.list_paths)
    after = (
        history.lists_at(root, head, ws.list_paths) if head else history.working_tree(ws.list_paths)
    )
    return diff(before, after, DAY, ("self-governance", "assisted"), 10)


def _change(tmp_path: Path, kind: str, edit) -> Path:  # type: ignore[no-untyped-def]
    lists = base_lists()
    root = make_repo(tmp_path / "repo", lists)
    write_list(root, kind, edit(lists[kind]))
    commit(root, "change")
    return root


def _by_kind(result, kind):  # type: ignore[no-untyped-def]
    return next(d for d in result.lists if d.kind == kind)


def test_lists_at_a_revision_are_parsed_like_files_on_disk(tmp_path):
    root = make_repo(tmp_path / "repo", base_lists())
    snap = history.lists_at(root, "HEAD", load(root).list_paths)
    assert snap.commit == git(root, "rev-parse", "HEAD")
    assert [f.kind for f in snap.lists.files] == ["self-governance", "assisted", "entry"]
    assert snap.lists.get("XZ-003").status == "retired"
    assert snap.lists.get("ZZ-002").line > 1


def test_a_revision_that_looks_like_an_option_is_refused(tmp_path):
    root = make_repo(tmp_path / "repo", base_lists())
    for rev in ("--output=/tmp/x", "-p", "", "HEAD\n"):
        with pytest.raises(UsageError, match=r"git\.bad_revision"):
            history.lists_at(root, rev, load(root).list_paths)


def test_a_missing_revision_is_a_usage_error(tmp_path):
    root = make_repo(tmp_path / "repo", base_lists())
    with pytest.raises(UsageError, match=r"git\.unknown_revision"):
        history.resolve(root, "nosuchbranch")


def test_a_folder_outside_any_repository_is_a_usage_error(tmp_path):
    (tmp_path / "plain").mkdir()
    with pytest.raises(UsageError, match=r"git\.not_repo"):
        history.repo_root(tmp_path / "plain")


def test_a_shallow_clone_without_the_base_says_so(tmp_path):
    root = make_repo(tmp_path / "repo", base_lists())
    first = git(root, "rev-parse", "HEAD")
    commit(root, "second")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{root}", str(clone))
    with pytest.raises(UsageError, match=r"git\.shallow") as caught:
        history.resolve(clone, first)
    assert "fetch-depth: 0" in tr(caught.value.hint)


def test_the_default_base_is_the_merge_base_with_main(tmp_path):
    root = make_repo(tmp_path / "repo", base_lists())
    fork = git(root, "rev-parse", "HEAD")
    git(root, "checkout", "-q", "-b", "feature")
    commit(root, "on the branch")
    git(root, "checkout", "-q", "main")
    commit(root, "on main")
    git(root, "checkout", "-q", "feature")
    assert history.default_base(root) == fork


def test_the_default_base_is_head_without_a_default_branch(tmp_path):
    root = make_repo(tmp_path / "repo", base_lists())
    git(root, "branch", "-m", "main", "trunk")
    assert history.default_base(root) == "HEAD"


def test_the_same_revision_twice_has_no_changes_and_no_violations(tmp_path):
    root = make_repo(tmp_path / "repo", base_lists())
    result = _diff(root, "HEAD", "HEAD")
    assert result.empty and result.ok
    assert result.counts == (5, 5)


def test_reordering_and_reformatting_is_no_change(tmp_path):
    root = _change(tmp_path, "self-governance", lambda items: list(reversed(items)))
    assert _diff(root).empty


def test_an_added_item_is_reported_with_the_new_counts(tmp_path):
    root = _change(tmp_path, "self-governance", lambda items: [*items, item("ZZ-004", "换届选举")])
    result = _diff(root)
    assert _by_kind(result, "self-governance").added == ("ZZ-004",)
    assert result.counts == (5, 6) and result.ok
    assert result.rates == (0.5, 0.4)


def test_retired_vetoed_and_reinstated_items_are_told_apart(tmp_path):
    lists = base_lists()
    root = make_repo(tmp_path / "repo", lists)
    lists["self-governance"][0].update(status="retired", retired_on="2024-05-01", reason="合并")
    lists["entry"][0].update(status="vetoed", retired_on="2024-05-01", reason="否决")
    lists["assisted"][2].update(
        status="active", retired_on=None, reason="恢复：新规定", effective_from="2024-03-01"
    )
    for kind, items in lists.items():
        write_list(root, kind, items)
    commit(root, "lifecycle")
    result = _diff(root)
    assert _by_kind(result, "self-governance").retired == ("ZZ-001",)
    assert _by_kind(result, "entry").vetoed == ("ZR-001",)
    assistance = _by_kind(result, "assisted")
    assert assistance.reinstated == ("XZ-003",)
    assert [c.id for c in assistance.changed] == ["XZ-003"]
    assert set(assistance.changed[0].fields) == {"effective_from"}
    assert result.ok


def test_changed_fields_are_listed_one_by_one(tmp_path):
    def edit(items):  # type: ignore[no-untyped-def]
        items[1].update(department="市卫健委", aliases=["医保登记"], effective_to="2025-12-31")
        return items

    root = _change(tmp_path, "assisted", edit)
    [changed] = _by_kind(_diff(root), "assisted").changed
    assert changed.id == "XZ-002"
    assert list(changed.fields) == ["aliases", "department", "effective_to"]
    assert changed.fields["department"].before == "市民政局"
    assert changed.fields["department"].after == "市卫健委"


def test_deleting_an_item_outright_breaks_a_rule_at_its_base_line(tmp_path):
    root = _change(tmp_path, "self-governance", lambda items: items[1:])
    result = _diff(root)
    assert _by_kind(result, "self-governance").deleted == ("ZZ-001",)
    [violation] = result.violations
    assert (violation.rule, violation.id) == ("deleted", "ZZ-001")
    assert violation.file.startswith("HEAD~1:") and violation.line == 5


def test_an_id_reused_for_a_different_item_breaks_a_rule(tmp_path):
    root = _change(
        tmp_path, "self-governance", lambda items: [item("ZZ-001", "组织垃圾分类督导"), *items[1:]]
    )
    [violation] = _diff(root).violations
    assert violation.rule == "id-reused" and violation.line == 5


def test_a_reworded_title_keeps_its_id_without_a_violation(tmp_path):
    root = _change(
        tmp_path, "self-governance", lambda items: [item("ZZ-001", "组织召开居民会议"), *items[1:]]
    )
    result = _diff(root)
    assert result.ok
    assert list(_by_kind(result, "self-governance").changed[0].fields) == ["title"]


def test_an_item_moved_between_lists_breaks_a_rule(tmp_path):
    lists = base_lists()
    root = make_repo(tmp_path / "repo", lists)
    moved = lists["self-governance"].pop(2)
    lists["assisted"].append(moved)
    for kind, items in lists.items():
        write_list(root, kind, items)
    commit(root, "move")
    result = _diff(root)
    assert [v.rule for v in result.violations] == ["moved"]
    change = _by_kind(result, "assisted").changed[0]
    assert change.fields["kind"].before == "self-governance"
    assert _by_kind(result, "self-governance").deleted == ()


def test_reactivating_without_a_dated_reason_breaks_a_rule(tmp_path):
    def edit(items):  # type: ignore[no-untyped-def]
        items[2].update(status="active", retired_on=None, reason=None)
        return items

    root = _change(tmp_path, "assisted", edit)
    [violation] = _diff(root).violations
    assert (violation.rule, violation.id) == ("reactivated", "XZ-003")


def test_a_new_item_effective_before_publication_breaks_a_rule(tmp_path):
    root = _change(
        tmp_path,
        "assisted",
        lambda items: [
            *items,
            item("XZ-004", "协助征兵", published_on="2024-02-01", effective_from="2024-01-01"),
        ],
    )
    [violation] = _diff(root).violations
    assert violation.rule == "effective-before-published"
    assert violation.file == "HEAD:lists/assisted.yaml"


def test_the_working_tree_is_the_default_head(tmp_path):
    root = make_repo(tmp_path / "repo", base_lists())
    write_list(root, "entry", [*base_lists()["entry"], item("ZR-003", "社区通发布")])
    result = _diff(root, "HEAD", None)
    assert result.head == "working tree" and result.head_commit is None
    assert _by_kind(result, "entry").added == ("ZR-003",)
