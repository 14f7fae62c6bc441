"""費用対効果: keeping the current systems against moving to the cloud, over the period.

* パターン2 (the lecture's realistic one): 現行継続 — the current cost with the increases to
  expect (annual rate, 制度改正対応, 更新) — against クラウド移行.
* パターン1 (for comparison): 現行経費 — the surveyed yearly cost, flat — against the same
  クラウド移行 figures.

クラウド移行 is, per year, the member's 年度別負担額 plus what its current systems still cost
before its go-live month (a member does not stop paying for them until it has moved).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from gendocs.compute.current import current_cost, keep_before_go_live, keep_cost
from gendocs.compute.inputs import CostInputs, MemberFacts
from gendocs.compute.lines import Allocation
from gendocs.compute.rounding import round_yen


@dataclass(frozen=True)
class Comparison:
    """Before (A) against cloud (B), per fiscal year, in yen."""

    before: tuple[int, ...]
    cloud: tuple[int, ...]

    @property
    def before_total(self) -> int:
        """A over the period."""
        return sum(self.before)

    @property
    def cloud_total(self) -> int:
        """B over the period."""
        return sum(self.cloud)

    @property
    def saving(self) -> int:
        """A − B over the period."""
        return self.before_total - self.cloud_total

    @property
    def rate(self) -> Decimal:
        """(A − B) / A; 0 when A is 0."""
        return Decimal(self.saving) / self.before_total if self.before_total else Decimal(0)

    def __add__(self, other: Comparison) -> Comparison:
        return Comparison(_add(self.before, other.before), _add(self.cloud, other.cloud))


@dataclass(frozen=True)
class MemberEffect:
    """One member's comparison under both patterns."""

    member: str
    name: str
    pattern2: Comparison
    pattern1: Comparison


@dataclass(frozen=True)
class Effect:
    """Every member's comparison and the consortium's total."""

    years: tuple[int, ...]
    members: tuple[MemberEffect, ...]

    @property
    def pattern2(self) -> Comparison:
        """The total of パターン2."""
        return _sum([m.pattern2 for m in self.members], len(self.years))

    @property
    def pattern1(self) -> Comparison:
        """The total of パターン1."""
        return _sum([m.pattern1 for m in self.members], len(self.years))


def effect(inputs: CostInputs, allocation: Allocation) -> Effect:
    """Compare keeping the current systems with the cloud for every member."""
    return Effect(
        inputs.years, tuple(_member_effect(inputs, allocation, m) for m in inputs.members)
    )


def _member_effect(inputs: CostInputs, allocation: Allocation, member: MemberFacts) -> MemberEffect:
    cloud = tuple(
        allocation.payments[member.id][y] + round_yen(keep_before_go_live(inputs, member, y))
        for y in inputs.years
    )
    keep = _yearly(inputs, lambda y: keep_cost(inputs, member, y))
    current = _yearly(inputs, lambda y: current_cost(member, y))
    return MemberEffect(member.id, member.name, Comparison(keep, cloud), Comparison(current, cloud))


def _yearly(inputs: CostInputs, cost: Callable[[int], Decimal]) -> tuple[int, ...]:
    return tuple(round_yen(cost(y)) for y in inputs.years)


def _add(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(x + y for x, y in zip(a, b, strict=True))


def _sum(comparisons: list[Comparison], years: int) -> Comparison:
    total = Comparison((0,) * years, (0,) * years)
    for c in comparisons:
        total = total + c
    return total
