"""The workspace's decision cases (``cases/*.yaml``), run by ``qingdan test`` → :class:`CaseRun`.

A case file holds one case (or a list of them)::

    name: 空巢老人智能手环在准入清单内
    as_of: 2024-08-01          # optional; default: the request's period.from, else today
    request: {id: …, title: …, department: …, kind: task, …}   # schemas/request.schema.json
    expect:
      verdict: admitted        # admitted | exempt | review | rejected
      codes: [CK100]           # optional: reason codes that must appear (request or demands)

A case passes when the verdict is the expected one and every expected code is among the
decision's reason codes. A case that cannot be read (YAML, schema, unknown verdict or code) is an
``error`` with its file:line, and the other cases still run. So a change to the lists that flips a
decision the workspace relies on fails review.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qingdan.core.check.decision import CODES, VERDICTS
from qingdan.core.check.policy import Policy
from qingdan.core.check.read import expand
from qingdan.core.check.requests import Request, build, schema_errors
from qingdan.core.lists.git import Revision
from qingdan.core.lists.model import ListSet, parse_date
from qingdan.core.lists.thesaurus import EMPTY, Thesaurus
from qingdan.core.lists.yamlsafe import load_path
from qingdan.messages import Text, msg


@dataclass(frozen=True)
class Case:
    name: str
    location: str
    request: Request
    verdict: str
    codes: tuple[str, ...]
    as_of: dt.date | None


@dataclass(frozen=True)
class CaseResult:
    name: str
    location: str
    status: str  #: pass | fail | error
    expected: str | None = None
    verdict: str | None = None
    expected_codes: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    message: Text = ""


@dataclass(frozen=True)
class CaseRun:
    results: tuple[CaseResult, ...]

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def ok(self) -> bool:
        return all(r.status == "pass" for r in self.results)


def _case(entry: Any, location: str) -> Case | CaseResult:
    name = str(entry.get("name", location)) if isinstance(entry, dict) else location
    if not isinstance(entry, dict):
        return CaseResult(name, location, "error", message=msg("cases.not_mapping"))
    expect = entry.get("expect") or {}
    verdict = expect.get("verdict") if isinstance(expect, dict) else None
    listed = expect.get("codes") if isinstance(expect, dict) else None
    if isinstance(listed, str):  # ``codes: CK402`` means [CK402], not its letters
        listed = [listed]
    codes = tuple(str(c) for c in listed) if isinstance(listed, list) else ()
    problems: list[Text] = list(schema_errors(entry.get("request"), "request."))
    if verdict not in VERDICTS:
        problems.append(msg("cases.bad_verdict", verdict=verdict, choices="|".join(VERDICTS)))
    if listed is not None and not isinstance(listed, list):
        problems.append(msg("cases.codes_not_list", value=str(listed)[:40]))
    problems += [msg("cases.bad_code", code=c) for c in codes if c not in CODES]
    as_of = parse_date(entry.get("as_of"))
    if entry.get("as_of") is not None and as_of is None:
        problems.append(msg("option.bad_date", value=entry.get("as_of")))
    if problems:
        return CaseResult(
            name, location, "error", message=msg("_join", sep="; ", parts=tuple(problems))
        )
    return Case(name, location, build(entry["request"], location), str(verdict), codes, as_of)


def load(paths: Iterable[Path], show: Callable[[Path], str] = str) -> list[Case | CaseResult]:
    """Every case in ``paths`` (files or folders of ``*.yaml``), unreadable ones as errors."""
    out: list[Case | CaseResult] = []
    for path in expand(paths):
        shown = show(path)
        loaded = load_path(path)
        if loaded.problems:
            p = loaded.problems[0]
            out.append(CaseResult(path.stem, f"{shown}:{p.line}", "error", message=p.message))
            continue
        data = loaded.data
        entries = data if isinstance(data, list) else [data]
        for index, entry in enumerate(entries):
            line = loaded.mark((index,) if isinstance(data, list) else ())[0]
            out.append(_case(entry, f"{shown}:{line}"))
    return out


def run(
    cases: list[Case | CaseResult],
    lists: ListSet,
    policy: Policy,
    revision: Revision,
    today: dt.date | None = None,
    thesaurus: Thesaurus = EMPTY,
) -> CaseRun:
    """Decide each case's request and compare with what the case expects."""
    from qingdan.core.check.rules import Checker

    checker = Checker(lists, policy, thesaurus)
    today = today or dt.date.today()
    results = []
    for case in cases:
        if isinstance(case, CaseResult):
            results.append(case)
            continue
        as_of = case.as_of or case.request.period_from or today
        decision = checker.decide(case.request, revision, as_of)
        codes = tuple(
            dict.fromkeys(
                [r.code for r in decision.reasons]
                + [r.code for j in decision.demands for r in j.reasons]
            )
        )
        missing = [c for c in case.codes if c not in codes]
        ok = decision.verdict == case.verdict and not missing
        message = (
            ""
            if ok
            else msg(
                "cases.mismatch_codes",
                expected=case.verdict,
                expected_codes=", ".join(case.codes) or "-",
                verdict=decision.verdict,
                codes=", ".join(codes) or "-",
                missing=", ".join(missing) or "-",
            )
        )
        results.append(
            CaseResult(
                case.name,
                case.location,
                "pass" if ok else "fail",
                case.verdict,
                decision.verdict,
                case.codes,
                codes,
                message,
            )
        )
    return CaseRun(tuple(results))
