"""逓減人口割 (B県's 経費逓減方式): a named basis computed from populations by brackets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from gendocs.compute.bases import tapered_population
from gendocs.compute.describe import describe_sharing
from gendocs.compute.inputs import inputs_from_content
from gendocs.errors import ContentError
from gendocs.load import load_content
from gendocs.model.costs import Bracket
from gendocs.validate import validate

BRACKETS = (
    Bracket(up_to=50_000, rate=Decimal(1)),
    Bracket(up_to=100_000, rate=Decimal("0.5")),
    Bracket(rate=Decimal("0.25")),
)

TAPERED = """  bases:
    - id: teigen
      name: 逓減人口割
      population_brackets:
        - {up_to: 10000, rate: 1}
        - {up_to: 30000, rate: 0.5}
        - {rate: 0.25}
"""


@pytest.mark.parametrize(
    ("population", "counted"),
    [
        (30_000, 30_000),  # all in the first bracket
        (50_000, 50_000),  # up to the bound itself
        (100_000, 75_000),  # 50,000 + 50,000 × 0.5
        (120_000, 80_000),  # 50,000 + 25,000 + 20,000 × 0.25
    ],
)
def test_the_population_is_counted_bracket_by_bracket(population: int, counted: int) -> None:
    assert tapered_population(population, BRACKETS) == counted


def _with_tapered_basis(project_dir: Path, brackets: str = TAPERED) -> Path:
    path = project_dir / "content" / "costs.yaml"
    text = path.read_text(encoding="utf-8")
    old = "      shares: [{basis: 人口割, weight: 1}]\n"
    assert text.count(old) == 1 and "\n  bases:" not in text, "the sample changed"
    text = text.replace(old, "      shares: [{basis: teigen, weight: 1}]\n")
    path.write_text(text.replace("\n  items:\n", "\n" + brackets + "  items:\n"), encoding="utf-8")
    return project_dir / "content"


def test_a_sample_item_shared_by_the_tapered_population(project_dir: Path) -> None:
    inputs = inputs_from_content(validate(load_content(_with_tapered_basis(project_dir))))
    values = inputs.bases["teigen"]
    assert values["samukawa"] == 24_587  # 48,348: 10,000 + 20,000 × 0.5 + 18,348 × 0.25
    assert values["hayama"] == 20_177  # 30,708: 10,000 + 10,000 + 708 × 0.25
    assert values["nakai"] == 8_902  # 8,902: first bracket only
    words = "".join(describe_sharing(inputs))
    assert (
        "逓減人口割は、人口のうち10,000人以下の部分に1、10,000人を超え30,000人以下の部分に0.5、"
        "30,000人を超える部分に0.25を乗じた数の合計"
    ) in words


@pytest.mark.parametrize(
    ("brackets", "message"),
    [
        (
            TAPERED.replace("        - {rate: 0.25}\n", ""),
            "上限（up_to）を省くのは最後の区分だけで、最後の区分には上限を書きません",
        ),
        (
            TAPERED.replace("{up_to: 30000, rate: 0.5}", "{up_to: 5000, rate: 0.5}"),
            "区分の上限は小さい順に並べる必要があります（[10000, 5000] が書かれています）",
        ),
        (
            TAPERED.replace(
                "      population_brackets:",
                "      values: {hayama: 1}\n      population_brackets:",
            ),
            "values（団体ごとの値）と population_brackets（逓減人口割の区分）"
            "のどちらか一方が必要です",
        ),
    ],
)
def test_bad_brackets_are_located_errors(project_dir: Path, brackets: str, message: str) -> None:
    with pytest.raises(ContentError) as caught:
        validate(load_content(_with_tapered_basis(project_dir, brackets)))
    (problem,) = caught.value.problems
    assert problem.key_path.startswith("costs.bases[0]")
    assert problem.location.file.endswith("costs.yaml")
    assert problem.message.ja == message
