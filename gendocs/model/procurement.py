"""調達: method, contract, schedule, eligibility and the evaluation (配点) of proposals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from gendocs.model.base import ID_PATTERN, fld


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
