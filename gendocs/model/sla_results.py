"""SLA の実績（Phase 4）: the measured values of one fiscal year, one file each in
``content/sla_results/`` — each month's 稼働率 and the value of every SLA item it measures, the
invoiced サービス利用料 the credits apply to, the incidents by level with the times they were
detected and recovered, and the review items for the next year. The SLA年次評価報告書 evaluates
them against the SLA's 協定値 (``gendocs.compute.sla_evaluation``).

Which metrics a month may carry follows the SLA: an item is an ``sla.items`` id (a metric the SLA
does not define is a located error), so a consortium whose SLA measures other items writes those.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from gendocs.model.base import NAME, YEN, YearMonth, fld

# 「2028-08-23 07:40」: a date and a time of day (24:00 is not a time an incident starts or ends)
MOMENT_PATTERN = (
    r"^(19[0-9][0-9]|20[0-9][0-9]|2100)-[0-9]{2}-[0-9]{2} ([01][0-9]|2[0-3]):[0-5][0-9]$"
)


@dataclass(frozen=True, kw_only=True)
class ItemValue:
    """1か月のサービスレベル項目の実績値."""

    item: str = fld("サービスレベル項目（sla.items の id）", "SLA item", ref="sla_items")
    value: Decimal = fld(
        "実績値（月間の達成率。sla.items の threshold と比べる）",
        "the month's value (the share of cases within the level)",
        unit="%",
        min=0,
        max=100,
    )


@dataclass(frozen=True, kw_only=True)
class MonthResult:
    """1か月の実績."""

    month: YearMonth = fld("月（YYYY-MM。対象年度の4月から翌年3月まで）", "month")
    availability: Decimal = fld(
        "稼働率の実績（計画停止を除くサービス提供時間に対する割合）",
        "availability measured",
        unit="%",
        min=0,
        max=100,
    )
    downtime: int = fld(
        "計画外の停止時間（サービス提供時間内）", "unplanned downtime", unit="分", min=0, max=44640
    )
    planned: int = fld(
        "計画停止の時間（事前に通知したもの）",
        "planned stops",
        unit="分",
        default=0,
        min=0,
        max=44640,
    )
    fee: int = fld(
        "当該月のサービス利用料（請求額、税込）。減額はこの額に対する割合",
        "the month's invoiced fee the credits apply to",
        unit="円",
        min=0,
        max=YEN,
    )
    values: tuple[ItemValue, ...] = fld(
        "サービスレベル項目の実績", "SLA item values", default=(), max_items=100
    )


@dataclass(frozen=True, kw_only=True)
class IncidentRecord:
    """障害1件の記録（障害管理票）."""

    level: str = fld("障害の区分（sla.incident_levels の name）", "incident level", max_length=NAME)
    detected: str = fld(
        "検知日時（YYYY-MM-DD HH:MM）",
        "detected at",
        regex=MOMENT_PATTERN,
        example="2028-08-23 07:40",
    )
    notified: str | None = fld(
        "構成団体への第一報の日時（YYYY-MM-DD HH:MM）",
        "first notice at",
        regex=MOMENT_PATTERN,
        default=None,
    )
    recovered: str = fld(
        "復旧日時（YYYY-MM-DD HH:MM）",
        "recovered at",
        regex=MOMENT_PATTERN,
        example="2028-08-23 12:50",
    )
    summary: str = fld("障害の内容", "what happened", max_length=NAME)
    cause: str = fld("原因と再発防止策", "cause and prevention", default="")


@dataclass(frozen=True, kw_only=True)
class SlaResults:
    """1年度のサービスレベルの実績（content/sla_results/ に1年度1ファイル）."""

    fiscal_year: int = fld("対象年度（西暦の年度）", "fiscal year", min=1900, max=2100)
    months: tuple[MonthResult, ...] = fld(
        "月ごとの実績（4月から翌年3月までの12か月）", "monthly results", max_items=12
    )
    incidents: tuple[IncidentRecord, ...] = fld("障害の記録", "incidents", default=())
    review: tuple[str, ...] = fld(
        "次年度に向けた見直し事項", "what to review for the next year", default=()
    )
    reported: date | None = fld(
        "報告日（SLA年次評価報告書の日付。省略時は project の date）",
        "the day the evaluation is reported (the document's date)",
        default=None,
    )
    evaluated: str | None = fld(
        "評価を行った機関・時期（例: 令和11年5月の運用会議）",
        "who evaluated it, and when",
        max_length=NAME,
        default=None,
    )


def months_between(
    results: tuple[SlaResults, ...], start: date, end: date
) -> tuple[MonthResult, ...] | None:
    """The measurements of every month from ``start``'s to ``end``'s, in order, or None when
    one of them is not measured (or the period is empty)."""
    by_month = {m.month: m for r in results for m in r.months}
    first, last = YearMonth(start.year, start.month), YearMonth(end.year, end.month)
    period = [YearMonth.from_index(k) for k in range(first.index, last.index + 1)]
    if not period or any(p not in by_month for p in period):
        return None
    return tuple(by_month[p] for p in period)


def mean_availability(months: tuple[MonthResult, ...]) -> Decimal:
    """The months' mean 稼働率 to two places, rounded half up (as a 運用会議 reports it)."""
    mean = sum((m.availability for m in months), Decimal(0)) / len(months)
    return mean.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def item_values(months: tuple[MonthResult, ...], item: str) -> list[Decimal] | None:
    """``item``'s value in each month, or None when a month lacks it."""
    values = [v.value for m in months for v in m.values if v.item == item]
    return values if len(values) == len(months) else None


def item_met(months: tuple[MonthResult, ...], item: str, threshold: Decimal) -> bool | None:
    """Whether ``item`` reached ``threshold`` in every month; None when a month lacks it."""
    values = item_values(months, item)
    return None if values is None else all(v >= threshold for v in values)
