"""SLA 年次評価: the measured values of each fiscal year (``content/sla_results/``) against the
SLA's 協定値, and the service credits (減額) the SLA's table yields, to the yen. Pure and exact.

Rules (the SLA年次評価報告書 states them in 2 評価の方法):

* 稼働率 is met in a month when the measured value is **at least** ``sla.availability`` (a month
  exactly at the 協定値 meets it); an item with a ``threshold`` is met when the month's value is at
  least the threshold.
* An incident's recovery time is the time from detection to recovery, in whole minutes; it meets
  its level's target when it is at most ``recovery_hours`` (a level without hours is not judged).
* A credit level applies to a month whose value is below ``below`` (the 協定値 when omitted) and at
  least ``at_least`` (no lower bound when omitted); a ``per_incident`` level applies once for each
  incident of that level detected in the month and recovered later than its target.
* The month's credit rate is the sum of the rates that apply, at most ``credits.cap``; the credit is
  that rate of the month's invoiced fee, **rounded down to whole yen**
  (:func:`gendocs.compute.sla.credit_amount`). The year's credit is the sum of the months'.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from gendocs.compute.sla import Duration, credit_amount, credit_level_words
from gendocs.model import Content
from gendocs.model.base import YearMonth
from gendocs.model.sla import CreditLevel, Sla
from gendocs.model.sla_results import IncidentRecord, MonthResult, SlaResults

AVAILABILITY = "availability"  # the metric name of 稼働率 in the credit table
MINUTES_PER_HOUR = 60


def moment(text: str) -> datetime:
    """Read ``YYYY-MM-DD HH:MM`` (validated content)."""
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


def fiscal_months(fiscal_year: int) -> tuple[YearMonth, ...]:
    """April of ``fiscal_year`` to March of the next year."""
    return tuple(YearMonth.from_index(YearMonth(fiscal_year, 4).index + i) for i in range(12))


@dataclass(frozen=True)
class MetricMonth:
    """One metric in one month: the measured value and whether it meets the level."""

    month: YearMonth
    value: Decimal
    met: bool


@dataclass(frozen=True)
class MetricRow:
    """One metric over the year: 稼働率 or an SLA item with a threshold."""

    metric: str  # "availability" or the item id
    name: str | None  # the item's name (None for 稼働率: the template names it)
    target: str | None  # the 協定値 as the SLA writes it (None for 稼働率)
    threshold: Decimal  # the monthly value that meets it (%)
    months: tuple[MetricMonth, ...]
    missed: int  # months below the threshold


@dataclass(frozen=True)
class IncidentResult:
    """One incident with its recovery time against its level's target."""

    record: IncidentRecord
    month: YearMonth  # the month it was detected in (the month its credit falls in)
    recovery: Duration
    notice: Duration | None
    target: str  # the level's recovery target as the SLA writes it
    target_hours: Decimal | None
    met: bool | None  # None: the level's target is not in hours, so it is not judged


@dataclass(frozen=True)
class CreditLine:
    """One row of the credit table that applies to a month."""

    metric: str
    level: str  # the level as the SLA's table writes it
    rate: Decimal  # the table's rate
    count: int  # 1, or the incidents a per-incident level counts
    applied: Decimal  # rate × count


@dataclass(frozen=True)
class MonthCredit:
    """The service credit of one month."""

    month: YearMonth
    fee: int
    lines: tuple[CreditLine, ...]
    rate: Decimal  # the sum of the lines, at most the cap
    capped: bool
    amount: int  # whole yen, rounded down


@dataclass(frozen=True)
class LevelSummary:
    """The incidents of one level over the year."""

    level: str
    count: int
    over_target: int
    longest: Duration | None


@dataclass(frozen=True)
class YearEvaluation:
    """The evaluation of one fiscal year."""

    fiscal_year: int
    months: tuple[YearMonth, ...]
    rows: tuple[MetricRow, ...]  # 稼働率 first, then the items in the SLA's order
    incidents: tuple[IncidentResult, ...]
    levels: tuple[LevelSummary, ...]  # in the SLA's order
    credits: tuple[MonthCredit, ...]  # every month, in order
    total_fee: int
    total_credit: int
    # the mean of the months, to two places rounded half up (informative; no credit reads it)
    yearly_availability: Decimal
    downtime: Duration  # unplanned, over the year
    planned: Duration


def evaluate_sla(content: Content) -> tuple[YearEvaluation, ...]:
    """Each fiscal year of ``content.sla_results``, in year order."""
    return tuple(
        evaluate_year(content.sla, r)
        for r in sorted(content.sla_results, key=lambda r: r.fiscal_year)
    )


def evaluate_year(sla: Sla, results: SlaResults) -> YearEvaluation:
    """Evaluate one fiscal year of measurements against ``sla`` (validated content)."""
    months = tuple(sorted(results.months, key=lambda m: m.month))
    rows = (_availability_row(sla, months),) + tuple(
        _item_row(sla, item.id, months) for item in sla.items if item.threshold is not None
    )
    incidents = tuple(
        sorted((_incident(sla, i) for i in results.incidents), key=lambda i: i.record.detected)
    )
    credits = tuple(_month_credit(sla, m, incidents) for m in months)
    mean = sum((m.availability for m in months), Decimal(0)) / max(len(months), 1)
    return YearEvaluation(
        fiscal_year=results.fiscal_year,
        months=tuple(m.month for m in months),
        rows=rows,
        incidents=incidents,
        levels=tuple(_level_summary(level.name, incidents) for level in sla.incident_levels),
        credits=credits,
        total_fee=sum(m.fee for m in months),
        total_credit=sum(c.amount for c in credits),
        yearly_availability=mean.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
        downtime=Duration(sum(m.downtime for m in months)),
        planned=Duration(sum(m.planned for m in months)),
    )


def _availability_row(sla: Sla, months: tuple[MonthResult, ...]) -> MetricRow:
    cells = tuple(
        MetricMonth(m.month, m.availability, m.availability >= sla.availability) for m in months
    )
    return MetricRow(
        metric=AVAILABILITY,
        name=None,
        target=None,
        threshold=sla.availability,
        months=cells,
        missed=sum(not c.met for c in cells),
    )


def _item_row(sla: Sla, item_id: str, months: tuple[MonthResult, ...]) -> MetricRow:
    item = next(i for i in sla.items if i.id == item_id)
    assert item.threshold is not None
    cells = tuple(
        MetricMonth(m.month, v, v >= item.threshold)
        for m in months
        for v in [_value(m, item_id)]
        if v is not None
    )
    return MetricRow(
        metric=item.id,
        name=item.name,
        target=item.target,
        threshold=item.threshold,
        months=cells,
        missed=sum(not c.met for c in cells),
    )


def _value(month: MonthResult, metric: str) -> Decimal | None:
    if metric == AVAILABILITY:
        return month.availability
    return next((v.value for v in month.values if v.item == metric), None)


def _incident(sla: Sla, record: IncidentRecord) -> IncidentResult:
    level = next(lv for lv in sla.incident_levels if lv.name == record.level)
    detected = moment(record.detected)
    minutes = int((moment(record.recovered) - detected).total_seconds()) // MINUTES_PER_HOUR
    notice = (
        None
        if record.notified is None
        else Duration(int((moment(record.notified) - detected).total_seconds()) // 60)
    )
    hours = level.recovery_hours
    return IncidentResult(
        record=record,
        month=YearMonth(detected.year, detected.month),
        recovery=Duration(minutes),
        notice=notice,
        target=level.recovery,
        target_hours=hours,
        met=None if hours is None else Decimal(minutes) <= hours * MINUTES_PER_HOUR,
    )


def _level_summary(level: str, incidents: tuple[IncidentResult, ...]) -> LevelSummary:
    mine = [i for i in incidents if i.record.level == level]
    return LevelSummary(
        level=level,
        count=len(mine),
        over_target=sum(i.met is False for i in mine),
        longest=max((i.recovery for i in mine), default=None),
    )


def _month_credit(
    sla: Sla, month: MonthResult, incidents: tuple[IncidentResult, ...]
) -> MonthCredit:
    lines: list[CreditLine] = []
    cap = Decimal(100)
    if sla.credits is not None:
        cap = sla.credits.cap
        for level in sla.credits.levels:
            count = _applies(sla, level, month, incidents)
            if count:
                lines.append(
                    CreditLine(
                        level.metric,
                        credit_level_words(level, sla.availability),
                        level.rate,
                        count,
                        level.rate * count,
                    )
                )
    total = sum((line.applied for line in lines), Decimal(0))
    rate = min(total, cap)
    return MonthCredit(
        month=month.month,
        fee=month.fee,
        lines=tuple(lines),
        rate=rate,
        capped=total > cap,
        amount=credit_amount(month.fee, rate),
    )


def level_bound(sla: Sla, level: CreditLevel) -> Decimal | None:
    """The value below which ``level`` applies: its ``below``, else its metric's 協定値."""
    if level.below is not None:
        return level.below
    if level.metric == AVAILABILITY:
        return sla.availability
    item = next((i for i in sla.items if i.id == level.metric), None)
    return None if item is None else item.threshold


def _applies(
    sla: Sla, level: CreditLevel, month: MonthResult, incidents: tuple[IncidentResult, ...]
) -> int:
    """How many times ``level`` applies to ``month`` (0: not at all)."""
    if level.per_incident is not None:
        return sum(
            i.record.level == level.per_incident and i.met is False and i.month == month.month
            for i in incidents
        )
    value, bound = _value(month, level.metric), level_bound(sla, level)
    if value is None or bound is None:
        return 0
    if value >= bound:
        return 0
    return int(level.at_least is None or value >= level.at_least)
