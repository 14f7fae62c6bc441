"""The content model: frozen dataclasses built once from validated YAML.

``Content`` is the root; each field is one top-level key of ``content/*.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gendocs.model.base import fld
from gendocs.model.bylaws import Bylaws
from gendocs.model.costs import Costs
from gendocs.model.fitgap import FitGap
from gendocs.model.inventory import Inventory
from gendocs.model.migration import MigrationPlan
from gendocs.model.operations import Operations
from gendocs.model.organisation import Consortium, Member
from gendocs.model.plan import Plan, Project, Targets
from gendocs.model.procedures import Procedures
from gendocs.model.procurement import Procurement
from gendocs.model.schedule import Schedule
from gendocs.model.security import Security
from gendocs.model.sla import Sla
from gendocs.model.sla_results import SlaResults
from gendocs.model.systems import Systems


@dataclass(frozen=True, kw_only=True)
class Content:
    """Everything in content/, one field per top-level key."""

    project: Project = fld("文書の版数・日付・状態", "edition, date and status")
    consortium: Consortium = fld("推進組織", "the consortium")
    members: tuple[Member, ...] = fld("構成団体", "member municipalities")
    plan: Plan = fld("導入計画", "the plan")
    targets: Targets = fld("基本方針・目標", "policy and goals")
    systems: Systems = fld("対象業務と現行システム", "業務 and current systems")
    schedule: Schedule = fld("導入スケジュール", "schedule")
    costs: Costs = fld("費用と費用分担", "costs and cost sharing")
    sla: Sla = fld("サービスレベル合意書", "SLA")
    procurement: Procurement = fld("調達", "procurement")
    security: Security = fld("情報セキュリティ", "information security")
    bylaws: Bylaws = fld("設置要綱・規約・基本合意書", "bylaws and agreements")
    procedures: Procedures | None = fld(
        "仕様検討手順書・サービス選定手順書", "specification and selection procedures", default=None
    )
    migration: MigrationPlan | None = fld("移行計画", "migration plan", default=None)
    operations: Operations | None = fld(
        "運用会議と決定", "operation meetings and decisions", default=None
    )
    sla_results: tuple[SlaResults, ...] = fld(
        "SLA の実績（content/sla_results/ に1年度1ファイル。SLA年次評価報告書が評価する）",
        "measured service levels, one fiscal year a file in content/sla_results/",
        default=(),
    )
    # 機能要件確認表の回答と Fit & Gap（content/fitgap.yaml; gendocs requirements）
    fitgap: FitGap | None = fld(
        "機能要件確認表の回答と Fit & Gap",
        "requirement-fit answers and the Fit & Gap register",
        default=None,
    )
    inventory: tuple[Inventory, ...] = fld(
        "現行業務・システムの棚卸し（content/inventory/ に1ファイル1一覧。gendocs inventory で"
        "Excel に書き出し、取り込む）",
        "the inventory of current 業務 and systems, in content/inventory/ (gendocs inventory)",
        default=(),
    )
    ordinances: tuple[dict[str, Any], ...] = fld(
        "条例・規則等の改正（content/ordinances/ に1ファイル1例規。書き方は gendocs.amend.content。"
        "組合自身の規約等は instrument（establishment / union_rules / agreement）と adopted"
        "（制定時の git のリビジョン）で指定し、改正前後の本文を bylaws から作る）",
        "ordinance amendments, one file each in content/ordinances/ (old/new texts; or an "
        "instrument of bylaws with the git revision it was adopted at: instrument, adopted)",
        default=(),
    )

    def member_names(self) -> dict[str, str]:
        """Each member's name by id."""
        return {m.id: m.name for m in self.members}

    def member(self, member_id: str) -> Member:
        """Return the member with ``member_id``."""
        return next(m for m in self.members if m.id == member_id)


__all__ = ["Content"]
