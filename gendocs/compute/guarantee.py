"""最低削減率保証: cap each member's cost at (1 − X) of its 現行経費, the excess to the others.

For one item in one fiscal year: a member's cap is (1 − X) × its 現行経費 for its months on the
cloud, less what the items above already charge it, rounded down to the rounding unit. Members
above their cap are lowered to it; the excess goes to the members below theirs in proportion to
their own parts of the item (water-filling: a member pushed over its cap by the excess is capped in
turn). The integer parts still add up to the item's total.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from gendocs.compute.rounding import CONTEXT, RoundingPolicy, cap_parts, settle


@dataclass(frozen=True)
class Shortfall:
    """Why the guarantee cannot be met: the members concerned, their caps and the yen missing."""

    members: tuple[str, ...]
    yen: int
    caps: Mapping[str, int]


def caps_for(allowed: Mapping[str, Decimal], unit: int) -> dict[str, int]:
    """Round each member's allowed amount down to the rounding unit (never up past the cap).

    An allowance below zero only follows a guarantee already reported as impossible; it counts
    as zero so that the same cause is not reported twice.
    """
    return {
        k: max(0, int(CONTEXT.divide(v, Decimal(unit)).to_integral_value(ROUND_FLOOR)) * unit)
        for k, v in allowed.items()
    }


def shortfall(parts: Mapping[str, int], caps: Mapping[str, int]) -> Shortfall | None:
    """The reason the caps cannot hold ``parts``' total, or None when they can."""
    payers = sorted(k for k in parts if parts[k] > 0)
    missing = sum(parts.values()) - sum(caps[k] for k in payers)
    return Shortfall(tuple(payers), missing, caps) if missing > 0 else None


def apply_caps(
    parts: Mapping[str, int], caps: Mapping[str, int], policy: RoundingPolicy
) -> dict[str, int]:
    """Return the capped parts (same total); the caller has checked :func:`shortfall`."""
    if all(parts[k] <= caps[k] for k in parts):
        return dict(parts)
    exact = _water_fill(parts, caps)
    return cap_parts(settle(sum(parts.values()), exact, policy), caps, exact, policy.unit)


def _water_fill(parts: Mapping[str, int], caps: Mapping[str, int]) -> dict[str, Decimal]:
    """Exact targets: capped members at their cap, the others scaled by one common factor."""
    total = sum(parts.values())
    capped = {k for k in parts if parts[k] > caps[k]}
    while True:
        free = sorted(k for k in parts if k not in capped and parts[k] > 0)
        if not free:  # only when the caps hold the total exactly
            return {k: Decimal(caps[k]) if k in capped else Decimal(0) for k in parts}
        room = Decimal(total - sum(caps[k] for k in capped))
        factor = CONTEXT.divide(room, Decimal(sum(parts[k] for k in free)))
        over = {k for k in free if CONTEXT.multiply(parts[k], factor) > caps[k]}
        if not over:
            exact = {k: Decimal(caps[k]) for k in capped}
            exact.update({k: CONTEXT.multiply(parts[k], factor) for k in free})
            return {k: exact.get(k, Decimal(0)) for k in parts}
        capped |= over
