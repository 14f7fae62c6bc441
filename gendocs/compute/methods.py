"""The sharing methods of one cost item in one fiscal year.

* 按分: the item's shares (均等割, 人口割 or a named basis, each with a weight) give each member
  ``Σ weight × value / Σ values``; a weighted mix such as 均等割:人口割 = 4:6 is two shares.
* 従量料金: each member pays the monthly price of every 業務 it uses for each month it is on the
  cloud; nothing is rounded because nothing is divided.
* 削減額比例: in proportion to each member's saving so far: its 現行経費 over its months on the
  cloud in the whole period, less what the items above this one already charge it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from gendocs.compute.current import cloud_months
from gendocs.compute.inputs import CostInputs, MemberFacts
from gendocs.compute.rounding import CONTEXT
from gendocs.model.costs import EQUAL, POPULATION, Share


class EmptyBasisError(ValueError):
    """Every member taking part has the value 0 under a basis."""

    def __init__(self, index: int, basis: str) -> None:
        super().__init__(basis)
        self.index = index
        self.basis = basis


def basis_values(
    inputs: CostInputs, basis: str, members: Iterable[MemberFacts]
) -> dict[str, Decimal]:
    """Each member's value under ``basis`` (均等割: 1, 人口割: population, else the named basis)."""
    if basis == EQUAL:
        return {m.id: Decimal(1) for m in members}
    if basis == POPULATION:
        return {m.id: Decimal(m.population) for m in members}
    values = inputs.bases[basis]
    return {m.id: Decimal(values.get(m.id, 0)) for m in members}


def share_weights(
    inputs: CostInputs, shares: tuple[Share, ...], members: tuple[MemberFacts, ...]
) -> dict[str, Decimal]:
    """Each member's fraction of an item shared by ``shares`` among ``members``."""
    if len(shares) == 1:  # one basis: its raw values are exact weights
        return basis_values(inputs, shares[0].basis, members)
    weights = {m.id: Decimal(0) for m in members}
    for index, share in enumerate(shares):
        values = basis_values(inputs, share.basis, members)
        whole = sum((values[k] for k in sorted(values)), Decimal(0))
        if whole <= 0:
            raise EmptyBasisError(index, share.basis)
        factor = CONTEXT.divide(share.weight, whole)
        for k, v in values.items():
            weights[k] += CONTEXT.multiply(v, factor)
    return weights


def metered_parts(
    inputs: CostInputs, members: tuple[MemberFacts, ...], fiscal_year: int
) -> dict[str, int]:
    """従量料金: monthly prices of the 業務 used × months on the cloud in ``fiscal_year``."""
    return {m.id: monthly_price(inputs, m) * cloud_months(m, fiscal_year) for m in members}


def monthly_price(inputs: CostInputs, member: MemberFacts) -> int:
    """The member's monthly fee: the sum of the prices of the 業務 it uses."""
    return sum(inputs.prices[s] for s in member.services)


def saving_weights(
    baselines: Mapping[str, Decimal], charged: Mapping[str, int], members: tuple[MemberFacts, ...]
) -> dict[str, Decimal]:
    """削減額: 現行経費 over the period less what is already charged (never below zero)."""
    return {m.id: max(Decimal(0), baselines[m.id] - charged.get(m.id, 0)) for m in members}
