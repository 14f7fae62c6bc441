"""gendocs costs through click's CliRunner, on the sample consortium."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from gendocs.cli import cli
from gendocs.errors import UsageError

# 令和11年度 by hand: every member is live all year. 23 業務 cost 2,805,000 a month, × 12 =
# 33,660,000; 箱根町 does without 文書管理 (90,000): 2,715,000 × 12 = 32,580,000. So
# 13 × 33,660,000 + 32,580,000 = 470,160,000 of fees; + 組織運営費 36,000,000 + 移行費
# 50,000,000 = 556,160,000. 導入費用, the net 加入負担金 and 事後精算 are 0 (the sample's plan,
# dated 令和8年, has no 決算額 yet).
FEES_2029 = 470_160_000
TOTAL_2029 = 556_160_000


def _run(project_dir: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["costs", "--content", str(project_dir / "content"), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_the_table_of_one_year_shows_every_member_and_the_totals(project_dir: Path) -> None:
    output = _run(project_dir, "--year", "2029")
    assert "令和11年度（2029年度）の費用分担（円）" in output
    for name in ("葉山町", "愛川町", "清川村", "湯河原町"):
        assert f"│ {name}" in output
    assert "470,160,000" in output and "556,160,000" in output
    assert "…" not in output  # no amount is cut


def test_csv_lines_add_up_to_each_items_total(project_dir: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(_run(project_dir, "--format", "csv", "--no-bom"))))
    assert len(rows) == 14 * 5
    year = [r for r in rows if r["fiscal_year"] == "2029"]
    assert sum(int(r["サービス利用料"]) for r in year) == FEES_2029
    assert sum(int(r["合計"]) for r in year) == TOTAL_2029
    # 導入費用 150,000,000 in 令和10年度, split among the 13 members already in.
    assert sum(int(r["導入費用（初期設定・環境構築）"]) for r in rows) == 150_000_000
    # Every member's yearly payments add up to its total, and the totals to the grand total.
    assert sum(int(r["年度別負担額"]) for r in rows) == sum(int(r["合計"]) for r in rows)


def test_json_carries_the_rows_and_the_comparison(project_dir: Path) -> None:
    data = json.loads(_run(project_dir, "--format", "json", "--year", "2029"))
    assert data["years"] == [2029]
    assert data["total"] == TOTAL_2029
    assert sum(r["amounts"]["service"] for r in data["rows"]) == FEES_2029
    assert {e["member"] for e in data["effect"]} >= {"hayama", "aikawa"}


def test_csv_to_a_file_has_a_bom_for_excel(project_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "costs.csv"
    _run(project_dir, "--format", "csv", "--out", str(out))
    assert out.read_bytes().startswith("\ufeff".encode())
    assert out.read_text(encoding="utf-8-sig").startswith("fiscal_year,年度,member_id,団体名,")


def test_csv_on_stdout_is_the_same_bytes_as_in_a_file_bom_included(
    project_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "costs.csv"
    _run(project_dir, "--format", "csv", "--out", str(out))
    args = ["costs", "--content", str(project_dir / "content"), "--format", "csv"]
    shown = CliRunner().invoke(cli, args).stdout_bytes
    assert shown.startswith("\ufeff".encode()) and shown == out.read_bytes()
    plain = CliRunner().invoke(cli, [*args, "--no-bom"]).stdout_bytes
    assert plain.startswith(b"fiscal_year,") and plain == shown[len("\ufeff".encode()) :]


def test_a_year_outside_the_period_is_a_usage_error(project_dir: Path) -> None:
    result = CliRunner().invoke(
        cli, ["costs", "--content", str(project_dir / "content"), "--year", "2040"]
    )
    assert result.exit_code == UsageError.exit_code == 2
    assert result.stderr == "2040年度は試算期間（2028〜2032年度）の外です\n"
    assert result.stdout == ""
