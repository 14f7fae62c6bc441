"""The 棚卸し lists (lecture 2-1) as workbooks: one per list out, the filled lists back in.

A list's workbook (``棚卸し_業務一覧.xlsx``, or ``棚卸し_業務一覧_葉山町.xlsx`` for one member)
has an instruction sheet, the list's sheet (one row per item, the columns the lecture names, as
the content model declares them: drop-downs from its enumerations, numbers as typed cells), the
sheet 「一覧」 of 団体名 and 業務名 the drop-downs draw on, and a hidden sheet with the form
version, the list and the member. Reading back (:func:`read_list`) reports every problem located as
``棚卸し_業務一覧.xlsx:業務一覧!C12: …``; nothing is returned for a file with a problem.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Any, get_args, get_origin, get_type_hints

from openpyxl import Workbook

from gendocs.errors import Problem
from gendocs.excel import BOLD, fit_columns, header_cell, new_workbook, print_a4, save_workbook
from gendocs.excel.opening import open_workbook, reporter
from gendocs.excel.table import SEPARATOR, Column, TableSheet, read_table, write_table
from gendocs.model import Content
from gendocs.model.base import NAME, literal_values, unwrap_optional
from gendocs.model.inventory import LISTS, Inventory

FORM = "gendocs-inventory-1"  # the form's version; a workbook of another version is refused
GUIDE_SHEET = "記入方法"
LOOKUP_SHEET = "一覧"
MARKER_SHEET = "form"
SPARE = 20


def list_names() -> dict[str, str]:
    """The nine lists: content key -> short name (業務一覧 …), in the lecture's order."""
    return dict(LISTS)


def item_type(key: str) -> type:
    """The model class of one row of the list ``key``."""
    found: type = get_args(get_type_hints(Inventory)[key])[0]
    return found


def columns(key: str, members: int, services: int) -> tuple[Column, ...]:
    """The columns of the list ``key``, one per field of its model, in the model's order."""
    model = item_type(key)
    hints = get_type_hints(model)
    found: list[Column] = []
    for f in dataclasses.fields(model):
        ja = f.metadata["ja"]
        unit = f.metadata.get("unit")
        tp, optional = unwrap_optional(hints[f.name])
        allowed = literal_values(tp)
        if f.name == "member":
            source = f"'{LOOKUP_SHEET}'!$A$2:$A${members + 1}"
            found.append(Column("member", "団体名", "member", 12, source=source))
        elif f.name == "service":
            source = f"'{LOOKUP_SHEET}'!$B$2:$B${services + 1}"
            found.append(Column("service", "業務", "service", 16, source=source))
        elif allowed:
            found.append(Column(f.name, ja, "choice", 12, tuple(str(a) for a in allowed)))
        elif tp is bool:
            found.append(Column(f.name, ja, "flag", 10))
        elif tp is int:
            shown = f"{ja}（{unit}）" if unit and "（" not in ja else ja  # not 「（年間）（枚）」
            found.append(Column(f.name, shown, "count", 12))
        elif get_origin(tp) is tuple:
            found.append(Column(f.name, f"{ja}（「{SEPARATOR}」区切り）", "list", 30))
        else:
            short = f.metadata.get("max_length") == NAME
            found.append(
                Column(f.name, ja, "optional" if optional else "text", 20 if short else 40)
            )
    return tuple(found)


def sheet_spec(key: str, members: int, services: int) -> TableSheet:
    """The list's sheet."""
    name = list_names()[key]
    return TableSheet(
        name,
        f"現行{name}" if key != "issues" else "現行業務・システムの課題一覧",
        "1行に1件記入してください。団体名・業務と、一覧から選ぶ欄はドロップダウンから選べます。",
        columns(key, members, services),
        spare=SPARE,
    )


def workbook_name(key: str, member_name: str | None = None) -> str:
    """The file name of a list's workbook (for one member, or for all)."""
    suffix = f"_{member_name}" if member_name else ""
    return f"棚卸し_{list_names()[key]}{suffix}.xlsx"


def rows_of(content: Content, key: str) -> list[Any]:
    """The list ``key`` as content has it: the rows of every inventory file, in file order."""
    return [row for part in content.inventory for row in getattr(part, key)]


def export_workbook(content: Content, key: str, member: str | None, stamp: datetime) -> bytes:
    """The list's workbook (one member's rows, or everyone's), pre-filled with the content."""
    names = content.member_names()
    services = {s.id: s.name for s in content.systems.services}
    spec = sheet_spec(key, len(names), len(services))
    rows = [r for r in rows_of(content, key) if member is None or r.member == member]
    workbook = new_workbook(content.consortium.name)
    title = f"{content.consortium.name}　{spec.title}" + (f"（{names[member]}）" if member else "")
    _guide(workbook, title, member is not None)
    items = [{f.name: getattr(r, f.name) for f in dataclasses.fields(r)} for r in rows]
    write_table(workbook, spec, items, services, names)
    lookup = workbook.create_sheet(LOOKUP_SHEET)
    header_cell(lookup, 1, 1, "団体名")
    header_cell(lookup, 1, 2, "業務名")
    for i, name in enumerate(names.values(), start=2):
        lookup.cell(row=i, column=1, value=name)
    for i, name in enumerate(services.values(), start=2):
        lookup.cell(row=i, column=2, value=name)
    fit_columns(lookup)
    lookup.protection.sheet = True
    marker = workbook.create_sheet(MARKER_SHEET)
    marker["A1"], marker["B1"] = "form", FORM
    marker["A2"], marker["B2"] = "list", key
    marker["A3"], marker["B3"] = "member", member or ""
    marker.sheet_state = "hidden"
    marker.protection.sheet = True
    workbook.active = 1
    return save_workbook(workbook, stamp, title)


def _guide(workbook: Workbook, title: str, one_member: bool) -> None:
    sheet = workbook.create_sheet(GUIDE_SHEET)
    lines = [
        title,
        "",
        "一覧のシートに、1行に1件ずつ記入してください。",
        "・入力できるのは見出しの下の欄だけです。行の削除・追加はせず、不要な行は内容を消してください。",
        "・団体名と業務は「一覧」シートの名前を使います（ドロップダウンから選べます）。",
        "・件数・枚数・桁数などは数字だけを入力してください（「約300枚」は不可）。",
        f"・「、」区切りの欄は、複数の値を「{SEPARATOR}」で区切って入力してください。",
        "・記入済みの内容は事務局が把握している内容です。誤りがあれば直してください。",
        "・ファイル名とシート名は変えずに返送してください。",
    ]
    if one_member:
        lines.insert(4, "・このブックは1団体用です。他の団体の行は記入できません。")
    for i, text in enumerate(lines, start=1):
        sheet.cell(row=i, column=1, value=text)
    sheet["A1"].font = BOLD
    sheet.column_dimensions["A"].width = 90
    sheet.protection.sheet = True
    print_a4(sheet, "1:1", landscape=False)
    sheet.print_options.horizontalCentered = False


# ---------------------------------------------------------------- reading back


@dataclass(frozen=True)
class ListAnswer:
    """One list read from a workbook: its rows, all members' or one member's."""

    key: str
    member: str | None
    rows: tuple[Any, ...]


def read_list(
    data: bytes, file_name: str, content: Content
) -> tuple[ListAnswer | None, list[Problem]]:
    """Read one returned workbook; the list, or None and every problem found in it."""
    problems, problem = reporter(file_name)
    workbook = open_workbook(data, problem)
    if workbook is None:
        return None, problems
    names = content.member_names()
    found = _check_form(workbook, file_name, names, problem)
    if found is None:
        return None, problems
    key, member = found
    services = {s.name: s.id for s in content.systems.services}
    by_name = {name: i for i, name in names.items()}
    spec = sheet_spec(key, len(names), len(services))
    model = item_type(key)
    rows = []
    for row, values in read_table(workbook, spec, services, problem, by_name):
        if member is not None and values["member"] != member:
            problem(
                f"{spec.name}!A{row}",
                f"このブックは{names[member]}用です（{names[values['member']]}の行は記入できません）",
                f"this workbook is for {member} only (a row of {values['member']})",
            )
            continue
        rows.append(model(**values))
    if problems:
        return None, problems
    return ListAnswer(key, member, tuple(rows)), []


def _check_form(
    workbook: Workbook, file_name: str, names: dict[str, str], problem: Any
) -> tuple[str, str | None] | None:
    if MARKER_SHEET not in workbook.sheetnames:
        problem(
            "",
            "棚卸しの一覧の様式ではありません（様式の目印がありません）",
            "not an inventory workbook (the form marker is missing)",
        )
        return None
    marker = workbook[MARKER_SHEET]
    form, key, member = marker["B1"].value, marker["B2"].value, marker["B3"].value or None
    if form != FORM:
        problem(
            f"{MARKER_SHEET}!B1",
            f"様式の版が違います（{form}。現在の様式は {FORM}）。新しい様式で記入してください",
            f"another version of the form ({form}; the current one is {FORM})",
        )
        return None
    if key not in list_names():
        problem(
            f"{MARKER_SHEET}!B2",
            f"棚卸しの一覧「{key}」はありません",
            f"no inventory list {key}",
        )
        return None
    if member is not None and member not in names:
        problem(
            f"{MARKER_SHEET}!B3",
            f"構成団体 {member} の様式ですが、その団体は構成団体にありません",
            f"a form for {member}, which is not a member",
        )
        return None
    expected = workbook_name(str(key), names[member] if member else None)
    if file_name.rsplit("/", 1)[-1] != expected:
        problem(
            "",
            f"この様式のファイル名は {expected} です。ファイル名を変えずに返送してください",
            f"this form's file is {expected}; return it under that name",
        )
        return None
    return str(key), (str(member) if member else None)
