"""仕様検討手順書・サービス選定手順書: which scheduled tasks each Phase 1 procedure governs.

The steps, their periods and the role matrix are the schedule's tasks (schedule.yaml); a
procedure only says which tasks it covers, in order, and its purpose and basic policy. The
decision points are the covered tasks the decision-making body approves (◎).
"""

from __future__ import annotations

from dataclasses import dataclass

from gendocs.model.base import fld


@dataclass(frozen=True, kw_only=True)
class Procedure:
    """手順書一つ."""

    purpose: tuple[str, ...] = fld("目的と位置付け（段落ごと）", "purpose, one paragraph each")
    policy: tuple[str, ...] = fld("基本方針（段落ごと）", "basic policy, one paragraph each")
    tasks: tuple[str, ...] = fld(
        "この手順で行う作業項目（schedule.tasks の id、実施の順）",
        "the schedule's tasks this procedure governs, in order",
        ref="tasks",
        max_items=100,
    )


@dataclass(frozen=True, kw_only=True)
class Procedures:
    """計画立案フェーズで定める手順書."""

    spec: Procedure = fld("仕様検討手順書", "specification procedure")
    selection: Procedure = fld("サービス選定手順書", "service selection procedure")
