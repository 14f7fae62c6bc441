"""The facts the cost engine needs, gathered once from the content model.

The engine works on :class:`CostInputs`, not on the whole :class:`~gendocs.model.Content`, so that
tests, the benchmark and property tests can state a consortium in a few lines.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from gendocs import ja
from gendocs.compute.bases import tapered_population
from gendocs.compute.rounding import RoundingPolicy
from gendocs.model import Content
from gendocs.model.base import YearMonth
from gendocs.model.costs import (
    Basis,
    Bracket,
    CostItem,
    Guarantee,
    JoiningFee,
    Outlook,
    Settlement,
)
from gendocs.model.organisation import joining_group as group_of
from gendocs.model.systems import CurrentSystem


@dataclass(frozen=True)
class SystemFacts:
    """A current system as the outlook sees it."""

    running: int  # 年間運用経費 + 年間改修経費
    renewal: int  # 更新（更改）時の費用
    renewal_due: YearMonth  # 次の更新月
    cycle_months: int  # 更新の周期（稼働から更新予定までの月数）; 0 = once


@dataclass(frozen=True)
class MemberFacts:
    """A member as the cost engine sees it."""

    id: str
    name: str
    population: int
    join_year: int  # first fiscal year it takes part in the sharing
    go_live: YearMonth  # first month on the cloud
    services: tuple[str, ...]  # 業務 it uses on the cloud
    systems: tuple[SystemFacts, ...] = ()
    later: bool = False  # 後続団体

    @property
    def running(self) -> int:
        """The yearly running cost of its current systems (現行経費)."""
        return sum(s.running for s in self.systems)


@dataclass(frozen=True)
class CostInputs:
    """Everything an allocation and a comparison read."""

    members: tuple[MemberFacts, ...]
    years: tuple[int, ...]
    items: tuple[CostItem, ...]
    prices: Mapping[str, int] = field(default_factory=dict)
    bases: Mapping[str, Mapping[str, Decimal]] = field(default_factory=dict)
    basis_names: Mapping[str, str] = field(default_factory=dict)
    basis_brackets: Mapping[str, tuple[Bracket, ...]] = field(default_factory=dict)  # 逓減人口割
    policy: RoundingPolicy = RoundingPolicy()
    min_saving: Decimal | None = None
    guarantee: Guarantee | None = None
    joining_fee: JoiningFee | None = None
    settlements: tuple[Settlement, ...] = ()
    payment_profile: str | None = None
    outlook: Outlook = Outlook(annual_rate=Decimal(0))
    member_term: str = "構成団体"  # consortium.terms.member, as the 算定方法 names the members

    def member(self, member_id: str) -> MemberFacts:
        """The member with ``member_id``."""
        return next(m for m in self.members if m.id == member_id)

    def item(self, item_id: str) -> CostItem:
        """The cost item with ``item_id``."""
        return next(i for i in self.items if i.id == item_id)


def inputs_from_content(content: Content) -> CostInputs:
    """Gather the cost facts of validated ``content``."""
    costs = content.costs
    years = tuple(range(costs.start_fiscal_year, costs.start_fiscal_year + costs.years))
    rounding = costs.rounding
    index = _MemberIndex(content)
    members = tuple(_member(content, index, m, years[0]) for m in content.members)
    return CostInputs(
        members=members,
        years=years,
        items=costs.items,
        prices={p.service: p.monthly for p in costs.service_prices},
        bases={b.id: basis_table(b, members) for b in costs.bases},
        basis_names={b.id: b.name for b in costs.bases},
        basis_brackets={b.id: b.population_brackets for b in costs.bases if b.population_brackets},
        policy=RoundingPolicy(
            rounding.unit,
            rounding.rule,
            rounding.remainder,
            content.consortium.representative,
            tie_order(content),
            rounding.tie,
        ),
        min_saving=costs.guarantee.min_saving if costs.guarantee else None,
        guarantee=costs.guarantee,
        joining_fee=costs.joining_fee,
        settlements=costs.settlements,
        payment_profile=costs.payment_profile,
        outlook=costs.outlook,
        member_term=content.consortium.terms.member,
    )


def joining_group(content: Content, member: Any) -> str:
    """先行 or 後続: as written, or from the joining date (後続 when it falls in a fiscal year
    after ``costs.start_fiscal_year``). Any number of start waves is written as joining dates
    (each member's sharing starts in the fiscal year of its date) and go-live months."""
    return group_of(member.joining, content.costs.start_fiscal_year)


def tie_order(content: Content) -> tuple[str, ...]:
    """The members in the order ``costs.rounding.tie`` gives equal remainders (empty: by id)."""
    tie = content.costs.rounding.tie
    if tie == "名簿順":
        return tuple(m.id for m in content.members)
    if tie == "人口順":
        ranked = sorted(content.members, key=lambda m: (-m.population.value, m.id))
        return tuple(m.id for m in ranked)
    if tie == "代表団体":
        return (content.consortium.representative,)
    return ()


def basis_table(basis: Basis, members: tuple[MemberFacts, ...]) -> dict[str, Decimal]:
    """Each member's value under a named basis: as given, or its population tapered by brackets."""
    if basis.values is not None:
        return dict(basis.values)
    return {m.id: tapered_population(m.population, basis.population_brackets) for m in members}


class _MemberIndex:
    """Each member's usage, go-live month, directly written costs and survey, by member id.

    Looked up once per member: a scan of every list per member made the cost inputs quadratic
    in the members (issue 17). The first entry of a member wins, as the scans it replaces did.
    """

    def __init__(self, content: Content) -> None:
        self.usage = _first_by_member(content.systems.usage)
        self.migrations = _first_by_member(content.schedule.migrations)
        self.current_costs = _first_by_member(content.costs.current_costs)
        self.surveys = _first_by_member(content.systems.surveys)


def _first_by_member(entries: tuple[Any, ...]) -> dict[str, Any]:
    index: dict[str, Any] = {}
    for entry in entries:
        index.setdefault(entry.member, entry)
    return index


def _member(content: Content, index: _MemberIndex, member: Any, first_year: int) -> MemberFacts:
    usage = index.usage[member.id]
    go_live = index.migrations[member.id].month
    used = set(usage.services)
    later = joining_group(content, member) == "後続"
    direct = index.current_costs.get(member.id)
    if direct is not None:  # written directly: no renewal, each line one system
        due = YearMonth(first_year, 4)
        lines = [i.annual for i in direct.items] if direct.items else [direct.annual or 0]
        systems = tuple(SystemFacts(amount, 0, due, 0) for amount in lines)
    else:
        survey = index.surveys[member.id]
        systems = tuple(system_facts(s) for s in survey.systems if used & set(s.services))
    return MemberFacts(
        id=member.id,
        name=member.name,
        population=member.population.value,
        join_year=max(first_year, ja.fiscal_year(member.joining.date)) if later else first_year,
        go_live=go_live,
        services=usage.services,
        systems=systems,
        later=later,
    )


def system_facts(system: CurrentSystem) -> SystemFacts:
    """The cost facts of one surveyed system."""
    start = YearMonth(system.in_service.year, system.in_service.month)
    due = YearMonth(system.renewal_due.year, system.renewal_due.month)
    c = system.costs
    return SystemFacts(
        c.annual_operation + c.annual_modification, c.renewal, due, max(0, due.index - start.index)
    )
