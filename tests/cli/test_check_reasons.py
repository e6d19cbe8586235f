"""Reasons a clerk can send (issue 9 §6): every refusal names its rule; text and markdown carry
no scores and no file paths (``--verbose`` and JSON keep them); wording fits the kind."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from tests.conftest import run

BASIS = [{"law": "中华人民共和国城市居民委员会组织法", "article": "第三条"}]
REQUESTS = [
    {"id": "A", "title": "推广政务客户端并限定下载安装率", "kind": "task"},  # vetoed
    {"id": "B", "title": "头脑清醒证明", "kind": "certificate"},  # unlisted certificate
    {"id": "C", "title": "无犯罪记录证明", "kind": "certificate"},  # national negative list
    {"id": "D", "title": "老年人服务站", "kind": "plaque"},  # generic head, no basis
    {"id": "E", "title": "平安家庭评比", "kind": "evaluation"},
    {"id": "F", "title": "条线活动信息月报", "kind": "ledger"},  # retired
    {
        "id": "G",
        "title": "向社区摊派招商引资任务指标",
        "kind": "task",
        "legal_basis": BASIS,
        "funding": {"amount": 10000, "source": "区财政"},
        "support": "派专人",
    },  # prohibited
    {
        "id": "H",
        "title": "社区居家养老服务",
        "kind": "task",
        "funding": {"amount": 0, "source": "无"},
        "support": "无",
    },  # entry item, no support
]
SCORE = re.compile(r"score|得分|\b\d{2,3}\.\d\b")
PATH = re.compile(r"\.ya?ml(:\d+)?|lists/")


@pytest.fixture
def requests_file(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "requests.yaml"
    rows = [{**r, "department": "某局"} for r in REQUESTS]
    path.write_text(yaml.safe_dump(rows, allow_unicode=True), encoding="utf-8")
    return path


def check(runner, workspace, path, *args):  # type: ignore[no-untyped-def]
    return run(runner, "check", str(path), "-w", str(workspace), "--as-of", "2024-08-01", *args)


def test_every_refusal_names_the_rule_it_applies(runner, workspace, requests_file):
    doc = json.loads(check(runner, workspace, requests_file, "-f", "json").stdout)
    for d in doc["decisions"]:
        assert d["verdict"] == "rejected", (d["request_id"], d["reasons"])
        deciding = next(r for r in d["reasons"] if r["code"] == d["deciding"])
        rule = deciding["rule"]
        assert rule["text"] or (rule["item"] and rule["list_title"] and rule["status"]), d
        assert rule["text"] or rule["item"] in deciding["message"]
    codes = {d["request_id"]: d["deciding"] for d in doc["decisions"]}
    assert codes == {
        "A": "CK402",
        "B": "CK400",
        "C": "CK401",
        "D": "CK406",
        "E": "CK406",
        "F": "CK409",
        "G": "CK410",
        "H": "CK407",
    }


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_text_and_markdown_carry_no_scores_and_no_paths(runner, workspace, requests_file, fmt):
    out = check(runner, workspace, requests_file, "-f", fmt, "--lang", "zh").stdout
    assert not SCORE.search(out), SCORE.search(out)
    assert not PATH.search(out), PATH.search(out)
    verbose = check(runner, workspace, requests_file, "-f", fmt, "--verbose").stdout
    assert PATH.search(verbose) and SCORE.search(verbose)


def test_the_wording_fits_the_kind_of_request(runner, workspace, requests_file):
    out = check(runner, workspace, requests_file, "--lang", "zh").stdout
    assert "头脑清醒证明  不予出具" in out
    assert "老年人服务站  不予挂牌" in out
    assert "平安家庭评比  不参加" in out
    assert "条线活动信息月报  不予建立" in out
    assert "不应出具" in out  # the national list, cited
    # every request here is refused: none is told to go through the entry procedure
    assert "须按准入程序申请" not in out


def test_a_vetoed_precedent_is_cited_with_its_date_and_reason(runner, workspace, requests_file):
    doc = json.loads(check(runner, workspace, requests_file, "-f", "json", "--lang", "zh").stdout)
    vetoed = doc["decisions"][0]["reasons"][0]
    assert vetoed["rule"]["status"] == "vetoed" and vetoed["rule"]["date"] == "2023-03-31"
    assert "2023-03-31 否决" in vetoed["message"] and "指尖上的形式主义" in vetoed["message"]
