"""The 現行システム概要調査 as workbooks: one per member out, the answers back in.

A member's workbook (``回答_<団体名>.xlsx``) has an instruction sheet, the answer sheet
「現行システム」 (the 調査基準日, then one row per system with the nine items of the survey as
columns), the list of 業務 for reference, and a hidden sheet with the form version and the
member's id. Only the answer cells are unlocked; the sheets are protected (without a password:
the protection keeps the layout, it is not security). Drop-down lists come from the content
model's enumerations, dates and amounts are typed cells with validation.

Reading back (:func:`read_answers`) checks everything a clerk can get wrong and reports every
problem located as ``回答_葉山町.xlsx:現行システム!C12: …``; nothing is returned for a file
with a problem.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, get_type_hints

from openpyxl import Workbook
from openpyxl.styles import Alignment, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from gendocs.errors import Msg, Problem
from gendocs.excel import BOLD, YEN, fit_columns, header_cell, new_workbook, print_a4, save_workbook
from gendocs.excel.opening import open_workbook, reporter
from gendocs.excel.table import Column, TableSheet, as_date, read_table, shown, write_table
from gendocs.model import Content
from gendocs.model.base import ID_PATTERN, literal_values
from gendocs.model.systems import (
    CurrentSystem,
    PrintJob,
    Priority,
    Survey,
    SurveyIssue,
    SystemCosts,
)

FORM = "gendocs-survey-2"  # the form's version; a workbook of another version is refused
SHEET = "現行システム"
SERVICES_SHEET = "対象業務"
GUIDE_SHEET = "記入方法"
MARKER_SHEET = "form"
AS_OF = "C2"  # the 調査基準日 cell
HEAD = 4  # the row of the column headings
SPARE = 15  # empty answer rows after the known systems
SEPARATOR = "、"
DATE_FORMAT = "yyyy/mm/dd"


@dataclass(frozen=True)
class Col:
    """One answer column: the model field (``costs.build`` for a cost) and how it is typed."""

    field: str
    heading: str
    kind: str  # text, optional, date, yen, choice, services, ids, list
    width: int = 16


COLUMNS: tuple[Col, ...] = (
    Col("id", "識別子（英小文字）", "text", 12),
    Col("name", "1 システム名称", "text", 24),
    Col("department", "1 所管課", "text", 14),
    Col("services", "1 対象業務（「、」区切り）", "services", 30),
    Col("development", "2 開発形態", "choice", 12),
    Col("package", "2 パッケージ名称", "optional", 18),
    Col("configuration", "3 システム構成", "text", 20),
    Col("location", "3 ハードウェア設置場所", "text", 18),
    Col("network", "4 利用ネットワーク", "text", 16),
    Col("integrations", "5 連携先システム（識別子、「、」区切り）", "ids", 18),
    Col("in_service", "6 稼働日", "date", 12),
    Col("renewal_due", "6 更新予定日", "date", 12),
    Col("vendor", "7 構築・運用事業者", "text", 22),
    Col("operation", "7 運用体制", "text", 20),
    Col("costs.build", "8 構築費（円）", "yen", 15),
    Col("costs.annual_operation", "8 年間運用経費（円）", "yen", 15),
    Col("costs.annual_modification", "8 年間改修経費（円）", "yen", 15),
    Col("costs.renewal", "8 更新時の費用（円）", "yen", 15),
    Col("maintenance", "9 運用・保守内容（「、」区切り）", "list", 30),
)
ROW_KEY = len(COLUMNS) + 1  # a hidden column numbering the answer rows: a deleted row shows


def choices(field: str, model: type = CurrentSystem) -> tuple[str, ...]:
    """The allowed values of an enumerated field of ``model`` (from the model)."""
    values = literal_values(get_type_hints(model)[field])
    return tuple(str(v) for v in values or ())


# The 課題アンケート, 重視する点 and 大量帳票 (lecture 2-1, points 4 and 6, 作業項目7-9): one
# sheet each, one row per answer.
ISSUES = TableSheet(
    "課題",
    "現行業務・システムの課題アンケート",
    "課題を1行に1件記入してください。関係する業務は「対象業務」シートの業務名を「、」で区切って"
    "（業務全般なら空欄）。",
    (
        Column("category", "区分", "choice", 12, choices("category", SurveyIssue)),
        Column("services", "関係する業務（「、」区切り）", "services", 24),
        Column("issue", "課題", "text", 50),
        Column("remedy", "解決方策（案）", "optional", 40),
    ),
)
PRIORITIES = TableSheet(
    "重視する点",
    "取組にあたって重視する点",
    "クラウド化の取組で重視する点を一覧から選び、重要度と理由を記入してください"
    "（カスタマイズの可否を判断する基準の材料になります）。",
    (
        Column("point", "重視する点", "choice", 20, choices("point", Priority)),
        Column("level", "重要度", "choice", 8, choices("level", Priority)),
        Column("reason", "理由・具体的な内容", "optional", 60),
    ),
)
PRINT_JOBS = TableSheet(
    "大量帳票",
    "大量帳票（アウトソーシング検討の対象となり得る帳票）",
    "大量に出力する帳票を1行に1帳票記入してください。年間出力枚数は1年間の合計枚数です。",
    (
        Column("name", "帳票名称", "text", 28),
        Column("service", "業務", "service", 16),
        Column("paper", "用紙種別", "choice", 12, choices("paper", PrintJob)),
        Column("frequency", "出力頻度", "choice", 10, choices("frequency", PrintJob)),
        Column("timing", "出力時期", "optional", 14),
        Column("sheets", "年間出力枚数", "count", 14),
    ),
)
EXTRA_SHEETS = (ISSUES, PRIORITIES, PRINT_JOBS)


def workbook_name(member_name: str) -> str:
    """The file name of a member's workbook."""
    return f"回答_{member_name}.xlsx"


def export_workbook(content: Content, member_id: str, stamp: datetime) -> bytes:
    """The member's survey workbook, pre-filled with what content knows."""
    member = content.member(member_id)
    survey = next((s for s in content.systems.surveys if s.member == member_id), None)
    services = {s.id: s.name for s in content.systems.services}
    workbook = new_workbook(content.consortium.name)
    _guide(workbook.create_sheet(GUIDE_SHEET), content.consortium.name, member.name)
    sheet = workbook.create_sheet(SHEET)
    sheet.cell(row=1, column=1, value=f"現行システム概要調査　{member.name}").font = BOLD
    sheet.cell(row=2, column=1, value="調査基準日").font = BOLD
    as_of = sheet[AS_OF]
    as_of.value = survey.as_of if survey else None
    as_of.number_format = DATE_FORMAT
    as_of.protection = Protection(locked=False)
    for j, col in enumerate(COLUMNS, start=1):
        header_cell(sheet, HEAD, j, col.heading)
        sheet.column_dimensions[get_column_letter(j)].width = col.width
    header_cell(sheet, HEAD, ROW_KEY, "行番号")
    sheet.column_dimensions[get_column_letter(ROW_KEY)].hidden = True
    systems = survey.systems if survey else ()
    rows = len(systems) + SPARE
    for i in range(rows):
        row = HEAD + 1 + i
        values = _row_values(systems[i], services) if i < len(systems) else {}
        for j, col in enumerate(COLUMNS, start=1):
            cell = sheet.cell(row=row, column=j, value=values.get(col.field))
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text, never a formula
            cell.protection = Protection(locked=False)
            cell.alignment = Alignment(vertical="top", wrap_text=col.kind in ("text", "list"))
            if col.kind == "date":
                cell.number_format = DATE_FORMAT
            elif col.kind == "yen":
                cell.number_format = YEN
        sheet.cell(row=row, column=ROW_KEY, value=i + 1)
    _validations(sheet, rows)
    sheet.freeze_panes = sheet.cell(row=HEAD + 1, column=3)
    sheet.protection.sheet = True
    sheet.protection.formatRows = False  # row heights may change; rows may not be deleted
    print_a4(sheet, f"1:{HEAD}")
    for spec, items in (
        (ISSUES, survey.issues if survey else ()),
        (PRIORITIES, survey.priorities if survey else ()),
        (PRINT_JOBS, survey.print_jobs if survey else ()),
    ):
        write_table(workbook, spec, [_fields(x) for x in items], services)
    listing = workbook.create_sheet(SERVICES_SHEET)
    header_cell(listing, 1, 1, "業務名")
    header_cell(listing, 1, 2, "区分")
    for i, service in enumerate(content.systems.services, start=2):
        listing.cell(row=i, column=1, value=service.name)
        listing.cell(row=i, column=2, value=service.category)
    fit_columns(listing)
    listing.protection.sheet = True
    marker = workbook.create_sheet(MARKER_SHEET)
    marker["A1"], marker["B1"] = "form", FORM
    marker["A2"], marker["B2"] = "member", member_id
    marker["A3"], marker["B3"] = "name", member.name
    marker.sheet_state = "hidden"
    marker.protection.sheet = True
    workbook.active = 1
    return save_workbook(workbook, stamp, f"現行システム概要調査（{member.name}）")


def _guide(sheet: Worksheet, consortium: str, member: str) -> None:
    lines = [
        f"{consortium}　現行システム概要調査（{member}）",
        "",
        "「現行システム」シートに、現在お使いのシステムを1行に1システムずつ記入してください。",
        "・入力できるのは調査基準日と、見出しの下の欄だけです。行の削除・追加はせず、不要な行は内容を消してください。",
        "・日付は 2026/4/1 のように、金額は円単位の数字で入力してください（「約300万円」は不可）。",
        "・対象業務は「対象業務」シートの業務名を「、」で区切って入力してください。",
        f"・開発形態は一覧から選んでください（{SEPARATOR.join(choices('development'))}）。",
        "・連携先システムは、この表の識別子を「、」で区切って入力してください。",
        "・識別子は英小文字で始まる英小文字・数字・「_」です（例: jumin）。",
        "・「課題」「重視する点」「大量帳票」シートにも、1行に1件ずつ記入してください"
        "（区分・重要度・用紙種別・出力頻度は一覧から選びます）。",
        "・記入済みの内容は事務局が把握している内容です。誤りがあれば直してください。",
        "・ファイル名とシート名は変えずに返送してください。",
    ]
    for i, text in enumerate(lines, start=1):
        sheet.cell(row=i, column=1, value=text)
    sheet["A1"].font = BOLD
    sheet.column_dimensions["A"].width = 90
    sheet.protection.sheet = True
    print_a4(sheet, "1:1", landscape=False)
    sheet.print_options.horizontalCentered = False  # one wide column of text, from the left


def _validations(sheet: Worksheet, rows: int) -> None:
    last = HEAD + rows
    for j, col in enumerate(COLUMNS, start=1):
        letter = get_column_letter(j)
        area = f"{letter}{HEAD + 1}:{letter}{last}"
        if col.kind == "choice":
            listed = ",".join(choices(col.field))
            check = DataValidation(type="list", formula1=f'"{listed}"', allow_blank=True)
            check.error = f"一覧から選んでください（{listed}）"
        elif col.kind == "date":
            check = DataValidation(type="date", operator="greaterThan", formula1="1")
            check.error = "日付を 2026/4/1 のように入力してください"
        elif col.kind == "yen":
            check = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0")
            check.error = "金額は円単位の整数で入力してください"
        else:
            continue
        check.showErrorMessage = True
        check.allow_blank = True
        sheet.add_data_validation(check)
        check.add(area)
    as_of = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True)
    as_of.showErrorMessage = True
    sheet.add_data_validation(as_of)
    as_of.add(AS_OF)


def _row_values(system: CurrentSystem, services: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for col in COLUMNS:
        value = _get(system, col.field)
        if col.kind == "services":
            value = SEPARATOR.join(services.get(s, s) for s in value)
        elif col.kind in ("ids", "list"):
            value = SEPARATOR.join(value)
        values[col.field] = value
    return values


def _fields(item: Any) -> dict[str, Any]:
    return {f.name: getattr(item, f.name) for f in dataclasses.fields(item)}


def _get(system: CurrentSystem, field: str) -> Any:
    value: Any = system
    for part in field.split("."):
        value = getattr(value, part)
    return value


# ---------------------------------------------------------------- reading back


@dataclass(frozen=True)
class Answer:
    """One member's answers read from a workbook."""

    member: str
    survey: Survey


def read_answers(
    data: bytes, file_name: str, content: Content
) -> tuple[Answer | None, list[Problem]]:
    """Read one returned workbook; the answer, or None and every problem found in it."""
    problems, problem = reporter(file_name)
    workbook = open_workbook(data, problem)
    if workbook is None:
        return None, problems
    member_id = _check_form(workbook, file_name, content, problem)
    if member_id is None:
        return None, problems
    sheet = workbook[SHEET]
    services = {s.name: s.id for s in content.systems.services}
    as_of = as_date(sheet[AS_OF].value)
    if as_of is None:
        problem(
            f"{SHEET}!{AS_OF}",
            f"調査基準日が日付ではありません（{shown(sheet[AS_OF].value)}）",
            f"the survey date is not a date ({shown(sheet[AS_OF].value)})",
        )
    for j, col in enumerate(COLUMNS, start=1):
        if sheet.cell(row=HEAD, column=j).value != col.heading:
            problem(
                f"{SHEET}!{get_column_letter(j)}{HEAD}",
                f"見出しが様式と違います（「{col.heading}」のはずです）。列を削除・移動しないでください",
                f"the heading differs from the form (expected 「{col.heading}」); "
                "do not delete or move columns",
            )
            return None, problems
    systems: list[CurrentSystem] = []
    rows: list[int] = []
    expected_key = 1
    for row in range(HEAD + 1, sheet.max_row + 1):
        key = sheet.cell(row=row, column=ROW_KEY).value
        if key is None:
            continue
        if key != expected_key:
            problem(
                f"{SHEET}!A{row}",
                f"この行の前で行が削除されています（{expected_key}行目の回答欄がありません）。"
                "行は削除せず、不要な行は内容を消してください",
                f"a row was deleted before this one (answer row {expected_key} is missing); "
                "clear a row's cells instead of deleting it",
            )
            expected_key = key if isinstance(key, int) else expected_key
        expected_key += 1
        cells = [sheet.cell(row=row, column=j).value for j in range(1, len(COLUMNS) + 1)]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in cells):
            continue
        system = _system(sheet, row, services, problem)
        if system is not None:
            systems.append(system)
            rows.append(row)
    _check_ids(systems, rows, problem)
    issues = tuple(SurveyIssue(**v) for _, v in read_table(workbook, ISSUES, services, problem))
    priorities = tuple(
        Priority(**v) for _, v in read_table(workbook, PRIORITIES, services, problem)
    )
    print_jobs = tuple(
        PrintJob(**v) for _, v in read_table(workbook, PRINT_JOBS, services, problem)
    )
    if problems or as_of is None:
        return None, problems
    survey = Survey(
        member=member_id,
        as_of=as_of,
        systems=tuple(systems),
        issues=issues,
        priorities=priorities,
        print_jobs=print_jobs,
    )
    return Answer(member_id, survey), []


def _check_form(workbook: Workbook, file_name: str, content: Content, problem: Any) -> str | None:
    if MARKER_SHEET not in workbook.sheetnames or SHEET not in workbook.sheetnames:
        problem(
            "",
            "現行システム概要調査の回答様式ではありません（様式の目印がありません）",
            "not a survey answer workbook (the form marker is missing)",
        )
        return None
    marker = workbook[MARKER_SHEET]
    form, member_id = marker["B1"].value, marker["B2"].value
    if form != FORM:
        problem(
            f"{MARKER_SHEET}!B1",
            f"様式の版が違います（{shown(form)}。現在の様式は {FORM}）。"
            "新しい様式で回答してください",
            f"another version of the form ({shown(form)}; the current one is {FORM}); "
            "answer on the current form",
        )
        return None
    names = content.member_names()
    if member_id not in names:
        problem(
            f"{MARKER_SHEET}!B2",
            f"構成団体 {shown(member_id)} の回答様式ですが、その団体は構成団体にありません",
            f"a form for {shown(member_id)}, which is not a member",
        )
        return None
    expected = workbook_name(names[str(member_id)])
    if file_name.rsplit("/", 1)[-1] != expected:
        problem(
            "",
            f"{names[str(member_id)]}の回答様式です（ファイル名は {expected} のはずです）。"
            "他団体の回答を取り込むことはできません",
            f"this is the form of {member_id} (its file is {expected}); "
            "another member's answers cannot be imported under this name",
        )
        return None
    return str(member_id)


def _system(
    sheet: Worksheet, row: int, services: dict[str, str], problem: Any
) -> CurrentSystem | None:
    values: dict[str, Any] = {}
    costs: dict[str, int] = {}
    ok = True
    for j, col in enumerate(COLUMNS, start=1):
        where = f"{SHEET}!{get_column_letter(j)}{row}"
        raw = sheet.cell(row=row, column=j).value
        value, error = _parse(col, raw, services)
        if error is not None:
            problem(where, f"{col.heading}: {error.ja}", f"{col.heading}: {error.en}")
            ok = False
            continue
        if col.field.startswith("costs."):
            costs[col.field.split(".", 1)[1]] = value
        else:
            values[col.field] = value
    if not ok:
        return None
    return CurrentSystem(**values, costs=SystemCosts(**costs))


def _parse(col: Col, raw: Any, services: dict[str, str]) -> tuple[Any, Msg | None]:
    text = raw.strip() if isinstance(raw, str) else raw
    if text is None or text == "":
        if col.kind == "optional":
            return None, None
        if col.kind == "ids":  # a system may exchange data with none
            return (), None
        return None, Msg("記入がありません", "empty")
    if col.kind == "yen":
        if (
            isinstance(text, bool)
            or not isinstance(text, (int, float))
            or text != int(text)
            or text < 0
        ):
            return None, Msg(
                f"金額は円単位の0以上の整数で入力してください（{shown(raw)}）",
                f"an amount is a whole number of yen, 0 or more ({shown(raw)})",
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
    if not isinstance(text, str):
        text = str(text)
    if col.kind == "choice":
        allowed = choices(col.field)
        if text not in allowed:
            return None, Msg(
                f"一覧にない値です（{shown(raw)}。{SEPARATOR.join(allowed)} のいずれか）",
                f"not one of {', '.join(allowed)} ({shown(raw)})",
            )
        return text, None
    if col.kind in ("services", "ids", "list"):
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
    if col.field == "id" and not re.match(ID_PATTERN, text):
        return None, Msg(
            f"識別子は英小文字で始まる英小文字・数字・「_」です（{shown(raw)}）",
            f"an id is lower-case letters, digits and _ , starting with a letter ({shown(raw)})",
        )
    return text, None


def _check_ids(systems: Sequence[CurrentSystem], rows: Sequence[int], problem: Any) -> None:
    seen: dict[str, int] = {}
    for system, row in zip(systems, rows, strict=True):
        if system.id in seen:
            problem(
                f"{SHEET}!A{row}",
                f"識別子 {system.id} が{seen[system.id]}行目と重複しています",
                f"id {system.id} also on row {seen[system.id]}",
            )
        seen.setdefault(system.id, row)
    column = get_column_letter(1 + [c.field for c in COLUMNS].index("integrations"))
    for system, row in zip(systems, rows, strict=True):
        unknown = [i for i in system.integrations if i not in seen]
        if unknown:
            problem(
                f"{SHEET}!{column}{row}",
                f"連携先システムがこの表にありません（{SEPARATOR.join(unknown)}）",
                f"no system with id {', '.join(unknown)} in this table",
            )


def survey_fields() -> list[str]:
    """The model's field names of a system in their order (for writing YAML)."""
    return [f.name for f in dataclasses.fields(CurrentSystem)]
