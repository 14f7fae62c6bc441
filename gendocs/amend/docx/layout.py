"""Lay out a rendered 新旧対照表: one frame per 条 on each side, each table of a 条 one table.

The template prints one row per 項・号 (old and new at the same height, paired by
:mod:`gendocs.amend.taishou.build`) and an empty row after each 条. Here the empty rows go and the
rows of one 条 lose the rules between them, so that a 条 reads as one cell on each side while its
項・号 stay side by side (docs/amendment-rules.md 3.2). The lines of a table in a cell (cells
separated by 「｜」, one paragraph a line) become one bordered table, its columns wide enough that
a short cell (「1通につき」, 「共同利用係」) does not wrap; the longer ones share what is left.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from docx.oxml.ns import qn

from gendocs.docx.line_tables import SEPARATOR, is_table_line
from gendocs.docx.reading import written_text
from gendocs.docx.runs import split_runs
from gendocs.docx.tables import bordered_table, cell_paragraph, cell_width, element

FULL, HALF = 180, 100  # twips of a 9-pt full-width and (proportional) half-width character
MARGIN = 57  # twips of cell margin on each side in a table inside a cell (1 mm)
PADDING = 2 * MARGIN + 100  # a column's margins, rule and the renderer's rounding
SHORT = 5  # a cell of up to this many full-width characters is never wrapped
NARROW = 4  # a column of longer cells may narrow to this many characters a line
HALF_COLUMN = 4252  # twips of a column of the template, if a cell does not say
# where tcBorders goes in a w:tcPr (before these)
_AFTER_BORDERS = ("w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign")


def finish_table(document: Any) -> None:
    """Lay out every 新旧対照表 of a rendered DocxTemplate (the body's top-level tables)."""
    body = document.docx.element.body
    for table in list(body.iterchildren(qn("w:tbl"))):
        _frame_articles(table)
        for cell in list(table.iter(qn("w:tc"))):
            _tabulate(cell)
        for row in table.findall(qn("w:tr")):
            _level(row)


def _level(row: Any) -> None:
    """Give the paired rows of the old and the new table of one 条 the same height, so that a row
    stands level with the row of the same key on the other side (docs/amendment-rules.md 3.2).

    The height is estimated from the text and the column widths (LINE twips a line, as many
    full-width characters a line as fit), as a minimum: a row that needs more still grows."""
    cells = row.findall(qn("w:tc"))
    tables = [cell.findall(qn("w:tbl")) for cell in cells]
    if len(cells) != 2 or any(len(found) != 1 for found in tables):
        return
    old, new = (found[0].findall(qn("w:tr")) for found in tables)
    if len(old) != len(new):
        return
    for a, b in zip(old, new, strict=True):
        height = max(_height(a), _height(b))
        for tr in (a, b):
            props = tr.find(qn("w:trPr"))
            if props is None:
                props = element(tr, "w:trPr")
                tr.insert(0, props)
            for found in props.findall(qn("w:trHeight")):
                props.remove(found)
            props.append(element(props, "w:trHeight", {"w:val": str(height), "w:hRule": "atLeast"}))


LINE = 185  # twips of a 9-pt line in a cell (9 pt measured in LibreOffice, and a little)
ROW_PAD = 60  # a row's rules and spacing


def _height(row: Any) -> int:
    lines = 1
    for cell in row.findall(qn("w:tc")):
        width = cell_width(cell, HALF_COLUMN) + 200 - 2 * MARGIN
        usable = max(FULL, width // FULL * FULL)
        count = sum(max(1, -(-text_width(written_text(p)) // usable)) for p in cell.iter(qn("w:p")))
        lines = max(lines, count)
    return lines * LINE + ROW_PAD


def _frame_articles(table: Any) -> None:
    """Drop the empty rows that end each 条 and the rules between the rows of one 条."""
    groups: list[list[Any]] = [[]]
    for row in table.findall(qn("w:tr")):
        if row.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None:
            continue
        if not written_text(row).strip() and row.find(f".//{qn('w:tbl')}") is None:
            table.remove(row)
            groups.append([])
        else:
            groups[-1].append(row)
    for group in groups:
        for k, row in enumerate(group):
            for cell in row.findall(qn("w:tc")):
                _rules(cell, top=k == 0, bottom=k == len(group) - 1)


def _rules(cell: Any, *, top: bool, bottom: bool) -> None:
    props = cell.find(qn("w:tcPr"))
    if props is None:
        props = element(cell, "w:tcPr")
        cell.insert(0, props)
    borders = props.find(qn("w:tcBorders"))
    if borders is None:
        borders = element(props, "w:tcBorders")
        later = [props.find(qn(tag)) for tag in _AFTER_BORDERS]
        first = next((e for e in later if e is not None), None)
        if first is None:
            props.append(borders)
        else:
            first.addprevious(borders)
    for side, shown in (("top", top), ("bottom", bottom)):
        for old in borders.findall(qn(f"w:{side}")):
            borders.remove(old)
        if shown:
            continue
        rule = element(borders, f"w:{side}", {"w:val": "nil"})
        if side == "top":
            borders.insert(0, rule)
        else:
            borders.append(rule)


def _tabulate(cell: Any) -> None:
    """Turn each run of table lines among a cell's paragraphs into one table."""
    run: list[Any] = []
    for child in list(cell):
        if child.tag == qn("w:p") and is_table_line(child):
            run.append(child)
            continue
        _replace(cell, run)
        run = []
    _replace(cell, run)


def _replace(cell: Any, lines: list[Any]) -> None:
    if not lines:
        return
    pieces = [split_runs(line, SEPARATOR) for line in lines]
    columns = max(len(row) for row in pieces)
    pieces = [row + [[]] * (columns - len(row)) for row in pieces]
    texts = [["".join(written_text(run) for run in runs) for runs in row] for row in pieces]
    room = cell_width(cell, HALF_COLUMN)
    widths = fitted(texts, room)
    rows = [
        [cell_paragraph(line, runs) for runs in row]
        for line, row in zip(lines, pieces, strict=True)
    ]
    table = bordered_table(room, widths, rows)
    _narrow_margins(table)
    _take_style(table, cell)
    lines[0].addprevious(table)
    ending = lines[-1].getnext() is None
    for line in lines:
        cell.remove(line)
    if ending:  # a cell must end with a paragraph
        cell.append(cell_paragraph(lines[-1], []))


def _take_style(table: Any, cell: Any) -> None:
    """Give a table the style of the table whose cell holds it (the template's paragraph spacing in
    cells)."""
    outer = cell.getparent().getparent()
    style = outer.find(f"{qn('w:tblPr')}/{qn('w:tblStyle')}")
    if style is not None:
        table.find(qn("w:tblPr")).insert(0, deepcopy(style))


def _narrow_margins(table: Any) -> None:
    props = table.find(qn("w:tblPr"))
    margins = element(props, "w:tblCellMar")
    for side in ("left", "right"):
        margins.append(element(margins, f"w:{side}", {"w:w": str(MARGIN), "w:type": "dxa"}))
    layout = props.find(qn("w:tblLayout"))
    look = props.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(margins)
    elif layout is not None:
        layout.addnext(margins)
    else:
        props.append(margins)


def text_width(text: str) -> int:
    """Twips a text takes at 9 pt, half-width characters counted half."""
    return sum(HALF if ord(char) < 0x80 or 0xFF61 <= ord(char) <= 0xFF9F else FULL for char in text)


def fitted(rows: list[list[str]], room: int) -> list[int]:
    """Column widths (twips) summing to ``room``: each column as wide as its longest cell if all
    fit; else a column of short cells (SHORT characters at most) as wide as its longest, a column
    of longer ones at least NARROW characters, the rest shared by what the longer columns lack."""
    columns = len(rows[0])
    need = [max(text_width(row[k]) for row in rows) + PADDING for k in range(columns)]
    # a short column keeps its width; a long one may narrow to NARROW characters a line
    floor = [n if n <= SHORT * FULL + PADDING else NARROW * FULL + PADDING for n in need]
    if sum(need) <= room:
        widths = [n + (room - sum(need)) * n // sum(need) for n in need]
    elif sum(floor) >= room:
        widths = [room * n // sum(floor) for n in floor]
    else:
        lack = [n - f for n, f in zip(need, floor, strict=True)]
        spare = room - sum(floor)
        widths = [f + spare * k // sum(lack) for f, k in zip(floor, lack, strict=True)]
    widths[-1] += room - sum(widths)
    return widths
