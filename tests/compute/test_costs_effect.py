"""費用対効果: パターン2 and パターン1 for one member, worked out by hand."""

from __future__ import annotations

from decimal import Decimal

from gendocs.compute.allocate import allocate
from gendocs.compute.current import cloud_months, keep_before_go_live, keep_cost
from gendocs.compute.effect import effect
from gendocs.compute.inputs import CostInputs, MemberFacts, SystemFacts
from gendocs.model.base import YearMonth
from gendocs.model.costs import LawChange, Outlook
from tests.compute.costs_builders import inputs, member, metered

# One system: 1,000,000 a year to run, renewed for 5,000,000 every 24 months from 2029-07.
SYSTEM = SystemFacts(
    running=1_000_000, renewal=5_000_000, renewal_due=YearMonth(2029, 7), cycle_months=24
)
OUTLOOK = Outlook(
    annual_rate=Decimal("0.02"),
    law_changes=(LawChange(fiscal_year=2028, name="制度改正", amount_per_system=300_000),),
)


def _case(go_live: str = "2028-10") -> tuple[CostInputs, MemberFacts]:
    town = member("a", go_live=go_live, systems=(SYSTEM,))
    facts = inputs([town], [metered()], years=4, prices={"juki": 50_000}, outlook=OUTLOOK)
    return facts, town


def test_keep_grows_yearly_and_adds_law_changes_and_recurring_renewals() -> None:
    facts, town = _case()
    # 2028: 1,000,000 + 制度改正 300,000                  = 1,300,000
    # 2029: 1,000,000 × 1.02 + renewal (2029-07) 5,000,000 = 6,020,000
    # 2030: 1,000,000 × 1.02²                              = 1,040,400
    # 2031: 1,000,000 × 1.02³ + renewal (2031-07)          = 6,061,208
    assert [keep_cost(facts, town, y) for y in facts.years] == [
        Decimal(1_300_000),
        Decimal(6_020_000),
        Decimal("1040400.00"),
        Decimal("6061208.0000"),
    ]


def test_before_going_live_the_member_still_pays_for_its_current_systems() -> None:
    facts, town = _case()
    # Live from 2028-10: 6 of 12 months before, (1,000,000 + 300,000) × 6/12 = 650,000.
    assert cloud_months(town, 2028) == 6
    assert keep_before_go_live(facts, town, 2028) == Decimal(650_000)


def test_a_renewal_falling_due_before_go_live_counts_in_full() -> None:
    # Live from 2029-10: 2029-07's renewal (5,000,000) is still paid, plus 6 months of
    # 1,020,000 (510,000).
    facts, town = _case("2029-10")
    assert keep_before_go_live(facts, town, 2029) == Decimal(5_510_000)


def test_pattern_two_and_pattern_one_for_one_member() -> None:
    facts, _ = _case()
    result = effect(facts, allocate(facts))
    (town,) = result.members
    # Cloud: fees 50,000 × 6 = 300,000 + 650,000 before go-live in 2028; 600,000 a year after.
    assert town.pattern2.cloud == (950_000, 600_000, 600_000, 600_000)
    # Keep: 1,300,000 + 6,020,000 + 1,040,400 + 6,061,208 = 14,421,608.
    assert town.pattern2.before_total == 14_421_608
    assert town.pattern2.saving == 14_421_608 - 2_750_000
    # Pattern 1: 1,000,000 × 4 = 4,000,000 against the same 2,750,000: 1,250,000, 31.25%.
    assert town.pattern1.before == (1_000_000,) * 4
    assert town.pattern1.saving == 1_250_000
    assert town.pattern1.rate == Decimal("0.3125")
    assert result.pattern1.saving == 1_250_000
