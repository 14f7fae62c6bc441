"""端数処理: split a yen total into integer parts that add up to it exactly.

Every share in gendocs goes through :func:`apportion`. The exact share of each member is rounded to
the rounding unit by the rule (切り捨て / 四捨五入 / 切り上げ); what the rounding left over (or took
too much) is then settled by the largest-remainder method or given to the 代表団体.
Ties are broken in the policy's ``order`` (the content's ``costs.rounding.tie``: 名簿順,
人口順, 代表団体 first), and by member id for the members it does not name, so by default
the result does not depend on the order the members are listed in.
"""

from __future__ import annotations

import decimal
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

Rule = Literal["切り捨て", "四捨五入", "切り上げ"]
Remainder = Literal["最大剰余", "代表団体"]

# Enough digits that a share of a trillion yen among thousands of members keeps its fraction.
CONTEXT = decimal.Context(prec=40, rounding=ROUND_HALF_UP)
# Shares are compared and rounded as integers of 10^-15 yen. Cutting the last digits lets shares
# that are equal in exact arithmetic (0.4 × 1/3 for every member) compare equal, so that ties go
# by member id as documented.
SCALE = 10**15


@dataclass(frozen=True)
class RoundingPolicy:
    """How shares are rounded: unit in yen, rule, and who receives the remainder."""

    unit: int = 1
    rule: Rule = "切り捨て"
    remainder: Remainder = "最大剰余"
    representative: str | None = None
    order: tuple[str, ...] = ()  # who goes first among equal remainders; the rest by id
    tie: str = "id"  # the content's name of that order (costs.rounding.tie), for the documents

    def keys(self, keys: Mapping[str, object]) -> list[str]:
        """``keys`` in tie order: those ``order`` names first, in its order, then by id."""
        if not self.order:
            return sorted(keys)
        named = [k for k in self.order if k in keys]
        seen = set(named)
        return named + sorted(k for k in keys if k not in seen)


class ZeroBasisError(ValueError):
    """A non-zero total was to be split by weights that are all zero."""


def round_yen(value: Decimal) -> int:
    """Round an estimate to whole yen, half up (not a share: nothing has to add up)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def to_unit(value: Decimal, unit: int, rule: Rule) -> int:
    """Round a non-negative ``value`` to a multiple of ``unit`` by ``rule``."""
    # Integer arithmetic on the floor of the value: exact, and several times faster than a
    # Decimal division and quantize for each of thousands of shares.
    whole = int(value)  # the floor, as value >= 0
    if rule == "切り捨て":
        return whole // unit * unit
    if rule == "四捨五入":
        return int(CONTEXT.add(value, Decimal(unit) / 2)) // unit * unit
    ceiling = whole if whole == value else whole + 1
    return -(-ceiling // unit) * unit


def apportion(total: int, weights: Mapping[str, Decimal], policy: RoundingPolicy) -> dict[str, int]:
    """Split ``total`` yen in proportion to ``weights``; the parts add up to ``total`` exactly.

    A negative total (a refund) is split like its magnitude and negated. Every part has the sign
    of the total, and a member with weight 0 gets 0.
    """
    if total < 0:
        return {k: -v for k, v in apportion(-total, weights, policy).items()}
    keys = policy.keys(weights)
    whole = sum((weights[k] for k in keys), Decimal(0))
    if total == 0:
        return {k: 0 for k in keys}
    if whole <= 0:
        raise ZeroBasisError(f"cannot split {total} by zero weights")
    factor = CONTEXT.divide(Decimal(total * SCALE), whole)
    return _settle_scaled(total, {k: _scaled(weights[k], factor) for k in keys}, policy)


def settle(total: int, exact: Mapping[str, Decimal], policy: RoundingPolicy) -> dict[str, int]:
    """Round exact non-negative shares that sum to ``total`` into integers that still do."""
    scale = Decimal(SCALE)
    return _settle_scaled(total, {k: _scaled(exact[k], scale) for k in policy.keys(exact)}, policy)


def _scaled(value: Decimal, factor: Decimal) -> int:
    """``value × factor`` to the nearest integer (not truncated: 299,999.99…9 is 300,000)."""
    return int(CONTEXT.to_integral_value(CONTEXT.multiply(value, factor)))


def _settle_scaled(total: int, exact: dict[str, int], policy: RoundingPolicy) -> dict[str, int]:
    """``exact`` holds each share in 10^-15 yen, keyed in tie order."""
    unit = policy.unit
    parts = {k: v * unit for k, v in _round_units(exact, unit * SCALE, policy.rule).items()}
    left = total - sum(parts.values())
    rep = policy.representative
    if (
        policy.remainder == "代表団体"
        and rep is not None
        and exact.get(rep, 0) > 0
        and parts[rep] + left >= 0
    ):
        parts[rep] += left
        return parts
    return _largest_remainder(parts, exact, left, unit)


def _round_units(exact: dict[str, int], size: int, rule: Rule) -> dict[str, int]:
    # Integer arithmetic on the scaled shares: exact, and much faster than Decimal per share.
    if rule == "切り捨て":
        return {k: v // size for k, v in exact.items()}
    if rule == "四捨五入":
        half = size // 2
        return {k: (v + half) // size for k, v in exact.items()}
    return {k: -(-v // size) for k, v in exact.items()}


def _largest_remainder(
    parts: dict[str, int], exact: dict[str, int], left: int, unit: int
) -> dict[str, int]:
    # ``parts`` is keyed in tie order and sorted() is stable: ties stay in that order.
    # Rounded up too far: take whole units back from the most over-rounded members first.
    if left < 0:
        for k in sorted(parts, key=lambda k: exact[k] - parts[k] * SCALE):
            step = min(parts[k], -left, unit)
            parts[k] -= step
            left += step
    # Short: hand out whole units by largest remainder, then the part of a unit that is left.
    order = sorted((k for k in parts if exact[k] > 0), key=lambda k: parts[k] * SCALE - exact[k])
    index = 0
    while left > 0:
        step = min(unit, left)
        parts[order[index % len(order)]] += step
        left -= step
        index += 1
    return parts


def cap_parts(
    parts: Mapping[str, int], caps: Mapping[str, int], exact: Mapping[str, Decimal], unit: int
) -> dict[str, int]:
    """Lower parts above their cap to it and give the excess to members below theirs.

    The caller guarantees that the caps leave room for the total. The excess goes in whole units
    to the members furthest below their exact share first, round after round.
    """
    fixed = {k: min(v, caps[k]) for k, v in parts.items()}
    excess = sum(parts.values()) - sum(fixed.values())
    while excess > 0:
        room = sorted(
            (k for k in fixed if fixed[k] < caps[k]), key=lambda k: (fixed[k] - exact[k], k)
        )
        if not room:
            raise ValueError("caps leave no room for the total")
        for k in room:
            step = min(unit, excess, caps[k] - fixed[k])
            fixed[k] += step
            excess -= step
            if not excess:
                break
    return fixed
