"""Word documents of an amendment: the 改正文 and the 新旧対照表, each from its template.

``templates/amendment_text.docx`` receives ``title``, ``enacting``, ``provisions`` (``text``,
``block``: True for the lines of new text) and ``supplementary`` (``text``, ``heading``); with an
:class:`~gendocs.amend.write.enact.Issuance` also ``preamble`` (the 議案's or 公布文's lines before
the 題名: ``kind``, ``text``, ``first``) and ``reason`` (提案理由); in the 新旧対照表方式
(``Style.method``) the one provision is the sentence that makes the table amend and ``headings``
and ``rows`` are the table, printed before the 附則 and laid out as the 新旧対照表 is.
``templates/amendment_table.docx`` receives ``title``, ``caption``, ``headings`` (in column order)
and ``rows`` (``left``, ``right``: rich text with the changed words underlined, one row per
項・号 or per table; an empty row separates 条 and closes the table). :func:`finish_table` then
frames each 条 as one cell on each side (:mod:`gendocs.amend.docx.layout`).

A style with ``vertical`` set (national) gets its 改正文 laid out in 縦書き after rendering
(:mod:`gendocs.docx.sections`). In the collected document (one rule after another, each starting
on a new page) every rule gets a section of its own when the rules differ in direction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate, RichText

from gendocs.amend.docx.layout import finish_table as finish_table  # the 新旧対照表's finish
from gendocs.amend.draft.amendment import Amendment
from gendocs.amend.draft.batch import BatchAmendment
from gendocs.amend.taishou.cells import Cell, Row, Span, plain
from gendocs.amend.write.enact import Issuance, preamble_lines, suppl_lines
from gendocs.docx.line_tables import SEPARATOR, tabulate_blocks
from gendocs.docx.save import CoreProperties, save_docx
from gendocs.docx.sections import set_directions
from gendocs.render.docx import render_template
from gendocs.write import OutputFile

TEXT_TEMPLATE = "amendment_text.docx"
TABLE_TEMPLATE = "amendment_table.docx"
# what each template must read (gendocs.render.tag_check): the rule's text, old and new
TEXT_NEEDS = ("title", "enacting", "provisions[].text", "supplementary[].text")
TABLE_NEEDS = ("title", "headings", "rows[].left", "rows[].right")
CELL_HALF_POINTS = 18  # 9 pt, the size of the table cells in the template
NEW_PARAGRAPH = "\a"  # docxtpl: a new paragraph with the template paragraph's properties


def text_context(amendment: Amendment, issuance: Issuance | None = None) -> dict[str, Any]:
    """Return the context of the 改正文 template: the 改め文, or in the 新旧対照表方式 the table
    that amends; the 議案's or 公布文's lines around it when ``issuance`` is given."""
    style = amendment.style
    provisions: list[dict[str, Any]] = []
    headings: list[str] = []
    rows: list[dict[str, Any]] = []
    if amendment.repeal:
        pass  # the 本則 is the one sentence in ``enacting`` (「…は、廃止する。」)
    elif style.method == "taishou":
        provisions.append({"text": style.taishou_sentence, "block": False})
        table = table_context(amendment)
        headings, rows = table["headings"], table["rows"]
    else:
        for sentence in amendment.sentences:
            provisions.append({"text": sentence.text, "block": False})
            provisions += [{"text": line, "block": True} for line in sentence.block]
    lines = suppl_lines(amendment.supplementary, style)
    preamble = preamble_lines(issuance, amendment.title, style)
    return {
        "title": amendment.title,
        "vertical": style.vertical,
        "preamble": [
            {"kind": line.kind, "text": line.text, "first": k == 0}
            for k, line in enumerate(preamble)
        ],
        "enacting": amendment.enacting,
        "provisions": provisions,
        "headings": headings,
        "rows": rows,
        "supplementary": _supplementary(lines),
        "reason": issuance.reason if issuance is not None and issuance.form == "bill" else "",
    }


def _supplementary(lines: list[str]) -> list[dict[str, Any]]:
    """The 附則 lines, headings such as 「（施行期日）」 marked."""
    return [
        {"text": line, "heading": line.startswith("（") and line.endswith("）")} for line in lines
    ]


def table_context(amendment: Amendment) -> dict[str, Any]:
    """Return the context of the 新旧対照表 template."""
    table = amendment.table
    rows: list[dict[str, Any]] = []
    for section in table.sections:
        for block in _blocks(section.rows):
            left, right = zip(*(table.columns(row) for row in block), strict=True)
            if _table_line(block[0]):
                left, right = _padded(left), _padded(right)
            rows.append({"left": rich_lines(left), "right": rich_lines(right)})
        rows.append({"left": rich(()), "right": rich(())})
    return {
        "title": amendment.old.title,
        "caption": table.caption,
        "headings": list(table.headings),
        "rows": rows,
    }


def _blocks(rows: tuple[Row, ...]) -> list[list[Row]]:
    """Group the rows of a 条: the lines of a table together (one table in each cell, its rows
    already paired by key), every other row alone."""
    blocks: list[list[Row]] = []
    previous = False
    for row in rows:
        line = _table_line(row)
        if line and previous:
            blocks[-1].append(row)
        else:
            blocks.append([row])
        previous = line
    return blocks


def _padded(lines: Sequence[Cell]) -> tuple[Cell, ...]:
    """The lines of one side of a table, a row the other side alone has (a new 号 in a 係's
    cell) kept as an empty table row, so that both tables have their rows paired by key at the
    same index (:func:`gendocs.amend.docx.layout.finish_table` then gives each pair one height).
    A side with no table at all stays empty."""
    if not any(lines):
        return tuple(lines)
    columns = max(plain(line).count(SEPARATOR) for line in lines if line)
    blank: Cell = (Span(SEPARATOR * columns),)
    return tuple(line or blank for line in lines)


def _table_line(row: Row) -> bool:
    return any(SEPARATOR in text and "「" not in text for text in (plain(row.old), plain(row.new)))


def rich_lines(cells: Sequence[Cell]) -> RichText:
    """Return the lines of a cell as Word paragraphs (a side's empty lines left out)."""
    text = RichText()
    for k, cell in enumerate(line for line in cells if line):
        if k:
            text.add(NEW_PARAGRAPH, size=CELL_HALF_POINTS)
        text.add(rich(cell))
    return text


def rich(cell: Cell) -> RichText:
    """Return a table cell as Word runs, changed words underlined."""
    text = RichText()
    for span in cell:
        text.add(span.text, underline=span.underline, size=CELL_HALF_POINTS)
    return text


def finish_text(document: DocxTemplate, vertical: Sequence[bool]) -> None:
    """Finish a rendered 改正文: the tables of the 新旧対照表方式 laid out as the 新旧対照表 (the
    only tables yet), new table text as Word tables, then each rule's writing direction."""
    finish_table(document)
    tabulate_blocks(document)
    set_directions(document.docx.element.body, vertical)


def render_documents(
    amendment: Amendment,
    template: Callable[[str], Path],
    stamp: datetime,
    issued: Issuance | None = None,
) -> list[OutputFile]:
    """Render the 改正文 (in the 議案 or 公布文 ``issued`` describes, if given) and the 新旧対照表
    to reproducible .docx bytes."""
    name = amendment.old.title
    context = text_context(amendment, issued)
    text = render_template(template(TEXT_TEMPLATE), context, needs=TEXT_NEEDS)
    finish_text(text, [amendment.style.vertical])
    return [
        _save(text, f"{name}_改正文.docx", amendment.title, stamp),
        _table_file(amendment, template, stamp),
    ]


def batch_text_context(batch: BatchAmendment) -> dict[str, Any]:
    """Return the 改正文 template's context for an 一括改正: the list sentence where the 制定文
    goes, then one paragraph per item."""
    lines = suppl_lines(batch.supplementary, batch.style)
    return {
        "title": batch.title,
        "vertical": batch.style.vertical,
        "enacting": batch.sentence,
        "preamble": [],
        "provisions": [{"text": item, "block": False} for item in batch.items],
        "headings": [],
        "rows": [],
        "supplementary": _supplementary(lines),
        "reason": "",
    }


def render_batch_documents(
    batch: BatchAmendment, template: Callable[[str], Path], stamp: datetime
) -> list[OutputFile]:
    """Render the 一括改正's one 改正文 and the 新旧対照表 of each rule it amends."""
    text = render_template(template(TEXT_TEMPLATE), batch_text_context(batch), needs=TEXT_NEEDS)
    finish_text(text, [batch.style.vertical])
    name = batch.title.split("の一部を改正する")[0]
    files = [_save(text, f"{name}_改正文.docx", batch.title, stamp)]
    return files + [_table_file(rule, template, stamp) for rule in batch.rules]


def _table_file(
    amendment: Amendment, template: Callable[[str], Path], stamp: datetime
) -> OutputFile:
    name = amendment.old.title
    table = render_template(template(TABLE_TEMPLATE), table_context(amendment), needs=TABLE_NEEDS)
    finish_table(table)
    return _save(table, f"{name}_新旧対照表.docx", f"{name} 新旧対照表", stamp)


def _save(document: DocxTemplate, filename: str, title: str, stamp: datetime) -> OutputFile:
    return OutputFile(filename, save_docx(document.docx, stamp, CoreProperties(title=title)))
