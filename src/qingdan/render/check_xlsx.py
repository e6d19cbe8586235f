"""``check --format xlsx --out OUT.xlsx``: the requests' rows back, with the decision beside them.

Contract: :func:`workbook` (the registry's :func:`answer`) gives one sheet per table read (its
header and rows as they were, in order) with three columns added — 审查结论, 理由, 依据
(:mod:`.letters`) — and, for requests from YAML/JSON files, one sheet listing them the same way.
A row that could not be read says so in 审查结论 and gives the problem as 理由. Text cells are
formula-safe (:mod:`.xlsxout`). The registry writes the bytes to ``--out``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qingdan.core.check.decision import CheckRun
from qingdan.core.intake.sheets import cell_text
from qingdan.core.lists.model import ListSet
from qingdan.i18n import t, tr
from qingdan.render.letters import Answer
from qingdan.render.letters import answer as answer_of
from qingdan.render.xlsxout import Sheet, book_bytes

if TYPE_CHECKING:
    from qingdan.render.registry import Out


def _added() -> list[str]:
    return [t("office.col.verdict"), t("office.col.reasons"), t("office.col.basis")]


def _cells(a: Answer) -> list[str]:
    return [a.verdict_label, "\n".join(a.reasons), "\n".join(a.basis)]


def answer(run: CheckRun, out: Out) -> bytes:
    """The registry's ``check`` → ``xlsx`` renderer (sheets and lists from ``out.options``)."""
    return workbook(run, out.options.get("sheets", ()), out.options["lists"])


def workbook(run: CheckRun, sheets: Sequence[tuple[str, Any]], lists: ListSet) -> bytes:
    answers = {a.source: a for a in (answer_of(d, lists) for d in run.decisions)}
    problems = {p.location: tr(p.message) for p in run.problems}
    used: set[str] = set()
    book: list[Sheet] = []
    for where, sheet in sheets:
        header = [c.header for c in sheet.columns.columns]
        rows = []
        for line, cells in sheet.rows:
            key = f"{where}:{line}"
            values = [cell_text(c) for c in cells] + [""] * (len(header) - len(cells))
            if key in answers:
                used.add(key)
                rows.append([*values, *_cells(answers[key])])
            else:
                rows.append([*values, t("office.unreadable"), problems.get(key, ""), ""])
        book.append((sheet.name or Path(where).stem, [*header, *_added()], rows))
    rest = [a for key, a in answers.items() if key not in used]
    if rest or not book:
        header = [t("office.col.id"), t("office.col.title"), t("office.col.department"),
                  t("office.col.kind"), *_added()]  # fmt: skip
        rows = [[a.request_id, a.title, a.department, a.kind, *_cells(a)] for a in rest]
        book.append((t("office.sheet.requests"), header, rows))
    return book_bytes(book)
