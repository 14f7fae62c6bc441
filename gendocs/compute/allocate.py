"""費用分担: apply each cost item's method, in the order the YAML lists the items.

The order is the composition. C県's six steps are three items and two settings:
(1) 従量料金 → (2) the item's ``guarantee`` caps it → (3) 組織運営費 by 均等割:人口割 = 4:6 →
(4) 移行費 by 削減額比例 (the saving left after the items above) → (5) each member's total is the
sum of its lines → (6) ``payment_profile`` spreads that total over the years like (1).

The 最低削減率保証 caps, year by year, the cumulative cost of the items marked ``guarantee``
(this one and any marked above it) at (1 − X) × the member's 現行経費 for its months on the cloud;
items not marked are outside the guarantee.
After the items come the 加入負担金 of 後続団体 and the 事後精算 of past years.

A member takes part from its join year: every item of a year is split among the members that
have joined by then, so a 後続団体's arrival re-splits everyone's shares from that year on.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from gendocs import ja
from gendocs.compute.current import baseline, cloud_months
from gendocs.compute.errors import AllocationError, Finding
from gendocs.compute.guarantee import Shortfall, apply_caps, caps_for, shortfall
from gendocs.compute.inputs import CostInputs, MemberFacts
from gendocs.compute.joining import joining_lines
from gendocs.compute.lines import (
    JOINING,
    SETTLEMENT,
    TOTAL_GUARANTEE,
    Allocation,
    Column,
    Line,
)
from gendocs.compute.methods import EmptyBasisError, metered_parts, saving_weights, share_weights
from gendocs.compute.payments import yearly_payments
from gendocs.compute.rounding import ZeroBasisError, apportion
from gendocs.compute.settlement import settlement_lines
from gendocs.errors import Msg
from gendocs.model.costs import CostItem, Share


@dataclass
class _Ledger:
    """What has been charged so far, while the items are applied in order."""

    lines: list[Line] = field(default_factory=list)
    charged: dict[tuple[str, int], int] = field(default_factory=lambda: defaultdict(int))
    guaranteed: dict[tuple[str, int], int] = field(default_factory=lambda: defaultdict(int))
    findings: list[Finding] = field(default_factory=list)
    # Members only ever join, so the number taking part names the set: cache weights by it.
    weights: dict[tuple[tuple[Share, ...], int], dict[str, Decimal]] = field(default_factory=dict)
    baselines: dict[tuple[str, int], Decimal] = field(default_factory=dict)

    def share_weights(
        self, inputs: CostInputs, shares: tuple[Share, ...], members: tuple[MemberFacts, ...]
    ) -> dict[str, Decimal]:
        key = (shares, len(members))
        if key not in self.weights:
            self.weights[key] = share_weights(inputs, shares, members)
        return self.weights[key]

    def baseline(self, member: MemberFacts, year: int) -> Decimal:
        key = (member.id, year)
        if key not in self.baselines:
            self.baselines[key] = baseline(member, year)
        return self.baselines[key]

    def add(self, line: Line, guaranteed: bool = False) -> None:
        self.lines.append(line)
        for member, amount in line.parts.items():
            self.charged[member, line.fiscal_year] += amount
            if guaranteed:
                self.guaranteed[member, line.fiscal_year] += amount

    def charged_over_period(self, member: str, years: tuple[int, ...]) -> int:
        return sum(self.charged.get((member, y), 0) for y in years)


def allocate(inputs: CostInputs) -> Allocation:
    """Split every cost item among the members; raise :class:`AllocationError` if impossible."""
    ledger = _Ledger()
    for index, item in enumerate(inputs.items):
        _apply_item(inputs, index, item, ledger)
    for line in _total_guarantee_lines(inputs, ledger):
        ledger.add(line)
    item_lines = tuple(ledger.lines)
    for line in joining_lines(inputs, item_lines) + settlement_lines(inputs, item_lines):
        ledger.add(line)
    if ledger.findings:
        raise AllocationError(ledger.findings)
    lines = tuple(ledger.lines)
    return Allocation(
        tuple(m.id for m in inputs.members),
        inputs.years,
        columns(inputs, lines),
        lines,
        yearly_payments(inputs, lines),
    )


def active_members(inputs: CostInputs, fiscal_year: int) -> tuple[MemberFacts, ...]:
    """The members taking part in the sharing of ``fiscal_year``."""
    return tuple(m for m in inputs.members if m.join_year <= fiscal_year)


def columns(inputs: CostInputs, lines: tuple[Line, ...]) -> tuple[Column, ...]:
    """The table's columns: each item, its guarantee adjustment, then fees and settlements."""
    used = {line.column for line in lines}
    result: list[Column] = []
    for item in inputs.items:
        result.append(Column(item.id, item.name, "item", item.id))
        if guarantee_column(item) in used:
            result.append(
                Column(guarantee_column(item), f"{item.name}の保証調整", "guarantee", item.id)
            )
    if TOTAL_GUARANTEE in used:
        result.append(Column(TOTAL_GUARANTEE, "最低削減率保証の調整", "guarantee"))
    if JOINING in used:
        result.append(Column(JOINING, "加入負担金", "joining"))
    if SETTLEMENT in used:
        result.append(Column(SETTLEMENT, "事後精算", "settlement"))
    return tuple(result)


def guarantee_column(item: CostItem) -> str:
    """The id of the column holding an item's 最低削減率保証 adjustment."""
    return f"{item.id}:guarantee"


def _apply_item(inputs: CostInputs, index: int, item: CostItem, ledger: _Ledger) -> None:
    savings = _savings(inputs, ledger) if item.method == "削減額比例" else {}
    amounts = {a.fiscal_year: a.amount for a in item.amounts}
    for year in inputs.years:
        line = _item_line(inputs, index, item, year, amounts, savings, ledger)
        if line is None:
            continue
        guaranteed = item.guarantee and inputs.min_saving is not None
        adjustment = _guarantee_line(inputs, item, line, ledger) if guaranteed else None
        ledger.add(line, guaranteed)
        if adjustment is not None:
            ledger.add(adjustment, guaranteed)


def _item_line(
    inputs: CostInputs,
    index: int,
    item: CostItem,
    year: int,
    amounts: dict[int, int],
    savings: dict[str, Decimal],
    ledger: _Ledger,
) -> Line | None:
    members = active_members(inputs, year)
    if item.method == "従量料金":
        return Line(item.id, year, metered_parts(inputs, members, year))
    if year not in amounts:
        return None
    try:
        weights = (
            ledger.share_weights(inputs, item.shares, members)
            if item.method == "按分"
            else {m.id: savings[m.id] for m in members}
        )
        return Line(item.id, year, apportion(amounts[year], weights, inputs.policy))
    except (ZeroBasisError, EmptyBasisError) as err:
        ledger.findings.append(_empty_basis(index, item, year, err))
        return None


def _savings(inputs: CostInputs, ledger: _Ledger) -> dict[str, Decimal]:
    baselines = {
        m.id: sum((ledger.baseline(m, y) for y in inputs.years), Decimal(0)) for m in inputs.members
    }
    charged = {m.id: ledger.charged_over_period(m.id, inputs.years) for m in inputs.members}
    return saving_weights(baselines, charged, inputs.members)


def _guarantee_line(inputs: CostInputs, item: CostItem, line: Line, ledger: _Ledger) -> Line:
    assert inputs.min_saving is not None
    keep = 1 - inputs.min_saving
    allowed = {
        m.id: keep * ledger.baseline(m, line.fiscal_year)
        - ledger.guaranteed[m.id, line.fiscal_year]
        for m in inputs.members
        if m.id in line.parts
    }
    caps = caps_for(allowed, inputs.policy.unit)
    problem = shortfall(line.parts, caps)
    if problem is not None:
        ledger.findings.append(_shortfall(inputs, item, line.fiscal_year, problem))
        return Line(guarantee_column(item), line.fiscal_year, {k: 0 for k in line.parts})
    capped = apply_caps(line.parts, caps, inputs.policy)
    return Line(
        guarantee_column(item), line.fiscal_year, {k: capped[k] - line.parts[k] for k in line.parts}
    )


def _total_guarantee_lines(inputs: CostInputs, ledger: _Ledger) -> list[Line]:
    """最低削減率保証 on each member's 総負担 (``guarantee.scope: 総負担``).

    A member's burden is the sum of its parts of the counted items (all, or ``guarantee.items``)
    in a year, or over the period; its cap is (1 − X) × its 現行経費 for the same years: for its
    months on the cloud (``before_go_live: 対象外``; a year without one is not counted), or in full
    for every year it takes part in (``対象``). Above the cap the excess goes to the other members
    in proportion to their burden, as for one item; the adjustment is a line of its own (in the
    last year when the whole period is compared).
    """
    rule = inputs.guarantee
    if rule is None or rule.scope != "総負担":
        return []
    counted = set(rule.items) or {i.id for i in inputs.items}
    burden: dict[tuple[str, int], int] = defaultdict(int)
    for line in ledger.lines:
        if line.column in counted or line.column.split(":")[0] in counted:
            for member, amount in line.parts.items():
                burden[member, line.fiscal_year] += amount
    full = rule.before_go_live == "対象"

    def counts(member: MemberFacts, year: int) -> bool:
        return member.join_year <= year and (full or cloud_months(member, year) > 0)

    def base(member: MemberFacts, year: int) -> Decimal:
        return Decimal(member.running) if full else ledger.baseline(member, year)

    periods = (
        [(y, (y,)) for y in inputs.years]
        if rule.period == "年度ごと"
        else [(inputs.years[-1], inputs.years)]
    )
    keep = 1 - rule.min_saving
    lines = []
    for at, years in periods:
        members = [m for m in inputs.members if any(counts(m, y) for y in years)]
        parts = {m.id: sum(burden[m.id, y] for y in years if counts(m, y)) for m in members}
        if sum(parts.values()) <= 0:
            continue
        allowed = {
            m.id: keep * sum((base(m, y) for y in years if counts(m, y)), Decimal(0))
            for m in members
        }
        caps = caps_for(allowed, inputs.policy.unit)
        problem = shortfall(parts, caps)
        if problem is not None:
            ledger.findings.append(_total_shortfall(inputs, years, problem))
            continue
        capped = apply_caps(parts, caps, inputs.policy)
        change = {k: capped[k] - parts[k] for k in parts}
        if any(change.values()):
            lines.append(Line(TOTAL_GUARANTEE, at, change))
    return lines


def _total_shortfall(inputs: CostInputs, years: tuple[int, ...], problem: Shortfall) -> Finding:
    assert inputs.guarantee is not None
    names = {m.id: m.name for m in inputs.members}
    rate = ja.format_percent(inputs.guarantee.min_saving)
    span = (
        ja.fiscal_year_label(years[0])
        if len(years) == 1
        else f"{ja.fiscal_year_label(years[0])}〜{ja.fiscal_year_label(years[-1])}"
    )
    caps = "、".join(f"{names[k]} {ja.format_yen(problem.caps[k])}" for k in problem.members)
    ids = ", ".join(f"{k} {problem.caps[k]}" for k in problem.members)
    return ("costs", "guarantee", "min_saving"), Msg(
        f"{span}は、最低削減率{rate}を各団体の総負担に保証すると配分しきれず、"
        f"{ja.format_yen(problem.yen)}不足します（各団体の上限: {caps}）",
        f"{years[0]}–{years[-1]}: with the {rate} guarantee on the total burden the caps fall "
        f"{problem.yen} yen short (caps: {ids})",
    )


def _shortfall(inputs: CostInputs, item: CostItem, year: int, problem: Shortfall) -> Finding:
    assert inputs.min_saving is not None
    names = {m.id: m.name for m in inputs.members}
    rate, fy = ja.format_percent(inputs.min_saving), ja.fiscal_year_label(year)
    caps = "、".join(f"{names[k]} {ja.format_yen(problem.caps[k])}" for k in problem.members)
    ids = ", ".join(f"{k} {problem.caps[k]}" for k in problem.members)
    total = sum(problem.caps[k] for k in problem.members) + problem.yen
    return ("costs", "guarantee", "min_saving"), Msg(
        f"{fy}は、最低削減率{rate}を保証すると{item.name}（総額{ja.format_yen(total)}）を配分"
        f"しきれず、{ja.format_yen(problem.yen)}不足します（各団体の上限: {caps}）",
        f"{year}: with the {rate} guarantee '{item.id}' ({total} yen) cannot be placed; the caps "
        f"of {', '.join(problem.members)} fall {problem.yen} yen short (caps: {ids})",
    )


def _empty_basis(index: int, item: CostItem, year: int, err: ValueError) -> Finding:
    fy = ja.fiscal_year_label(year)
    if isinstance(err, EmptyBasisError) or item.method == "按分":
        k = err.index if isinstance(err, EmptyBasisError) else 0
        basis = item.shares[k].basis
        return ("costs", "items", index, "shares", k, "basis"), Msg(
            f"{fy}の参加団体は、按分基準「{basis}」の値がすべて0のため、{item.name}を按分できません",
            f"{year}: every member taking part has 0 under '{basis}', so '{item.id}' cannot be "
            "split",
        )
    return ("costs", "items", index, "method"), Msg(
        f"{fy}は、削減額のある団体がないため、{item.name}を削減額比例で配分できません",
        f"{year}: no member has a saving, so '{item.id}' cannot be split by savings",
    )
