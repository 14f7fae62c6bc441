"""Lines of cells separated by 「｜」 become Word tables (the form users paste a 例規集 table in).

After rendering, each run of such paragraphs in the body is replaced by a bordered table, one
row per line, an empty cell where the line leaves one empty (a group cell printed once, or a 号
continuing the cell above). Each cell's paragraph is a copy of the line's own paragraph, so the
template's style and the East-Asian fonts carry over.

Inside a table cell (the 新旧対照表) the lines of one table become one table in that cell:
:mod:`gendocs.amend.docx.layout`.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from gendocs.docx.reading import written_text
from gendocs.docx.runs import run_with
from gendocs.docx.tables import bordered_table, cell_paragraph

SEPARATOR = "｜"
TEXT_WIDTH = 9000  # twips a table spreads over (A4 with the templates' margins is about 9,600)


def tabulate_blocks(document: Any) -> None:
    """Replace every run of table lines in the body of a rendered DocxTemplate by a Word table."""
    run: list[Any] = []
    for paragraph in list(document.docx.element.body.iterchildren(qn("w:p"))):
        if is_table_line(paragraph):
            run.append(paragraph)
            continue
        _replace(run)
        run = []
    _replace(run)


def is_table_line(paragraph: Any) -> bool:
    """Whether a paragraph is a line of table cells."""
    # A 改正規定 that quotes a cell holds 「」; a table line never does.
    text = written_text(paragraph)
    return SEPARATOR in text and "「" not in text


def _replace(lines: list[Any]) -> None:
    if not lines:
        return
    rows = [_cells(p) for p in lines]
    columns = max(len(row) for row in rows)
    rows = [row + [""] * (columns - len(row)) for row in rows]
    first_runs = [p.find(qn("w:r")) for p in lines]
    paragraphs = [
        [cell_paragraph(line, [run_with(run, text)] if text else []) for text in row]
        for line, run, row in zip(lines, first_runs, rows, strict=True)
    ]
    lines[0].addprevious(bordered_table(TEXT_WIDTH, _widths(rows, columns), paragraphs))
    for paragraph in lines:
        paragraph.getparent().remove(paragraph)


def _cells(paragraph: Any) -> list[str]:
    return [cell.strip(" \u3000") for cell in written_text(paragraph).split(SEPARATOR)]


def _widths(rows: list[list[str]], columns: int) -> list[int]:
    """Share the width by each column's longest text (a 分掌事務 column wider than a 係 column)."""
    longest = [
        max(4, *(len(row[k]) for row in rows)) + 2 for k in range(columns)
    ]  # room for 「文書係」
    return [TEXT_WIDTH * n // sum(longest) for n in longest]
