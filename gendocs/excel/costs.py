"""The cost allocation as workbooks: the secretariat's 団体×年度 and 団体×費目 sheets, and one
member's 負担金 by year and item with the method written out (for its budget request).

Every figure is the cost engine's (:func:`gendocs.compute.compute_costs`), the same ones
``gendocs costs`` prints; every total is an Excel formula over the cells above or beside it, so
that a clerk who edits a cell sees the totals follow, and a reader can check them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from openpyxl.styles import Alignment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from gendocs import ja
from gendocs.compute import CostResult
from gendocs.compute.describe import describe_sharing, method_label
from gendocs.excel import (
    BOLD,
    amount_cell,
    fit_columns,
    header_cell,
    label_cell,
    new_workbook,
    print_a4,
    save_workbook,
    text_width,
)

TOP = 3  # row of the headings; row 1 holds the title, row 2 the unit

_ADJUSTMENTS = {
    "guarantee": "最低削減率保証による調整",
    "joining": "加入負担金（後続団体の加入に伴う調整）",
    "settlement": "事後精算",
}


@dataclass(frozen=True)
class Grid:
    """A table of amounts: row labels, column labels, values[row][column] in integer yen."""

    corner: str
    rows: Sequence[str]
    columns: Sequence[str]
    values: Sequence[Sequence[int]]


def consortium_workbook(
    result: CostResult, years: tuple[int, ...], consortium: str, stamp: datetime
) -> bytes:
    """The secretariat's workbook: 団体×年度 (年度別負担額) and 団体×費目 (over ``years``)."""
    allocation = result.allocation
    members = result.inputs.members
    workbook = new_workbook(consortium)
    by_year = workbook.create_sheet("団体×年度")
    _title(by_year, f"{consortium}　構成団体別・年度別負担額", _period(years))
    _grid(
        by_year,
        Grid(
            "団体名",
            [m.name for m in members],
            [ja.fiscal_year_label(y) for y in years],
            [[allocation.payments[m.id][y] for y in years] for m in members],
        ),
    )
    by_item = workbook.create_sheet("団体×費目")
    _title(by_item, f"{consortium}　構成団体別・費目別負担額", _period(years))
    _grid(
        by_item,
        Grid(
            "団体名",
            [m.name for m in members],
            [c.label for c in allocation.columns],
            [
                [sum(allocation.amount(m.id, c.id, y) for y in years) for c in allocation.columns]
                for m in members
            ],
        ),
    )
    _method_sheet(workbook.create_sheet("算定方法"), result)
    return save_workbook(workbook, stamp, "負担金（構成団体別）")


def member_workbook(
    result: CostResult, member_id: str, years: tuple[int, ...], consortium: str, stamp: datetime
) -> bytes:
    """One member's 負担金: per year and item, the 年度別負担額 billed, and the method."""
    allocation = result.allocation
    member = result.inputs.member(member_id)
    workbook = new_workbook(consortium)
    sheet = workbook.create_sheet("負担金")
    _title(sheet, f"{member.name}　{consortium}負担金（年度別・費目別）", _period(years))
    grid = Grid(
        "年度",
        [ja.fiscal_year_label(y) for y in years],
        [c.label for c in allocation.columns],
        [[allocation.amount(member_id, c.id, y) for c in allocation.columns] for y in years],
    )
    last_column = _grid(sheet, grid)
    # the amount billed each year: the year's lines spread by the payment profile
    column = last_column + 1
    header_cell(sheet, TOP, column, "年度別負担額")
    for offset, y in enumerate(years):
        amount_cell(sheet, TOP + 1 + offset, column, allocation.payments[member_id][y])
    total_row = TOP + 1 + len(years)
    letter = get_column_letter(column)
    amount_cell(sheet, total_row, column, f"=SUM({letter}{TOP + 1}:{letter}{total_row - 1})", True)
    fit_columns(sheet, TOP)  # the note below overflows to the right
    note = total_row + 2
    sheet.cell(
        row=note,
        column=1,
        value="「合計」は各年度の費目別の額の合計、「年度別負担額」は各年度に請求する額です"
        "（算定方法は「算定方法」シートのとおり）。",
    )
    _method_sheet(workbook.create_sheet("算定方法"), result)
    return save_workbook(workbook, stamp, f"負担金（{member.name}）")


def method_rows(result: CostResult) -> list[tuple[str, str]]:
    """Each column of the allocation with its method in short words (for tables)."""
    inputs = result.inputs
    return [
        (
            c.label,
            method_label(inputs.item(c.item), inputs)
            if c.kind == "item" and c.item is not None
            else _ADJUSTMENTS[c.kind],
        )
        for c in result.allocation.columns
    ]


def _period(years: tuple[int, ...]) -> str:
    first, last = ja.fiscal_year_label(years[0]), ja.fiscal_year_label(years[-1])
    span = first if len(years) == 1 else f"{first}〜{last}"
    return f"対象期間: {span}　単位: 円"


def _title(sheet: Worksheet, title: str, unit: str) -> None:
    sheet.cell(row=1, column=1, value=title).font = BOLD
    sheet.cell(row=2, column=1, value=unit)


def _grid(sheet: Worksheet, grid: Grid) -> int:
    """Write ``grid`` at row TOP with a 合計 column and row of SUM formulas; the last column."""
    header_cell(sheet, TOP, 1, grid.corner)
    for j, label in enumerate(grid.columns):
        header_cell(sheet, TOP, 2 + j, label)
    total_column = 2 + len(grid.columns)
    header_cell(sheet, TOP, total_column, "合計")
    first, last = get_column_letter(2), get_column_letter(total_column - 1)
    for i, (label, values) in enumerate(zip(grid.rows, grid.values, strict=True)):
        row = TOP + 1 + i
        label_cell(sheet, row, 1, label)
        for j, value in enumerate(values):
            amount_cell(sheet, row, 2 + j, value)
        amount_cell(sheet, row, total_column, f"=SUM({first}{row}:{last}{row})", True)
    total_row = TOP + 1 + len(grid.rows)
    label_cell(sheet, total_row, 1, "合計", True)
    for column in range(2, total_column + 1):
        letter = get_column_letter(column)
        formula = f"=SUM({letter}{TOP + 1}:{letter}{total_row - 1})"
        amount_cell(sheet, total_row, column, formula, True)
    sheet.freeze_panes = sheet.cell(row=TOP + 1, column=2)
    print_a4(sheet, f"1:{TOP}")
    fit_columns(sheet, TOP)
    return total_column


def _method_sheet(sheet: Worksheet, result: CostResult) -> None:
    """The method: each column's short label, then the rules in words (である体)."""
    sheet.cell(row=1, column=1, value="負担金の算定方法").font = BOLD
    header_cell(sheet, TOP, 1, "費目")
    header_cell(sheet, TOP, 2, "算定方法")
    rows = method_rows(result)
    for i, (label, method) in enumerate(rows):
        label_cell(sheet, TOP + 1 + i, 1, label)
        label_cell(sheet, TOP + 1 + i, 2, method)
    start = TOP + len(rows) + 2
    for i, text in enumerate(describe_sharing(result.inputs)):
        sheet.merge_cells(start_row=start + i, start_column=1, end_row=start + i, end_column=2)
        cell = sheet.cell(row=start + i, column=1, value=text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[start + i].height = 15 * (1 + ja_lines(text, 90))
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["B"].width = 50
    print_a4(sheet, f"1:{TOP}", landscape=False)


def ja_lines(text: str, width: int) -> int:
    """How many more lines than one ``text`` takes at ``width`` display columns."""
    return max(0, (text_width(text) - 1) // width)


__all__ = ["consortium_workbook", "member_workbook", "method_rows"]
