"""An xlsx import, judged before anything is written (``qingdan import``).

:func:`import_workbook` plans the import (:func:`.excel.plan_import`), re-reads every list file the
plan changes from its new text, and validates the whole resulting set of lists: the caller writes
``plan.texts`` only when :attr:`Imported.written` is true (the result validates, something
changed, and it is not a dry run). The per-kind summary is what ``import`` reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qingdan.core.lists.model import ListSet, list_from_loaded
from qingdan.core.lists.validate import ValidationReport, validate_lists
from qingdan.core.lists.yamlsafe import loads
from qingdan.core.maintain.excel import ImportResult, plan_import

KEYS = ("added", "changed", "missing")


@dataclass(frozen=True)
class Imported:
    file: Path
    plan: ImportResult
    report: ValidationReport  #: the lists as they would be after the import
    dry_run: bool

    @property
    def ok(self) -> bool:
        return self.report.ok

    @property
    def written(self) -> bool:
        return self.ok and not self.dry_run and not self.plan.empty

    def summary(self) -> dict[str, dict[str, list[str]]]:
        """kind → {"added", "changed", "missing"} → ids."""
        plan = self.plan
        return {
            kind: {
                "added": list(plan.added[kind]),
                "changed": list(plan.changed[kind]),
                "missing": list(plan.missing[kind]),
            }
            for kind in plan.added
        }


def import_workbook(path: Path, lists: ListSet, *, dry_run: bool = False) -> Imported:
    texts = {lf.path: lf.path.read_text(encoding="utf-8-sig") for lf in lists.files}
    plan = plan_import(path, lists, texts)
    files = tuple(
        list_from_loaded(lf.kind, lf.path, lf.shown, loads(plan.texts[lf.path]))
        if lf.path in plan.texts
        else lf
        for lf in lists.files
    )
    report = validate_lists(ListSet(files), {lf.shown: lf.kind for lf in files})
    return Imported(path, plan, report, dry_run)
