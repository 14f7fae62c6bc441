"""サービスレベル合意書（SLA）: levels from content, derived figures from ``compute.sla``.

The wording is the template's: this module gives figures (「99.5」, 「1,234」, counts), names and
the meeting interval in months, and the template writes 「%以上」, 「台」 or 「四半期ごと」 around
them.

The six groups of service level items (経産省 SaaS向けSLAガイドライン: 可用性, 信頼性, 性能,
サポート, データ管理, セキュリティ) are fixed sections of the template; the 稼働率 row of 可用性 is
written there too and filled from ``sla.availability`` and the computed allowed downtime, so the
availability target is stated once in content/.
"""

from __future__ import annotations

from typing import Any

from gendocs import ja
from gendocs.compute import Facts
from gendocs.compute.sla import (
    Duration,
    allowed_downtime,
    credit_amount,
    service_minutes_per_day,
)
from gendocs.doctypes import Context, DocumentType, register
from gendocs.doctypes.procurement_facts import parties
from gendocs.model import Content
from gendocs.model.sla import CreditLevel, Sla, SlaItem

# Template section key → the group name used in content (sla.items[].group).
GROUPS = {
    "availability": "可用性",
    "reliability": "信頼性",
    "performance": "性能",
    "support": "サポート",
    "data": "データ管理",
    "security": "セキュリティ",
}


def sla_context(content: Content, facts: Facts) -> Context:
    """Return the context of the SLA template."""
    sla = content.sla
    return {
        "sla": {
            "service_title": content.procurement.title,
            "provider": sla.provider,  # None: the template names the provider in general terms
            "availability": ja.format_decimal(sla.availability),
            "hours": _hours(sla),
            "downtime": _downtime(sla),
            "groups": {key: _rows(sla.items, group) for key, group in GROUPS.items()},
            "responsibilities": sla.responsibilities,
            "scope": _scope(content),
            "report_day": sla.report_day,
            "meeting_months": sla.meeting_interval_months,
            "measures": sla.shortfall_measures,
            "valid_from": ja.wareki_date(sla.valid_from),
            "valid_to": ja.wareki_date(content.procurement.contract_end),
            "review": sla.review,
            "closed_days": sla.closed_days,
            "incident_levels": sla.incident_levels,
            "continuity": sla.continuity,
            "credits": _credits(sla),
        },
        "parties": parties(content),
    }


def _credits(sla: Sla) -> dict[str, Any] | None:
    credits = sla.credits
    if credits is None:
        return None
    names = {i.id: i.name for i in sla.items}
    fee = credits.example_fee
    return {
        "rows": [
            {
                "metric": "サービス稼働率" if c.metric == "availability" else names[c.metric],
                "level": c.level,
                **_band(c, sla),
                "rate": f"{ja.format_decimal(c.rate)}%",
                "example": ja.format_yen(credit_amount(fee, c.rate)) if fee else None,
            }
            for c in credits.levels
        ],
        "cap": f"{ja.format_decimal(credits.cap)}%",
        "example_fee": ja.format_yen(fee) if fee else None,
        "example_cap": ja.format_yen(credit_amount(fee, credits.cap)) if fee else None,
    }


def _band(level: CreditLevel, sla: Sla) -> dict[str, Any]:
    """A 稼働率 band of the 減額 table: its bounds as the template writes them (「…%以上」,
    「…%（協定値）未満」); the upper bound is the 協定値 when content omits it."""
    upper = level.below if level.below is not None else sla.availability
    return {
        "at_least": None if level.at_least is None else f"{ja.format_decimal(level.at_least)}%",
        "below": f"{ja.format_decimal(upper)}%",
        "below_target": upper == sla.availability,
    }


def _hours(sla: Sla) -> dict[str, Any]:
    hours = sla.service_hours
    per_day = Duration(service_minutes_per_day(hours.start, hours.end))
    return {
        "days": hours.days,
        "start": ja.clock_label(hours.start),
        "end": ja.clock_label(hours.end),
        "per_day": per_day.label(),
        "days_per_year": hours.days_per_year,
    }


def _downtime(sla: Sla) -> dict[str, str]:
    allowed = allowed_downtime(sla.availability, sla.service_hours)
    month = Duration(int(allowed.service_per_month))
    return {
        "service_year": allowed.service_per_year.label(),
        "service_month": month.label(),
        "year": allowed.per_year.label(),
        "month": allowed.per_month.label(),
    }


def _rows(sla_items: tuple[SlaItem, ...], group: str) -> list[dict[str, str]]:
    return [
        {
            "name": i.name,
            "description": i.description,
            "target": i.target,
            "measurement": i.measurement,
            "report": i.report,
        }
        for i in sla_items
        if i.group == group
    ]


def _scope(content: Content) -> dict[str, Any]:
    names = content.member_names()
    usage = [
        {"name": names[u.member], "services": len(u.services), "terminals": f"{u.terminals:,}"}
        for u in content.systems.usage
    ]
    services = content.systems.services
    return {
        "usage": usage,
        "member_count": len(content.systems.usage),
        "terminal_total": f"{sum(u.terminals for u in content.systems.usage):,}",
        "service_count": len(services),
        "categories": [
            {
                "name": category,
                "services": "、".join(s.name for s in services if s.category == category),
            }
            for category in dict.fromkeys(s.category for s in services)
        ],
    }


NEEDS = (
    "sla.availability",
    "sla.downtime.year",
    "sla.downtime.month",
    "sla.hours.start",
    "sla.hours.end",
    *(f"sla.groups.{key}[].target" for key in GROUPS),
    "sla.scope.usage[].terminals",
    "sla.responsibilities[].provider",
    "sla.measures",
    "sla.report_day",
    "sla.valid_from",
    "sla.valid_to",
    "sla.review",
)

register(
    DocumentType(
        name="sla",
        title="サービスレベル合意書",
        template="sla.docx",
        context=sla_context,
        order=30,
        phase=2,
        needs=NEEDS,
    )
)
