"""機能要件確認表の回答と Fit & Gap（content/fitgap.yaml, key ``fitgap``).

The 機能要件確認表 itself is ``procurement.spec.requirements`` (the 仕様書's 別紙; its rows may
carry the 標準仕様書's 機能ID and 実装区分). Here: each proposer's answers to it (◎ 標準 / ○ 設定・
運用 / △ カスタマイズ / × 不可, read from the returned workbooks by ``gendocs requirements
answers``), the proposer selected, and the Fit & Gap register: for each requirement the selected
proposer did not answer ◎, a decision per member (運用で対応 / カスタマイズ / 対応不可), its reason,
who decided and when. The アプリケーション要件定義書 lists the register.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Literal

from gendocs.model.base import ID_PATTERN, NAME, fld
from gendocs.model.procurement import Procurement, Requirement

REQUIREMENT_ID = r"^[0-9A-Za-z][0-9A-Za-z_.\-]*$"  # 標準仕様書の機能ID (0010001, 1.2.3 …)
Mark = Literal["◎", "○", "△", "×"]
Decision = Literal["運用で対応", "カスタマイズ", "対応不可"]


@dataclass(frozen=True, kw_only=True)
class Answer:
    """機能要件確認表の1行への回答."""

    requirement: str = fld(
        "要件（機能ID。機能IDのない行は機能要件確認表の番号）",
        "requirement (its 機能ID, or its number in the table)",
        max_length=NAME,
        regex=REQUIREMENT_ID,
    )
    mark: Mark = fld("回答（◎ 標準 / ○ 設定・運用 / △ カスタマイズ / × 不可）", "answer")
    comment: str | None = fld("補足（代替手段、カスタマイズの内容等）", "comment", default=None)


@dataclass(frozen=True, kw_only=True)
class Proposal:
    """提案者1者の機能要件確認表の回答."""

    id: str = fld("提案者の識別子", "proposer id", regex=ID_PATTERN, example="vendor_a")
    name: str = fld("提案者名", "proposer", max_length=NAME, example="株式会社A")
    answered: datetime.date | None = fld("回答日", "answered on", default=None)
    answers: tuple[Answer, ...] = fld("回答（機能要件確認表の行ごと）", "answers by row")


@dataclass(frozen=True, kw_only=True)
class GapDecision:
    """Fit & Gap: 選定された事業者が ◎ でない要件への、構成団体ごとの対応の決定."""

    requirement: str = fld(
        "要件（機能ID又は機能要件確認表の番号）",
        "requirement",
        max_length=NAME,
        regex=REQUIREMENT_ID,
    )
    member: str = fld("構成団体（id）", "member", ref="members")
    decision: Decision = fld("対応（運用で対応 / カスタマイズ / 対応不可）", "decision")
    reason: str = fld("理由", "reason", example="窓口の運用で代替できるため")
    decided_by: str = fld("決定した者", "decided by", max_length=NAME, example="仕様検討部会")
    date: datetime.date = fld("決定日", "decided on")


@dataclass(frozen=True, kw_only=True)
class FitGap:
    """機能要件確認表の回答と Fit & Gap の記録."""

    proposals: tuple[Proposal, ...] = fld("提案者ごとの回答", "answers by proposer", default=())
    selected: str | None = fld(
        "選定された提案者（proposals の id）", "the proposer selected", default=None
    )
    decisions: tuple[GapDecision, ...] = fld(
        "Fit & Gap の決定（要件×構成団体）", "gap decisions (requirement × member)", default=()
    )


def requirement_key(number: int, requirement_id: str | None) -> str:
    """How answers and decisions name a row of the 機能要件確認表: its 機能ID, or its number in
    the table (1, 2, …) when it has none."""
    return requirement_id if requirement_id is not None else str(number)


def requirements_of(procurement: Procurement) -> tuple[Requirement, ...]:
    """The 機能要件確認表's rows (none without ``procurement.spec``)."""
    spec = procurement.spec
    return spec.requirements if spec is not None else ()
