"""Word documents of an amendment: the 改正文 and the 新旧対照表, each from its template.

``templates/amendment_text.docx`` receives ``title``, ``enacting``, ``provisions`` (``text``,
``block``: True for the lines of new text) and ``supplementary`` (``text``, ``heading``).
``templates/amendment_table.docx`` receives ``title``, ``caption``, ``headings`` (in column order)
and ``rows`` (``left``, ``right``: rich text with the changed words underlined; an empty row
separates 条 and closes the table).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from docxtpl import RichText

from gendocs.render.docx import render_template
from gendocs.write import OutputFile, reproducible_docx

from gendocs.amend import Amendment
from gendocs.amend.enact import suppl_lines
from gendocs.amend.table import Cell

TEXT_TEMPLATE = "amendment_text.docx"
TABLE_TEMPLATE = "amendment_table.docx"
CELL_HALF_POINTS = 18  # 9 pt, the size of the table cells in the template


def text_context(amendment: Amendment) -> dict[str, Any]:
    """Return the context of the 改正文 template."""
    provisions: list[dict[str, Any]] = []
    for sentence in amendment.sentences:
        provisions.append({"text": sentence.text, "block": False})
        provisions += [{"text": line, "block": True} for line in sentence.block]
    lines = suppl_lines(amendment.supplementary, amendment.style)
    supplementary = [{"text": line, "heading": line.startswith("（") and line.endswith("）")} for line in lines]
    return {
        "title": amendment.title,
        "enacting": amendment.enacting,
        "provisions": provisions,
        "supplementary": supplementary,
    }


def table_context(amendment: Amendment) -> dict[str, Any]:
    """Return the context of the 新旧対照表 template."""
    table = amendment.table
    rows: list[dict[str, Any]] = []
    for section in table.sections:
        for row in section.rows:
            left, right = table.columns(row)
            rows.append({"left": rich(left), "right": rich(right)})
        rows.append({"left": rich(()), "right": rich(())})
    return {
        "title": amendment.old.title,
        "caption": table.caption,
        "headings": list(table.headings),
        "rows": rows,
    }


def rich(cell: Cell) -> RichText:
    """Return a table cell as Word runs, changed words underlined."""
    text = RichText()
    for span in cell:
        text.add(span.text, underline=span.underline, size=CELL_HALF_POINTS)
    return text


def render_documents(amendment: Amendment, template: Callable[[str], Path], stamp: datetime) -> list[OutputFile]:
    """Render the 改正文 and the 新旧対照表 to reproducible .docx bytes."""
    name = amendment.old.title
    return [
        _render(template(TEXT_TEMPLATE), text_context(amendment), f"{name}_改正文.docx", amendment.title, stamp),
        _render(template(TABLE_TEMPLATE), table_context(amendment), f"{name}_新旧対照表.docx", f"{name} 新旧対照表", stamp),
    ]


def _render(template: Path, context: dict[str, Any], filename: str, title: str, stamp: datetime) -> OutputFile:
    document = render_template(template, context)
    props = document.docx.core_properties
    props.title = title
    props.created = props.modified = stamp.replace(tzinfo=None)
    buffer = io.BytesIO()
    document.save(buffer)
    return OutputFile(filename, reproducible_docx(buffer.getvalue(), stamp))
