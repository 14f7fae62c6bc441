"""運用（Phase 4）: the quarterly 運用会議 (its agenda, the quarter's SLA results, open issues,
change requests, decisions pending) and the decisions recorded after each meeting, which enter
the 改訂履歴 of the documents they change.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from gendocs.model.base import ID_PATTERN, NAME, fld


@dataclass(frozen=True, kw_only=True)
class ItemResult:
    """四半期のサービスレベル項目の実績."""

    item: str = fld("サービスレベル項目（sla.items の id）", "SLA item", ref="sla_items")
    value: str | None = fld(
        "実績（省略すると sla_results の対象期間の各月の値。例: 各月93.1〜96.3%）",
        "result (default: the item's values in sla_results for the period)",
        max_length=NAME,
        example="98.2%（3秒以内）",
        default=None,
    )
    met: bool | None = fld(
        "協定値を満たしたか（省略すると sla_results の対象期間の各月の値が項目の threshold"
        " 以上か）",
        "whether the agreed level was met (default: every month of sla_results for the period "
        "reached the item's threshold)",
        default=None,
    )


@dataclass(frozen=True, kw_only=True)
class Meeting:
    """運用会議の1回."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    number: int = fld("回", "number", min=1, max=1000)
    date: datetime.date = fld("開催日", "date")
    place: str = fld("場所", "place", max_length=NAME)
    period_start: datetime.date = fld("報告の対象期間の初日", "first day reported")
    period_end: datetime.date = fld("報告の対象期間の末日", "last day reported")
    attendees: tuple[str, ...] = fld("出席者（所属・職）", "attendees", max_length=NAME)
    agenda: tuple[str, ...] = fld("議題", "agenda", max_length=NAME)
    availability: Decimal | None = fld(
        "対象期間の稼働率の実績（省略すると sla_results の対象期間の各月の平均、小数第2位）",
        "availability measured (default: the mean of sla_results for the period, to 0.01)",
        unit="%",
        min=0,
        max=100,
        default=None,
    )
    results: tuple[ItemResult, ...] = fld("サービスレベル項目の実績", "SLA item results")
    pending: tuple[str, ...] = fld("この会議で決めること", "decisions pending", default=())


@dataclass(frozen=True, kw_only=True)
class Issue:
    """運用上の課題."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    title: str = fld("課題", "issue", max_length=NAME)
    raised: datetime.date = fld("提起日", "raised on")
    owner: str = fld("担当", "owner", max_length=NAME, example="事業者")
    status: Literal["対応中", "完了", "保留"] = fld("状態", "status")
    note: str = fld("対応状況", "progress", default="")


@dataclass(frozen=True, kw_only=True)
class ChangeRequest:
    """変更要望."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    title: str = fld("要望", "request", max_length=NAME)
    requested_by: str = fld("要望した構成団体（id）", "requesting member", ref="members")
    raised: datetime.date = fld("受付日", "received on")
    status: Literal["検討中", "承認", "却下", "保留"] = fld("状態", "status")
    reason: str = fld("理由・対応", "reason or response", default="")


@dataclass(frozen=True, kw_only=True)
class Decision:
    """会議の決定."""

    date: datetime.date = fld("決定日", "date")
    body: str = fld("決定した機関", "deciding body", max_length=NAME, example="運用会議")
    decision: str = fld("決定内容", "decision")
    changes: tuple[str, ...] = fld(
        "決定で変えた content のキー（例: sla.availability）",
        "content keys the decision changed",
        max_length=NAME,
        default=(),
    )
    documents: tuple[str, ...] = fld(
        "改訂履歴に載せる文書（gendocs list の名前）",
        "documents whose 改訂履歴 records it (names in gendocs list)",
        regex=ID_PATTERN,
        default=(),
    )
    edition: str | None = fld(
        "その文書の改訂後の版数（documents を書くときは必須）",
        "the documents' edition after it (required with documents)",
        max_length=NAME,
        default=None,
    )


@dataclass(frozen=True, kw_only=True)
class Operations:
    """運用（SLA の運用会議と決定）."""

    meetings: tuple[Meeting, ...] = fld("運用会議", "operation meetings")
    issues: tuple[Issue, ...] = fld("課題", "open issues", default=())
    change_requests: tuple[ChangeRequest, ...] = fld("変更要望", "change requests", default=())
    decisions: tuple[Decision, ...] = fld("決定", "decisions", default=())
