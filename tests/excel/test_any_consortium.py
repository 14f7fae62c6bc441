"""The workbooks work for any consortium from YAML alone (bench.synthetic), including a YAML
file that shares nodes through anchors (&id018 / *id018) between members."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from openpyxl import load_workbook

from bench.synthetic import make_consortium
from gendocs.cli import cli
from gendocs.compute import compute_costs
from gendocs.excel.survey import SHEET
from gendocs.pipeline import load_and_prepare
from gendocs.project import find_project

SAMPLE_MEMBERS = ["葉山町", "寒川町", "清川村"]


def _run(folder: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, [*args, "--content", str(folder / "content")])
    assert result.exit_code == 0, result.output
    return result.output


def test_costs_and_survey_for_a_synthetic_consortium(tmp_path: Path) -> None:
    make_consortium(4, tmp_path)
    content = load_and_prepare(find_project(tmp_path)).content
    costs = compute_costs(content)
    _run(tmp_path, "costs", "--format", "xlsx", "--out", str(tmp_path / "c.xlsx"))
    sheet = load_workbook(tmp_path / "c.xlsx")["団体×年度"]
    names = [sheet.cell(row=4 + i, column=1).value for i in range(4)]
    assert names == [m.name for m in content.members]
    assert not set(names) & set(SAMPLE_MEMBERS)
    first = content.members[0]
    assert sheet["B4"].value == costs.allocation.payments[first.id][costs.inputs.years[0]]

    answers = tmp_path / "answers"
    _run(tmp_path, "survey", "export", "-o", str(answers))
    systems_yaml = tmp_path / "content" / "systems.yaml"
    before = systems_yaml.read_bytes()
    files = sorted(str(p) for p in answers.iterdir())
    assert len(files) == 4
    _run(tmp_path, "survey", "import", *files)
    assert systems_yaml.read_bytes() == before  # unchanged answers change no byte

    second = content.members[1]
    workbook_path = answers / f"回答_{second.name}.xlsx"
    workbook = load_workbook(workbook_path)
    workbook[SHEET]["P5"] = 12_345
    workbook.save(workbook_path)
    _run(tmp_path, "survey", "import", str(workbook_path))
    after = load_and_prepare(find_project(tmp_path)).content
    for old, new in zip(content.systems.surveys, after.systems.surveys, strict=True):
        if old.member == second.id:
            assert new.systems[0].costs.annual_operation == 12_345
            assert new.systems[1:] == old.systems[1:]
        else:  # a node shared through an anchor did not change with it
            assert new == old
