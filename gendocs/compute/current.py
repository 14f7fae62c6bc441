"""現行経費: what each member's current systems cost, now and if they were kept.

* 現行経費 (pattern 1): the surveyed yearly running cost (運用経費 + 改修経費) of the systems the
  member replaces by the cloud, flat.
* 現行継続 (pattern 2): the same cost growing by the outlook's annual rate from the first year,
  plus the 制度改正対応 of each year per system, plus each system's 更新費用 in every year its
  renewal falls due (the renewal recurs with the cycle from 稼働日 to 更新予定日).

Months count in fiscal years (April to March). Amounts are exact Decimals here; the effect
module rounds each member-year to the yen.
"""

from __future__ import annotations

from decimal import Decimal

from gendocs.compute.inputs import CostInputs, MemberFacts, SystemFacts
from gendocs.model.base import YearMonth

MONTHS = 12


def fiscal_months(fiscal_year: int) -> range:
    """Month indices (see :attr:`YearMonth.index`) of April ``fiscal_year`` to March next year."""
    first = YearMonth(fiscal_year, 4).index
    return range(first, first + MONTHS)


def cloud_months(member: MemberFacts, fiscal_year: int) -> int:
    """Months of ``fiscal_year`` the member is on the cloud (from its go-live month)."""
    months = fiscal_months(fiscal_year)
    return max(0, months.stop - max(months.start, member.go_live.index))


def baseline(member: MemberFacts, fiscal_year: int) -> Decimal:
    """現行経費 for the months the member is on the cloud in ``fiscal_year``.

    The 最低削減率保証 and 削減額比例 compare a member's cloud shares with this amount.
    """
    return Decimal(member.running * cloud_months(member, fiscal_year)) / MONTHS


def current_cost(member: MemberFacts, fiscal_year: int) -> Decimal:
    """Pattern 1: the surveyed yearly running cost, flat."""
    del fiscal_year  # the same every year: that is what pattern 1 means
    return Decimal(member.running)


def keep_cost(inputs: CostInputs, member: MemberFacts, fiscal_year: int) -> Decimal:
    """Pattern 2: the cost of keeping the current systems in ``fiscal_year``."""
    return (
        _grown_running(inputs, member, fiscal_year)
        + _law_changes(inputs, member, fiscal_year)
        + sum(
            (Decimal(_renewals(s, fiscal_months(fiscal_year)) * s.renewal) for s in member.systems),
            Decimal(0),
        )
    )


def keep_before_go_live(inputs: CostInputs, member: MemberFacts, fiscal_year: int) -> Decimal:
    """The current systems' cost a member still bears in ``fiscal_year`` before its go-live.

    Running and 制度改正 costs count by the month; a renewal counts in full when it falls due
    before the go-live month.
    """
    before = MONTHS - cloud_months(member, fiscal_year)
    if before == 0:
        return Decimal(0)
    months = fiscal_months(fiscal_year)
    early = range(months.start, months.start + before)
    yearly = _grown_running(inputs, member, fiscal_year) + _law_changes(inputs, member, fiscal_year)
    return yearly * before / MONTHS + sum(
        (Decimal(_renewals(s, early) * s.renewal) for s in member.systems), Decimal(0)
    )


def _grown_running(inputs: CostInputs, member: MemberFacts, fiscal_year: int) -> Decimal:
    growth = (1 + inputs.outlook.annual_rate) ** (fiscal_year - inputs.years[0])
    return member.running * growth


def _law_changes(inputs: CostInputs, member: MemberFacts, fiscal_year: int) -> Decimal:
    per_system = sum(
        c.amount_per_system for c in inputs.outlook.law_changes if c.fiscal_year == fiscal_year
    )
    return Decimal(per_system * len(member.systems))


def _renewals(system: SystemFacts, months: range) -> int:
    """How many times ``system`` falls due for renewal within ``months``."""
    due, cycle = system.renewal_due.index, system.cycle_months
    if cycle <= 0:
        return int(due in months)
    if due < months.start:
        due += -(-(months.start - due) // cycle) * cycle  # the first renewal on or after start
    return len(range(due, months.stop, cycle))
