"""移行計画書: data migration, rehearsals, parallel running, training, go-live and fallback, and
the renewal (更改) of the service contract.

Months are counted from each member's go-live (schedule.migrations[].month) or, for the
renewal, back from the contract end (procurement.contract_end), so one plan serves every member.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from gendocs.model.base import NAME, PEOPLE, fld

Layout = Literal["標準データレイアウト", "中間標準レイアウト"]


@dataclass(frozen=True, kw_only=True)
class Rehearsal:
    """移行リハーサル."""

    name: str = fld("名称", "name", max_length=NAME, example="第1回移行リハーサル")
    months_before: int = fld("本稼働の何か月前に行うか", "months before go-live", min=1, max=36)
    scope: str = fld("内容", "what is rehearsed")


@dataclass(frozen=True, kw_only=True)
class Criterion:
    """判定基準の一項目."""

    item: str = fld("項目", "item", max_length=NAME, example="件数の照合")
    standard: str = fld("基準", "standard")


@dataclass(frozen=True, kw_only=True)
class Training:
    """研修."""

    name: str = fld("研修名", "name", max_length=NAME, example="操作研修")
    audience: str = fld("対象者", "who attends", max_length=NAME)
    months_before: int = fld("本稼働の何か月前に行うか", "months before go-live", min=0, max=36)
    sessions: int = fld("構成団体ごとの回数", "sessions per member", unit="回", min=1, max=100)
    participants: int = fld(
        "構成団体ごとの受講者数", "participants per member", unit="人", min=1, max=PEOPLE
    )
    method: str = fld("方法", "how", max_length=NAME, example="集合研修（事業者が講師）")


@dataclass(frozen=True, kw_only=True)
class RenewalStep:
    """更改の手順の一つ（契約期間の終了から遡る）."""

    name: str = fld("手順", "step", max_length=NAME, example="次期調達方針の決定")
    months_before_end: int = fld(
        "契約期間の終了の何か月前に始めるか", "months before the contract ends", min=0, max=120
    )
    months: int = fld("期間（月数）", "duration in months", unit="か月", min=1, max=60)
    procurement: bool = fld(
        "次期の調達手続（公表から契約まで）に当たるか",
        "whether the step is part of the next procurement (publication to contract)",
        default=False,
    )


@dataclass(frozen=True, kw_only=True)
class MigrationPlan:
    """移行計画."""

    policy: tuple[str, ...] = fld("移行の基本方針（段落ごと）", "migration policy")
    layout: Layout = fld(
        "データ移行に用いるレイアウト",
        "the data layout migration uses",
        example="中間標準レイアウト",
    )
    data: tuple[str, ...] = fld("移行対象データ", "data to migrate", max_length=NAME)
    rehearsals: tuple[Rehearsal, ...] = fld("移行リハーサル", "migration rehearsals")
    criteria: tuple[Criterion, ...] = fld("移行判定の基準", "migration acceptance criteria")
    parallel_months: int = fld(
        "並行稼働の期間（本稼働後の月数。0 は行わない）",
        "months of parallel running after go-live (0: none)",
        unit="か月",
        min=0,
        max=12,
    )
    parallel: tuple[str, ...] = fld("並行稼働の方法（段落ごと）", "how parallel running works")
    training: tuple[Training, ...] = fld("研修", "training")
    go_live: tuple[str, ...] = fld("本稼働の判定基準", "go-live criteria")
    fallback: tuple[str, ...] = fld(
        "本稼働を見送る場合の措置（フォールバック）", "fallback when go-live is called off"
    )
    renewal: tuple[RenewalStep, ...] = fld(
        "契約更改の手順（契約期間の終了から遡る）", "steps of the contract renewal"
    )
