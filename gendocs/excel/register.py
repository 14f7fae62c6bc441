"""The Fit & Gap register as a workbook: one row per gap of the selected proposer (a requirement
it did not answer ◎) and member, the decision columns (対応 as a drop-down: 運用で対応 /
カスタマイズ / 対応不可, 理由, 決定者, 決定日) open, the rest protected, pre-filled with the
decisions content has; read back into ``fitgap.decisions`` with every problem located as
``Fit&Gap.xlsx:Fit&Gap!G7: …``. A row left without 対応 is a gap not decided yet.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from openpyxl.styles import Alignment, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from gendocs.compute.fitgap import Gap, compute_fitgap
from gendocs.errors import Problem
from gendocs.excel import BOLD, BOX, header_cell, new_workbook, print_a4, save_workbook
from gendocs.excel.opening import open_workbook, reporter
from gendocs.excel.table import DATE_FORMAT, as_date, shown
from gendocs.model import Content
from gendocs.model.fitgap import GapDecision

FORM = "gendocs-fitgap-1"
SHEET = "Fit&Gap"
MARKER_SHEET = "form"
WORKBOOK = "Fit&Gap登録簿.xlsx"
DECISIONS = ("運用で対応", "カスタマイズ", "対応不可")
HEAD = 3
COLUMNS = (
    ("番号", 8),
    ("業務", 14),
    ("機能", 40),
    ("回答", 6),
    ("事業者の補足", 30),
    ("団体名", 12),
    ("対応", 14),
    ("理由", 40),
    ("決定者", 16),
    ("決定日", 12),
)
OPEN = (7, 8, 9, 10)
KEY_COL = len(COLUMNS) + 1


def _rows(content: Content) -> list[tuple[Gap, str]]:
    """The register's rows: each gap of the selected proposer × each member, in order."""
    result = compute_fitgap(content)
    if result is None:
        return []
    return [(gap, m.id) for gap in result.gaps for m in content.members]


def fingerprint(content: Content) -> str:
    """A digest of the rows (selected proposer, requirement and member of each)."""
    selected = content.fitgap.selected if content.fitgap else None
    text = f"{selected}\n" + "\n".join(f"{g.row.key}\t{m}" for g, m in _rows(content))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def export_workbook(content: Content, stamp: datetime) -> bytes:
    """Fit&Gap登録簿.xlsx for the selected proposer's gaps."""
    services = {s.id: s.name for s in content.systems.services}
    names = content.member_names()
    decided = {
        (d.requirement, d.member): d for d in (content.fitgap.decisions if content.fitgap else ())
    }
    workbook = new_workbook(content.consortium.name)
    chosen = None
    if content.fitgap is not None:
        chosen = next(
            (p for p in content.fitgap.proposals if p.id == content.fitgap.selected), None
        )
    title = f"{content.consortium.name}　Fit & Gap 登録簿" + (
        f"（{chosen.name}）" if chosen else ""
    )
    sheet = workbook.create_sheet(SHEET)
    sheet["A1"] = title
    sheet["A1"].font = BOLD
    sheet["A2"] = (
        "対応（ドロップダウン）、理由、決定者、決定日を記入してください。"
        "未決定の行は空欄のままにします。行の削除・追加はしないでください。"
    )
    for j, (heading, width) in enumerate(COLUMNS, start=1):
        header_cell(sheet, HEAD, j, heading)
        sheet.column_dimensions[get_column_letter(j)].width = width
    header_cell(sheet, HEAD, KEY_COL, "行番号")
    sheet.column_dimensions[get_column_letter(KEY_COL)].hidden = True
    rows = _rows(content)
    for i, (gap, member) in enumerate(rows, start=1):
        row = HEAD + i
        d = decided.get((gap.row.key, member))
        values = (
            gap.row.key,
            services.get(gap.row.requirement.service, gap.row.requirement.service),
            gap.row.requirement.function,
            gap.mark,
            gap.comment,
            names[member],
            d.decision if d else None,
            d.reason if d else None,
            d.decided_by if d else None,
            d.date if d else None,
        )
        for j, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=j, value=value)
            cell.border = BOX
            cell.alignment = Alignment(vertical="top", wrap_text=j in (3, 5, 8))
            if j in OPEN:
                cell.protection = Protection(locked=False)
            if j == 10:
                cell.number_format = DATE_FORMAT
        sheet.cell(row=row, column=KEY_COL, value=i)
    if rows:
        last = HEAD + len(rows)
        choice = DataValidation(type="list", formula1=f'"{",".join(DECISIONS)}"')
        choice.error = "一覧から選んでください（" + "、".join(DECISIONS) + "）"
        dates = DataValidation(type="date", operator="greaterThan", formula1="1")
        dates.error = "日付を 2027/11/12 のように入力してください"
        for check, letter in ((choice, "G"), (dates, "J")):
            check.showErrorMessage = True
            check.allow_blank = True
            sheet.add_data_validation(check)
            check.add(f"{letter}{HEAD + 1}:{letter}{last}")
    sheet.freeze_panes = sheet.cell(row=HEAD + 1, column=1)
    sheet.protection.sheet = True
    sheet.protection.formatRows = False
    print_a4(sheet, f"1:{HEAD}")
    marker = workbook.create_sheet(MARKER_SHEET)
    marker["A1"], marker["B1"] = "form", FORM
    marker["A2"], marker["B2"] = "rows", fingerprint(content)
    marker.sheet_state = "hidden"
    marker.protection.sheet = True
    return save_workbook(workbook, stamp, title)


@dataclass(frozen=True)
class Register:
    """The decisions read from a register workbook."""

    decisions: tuple[GapDecision, ...]


def read_register(
    data: bytes, file_name: str, content: Content
) -> tuple[Register | None, list[Problem]]:
    """Read a returned register; the decisions, or None and every problem found."""
    problems, problem = reporter(file_name)
    workbook = open_workbook(data, problem)
    if workbook is None:
        return None, problems
    if MARKER_SHEET not in workbook.sheetnames or SHEET not in workbook.sheetnames:
        problem(
            "",
            "Fit & Gap 登録簿の様式ではありません（様式の目印がありません）",
            "not a Fit & Gap register (the form marker is missing)",
        )
        return None, problems
    marker = workbook[MARKER_SHEET]
    if marker["B1"].value != FORM:
        problem(
            f"{MARKER_SHEET}!B1",
            f"様式の版が違います（{marker['B1'].value}。現在の様式は {FORM}）",
            f"another version of the form ({marker['B1'].value}; the current one is {FORM})",
        )
        return None, problems
    if marker["B2"].value != fingerprint(content):
        problem(
            f"{MARKER_SHEET}!B2",
            "この登録簿を作った後に、選定された提案者又はその回答が変わっています。"
            "gendocs requirements register export で作り直してください",
            "the selected proposal or its answers changed since this register was made",
        )
        return None, problems
    sheet = workbook[SHEET]
    expected = _rows(content)
    decisions: list[GapDecision] = []
    seen = 0
    for row in range(HEAD + 1, sheet.max_row + 1):
        number = sheet.cell(row=row, column=KEY_COL).value
        if number is None:
            continue
        seen += 1
        if number != seen:
            problem(
                f"{SHEET}!A{row}",
                f"この行の前で行が削除されています（{seen}行目がありません）。行は削除しないでください",
                f"a row was deleted before this one (row {seen} is missing)",
            )
            return None, problems
        gap, member = expected[number - 1]
        values = [sheet.cell(row=row, column=j).value for j in OPEN]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue  # not decided yet
        decision, reason, by, day = values
        ok = True

        def bad(col: int, ja: str, en: str, row: int = row) -> None:
            nonlocal ok
            ok = False
            heading = COLUMNS[col - 1][0]
            problem(
                f"{SHEET}!{get_column_letter(col)}{row}", f"{heading}: {ja}", f"{heading}: {en}"
            )

        text = decision.strip() if isinstance(decision, str) else decision
        if text not in DECISIONS:
            bad(
                7,
                f"一覧にない値です（{shown(decision)}。{'、'.join(DECISIONS)} のいずれか）",
                f"not one of {', '.join(DECISIONS)} ({shown(decision)})",
            )
        if not (isinstance(reason, str) and reason.strip()):
            bad(8, "記入がありません", "empty")
        if not (isinstance(by, str) and by.strip()) and not isinstance(by, (int, float)):
            bad(9, "記入がありません", "empty")
        found: date | None = as_date(day)
        if found is None:
            bad(
                10,
                f"日付ではありません（{shown(day)}）。2027/11/12 のように入力してください",
                f"not a date ({shown(day)}); enter it as 2027/11/12",
            )
        if ok and found is not None:
            decisions.append(
                GapDecision(
                    requirement=gap.row.key,
                    member=member,
                    decision=text,  # type: ignore[arg-type]
                    reason=str(reason).strip(),
                    decided_by=str(by).strip(),
                    date=found,
                )
            )
    if seen < len(expected) and not problems:
        problem(
            SHEET,
            f"行が足りません（{len(expected)}行のうち{seen}行）。行は削除しないでください",
            f"rows are missing ({seen} of {len(expected)})",
        )
    if problems:
        return None, problems
    return Register(tuple(decisions)), []
