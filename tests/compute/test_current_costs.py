"""costs.current_costs: a member's 現行経費 written directly, instead of the survey's systems."""

from __future__ import annotations

import json
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from gendocs.cli import cli
from gendocs.compute.current import baseline
from gendocs.compute.inputs import inputs_from_content
from gendocs.errors import ContentError
from gendocs.load import load_content
from gendocs.validate import validate

MINIMAL = Path(__file__).resolve().parents[1] / "fixtures" / "minimal" / "content"


def _content(tmp_path: Path, entries: str, drop_survey: bool = True) -> Path:
    """The minimal fixture with ``entries`` as costs.current_costs, without takamori's survey."""
    folder = tmp_path / "content"
    shutil.copytree(MINIMAL, folder)
    costs = folder / "costs.yaml"
    costs.write_text(
        costs.read_text(encoding="utf-8") + "  current_costs:\n" + entries, encoding="utf-8"
    )
    if drop_survey:
        systems = folder / "systems.yaml"
        text = systems.read_text(encoding="utf-8")
        cut = re.sub(r"  - member: takamori\n(    .*\n)+", "", text, count=1)
        assert cut != text
        systems.write_text(cut, encoding="utf-8")
    return folder


def _costs_json(folder: Path) -> dict[str, object]:
    result = CliRunner().invoke(cli, ["costs", "--content", str(folder), "--format", "json"])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.output)
    return data


def test_a_yearly_figure_replaces_the_survey(tmp_path: Path) -> None:
    folder = _content(tmp_path, "  - {member: takamori, annual: 12000000}\n")
    inputs = inputs_from_content(validate(load_content(folder)))
    member = inputs.member("takamori")
    assert member.running == 12_000_000
    # live from 2028-04 (schedule.migrations): 12 months of 12,000,000 in 令和10年度
    assert baseline(member, 2028) == Decimal(12_000_000)


def test_a_breakdown_counts_like_its_sum(tmp_path: Path) -> None:
    annual = _content(tmp_path / "a", "  - {member: takamori, annual: 12000000}\n")
    items = _content(
        tmp_path / "b",
        "  - member: takamori\n    items:\n"
        "    - {name: 住民記録システム保守, annual: 5000000}\n"
        "    - {name: 税システム保守, annual: 7000000}\n",
    )
    assert inputs_from_content(validate(load_content(items))).member("takamori").running == (
        5_000_000 + 7_000_000
    )
    # no 制度改正対応 in the fixture's outlook, so one line or two give the same allocation
    assert _costs_json(annual) == _costs_json(items)


def test_a_member_going_live_in_october_compares_half_a_year(tmp_path: Path) -> None:
    folder = _content(tmp_path, "  - {member: anan, annual: 6000000}\n", drop_survey=False)
    member = inputs_from_content(validate(load_content(folder))).member("anan")
    assert baseline(member, 2028) == Decimal(3_000_000)  # 2028-10 to 2029-03: 6 of 12 months


@pytest.mark.parametrize(
    "entry",
    [
        "  - {member: takamori, annual: 1, items: [{name: 保守, annual: 1}]}\n",
        "  - {member: takamori}\n",
    ],
)
def test_annual_or_items_one_of_them(tmp_path: Path, entry: str) -> None:
    folder = _content(tmp_path, entry)
    with pytest.raises(ContentError) as caught:
        validate(load_content(folder))
    texts = [p.text() for p in caught.value.problems]
    assert any("costs.current_costs[0]: 現行経費は annual（年額）か items" in t for t in texts)


def test_without_a_survey_or_a_direct_figure_the_member_is_reported(tmp_path: Path) -> None:
    folder = _content(tmp_path, "  - {member: anan, annual: 1000}\n")
    with pytest.raises(ContentError) as caught:
        validate(load_content(folder))
    assert any(
        "構成団体「高森町」の現行システム調査が0件あります" in p.text()
        for p in caught.value.problems
    )
