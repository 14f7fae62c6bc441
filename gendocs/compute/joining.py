"""加入負担金: what a 後続団体 pays for the costs the others bore before it joined.

For each item the fee covers (``joining_fee.items``, by default the 導入費用 items) and each year
before the joiner's join year, the item is split again as if the joiner had been a member then.
The joiner pays ``rate`` × its exact share of that re-split (rounded once, by the rounding rule),
in its join year; with ``refund`` the fee goes back to the members who paid, in proportion to what
they paid above their re-split share.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from gendocs.compute.inputs import CostInputs, MemberFacts
from gendocs.compute.lines import JOINING, Line
from gendocs.compute.methods import share_weights
from gendocs.compute.rounding import CONTEXT, apportion, to_unit
from gendocs.model.costs import CostItem


def joining_lines(inputs: CostInputs, lines: tuple[Line, ...]) -> list[Line]:
    """One 加入負担金 line per 後続団体 that joins after the first year."""
    if inputs.joining_fee is None:
        return []
    result = []
    for joiner in inputs.members:
        if joiner.later and joiner.join_year > inputs.years[0]:
            line = _fee_line(inputs, joiner, lines)
            if line is not None:
                result.append(line)
    return result


def fee_items(inputs: CostInputs) -> tuple[CostItem, ...]:
    """The items a 加入負担金 covers."""
    assert inputs.joining_fee is not None
    named = inputs.joining_fee.items
    return tuple(
        i
        for i in inputs.items
        if (i.id in named if named else i.kind == "導入費用") and i.method == "按分"
    )


def _fee_line(inputs: CostInputs, joiner: MemberFacts, lines: tuple[Line, ...]) -> Line | None:
    assert inputs.joining_fee is not None
    would_pay = Decimal(0)
    overpaid: dict[str, Decimal] = defaultdict(Decimal)
    for line in _covered(inputs, joiner, lines):
        resplit = _resplit(inputs, inputs.item(line.column), line, joiner)
        would_pay += resplit[joiner.id]
        for member, part in line.parts.items():
            overpaid[member] += part - resplit[member]
    fee = to_unit(
        CONTEXT.multiply(inputs.joining_fee.rate, would_pay), inputs.policy.unit, inputs.policy.rule
    )
    if fee <= 0:
        return None
    parts = {joiner.id: fee}
    if inputs.joining_fee.refund:
        refunds = apportion(
            fee, {k: max(Decimal(0), v) for k, v in overpaid.items()}, inputs.policy
        )
        parts.update({k: -v for k, v in refunds.items()})
    return Line(JOINING, joiner.join_year, parts, note=joiner.name)


def _covered(inputs: CostInputs, joiner: MemberFacts, lines: tuple[Line, ...]) -> list[Line]:
    ids = {i.id for i in fee_items(inputs)}
    return [line for line in lines if line.column in ids and line.fiscal_year < joiner.join_year]


def _resplit(
    inputs: CostInputs, item: CostItem, line: Line, joiner: MemberFacts
) -> dict[str, Decimal]:
    """Each member's exact share of ``line`` had the joiner taken part (no rounding: only the
    fee and the refunds are rounded)."""
    members = tuple(m for m in inputs.members if m.id in line.parts) + (joiner,)
    weights = share_weights(inputs, item.shares, members)
    factor = CONTEXT.divide(Decimal(line.total), sum(weights.values(), Decimal(0)))
    return {k: CONTEXT.multiply(w, factor) for k, w in weights.items()}
