"""事後精算: the difference between a year's budget and its actual cost, settled the next year.

The difference (決算額 − 予算額; negative when less was spent) is split in proportion to what
each member paid of that item in the settled year and added to the next year's shares.
"""

from __future__ import annotations

from decimal import Decimal

from gendocs.compute.inputs import CostInputs
from gendocs.compute.lines import SETTLEMENT, Line
from gendocs.compute.rounding import apportion


def settlement_lines(inputs: CostInputs, lines: tuple[Line, ...]) -> list[Line]:
    """One 事後精算 line per settlement with a difference."""
    result = []
    for settlement in inputs.settlements:
        difference = settlement.actual - settlement.budget
        paid = next(
            (
                line
                for line in lines
                if line.column == settlement.item and line.fiscal_year == settlement.fiscal_year
            ),
            None,
        )
        if difference == 0 or paid is None:
            continue
        weights = {k: Decimal(v) for k, v in paid.parts.items()}
        note = f"{inputs.item(settlement.item).name} {settlement.fiscal_year}"
        result.append(
            Line(
                SETTLEMENT,
                settlement.fiscal_year + 1,
                apportion(difference, weights, inputs.policy),
                note=note,
            )
        )
    return result
