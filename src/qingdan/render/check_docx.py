"""``check --format docx --out OUT.docx``: reply letters (回复函), one per request or one for all.

Contract: :func:`letters` (the registry's :func:`answer`) renders the text template
``reply.docx.j2`` (the workspace's ``reports/templates/`` over the packaged one; context
documented in the template) with the answers of :mod:`.letters`, then lays each line out with
python-docx: ``# `` a centred bold title, ``> `` right-aligned (signature, date), ``- `` a list
item, ``---`` a page break, other lines body paragraphs with a two-character first-line indent, in
仿宋 (titles 宋体), the fonts of Chinese official letters. A workspace may also put
``reply-base.docx`` (letterhead, margins, styles) in its templates folder: letters are written
into a copy of it. Why python-docx and a text template rather than docxtpl: the wording stays a
diffable text file in git, reviewed like the lists, and one dependency fewer (docxtpl pulls
python-docx, docxcompose and more). The registry writes the bytes to ``--out``.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qingdan.core.check.decision import CheckRun
from qingdan.core.lists.model import ListSet
from qingdan.i18n import get_lang
from qingdan.render.letters import answer as answer_of
from qingdan.render.xlsxout import stable_zip, stamp

if TYPE_CHECKING:
    from qingdan.render.registry import Out

BODY_FONT, TITLE_FONT = "仿宋", "宋体"


def _font(run: Any, name: str, size: float, bold: bool = False) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = name
    run.font.size = Pt(size)
    run.font.bold = bold
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), name)


def layout(document: Any, text: str) -> None:
    """Add the template's lines to ``document`` as paragraphs (see the module docstring)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    for raw in text.splitlines():
        line = raw.rstrip()
        if not line.strip():
            continue
        if line.strip() == "---":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            continue
        paragraph = document.add_paragraph()
        if line.startswith("# "):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(paragraph.add_run(line[2:].strip()), TITLE_FONT, 18, bold=True)
            continue
        if line.startswith("> "):
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            body = line[2:].strip()
        elif line.startswith("- "):
            paragraph.paragraph_format.left_indent = Pt(32)
            body = "· " + line[2:].strip()
        else:
            if line.startswith(" "):
                paragraph.paragraph_format.first_line_indent = Pt(32)
            body = line.strip()
        _font(paragraph.add_run(body), BODY_FONT, 16)


def answer(run: CheckRun, out: Out) -> bytes:
    """The registry's ``check`` → ``docx`` renderer (lists, letter, signer from ``out.options``)."""
    opts = out.options
    return letters(
        run,
        opts["lists"],
        out.templates,
        batch=opts.get("letter") == "batch",
        signer=str(opts.get("signer", "")),
    )


def letters(
    run: CheckRun,
    lists: ListSet,
    templates: Path | None,
    *,
    batch: bool,
    signer: str,
) -> bytes:
    import docx

    from qingdan.render.templates import render

    answers = [answer_of(d, lists) for d in run.decisions]
    text = render(
        "reply.docx.j2",
        {
            "letters": answers,
            "batch": batch,
            "signer": signer,
            "date": answers[0].as_of if answers else "",
            "lang": get_lang(),
        },
        templates,
    )
    base = templates / "reply-base.docx" if templates is not None else None
    document = docx.Document(str(base)) if base is not None and base.is_file() else docx.Document()
    document.core_properties.author = signer
    layout(document, text)
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue(), stamp())
