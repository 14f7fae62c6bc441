"""docs/costs.md's worked example matches what gendocs computes.

The example's input (the ``current_costs`` block) and its figures (the table between the
``example-figures`` markers, worked out by hand on that page) are read from the page itself, so
the page cannot drift from ``gendocs costs``.
"""

from __future__ import annotations

import json
import re
import shutil
from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner

from gendocs.cli import cli
from gendocs.compute.current import baseline
from gendocs.compute.inputs import inputs_from_content
from gendocs.load import load_content
from gendocs.validate import validate

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "costs.md"
MINIMAL = ROOT / "tests" / "fixtures" / "minimal" / "content"


def _page() -> tuple[str, dict[tuple[str, str], int]]:
    text = PAGE.read_text(encoding="utf-8")
    block = re.search(r"<!-- example-input -->\n```yaml\n(.*?)```", text, re.DOTALL)
    table = re.search(
        r"<!-- example-figures -->\n(.*?)<!-- end-example-figures -->", text, re.DOTALL
    )
    assert block and table, "docs/costs.md lost its example markers"
    figures = {}
    for line in table.group(1).splitlines()[2:]:
        member, figure, yen = (cell.strip() for cell in line.strip("|").split("|"))
        figures[member, figure] = int(yen.replace(",", ""))
    return block.group(1), figures


def test_the_worked_example_matches_gendocs_costs(tmp_path: Path) -> None:
    example, figures = _page()
    assert len(figures) >= 10
    content = tmp_path / "content"
    shutil.copytree(MINIMAL, content)
    costs = content / "costs.yaml"
    costs.write_text(costs.read_text(encoding="utf-8") + example, encoding="utf-8")

    result = CliRunner().invoke(cli, ["costs", "--content", str(content), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    effect = {e["member"]: e for e in data["effect"]}
    payments: dict[str, int] = {}
    for row in data["rows"]:
        payments[row["member"]] = payments.get(row["member"], 0) + row["payment"]
    inputs = inputs_from_content(validate(load_content(content)))

    for (member, figure), yen in figures.items():
        if figure == "payments":
            shown: object = payments[member]
        elif figure.startswith("base."):
            year = int(figure.split(".")[1])
            shown = baseline(inputs.member(member), year)
            assert shown == Decimal(yen), (member, figure)
            continue
        else:
            pattern, key = figure.split(".")
            shown = effect[member][pattern][key]
        assert shown == yen, (member, figure, shown, yen)
