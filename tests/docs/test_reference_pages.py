"""The reference pages list exactly what the code has: reason codes, exit codes, config keys.

Constants are found by value in the modules of ``qingdan.core`` (not by module path), so the
tests hold while the core is reorganised; codes are also collected from every source file, so a
code emitted somewhere but missing from the tables is caught too.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from functools import cache
from typing import Any

import qingdan.core
from qingdan.exit_codes import ExitCode
from tests.docs.pages import DOCS, README, ROOT, pages, rel, section, table_column

REFERENCE = DOCS / "reference"
CODES_PAGE = REFERENCE / "reason-codes.md"


@cache
def _core_values() -> tuple[Any, ...]:
    values: dict[int, Any] = {}
    for info in pkgutil.walk_packages(qingdan.core.__path__, "qingdan.core."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, dict | tuple):
                values[id(value)] = value
    return tuple(values.values())


def _constant(test: Any, what: str) -> Any:
    found = [value for value in _core_values() if test(value)]
    assert len(found) == 1, f"expected one {what} constant in qingdan.core, found {len(found)}"
    return found[0]


def _code_table(prefix: str) -> dict[str, str]:
    """``CODE → slug`` from the rows of the reason-code page that start with ``| PREFIXnnn |``."""
    rows = re.findall(
        rf"^\| ({prefix}\d{{3}}) \| ([a-z-]+) \|", CODES_PAGE.read_text("utf-8"), flags=re.MULTILINE
    )
    return dict(rows)


def _in_source(prefix: str) -> set[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "src").rglob("*.py"))
    return set(re.findall(rf"\b{prefix}\d{{3}}\b", text))


def _codes(cells: list[str]) -> set[str]:
    return {cell.strip("`") for cell in cells}


def test_the_check_reason_table_lists_exactly_the_codes_and_slugs_of_the_checker():
    codes = _constant(
        lambda v: (
            isinstance(v, dict)
            and v
            and all(isinstance(k, str) and re.fullmatch(r"CK\d{3}", k) for k in v)
        ),
        "CK code",
    )
    slugs = {code: entry[0] for code, entry in codes.items()}
    assert _code_table("CK") == slugs
    assert _in_source("CK") == set(slugs)


def test_the_validation_table_lists_exactly_the_qd_codes_and_slugs():
    codes = _constant(
        lambda v: (
            isinstance(v, dict)
            and v
            and all(isinstance(k, str) and re.fullmatch(r"QD\d{3}", k) for k in v)
        ),
        "QD code",
    )
    assert _code_table("QD") == dict(codes)
    assert _in_source("QD") == set(codes)


def _tuple_with(*members: str) -> Any:
    return _constant(lambda v: isinstance(v, tuple) and set(members) <= set(v), "/".join(members))


def test_the_activity_verdicts_are_exactly_the_judges():
    verdicts = _tuple_with("on_list", "unlisted", "wrong_kind")
    assert _codes(table_column(section(CODES_PAGE, "活动判定"))) == set(verdicts)


def test_the_reject_codes_are_exactly_the_readers():
    rejects = _tuple_with("bad_date", "missing_community", "no_title")
    assert _codes(table_column(section(CODES_PAGE, "拒收原因"))) == set(rejects)


def test_the_lacks_codes_are_exactly_the_checkers():
    lacks = _tuple_with("lead_time", "consultation", "funding")
    assert _codes(table_column(section(CODES_PAGE, "申请表尚缺"))) == set(lacks)


def test_the_history_rules_are_exactly_the_diffs():
    rules = _tuple_with("deleted", "id-reused", "moved")
    assert _codes(table_column(section(CODES_PAGE, "清单历史规则"))) == set(rules)


def test_the_exit_code_page_lists_every_exit_code_and_no_other():
    rows = re.findall(
        r"^\| (\d+) \| `([A-Z_]+)` \|",
        (REFERENCE / "exit-codes.md").read_text(encoding="utf-8"),
        flags=re.MULTILINE,
    )
    assert {(int(code), name) for code, name in rows} == {(c.value, c.name) for c in ExitCode}


def test_the_configuration_page_names_every_key_of_the_config_schema():
    schema = json.loads((ROOT / "schemas" / "config.schema.json").read_text(encoding="utf-8"))
    page = (REFERENCE / "configuration.md").read_text(encoding="utf-8")
    for table, spec in schema["properties"].items():
        assert f"[{table}]" in page, table
        for key in spec.get("properties", {}):
            assert f"`{key}`" in page or f"[{table}.{key}]" in page, f"{table}.{key}"


def test_every_docs_path_named_in_the_repository_exists():
    """A path like ``docs/….md`` in source, config, README or docs must name a real file."""
    sources = [
        *pages(),
        ROOT / "qingdan.toml",
        *(ROOT / "src").rglob("*.py"),
        *(ROOT / "src").rglob("*.toml"),
    ]
    dangling = []
    for path in sources:
        for target in re.findall(r"\bdocs/[\w./-]+\.(?:md|yml)\b", path.read_text("utf-8")):
            if not (ROOT / target).exists():
                dangling.append(f"{rel(path) if path != README else 'README.md'}: {target}")
    assert not dangling, "\n".join(dangling)


def test_every_repository_path_the_docs_name_exists():
    """``src/…``, ``tests/…``, ``benchmarks/…`` and the like, in backticks, name real files."""
    top = "src|tests|benchmarks|reports|schemas|examples|cases|lists|docs"
    missing = []
    for page in pages():
        for target in re.findall(rf"`((?:{top})/[^`\s]*)`", page.read_text(encoding="utf-8")):
            if not any(mark in target for mark in "…*<") and not (ROOT / target).exists():
                missing.append(f"{rel(page)}: {target}")
    assert not missing, "\n".join(missing)
