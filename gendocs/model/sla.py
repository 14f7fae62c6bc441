"""サービスレベル合意書（SLA）: service hours, levels, responsibilities, reporting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from gendocs.model.base import ID_PATTERN, NAME, fld

MINUTES_PER_HOUR = 60


def minutes_of_day(clock: str) -> int:
    """Minutes since midnight of ``HH:MM`` (``24:00`` is 1440): the clock times of this model."""
    hours, _, minutes = clock.partition(":")
    value = int(hours) * MINUTES_PER_HOUR + int(minutes)
    if not 0 <= value <= 24 * MINUTES_PER_HOUR or not minutes.isdigit():
        raise ValueError(f"not a time of day: {clock!r}")
    return value


SlaGroup = Literal["可用性", "信頼性", "性能", "サポート", "データ管理", "セキュリティ"]


@dataclass(frozen=True, kw_only=True)
class ServiceHours:
    """サービス提供時間."""

    days: str = fld("提供日", "days", max_length=NAME, example="閉庁日を除く毎日")
    start: str = fld("開始時刻（HH:MM）", "start time", regex=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")
    end: str = fld(
        "終了時刻（HH:MM、24:00 可）", "end time", regex=r"^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$"
    )
    days_per_year: int = fld("年間提供日数", "service days per year", unit="日", min=1, max=366)


@dataclass(frozen=True, kw_only=True)
class SlaItem:
    """サービスレベル項目."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    group: SlaGroup = fld("区分", "group")
    name: str = fld("項目名", "name", max_length=NAME, example="オンライン応答時間")
    description: str = fld("規定内容", "what is agreed")
    target: str = fld("協定値", "agreed level", example="3秒以内（90%以上）")
    measurement: str = fld("測定方法", "how it is measured")
    report: str = fld("報告", "how it is reported", example="月次報告書")


@dataclass(frozen=True, kw_only=True)
class Responsibility:
    """責任分界."""

    area: str = fld("範囲", "area", example="データセンターからLGWAN接続点まで")
    provider: str = fld("事業者の責任", "provider's responsibility")
    consortium: str = fld("組合・構成団体の責任", "consortium's responsibility")


@dataclass(frozen=True, kw_only=True)
class Sla:
    """サービスレベル合意書（SLA）の内容.

    稼働率 is stated once, as ``availability``; the SLA's 稼働率 row, the allowed downtime and the
    procurement documents' figures are all derived from it (``gendocs.compute.sla``), so it is not
    repeated among ``items``.
    """

    availability: Decimal = fld("稼働率の協定値", "availability target", unit="%", min=0, max=100)
    provider: str | None = fld(
        "サービス提供事業者の名称（選定前は省略）",
        "provider, once chosen",
        max_length=NAME,
        default=None,
    )
    service_hours: ServiceHours = fld("サービス提供時間", "service hours")
    items: tuple[SlaItem, ...] = fld("サービスレベル項目", "service level items")
    responsibilities: tuple[Responsibility, ...] = fld("責任分界", "responsibilities")
    report_day: int = fld(
        "月次報告の提出日（翌月の日）", "day of the month the report is due", min=1, max=28
    )
    meeting_interval_months: int = fld(
        "運用会議の開催間隔", "months between meetings", unit="か月", min=1, max=12
    )
    shortfall_measures: tuple[str, ...] = fld("未達時の措置", "measures when a level is missed")
    valid_from: date = fld("有効期間の開始日", "valid from")
    review: str = fld("改定の手続", "how it is revised")
