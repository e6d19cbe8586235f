"""Schema and invariants over list files → :class:`ValidationReport` (DESIGN §2).

Every finding is collected (never stop at the first) and located at ``file:line:col`` with its
YAML path. The schema checks structure, types, dates and enums; the invariants below are checked
here, in code, so that each gets a clear message and a stable code:

QD001 YAML syntax · QD002 duplicate key · QD003 too large / alias bomb / too deep ·
QD004 not UTF-8 · QD010 schema · QD011 list kind differs from its place in qingdan.toml ·
QD020 duplicate id · QD021 id prefix of another list · QD022 duplicate title in a list ·
QD023 alias shared with another item (warning) · QD024 retired/vetoed without date or reason ·
QD025 vetoed outside the entry list · QD026 assisted/entry item without legal basis ·
QD027 dates out of order · QD028 active item with a retirement date, or no effective date ·
QD029 list file named in qingdan.toml missing · QD030–QD035 provenance (core/lists/provenance.py:
basis jurisdiction, sources, dates, negative-list certificates).

QD026 asks a basis of assisted and entry items that are not vetoed: a vetoed item records why it
was vetoed (``reason``) instead of a basis.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qingdan.core.lists import provenance, schemas
from qingdan.core.lists.findings import Finding, Severity, yaml_path
from qingdan.core.lists.kinds import BY_KEY
from qingdan.core.lists.model import Item, ListFile, ListSet, parse_date
from qingdan.core.lists.textmatch import normalize
from qingdan.messages import Text, msg

CODES: dict[str, str] = {
    "QD001": "yaml-syntax",
    "QD002": "duplicate-key",
    "QD003": "input-limit",
    "QD004": "encoding",
    "QD010": "schema",
    "QD011": "kind-mismatch",
    "QD020": "duplicate-id",
    "QD021": "id-prefix",
    "QD022": "duplicate-title",
    "QD023": "shared-alias",
    "QD024": "retired-without-reason",
    "QD025": "vetoed-outside-entry",
    "QD026": "missing-legal-basis",
    "QD027": "date-order",
    "QD028": "status-dates",
    "QD029": "missing-list-file",
    "QD030": "basis-jurisdiction",
    "QD031": "basis-without-jurisdiction",
    "QD032": "entry-without-department",
    "QD033": "missing-source",
    "QD034": "dates-unsourced",
    "QD035": "negative-certificate-in-force",
}


@dataclass(frozen=True)
class ValidationReport:
    findings: tuple[Finding, ...]
    files: int
    items: int

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == "warning")

    @property
    def ok(self) -> bool:
        return self.errors == 0


class _Collector:
    def __init__(self) -> None:
        self.findings: list[Finding] = []

    def add(
        self,
        lf: ListFile,
        path: tuple[str | int, ...],
        code: str,
        message: Text,
        severity: Severity = "error",
    ) -> None:
        line, col = lf.loaded.mark(path)
        self.findings.append(Finding(lf.shown, line, col, code, message, yaml_path(path), severity))


def _schema(c: _Collector, lf: ListFile) -> None:
    for error in schemas.errors("list", lf.loaded.data):
        path = error.path
        message_text: Text = error.text
        if error.unexpected:
            extra = sorted(error.unexpected)
            path = (*path, extra[0])
            message_text = msg("validate.unknown_field", fields=", ".join(extra))
        shown = yaml_path(path) or "(top)"
        c.add(lf, path, "QD010", msg("validate.schema", path=shown, message=message_text))


def _item_path(lf: ListFile, index: int, key: str | None = None) -> tuple[str | int, ...]:
    """The YAML path of ``lf.items[index]`` (or of its ``key``), by its place in the file."""
    at = lf.position(index)
    return ("items", at) if key is None else ("items", at, key)


def _item_rules(
    c: _Collector, lf: ListFile, index: int, item: Item, allowed: frozenset[str] = frozenset()
) -> None:
    kind = BY_KEY.get(lf.kind)
    raw = item.raw
    if kind and item.id and not item.id.startswith(kind.prefix + "-"):
        c.add(
            lf,
            _item_path(lf, index, "id"),
            "QD021",
            msg("validate.prefix", id=item.id, prefix=kind.prefix, kind=lf.kind),
        )
    if item.status in ("retired", "vetoed"):
        missing = [k for k in ("retired_on", "reason") if not raw.get(k)]
        if missing:
            c.add(
                lf,
                _item_path(lf, index, "status"),
                "QD024",
                msg(
                    "validate.retired_reason",
                    id=item.id,
                    status=item.status,
                    fields=", ".join(missing),
                ),
            )
    if item.status == "vetoed" and lf.kind != "entry":
        c.add(lf, _item_path(lf, index, "status"), "QD025", msg("validate.vetoed_kind", id=item.id))
    if item.status == "active":
        if raw.get("retired_on"):
            c.add(
                lf,
                _item_path(lf, index, "retired_on"),
                "QD028",
                msg("validate.active_retired", id=item.id),
            )
        if not raw.get("effective_from"):
            c.add(lf, _item_path(lf, index), "QD028", msg("validate.no_effective", id=item.id))
    if kind and kind.needs_legal_basis and not item.legal_basis and item.status != "vetoed":
        c.add(
            lf,
            _item_path(lf, index, "legal_basis") if "legal_basis" in raw else _item_path(lf, index),
            "QD026",
            msg("validate.legal_basis", id=item.id, kind=lf.kind),
        )
    _date_order(c, lf, index, item)
    for rule in provenance.item_rules(lf, index, item, allowed):
        _add_rule(c, lf, rule)


def _add_rule(c: _Collector, lf: ListFile, rule: provenance.Rule) -> None:
    key = rule.key if rule.key in lf.items[rule.index].raw else None
    severity: Severity = "warning" if rule.severity == "warning" else "error"
    c.add(lf, _item_path(lf, rule.index, key), rule.code, rule.message, severity)


def _date_order(c: _Collector, lf: ListFile, index: int, item: Item) -> None:
    raw = item.raw
    dates = {
        k: parse_date(raw.get(k))
        for k in ("published_on", "effective_from", "effective_to", "retired_on")
    }
    pairs = (
        ("published_on", "effective_from"),
        ("effective_from", "effective_to"),
        ("effective_from", "retired_on"),
        ("published_on", "retired_on"),
    )
    flagged: set[str] = set()  # each date out of order once, every such date at once
    for early, late in pairs:
        a, b = dates[early], dates[late]
        if a is not None and b is not None and b < a and late not in flagged:
            flagged.add(late)
            c.add(
                lf,
                _item_path(lf, index, late),
                "QD027",
                msg("validate.date_order", id=item.id, late=late, b=b, early=early, a=a),
            )


def _cross_rules(c: _Collector, files: Sequence[ListFile]) -> None:
    seen_ids: dict[str, str] = {}
    for lf in files:
        titles: dict[str, str] = {}
        names: dict[str, str] = {}
        for index, item in enumerate(lf.items):
            if item.id:
                if item.id in seen_ids:
                    c.add(
                        lf,
                        _item_path(lf, index, "id"),
                        "QD020",
                        msg("validate.duplicate_id", id=item.id, first=seen_ids[item.id]),
                    )
                else:
                    seen_ids[item.id] = f"{lf.shown}:{item.line}"
            norm = normalize(item.title)
            if norm and norm in titles:
                c.add(
                    lf,
                    _item_path(lf, index, "title"),
                    "QD022",
                    msg("validate.duplicate_title", id=item.id, other=titles[norm]),
                )
            elif norm:
                titles[norm] = item.id
            for alias in item.aliases:
                key = normalize(alias)
                owner = names.get(key) or titles.get(key)
                if owner and owner != item.id:
                    c.add(
                        lf,
                        _item_path(lf, index, "aliases"),
                        "QD023",
                        msg("validate.shared_alias", id=item.id, alias=alias, other=owner),
                        "warning",
                    )
            for name in item.aliases:
                names.setdefault(normalize(name), item.id)


def validate_lists(
    lists: ListSet,
    expected_kinds: dict[str, str] | None = None,
    missing: Iterable[str] = (),
    basis_jurisdictions: Sequence[str] | None = None,
) -> ValidationReport:
    """Check every file of ``lists``. ``expected_kinds`` maps a file's shown path to the kind
    qingdan.toml files it under; ``missing`` names list files the config names but lacks;
    ``basis_jurisdictions`` are where a legal basis may come from (default: 全国 and each list
    file's own ``jurisdiction``)."""
    c = _Collector()
    for shown in missing:
        c.findings.append(Finding(shown, 1, 1, "QD029", msg("validate.missing_file", path=shown)))
    for lf in lists.files:
        for p in lf.loaded.problems:
            c.findings.append(Finding(lf.shown, p.line, p.column, p.code, p.message))
        if not lf.parsed:
            if not lf.loaded.problems:
                c.add(lf, (), "QD010", msg("validate.not_mapping"))
            continue
        _schema(c, lf)
        expected = (expected_kinds or {}).get(lf.shown)
        if expected and lf.kind != expected:
            c.add(
                lf,
                ("kind",),
                "QD011",
                msg("validate.kind_mismatch", kind=lf.kind, expected=expected),
            )
        allowed = provenance.allowed_jurisdictions(lf, basis_jurisdictions)
        for index, item in enumerate(lf.items):
            _item_rules(c, lf, index, item, allowed)
    parsed = [lf for lf in lists.files if lf.parsed]
    _cross_rules(c, parsed)
    for lf, rule in provenance.negative_rules(parsed):
        _add_rule(c, lf, rule)
    findings = tuple(sorted(set(c.findings), key=lambda f: (f.file, f.line, f.column, f.code)))
    return ValidationReport(findings, len(lists.files), sum(len(f.items) for f in lists.files))


def kind_of_path(path: Path) -> str:
    """The kind a loose list file (``validate PATH``) is read as, before its ``kind`` key."""
    return path.stem if path.stem in BY_KEY else ""


def validate_paths(
    list_paths: dict[str, Path],
    show: Any = str,
    extra: Sequence[Path] = (),
    basis_jurisdictions: Sequence[str] | None = None,
) -> ValidationReport:
    """Validate a workspace's list files (kind → path) or, when ``extra`` is given, just those
    files (folders expand to their ``*.yaml``/``*.yml``)."""
    from qingdan.core.lists.model import load_file

    if extra:
        files: list[Path] = []
        for path in extra:
            if path.is_dir() and path.suffix.lower() not in (".yaml", ".yml"):
                files.extend(sorted([*path.glob("*.yaml"), *path.glob("*.yml")]))
            else:
                files.append(path)
        loaded = [load_file(kind_of_path(p), p, show(p)) for p in files]
        return validate_lists(ListSet(tuple(loaded)), basis_jurisdictions=basis_jurisdictions)
    present = {k: p for k, p in list_paths.items() if p.is_file() or p.exists()}
    missing = [show(p) for k, p in list_paths.items() if k not in present]
    loaded = [load_file(kind, path, show(path)) for kind, path in present.items()]
    expected = {lf.shown: kind for lf, kind in zip(loaded, present, strict=True)}
    return validate_lists(ListSet(tuple(loaded)), expected, missing, basis_jurisdictions)
