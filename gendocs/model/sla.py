"""サービスレベル合意書（SLA）: service hours, levels, responsibilities, reporting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from gendocs.model.base import ID_PATTERN, NAME, YEN, fld

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
    threshold: Decimal | None = fld(
        "年次評価の基準値（月間の達成率がこの値以上で達成。SLA年次評価報告書で月ごとに判定する"
        "項目に書く）",
        "the monthly share of cases that meets the level (items the yearly evaluation judges)",
        unit="%",
        min=0,
        max=100,
        default=None,
    )


@dataclass(frozen=True, kw_only=True)
class Responsibility:
    """責任分界."""

    area: str = fld("範囲", "area", example="データセンターからLGWAN接続点まで")
    provider: str = fld("事業者の責任", "provider's responsibility")
    consortium: str = fld("組合・構成団体の責任", "consortium's responsibility")


@dataclass(frozen=True, kw_only=True)
class IncidentLevel:
    """障害の区分と、区分ごとの連絡・復旧の目標."""

    name: str = fld("区分", "level", max_length=NAME, example="重大障害")
    definition: str = fld("定義", "what falls in it")
    notice: str = fld("第一報の目標", "first-notice target", example="30分以内")
    recovery: str = fld("復旧の目標", "recovery target", example="4時間以内")
    recovery_hours: Decimal | None = fld(
        "復旧の目標の時間（SLA年次評価報告書で復旧時間を判定する。営業日で定める区分は省略し、"
        "判定しない）",
        "the recovery target in hours, for the yearly evaluation",
        unit="時間",
        min=0,
        max=10000,
        default=None,
    )


@dataclass(frozen=True, kw_only=True)
class Continuity:
    """復旧目標と大規模災害時の目標（非機能要求グレード A.1.3・A.1.4）."""

    rpo: str = fld("目標復旧地点（RPO）", "recovery point objective", example="1営業日前の時点")
    rto: str = fld("目標復旧時間（RTO）", "recovery time objective", example="12時間以内")
    disaster_restart: str = fld(
        "大規模災害時のシステム再開目標",
        "restart target after a major disaster",
        example="1か月以内",
    )
    disaster_data: str = fld(
        "大規模災害時のデータ提供の目標",
        "data target after a major disaster",
        example="発災後72時間以内に住民記録等のデータを利用可能な形式で提供する",
    )
    backup_site: str = fld(
        "バックアップの保管場所", "where backups are kept", example="遠隔地のデータセンター1か所"
    )


@dataclass(frozen=True, kw_only=True)
class CreditLevel:
    """サービスクレジット（減額）: 項目の達成水準ごとの減額率."""

    metric: str = fld(
        "対象の項目（availability は稼働率、その他は items の id）",
        "the level (availability or an item id)",
        regex=ID_PATTERN,
    )
    level: str | None = fld(
        "達成水準（文章）。稼働率は at_least・below で示せば、表に範囲を書く",
        "level reached, in words; for the availability give at_least / below instead",
        example="重大障害の復旧が目標を超えた1件ごと",
        default=None,
    )
    at_least: Decimal | None = fld(
        "稼働率の範囲の下限（以上）。省略すると下限なし（SLA年次評価の減額の判定にも使う）",
        "availability band: lower bound (inclusive); omitted: none (also judges the yearly "
        "evaluation's credits)",
        unit="%",
        min=0,
        max=100,
        default=None,
    )
    below: Decimal | None = fld(
        "稼働率の範囲の上限（未満）。省略すると協定値（availability）",
        "availability band: upper bound (exclusive); omitted: the target (availability)",
        unit="%",
        min=0,
        max=100,
        default=None,
    )
    rate: Decimal = fld(
        "減額率（当該月のサービス利用料に対する割合、%）",
        "credit, % of the month's fee",
        unit="%",
        min=0,
        max=100,
    )
    per_incident: str | None = fld(
        "障害の区分（incident_levels の name）: その区分の障害で復旧が目標を超えた1件ごとに適用",
        "an incident level: applies once per incident of it recovered later than its target",
        max_length=NAME,
        default=None,
    )


@dataclass(frozen=True, kw_only=True)
class Credits:
    """サービスクレジット（減額）の方法."""

    levels: tuple[CreditLevel, ...] = fld("減額の表", "credit table")
    cap: Decimal = fld(
        "1か月の減額の上限（当該月のサービス利用料に対する割合、%）",
        "monthly cap, % of the fee",
        unit="%",
        min=0,
        max=100,
    )
    example_fee: int | None = fld(
        "減額の計算例に用いる月額サービス利用料（税込）",
        "monthly fee for the worked example",
        unit="円",
        min=1,
        max=YEN,
        default=None,
    )


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
    closed_days: str | None = fld(
        "閉庁日（開庁日・営業日はこれ以外の日）",
        "days the offices are closed",
        example="土曜日、日曜日、国民の祝日に関する法律に規定する休日及び12月29日から翌年1月3日までの日",
        default=None,
    )
    incident_levels: tuple[IncidentLevel, ...] = fld(
        "障害の区分と復旧の目標", "incident levels with recovery targets", default=()
    )
    continuity: Continuity | None = fld(
        "RPO・RTO・大規模災害時の目標", "recovery and disaster targets", default=None
    )
    credits: Credits | None = fld("サービスクレジット（減額）", "service credits", default=None)
