"""The cost engine: the allocation (費用分担) and the comparison (費用対効果) of one consortium."""

from __future__ import annotations

from dataclasses import dataclass

from gendocs.compute.allocate import allocate
from gendocs.compute.effect import Effect, effect
from gendocs.compute.inputs import CostInputs, inputs_from_content
from gendocs.compute.lines import Allocation
from gendocs.model import Content


@dataclass(frozen=True)
class CostResult:
    """The inputs, the allocation and the comparison of one consortium."""

    inputs: CostInputs
    allocation: Allocation
    effect: Effect


def compute_costs(content: Content) -> CostResult:
    """Allocate every cost item and compare the two scenarios for ``content``."""
    inputs = inputs_from_content(content)
    allocation = allocate(inputs)
    return CostResult(inputs, allocation, effect(inputs, allocation))
