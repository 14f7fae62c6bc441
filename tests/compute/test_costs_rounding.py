"""端数処理: splitting a total into integer yen that add up to it, checked by hand."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from gendocs.compute.describe import describe_sharing
from gendocs.compute.inputs import inputs_from_content
from gendocs.compute.rounding import RoundingPolicy, ZeroBasisError, apportion
from gendocs.pipeline import load_and_prepare
from gendocs.project import find_project

REPO = Path(__file__).resolve().parents[2]

EQUAL3 = {"a": Decimal(1), "b": Decimal(1), "c": Decimal(1)}


def test_largest_remainder_gives_the_left_over_yen_by_member_id_on_a_tie() -> None:
    # 100 ÷ 3 = 33.33…: 33 each (99), 1 yen left; all remainders are .33…, the tie goes to "a".
    assert apportion(100, EQUAL3, RoundingPolicy()) == {"a": 34, "b": 33, "c": 33}


def test_largest_remainder_prefers_the_biggest_fraction() -> None:
    # 1,000 by 1:2:4 (7 parts): 142.857…, 285.714…, 571.428… → floors 142 + 285 + 571 = 998.
    # Remainders .857, .714, .428: the 2 yen left go to a and b.
    weights = {"a": Decimal(1), "b": Decimal(2), "c": Decimal(4)}
    assert apportion(1000, weights, RoundingPolicy()) == {"a": 143, "b": 286, "c": 571}


def test_the_remainder_can_go_to_the_representative() -> None:
    # 100 ÷ 3: 33 each and the 1 yen left to the 代表団体 c.
    policy = RoundingPolicy(remainder="代表団体", representative="c")
    assert apportion(100, EQUAL3, policy) == {"a": 33, "b": 33, "c": 34}


def test_a_representative_taking_no_part_leaves_the_remainder_to_largest_remainder() -> None:
    policy = RoundingPolicy(remainder="代表団体", representative="z")
    assert apportion(100, EQUAL3, policy) == {"a": 34, "b": 33, "c": 33}


def test_thousand_yen_unit_rounds_down_then_settles_by_largest_remainder() -> None:
    # 1,000,000 ÷ 3 = 333,333.33 → 333,000 each (999,000); 1,000 left = one unit, to "a" (tie).
    policy = RoundingPolicy(unit=1000)
    assert apportion(1_000_000, EQUAL3, policy) == {"a": 334_000, "b": 333_000, "c": 333_000}


def test_a_total_that_is_not_a_whole_unit_leaves_less_than_a_unit_to_one_member() -> None:
    # 10,500 ÷ 2 = 5,250 → 5,000 each; 500 left, less than a unit, to "a" (tie by id).
    policy = RoundingPolicy(unit=1000)
    weights = {"a": Decimal(1), "b": Decimal(1)}
    assert apportion(10_500, weights, policy) == {"a": 5_500, "b": 5_000}


def test_half_up_can_overshoot_and_gives_the_excess_back() -> None:
    # 10 ÷ 4 = 2.5 → 四捨五入 3 each = 12, 2 yen too many. All are .5 over: the first two by id
    # give one yen back: 2, 2, 3, 3.
    weights = {k: Decimal(1) for k in "abcd"}
    policy = RoundingPolicy(rule="四捨五入")
    assert apportion(10, weights, policy) == {"a": 2, "b": 2, "c": 3, "d": 3}


def test_round_up_takes_back_from_the_most_rounded_up() -> None:
    # 1,000 by 1:2:4 切り上げ: 143, 286, 572 = 1,001. Over-rounding 0.143, 0.286, 0.572:
    # the largest (c) gives 1 yen back.
    weights = {"a": Decimal(1), "b": Decimal(2), "c": Decimal(4)}
    assert apportion(1000, weights, RoundingPolicy(rule="切り上げ")) == {
        "a": 143,
        "b": 286,
        "c": 571,
    }


def test_a_refund_is_split_like_a_charge_with_the_sign_turned() -> None:
    assert apportion(-100, EQUAL3, RoundingPolicy()) == {"a": -34, "b": -33, "c": -33}


def test_members_with_no_weight_pay_nothing() -> None:
    weights = {"a": Decimal(0), "b": Decimal(3), "c": Decimal(1)}
    assert apportion(8, weights, RoundingPolicy()) == {"a": 0, "b": 6, "c": 2}


def test_zero_weights_cannot_carry_a_total() -> None:
    with pytest.raises(ZeroBasisError):
        apportion(5, {"a": Decimal(0)}, RoundingPolicy())


def test_nothing_to_split_gives_zeros_even_without_weights() -> None:
    assert apportion(0, {"a": Decimal(0)}, RoundingPolicy()) == {"a": 0}


# 100 yen among three equal weights: 33 each by 切り捨て, 1 yen left, every remainder equal
# (0.33…); it goes to whoever comes first in the tie order chosen in content.
@pytest.mark.parametrize(
    ("order", "first"),
    [((), "a"), (("c", "a", "b"), "c"), (("b",), "b"), (("zz", "c"), "c")],
)
def test_equal_remainders_go_in_the_tie_order(order: tuple[str, ...], first: str) -> None:
    expected = {"a": 33, "b": 33, "c": 33} | {first: 34}
    assert apportion(100, EQUAL3, RoundingPolicy(order=order)) == expected


def test_the_tie_rule_is_chosen_in_content() -> None:
    content = load_and_prepare(
        find_project(REPO, REPO / "tests" / "fixtures" / "minimal" / "content")
    ).content
    # members: takamori 30,708, matsukawa 48,348, anan 31,262 (tests/fixtures/minimal)
    rounding = content.costs.rounding
    orders = {
        "id": (),
        "名簿順": ("takamori", "matsukawa", "anan"),
        "人口順": ("matsukawa", "anan", "takamori"),
        "代表団体": ("takamori",),
    }
    for tie, order in orders.items():
        changed = replace(
            content, costs=replace(content.costs, rounding=replace(rounding, tie=tie))
        )
        policy = inputs_from_content(changed).policy
        assert (policy.order, policy.tie) == (order, tie)
    # the documents say so: 「剰余の等しい団体の間では人口の多い団体の順とする」
    changed = replace(
        content, costs=replace(content.costs, rounding=replace(rounding, tie="人口順"))
    )
    assert "人口の多い団体の順" in " ".join(describe_sharing(inputs_from_content(changed)))
