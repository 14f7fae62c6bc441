"""The 運用会議's figures: whether the quarter's 稼働率 met the SLA, and the month of the next
meeting (the SLA's interval after this one). Pure."""

from __future__ import annotations

from gendocs.model.base import YearMonth
from gendocs.model.operations import Meeting
from gendocs.model.sla import Sla


def availability_met(meeting: Meeting, sla: Sla) -> bool:
    """Whether the measured 稼働率 reaches the agreed one (both in %)."""
    return meeting.availability >= sla.availability


def next_meeting(meeting: Meeting, sla: Sla) -> YearMonth:
    """The month of the next meeting: ``sla.meeting_interval_months`` after this one."""
    month = YearMonth(meeting.date.year, meeting.date.month)
    return YearMonth.from_index(month.index + sla.meeting_interval_months)
