"""gendocs survey export / import: the full cycle with real workbooks. Export for the sample,
answer with openpyxl as a clerk would (with the usual mistakes), import and see every problem
located, fix, import, and use the content; LibreOffice Calc opens the workbooks."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from gendocs.cli import cli
from gendocs.excel.survey import MARKER_SHEET, SHEET, export_workbook, read_answers
from gendocs.model.systems import CurrentSystem, Survey, SystemCosts
from gendocs.pipeline import build, load_and_prepare
from tests.conftest import SAMPLE_CONTENT, project_in
from tests.excel.calc import sheets_as_csv
from tests.golden import document_text


def _invoke(project_dir: Path, *args: str, lang: str = "ja") -> tuple[int, str]:
    result = CliRunner().invoke(
        cli, ["--lang", lang, "survey", *args, "--content", str(project_dir / "content")]
    )
    return result.exit_code, result.output


def _calc_date(text: str) -> date:
    """A date as Calc writes it to CSV (its en-US default, the cell's value, not its format)."""
    return datetime.strptime(text, "%m/%d/%Y").date()


def _export(project_dir: Path, folder: Path) -> None:
    code, output = _invoke(project_dir, "export", "-o", str(folder))
    assert code == 0, output


def test_export_writes_one_workbook_per_member_that_calc_opens(
    project_dir: Path, tmp_path: Path
) -> None:
    answers = tmp_path / "answers"
    _export(project_dir, answers)
    content = load_and_prepare(project_in(project_dir)).content
    assert sorted(p.name for p in answers.iterdir()) == sorted(
        f"回答_{m.name}.xlsx" for m in content.members
    )
    hayama = next(s for s in content.systems.surveys if s.member == "hayama")
    sheets = sheets_as_csv(answers / "回答_葉山町.xlsx", tmp_path / "csv")
    rows = sheets[SHEET]
    assert _calc_date(rows[1][2]) == hayama.as_of
    first = rows[4]
    assert first[0] == hayama.systems[0].id and first[1] == hayama.systems[0].name
    assert first[14] == str(hayama.systems[0].costs.build)  # the yen, as Calc reads the cell
    assert _calc_date(first[10]) == hayama.systems[0].in_service
    workbook = load_workbook(answers / "回答_葉山町.xlsx")
    sheet = workbook[SHEET]
    assert sheet.protection.sheet and not sheet["B5"].protection.locked
    assert sheet["A4"].protection.locked  # headings are not answers
    assert isinstance(sheet["O5"].value, int) and sheet["O5"].number_format == "#,##0"
    assert isinstance(sheet["K5"].value, datetime)
    lists = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert lists and lists[0].formula1 == '"自己開発,共同開発,パッケージ,その他"'
    assert workbook[MARKER_SHEET].sheet_state == "hidden"
    again = tmp_path / "again"
    _invoke(project_dir, "export", "--member", "hayama", "-o", str(again))
    assert (again / "回答_葉山町.xlsx").read_bytes() == (answers / "回答_葉山町.xlsx").read_bytes()


def test_the_full_cycle_with_a_clerks_mistakes(project_dir: Path, tmp_path: Path) -> None:
    answers = tmp_path / "answers"
    _export(project_dir, answers)
    systems_yaml = project_dir / "content" / "systems.yaml"
    before = systems_yaml.read_bytes()

    hayama = answers / "回答_葉山町.xlsx"
    workbook = load_workbook(hayama)
    sheet = workbook[SHEET]
    sheet["O5"] = "約1億7千万円"  # text in an amount
    sheet["K6"] = "R8.4"  # a date as the clerk writes it
    sheet["E7"] = "クラウド"  # not in the drop-down
    sheet["A9"], sheet["B9"] = "kintai", "庶務事務システム"  # a new system, half filled in
    workbook.save(hayama)
    samukawa = answers / "回答_寒川町.xlsx"
    workbook = load_workbook(samukawa)
    workbook[SHEET].delete_rows(6)  # a deleted row
    workbook.save(samukawa)
    oiso = answers / "回答_大磯町.xlsx"
    workbook = load_workbook(oiso)
    workbook[MARKER_SHEET]["B1"] = "gendocs-survey-0"  # an older form
    workbook.save(oiso)
    renamed = answers / "回答_中井町.xlsx"
    shutil.copy(answers / "回答_二宮町.xlsx", renamed)  # another member's workbook

    code, output = _invoke(
        project_dir, "import", str(hayama), str(samukawa), str(oiso), str(renamed)
    )
    assert code == 1, output
    lines = output.splitlines()

    def located(prefix: str, text: str) -> None:
        assert any(line.startswith(prefix) and text in line for line in lines), (prefix, output)

    located("回答_葉山町.xlsx:現行システム!O5: 8 構築費（円）: ", "金額は円単位の0以上の整数")
    located("回答_葉山町.xlsx:現行システム!K6: 6 稼働日: ", "日付ではありません（「R8.4」）")
    located("回答_葉山町.xlsx:現行システム!E7: 2 開発形態: ", "一覧にない値です（「クラウド」")
    located("回答_葉山町.xlsx:現行システム!C9: 1 所管課: ", "記入がありません")
    located(
        "回答_寒川町.xlsx:現行システム!A6: ", "行が削除されています（2行目の回答欄がありません）"
    )
    located("回答_大磯町.xlsx:form!B1: ", "様式の版が違います")
    located("回答_中井町.xlsx: ", "二宮町の回答様式です")
    assert lines[-1].startswith("回答に") and "何も取り込んでいません" in lines[-1]
    assert systems_yaml.read_bytes() == before  # nothing written

    code, english = _invoke(project_dir, "import", str(hayama), lang="en")
    assert code == 1
    assert any(
        line.startswith("回答_葉山町.xlsx:現行システム!K6: 6 稼働日: not a date")
        for line in english.splitlines()
    ), english

    # the clerk fixes the workbook; the unreadable ones are sent again
    workbook = load_workbook(hayama)
    sheet = workbook[SHEET]
    sheet["O5"] = 180_000_000
    sheet["P5"] = 30_000_000
    sheet["K6"] = datetime(2026, 4, 1)
    sheet["E7"] = "パッケージ"
    for column, value in zip(
        "CDEGHIKLMNOPQRS",
        [
            "総務課",
            "人事給与",
            "パッケージ",
            "クラウド",
            "事業者データセンター",
            "LGWAN",
            datetime(2025, 4, 1),
            datetime(2030, 3, 31),
            "湘南情報システム株式会社",
            "職員1名",
            1_000_000,
            200_000,
            0,
            900_000,
            "ヘルプデスク",
        ],
        strict=True,
    ):
        sheet[f"{column}9"] = value
    workbook.save(hayama)
    code, output = _invoke(project_dir, "import", str(hayama))
    assert code == 0, output

    text = systems_yaml.read_text(encoding="utf-8")
    assert text.startswith("# 対象業務と現行システム概要調査。")  # comments kept
    assert before.decode().split("  surveys:")[0] == text.split("  surveys:")[0]
    content = load_and_prepare(project_in(project_dir)).content
    survey = next(s for s in content.systems.surveys if s.member == "hayama")
    assert survey.systems[0].costs.build == 180_000_000
    assert survey.systems[1].in_service == date(2026, 4, 1)
    assert survey.systems[-1] == CurrentSystem(
        id="kintai", name="庶務事務システム", department="総務課", services=("jinji",),
        development="パッケージ", configuration="クラウド", location="事業者データセンター",
        network="LGWAN", in_service=date(2025, 4, 1), renewal_due=date(2030, 3, 31),
        vendor="湘南情報システム株式会社", operation="職員1名",
        costs=SystemCosts(build=1_000_000, annual_operation=200_000, annual_modification=0,
                          renewal=900_000),
        maintenance=("ヘルプデスク",),
    )  # fmt: skip
    others = [s for s in content.systems.surveys if s.member != "hayama"]
    original = load_and_prepare(project_in(_sample(tmp_path))).content
    assert others == [s for s in original.systems.surveys if s.member != "hayama"]
    # the imported content builds: the plan lists every current system with its yearly cost
    (plan,) = build(project_in(project_dir), ["plan"])
    text = document_text(plan)
    assert "庶務事務システム" in text
    yearly = 30_000_000 + survey.systems[0].costs.annual_modification
    assert f"{yearly:,}" in text


def _sample(tmp_path: Path) -> Path:
    folder = tmp_path / "sample"
    if not folder.exists():
        shutil.copytree(SAMPLE_CONTENT, folder / "content")
    return folder


SAFE = (
    st.text(
        alphabet=st.sampled_from("あいう漢字カナABCxyz019=+-()（）・ "), min_size=1, max_size=12
    )
    .map(str.strip)
    .filter(bool)
)
IDS = st.from_regex(r"[a-z][a-z0-9_]{0,8}", fullmatch=True)
DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))
YENS = st.integers(min_value=0, max_value=10**12)


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_export_then_import_is_lossless(data: st.DataObject) -> None:
    content = load_and_prepare(project_in(SAMPLE_CONTENT.parent)).content
    services = [s.id for s in content.systems.services]
    ids = data.draw(st.lists(IDS, min_size=1, max_size=5, unique=True))
    systems = tuple(
        CurrentSystem(
            id=i,
            name=data.draw(SAFE),
            department=data.draw(SAFE),
            services=tuple(data.draw(st.lists(st.sampled_from(services), min_size=1, max_size=4))),
            development=data.draw(
                st.sampled_from(["自己開発", "共同開発", "パッケージ", "その他"])
            ),
            package=data.draw(st.none() | SAFE),
            configuration=data.draw(SAFE),
            location=data.draw(SAFE),
            network=data.draw(SAFE),
            integrations=tuple(data.draw(st.lists(st.sampled_from(ids), max_size=2))),
            in_service=data.draw(DATES),
            renewal_due=data.draw(DATES),
            vendor=data.draw(SAFE),
            operation=data.draw(SAFE),
            costs=SystemCosts(
                build=data.draw(YENS),
                annual_operation=data.draw(YENS),
                annual_modification=data.draw(YENS),
                renewal=data.draw(YENS),
            ),
            maintenance=tuple(data.draw(st.lists(SAFE, min_size=1, max_size=3))),
        )  # fmt: skip
        for i in ids
    )
    survey = Survey(member="oi", as_of=data.draw(DATES), systems=systems)
    surveys = tuple(s for s in content.systems.surveys if s.member != "oi") + (survey,)
    changed = dataclasses.replace(
        content, systems=dataclasses.replace(content.systems, surveys=surveys)
    )
    workbook = export_workbook(changed, "oi", datetime(2026, 1, 1))
    answer, problems = read_answers(workbook, "回答_大井町.xlsx", changed)
    assert problems == []
    assert answer is not None and answer.survey == survey


def test_what_only_content_validation_catches_is_reported_and_nothing_written(
    project_dir: Path, tmp_path: Path
) -> None:
    answers = tmp_path / "answers"
    _invoke(project_dir, "export", "--member", "kaisei", "-o", str(answers))
    systems_yaml = project_dir / "content" / "systems.yaml"
    before = systems_yaml.read_bytes()
    workbook = load_workbook(answers / "回答_開成町.xlsx")
    workbook[SHEET]["B5"] = "長" * 101  # a system name is at most 100 characters
    workbook.save(answers / "回答_開成町.xlsx")
    code, output = _invoke(project_dir, "import", str(answers / "回答_開成町.xlsx"))
    assert code == 1, output
    assert "systems.yaml:" in output and "gendocs-survey-" not in output  # the real file
    assert "何も取り込んでいません" in output.splitlines()[-1]
    assert systems_yaml.read_bytes() == before


def test_a_file_that_is_not_a_workbook_is_one_located_problem(
    project_dir: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "回答_葉山町.xlsx"
    broken.write_text("住民記録システム,町民課\n", encoding="utf-8")
    code, output = _invoke(project_dir, "import", str(broken))
    assert code == 1, output
    assert output.splitlines()[0].startswith(
        "回答_葉山町.xlsx: Excel ブック（.xlsx）として読めません"
    )
    assert "Traceback" not in output


def test_answers_are_never_imported_into_the_bundled_sample(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no content/ here: gendocs would use its own sample
    (tmp_path / "回答_葉山町.xlsx").write_bytes(b"")
    result = CliRunner().invoke(cli, ["survey", "import", "回答_葉山町.xlsx"])
    assert result.exit_code == 2
    assert "同梱のサンプルには取り込みません" in result.output


def test_what_the_survey_does_not_ask_is_kept_on_import(project_dir: Path, tmp_path: Path) -> None:
    """A system's 延長・再リース (bridging) is the secretariat's decision, not an answer: importing
    the member's changed workbook keeps it, and an unchanged workbook changes no byte."""
    systems_yaml = project_dir / "content" / "systems.yaml"
    text = systems_yaml.read_text(encoding="utf-8")
    first = "          maintenance: [帳票出力, 納付書封入封緘, ヘルプデスク]\n"
    assert text.count(first) >= 1
    bridging = "          bridging: {method: 延長, amount: 68390000}\n"
    systems_yaml.write_text(text.replace(first, first + bridging, 1), encoding="utf-8")
    answers = tmp_path / "answers"
    _export(project_dir, answers)
    before = systems_yaml.read_bytes()
    code, output = _invoke(project_dir, "import", *map(str, sorted(answers.iterdir())))
    assert code == 0, output
    assert systems_yaml.read_bytes() == before

    hayama = answers / "回答_葉山町.xlsx"
    workbook = load_workbook(hayama)
    workbook[SHEET]["P5"] = 12_345  # the first system's yearly operation cost
    workbook.save(hayama)
    code, output = _invoke(project_dir, "import", str(hayama))
    assert code == 0, output
    after = load_and_prepare(project_in(project_dir)).content.systems.surveys[0].systems[0]
    assert after.costs.annual_operation == 12_345
    assert after.bridging is not None and after.bridging.amount == 68_390_000
