"""稼働率 → 許容停止時間: the downtime an availability target allows over the service hours.

Pure and exact (``Decimal``): the SLA, the 調達仕様書 and the RFP all call
:func:`allowed_downtime` so the figures they print are the same.

Rules (stated in the SLA's 用語と測定方法, so the documents and this module agree):

* サービス提供時間 per year = minutes per service day × service days per year.
* 月間 is the average month: one twelfth of the yearly service time.
* 許容停止時間 = サービス提供時間 × (100 − 稼働率) ÷ 100, **rounded down to whole minutes**, so
  the printed figure never allows more downtime than the target does.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from gendocs import ja
from gendocs.model.sla import MINUTES_PER_HOUR, CreditLevel, ServiceHours, minutes_of_day

MONTHS_PER_YEAR = 12


@dataclass(frozen=True, order=True)
class Duration:
    """A length of time in whole minutes."""

    minutes: int

    @property
    def hours_and_minutes(self) -> tuple[int, int]:
        """Whole hours and the minutes left over (1029 → (17, 9))."""
        return divmod(self.minutes, MINUTES_PER_HOUR)

    def label(self) -> str:
        """Write as 17時間9分, 2時間, 45分 or 0分 (hours with thousands commas)."""
        hours, rest = self.hours_and_minutes
        if hours == 0:
            return f"{rest}分"
        return f"{hours:,}時間" + (f"{rest}分" if rest else "")


@dataclass(frozen=True)
class AllowedDowntime:
    """What a 稼働率 target allows over the service hours, per year and per average month."""

    availability: Decimal  # percent, e.g. Decimal("99.5")
    service_per_year: Duration
    service_per_month: Decimal  # minutes; may have a fraction (one twelfth of a year)
    per_year: Duration
    per_month: Duration


def service_minutes_per_day(start: str, end: str) -> int:
    """Minutes of service in one day from ``start`` to ``end`` (08:00–22:00 → 840)."""
    length = minutes_of_day(end) - minutes_of_day(start)
    if length <= 0:
        raise ValueError(f"service must end after it starts: {start}–{end}")
    return length


def downtime_minutes(availability: Decimal, service_minutes: Decimal) -> Duration:
    """The downtime ``availability`` (percent) allows in ``service_minutes``, rounded down."""
    if not Decimal(0) <= availability <= Decimal(100):
        raise ValueError(f"availability must be a percentage from 0 to 100, got {availability}")
    allowed = service_minutes * (Decimal(100) - availability) / Decimal(100)
    return Duration(int(allowed.to_integral_value(rounding=ROUND_FLOOR)))


def allowed_downtime(availability: Decimal, hours: ServiceHours) -> AllowedDowntime:
    """The yearly and monthly downtime ``availability`` allows over ``hours``."""
    per_year = service_minutes_per_day(hours.start, hours.end) * hours.days_per_year
    per_month = Decimal(per_year) / MONTHS_PER_YEAR
    return AllowedDowntime(
        availability=availability,
        service_per_year=Duration(per_year),
        service_per_month=per_month,
        per_year=downtime_minutes(availability, Decimal(per_year)),
        per_month=downtime_minutes(availability, per_month),
    )


def credit_amount(monthly_fee: int, rate: Decimal) -> int:
    """The service credit (減額) ``rate`` percent of ``monthly_fee`` allows, in whole yen rounded
    down (the consortium never claims more than the SLA states)."""
    if not Decimal(0) <= rate <= Decimal(100):
        raise ValueError(f"a credit rate is a percentage from 0 to 100, got {rate}")
    return int((Decimal(monthly_fee) * rate / Decimal(100)).to_integral_value(rounding=ROUND_FLOOR))


def credit_level_words(level: CreditLevel, availability: Decimal) -> str:
    """The 達成水準 of a 減額 row as the SLA states it: the content's words, or a 稼働率 band
    (「99%以上99.5%（協定値）未満」; the upper bound is the 協定値 when content omits it), so the
    SLA年次評価報告書 quotes the SLA's own table."""
    if level.level is not None:
        return level.level
    upper = level.below if level.below is not None else availability
    lower = "" if level.at_least is None else f"{ja.format_decimal(level.at_least)}%以上"
    mark = "（協定値）" if upper == availability else ""
    return f"{lower}{ja.format_decimal(upper)}%{mark}未満"
