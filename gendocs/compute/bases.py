"""Values of a named basis that are computed rather than given: the 逓減人口割 of B県."""

from __future__ import annotations

from decimal import Decimal

from gendocs.model.costs import Bracket


def tapered_population(population: int, brackets: tuple[Bracket, ...]) -> Decimal:
    """逓減人口割: the population counted bracket by bracket at each bracket's rate.

    With brackets (5万人まで 1, 10万人まで 0.5, 上限なし 0.25) a town of 120,000 counts
    50,000 × 1 + 50,000 × 0.5 + 20,000 × 0.25 = 80,000 (B県's 経費逓減方式: larger members pay
    less per inhabitant).
    The last bracket has no bound (the domain checks see to it).
    """
    counted, floor = Decimal(0), 0
    for bracket in brackets:
        ceiling = population if bracket.up_to is None else min(population, bracket.up_to)
        if ceiling > floor:
            counted += bracket.rate * (ceiling - floor)
        floor = max(floor, ceiling)
    return counted
