"""The 機能要件確認表 (procurement.spec.requirements) in Excel and CSV.

1. :func:`read_standard` reads a 標準仕様書's 機能・帳票要件 list (CSV or .xlsx) into requirement
   rows. The columns are found by their headings on the first row that has 「機能ID」, as the
   標準仕様書 publish them (総務省「住民記録システム標準仕様書【第4.0版】」令和5年3月31日,
   https://www.soumu.go.jp/main_sosiki/kenkyu/jichitaishisutemu_hyojunka/02gyosei02_04000147.html;
   its 機能・帳票要件 一覧 has 機能ID, 機能名称, 機能要件 and 実装区分 実装必須機能 /
   標準オプション機能 / 実装不可機能): 機能ID; 業務 (業務名 or id; or ``--service`` for a
   list of one 業務); 要件 or 機能要件 (else 機能名 / 機能名称); 実装区分 (標準 = 実装必須機能,
   オプション = 標準オプション機能;
   実装不可機能 rows are not requirements and are left out); 必須 (○ / 必須 / ×, 任意 …; without
   the column, 標準 rows are 必須 and オプション rows are not).
2. :func:`export_workbook` writes the 別紙 for the proposers: 機能要件確認表.xlsx with an answer
   column (◎ 標準 / ○ 設定・運用 / △ カスタマイズ / × 不可, a drop-down) and a comment column; only
   those cells and the proposer's name are unlocked; an instruction sheet; a hidden sheet with the
   form version and a fingerprint of the rows (an answer to another list is refused).
3. :func:`read_answers` reads a returned workbook: every problem located as
   ``回答.xlsx:機能要件確認表!G12: …``, all of them, nothing returned for a file with a problem.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from gendocs import ja
from gendocs.errors import Location, Msg, Problem
from gendocs.excel import BOLD, BOX, header_cell, new_workbook, print_a4, save_workbook
from gendocs.excel.opening import open_workbook, reporter
from gendocs.excel.table import shown
from gendocs.model import Content
from gendocs.model.fitgap import REQUIREMENT_ID, Answer, requirement_key, requirements_of
from gendocs.model.procurement import Requirement

FORM = "gendocs-fit-1"  # the answer form's version; a workbook of another version is refused
SHEET = "機能要件確認表"
GUIDE_SHEET = "記入方法"
MARKER_SHEET = "form"
WORKBOOK = "機能要件確認表.xlsx"
MARKS = ("◎", "○", "△", "×")
MARK_MEANING = {"◎": "標準", "○": "設定・運用", "△": "カスタマイズ", "×": "不可"}
# what a vendor types for ○ and ◎ besides the character the drop-down offers
MARK_ALIASES = {"〇": "○", "◯": "○", "O": "○", "◉": "◎", "X": "×", "x": "×", "✕": "×", "╳": "×"}
HEAD = 5  # the headings' row; the proposer's name is B3
NAME_CELL = "C3"
COLUMNS = ("番号", "機能ID", "業務", "機能", "実装区分", "必須", "回答", "補足")
ANSWER_COL, COMMENT_COL, KEY_COL = 7, 8, 9

Report = Callable[[str, str, str], None]

# ------------------------------------------------------------------ the 標準仕様書's list

HEADINGS = {
    "id": ("機能ID", "機能ＩＤ", "機能id", "ID"),
    "service": ("業務", "業務名", "service"),
    "requirement": ("要件", "機能要件", "要件の内容"),
    "function": ("機能名", "機能名称", "function"),
    "kind": ("実装区分", "区分"),
    "required": ("必須", "必須区分", "required"),
}
STANDARD = ("標準", "実装必須機能", "実装必須", "必須機能")
OPTION = ("オプション", "標準オプション機能", "標準オプション")
EXCLUDED = ("実装不可機能", "実装不可")
YES = ("○", "〇", "◯", "必須", "はい", "true", "TRUE", "True", "1", "有")
NO = ("×", "任意", "いいえ", "false", "FALSE", "False", "0", "無", "-", "－")


@dataclass(frozen=True)
class Imported:
    """The requirement rows read from a 標準仕様書 list, and the rows left out as 実装不可機能."""

    rows: tuple[Requirement, ...]
    excluded: int


def _cells_of(data: bytes, file_name: str) -> tuple[list[list[Any]], Callable[[int, int], str]]:
    """The rows of a CSV (UTF-8 or Shift_JIS) or of the first sheet of an .xlsx, and how a cell
    (row, column from 1) is written in a problem."""
    if file_name.lower().endswith(".csv"):
        for encoding in ("utf-8-sig", "cp932"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise ValueError("encoding")
        rows = [list(r) for r in csv.reader(io.StringIO(text))]
        return rows, lambda r, c: f"{r}:{c}"
    workbook = load_workbook(io.BytesIO(data), data_only=True)
    sheet = workbook.worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    return rows, lambda r, c: f"{sheet.title}!{get_column_letter(c)}{r}"


def _norm(value: Any) -> str:
    """A code cell (機能ID, 区分, 回答) compared after NFKC: 全角 letters and digits match."""
    if value is None:
        return ""
    return unicodedata.normalize("NFKC", str(value)).strip()


def _text(value: Any) -> str:
    """A text cell as written (公用文 keeps its 全角 brackets), without surrounding space."""
    return "" if value is None else str(value).strip()


def read_standard(
    data: bytes, file_name: str, content: Content, service: str | None = None
) -> tuple[Imported | None, list[Problem]]:
    """Read a 機能・帳票要件 list; the rows, or None and every problem found."""
    problems: list[Problem] = []

    def problem(where: str, ja: str, en: str) -> None:
        problems.append(
            Problem(Location(f"{file_name}:{where}" if where else file_name), "", Msg(ja, en))
        )

    try:
        rows, at = _cells_of(data, file_name)
    except Exception as err:  # noqa: BLE001 - any unreadable file is one located problem
        problem(
            "",
            "CSV（UTF-8 又は Shift_JIS）又は Excel ブック（.xlsx）として読めません"
            f"（{type(err).__name__}）",
            f"not a readable CSV or .xlsx file ({type(err).__name__})",
        )
        return None, problems
    services = {s.id: s.id for s in content.systems.services} | {
        s.name: s.id for s in content.systems.services
    }
    if service is not None and service not in services:
        problem(
            "",
            f"--service の業務「{service}」は対象業務にありません",
            f"--service {service} is not one of the services",
        )
        return None, problems
    head = next((i for i, r in enumerate(rows) if any(_norm(v) in HEADINGS["id"] for v in r)), None)
    if head is None:
        problem(
            "",
            "見出し「機能ID」の行がありません（機能ID、業務、要件、実装区分、必須の列が要ります）",
            "no heading row with 機能ID (columns 機能ID, 業務, 要件, 実装区分, 必須)",
        )
        return None, problems
    found: dict[str, int] = {}
    for j, value in enumerate(rows[head]):
        name = _norm(value)
        for key, names in HEADINGS.items():
            if name in names and key not in found:
                found[key] = j
    if "requirement" not in found and "function" not in found:
        problem(
            at(head + 1, 1),
            "列「要件」（又は「機能要件」「機能名」「機能名称」）がありません",
            "no column 要件 (or 機能要件, 機能名, 機能名称)",
        )
    if "kind" not in found:
        problem(at(head + 1, 1), "列「実装区分」がありません", "no column 実装区分")
    if "service" not in found and service is None:
        problem(
            at(head + 1, 1),
            "列「業務」がありません（1業務の一覧は --service で業務を指定してください）",
            "no column 業務 (give --service for a list of one 業務)",
        )
    if problems:
        return None, problems
    text_col = found.get("requirement", found.get("function", 0))
    out: list[Requirement] = []
    excluded = 0
    seen: dict[str, int] = {}
    for i in range(head + 1, len(rows)):
        row = rows[i]
        line = i + 1

        def cell(key: str, row: list[Any] = row) -> str:
            j = found.get(key)
            return _norm(row[j]) if j is not None and j < len(row) else ""

        if not any(_norm(v) for v in row):
            continue
        ok = True

        def bad(key: str, ja: str, en: str, line: int = line) -> None:
            nonlocal ok
            ok = False
            problem(at(line, found.get(key, 0) + 1), ja, en)

        kind_text = cell("kind")
        if kind_text in EXCLUDED:
            excluded += 1
            continue
        fid = cell("id")

        if not fid:
            bad("id", "機能ID: 記入がありません", "機能ID: empty")
        elif not re.fullmatch(REQUIREMENT_ID, fid) or len(fid) > 100:
            bad(
                "id",
                f"機能ID: 英数字、「.」「-」「_」で書いてください（「{fid}」）",
                f"機能ID: letters, digits, '.', '-', '_' ({fid})",
            )
        elif fid in seen:
            bad(
                "id",
                f"機能ID: 「{fid}」が重複しています（{seen[fid]}行目と同じ）",
                f"機能ID {fid} is listed twice (as on line {seen[fid]})",
            )
        else:
            seen[fid] = line
        j = text_col
        text = _text(row[j]) if j < len(row) else ""
        if not text:
            ok = False
            problem(at(line, j + 1), "要件: 記入がありません", "要件: empty")
        kind: Literal["標準", "オプション"] | None
        if kind_text in STANDARD:
            kind = "標準"
        elif kind_text in OPTION:
            kind = "オプション"
        else:
            kind = None
            bad(
                "kind",
                "実装区分: 「標準」（実装必須機能）か「オプション」（標準オプション機能）で"
                f"書いてください（{shown(kind_text or None)}）",
                f"実装区分: 標準 or オプション ({kind_text or 'empty'})",
            )
        svc_text = cell("service") or (service or "")
        svc = services.get(svc_text)
        if svc is None:
            bad(
                "service",
                f"業務: 対象業務にない業務です（{shown(svc_text or None)}）",
                f"業務: not one of the services ({svc_text or 'empty'})",
            )
        required_text = cell("required")
        if "required" not in found or not required_text:
            required = kind == "標準"
        elif required_text in YES:
            required = True
        elif required_text in NO:
            required = False
        else:
            required = False
            bad(
                "required",
                f"必須: 「○」（必須）か「×」（任意）で書いてください（「{required_text}」）",
                f"必須: ○ (mandatory) or × (optional) ({required_text})",
            )
        if ok and svc is not None and kind is not None:
            out.append(
                Requirement(service=svc, function=text, required=required, id=fid, kind=kind)
            )
    if problems:
        return None, problems
    return Imported(tuple(out), excluded), []


# ------------------------------------------------------------------ the 別紙 for proposers


def fingerprint(content: Content) -> str:
    """A short digest of the table's rows (key, 業務, 機能, 必須): an answer form made from
    another list has another fingerprint."""
    text = "\n".join(
        f"{requirement_key(n, r.id)}\t{r.service}\t{r.function}\t{r.required}"
        for n, r in enumerate(requirements_of(content.procurement), 1)
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def export_workbook(content: Content, stamp: datetime) -> bytes:
    """機能要件確認表.xlsx: the rows and an answer and a comment column for the proposer."""
    services = {s.id: s.name for s in content.systems.services}
    ev = content.procurement.evaluation
    workbook = new_workbook(content.consortium.name)
    title = f"{content.consortium.name}　機能要件確認表"
    guide = workbook.create_sheet(GUIDE_SHEET)
    lines = [
        title,
        "",
        "「機能要件確認表」シートの回答欄に、要件ごとに次のいずれかを選んで記入してください"
        "（ドロップダウン）。評価基準書による要件1件当たりの得点を括弧内に示します。",
        *(f"　{f.mark}　{f.meaning}（{ja.format_decimal(f.score)}点）" for f in ev.fit_scores),
        "・○、△、× と回答した要件は、補足欄に代替手段又はカスタマイズの内容を記入してください。",
        "・提案者名を C3 に記入してください。",
        "・入力できるのは提案者名、回答欄及び補足欄だけです。行の削除・追加及びシート名の変更はしないでください。",
        "・すべての要件に回答してください。回答のない要件は受け付けません。",
    ]
    if ev.mandatory_cross == "失格":
        lines.append("・必須の要件に「×」と回答した提案は失格となります。")
    elif ev.mandatory_cross == "要件の得点を0点":
        lines.append("・必須の要件に「×」と回答したときは、その要件の得点は0点となります。")
    for i, text in enumerate(lines, start=1):
        guide.cell(row=i, column=1, value=text)
    guide["A1"].font = BOLD
    guide.column_dimensions["A"].width = 100
    guide.protection.sheet = True
    print_a4(guide, "1:1", landscape=False)
    guide.print_options.horizontalCentered = False

    sheet = workbook.create_sheet(SHEET)
    sheet["A1"] = title
    sheet["A1"].font = BOLD
    sheet["A3"] = "提案者名"
    sheet["A3"].font = BOLD
    name = sheet[NAME_CELL]
    name.protection = Protection(locked=False)
    name.border = BOX
    sheet.merge_cells("C3:D3")
    for j, heading in enumerate(COLUMNS, start=1):
        header_cell(sheet, HEAD, j, heading)
    header_cell(sheet, HEAD, KEY_COL, "行番号")
    widths = (6, 12, 16, 60, 10, 6, 8, 40, 6)
    for j, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(j)].width = width
    sheet.column_dimensions[get_column_letter(KEY_COL)].hidden = True
    requirements = requirements_of(content.procurement)
    for n, r in enumerate(requirements, 1):
        row = HEAD + n
        values = (
            n,
            r.id or "",
            services.get(r.service, r.service),
            r.function,
            r.kind or "",
            "○" if r.required else "",
            None,
            None,
        )
        for j, value in enumerate(values, start=1):
            c = sheet.cell(row=row, column=j, value=value)
            c.border = BOX
            c.alignment = Alignment(vertical="top", wrap_text=j in (4, 8))
            if j in (ANSWER_COL, COMMENT_COL):
                c.protection = Protection(locked=False)
        sheet.cell(row=row, column=ANSWER_COL).alignment = Alignment(
            horizontal="center", vertical="top"
        )
        sheet.cell(row=row, column=KEY_COL, value=n)
    if requirements:
        last = HEAD + len(requirements)
        check = DataValidation(type="list", formula1=f'"{",".join(MARKS)}"')
        check.error = "◎、○、△、× から選んでください"
        check.showErrorMessage = True
        check.allow_blank = True
        sheet.add_data_validation(check)
        letter = get_column_letter(ANSWER_COL)
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
    workbook.active = 1
    return save_workbook(workbook, stamp, title)


# ------------------------------------------------------------------ the answers


@dataclass(frozen=True)
class ProposalAnswers:
    """One proposer's answers read from a workbook."""

    name: str
    answers: tuple[Answer, ...]


def read_answers(
    data: bytes, file_name: str, content: Content
) -> tuple[ProposalAnswers | None, list[Problem]]:
    """Read one returned 機能要件確認表; the answers, or None and every problem found."""
    problems, problem = reporter(file_name)
    workbook = open_workbook(data, problem)
    if workbook is None:
        return None, problems
    if not _check_form(workbook, content, problem):
        return None, problems
    if SHEET not in workbook.sheetnames:
        problem(
            "",
            f"シート「{SHEET}」がありません。シートは削除・改名しないでください",
            f"the sheet {SHEET} is missing; do not delete or rename sheets",
        )
        return None, problems
    sheet = workbook[SHEET]
    name = _text(sheet[NAME_CELL].value)
    if not name:
        problem(
            f"{SHEET}!{NAME_CELL}", "提案者名の記入がありません", "the proposer's name is empty"
        )
    keys = {
        n: requirement_key(n, r.id) for n, r in enumerate(requirements_of(content.procurement), 1)
    }
    answers: list[Answer] = []
    seen: set[int] = set()
    expected = 1
    for row in range(HEAD + 1, sheet.max_row + 1):
        number = sheet.cell(row=row, column=KEY_COL).value
        if number is None:
            continue
        if number != expected:
            problem(
                f"{SHEET}!A{row}",
                f"この行の前で行が削除されています（{expected}番の要件の行がありません）。"
                "行は削除しないでください",
                f"a row was deleted before this one (requirement {expected} is missing); "
                "do not delete rows",
            )
        if isinstance(number, int):
            expected = number
            seen.add(number)
        expected += 1
        key = keys.get(number) if isinstance(number, int) else None
        if key is None:
            continue
        raw = sheet.cell(row=row, column=ANSWER_COL).value
        mark = _norm(raw)
        mark = MARK_ALIASES.get(mark, mark)
        where = f"{SHEET}!{get_column_letter(ANSWER_COL)}{row}"
        if not mark:
            problem(
                where,
                f"回答: 記入がありません（{key}）。◎、○、△、× のいずれかを選んでください",
                f"回答: empty ({key}); choose ◎, ○, △ or ×",
            )
            continue
        if mark not in MARKS:
            problem(
                where,
                f"回答: 一覧にない値です（{shown(raw)}。◎、○、△、× のいずれか）",
                f"回答: not one of ◎, ○, △, × ({shown(raw)})",
            )
            continue
        comment = _text(sheet.cell(row=row, column=COMMENT_COL).value) or None
        answers.append(Answer(requirement=key, mark=mark, comment=comment))  # type: ignore[arg-type]
    missing = [n for n in keys if n not in seen]
    if missing and not any("行が削除" in p.message.ja for p in problems):
        problem(
            SHEET,
            f"要件 {'、'.join(keys[n] for n in missing)} の行がありません。"
            "行は削除しないでください",
            f"the rows of {', '.join(keys[n] for n in missing)} are missing; do not delete rows",
        )
    if problems:
        return None, problems
    return ProposalAnswers(name, tuple(answers)), []


def _check_form(workbook: Workbook, content: Content, problem: Report) -> bool:
    if MARKER_SHEET not in workbook.sheetnames:
        problem(
            "",
            "機能要件確認表の様式ではありません（様式の目印がありません）",
            "not a 機能要件確認表 answer form (the form marker is missing)",
        )
        return False
    marker = workbook[MARKER_SHEET]
    form, rows = marker["B1"].value, marker["B2"].value
    if form != FORM:
        problem(
            f"{MARKER_SHEET}!B1",
            f"様式の版が違います（{form}。現在の様式は {FORM}）。新しい様式で回答してください",
            f"another version of the form ({form}; the current one is {FORM})",
        )
        return False
    if rows != fingerprint(content):
        problem(
            f"{MARKER_SHEET}!B2",
            "この様式を作った後に機能要件確認表の要件が変わっています（古い様式又は別の調達の様式）。"
            "gendocs requirements export で作り直した様式で回答してください",
            "the requirements changed since this form was made (an old form, or another "
            "procurement's); answer on a form exported now",
        )
        return False
    return True
