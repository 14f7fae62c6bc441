"""端数処理: split a yen total into integer parts that add up to it exactly.

Every share in gendocs goes through :func:`apportion`. The exact share of each member is rounded to
the rounding unit by the rule (切り捨て / 四捨五入 / 切り上げ); what the rounding left over (or took
too much) is then settled by the largest-remainder method or given to the 代表団体. Ties are broken
by member id, so the result does not depend on the order the members are listed in.
"""

from __future__ import annotations

import decimal
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Literal

Rule = Literal["切り捨て", "四捨五入", "切り上げ"]
Remainder = Literal["最大剰余", "代表団体"]

_RULES = {"切り捨て": ROUND_FLOOR, "四捨五入": ROUND_HALF_UP, "切り上げ": ROUND_CEILING}

# Enough digits that a share of a trillion yen among thousands of members keeps its fraction.
CONTEXT = decimal.Context(prec=40, rounding=ROUND_HALF_UP)
EXACT = Decimal("1e-15")


@dataclass(frozen=True)
class RoundingPolicy:
    """How shares are rounded: unit in yen, rule, and who receives the remainder."""

    unit: int = 1
    rule: Rule = "切り捨て"
    remainder: Remainder = "最大剰余"
    representative: str | None = None


class ZeroBasisError(ValueError):
    """A non-zero total was to be split by weights that are all zero."""


def round_yen(value: Decimal) -> int:
    """Round an estimate to whole yen, half up (not a share: nothing has to add up)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def to_unit(value: Decimal, unit: int, rule: Rule) -> int:
    """Round a non-negative ``value`` to a multiple of ``unit`` by ``rule``."""
    units = CONTEXT.divide(value, Decimal(unit)).quantize(Decimal(1), rounding=_RULES[rule])
    return int(units) * unit


def apportion(total: int, weights: Mapping[str, Decimal], policy: RoundingPolicy) -> dict[str, int]:
    """Split ``total`` yen in proportion to ``weights``; the parts add up to ``total`` exactly.

    A negative total (a refund) is split like its magnitude and negated. Every part has the sign
    of the total, and a member with weight 0 gets 0.
    """
    if total < 0:
        return {k: -v for k, v in apportion(-total, weights, policy).items()}
    keys = sorted(weights)
    whole = sum((weights[k] for k in keys), Decimal(0))
    if total == 0:
        return {k: 0 for k in keys}
    if whole <= 0:
        raise ZeroBasisError(f"cannot split {total} by zero weights")
    exact = {k: _exact_share(total, weights[k], whole) for k in keys}
    return settle(total, exact, policy)


def _exact_share(total: int, weight: Decimal, whole: Decimal) -> Decimal:
    # Weights such as 0.4 × 1/3 carry a rounding error in their last digits; cutting every share
    # to 10^-15 yen lets equal fractions compare equal, so ties go by member id as documented.
    share = CONTEXT.divide(CONTEXT.multiply(Decimal(total), weight), whole)
    return share.quantize(EXACT, context=CONTEXT)


def settle(total: int, exact: Mapping[str, Decimal], policy: RoundingPolicy) -> dict[str, int]:
    """Round exact non-negative shares that sum to ``total`` into integers that still do."""
    parts = {k: to_unit(v, policy.unit, policy.rule) for k, v in exact.items()}
    left = total - sum(parts.values())
    rep = policy.representative
    if (policy.remainder == "代表団体" and rep is not None and rep in exact and exact[rep] > 0
            and parts[rep] + left >= 0):
        parts[rep] += left
        return parts
    return _largest_remainder(parts, exact, left, policy.unit)


def _largest_remainder(parts: dict[str, int], exact: Mapping[str, Decimal], left: int,
                       unit: int) -> dict[str, int]:
    # Rounded up too far: take whole units back from the most over-rounded members first.
    if left < 0:
        for k in sorted(parts, key=lambda k: (exact[k] - parts[k], k)):
            step = min(parts[k], -left, unit)
            parts[k] -= step
            left += step
    # Short: hand out whole units by largest remainder, then the part of a unit that is left.
    order = sorted((k for k in parts if exact[k] > 0), key=lambda k: (parts[k] - exact[k], k))
    index = 0
    while left > 0:
        step = min(unit, left)
        parts[order[index % len(order)]] += step
        left -= step
        index += 1
    return parts


def cap_parts(parts: Mapping[str, int], caps: Mapping[str, int],
              exact: Mapping[str, Decimal], unit: int) -> dict[str, int]:
    """Lower parts above their cap to it and give the excess to members below theirs.

    The caller guarantees that the caps leave room for the total. The excess goes in whole units
    to the members furthest below their exact share first, round after round.
    """
    fixed = {k: min(v, caps[k]) for k, v in parts.items()}
    excess = sum(parts.values()) - sum(fixed.values())
    while excess > 0:
        room = sorted((k for k in fixed if fixed[k] < caps[k]), key=lambda k: (fixed[k] - exact[k], k))
        if not room:
            raise ValueError("caps leave no room for the total")
        for k in room:
            step = min(unit, excess, caps[k] - fixed[k])
            fixed[k] += step
            excess -= step
            if not excess:
                break
    return fixed
