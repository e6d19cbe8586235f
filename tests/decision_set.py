"""The labelled decision set (tests/data/decisions/, README there): load it, decide it, score it.

Shared by the quality test (tests/unit/test_decision_quality.py) and
``benchmarks/decision_quality.py``. A labelled entry becomes a real request (the form presets
below fill the application form's other fields), is decided by the bundled workspace's checker,
and is scored: the verdict; the deciding reason (the verdict and the code that decides it, plus
every ``also`` code); a *silent false admit* is an ``admitted``/``exempt`` answer where the rules
say ``review`` or ``rejected``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).parent / "data" / "decisions"
PARTS = ("tuning", "heldout")
VERDICTS = ("admitted", "exempt", "review", "rejected")
BASIS = [{"law": "中华人民共和国城市居民委员会组织法", "article": "第三条"}]
FUNDING = {"amount": 30000, "source": "区财政专项经费，按季度拨付"}
SUPPORT = "申请单位派专人培训指导，配备一名工作人员"


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _dates(as_of: dt.date, submitted: dt.date) -> dict[str, Any]:
    return {
        "submitted": submitted.isoformat(),
        "period": {"from": as_of.isoformat(), "to": (as_of + dt.timedelta(days=120)).isoformat()},
    }


def form(name: str, as_of: dt.date) -> dict[str, Any]:
    """The request fields a form preset stands for (README: bare, basis, complete, …)."""
    early = as_of - dt.timedelta(days=75)
    complete = {
        "legal_basis": BASIS,
        "funding": FUNDING,
        "support": SUPPORT,
        "description": "社区承担的具体环节见附件",
        **_dates(as_of, early),
        "consultation": {"veto": False, "date": (early + dt.timedelta(days=7)).isoformat()},
    }
    presets: dict[str, dict[str, Any]] = {
        "bare": {},
        "basis": {"legal_basis": BASIS},
        "complete": complete,
        "nobasis": {k: v for k, v in complete.items() if k != "legal_basis"},
        "nofunds": {k: v for k, v in complete.items() if k not in ("funding", "support")},
        "zero": {**complete, "funding": {"amount": 0, "source": "区财政"}, "support": "无"},
        "nil": {
            **{k: v for k, v in complete.items() if k != "support"},
            "funding": {"amount": "无", "source": "无"},
        },
        "blank": {**complete, "funding": {"amount": "", "source": " "}, "support": ""},
        "late": {**complete, **_dates(as_of, as_of - dt.timedelta(days=12))},
        # 30 weekdays between 2024-09-06 and 2024-10-21, 26 working days (中秋、国庆, 调休)
        "holiday": {
            **complete,
            "submitted": "2024-09-06",
            "period": {"from": "2024-10-21", "to": "2024-12-31"},
        },
    }
    return dict(presets[name])


@dataclass(frozen=True)
class Entry:
    part: str
    pattern: str
    location: str
    title: str
    kind: str
    expect: str
    code: str
    also: tuple[str, ...]
    item: str | None
    as_of: dt.date
    data: dict[str, Any] = field(compare=False, repr=False)


def _entry(part: str, pattern: str, location: str, raw: dict[str, Any], as_of: dt.date) -> Entry:
    day = _day(raw.get("as_of", as_of))
    data: dict[str, Any] = {
        "id": location,
        "title": raw["title"],
        "department": "测试局",
        "kind": raw["kind"],
        **form(raw.get("form", "bare"), day),
    }
    if "emergency" in raw:
        category, days = raw["emergency"]
        data["emergency"] = {"category": category, "justification": "突发事件，需社区配合"}
        data["period"] = {
            "from": day.isoformat(),
            "to": (day + dt.timedelta(days=days - 1)).isoformat(),
        }
    if "cites" in raw:
        data["cites"] = list(raw["cites"])
    if "demands" in raw:
        data["demands"] = [{"kind": k, "title": t} for k, t in raw["demands"]]
    if raw.get("consultation_veto"):
        data["consultation"] = {"veto": True, "date": day.isoformat()}
    return Entry(
        part,
        pattern,
        location,
        raw["title"],
        raw["kind"],
        raw["expect"],
        raw["code"],
        tuple(raw.get("also", ())),
        raw.get("item"),
        day,
        data,
    )


def load(parts: Iterable[str] = PARTS) -> list[Entry]:
    entries: list[Entry] = []
    for part in parts:
        for path in sorted((DATA / part).glob("*.yaml")):
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
            as_of = _day(doc["as_of"])
            for index, raw in enumerate(doc["requests"], start=1):
                location = f"{part}/{path.stem}-{index:03d}"
                entries.append(_entry(part, doc["pattern"], location, raw, as_of))
    return entries


@dataclass(frozen=True)
class Outcome:
    entry: Entry
    verdict: str
    deciding: str | None
    codes: tuple[str, ...]
    item: str | None

    @property
    def verdict_ok(self) -> bool:
        return self.verdict == self.entry.expect

    @property
    def reason_ok(self) -> bool:
        return (
            self.verdict_ok
            and self.deciding == self.entry.code
            and set(self.entry.also) <= set(self.codes)
        )

    @property
    def silent_false_admit(self) -> bool:
        return self.verdict in ("admitted", "exempt") and self.entry.expect in (
            "review",
            "rejected",
        )


def decide(entries: Sequence[Entry], root: Path | None = None) -> list[Outcome]:
    """Decide every entry against the workspace at ``root`` (default: the bundled one)."""
    from qingdan import workspace
    from qingdan.core.check import requests as reqs
    from qingdan.core.check.policy import from_config
    from qingdan.core.check.rules import Checker
    from qingdan.core.lists import thesaurus
    from qingdan.core.lists.git import Revision
    from qingdan.core.lists.model import load_lists
    from qingdan.paths import bundled_root

    ws = workspace.load(root or bundled_root())
    lists = load_lists(ws.list_paths, ws.relative)
    policy = from_config(ws.section("match"), ws.section("check"))
    named = ws.section("match").get("thesaurus")
    words = thesaurus.load(ws.root / named).thesaurus if named else thesaurus.EMPTY
    revision = Revision(None, False)
    requests = [reqs.build(e.data, e.location) for e in entries]
    checker = Checker(lists, policy, words)
    out = []
    for e, request in zip(entries, requests, strict=True):
        d = checker.decide(request, revision, e.as_of)
        codes = tuple(r.code for r in d.reasons) + tuple(
            r.code for j in d.demands for r in j.reasons
        )
        out.append(Outcome(e, d.verdict, d.deciding, codes, d.deciding_item))
    return out


@dataclass(frozen=True)
class Score:
    n: int
    verdicts: float
    reasons: float
    silent_false_admits: int
    confusion: Counter[tuple[str, str]]


def score(outcomes: Sequence[Outcome]) -> Score:
    n = len(outcomes)
    return Score(
        n,
        sum(o.verdict_ok for o in outcomes) / n if n else 0.0,
        sum(o.reason_ok for o in outcomes) / n if n else 0.0,
        sum(o.silent_false_admit for o in outcomes),
        Counter((o.entry.expect, o.verdict) for o in outcomes),
    )
