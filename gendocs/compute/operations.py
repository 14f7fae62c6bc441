"""The 運用会議's figures: the period's 稼働率 and each SLA item's result, whether they met the
SLA, and the month of the next meeting (the SLA's interval after this one). Pure.

One truth with the SLA年次評価報告書: where ``content/sla_results/`` holds every month of a
meeting's period, a meeting that leaves out its ``availability`` (or an item result its ``met`` or
``value``) takes it from those months — the mean of the monthly 稼働率 to two places, rounded
half up; an item judged by its ``threshold`` met when every month met it; an item's value as the
range of its monthly values (「各月93.1〜96.3%」). What a meeting does write must
agree with the months (the rule ``meetings_agree`` of :mod:`gendocs.validate.checks.sla_results`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from gendocs.ja import format_decimal
from gendocs.model import Content
from gendocs.model.base import YearMonth
from gendocs.model.operations import Meeting
from gendocs.model.sla import Sla
from gendocs.model.sla_results import item_met, item_values, mean_availability, months_between


@dataclass(frozen=True)
class ItemFigure:
    """One SLA item's result in a meeting's period."""

    item: str  # sla.items id
    value: str  # as the meeting reports it
    met: bool


@dataclass(frozen=True)
class MeetingFigures:
    """What a 運用会議 reports for its period."""

    availability: Decimal  # %, as written or the mean of the months
    availability_met: bool  # against sla.availability
    results: tuple[ItemFigure, ...]


def meeting_figures(content: Content, meeting: Meeting) -> MeetingFigures:
    """The meeting's figures, the omitted ones from the measurements (validation has made sure
    that the measurements cover whatever the meeting leaves out)."""
    months = months_between(content.sla_results, meeting.period_start, meeting.period_end)
    availability = meeting.availability
    if availability is None:
        assert months is not None, "validated: checks.sla_results.meetings_agree"
        availability = mean_availability(months)
    thresholds = {i.id: i.threshold for i in content.sla.items if i.threshold is not None}
    results = []
    for r in meeting.results:
        met, value = r.met, r.value
        if met is None:
            assert months is not None and r.item in thresholds, "validated: meetings_agree"
            met = item_met(months, r.item, thresholds[r.item])
            assert met is not None, "validated: meetings_agree"
        if value is None:
            values = None if months is None else item_values(months, r.item)
            assert values is not None, "validated: meetings_agree"
            value = monthly_range(values)
        results.append(ItemFigure(r.item, value, met))
    return MeetingFigures(availability, availability_met(availability, content.sla), tuple(results))


def monthly_range(values: list[Decimal]) -> str:
    """An item's values over a period as a 運用会議 reports them: 「各月93.1〜96.3%」, or
    「各月100%」 when every month had the same."""
    low, high = format_decimal(min(values)), format_decimal(max(values))
    return f"各月{low}%" if low == high else f"各月{low}〜{high}%"


def availability_met(availability: Decimal, sla: Sla) -> bool:
    """Whether the measured 稼働率 reaches the agreed one (both in %)."""
    return availability >= sla.availability


def next_meeting(meeting: Meeting, sla: Sla) -> YearMonth:
    """The month of the next meeting: ``sla.meeting_interval_months`` after this one."""
    month = YearMonth(meeting.date.year, meeting.date.month)
    return YearMonth.from_index(month.index + sla.meeting_interval_months)
