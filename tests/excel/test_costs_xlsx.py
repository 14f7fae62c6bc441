"""gendocs costs --format xlsx [--member ID]: the workbooks hold the cost engine's figures, and
their totals, as LibreOffice Calc recalculates the formulas, equal the engine's totals."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from gendocs.cli import cli
from gendocs.compute import CostResult, compute_costs
from gendocs.pipeline import load_and_prepare
from tests.conftest import project_in
from tests.excel.calc import sheets_as_csv


def _run(project_dir: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["costs", "--content", str(project_dir / "content"), *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture()
def costs(project_dir: Path) -> CostResult:
    return compute_costs(load_and_prepare(project_in(project_dir)).content)


def _csv_rows(project_dir: Path) -> list[dict[str, str]]:
    """What ``gendocs costs --format csv`` prints: the figures the workbook must carry (the CSV
    starts with a BOM for Excel, on stdout as in a file)."""
    printed = _run(project_dir, "--format", "csv")
    assert printed.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(printed.removeprefix("\ufeff"))))


def test_the_consortium_workbook_totals_as_calc_computes_them(
    project_dir: Path, costs: CostResult, tmp_path: Path
) -> None:
    out = tmp_path / "負担金.xlsx"
    _run(project_dir, "--format", "xlsx", "--out", str(out))
    sheets = sheets_as_csv(out, tmp_path / "csv")
    assert list(sheets) == ["団体×年度", "団体×費目", "算定方法"]
    allocation = costs.allocation
    members = costs.inputs.members
    years = costs.inputs.years
    printed = _csv_rows(project_dir)

    by_year = sheets["団体×年度"]
    assert by_year[2] == ["団体名", "令和10年度", "令和11年度", "令和12年度", "令和13年度",
                          "令和14年度", "合計"]  # fmt: skip
    body, total = by_year[3 : 3 + len(members)], by_year[3 + len(members)]
    assert [r[0] for r in body] == [m.name for m in members]  # content order
    for row, member in zip(body, members, strict=True):
        paid = [int(r["年度別負担額"]) for r in printed if r["member_id"] == member.id]
        assert [int(v) for v in row[1:-1]] == paid
        assert int(row[-1]) == sum(paid) == allocation.member_total(member.id)
    assert total[0] == "合計"
    assert [int(v) for v in total[1:-1]] == [
        sum(int(r["年度別負担額"]) for r in printed if r["fiscal_year"] == str(y)) for y in years
    ]
    # the sample's five-year total: the vendor items, 組織運営費 and 移行費 of costs.yaml, with no
    # settlement since the 令和10年度 決算 left the sample (2,638,440,000 + 1,085,000)
    assert int(total[-1]) == allocation.grand_total() == 2_639_525_000

    by_item = sheets["団体×費目"]
    labels = [c.label for c in allocation.columns]
    assert by_item[2] == ["団体名", *labels, "合計"]
    body, total = by_item[3 : 3 + len(members)], by_item[3 + len(members)]
    for row, member in zip(body, members, strict=True):
        mine = [r for r in printed if r["member_id"] == member.id]
        assert [int(v) for v in row[1:-1]] == [sum(int(r[label]) for r in mine) for label in labels]
        assert int(row[-1]) == sum(int(r["合計"]) for r in mine)
    assert [int(v) for v in total[1:-1]] == [
        allocation.column_total(c.id) for c in allocation.columns
    ]
    assert int(total[-1]) == allocation.grand_total()
    # by hand from costs.yaml: 導入費用 150,000,000; the 加入負担金 the later member pays
    # is refunded to the others (joining_fee refund: true), so its column nets to 0
    assert int(total[1]) == 150_000_000
    assert int(total[1 + labels.index("加入負担金")]) == 0
    method = [r[0] for r in sheets["算定方法"]]
    assert any(line.startswith("（1）導入費用") for line in method)


def test_the_workbook_is_typed_formatted_frozen_and_a4(project_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "負担金.xlsx"
    _run(project_dir, "--format", "xlsx", "--out", str(out))
    workbook = load_workbook(out)
    sheet = workbook["団体×年度"]
    assert sheet.freeze_panes == "B4"
    assert sheet["A4"].value == "葉山町"
    assert sheet["B4"].value == 46_563_240 and isinstance(sheet["B4"].value, int)
    assert sheet["B4"].number_format == "#,##0"
    assert sheet["G4"].value == "=SUM(B4:F4)"
    assert sheet["B18"].value == "=SUM(B4:B17)" and sheet["B18"].number_format == "#,##0"
    assert sheet.page_setup.paperSize == 9  # A4 in OOXML's ST_PaperSize
    assert sheet.print_title_rows == "$1:$3"
    assert workbook.properties.creator == "神奈川県町村情報システム共同事業組合"


def test_the_same_content_gives_the_same_bytes(project_dir: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "1.xlsx", tmp_path / "2.xlsx"
    _run(project_dir, "--format", "xlsx", "--out", str(first))
    _run(project_dir, "--format", "xlsx", "--out", str(second))
    assert first.read_bytes() == second.read_bytes()
    created = load_workbook(first).properties.created
    assert created is not None and (created.year, created.month) != (1970, 1)


def test_one_members_workbook_by_year_and_item(
    project_dir: Path, costs: CostResult, tmp_path: Path
) -> None:
    out = tmp_path / "葉山町.xlsx"
    _run(project_dir, "--member", "hayama", "--format", "xlsx", "--out", str(out))
    sheets = sheets_as_csv(out, tmp_path / "csv")
    sheet = sheets["負担金"]
    assert sheet[0][0].startswith("葉山町")
    labels = [c.label for c in costs.allocation.columns]
    assert sheet[2] == ["年度", *labels, "合計", "年度別負担額"]
    mine = [r for r in _csv_rows(project_dir) if r["member_id"] == "hayama"]
    for row, printed in zip(sheet[3:8], mine, strict=True):
        assert row[0] == printed["年度"]
        assert [int(v) for v in row[1:]] == [
            *(int(printed[label]) for label in labels),
            int(printed["合計"]),
            int(printed["年度別負担額"]),
        ]
    total = sheet[8]
    assert total[0] == "合計"
    assert [int(v) for v in total[1:-2]] == [
        costs.allocation.amount("hayama", c.id) for c in costs.allocation.columns
    ]
    assert int(total[-2]) == int(total[-1]) == costs.allocation.member_total("hayama")
    assert "算定方法" in sheets


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--member", "nowhere", "--format", "xlsx"], "構成団体 nowhere はありません"),
        (["--member", "hayama"], "--member は --format xlsx または docx"),
        (["--format", "docx"], "--member（構成団体の ID）"),
    ],
)
def test_wrong_options_are_usage_errors(project_dir: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, ["costs", "--content", str(project_dir / "content"), *args])
    assert result.exit_code == 2
    assert message in result.output
