"""金額 and 率 as public-finance documents print them (1,234,567円, △1,234, 30.0%)."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, ROUND_UP, Decimal

# 予算書・決算書 mark a negative amount with △ in front rather than a minus sign.
NEGATIVE_MARK = "△"
ROUNDINGS = {
    "round_down": ROUND_DOWN,  # 切り捨て
    "round_half_up": ROUND_HALF_UP,  # 四捨五入
    "round_up": ROUND_UP,  # 切り上げ
}


def format_yen(n: int) -> str:
    """Write an amount of yen with commas and 円 (1,234,567円, △1,234円)."""
    return f"{format_amount(n)}円"


def format_amount(n: int) -> str:
    """Write an amount with commas and △ for negatives (1,234,567, △1,234)."""
    return _signed(f"{abs(n):,}", negative=n < 0)


def format_thousand_yen(n: int, *, rounding: str = "round_half_up") -> str:
    """Write ``n`` yen in 千円 units with commas (1,234,567 → 1,235)."""
    if rounding not in ROUNDINGS:
        raise ValueError(f"rounding must be one of {', '.join(ROUNDINGS)}; got {rounding!r}")
    # Round the magnitude so 切り捨て of −1,500 is △1, the mirror of 1,500 → 1.
    thousands = Decimal(abs(n)).scaleb(-3).quantize(Decimal(1), rounding=ROUNDINGS[rounding])
    return _signed(f"{thousands:,}", negative=n < 0)


def format_decimal(value: Decimal) -> str:
    """Write a Decimal as typed figures want it: 99.5, 0.5, 3 (no exponent, no trailing zeros)."""
    return f"{value.normalize():f}"


def format_percent(value: Decimal | int, *, places: int = 1) -> str:
    """Write a ratio as a percentage rounded half up (Decimal("0.3") → 30.0%)."""
    if not isinstance(value, (Decimal, int)) or not Decimal(value).is_finite():
        raise ValueError(f"format_percent needs a finite Decimal or int, got {value!r}")
    if places < 0:
        raise ValueError(f"places must not be negative, got {places}")
    percent = Decimal(value).scaleb(2)
    rounded = abs(percent).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return _signed(f"{rounded:,}%", negative=percent < 0)


def _signed(magnitude: str, *, negative: bool) -> str:
    # A negative that rounds to zero keeps its mark (△0): the tables tell 減 from 増 by it.
    return f"{NEGATIVE_MARK}{magnitude}" if negative else magnitude
