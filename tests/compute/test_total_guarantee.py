"""最低削減率保証 on each member's 総負担 (costs.guarantee.scope: 総負担).

The allocation without the guarantee gives each member's burden; the rule, worked by hand here,
says what the guarantee must make of it: a member above (1 − X) × its 現行経費 pays exactly that,
and the excess goes to the others in proportion to their burden.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from gendocs.cli import cli

MINIMAL = Path(__file__).resolve().parents[1] / "fixtures" / "minimal" / "content"
# annual 現行経費, written directly; anan's is low, so its burden is above 70% of it
CURRENT = (
    "  current_costs:\n"
    "  - {member: takamori, annual: 120000000}\n"
    "  - {member: matsukawa, annual: 180000000}\n"
    "  - {member: anan, annual: 60000000}\n"
)


def _costs(tmp_path: Path, guarantee: str) -> dict[str, dict[int, int]]:
    """Each member's burden per year (the sum of its columns) from gendocs costs."""
    content = tmp_path / "content"
    shutil.copytree(MINIMAL, content)
    path = content / "costs.yaml"
    path.write_text(path.read_text(encoding="utf-8") + CURRENT + guarantee, encoding="utf-8")
    result = CliRunner().invoke(cli, ["costs", "--content", str(content), "--format", "json"])
    assert result.exit_code == 0, result.output
    burden: dict[str, dict[int, int]] = {}
    for row in json.loads(result.output)["rows"]:
        burden.setdefault(row["member"], {})[row["fiscal_year"]] = row["total"]
    return burden


def _columns(tmp_path: Path, member: str, columns: tuple[str, ...]) -> dict[int, int]:
    """The member's parts of ``columns`` and their adjustments, per year (last _costs run)."""
    result = CliRunner().invoke(
        cli, ["costs", "--content", str(tmp_path / "content"), "--format", "json"]
    )
    shares: dict[int, int] = {}
    for row in json.loads(result.output)["rows"]:
        if row["member"] == member:
            counted = [
                v for k, v in row["amounts"].items() if k in columns or k == "guarantee_total"
            ]
            shares[row["fiscal_year"]] = sum(counted)
    return shares


def test_over_the_whole_period(tmp_path: Path) -> None:
    before = _costs(tmp_path / "a", "")
    after = _costs(
        tmp_path / "b", "  guarantee: {min_saving: 0.3, scope: 総負担, period: 全期間}\n"
    )
    total = {m: sum(years.values()) for m, years in before.items()}
    # anan is live from 2028-10: 現行経費 for its months on the cloud over 令和10〜14年度 =
    # 60,000,000 × 6/12 + 60,000,000 × 4 = 270,000,000; 70% of it = 189,000,000
    cap = 189_000_000
    assert total["anan"] > cap  # the case the guarantee is for
    excess = total["anan"] - cap
    assert sum(after["anan"].values()) == cap
    # the others take the excess in proportion to their burden; the total stays the same
    free = total["takamori"] + total["matsukawa"]
    for member in ("takamori", "matsukawa"):
        share = excess * total[member] / free
        assert abs(sum(after[member].values()) - total[member] - share) < 1
    assert sum(sum(y.values()) for y in after.values()) == sum(total.values())
    # earlier years are untouched: the whole-period adjustment is in the last year
    for member in before:
        for year in (2028, 2029, 2030, 2031):
            assert after[member][year] == before[member][year]


def test_year_by_year_leaves_out_the_months_before_go_live(tmp_path: Path) -> None:
    rule = "  guarantee: {min_saving: 0.3, scope: 総負担, items: [service, organisation]}\n"
    after = _costs(tmp_path, rule)
    # 令和10年度: anan on the cloud 6 months → 70% × 30,000,000 = 21,000,000 at most for the
    # two counted items; 令和11年度 on: 70% × 60,000,000 = 42,000,000 at most each year
    shares = _columns(tmp_path, "anan", ("service", "organisation"))
    assert shares[2028] <= 21_000_000
    assert all(shares[y] <= 42_000_000 for y in (2029, 2030, 2031, 2032))
    assert after["anan"][2028] > shares[2028]  # 導入費用 and 移行費 are not counted


def test_a_guarantee_the_caps_cannot_hold_is_a_located_error(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(MINIMAL, content)
    path = content / "costs.yaml"
    rule = "  guarantee: {min_saving: 0.3, scope: 総負担}\n"  # 導入費用 counted in 令和10年度
    path.write_text(path.read_text(encoding="utf-8") + CURRENT + rule, encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", "--content", str(content)])
    assert result.exit_code == 1
    # caps in 令和10年度: anan 70% × 30,000,000, matsukawa 70% × 135,000,000 (9 months),
    # takamori 70% × 120,000,000
    assert (
        "costs.guarantee.min_saving: 令和10年度は、最低削減率30.0%を各団体の総負担に保証すると"
        "配分しきれず、" in result.stderr
    )
    assert "阿南町 21,000,000円、松川町 94,500,000円、高森町 84,000,000円" in result.stderr


@pytest.mark.parametrize("flag", ["guarantee: true"])
def test_items_take_no_flag_with_a_total_guarantee(tmp_path: Path, flag: str) -> None:
    content = tmp_path / "content"
    shutil.copytree(MINIMAL, content)
    path = content / "costs.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "    method: 従量料金\n", f"    method: 従量料金\n    {flag}\n"
    )
    path.write_text(text + "  guarantee: {min_saving: 0.3, scope: 総負担}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", "--content", str(content)])
    assert result.exit_code == 1
    assert "costs.items[1].guarantee: 最低削減率保証が総負担" in result.stderr
