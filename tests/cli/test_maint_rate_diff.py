"""``qingdan rate`` and ``qingdan diff`` from the command line: formats, goldens, exit codes.

Golden Markdown lives in tests/golden/maint/; regenerate with ``pytest --update-goldens
tests/cli/test_maint_rate_diff.py`` and review the change.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run
from tests.maint_repo import base_lists, commit, item, make_repo, write_list


@pytest.fixture
def changed_repo(tmp_path: Path) -> Path:
    """Base commit, then a commit with every change type and every history rule broken."""
    lists = base_lists()
    root = make_repo(tmp_path / "repo", lists)
    sg, assisted, entry = lists["self-governance"], lists["assisted"], lists["entry"]
    sg[0].update(status="retired", retired_on="2024-05-01", reason="并入 ZZ-002")
    sg[1].update(title="开展社区协商议事", aliases=["协商议事"])
    moved = sg.pop(2)
    sg.append(item("ZZ-004", "组织换届选举"))
    assisted[0].update(title="组织垃圾分类督导")  # id reused
    assisted.pop(1)  # deleted outright
    assisted[-1].update(status="active", retired_on=None, reason=None)  # reactivated, no reason
    assisted.append(moved)
    entry[0].update(status="vetoed", retired_on="2024-05-01", reason="一票否决")
    entry.append(
        item("ZR-003", "社区通发布", published_on="2024-03-01", effective_from="2024-02-01")
    )
    for kind, items in lists.items():
        write_list(root, kind, items)
    commit(root, "every kind of change")
    return root


def test_rate_counts_the_bundled_lists_as_190_to_83(runner):
    result = run(runner, "rate", "--at", "2025-01-01", "-f", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert list(document) == [
        "schema_version",
        "command",
        "qingdan_version",
        "lists_revision",
        "at",
        "baseline",
        "current",
        "reduction_rate",
        "lists_in_force",
        "in_force_from",
        "split",
        "illustrative",
        "lists",
    ]
    assert (document["baseline"]["count"], document["current"]) == (190, 83)
    assert document["reduction_rate"] == 0.5632
    assert set(document["lists"]["entry"]) == {"active", "retired", "vetoed"}


def test_rate_text_shows_absolute_counts_beside_the_percentage(runner):
    result = run(runner, "rate", "--at", "2025-01-01", "--baseline", "100")
    assert result.exit_code == 0
    assert "17.0 %: 100 → 83" in result.stdout


def test_rate_against_a_git_revision_counts_that_revision(runner, changed_repo):
    result = run(
        runner,
        "rate",
        "-w",
        str(changed_repo),
        "--at",
        "2024-06-01",
        "--baseline-rev",
        "HEAD~1",
        "-f",
        "json",
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["baseline"]["count"] == 5 and document["current"] == 5
    assert document["baseline"]["lists"]["assisted"]["active"] == 2


def test_rate_markdown_matches_the_golden_file(runner, changed_repo, golden):
    result = run(runner, "rate", "-w", str(changed_repo), "--at", "2024-06-01", "-f", "markdown")
    assert result.exit_code == 0
    golden("maint/rate.md", result.stdout)


def test_diff_json_has_the_documented_shape(runner, changed_repo):
    result = run(
        runner,
        "diff",
        "HEAD~1",
        "HEAD",
        "-w",
        str(changed_repo),
        "--at",
        "2024-06-01",
        "-f",
        "json",
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert list(document) == [
        "schema_version",
        "command",
        "qingdan_version",
        "base",
        "head",
        "lists",
        "counts",
        "reduction_rate",
        "violations",
    ]
    sg = document["lists"]["self-governance"]
    assert sg["added"] == ["ZZ-004"] and sg["retired"] == ["ZZ-001"]
    assert sg["changed"][0]["fields"]["title"] == {
        "before": "开展社区协商",
        "after": "开展社区协商议事",
    }
    assert document["lists"]["assisted"]["deleted"] == ["XZ-002"]
    assert document["lists"]["assisted"]["reinstated"] == ["XZ-003"]
    assert document["lists"]["entry"]["vetoed"] == ["ZR-001"]
    assert sorted(v["rule"] for v in document["violations"]) == [
        "deleted",
        "effective-before-published",
        "id-reused",
        "moved",
        "reactivated",
    ]
    assert set(document["violations"][0]) == {"rule", "id", "message", "file", "line"}


def test_diff_check_exits_1_on_history_violations(runner, changed_repo):
    result = run(runner, "diff", "HEAD~1", "HEAD", "-w", str(changed_repo), "--check")
    assert result.exit_code == 1
    assert "5 history rule violation(s)" in result.stdout


def test_diff_check_exits_0_when_the_history_is_kept(runner, tmp_path):
    root = make_repo(tmp_path / "repo", base_lists())
    write_list(root, "entry", [*base_lists()["entry"], item("ZR-003", "社区通发布")])
    result = run(runner, "diff", "-w", str(root), "--check")
    assert result.exit_code == 0, result.output
    assert "+1 −0 ~0" in result.stdout


def test_diff_markdown_matches_the_golden_file(runner, changed_repo, golden):
    result = run(
        runner,
        "diff",
        "HEAD~1",
        "HEAD",
        "-w",
        str(changed_repo),
        "--at",
        "2024-06-01",
        "-f",
        "markdown",
    )
    assert result.exit_code == 0
    assert "<details>" in result.stdout
    assert not any(line.startswith((" ", "\t")) for line in result.stdout.splitlines())
    golden("maint/diff.md", result.stdout)


def test_a_workspace_template_overrides_the_packaged_one(runner, changed_repo):
    folder = changed_repo / "reports" / "templates"
    folder.mkdir(parents=True)
    (folder / "diff.md.j2").write_text("custom {{ counts.before }}\n", encoding="utf-8")
    result = run(
        runner,
        "diff",
        "HEAD~1",
        "HEAD",
        "-w",
        str(changed_repo),
        "--at",
        "2024-06-01",
        "-f",
        "markdown",
    )
    assert result.stdout == "custom 5\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("diff", "--", "--output=/tmp/pwned"), "refused"),
        (("diff", "nosuchbranch"), "no revision nosuchbranch"),
        (("rate", "--baseline-rev", "-x"), "refused"),
        (("rate", "--baseline", "5", "--baseline-rev", "HEAD"), "not both"),
        (("diff", "-f", "yaml"), "yaml"),
        (("rate", "--at", "yesterday"), "--at"),
    ],
)
def test_bad_revisions_and_options_exit_2(runner, changed_repo, args, message):
    result = run(runner, args[0], "-w", str(changed_repo), *args[1:])
    assert result.exit_code == 2
    assert message in result.stderr
    assert not Path("/tmp/pwned").exists()


def test_diff_outside_a_repository_exits_2(runner, workspace):
    result = run(runner, "diff", "-w", str(workspace))
    assert result.exit_code == 2
    assert "not inside a git repository" in result.stderr


def test_diff_of_a_list_that_does_not_parse_exits_3(runner, tmp_path):
    root = make_repo(tmp_path / "repo", base_lists())
    (root / "lists" / "entry.yaml").write_text("kind: entry\nitems: [\n", encoding="utf-8")
    result = run(runner, "diff", "-w", str(root), "--check")
    assert result.exit_code == 3
    assert "lists/entry.yaml" in result.stderr and "does not parse" in result.stderr


def test_rate_against_a_revision_outside_a_repository_exits_2(runner, workspace):
    result = run(runner, "rate", "-w", str(workspace), "--baseline-rev", "HEAD")
    assert result.exit_code == 2
    assert "not inside a git repository" in result.stderr


def test_rate_against_a_revision_whose_list_does_not_parse_exits_3(runner, tmp_path):
    root = make_repo(tmp_path / "repo", base_lists())
    good = (root / "lists" / "self-governance.yaml").read_text(encoding="utf-8")
    (root / "lists" / "self-governance.yaml").write_text(good + "items: [\n", encoding="utf-8")
    commit(root, "broken")
    (root / "lists" / "self-governance.yaml").write_text(good, encoding="utf-8")
    result = run(runner, "rate", "-w", str(root), "--baseline-rev", "HEAD", "--at", "2024-06-01")
    assert result.exit_code == 3, result.stdout  # was 0, with a baseline of 0 items
    assert "HEAD:lists/self-governance.yaml" in result.stderr
    assert "does not parse" in result.stderr and "Traceback" not in result.output


def test_diff_against_a_revision_whose_list_is_not_utf8_exits_3(runner, tmp_path):
    root = make_repo(tmp_path / "repo", base_lists())
    path = root / "lists" / "self-governance.yaml"
    good = path.read_text(encoding="utf-8")
    path.write_bytes(good.encode("gb18030"))  # saved by an editor in GBK
    commit(root, "gbk")
    path.write_text(good, encoding="utf-8")
    result = run(runner, "diff", "HEAD", "-w", str(root), "--check")
    assert result.exit_code == 3, result.stdout  # was 0 or 1: mojibake titles, false id-reused
    assert "HEAD:lists/self-governance.yaml" in result.stderr and "UTF-8" in result.stderr


def test_diff_markdown_escapes_a_pipe_in_a_title_once(runner, tmp_path):
    lists = base_lists()
    root = make_repo(tmp_path / "repo", lists)
    lists["self-governance"][1].update(title="开展社区协商|议事")
    write_list(root, "self-governance", lists["self-governance"])
    result = run(runner, "diff", "-w", str(root), "-f", "markdown")
    assert result.exit_code == 0, result.output
    row = next(line for line in result.stdout.splitlines() if line.startswith("| `ZZ-002`"))
    assert row.endswith("| 开展社区协商 | 开展社区协商\\|议事 |")  # \| is a pipe; \\\| showed "\|"
