"""金額 and 率 as public-finance documents print them: expected values written by hand."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gendocs.ja import (
    format_amount,
    format_decimal,
    format_percent,
    format_thousand_yen,
    format_yen,
)


@pytest.mark.parametrize(
    ("n", "amount", "yen"),
    [
        (0, "0", "0円"),
        (999, "999", "999円"),
        (1000, "1,000", "1,000円"),
        (1234567, "1,234,567", "1,234,567円"),
        (-1234, "△1,234", "△1,234円"),
        (-1, "△1", "△1円"),
        (1000000000000, "1,000,000,000,000", "1,000,000,000,000円"),
    ],
)
def test_format_amount_and_yen(n: int, amount: str, yen: str) -> None:
    assert (format_amount(n), format_yen(n)) == (amount, yen)


@pytest.mark.parametrize(
    ("n", "rounding", "expected"),
    [
        (1234567, "round_half_up", "1,235"),
        (1234567, "round_down", "1,234"),
        (1234567, "round_up", "1,235"),
        (1234000, "round_up", "1,234"),
        (1234499, "round_half_up", "1,234"),
        (1234500, "round_half_up", "1,235"),
        (1500, "round_down", "1"),
        (1500, "round_half_up", "2"),
        (2500, "round_half_up", "3"),
        (1, "round_up", "1"),
        (0, "round_up", "0"),
        (-1500, "round_down", "△1"),
        (-1500, "round_half_up", "△2"),
        (-1001, "round_up", "△2"),
        (-1234567, "round_half_up", "△1,235"),
        # A decrease smaller than the unit still shows as a decrease.
        (-400, "round_half_up", "△0"),
    ],
)
def test_format_thousand_yen(n: int, rounding: str, expected: str) -> None:
    assert format_thousand_yen(n, rounding=rounding) == expected


def test_format_thousand_yen_rounds_half_up_by_default() -> None:
    assert format_thousand_yen(1234567) == "1,235"


def test_format_thousand_yen_refuses_unknown_rounding() -> None:
    with pytest.raises(
        ValueError, match="rounding must be one of round_down, round_half_up, round_up; got 'floor'"
    ):
        format_thousand_yen(1, rounding="floor")


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (Decimal("0.3"), 1, "30.0%"),
        (Decimal("-0.3"), 1, "△30.0%"),
        (Decimal("0.12345"), 1, "12.3%"),
        (Decimal("0.12345"), 2, "12.35%"),
        (Decimal("0.00005"), 2, "0.01%"),
        (Decimal("-0.00005"), 2, "△0.01%"),
        (Decimal("0.125"), 0, "13%"),
        (Decimal("0.124"), 0, "12%"),
        (Decimal("12.3456"), 1, "1,234.6%"),
        (1, 1, "100.0%"),
        (0, 1, "0.0%"),
        (-2, 0, "△200%"),
        (Decimal("-0.0001"), 1, "△0.0%"),
    ],
)
def test_format_percent(value: Decimal | int, places: int, expected: str) -> None:
    assert format_percent(value, places=places) == expected


def test_format_percent_refuses_float() -> None:
    with pytest.raises(ValueError, match="finite Decimal or int, got 0.3"):
        format_percent(0.3)  # type: ignore[arg-type]


def test_format_percent_refuses_infinity() -> None:
    with pytest.raises(ValueError, match="finite Decimal or int"):
        format_percent(Decimal("Infinity"))


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_format_amount_keeps_every_digit(n: int) -> None:
    text = format_amount(n)
    assert int(text.replace(",", "").replace("△", "-")) == n


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_thousand_yen_roundings_are_ordered_by_magnitude(n: int) -> None:
    magnitudes = [
        int(format_thousand_yen(n, rounding=r).replace(",", "").lstrip("△"))
        for r in ("round_down", "round_half_up", "round_up")
    ]
    assert magnitudes == sorted(magnitudes)
    assert magnitudes[2] - magnitudes[0] <= 1
    assert magnitudes[0] * 1000 <= abs(n) <= magnitudes[2] * 1000


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("99.5"), "99.5"),
        (Decimal("99.90"), "99.9"),
        (Decimal("100"), "100"),
        (Decimal("1E+2"), "100"),
        (Decimal("0.50"), "0.5"),
        (Decimal("3"), "3"),
    ],
)
def test_format_decimal_writes_typed_figures(value: Decimal, expected: str) -> None:
    assert format_decimal(value) == expected
