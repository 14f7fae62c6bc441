"""稼働率 → 許容停止時間, checked against arithmetic done by hand in the comments."""

from __future__ import annotations

from decimal import Decimal

import pytest

from gendocs.compute.sla import (
    Duration,
    allowed_downtime,
    downtime_minutes,
    service_minutes_per_day,
)
from gendocs.model.sla import ServiceHours


def hours(start: str, end: str, days: int) -> ServiceHours:
    return ServiceHours(days="毎日", start=start, end=end, days_per_year=days)


def test_sample_consortium_995_over_245_days_of_14_hours() -> None:
    # 08:00–22:00 = 14 h = 840 min; × 245 days = 205,800 min = 3,430 h a year.
    # 0.5 % of 205,800 = 1,029 min = 17 h 9 min.
    # A month is 205,800 ÷ 12 = 17,150 min; 0.5 % of it = 85.75 → 85 min = 1 h 25 min.
    result = allowed_downtime(Decimal("99.5"), hours("08:00", "22:00", 245))
    assert result.service_per_year == Duration(205_800)
    assert result.service_per_year.label() == "3,430時間"
    assert result.service_per_month == Decimal(17_150)
    assert result.per_year == Duration(1_029)
    assert result.per_year.label() == "17時間9分"
    assert result.per_month == Duration(85)
    assert result.per_month.label() == "1時間25分"


def test_round_the_clock_999() -> None:
    # 24 h × 365 = 8,760 h = 525,600 min; 0.1 % = 525.6 → 525 min = 8 h 45 min.
    # A month: 43,800 min; 0.1 % = 43.8 → 43 min.
    result = allowed_downtime(Decimal("99.9"), hours("00:00", "24:00", 365))
    assert result.per_year.label() == "8時間45分"
    assert result.per_month.label() == "43分"


def test_half_hour_service_day() -> None:
    # 08:30–17:15 = 8 h 45 min = 525 min; × 240 days = 126,000 min = 2,100 h.
    # 1 % = 1,260 min = 21 h; a month 10,500 min → 105 min = 1 h 45 min.
    result = allowed_downtime(Decimal("99"), hours("08:30", "17:15", 240))
    assert result.service_per_year.label() == "2,100時間"
    assert result.per_year.label() == "21時間"
    assert result.per_month.label() == "1時間45分"


def test_downtime_is_rounded_down_never_up() -> None:
    # 0.01 % of 9,999 min = 0.9999 min: the target allows less than a minute.
    assert downtime_minutes(Decimal("99.99"), Decimal(9_999)) == Duration(0)
    assert Duration(0).label() == "0分"


def test_full_availability_allows_no_downtime() -> None:
    assert allowed_downtime(Decimal(100), hours("09:00", "17:00", 1)).per_year == Duration(0)


def test_service_minutes_per_day() -> None:
    assert service_minutes_per_day("08:00", "22:00") == 840
    assert service_minutes_per_day("00:00", "24:00") == 1_440


@pytest.mark.parametrize("start,end", [("22:00", "08:00"), ("09:00", "09:00"), ("09:00", "24:30")])
def test_service_day_must_end_after_it_starts(start: str, end: str) -> None:
    with pytest.raises(ValueError):
        service_minutes_per_day(start, end)


@pytest.mark.parametrize("availability", ["120", "-1"])
def test_availability_outside_0_to_100_is_refused(availability: str) -> None:
    with pytest.raises(ValueError, match="percentage from 0 to 100"):
        downtime_minutes(Decimal(availability), Decimal(1_000))


def test_duration_label_uses_thousands_separator() -> None:
    assert Duration(60 * 1_234 + 5).label() == "1,234時間5分"
