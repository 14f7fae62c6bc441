"""SLA年次評価報告書 (Phase 4, issue 15 item 4): one fiscal year of measured service levels
(``content/sla_results/``, the latest year) evaluated against the SLA — 1 概要, 2 評価の方法
(the 協定値 and the credit table from the SLA), 3 評価結果 (metric × month, ○/×, the chart of
the monthly 稼働率 against the 協定値), 4 障害の状況 (by level, recovery against the targets),
5 サービスクレジット (per month and the year, to the yen), 6 次年度に向けた見直し事項, and the
改訂履歴.

The evaluation is computed once (``Facts.sla_evaluation``, ``gendocs.compute.sla_evaluation``);
this module only formats it. A project without measurements (``sla_results`` absent, e.g. before
the service starts) does not get the document: a full build skips it.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from gendocs import ja
from gendocs.compute import Facts
from gendocs.compute.sla import allowed_downtime, credit_level_words
from gendocs.compute.sla_evaluation import (
    AVAILABILITY,
    IncidentResult,
    MetricRow,
    YearEvaluation,
    level_bound,
)
from gendocs.doctypes import Context, DocumentType, register
from gendocs.errors import ContentError, Location, Msg, Problem
from gendocs.model import Content
from gendocs.render.charts import target_chart
from gendocs.render.docx import Image

HALF = 6  # months per table of 3 評価結果 (上半期・下半期), so the table fits an A4 page


def _year(facts: Facts) -> YearEvaluation:
    if not facts.sla_evaluation:
        raise ContentError(
            [
                Problem(
                    Location("content/sla_results"),
                    "sla_results",
                    Msg(
                        "SLA年次評価報告書を作成するには、content/sla_results/ に年度ごとの実績"
                        "（例: 2028.yaml）が必要です（実績がなければ gendocs build はこの文書を"
                        "作成しません）",
                        "the SLA evaluation needs a fiscal year of measurements in "
                        "content/sla_results/ (e.g. 2028.yaml); a full build skips it without them",
                    ),
                )
            ]
        )
    return facts.sla_evaluation[-1]


def _month(month: Any) -> str:
    return f"{month.month}月"


def _rows(rows: tuple[MetricRow, ...], start: int) -> list[dict[str, Any]]:
    return [
        {
            "metric": r.metric,
            "name": r.name,
            "target": r.target,
            "threshold": ja.format_decimal(r.threshold),
            "cells": [
                {"value": ja.format_decimal(c.value), "met": c.met}
                for c in r.months[start : start + HALF]
            ],
        }
        for r in rows
    ]


def _incident(i: IncidentResult) -> dict[str, Any]:
    return {
        "level": i.record.level,
        "detected": _moment(i.record.detected),
        "recovered": _moment(i.record.recovered),
        "summary": i.record.summary,
        "cause": i.record.cause,
        "notice": None if i.notice is None else i.notice.label(),
        "recovery": i.recovery.label(),
        "target": i.target,
        "judged": i.met is not None,
        "met": i.met,
    }


def _moment(text: str) -> str:
    day, _, clock = text.partition(" ")
    hours, minutes = clock.split(":")
    return f"{ja.wareki_date(datetime.date.fromisoformat(day))} {int(hours)}時{minutes}分"


def _provider(content: Content) -> str | None:
    """The provider's name: the SLA's (``sla.provider``), else the proposer the Fit & Gap records
    as selected (``fitgap.selected``) — the one the アプリケーション要件定義書 names; a report on a
    year of service should not say the name is unknown when content knows it."""
    if content.sla.provider:
        return content.sla.provider
    fitgap = content.fitgap
    if fitgap is None or fitgap.selected is None:
        return None
    return next((p.name for p in fitgap.proposals if p.id == fitgap.selected), None)


def context(content: Content, facts: Facts) -> Context:
    """Return the context of the SLA年次評価報告書 template."""
    year = _year(facts)
    sla = content.sla
    results = next(r for r in content.sla_results if r.fiscal_year == year.fiscal_year)
    names = {i.id: i.name for i in sla.items}
    allowed = allowed_downtime(sla.availability, sla.service_hours)
    first, last = year.months[0].first_day(), year.months[-1]
    last_day = datetime.date(last.year + (last.month == 12), last.month % 12 + 1, 1)
    last_day -= datetime.timedelta(days=1)
    return {
        "year": {
            "label": ja.fiscal_year_label(year.fiscal_year),
            "start": ja.wareki_date(first),
            "end": ja.wareki_date(last_day),
            "evaluated": results.evaluated,
            "availability": ja.format_decimal(year.yearly_availability),
            "downtime": year.downtime.label(),
            "planned": year.planned.label(),
        },
        "contract": {
            "provider": _provider(content),
            "valid_from": ja.wareki_date(sla.valid_from),
        },
        "method": {
            "availability": ja.format_decimal(sla.availability),
            "hours_start": sla.service_hours.start,
            "hours_end": sla.service_hours.end,
            "hours_days": sla.service_hours.days,
            "allowed_month": allowed.per_month.label(),
            "measures": [
                {
                    "name": i.name,
                    "target": i.target,
                    "threshold": ja.format_decimal(i.threshold),
                    "measurement": i.measurement,
                }
                for i in sla.items
                if i.threshold is not None
            ],
            "levels": [
                {"name": lv.name, "recovery": lv.recovery, "notice": lv.notice}
                for lv in sla.incident_levels
            ],
            "credits": [
                {
                    "availability": c.metric == AVAILABILITY,
                    "metric": names.get(c.metric, c.metric),
                    "level": credit_level_words(c, sla.availability),
                    "rate": ja.format_decimal(c.rate),
                    "bound": _bound(content, c),
                }
                for c in (sla.credits.levels if sla.credits else ())
            ],
            "cap": ja.format_decimal(sla.credits.cap) if sla.credits else None,
        },
        "halves": [
            {"months": [_month(m) for m in year.months[s : s + HALF]], "rows": _rows(year.rows, s)}
            for s in range(0, len(year.months), HALF)
        ],
        "missed": [
            {
                "metric": r.metric,
                "name": r.name,
                "months": "、".join(_month(c.month) for c in r.months if not c.met),
            }
            for r in year.rows
            if r.missed
        ],
        "availability_chart": Image(_chart(year, sla.availability), 150),
        "levels": [
            {
                "level": s.level,
                "count": str(s.count),
                "over": str(s.over_target),
                "longest": None if s.longest is None else s.longest.label(),
                "target": next(lv.recovery for lv in sla.incident_levels if lv.name == s.level),
            }
            for s in year.levels
        ],
        "incidents": [_incident(i) for i in year.incidents],
        "credits": {
            "months": [
                {
                    "month": ja.wareki_month(c.month.year, c.month.month),
                    "fee": ja.format_yen(c.fee),
                    "lines": [
                        {
                            "availability": line.metric == AVAILABILITY,
                            "metric": names.get(line.metric, line.metric),
                            "level": line.level,
                            "count": str(line.count),
                            "rate": ja.format_decimal(line.applied),
                        }
                        for line in c.lines
                    ],
                    "rate": ja.format_decimal(c.rate),
                    "capped": c.capped,
                    "amount": ja.format_yen(c.amount),
                }
                for c in year.credits
            ],
            "total_fee": ja.format_yen(year.total_fee),
            "total": ja.format_yen(year.total_credit),
            "months_credited": str(sum(c.amount > 0 for c in year.credits)),
        },
        "review": list(results.review),
    }


def _bound(content: Content, level: Any) -> str | None:
    if level.per_incident is not None:
        return None
    bound = level_bound(content.sla, level)
    return None if bound is None else ja.format_decimal(bound)


def _chart(year: YearEvaluation, target: Decimal) -> bytes:
    row = year.rows[0]
    return target_chart(
        [_month(c.month) for c in row.months],
        [float(c.value) for c in row.months],
        float(target),
        ["稼働率（実績）", "協定値"],
        "稼働率（%）",
    )


def _applies(content: Content) -> bool:
    return bool(content.sla_results)


NEEDS = (
    "year.label",
    "method.availability",
    "halves[].rows[].cells[].value",
    "availability_chart",
    "levels[].count",
    "credits.months[].amount",
    "credits.total",
    "review",
)

register(
    DocumentType(
        name="sla_evaluation",
        title="SLA年次評価報告書",
        template="sla_evaluation.docx",
        context=context,
        order=62,
        phase=4,
        applies=_applies,
        needs=NEEDS,
    )
)
