"""Small consortia for the cost-engine tests, stated in a few lines each."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from gendocs.compute.inputs import CostInputs, MemberFacts, SystemFacts
from gendocs.compute.rounding import RoundingPolicy
from gendocs.model.base import YearMonth
from gendocs.model.costs import CostItem, Share, YearAmount

FIRST = 2028


def member(
    member_id: str,
    *,
    population: int = 1000,
    running: int = 0,
    join: int = FIRST,
    go_live: str = "2028-04",
    services: tuple[str, ...] = ("juki",),
    systems: tuple[SystemFacts, ...] | None = None,
    later: bool = False,
) -> MemberFacts:
    """A member; ``running`` is its current yearly cost as one system that never renews."""
    if systems is None:
        systems = (SystemFacts(running, 0, YearMonth(2100, 1), 0),) if running else ()
    return MemberFacts(
        member_id,
        member_id.upper(),
        population,
        join,
        YearMonth.parse(go_live),
        services,
        systems,
        later,
    )


def shared(
    item_id: str,
    amounts: dict[int, int],
    *shares: tuple[str, str],
    kind: str = "組織運営費",
    guarantee: bool = False,
) -> CostItem:
    """A 按分 item: ``shares`` are (basis, weight) pairs such as ("均等割", "0.4")."""
    return CostItem(
        id=item_id,
        name=item_id,
        kind=kind,
        method="按分",  # type: ignore[arg-type]
        amounts=_amounts(amounts),
        guarantee=guarantee,
        shares=tuple(Share(basis=b, weight=Decimal(w)) for b, w in shares),
    )


def metered(item_id: str = "service", *, guarantee: bool = False) -> CostItem:
    """A 従量料金 item."""
    return CostItem(
        id=item_id, name=item_id, kind="運用費用", method="従量料金", guarantee=guarantee
    )


def by_saving(item_id: str, amounts: dict[int, int]) -> CostItem:
    """A 削減額比例 item."""
    return CostItem(
        id=item_id, name=item_id, kind="移行費", method="削減額比例", amounts=_amounts(amounts)
    )


def inputs(
    members: list[MemberFacts],
    items: list[CostItem],
    *,
    years: int = 1,
    unit: int = 1,
    rule: str = "切り捨て",
    remainder: str = "最大剰余",
    representative: str | None = None,
    **more: Any,
) -> CostInputs:
    """A consortium over ``years`` fiscal years from 2028."""
    policy = RoundingPolicy(unit, rule, remainder, representative)  # type: ignore[arg-type]
    return CostInputs(
        members=tuple(members),
        years=tuple(range(FIRST, FIRST + years)),
        items=tuple(items),
        policy=policy,
        **more,
    )


def _amounts(amounts: dict[int, int]) -> tuple[YearAmount, ...]:
    return tuple(YearAmount(fiscal_year=y, amount=a) for y, a in amounts.items())
