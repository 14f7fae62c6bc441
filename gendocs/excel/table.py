"""A list as a protected answer sheet: one row per item, typed cells, drop-downs, read back with
located problems. Used for the survey's 課題・重視する点・大量帳票 sheets and the 棚卸し lists.

The sheet has a bold title in A1, a note in A2, the headings on row :attr:`TableSheet.head`, the
items under them and :attr:`TableSheet.spare` empty rows; only those cells are unlocked. A hidden
last column numbers the answer rows, so that a deleted row is reported rather than silently
shifting the rest. A column's kind says how its cells are typed and read:

``text`` (required), ``optional`` (may be empty), ``count`` (a whole number ≥ 0, may not be
empty), ``date``, ``choice`` (one of ``allowed``, a drop-down), ``service`` (one 業務名, read back
as its id), ``services`` (業務名 separated by 「、」, may be empty), ``list`` (text separated by
「、」, may be empty), ``member`` (one 団体名, read back as its id), ``flag`` (有 or 無, read back
as True or False). A column with a ``source`` (a range such as ``'一覧'!$A$2:$A$15``) gets a
drop-down of that range.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from gendocs.errors import Msg
from gendocs.excel import BOLD, header_cell, print_a4

SEPARATOR = "、"
FLAGS = ("有", "無")  # a flag's True and False
DATE_FORMAT = "yyyy/mm/dd"
COUNT_FORMAT = "#,##0"

Report = Callable[[str, str, str], None]  # (where in the file, Japanese, English)


@dataclass(frozen=True)
class Column:
    """One column: the item's field, its heading, its kind (see the module) and width."""

    field: str
    heading: str
    kind: str
    width: int = 16
    allowed: tuple[str, ...] = ()
    source: str | None = None


@dataclass(frozen=True)
class TableSheet:
    """A sheet holding one list."""

    name: str
    title: str
    note: str
    columns: tuple[Column, ...]
    head: int = 3
    spare: int = 15

    @property
    def key_column(self) -> int:
        """The hidden column numbering the answer rows."""
        return len(self.columns) + 1


def write_table(
    workbook: Workbook,
    spec: TableSheet,
    items: Sequence[Mapping[str, Any]],
    services: Mapping[str, str],
    members: Mapping[str, str] | None = None,
) -> Worksheet:
    """Add ``spec``'s sheet with ``items`` (field -> model value; 業務 and 団体 as ids, named
    through ``services`` and ``members``) filled in."""
    sheet = workbook.create_sheet(spec.name)
    sheet.cell(row=1, column=1, value=spec.title).font = BOLD
    sheet.cell(row=2, column=1, value=spec.note)
    for j, col in enumerate(spec.columns, start=1):
        header_cell(sheet, spec.head, j, col.heading)
        sheet.column_dimensions[get_column_letter(j)].width = col.width
    header_cell(sheet, spec.head, spec.key_column, "行番号")
    sheet.row_dimensions[spec.head].height = 30  # two lines: a long heading wraps
    sheet.column_dimensions[get_column_letter(spec.key_column)].hidden = True
    rows = len(items) + spec.spare
    for i in range(rows):
        row = spec.head + 1 + i
        item = items[i] if i < len(items) else {}
        for j, col in enumerate(spec.columns, start=1):
            value = _shown_value(col, item.get(col.field), services, members or {})
            cell = sheet.cell(row=row, column=j, value=value)
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text, never a formula
            cell.protection = Protection(locked=False)
            wrap = col.kind in ("text", "optional", "list", "services")
            cell.alignment = Alignment(vertical="top", wrap_text=wrap)
            if col.kind == "date":
                cell.number_format = DATE_FORMAT
            elif col.kind == "count":
                cell.number_format = COUNT_FORMAT
        sheet.cell(row=row, column=spec.key_column, value=i + 1)
    _validations(sheet, spec, rows)
    sheet.freeze_panes = sheet.cell(row=spec.head + 1, column=1)
    sheet.protection.sheet = True
    sheet.protection.formatRows = False  # row heights may change; rows may not be deleted
    print_a4(sheet, f"1:{spec.head}")
    return sheet


def _shown_value(
    col: Column, value: Any, services: Mapping[str, str], members: Mapping[str, str]
) -> Any:
    if value is None:
        return None
    if col.kind == "member":
        return members.get(value, value)
    if col.kind == "flag":
        return FLAGS[0] if value else FLAGS[1]
    if col.kind == "service":
        return services.get(value, value)
    if col.kind == "services":
        return SEPARATOR.join(services.get(s, s) for s in value)
    if col.kind == "list":
        return SEPARATOR.join(value)
    return value


def _validations(sheet: Worksheet, spec: TableSheet, rows: int) -> None:
    first, last = spec.head + 1, spec.head + rows
    for j, col in enumerate(spec.columns, start=1):
        letter = get_column_letter(j)
        if col.source is not None:
            check = DataValidation(type="list", formula1=col.source)
            check.error = "一覧から選んでください"
        elif col.kind in ("choice", "flag"):
            listed = ",".join(col.allowed if col.kind == "choice" else FLAGS)
            check = DataValidation(type="list", formula1=f'"{listed}"')
            check.error = f"一覧から選んでください（{listed}）"
        elif col.kind == "date":
            check = DataValidation(type="date", operator="greaterThan", formula1="1")
            check.error = "日付を 2026/4/1 のように入力してください"
        elif col.kind == "count":
            check = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0")
            check.error = "0以上の整数で入力してください"
        else:
            continue
        check.showErrorMessage = True
        check.allow_blank = True
        sheet.add_data_validation(check)
        check.add(f"{letter}{first}:{letter}{last}")


def read_table(
    workbook: Workbook,
    spec: TableSheet,
    services: Mapping[str, str],
    problem: Report,
    members: Mapping[str, str] | None = None,
) -> list[tuple[int, dict[str, Any]]]:
    """The filled rows of ``spec``'s sheet as (row, field -> model value), 業務名 read back as
    ids through ``services`` (name -> id) and 団体名 through ``members``; every problem
    reported through ``problem``. A row with a problem is left out (the caller returns nothing
    when any problem was reported)."""
    if spec.name not in workbook.sheetnames:
        problem(
            "",
            f"シート「{spec.name}」がありません。シートは削除・改名しないでください",
            f"the sheet 「{spec.name}」 is missing; do not delete or rename sheets",
        )
        return []
    sheet = workbook[spec.name]
    found: list[tuple[int, dict[str, Any]]] = []
    expected = 1
    for row in range(spec.head + 1, sheet.max_row + 1):
        key = sheet.cell(row=row, column=spec.key_column).value
        if key is None:
            continue
        if key != expected:
            problem(
                f"{spec.name}!A{row}",
                f"この行の前で行が削除されています（{expected}行目の回答欄がありません）。"
                "行は削除せず、不要な行は内容を消してください",
                f"a row was deleted before this one (answer row {expected} is missing); "
                "clear a row's cells instead of deleting it",
            )
            expected = key if isinstance(key, int) else expected
        expected += 1
        raw = [sheet.cell(row=row, column=j).value for j in range(1, len(spec.columns) + 1)]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in raw):
            continue
        values: dict[str, Any] = {}
        ok = True
        for j, (col, value) in enumerate(zip(spec.columns, raw, strict=True), start=1):
            parsed, error = parse_cell(col, value, services, members or {})
            if error is not None:
                where = f"{spec.name}!{get_column_letter(j)}{row}"
                problem(where, f"{col.heading}: {error.ja}", f"{col.heading}: {error.en}")
                ok = False
            else:
                values[col.field] = parsed
        if ok:
            found.append((row, values))
    return found


def parse_cell(
    col: Column,
    raw: Any,
    services: Mapping[str, str],
    members: Mapping[str, str] | None = None,
) -> tuple[Any, Msg | None]:
    """The model value of one cell, or the problem with it."""
    text = raw.strip() if isinstance(raw, str) else raw
    if text is None or text == "":
        if col.kind == "optional":
            return None, None
        if col.kind in ("services", "list"):
            return (), None
        return None, Msg("記入がありません", "empty")
    if col.kind == "count":
        if isinstance(text, bool) or not isinstance(text, (int, float)) or text != int(text):
            return None, Msg(
                f"0以上の整数で入力してください（{shown(raw)}）",
                f"a whole number, 0 or more ({shown(raw)})",
            )
        if text < 0:
            return None, Msg(
                f"0以上の整数で入力してください（{shown(raw)}）",
                f"a whole number, 0 or more ({shown(raw)})",
            )
        return int(text), None
    if col.kind == "date":
        found = as_date(text)
        if found is None:
            return None, Msg(
                f"日付ではありません（{shown(raw)}）。2026/4/1 のように入力してください",
                f"not a date ({shown(raw)}); enter it as 2026/4/1",
            )
        return found, None
    if isinstance(text, datetime):
        text = text.date().isoformat()
    if not isinstance(text, str):
        text = str(text)
    if col.kind == "choice":
        if text not in col.allowed:
            return None, Msg(
                f"一覧にない値です（{shown(raw)}。{SEPARATOR.join(col.allowed)} のいずれか）",
                f"not one of {', '.join(col.allowed)} ({shown(raw)})",
            )
        return text, None
    if col.kind == "flag":
        if text not in FLAGS:
            return None, Msg(
                f"「有」か「無」で入力してください（{shown(raw)}）",
                f"enter 有 (yes) or 無 (no) ({shown(raw)})",
            )
        return text == FLAGS[0], None
    if col.kind == "member":
        if text not in (members or {}):
            return None, Msg(
                f"構成団体にない団体名です（{shown(raw)}）。「一覧」シートの団体名を使ってください",
                f"not a member ({shown(raw)}); use the names of the 一覧 sheet",
            )
        return (members or {})[text], None
    if col.kind == "service":
        if text not in services:
            return None, Msg(
                f"対象業務にない業務名です（{shown(raw)}）。「対象業務」シートの業務名を使ってください",
                f"unknown 業務 ({shown(raw)}); use the names of the 対象業務 sheet",
            )
        return services[text], None
    if col.kind in ("services", "list"):
        parts = tuple(p.strip() for p in re.split(r"[、,，]", text) if p.strip())
        if col.kind == "services":
            unknown = [p for p in parts if p not in services]
            if unknown:
                return None, Msg(
                    f"対象業務にない業務名です（{SEPARATOR.join(unknown)}）。"
                    "「対象業務」シートの業務名を使ってください",
                    f"unknown 業務 ({', '.join(unknown)}); use the names of the 対象業務 sheet",
                )
            return tuple(services[p] for p in parts), None
        return parts, None
    return text, None


def as_date(value: Any) -> date | None:
    """A cell's date: a typed date, or text written 2026/4/1 or 2026-04-01."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        match = re.fullmatch(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\s*", value)
        if match:
            try:
                return date(*(int(g) for g in match.groups()))
            except ValueError:
                return None
    return None


def shown(value: Any) -> str:
    """A cell's value as a problem quotes it."""
    if value is None:
        return "空欄"
    if isinstance(value, datetime):
        return value.date().isoformat()
    return f"「{value}」"
