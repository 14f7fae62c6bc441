"""Excel workbooks (.xlsx, through openpyxl) for the secretariat and the members.

Every workbook is saved through :func:`save_workbook`: the same input gives the same bytes
(fixed document times, fixed zip entries), as for the Word documents (:mod:`gendocs.docx.save`).
Nothing here touches the file system.
"""

from __future__ import annotations

import io
import unicodedata
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from gendocs.docx.save import reproducible_zip

YEN = "#,##0"  # integer yen with thousands separators (negative amounts keep their minus)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
BOLD = Font(bold=True)


def new_workbook(creator: str) -> Workbook:
    """An empty workbook (no default sheet) whose properties name ``creator``."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    workbook.properties.creator = creator
    workbook.properties.lastModifiedBy = creator
    return workbook


def save_workbook(workbook: Workbook, stamp: datetime, title: str) -> bytes:
    """``workbook`` as reproducible .xlsx bytes, created and modified at ``stamp``."""
    workbook.properties.title = title
    naive = stamp.replace(tzinfo=None)
    workbook.properties.created = naive
    workbook.properties.modified = naive  # openpyxl sets it to now on save: fixed below
    buffer = io.BytesIO()
    workbook.save(buffer)
    return reproducible_zip(buffer.getvalue(), stamp)


def text_width(text: str) -> int:
    """Display columns of ``text``: a 全角 character counts 2."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def fit_columns(sheet: Worksheet, first_row: int = 1, minimum: int = 8, maximum: int = 60) -> None:
    """Set every column's width from its longest value from ``first_row`` on (titles above it
    overflow to the right); a formula counts as a 12-digit amount."""
    widths: dict[int, int] = {}
    for row in sheet.iter_rows(min_row=first_row):
        for cell in row:
            if cell.value is None or cell.coordinate in sheet.merged_cells:
                continue
            value = cell.value
            if isinstance(value, str) and value.startswith("="):
                shown = 15
            elif isinstance(value, int):
                shown = len(f"{value:,}") + 1
            else:
                shown = text_width(str(value))
            column = cell.column if isinstance(cell.column, int) else 1
            widths[column] = max(widths.get(column, 0), shown)
    for column, width in widths.items():
        letter = get_column_letter(column)
        sheet.column_dimensions[letter].width = min(max(width + 2, minimum), maximum)


def print_a4(sheet: Worksheet, title_rows: str, landscape: bool = True) -> None:
    """A4, fitted to one page wide, the header rows repeated on every page."""
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = title_rows
    sheet.print_options.horizontalCentered = True


def header_cell(sheet: Worksheet, row: int, column: int, value: str) -> None:
    """A bold, shaded, boxed heading."""
    cell = sheet.cell(row=row, column=column, value=value)
    cell.font = BOLD
    cell.fill = HEADER_FILL
    cell.border = BOX
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def amount_cell(
    sheet: Worksheet, row: int, column: int, value: int | str, total: bool = False
) -> None:
    """An amount (integer yen or a formula) in the yen format, boxed; totals shaded and bold."""
    cell = sheet.cell(row=row, column=column, value=value)
    cell.number_format = YEN
    cell.border = BOX
    if total:
        cell.fill = TOTAL_FILL
        cell.font = BOLD


def label_cell(sheet: Worksheet, row: int, column: int, value: str, total: bool = False) -> None:
    """A row label, boxed; the totals' label shaded and bold."""
    cell = sheet.cell(row=row, column=column, value=value)
    cell.border = BOX
    if total:
        cell.fill = TOTAL_FILL
        cell.font = BOLD
