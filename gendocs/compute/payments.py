"""年度別負担額: what each member pays in each fiscal year.

Without ``payment_profile`` a member pays each year the lines of that year. With it (C県's step
(6)), the member's total of the cost items and their guarantee adjustments is spread over the
years in proportion to its own lines of the profile item, so that the yearly amounts add up to
the total exactly; 加入負担金 and 事後精算 stay in the year they arise.
"""

from __future__ import annotations

from decimal import Decimal

from gendocs.compute.inputs import CostInputs
from gendocs.compute.lines import JOINING, SETTLEMENT, Line
from gendocs.compute.rounding import apportion

_AS_INCURRED = (JOINING, SETTLEMENT)


def yearly_payments(inputs: CostInputs, lines: tuple[Line, ...]) -> dict[str, dict[int, int]]:
    """Each member's payment in each fiscal year; their sum is the member's total."""
    if inputs.payment_profile is None:
        return _by_member_year(inputs, lines)
    spread_by = _by_member_year(inputs, [ln for ln in lines if ln.column not in _AS_INCURRED])
    profile = _by_member_year(inputs, [ln for ln in lines if ln.column == inputs.payment_profile])
    result = _by_member_year(inputs, [ln for ln in lines if ln.column in _AS_INCURRED])
    for member in inputs.members:
        own = profile[member.id] if any(profile[member.id].values()) else spread_by[member.id]
        weights = {str(year): Decimal(v) for year, v in own.items()}
        total = sum(spread_by[member.id].values())
        if total == 0:
            continue
        for year, amount in apportion(total, weights, inputs.policy).items():
            result[member.id][int(year)] += amount
    return result


def _by_member_year(
    inputs: CostInputs, lines: list[Line] | tuple[Line, ...]
) -> dict[str, dict[int, int]]:
    result = {m.id: dict.fromkeys(inputs.years, 0) for m in inputs.members}
    for line in lines:
        year = line.fiscal_year
        for member_id, amount in line.parts.items():
            result[member_id][year] += amount
    return result
