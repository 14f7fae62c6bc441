"""費用分担, method by method, on consortia small enough to check by hand (arithmetic inline)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gendocs.compute.allocate import allocate
from gendocs.compute.errors import AllocationError
from gendocs.compute.lines import Allocation
from gendocs.model.costs import JoiningFee, Settlement
from tests.compute.costs_builders import by_saving, inputs, member, metered, shared

POPULATIONS = [
    member("a", population=10_000),
    member("b", population=30_000),
    member("c", population=60_000),
]


def parts(allocation: Allocation, column: str, year: int = 2028) -> dict[str, int]:
    (line,) = [ln for ln in allocation.lines if ln.column == column and ln.fiscal_year == year]
    return dict(line.parts)


def test_equal_shares() -> None:
    # 900,000 ÷ 3 = 300,000 each.
    result = allocate(inputs(POPULATIONS, [shared("org", {2028: 900_000}, ("均等割", "1"))]))
    assert parts(result, "org") == {"a": 300_000, "b": 300_000, "c": 300_000}


def test_population_shares() -> None:
    # 1,000,000 × 10,000 / 100,000 = 100,000; × 30,000 → 300,000; × 60,000 → 600,000.
    result = allocate(inputs(POPULATIONS, [shared("org", {2028: 1_000_000}, ("人口割", "1"))]))
    assert parts(result, "org") == {"a": 100_000, "b": 300_000, "c": 600_000}


def test_equal_and_population_four_to_six() -> None:
    # a: 0.4 × 1/3 + 0.6 × 0.1 = 0.19333… → 193,333.33…
    # b: 0.4 × 1/3 + 0.6 × 0.3 = 0.31333… → 313,333.33…
    # c: 0.4 × 1/3 + 0.6 × 0.6 = 0.49333… → 493,333.33…
    # Floors add up to 999,999; the 1 yen left goes to "a" (equal remainders, tie by id).
    item = shared("org", {2028: 1_000_000}, ("均等割", "0.4"), ("人口割", "0.6"))
    assert parts(allocate(inputs(POPULATIONS, [item])), "org") == {
        "a": 193_334,
        "b": 313_333,
        "c": 493_333,
    }


def test_a_named_basis() -> None:
    # 端末台数割 10 : 30 : 60 of 500,000 → 50,000, 150,000, 300,000.
    terminals = {"a": Decimal(10), "b": Decimal(30), "c": Decimal(60)}
    item = shared("org", {2028: 500_000}, ("端末台数割", "1"))
    result = allocate(inputs(POPULATIONS, [item], bases={"端末台数割": terminals}))
    assert parts(result, "org") == {"a": 50_000, "b": 150_000, "c": 300_000}


def test_metered_fees_count_the_months_on_the_cloud_of_the_services_used() -> None:
    # a: (100,000 + 50,000) × 12 months (from 2028-04) = 1,800,000
    # b: 100,000 × 6 months (2028-10 to 2029-03)        =   600,000
    # c: 150,000 × 3 months (2029-01 to 2029-03)        =   450,000; next year 12 months each.
    members = [
        member("a", services=("juki", "koseki")),
        member("b", go_live="2028-10"),
        member("c", go_live="2029-01", services=("juki", "koseki")),
    ]
    result = allocate(
        inputs(members, [metered()], years=2, prices={"juki": 100_000, "koseki": 50_000})
    )
    assert parts(result, "service") == {"a": 1_800_000, "b": 600_000, "c": 450_000}
    assert parts(result, "service", 2029) == {"a": 1_800_000, "b": 1_200_000, "c": 1_800_000}


def _guarantee_case(running_b: int) -> dict[str, int]:
    # Each uses one 業務 at 100,000 a month: 1,200,000 a year, 3,600,000 in all.
    members = [
        member("a", running=1_000_000),
        member("b", running=running_b),
        member("c", running=6_000_000),
    ]
    result = allocate(
        inputs(
            members, [metered(guarantee=True)], prices={"juki": 100_000}, min_saving=Decimal("0.3")
        )
    )
    return parts(result, "service:guarantee")


def test_guarantee_moves_the_excess_to_the_others_in_proportion() -> None:
    # a may pay at most 70% of 1,000,000 = 700,000: 500,000 over. b and c paid 1,200,000 each,
    # so they take 250,000 each (b: 1,450,000 ≤ 70% of 3,000,000 = 2,100,000).
    assert _guarantee_case(3_000_000) == {"a": -500_000, "b": 250_000, "c": 250_000}


def test_guarantee_caps_in_turn_a_member_the_excess_would_push_over() -> None:
    # b's cap: 70% of 1,857,143 = 1,300,000.1 → 1,300,000. Taking 250,000 would put b at
    # 1,450,000, over its cap: b stops at 1,300,000 (+100,000) and c takes the rest:
    # 3,600,000 − 700,000 − 1,300,000 = 1,600,000 (+400,000).
    assert _guarantee_case(1_857_143) == {"a": -500_000, "b": 100_000, "c": 400_000}


def test_an_impossible_guarantee_names_the_members_and_the_yen_missing() -> None:
    # Caps 70% of 1,000,000 = 700,000 each, 2,100,000 in all, for 3,600,000: 1,500,000 short.
    members = [member(k, running=1_000_000) for k in "abc"]
    with pytest.raises(AllocationError) as caught:
        allocate(
            inputs(
                members,
                [metered(guarantee=True)],
                prices={"juki": 100_000},
                min_saving=Decimal("0.3"),
            )
        )
    (problem,) = caught.value.problems
    assert problem.key_path == "costs.guarantee.min_saving"
    assert problem.message.ja == (
        "令和10年度は、最低削減率30.0%を保証するとservice（総額3,600,000円）を配分しきれず、"
        "1,500,000円不足します（各団体の上限: A 700,000円、B 700,000円、C 700,000円）"
    )


def test_every_guaranteed_item_counts_against_the_cap() -> None:
    # c moves in January: its 現行経費 counts 3 months, 1,000,000 × 3/12 = 250,000, cap 175,000.
    # 組織運営費 (guaranteed) charges 600,000 each: c stops at 175,000 (−425,000) and a and b take
    # 212,500 each. Then c's cap for the fees is 175,000 − 175,000 = 0: its 3 × 10,000 = 30,000
    # go to a and b (12 × 10,000 = 120,000 each, so 15,000 each).
    members = [
        member("a", running=10_000_000),
        member("b", running=10_000_000),
        member("c", running=1_000_000, go_live="2029-01"),
    ]
    items = [
        shared("org", {2028: 1_800_000}, ("均等割", "1"), guarantee=True),
        metered(guarantee=True),
    ]
    result = allocate(inputs(members, items, prices={"juki": 10_000}, min_saving=Decimal("0.3")))
    assert parts(result, "org:guarantee") == {"a": 212_500, "b": 212_500, "c": -425_000}
    assert parts(result, "service:guarantee") == {"a": 15_000, "b": 15_000, "c": -30_000}


def test_items_outside_the_guarantee_do_not_count_against_it() -> None:
    # The same c, but 組織運営費 is not guaranteed: only its 3 months of fees (30,000) count.
    members = [
        member("a", running=10_000_000),
        member("b", running=10_000_000),
        member("c", running=1_000_000, go_live="2029-01"),
    ]
    items = [shared("org", {2028: 1_800_000}, ("均等割", "1")), metered(guarantee=True)]
    result = allocate(inputs(members, items, prices={"juki": 10_000}, min_saving=Decimal("0.3")))
    assert parts(result, "service:guarantee") == {"a": 0, "b": 0, "c": 0}


def test_savings_proportional_uses_the_saving_left_after_the_items_above() -> None:
    # Fees 1,200,000 each. Savings: a 2,000,000 − 1,200,000 = 800,000; b 2,400,000 −
    # 1,200,000 = 1,200,000. 1,000,000 of 移行費 by 800:1,200 → 400,000 and 600,000.
    members = [member("a", running=2_000_000), member("b", running=2_400_000)]
    items = [metered(), by_saving("migration", {2028: 1_000_000})]
    result = allocate(inputs(members, items, prices={"juki": 100_000}))
    assert parts(result, "migration") == {"a": 400_000, "b": 600_000}


def _joining(fee: JoiningFee | None) -> Allocation:
    # a (1,000 people) and b (3,000) from 2028; c (4,000) joins in 2029.
    members = [
        member("a", population=1000),
        member("b", population=3000),
        member("c", population=4000, join=2029, go_live="2029-04", later=True),
    ]
    items = [
        shared("initial", {2028: 80_000_000}, ("人口割", "1"), kind="導入費用"),
        shared("org", {2028: 900_000, 2029: 900_000}, ("均等割", "1")),
    ]
    return allocate(inputs(members, items, years=2, joining_fee=fee))


def test_a_later_joiner_takes_part_from_its_join_year() -> None:
    # 2028: a and b split 900,000 (450,000 each); 2029: a, b and c (300,000 each).
    result = _joining(None)
    assert parts(result, "org") == {"a": 450_000, "b": 450_000}
    assert parts(result, "org", 2029) == {"a": 300_000, "b": 300_000, "c": 300_000}
    assert parts(result, "initial") == {"a": 20_000_000, "b": 60_000_000}


def test_joining_fee_is_the_would_have_been_share_refunded_to_those_who_paid() -> None:
    # 80,000,000 re-split by 1,000 : 3,000 : 4,000 → a 10,000,000, b 30,000,000, c 40,000,000.
    # c pays 40,000,000 in 2029; a paid 10,000,000 too much, b 30,000,000: that is the refund.
    result = _joining(JoiningFee(rate=Decimal(1)))
    assert parts(result, "joining_fee", 2029) == {
        "c": 40_000_000,
        "a": -10_000_000,
        "b": -30_000_000,
    }


def test_joining_fee_rate_and_no_refund() -> None:
    # Half of 40,000,000 = 20,000,000, kept by the consortium: nobody is refunded.
    result = _joining(JoiningFee(rate=Decimal("0.5"), refund=False))
    assert parts(result, "joining_fee", 2029) == {"c": 20_000_000}


def test_settlement_returns_an_underspend_next_year_in_proportion_to_what_was_paid() -> None:
    # 組織運営費 2028: budget 900,000, actual 870,000: 30,000 back, 15,000 each in 2029.
    members = [member("a"), member("b")]
    items = [shared("org", {2028: 900_000, 2029: 900_000}, ("均等割", "1"))]
    settlement = Settlement(item="org", fiscal_year=2028, budget=900_000, actual=870_000)
    result = allocate(inputs(members, items, years=2, settlements=(settlement,)))
    assert parts(result, "settlement", 2029) == {"a": -15_000, "b": -15_000}
    assert result.payments == {
        "a": {2028: 450_000, 2029: 435_000},
        "b": {2028: 450_000, 2029: 435_000},
    }


def test_payment_profile_spreads_the_total_like_the_metered_fees() -> None:
    # One member moving in January 2029: fees 3 × 100,000 = 300,000 in 2028, 1,200,000 in 2029;
    # 組織運営費 500,000 in 2028. Total 2,000,000 spread 300,000 : 1,200,000 = 1 : 4
    # → 400,000 and 1,600,000. The 2028 settlement (+20,000) stays in 2029.
    items = [metered(), shared("org", {2028: 500_000}, ("均等割", "1"))]
    settlement = Settlement(item="org", fiscal_year=2028, budget=500_000, actual=520_000)
    result = allocate(
        inputs(
            [member("a", go_live="2029-01")],
            items,
            years=2,
            prices={"juki": 100_000},
            payment_profile="service",
            settlements=(settlement,),
        )
    )
    assert result.payments == {"a": {2028: 400_000, 2029: 1_620_000}}


def test_every_line_and_the_grand_total_add_up() -> None:
    result = _joining(JoiningFee(rate=Decimal(1)))
    # initial 80,000,000 + org 1,800,000; the joining fee line nets to zero.
    assert result.grand_total() == 81_800_000
    assert result.column_total("joining_fee") == 0
    assert [c.id for c in result.columns] == ["initial", "org", "joining_fee"]


def test_a_basis_with_no_value_for_anyone_taking_part_is_a_located_error() -> None:
    item = shared("org", {2028: 500_000}, ("端末台数割", "0.5"), ("均等割", "0.5"))
    with pytest.raises(AllocationError) as caught:
        allocate(inputs(POPULATIONS, [item], bases={"端末台数割": {}}))
    (problem,) = caught.value.problems
    assert problem.key_path == "costs.items[0].shares[0].basis"
    assert problem.message.ja == (
        "令和10年度の参加団体は、按分基準「端末台数割」の値がすべて0のため、orgを按分できません"
    )
