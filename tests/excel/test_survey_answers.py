"""The survey's 課題アンケート, 重視する点 and 大量帳票 sheets (lecture 2-1, points 4 and 6): out
in each member's workbook, answered with openpyxl as a clerk would (mistakes included), back in
with located problems, tallied in the 概要調査報告書 next to the renewal chart."""

from __future__ import annotations

import dataclasses
import zipfile
from datetime import date, datetime
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from ruamel.yaml import YAML

from gendocs.cli import cli
from gendocs.excel.survey import export_workbook, read_answers
from gendocs.model.systems import PrintJob, Priority, SurveyIssue
from gendocs.pipeline import build, load_and_prepare
from tests.conftest import SAMPLE_CONTENT, project_in
from tests.excel.calc import sheets_as_csv
from tests.golden import document_text


def _invoke(project_dir: Path, *args: str, lang: str = "ja") -> tuple[int, str]:
    result = CliRunner().invoke(
        cli, ["--lang", lang, "survey", *args, "--content", str(project_dir / "content")]
    )
    return result.exit_code, result.output


def _sample_surveys(project_dir: Path) -> list[dict]:
    """The surveys as the YAML has them (read without gendocs)."""
    text = (project_dir / "content" / "systems.yaml").read_text(encoding="utf-8")
    return list(YAML(typ="safe").load(text)["systems"]["surveys"])


def test_the_answer_sheets_are_exported_prefilled_typed_and_calc_reads_them(
    project_dir: Path, tmp_path: Path
) -> None:
    answers = tmp_path / "answers"
    code, output = _invoke(project_dir, "export", "--member", "hayama", "-o", str(answers))
    assert code == 0, output
    hayama = next(s for s in _sample_surveys(project_dir) if s["member"] == "hayama")
    sheets = sheets_as_csv(answers / "回答_葉山町.xlsx", tmp_path / "csv")
    jobs = sheets["大量帳票"]
    assert jobs[2][:6] == ["帳票名称", "業務", "用紙種別", "出力頻度", "出力時期", "年間出力枚数"]
    for row, job in zip(jobs[3:], hayama["print_jobs"], strict=False):
        assert row[0] == job["name"] and row[2] == job["paper"] and row[3] == job["frequency"]
        assert row[5] == str(job["sheets"])  # the number as Calc reads the typed cell
    assert jobs[3][1] == "固定資産税"  # the 業務 by its name, not its id
    issues = sheets["課題"]
    assert [r[2] for r in issues[3 : 3 + len(hayama["issues"])]] == [
        i["issue"] for i in hayama["issues"]
    ]
    points = sheets["重視する点"]
    assert [(r[0], r[1]) for r in points[3 : 3 + len(hayama["priorities"])]] == [
        (p["point"], p["level"]) for p in hayama["priorities"]
    ]
    workbook = load_workbook(answers / "回答_葉山町.xlsx")
    sheet = workbook["大量帳票"]
    assert sheet.protection.sheet and sheet["A3"].protection.locked
    assert not sheet["F20"].protection.locked  # a spare answer row
    assert isinstance(sheet["F4"].value, int) and sheet["F4"].number_format == "#,##0"
    lists = {
        str(v.sqref)[0]: v.formula1
        for v in sheet.data_validations.dataValidation
        if v.type == "list"
    }
    assert lists["C"] == '"専用紙,汎用紙,複写,圧着はがき,封筒,その他"'
    assert lists["D"] == '"毎日,毎週,毎月,四半期,半期,毎年,随時"'
    assert sheet.column_dimensions["G"].hidden  # the row numbers


def test_answers_with_mistakes_are_located_then_imported_and_tallied(
    project_dir: Path, tmp_path: Path
) -> None:
    answers = tmp_path / "answers"
    code, output = _invoke(project_dir, "export", "-o", str(answers))
    assert code == 0, output
    systems_yaml = project_dir / "content" / "systems.yaml"
    before = systems_yaml.read_bytes()
    hayama = answers / "回答_葉山町.xlsx"
    workbook = load_workbook(hayama)
    workbook["課題"]["A5"] = "制度"  # not in the drop-down
    workbook["課題"]["B4"] = "住基、固定資産税"  # 住基 is no 業務名
    workbook["重視する点"]["B6"] = None  # the weight cleared
    workbook["大量帳票"]["F4"] = "約1万3千枚"  # text in a number
    workbook["大量帳票"]["B6"] = "税務"  # one 業務 only, by its name
    workbook["大量帳票"].delete_rows(5)  # a deleted row
    workbook.save(hayama)
    samukawa = answers / "回答_寒川町.xlsx"
    workbook = load_workbook(samukawa)
    del workbook["重視する点"]  # a deleted sheet
    workbook.save(samukawa)

    code, output = _invoke(project_dir, "import", str(hayama), str(samukawa))
    assert code == 1, output
    lines = output.splitlines()

    def located(prefix: str, text: str) -> None:
        assert any(line.startswith(prefix) and text in line for line in lines), (prefix, output)

    located("回答_葉山町.xlsx:課題!A5: 区分: ", "一覧にない値です（「制度」")
    located(
        "回答_葉山町.xlsx:課題!B4: 関係する業務（「、」区切り）: ",
        "対象業務にない業務名です（住基）",
    )
    located("回答_葉山町.xlsx:重視する点!B6: 重要度: ", "記入がありません")
    located(
        "回答_葉山町.xlsx:大量帳票!F4: 年間出力枚数: ",
        "0以上の整数で入力してください（「約1万3千枚」）",
    )
    located("回答_葉山町.xlsx:大量帳票!B5: 業務: ", "対象業務にない業務名です（「税務」）")
    located("回答_葉山町.xlsx:大量帳票!A5: ", "行が削除されています（2行目の回答欄がありません）")
    located("回答_寒川町.xlsx: ", "シート「重視する点」がありません")
    assert "何も取り込んでいません" in lines[-1]
    assert systems_yaml.read_bytes() == before

    code, english = _invoke(project_dir, "import", str(hayama), lang="en")
    assert code == 1
    assert "回答_葉山町.xlsx:大量帳票!F4: 年間出力枚数: a whole number, 0 or more" in english

    # the member answers again on a fresh form, with one more 大量帳票 and one more 課題
    fresh = tmp_path / "fresh"
    _invoke(project_dir, "export", "--member", "hayama", "-o", str(fresh))
    workbook = load_workbook(fresh / "回答_葉山町.xlsx")
    jobs = workbook["大量帳票"]
    row = next(r for r in range(4, jobs.max_row + 1) if jobs.cell(row=r, column=1).value is None)
    for column, value in zip(
        "ABCDF", ["督促状", "固定資産税", "汎用紙", "毎月", 4321], strict=True
    ):
        jobs[f"{column}{row}"] = value
    issues = workbook["課題"]
    row = next(
        r for r in range(4, issues.max_row + 1) if issues.cell(row=r, column=1).value is None
    )
    issues[f"A{row}"], issues[f"C{row}"] = "体制", "夜間・休日の障害連絡体制がない"
    workbook.save(fresh / "回答_葉山町.xlsx")
    code, output = _invoke(project_dir, "import", str(fresh / "回答_葉山町.xlsx"))
    assert code == 0, output

    text = systems_yaml.read_text(encoding="utf-8")
    assert text.startswith("# 対象業務と現行システム概要調査。")  # comments kept
    assert "# surveys: 構成団体ごとの現行システム概要調査" in text
    surveys = _sample_surveys(project_dir)
    hayama_yaml = next(s for s in surveys if s["member"] == "hayama")
    assert hayama_yaml["print_jobs"][-1] == {
        "name": "督促状", "service": "kotei", "paper": "汎用紙", "frequency": "毎月",
        "sheets": 4321,
    }  # fmt: skip
    assert hayama_yaml["issues"][-1] == {
        "category": "体制",
        "issue": "夜間・休日の障害連絡体制がない",
    }
    original = _sample_surveys(SAMPLE_CONTENT.parent)
    assert [s for s in surveys if s["member"] != "hayama"] == [
        s for s in original if s["member"] != "hayama"
    ]

    # the report tallies what the YAML holds (summed here from the YAML, not by gendocs)
    (report,) = build(project_in(project_dir), ["survey_report"])
    text = document_text(report)
    jobs_all = [j for s in surveys for j in s.get("print_jobs", [])]
    assert f"年間{sum(j['sheets'] for j in jobs_all):,}枚" in text
    assert f"{len(jobs_all)}帳票" in text
    by_paper = sum(j["sheets"] for j in jobs_all if j["paper"] == "汎用紙")
    assert f"汎用紙\n{sum(j['paper'] == '汎用紙' for j in jobs_all)}\n{by_paper:,}\n" in text
    issues_all = [(s["member"], i) for s in surveys for i in s.get("issues", [])]
    assert f"{len(issues_all)}件の課題" in text
    assert "夜間・休日の障害連絡体制がない" in text
    structure = [i for _, i in issues_all if i["category"] == "体制"]
    assert f"\n体制\n{len(structure)}\n" in text
    with zipfile.ZipFile(report) as package:  # the renewal chart is in the report
        assert any(n.startswith("word/media/") for n in package.namelist())
    assert "図1　現行システムの更新予定と本稼働（団体別）" in text


def test_a_consortium_without_these_answers_says_so(project_dir: Path) -> None:
    systems_yaml = project_dir / "content" / "systems.yaml"
    yaml = YAML(typ="rt")
    data = yaml.load(systems_yaml.read_text(encoding="utf-8"))
    for survey in data["systems"]["surveys"]:
        for key in ("issues", "priorities", "print_jobs"):
            survey.pop(key, None)
    with systems_yaml.open("w", encoding="utf-8") as stream:
        yaml.dump(data, stream)
    (report,) = build(project_in(project_dir), ["survey_report"])
    text = document_text(report)
    assert "課題アンケートの回答はなかった。" in text
    assert "取組にあたって重視する点の回答はなかった。" in text
    assert "大量帳票の回答はなかった。" in text
    assert "件の課題" not in text


SAFE = (
    st.text(
        alphabet=st.sampled_from("あいう漢字カナABCxyz019=+-()（）・ "), min_size=1, max_size=12
    )
    .map(str.strip)
    .filter(bool)
)


def _choice(model: type, field: str) -> st.SearchStrategy[str]:
    from typing import get_type_hints

    from gendocs.model.base import literal_values

    return st.sampled_from([str(v) for v in literal_values(get_type_hints(model)[field]) or ()])


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_answer_sheets_round_trip_losslessly(data: st.DataObject) -> None:
    content = load_and_prepare(project_in(SAMPLE_CONTENT.parent)).content
    services = [s.id for s in content.systems.services]
    issues = tuple(
        SurveyIssue(
            category=data.draw(_choice(SurveyIssue, "category")),
            services=tuple(data.draw(st.lists(st.sampled_from(services), max_size=3))),
            issue=data.draw(SAFE),
            remedy=data.draw(st.none() | SAFE),
        )
        for _ in range(data.draw(st.integers(0, 4)))
    )
    priorities = tuple(
        Priority(
            point=data.draw(_choice(Priority, "point")),
            level=data.draw(_choice(Priority, "level")),
            reason=data.draw(st.none() | SAFE),
        )
        for _ in range(data.draw(st.integers(0, 4)))
    )
    jobs = tuple(
        PrintJob(
            name=data.draw(SAFE),
            service=data.draw(st.sampled_from(services)),
            paper=data.draw(_choice(PrintJob, "paper")),
            frequency=data.draw(_choice(PrintJob, "frequency")),
            timing=data.draw(st.none() | SAFE),
            sheets=data.draw(st.integers(0, 100_000_000)),
        )
        for _ in range(data.draw(st.integers(0, 20)))  # more than the spare rows
    )
    old = next(s for s in content.systems.surveys if s.member == "oi")
    survey = dataclasses.replace(
        old, as_of=date(2026, 6, 30), issues=issues, priorities=priorities, print_jobs=jobs
    )
    surveys = tuple(survey if s.member == "oi" else s for s in content.systems.surveys)
    changed = dataclasses.replace(
        content, systems=dataclasses.replace(content.systems, surveys=surveys)
    )
    workbook = export_workbook(changed, "oi", datetime(2026, 1, 1))
    answer, problems = read_answers(workbook, "回答_大井町.xlsx", changed)
    assert problems == []
    assert answer is not None and answer.survey == survey
