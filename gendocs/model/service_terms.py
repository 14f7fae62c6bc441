"""Service and procurement terms: the SLA and the 調達 (procurement) facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from gendocs.model.base import ID_PATTERN, fld

SlaGroup = Literal["可用性", "信頼性", "性能", "サポート", "データ管理", "セキュリティ"]


@dataclass(frozen=True, kw_only=True)
class ServiceHours:
    """サービス提供時間."""

    days: str = fld("提供日", "days", example="閉庁日を除く毎日")
    start: str = fld("開始時刻（HH:MM）", "start time", regex=r"^([01]\d|2[0-3]):[0-5]\d$")
    end: str = fld("終了時刻（HH:MM、24:00 可）", "end time", regex=r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$")
    days_per_year: int = fld("年間提供日数", "service days per year", unit="日", min=1, max=366)


@dataclass(frozen=True, kw_only=True)
class SlaItem:
    """サービスレベル項目."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    group: SlaGroup = fld("区分", "group")
    name: str = fld("項目名", "name", example="オンライン応答時間")
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
    """サービスレベル合意書（SLA）の内容."""

    availability: Decimal = fld("稼働率の協定値", "availability target", unit="%", min=0, max=100)
    service_hours: ServiceHours = fld("サービス提供時間", "service hours")
    items: tuple[SlaItem, ...] = fld("サービスレベル項目", "service level items")
    responsibilities: tuple[Responsibility, ...] = fld("責任分界", "responsibilities")
    report_day: int = fld("月次報告の提出日（翌月の日）", "day of the month the report is due",
                          min=1, max=28)
    meeting_interval_months: int = fld("運用会議の開催間隔", "months between meetings",
                                       unit="か月", min=1, max=12)
    shortfall_measures: tuple[str, ...] = fld("未達時の措置", "measures when a level is missed")
    valid_from: date = fld("有効期間の開始日", "valid from")
    review: str = fld("改定の手続", "how it is revised")


@dataclass(frozen=True, kw_only=True)
class EvaluationItem:
    """評価項目と配点."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    category: str = fld("評価区分", "category", example="要件適合度")
    name: str = fld("評価項目", "item")
    points: int = fld("配点", "points", unit="点", min=0)
    criteria: str = fld("評価の視点", "what earns points")


@dataclass(frozen=True, kw_only=True)
class FitScore:
    """機能要件確認表の回答区分と得点."""

    mark: Literal["◎", "○", "△", "×"] = fld("回答区分", "answer mark")
    meaning: str = fld("意味", "meaning", example="標準機能で対応可能")
    score: Decimal = fld("得点（要件1件当たり）", "score per requirement", min=0)


@dataclass(frozen=True, kw_only=True)
class Evaluation:
    """総合評価の方法."""

    total_points: int = fld("満点", "total points", unit="点", min=1)
    price_points: int = fld("価格点の配分", "points for price", unit="点", min=0)
    price_formula: Literal["配分×(1−提案価格÷予定価格)", "配分×最低提案価格÷提案価格"] = fld(
        "価格点の算式", "price formula")
    items: tuple[EvaluationItem, ...] = fld("技術点の評価項目", "technical items")
    fit_scores: tuple[FitScore, ...] = fld("機能要件確認表の得点", "requirement-fit scores")
    member_weights: bool = fld("構成団体ごとに採点し人口比で加重するか",
                               "members score separately, weighted", default=False)
    tie_rule: str = fld("同点の場合の決定方法", "tie rule")


@dataclass(frozen=True, kw_only=True)
class ScheduleEvent:
    """調達手続の日程."""

    name: str = fld("手続", "step", example="質問受付期限")
    date: date = fld("日付", "date")


@dataclass(frozen=True, kw_only=True)
class Procurement:
    """調達の条件."""

    title: str = fld("調達件名", "title of the procurement")
    method: Literal["公募型プロポーザル", "総合評価一般競争入札", "一般競争入札", "随意契約"] = fld(
        "調達方式", "procurement method")
    contract_form: Literal["一括契約", "団体別契約"] = fld("契約形態", "contract form")
    contract_start: date = fld("契約期間の開始日", "contract start")
    contract_end: date = fld("契約期間の終了日", "contract end")
    ceiling_price: int = fld("予定価格（提案上限額、税込）", "ceiling price", unit="円", min=1)
    schedule: tuple[ScheduleEvent, ...] = fld("調達手続の日程", "procurement schedule")
    qualifications: tuple[str, ...] = fld("参加資格", "eligibility")
    submissions: tuple[str, ...] = fld("提出物", "documents to submit")
    evaluation: Evaluation = fld("評価方法", "evaluation")
    rfi_items: tuple[str, ...] = fld("情報提供依頼（RFI）で求める事項", "what the RFI asks")
