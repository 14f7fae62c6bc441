"""Tables in the 改正文 and the 新旧対照表: the lines of a 別表 or of a table in a 条 become Word tables.

New text after 「別表を次のように改める。」 or 「…の項を次のように改める。」 arrives as 例規集 lines
whose cells are separated by 「｜」 (the form users paste). After rendering, each run of such
paragraphs is replaced by a bordered table, one row per line, an empty cell where the line leaves
one empty (a group cell printed once, or a 号 continuing the cell above). Each cell's paragraph is a
copy of the line's own paragraph, so the template's style and the East-Asian fonts carry over.

In the 新旧対照表 every table line is a row of its own (old and new at the same height), so a line
becomes a one-row table inside its 改正前 / 改正後 cell, columns of the same widths so that the lines of
one table stand under each other (widths shared by the lines with as many cells); the runs keep
their underline (the changed words).
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from docx.oxml.ns import qn
from docxtpl import DocxTemplate


TEXT_WIDTH = 9000  # twips a table spreads over (A4 with the template's margins is about 9,600)
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_BORDERS = ("top", "left", "bottom", "right", "insideH", "insideV")


def tabulate_blocks(document: DocxTemplate) -> None:
    """Replace every run of table lines in a rendered 改正文 by a Word table."""
    run: list[Any] = []
    for paragraph in list(document.docx.element.body.iterchildren(qn("w:p"))):
        if _is_table_line(paragraph):
            run.append(paragraph)
            continue
        _replace(run)
        run = []
    _replace(run)


def tabulate_cells(document: DocxTemplate) -> None:
    """Replace each table line in a cell of a rendered 新旧対照表 by a one-row table in that cell."""
    lines = [(cell, p) for cell in list(document.docx.element.body.iter(qn("w:tc")))
             for p in cell.findall(qn("w:p")) if _is_table_line(p)]
    texts = [_cells(p) for _, p in lines]
    # Lines with as many cells share their column widths, so one table's lines stand under each other.
    shares = {n: _widths([t for t in texts if len(t) == n], n) for n in {len(t) for t in texts}}
    for cell, paragraph in lines:
        _nest(cell, paragraph, shares)


def _nest(cell: Any, paragraph: Any, shares: dict[int, list[int]]) -> None:
    pieces = _split_runs(paragraph)
    room = _cell_width(cell)
    widths = [share * room // TEXT_WIDTH for share in shares[len(pieces)]]
    paragraph.addprevious(_table(room, widths, [[_cell_paragraph(paragraph, runs) for runs in pieces]]))
    if paragraph.getnext() is None:  # a cell must end with a paragraph: keep an empty one
        for old in paragraph.findall(qn("w:r")):
            paragraph.remove(old)
    else:
        cell.remove(paragraph)


def _split_runs(paragraph: Any) -> list[list[Any]]:
    """Split a paragraph's runs at 「｜」 into the runs of each cell, each run keeping its properties."""
    pieces: list[list[Any]] = [[]]
    for run in paragraph.findall(qn("w:r")):
        text = "".join(t.text or "" for t in run.iter(qn("w:t")))
        for k, part in enumerate(text.split("｜")):
            if k:
                pieces.append([])
            text_here = part.lstrip(" \u3000") if not pieces[-1] else part
            if text_here:
                pieces[-1].append(_run_with(run, text_here))
    return pieces


def _run_with(run: Any, text: str) -> Any:
    copy = deepcopy(run)
    for child in [c for c in copy if c.tag != qn("w:rPr")]:
        copy.remove(child)
    t = _element(copy, "w:t", {"xml:space": "preserve"})
    t.text = text
    copy.append(t)
    return copy


def _cell_width(cell: Any) -> int:
    width = cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
    value = width.get(qn("w:w")) if width is not None else None
    return int(value) - 200 if value and value.isdigit() and width.get(qn("w:type")) in (None, "dxa") else TEXT_WIDTH // 2


def _text(paragraph: Any) -> str:
    return "".join(t.text or "" for t in paragraph.iter(qn("w:t")))


def _is_table_line(paragraph: Any) -> bool:
    # A 改正規定 that quotes a cell holds 「」; a table line never does.
    text = _text(paragraph)
    return "｜" in text and "「" not in text


def _replace(lines: list[Any]) -> None:
    if not lines:
        return
    rows = [_cells(p) for p in lines]
    columns = max(len(row) for row in rows)
    rows = [row + [""] * (columns - len(row)) for row in rows]
    first_runs = [p.find(qn("w:r")) for p in lines]
    paragraphs = [[_cell_paragraph(line, [_run_with(run, text)] if text else []) for text in row]
                  for line, run, row in zip(lines, first_runs, rows)]
    lines[0].addprevious(_table(TEXT_WIDTH, _widths(rows, columns), paragraphs))
    for paragraph in lines:
        paragraph.getparent().remove(paragraph)


def _table(width: int, widths: list[int], rows: list[list[Any]]) -> Any:
    """A bordered table ``width`` wide, its columns ``widths``, each cell holding its paragraph."""
    table = _element(rows[0][0], "w:tbl")
    table.append(_properties(table, width))
    grid = _element(table, "w:tblGrid")
    for column in widths:
        grid.append(_element(grid, "w:gridCol", {"w:w": str(column)}))
    table.append(grid)
    for paragraphs in rows:
        row = _element(table, "w:tr")
        for paragraph, column in zip(paragraphs, widths):
            cell = _element(row, "w:tc")
            props = _element(cell, "w:tcPr")
            props.append(_element(props, "w:tcW", {"w:w": str(column), "w:type": "dxa"}))
            cell.append(props)
            cell.append(paragraph)
            row.append(cell)
        table.append(row)
    return table


def _cells(paragraph: Any) -> list[str]:
    return [cell.strip(" \u3000") for cell in _text(paragraph).split("｜")]


def _widths(rows: list[list[str]], columns: int) -> list[int]:
    """Share the width by each column's longest text (a 分掌事務 column wider than a 係 column)."""
    longest = [max(4, *(len(row[k]) for row in rows)) + 2 for k in range(columns)]  # room for 「文書係」
    return [TEXT_WIDTH * n // sum(longest) for n in longest]


def _properties(table: Any, width: int) -> Any:
    props = _element(table, "w:tblPr")
    props.append(_element(props, "w:tblW", {"w:w": str(width), "w:type": "dxa"}))
    borders = _element(props, "w:tblBorders")
    for side in _BORDERS:
        borders.append(_element(borders, f"w:{side}", {"w:val": "single", "w:sz": "4", "w:space": "0",
                                                       "w:color": "000000"}))
    props.append(borders)
    props.append(_element(props, "w:tblLayout", {"w:type": "autofit"}))
    return props


def _cell_paragraph(line: Any, runs: list[Any]) -> Any:
    """A copy of the line's paragraph holding ``runs``, without the line's indents."""
    paragraph = deepcopy(line)
    ppr = paragraph.find(qn("w:pPr"))
    if ppr is not None:  # the line's indent and first-line indent do not belong in a cell
        for indent in ppr.findall(qn("w:ind")):
            ppr.remove(indent)
    for old in paragraph.findall(qn("w:r")):
        paragraph.remove(old)
    for run in runs:
        paragraph.append(run)
    return paragraph


def _element(near: Any, tag: str, attributes: dict[str, str] | None = None) -> Any:
    element = near.makeelement(qn(tag), {})
    for key, value in (attributes or {}).items():
        element.set(_XML_SPACE if key == "xml:space" else qn(key), value)
    return element
