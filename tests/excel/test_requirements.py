"""gendocs requirements: the 機能要件確認表 cycle with real files. A 標準仕様書 list (CSV, and an
.xlsx with mistakes) imported into content; the answer form exported, read back by LibreOffice
Calc; proposers' answers filled with openpyxl (mistakes included: an unknown mark, an empty
answer, a deleted row, no name, an old form, another workbook), every problem located in one run
and nothing written; fixed, imported; the sample's answers are the fixtures' workbooks; the
scores follow the 評価基準書 against hand arithmetic (tests/compute/test_fitgap.py)."""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner
from openpyxl import Workbook, load_workbook
from ruamel.yaml import YAML

from gendocs.cli import cli
from tests.excel.calc import sheets_as_csv

FIXTURES = Path(__file__).parent / "fixtures" / "requirements"
SAMPLE_ANSWERS = {
    "sagami": FIXTURES / "回答_相模クラウドサービス.xlsx",
    "shonan": FIXTURES / "回答_湘南システムズ.xlsx",
}


def _invoke(project_dir: Path, *args: str, lang: str = "ja") -> tuple[int, str]:
    result = CliRunner().invoke(
        cli, ["--lang", lang, "requirements", *args, "--content", str(project_dir / "content")]
    )
    return result.exit_code, result.output


def _load(path: Path) -> dict:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8"))


def _requirements(project_dir: Path) -> list[dict]:
    return _load(project_dir / "content" / "procurement.yaml")["procurement"]["spec"][
        "requirements"
    ]


def _snapshot(content_dir: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(content_dir.rglob("*.yaml"))}


# ------------------------------------------------------------------ the 標準仕様書's list


def test_import_of_a_standard_list_adds_its_rows_and_keeps_the_yaml(project_dir: Path) -> None:
    before = _requirements(project_dir)
    procurement = project_dir / "content" / "procurement.yaml"
    # the sample's proposers answered the table as it is: new rows would leave them unanswered
    code, output = _invoke(
        project_dir, "import", str(FIXTURES / "住民記録_機能要件.csv"), "--service", "juki"
    )
    assert code == 1
    assert (
        "fitgap.yaml:12:9: fitgap.proposals[0].answers: 相模クラウドサービス株式会社の回答に要件 "
        "0010001、0010002、0020001、0020005 がありません" in output
    )
    # the table is imported before it goes out to the proposers
    (project_dir / "content" / "fitgap.yaml").unlink()
    comments = [
        line for line in procurement.read_text(encoding="utf-8").splitlines() if "#" in line
    ]
    code, output = _invoke(
        project_dir, "import", str(FIXTURES / "住民記録_機能要件.csv"), "--service", "juki"
    )
    assert code == 0, output
    assert "4件" in output and "実装不可機能 1件は除外" in output
    after = _requirements(project_dir)
    assert after[: len(before)] == before  # the rows without a 機能ID stay as they were
    assert after[len(before) :] == [
        {
            "id": "0010001",
            "service": "juki",
            "function": "住民票の記載事項を住民ごとに管理できること。",
            "required": True,
            "kind": "標準",
        },
        {
            "id": "0010002",
            "service": "juki",
            "function": "異動の履歴（異動事由、異動日及び届出日）を保持し、照会できること。",
            "required": True,
            "kind": "標準",
        },
        {
            "id": "0020001",
            "service": "juki",
            "function": "氏名（カナ・漢字）、生年月日又は住所の一部により住民を検索できること。",
            "required": True,
            "kind": "標準",
        },
        {
            "id": "0020005",
            "service": "juki",
            "function": "旧氏及び通称による検索ができること。",
            "required": False,
            "kind": "オプション",
        },
    ]
    text = procurement.read_text(encoding="utf-8")
    assert all(line in text for line in comments)  # ruamel round trip: every comment stays
    # a second import of the same list changes nothing (rows are matched by 機能ID)
    code, output = _invoke(
        project_dir, "import", str(FIXTURES / "住民記録_機能要件.csv"), "--service", "juki"
    )
    assert code == 0, output
    assert procurement.read_text(encoding="utf-8") == text
    # the content builds (validate), and the row with its 機能ID is answered by that id
    result = CliRunner().invoke(cli, ["validate", "--content", str(project_dir / "content")])
    assert result.exit_code == 0, result.output


def _bad_list(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "機能要件"
    sheet.append(["住民記録システム標準仕様書 機能・帳票要件"])
    sheet.append(["機能ID", "業務", "機能名称", "機能要件", "実装区分", "必須"])
    sheet.append(
        ["0010001", "住民基本台帳", "管理", "住民票を管理できること。", "実装必須機能", "○"]
    )
    sheet.append([None, "住民基本台帳", "照会", "照会できること。", "実装必須機能", "○"])  # no id
    sheet.append(["0010001", "住民基本台帳", "重複", "重複した機能IDの行。", "実装必須機能", "○"])
    sheet.append(["0010003", "住民基本台帳", "区分", "区分が誤り。", "推奨", "○"])
    sheet.append(["0010004", "水道料金", "業務", "対象業務にない業務。", "標準", "○"])
    sheet.append(["0010005", "住民基本台帳", "必須", "必須の欄が誤り。", "標準", "要"])
    sheet.append(["0010006", "住民基本台帳", "要件", None, "標準", "○"])
    book.save(path)


def test_a_bad_list_reports_every_row_located_and_writes_nothing(
    project_dir: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "機能要件.xlsx"
    _bad_list(bad)
    before = _snapshot(project_dir / "content")
    code, output = _invoke(project_dir, "import", str(bad))
    assert code == 1
    lines = output.strip().splitlines()
    assert lines == [  # gendocs lists problems by place (cell name order)
        "機能要件.xlsx:機能要件!A4: 機能ID: 記入がありません",
        "機能要件.xlsx:機能要件!A5: 機能ID: 「0010001」が重複しています（3行目と同じ）",
        "機能要件.xlsx:機能要件!B7: 業務: 対象業務にない業務です（「水道料金」）",
        "機能要件.xlsx:機能要件!D9: 要件: 記入がありません",
        "機能要件.xlsx:機能要件!E6: 実装区分: 「標準」（実装必須機能）か「オプション」"
        "（標準オプション機能）で書いてください（「推奨」）",
        "機能要件.xlsx:機能要件!F8: 必須: 「○」（必須）か「×」（任意）で書いてください（「要」）",
        "6件の誤りがあります。何も取り込んでいません。",
    ]
    assert _snapshot(project_dir / "content") == before
    code, output = _invoke(project_dir, "import", str(bad), lang="en")
    assert code == 1
    assert "機能要件.xlsx:機能要件!F8: 必須: ○ (mandatory) or × (optional) (要)" in output
    assert "6 problem(s); nothing was imported." in output


# ------------------------------------------------------------------ the answer form


def test_the_answer_form_is_protected_and_calc_reads_the_content(
    project_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    code, output = _invoke(project_dir, "export", "-o", str(out))
    assert code == 0, output
    form = out / "機能要件確認表.xlsx"
    rows = _requirements(project_dir)
    services = {
        s["id"]: s["name"]
        for s in _load(project_dir / "content" / "systems.yaml")["systems"]["services"]
    }
    sheets = sheets_as_csv(form, tmp_path / "csv")
    assert set(sheets) >= {"記入方法", "機能要件確認表"}
    table = sheets["機能要件確認表"]
    assert table[4][:8] == ["番号", "機能ID", "業務", "機能", "実装区分", "必須", "回答", "補足"]
    shown = [r[:8] for r in table[5 : 5 + len(rows)]]
    assert shown == [
        [
            str(n),
            "",
            services[r["service"]],
            r["function"],
            "",
            "○" if r["required"] else "",
            "",
            "",
        ]
        for n, r in enumerate(rows, 1)
    ]
    guide = [r[0] for r in sheets["記入方法"] if r]
    assert guide[2:6] == [  # the marks and points of the 評価基準書 (content's fit_scores)
        "\u3000◎\u3000標準機能で対応可能（3点）",
        "\u3000○\u3000代替手段（運用）で対応可能（2点）",
        "\u3000△\u3000カスタマイズで対応可能（0.5点）",
        "\u3000×\u3000対応不可（0点）",
    ]
    assert "・必須の要件に「×」と回答した提案は失格となります。" in [
        r[0] for r in sheets["記入方法"] if r
    ]
    book = load_workbook(form)
    sheet = book["機能要件確認表"]
    assert sheet.protection.sheet and book["記入方法"].protection.sheet
    assert not sheet["C3"].protection.locked  # the proposer's name
    assert not sheet["G6"].protection.locked and not sheet["H6"].protection.locked
    assert sheet["D6"].protection.locked and sheet["B6"].protection.locked
    (check,) = sheet.data_validations.dataValidation
    assert check.formula1 == '"◎,○,△,×"'
    assert str(check.sqref) == f"G6:G{5 + len(rows)}"
    assert book["form"].sheet_state == "hidden"
    # same content, same bytes
    again = tmp_path / "again"
    _invoke(project_dir, "export", "-o", str(again))
    assert (again / "機能要件確認表.xlsx").read_bytes() == form.read_bytes()


def _fill(form: Path, marks: str, name: str | None = "株式会社テスト") -> Workbook:
    book = load_workbook(form)
    sheet = book["機能要件確認表"]
    sheet["C3"] = name
    for i, mark in enumerate(marks):
        sheet.cell(row=6 + i, column=7, value=None if mark == " " else mark)
    return book


def test_answers_with_mistakes_are_all_located_then_the_fixed_ones_are_read(
    project_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    _invoke(project_dir, "export", "-o", str(out))
    form = out / "機能要件確認表.xlsx"
    # proposer a: an unknown mark (G8), an empty answer (G10), no name; 〇 (U+3007) is ○
    a = _fill(form, "◎〇?△ ◎◎○◎◎◎", name=None)
    a["機能要件確認表"]["G8"] = "OK"
    a.save(tmp_path / "a.xlsx")
    # proposer b: the row of requirement 4 deleted
    b = _fill(form, "◎◎◎◎◎◎◎◎◎◎◎")
    b["機能要件確認表"].protection.sheet = False
    b["機能要件確認表"].delete_rows(9)
    b.save(tmp_path / "b.xlsx")
    # proposer c: a form made before the 機能要件確認表 changed
    old = _fill(form, "◎◎◎◎◎◎◎◎◎◎◎")
    old["form"]["B2"] = "0123456789abcdef"
    old.save(tmp_path / "c.xlsx")
    # proposer d: another workbook altogether
    other = Workbook()
    other.active["A1"] = "見積書"
    other.save(tmp_path / "d.xlsx")
    before = _snapshot(project_dir / "content")
    code, output = _invoke(
        project_dir,
        "answers",
        f"vendor_a={tmp_path / 'a.xlsx'}",
        f"vendor_b={tmp_path / 'b.xlsx'}",
        f"vendor_c={tmp_path / 'c.xlsx'}",
        f"vendor_d={tmp_path / 'd.xlsx'}",
    )
    assert code == 1
    assert output.strip().splitlines() == [
        "a.xlsx:機能要件確認表!C3: 提案者名の記入がありません",
        "a.xlsx:機能要件確認表!G10: 回答: 記入がありません（5）。◎、○、△、× のいずれかを選んで"
        "ください",
        "a.xlsx:機能要件確認表!G8: 回答: 一覧にない値です（「OK」。◎、○、△、× のいずれか）",
        "b.xlsx:機能要件確認表!A9: この行の前で行が削除されています（4番の要件の行がありません）。"
        "行は削除しないでください",
        "c.xlsx:form!B2: この様式を作った後に機能要件確認表の要件が変わっています（古い様式又は"
        "別の調達の様式）。gendocs requirements export で作り直した様式で回答してください",
        "d.xlsx: 機能要件確認表の様式ではありません（様式の目印がありません）",
        "6件の誤りがあります。何も取り込んでいません。",
    ]
    assert _snapshot(project_dir / "content") == before
    # fixed: a's answers are read, 〇 as ○, with the comment
    a = _fill(form, "◎〇○△×◎◎○◎◎◎")
    a["機能要件確認表"]["H7"] = "設定で対応する"
    a.save(tmp_path / "a.xlsx")
    code, output = _invoke(
        project_dir, "answers", f"vendor_a={tmp_path / 'a.xlsx'}", "--date", "2027-07-30"
    )
    assert code == 0, output
    data = _load(project_dir / "content" / "fitgap.yaml")["fitgap"]
    (mine,) = [p for p in data["proposals"] if p["id"] == "vendor_a"]
    assert mine["name"] == "株式会社テスト"
    assert str(mine["answered"]) == "2027-07-30"
    assert [a["mark"] for a in mine["answers"]] == list("◎○○△×◎◎○◎◎◎")
    assert mine["answers"][1]["comment"] == "設定で対応する"
    assert [a["requirement"] for a in mine["answers"]] == [str(n) for n in range(1, 12)]
    # × on requirement 5 (固定資産税, 必須) under 失格
    code, output = _invoke(project_dir, "score")
    assert code == 0, output
    assert "vendor_a\t株式会社テスト\t◎6 ○3 △1 ×1\t24.5/33\t失格（必須要件に×: 5）" in output


def test_the_sample_answers_are_the_fixture_workbooks(project_dir: Path, tmp_path: Path) -> None:
    """content/fitgap.yaml's proposals are what the checked-in workbooks hold, as Calc reads
    them and as gendocs imports them."""
    target = project_dir / "content" / "fitgap.yaml"
    sample = _load(target)["fitgap"]
    for proposal in sample["proposals"]:
        sheet = sheets_as_csv(SAMPLE_ANSWERS[proposal["id"]], tmp_path / proposal["id"])
        table = sheet["機能要件確認表"]
        assert table[2][2] == proposal["name"]
        answered = [r for r in table[5:] if r and r[0]]
        assert [(r[0], r[6], r[7]) for r in answered] == [
            (a["requirement"], a["mark"], a.get("comment", "")) for a in proposal["answers"]
        ]
    target.unlink()  # the answers, then the register written after the selection
    code, output = _invoke(
        project_dir,
        "answers",
        *(f"{k}={p}" for k, p in SAMPLE_ANSWERS.items()),
        "--date",
        "2027-07-30",
    )
    assert code == 0, output
    assert _load(target)["fitgap"]["proposals"] == sample["proposals"]


def test_the_fixture_workbooks_answer_the_sample_form_of_today(tmp_path: Path) -> None:
    """Regenerate them (make_answers.py) when the sample's 機能要件確認表 changes."""
    from tests.excel.fixtures.requirements.make_answers import ANSWERS, filled

    for file, name, rows in ANSWERS.values():
        ours = load_workbook(io.BytesIO(filled(name, rows)))["form"]["B2"].value
        theirs = load_workbook(FIXTURES / file)["form"]["B2"].value
        assert ours == theirs, file


# ------------------------------------------------------------------ the Fit & Gap register


def test_the_register_round_trips_and_reports_bad_rows(project_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, output = _invoke(project_dir, "register", "export", "-o", str(out))
    assert code == 0, output
    register = out / "Fit&Gap登録簿.xlsx"
    target = project_dir / "content" / "fitgap.yaml"
    decisions = _load(target)["fitgap"]["decisions"]
    members = _load(project_dir / "content" / "members.yaml")["members"]
    # Calc reads one row per gap (3) and member (14), with the content's decisions
    table = sheets_as_csv(register, tmp_path / "csv")["Fit&Gap"]
    rows = [r for r in table[3:] if r and r[0]]
    assert len(rows) == 3 * len(members) == len(decisions)
    names = {m["id"]: m["name"] for m in members}
    assert [(r[0], r[5], r[6], r[7], r[8], r[9]) for r in rows] == [
        (
            d["requirement"],
            names[d["member"]],
            d["decision"],
            d["reason"],
            d["decided_by"],
            d["date"].strftime("%m/%d/%Y"),  # Calc writes dates in its en-US locale
        )
        for d in decisions
    ]
    # unchanged, it imports to the same YAML
    before = target.read_bytes()
    code, output = _invoke(project_dir, "register", "import", str(register))
    assert code == 0, output
    assert target.read_bytes() == before
    # a clerk's mistakes: an unknown 対応, a date as 「R9.11」, an empty 理由
    book = load_workbook(register)
    sheet = book["Fit&Gap"]
    sheet["G4"] = "検討中"
    sheet["J5"] = "R9.11"
    sheet["H6"] = None
    book.save(tmp_path / "filled.xlsx")
    code, output = _invoke(project_dir, "register", "import", str(tmp_path / "filled.xlsx"))
    assert code == 1
    assert output.strip().splitlines() == [
        "filled.xlsx:Fit&Gap!G4: 対応: 一覧にない値です（「検討中」。運用で対応、カスタマイズ、"
        "対応不可 のいずれか）",
        "filled.xlsx:Fit&Gap!H6: 理由: 記入がありません",
        "filled.xlsx:Fit&Gap!J5: 決定日: 日付ではありません（「R9.11」）。2027/11/12 のように"
        "入力してください",
        "3件の誤りがあります。何も取り込んでいません。",
    ]
    assert target.read_bytes() == before
    # a row cleared is a gap not decided yet: the register imports without it, and the
    # アプリケーション要件定義書 lists the member as 未決定 (tests/compute/test_fitgap.py)
    book = load_workbook(register)
    for column in "GHIJ":
        book["Fit&Gap"][f"{column}7"] = None
    book.save(tmp_path / "cleared.xlsx")
    code, output = _invoke(project_dir, "register", "import", str(tmp_path / "cleared.xlsx"))
    assert code == 0, output
    after = _load(target)["fitgap"]["decisions"]
    assert after == decisions[:3] + decisions[4:]
