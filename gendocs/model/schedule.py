"""導入スケジュール: phases, tasks with the ◎○△ role matrix, milestones, migrations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from gendocs.model.base import ID_PATTERN, NAME, YEN, YearMonth, fld

Mark = Literal["◎", "○", "△"]


@dataclass(frozen=True, kw_only=True)
class Roles:
    """役割分担（◎ 中心・承認 / ○ 実施・作成 / △ 支援）."""

    decision_body: Mark | None = fld("意思決定機関", "decision-making body", default=None)
    secretariat: Mark | None = fld("事務局", "secretariat", default=None)
    departments: Mark | None = fld("業務所管課", "member departments", default=None)
    vendor: Mark | None = fld("ベンダ", "vendor", default=None)


@dataclass(frozen=True, kw_only=True)
class Phase:
    """フェーズ（計画立案・仕様検討・調達・導入・移行・運用）."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    number: int = fld("番号", "number", min=1, max=99)
    name: str = fld("名称", "name", max_length=NAME, example="計画立案")
    start: YearMonth = fld("開始月（YYYY-MM）", "first month")
    end: YearMonth = fld("終了月（YYYY-MM）", "last month")
    summary: str = fld("概要", "summary")
    roles: Roles = fld("フェーズ全体の実施者", "who carries the phase")


@dataclass(frozen=True, kw_only=True)
class Task:
    """作業項目."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    phase: str = fld("フェーズ（id）", "phase", ref="phases")
    name: str = fld("作業項目", "task", max_length=NAME)
    start: YearMonth = fld("開始月（YYYY-MM）", "first month")
    end: YearMonth = fld("終了月（YYYY-MM）", "last month")
    roles: Roles = fld("役割分担", "roles")
    deliverables: tuple[str, ...] = fld("成果物", "deliverables", max_length=NAME, default=())


@dataclass(frozen=True, kw_only=True)
class Milestone:
    """マイルストーン."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    name: str = fld("名称", "name", max_length=NAME, example="サービス利用契約締結")
    date: date = fld("日付", "date")


@dataclass(frozen=True, kw_only=True)
class Bridging:
    """更新予定日が本稼働より前の現行システムを本稼働まで使い続ける手当て（延長・再リース）."""

    system: str = fld(
        "現行システム（その団体の systems.surveys[].systems[] の id）",
        "current system",
        regex=ID_PATTERN,
    )
    method: Literal["延長", "再リース", "その他"] = fld("方法", "how it is kept")
    amount: int = fld("本稼働までの費用（税込）", "cost until go-live", unit="円", min=0, max=YEN)


@dataclass(frozen=True, kw_only=True)
class Migration:
    """構成団体ごとのクラウド移行時期."""

    member: str = fld("構成団体（id）", "member", ref="members")
    month: YearMonth = fld("本稼働月（YYYY-MM）", "go-live month")
    reason: str = fld("時期の理由", "why this month", example="現行システムの更新時期に合わせる")
    bridging: tuple[Bridging, ...] = fld(
        "本稼働より前に更新予定日が来る現行システムの延長・再リース",
        "extension or re-lease of systems renewing before go-live",
        default=(),
    )


@dataclass(frozen=True, kw_only=True)
class Schedule:
    """導入スケジュール."""

    phases: tuple[Phase, ...] = fld("フェーズ", "phases")
    tasks: tuple[Task, ...] = fld("作業項目", "tasks")
    milestones: tuple[Milestone, ...] = fld("マイルストーン", "milestones", default=())
    migrations: tuple[Migration, ...] = fld("団体別の移行時期", "migration per member")
