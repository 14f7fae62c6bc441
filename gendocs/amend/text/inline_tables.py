"""The plain-text form of a table inside a 項, and how 改め文 cite its rows (docs/amendment-rules.md
2.5, 2.7).

A 例規集 prints such a table right after the 項 text; pasted as text, each line is a row with its
cells separated by 「｜」 (or tabs), the first line being the header::

    第7条　部の課の分掌事務は、次のとおりとする。
    部｜課｜分掌事務
    警防部｜警防課｜(1)　警防計画に関すること。
    ｜｜(2)　消防水利に関すること。
    ｜救急課｜(1)　救急業務の企画に関すること。

A line whose cells are all empty but the last, and whose last cell is a 号 (「(2)　…」), continues
the row above: the 号 of a cell stand one per line. A row whose first cell is empty belongs to the
group of the row above (a cell spanning several rows): the table is then grouped and its rows are
cited within their group, 「警防部の部救急課の項」; otherwise by their first cell, 「警防課の項」.
Tabs separate cells too, but a run of tabs counts as one separator (as in a 別表), so rows with
empty cells need 「｜」. A 細目 in a cell is not read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from gendocs.amend.text.lines import CELL, split_cells
from gendocs.amend.text.model import InlineTable, Item, TableRow
from gendocs.amend.text.style import Style

CELL_SEPARATOR = "｜"
SPACE = "\u3000"

ReadItem = Callable[[str], Item | None]
"""Reads a 号 line (「(2)　…」) into an Item, or None if the text is not one."""


def is_row_line(line: str) -> bool:
    """Tell whether a line of a 条 is a line of a table (it has a cell separator)."""
    return CELL.search(line) is not None


def row_citation(key: tuple[str, ...]) -> str:
    """Return how an 改め文 names a row, without the final 「の項」: 「警防部の部救急課」."""
    return "の部".join(key)


def render_inline_table(table: InlineTable, style: Style) -> list[str]:
    """Return the lines of a table in a 項: header, then each row (group cells printed once)."""
    lines = [CELL_SEPARATOR.join(table.header)]
    previous: TableRow | None = None
    for row in table.rows:
        same_group = previous is not None and len(row.key) > 1 and previous.key[0] == row.key[0]
        lines += render_rows((row,), style, same_group=same_group)
        previous = row
    return lines


def render_rows(rows: tuple[TableRow, ...], style: Style, *, same_group: bool = False) -> list[str]:
    """Return rows as lines, each 号 of the last cell on its own line; a block prints whole keys."""
    lines: list[str] = []
    for row in rows:
        key = ("",) + row.key[1:] if same_group else row.key
        width = len(row.key) + len(row.cells)
        if not row.items:
            lines.append(CELL_SEPARATOR.join(key + row.cells))
            continue
        labelled = [f"{style.item_label(item.number)}{SPACE}{item.text}" for item in row.items]
        lines.append(CELL_SEPARATOR.join(key + row.cells[:-1] + (labelled[0],)))
        lines += [CELL_SEPARATOR.join(("",) * (width - 1) + (line,)) for line in labelled[1:]]
    return lines


def read_inline_table(lines: list[str], read_item: ReadItem) -> InlineTable:
    """Read a table in a 項 from its lines (header first)."""
    header = split_cells(lines[0])
    body = lines[1:]
    # A row (not a 号 line) with an empty first cell belongs to the group above.
    grouped = any(
        split_cells(line)[0] == "" and not _continues(split_cells(line), read_item) for line in body
    )
    return InlineTable(header, read_rows(body, read_item, grouped=grouped))


def read_rows(
    lines: list[str] | tuple[str, ...], read_item: ReadItem, *, grouped: bool
) -> tuple[TableRow, ...]:
    """Read rows (a block of new rows, or the body of a table)."""
    rows: list[TableRow] = []
    for line in lines:
        cells = split_cells(line)
        item = read_item(cells[-1])
        if rows and _continues(cells, read_item):
            assert item is not None
            rows[-1] = replace(rows[-1], items=rows[-1].items + (item,))
            continue
        size = 2 if grouped else 1
        key = cells[:size]
        if grouped and key[0] == "" and rows:
            key = (rows[-1].key[0],) + key[1:]
        rest = cells[size:]
        if item is not None and rest:
            rows.append(TableRow(key, rest[:-1] + ("",), (item,)))
        else:
            rows.append(TableRow(key, rest))
    return tuple(rows)


def _continues(cells: tuple[str, ...], read_item: ReadItem) -> bool:
    return len(cells) > 1 and all(c == "" for c in cells[:-1]) and read_item(cells[-1]) is not None
