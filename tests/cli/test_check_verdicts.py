"""Every verdict and every reason code of ``qingdan check``, through the CLI (JSON output)."""

from __future__ import annotations

import json

import pytest
import yaml

from qingdan.core.check.decision import CODES
from tests.conftest import run

BASIS = [{"law": "中华人民共和国城市居民委员会组织法", "article": "第三条"}]


def req(title: str, kind: str = "task", **extra: object) -> dict[str, object]:
    return {"id": "T-1", "title": title, "department": "测试局", "kind": kind, **extra}


CASES = [
    ("CK100", "admitted", req("为空巢老人配备智能手环")),
    ("CK101", "admitted", req("低保家庭入户调查", cites=["XZ-024"])),
    (
        "CK200",
        "exempt",
        req(
            "聚集性病例密切接触者逐户登记",
            period={"from": "2024-08-05", "to": "2024-08-20"},
            emergency={"category": "公共卫生", "justification": "病例"},
        ),
    ),
    ("CK300", "review", req("人口普查入户登记", legal_basis=BASIS, support="普查员")),
    ("CK301", "review", req("组织居民接种新冠疫苗动员")),  # a sub-task: a person confirms
    ("CK302", "review", req("社区团购登记", cites=["XZ-001"], legal_basis=BASIS, support="专人")),
    (
        "CK307",
        "review",
        req("网格任务", legal_basis=BASIS, support="培训", period={"from": "2024-03-01"}),
    ),
    (
        "CK310",
        "review",
        req(
            "人口普查入户登记",
            legal_basis=BASIS,
            support="普查员",
            submitted="2024-07-25",
            period={"from": "2024-08-01"},
        ),
    ),
    (
        "CK312",
        "review",
        req(
            "燃气泄漏事故后逐户通知停气",
            legal_basis=BASIS,
            support="专人",
            period={"from": "2024-08-01"},
            emergency={"category": "公共安全", "justification": "泄漏"},
        ),
    ),
    (
        "CK313",
        "review",
        req(
            "燃气泄漏事故后逐户通知停气",
            legal_basis=BASIS,
            support="专人",
            period={"from": "2024-08-01", "to": "2024-10-01"},
            emergency={"category": "公共安全", "justification": "泄漏"},
        ),
    ),
    ("CK400", "rejected", req("燃气本丢失证明", "certificate")),
    ("CK401", "rejected", req("出具无犯罪记录证明", "certificate")),
    ("CK402", "rejected", req("工作群每日打卡接龙", legal_basis=BASIS, support="无")),
    ("CK403", "rejected", req("签订治安责任书", cites=["XZ-046"])),
    ("CK404", "rejected", req("低保入户调查", cites=["ZM-002"])),
    ("CK405", "rejected", req("低保入户调查", cites=["XZ-999"])),
    ("CK406", "rejected", req("社区团购团长登记", support="派专人")),
    ("CK407", "rejected", req("社区团购团长登记", legal_basis=BASIS, support="无")),
    (
        "CK408",
        "rejected",
        req(
            "社区代收医疗保险费",
            legal_basis=BASIS,
            support="终端",
            consultation={"veto": True, "date": "2024-07-20"},
        ),
    ),
    ("CK409", "rejected", req("条线活动信息月报", "ledger")),
    (
        "CK410",
        "rejected",
        req("推销商业保险", legal_basis=BASIS, funding={"amount": 9000, "source": "公司"}),
    ),
    (
        "CK500",
        "rejected",
        req("为空巢老人配备智能手环", demands=[{"kind": "certificate", "title": "健在证明"}]),
    ),
]


def decide(runner, workspace, tmp_path, request, *args):  # type: ignore[no-untyped-def]
    path = tmp_path / "request.yaml"
    path.write_text(yaml.safe_dump(request, allow_unicode=True), encoding="utf-8")
    result = run(
        runner,
        "check",
        str(path),
        "-w",
        str(workspace),
        "-f",
        "json",
        "--as-of",
        "2024-08-01",
        *args,
    )
    return result, json.loads(result.stdout)["decisions"][0]


@pytest.mark.parametrize(("code", "verdict", "request_"), CASES, ids=[c[0] for c in CASES])
def test_each_reason_code_leads_to_its_verdict(
    runner, workspace, tmp_path, code, verdict, request_
):
    as_of = request_.get("period", {}).get("from", "2024-08-01")  # type: ignore[union-attr]
    path = tmp_path / "request.yaml"
    path.write_text(yaml.safe_dump(request_, allow_unicode=True), encoding="utf-8")
    result = run(runner, "check", str(path), "-w", str(workspace), "-f", "json", "--as-of", as_of)
    decision = json.loads(result.stdout)["decisions"][0]
    assert decision["verdict"] == verdict, decision["reasons"]
    assert code in [r["code"] for r in decision["reasons"]], decision["reasons"]
    assert result.exit_code == (0 if verdict in ("admitted", "exempt") else 1)


def test_every_reason_code_is_exercised_by_a_cli_test():
    tested = {c[0] for c in CASES} | {"CK311"}
    assert tested == set(CODES)


def test_an_emergency_category_the_policy_does_not_exempt_is_named(runner, workspace, tmp_path):
    config = workspace / "qingdan.toml"
    text = config.read_text(encoding="utf-8")
    old = 'emergency_categories = ["生命财产安全", "国家安全", "公共安全", "环境安全", "公共卫生"]'
    config.write_text(text.replace(old, 'emergency_categories = ["公共卫生"]'), encoding="utf-8")
    request = req(
        "燃气泄漏事故后逐户通知停气",
        legal_basis=BASIS,
        support="专人",
        period={"from": "2024-08-01", "to": "2024-08-10"},
        emergency={"category": "公共安全", "justification": "泄漏"},
    )
    _, decision = decide(runner, workspace, tmp_path, request)
    assert "CK311" in [r["code"] for r in decision["reasons"]]
    assert decision["verdict"] == "review"


def test_a_retired_match_can_be_sent_to_review_by_policy(runner, workspace, tmp_path):
    config = workspace / "qingdan.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            'retired_match = "rejected"', 'retired_match = "review"'
        ),
        encoding="utf-8",
    )
    _, decision = decide(runner, workspace, tmp_path, req("条线活动信息月报", "ledger"))
    assert decision["verdict"] == "review"
    assert decision["deciding"] == "CK301"


def test_the_match_carries_its_evidence_legal_basis_and_location(runner, workspace, tmp_path):
    _, decision = decide(runner, workspace, tmp_path, req("关于做好社区矫正工作的通知"))
    match = decision["match"]
    assert match["id"] == "XZ-006"
    assert match["evidence"] and match["legal_basis"]
    assert match["location"].endswith(".yaml:" + match["location"].rsplit(":", 1)[1])
    assert len(decision["candidates"]) <= 3


def test_a_review_lists_the_entry_steps_and_what_the_form_lacks(runner, workspace, tmp_path):
    _, decision = decide(
        runner, workspace, tmp_path, req("人口普查入户登记", legal_basis=BASIS, support="普查员")
    )
    assert len(decision["review"]["steps"]) == 5
    lacks = {x["code"] for x in decision["review"]["lacks"]}
    assert {"funding", "consultation", "period"} <= lacks
    assert "support" not in lacks


def test_review_exit_code_lets_ci_treat_review_differently(runner, workspace, tmp_path):
    request = req("人口普查入户登记", legal_basis=BASIS, support="普查员")
    result, _ = decide(runner, workspace, tmp_path, request, "--review-exit-code", "0")
    assert result.exit_code == 0
    result, _ = decide(runner, workspace, tmp_path, request, "--review-exit-code", "5")
    assert result.exit_code == 5


def test_the_decision_id_is_stable_for_the_same_request_day_and_lists(runner, workspace, tmp_path):
    request = req("为空巢老人配备智能手环")
    _, first = decide(runner, workspace, tmp_path, request)
    _, second = decide(runner, workspace, tmp_path, request)
    assert first["decision_id"] == second["decision_id"]
    assert first["lists_revision"] == {"commit": None, "dirty": False}
    assert len(first["request_sha256"]) == 64
