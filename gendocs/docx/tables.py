"""Word tables made in code: bordered, fixed column widths, one paragraph per cell."""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from docx.oxml.ns import qn

_BORDERS = ("top", "left", "bottom", "right", "insideH", "insideV")


def bordered_table(width: int, widths: list[int], rows: list[list[Any]]) -> Any:
    """A table ``width`` twips wide, its columns ``widths``, each cell holding its paragraph."""
    table = element(rows[0][0], "w:tbl")
    table.append(_properties(table, width))
    grid = element(table, "w:tblGrid")
    for column in widths:
        grid.append(element(grid, "w:gridCol", {"w:w": str(column)}))
    table.append(grid)
    for paragraphs in rows:
        row = element(table, "w:tr")
        for paragraph, column in zip(paragraphs, widths, strict=True):
            row.append(_cell(row, paragraph, column))
        table.append(row)
    return table


def _cell(row: Any, paragraph: Any, width: int) -> Any:
    cell = element(row, "w:tc")
    props = element(cell, "w:tcPr")
    props.append(element(props, "w:tcW", {"w:w": str(width), "w:type": "dxa"}))
    cell.append(props)
    cell.append(paragraph)
    return cell


def _properties(table: Any, width: int) -> Any:
    props = element(table, "w:tblPr")
    props.append(element(props, "w:tblW", {"w:w": str(width), "w:type": "dxa"}))
    borders = element(props, "w:tblBorders")
    for side in _BORDERS:
        borders.append(
            element(
                borders,
                f"w:{side}",
                {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"},
            )
        )
    props.append(borders)
    props.append(element(props, "w:tblLayout", {"w:type": "autofit"}))
    return props


def cell_width(cell: Any, unknown: int) -> int:
    """The room inside a ``w:tc`` in twips (its width less the cell margins), else ``unknown``."""
    width = cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}")
    value = width.get(qn("w:w")) if width is not None else None
    if value and value.isdigit() and width.get(qn("w:type")) in (None, "dxa"):
        return int(value) - 200
    return unknown


def cell_paragraph(line: Any, runs: list[Any]) -> Any:
    """A copy of the paragraph ``line`` holding ``runs``, without the line's indents."""
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


def element(near: Any, tag: str, attributes: dict[str, str] | None = None) -> Any:
    """A new WordprocessingML element ``tag`` (``w:tbl``) with ``attributes`` (``w:val``)."""
    made = near.makeelement(qn(tag), {})
    for key, value in (attributes or {}).items():
        made.set(qn(key), value)
    return made
