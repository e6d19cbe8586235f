"""check's office formats, written to ``--out``: ``xlsx`` (:mod:`.check_xlsx`, the rows back with
审查结论/理由/依据) and ``docx`` (:mod:`.check_docx`, reply letters from ``reply.docx.j2``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from qingdan.core.check.decision import CheckRun
from qingdan.core.lists.model import ListSet


def write(
    fmt: str,
    run: CheckRun,
    sheets: Sequence[tuple[str, Any]],
    lists: ListSet,
    out: Path,
    templates: Path | None,
    letter: str = "request",
    signer: str = "",
) -> Path:
    if fmt == "xlsx":
        from qingdan.render.check_xlsx import write_check_xlsx

        return write_check_xlsx(run, sheets, lists, out)
    from qingdan.render.check_docx import write_letters

    return write_letters(run, lists, out, templates, batch=letter == "batch", signer=signer)
