"""移行計画書 (Phase 3): each member's go-live against its current systems' 更新予定日 with the
bridging cost, the data migration (the layout content names, rehearsals, acceptance criteria),
parallel running, training (who, when, how many), go-live criteria, the fallback, and the
renewal (更改) steps counted back from the contract end (gendocs.compute.migration; the
schedule rule ``schedule.contract_renewal`` checks them).

Values only: the template writes the headings, 「か月前」, 「人」, 「回」 and 「―」.
"""

from __future__ import annotations

from typing import Any

from gendocs import ja
from gendocs.compute import Facts
from gendocs.compute.migration import member_timelines, renewal_timeline
from gendocs.doctypes import Context, DocumentType, register
from gendocs.model import Content
from gendocs.model.base import YearMonth
from gendocs.model.migration import MigrationPlan


def _month(month: YearMonth) -> str:
    return ja.wareki_month(month.year, month.month)


def _plan(content: Content) -> MigrationPlan:
    if content.migration is None:
        raise ValueError("migration is absent: the document does not apply")
    return content.migration


def migration_plan_context(content: Content, facts: Facts) -> Context:
    """Return the context of the 移行計画書 template."""
    plan = _plan(content)
    names = content.member_names()
    timelines = member_timelines(content, plan)
    members = len(timelines)
    proc = content.procurement
    systems: list[dict[str, Any]] = []
    for line in timelines:
        for s in line.systems:
            systems.append(
                {
                    "member": names[line.member],
                    "name": s.system.name,
                    "renewal": ja.wareki_date(s.system.renewal_due),
                    "before": s.before_go_live,
                    "method": s.bridging.method if s.bridging else "",
                    "amount": ja.format_amount(s.bridging.amount) if s.bridging else "",
                }
            )
    return {
        "migration": {
            "policy": plan.policy,
            "layout": plan.layout,
            "data": plan.data,
            "members": str(members),
            "first": _month(min(t.go_live for t in timelines)) if timelines else "",
            "last": _month(max(t.go_live for t in timelines)) if timelines else "",
            "timeline": [
                {
                    "member": names[t.member],
                    "go_live": _month(t.go_live),
                    "rehearsals": "、".join(_month(m) for m in t.rehearsals),
                    "training": "、".join(_month(m) for m in t.training),
                    "parallel_end": _month(t.parallel_end) if t.parallel_end else "",
                    "bridging": ja.format_amount(t.bridging_total),
                }
                for t in timelines
            ],
            "systems": systems,
            "bridged": str(sum(1 for s in systems if s["method"])),
            "bridging_total": ja.format_amount(sum(t.bridging_total for t in timelines)),
            "rehearsals": [
                {
                    "no": str(i),
                    "name": r.name,
                    "months_before": str(r.months_before),
                    "scope": r.scope,
                }
                for i, r in enumerate(plan.rehearsals, 1)
            ],
            "criteria": [{"item": c.item, "standard": c.standard} for c in plan.criteria],
            "parallel_months": str(plan.parallel_months),
            "parallel": plan.parallel,
            "training": [
                {
                    "name": t.name,
                    "audience": t.audience,
                    "months_before": str(t.months_before),
                    "sessions": str(t.sessions),
                    "participants": f"{t.participants:,}",
                    "total_sessions": f"{t.sessions * members:,}",
                    "total_participants": f"{t.participants * members:,}",
                    "method": t.method,
                }
                for t in plan.training
            ],
            "go_live": plan.go_live,
            "fallback": plan.fallback,
        },
        "renewal": {
            "contract_start": ja.wareki_date(proc.contract_start),
            "contract_end": ja.wareki_date(proc.contract_end),
            "steps": [
                {
                    "name": e.step.name,
                    "start": _month(e.start),
                    "end": _month(e.end),
                    "months": str(e.step.months),
                    "months_before_end": str(e.step.months_before_end),
                    "procurement": e.step.procurement,
                }
                for e in renewal_timeline(plan.renewal, proc.contract_end)
            ],
        },
    }


NEEDS = (
    "migration.layout",
    "migration.timeline[].go_live",
    "migration.systems[].renewal",
    "migration.systems[].amount",
    "migration.bridging_total",
    "migration.rehearsals[].months_before",
    "migration.criteria[].standard",
    "migration.parallel_months",
    "migration.training[].total_participants",
    "migration.go_live",
    "migration.fallback",
    "renewal.steps[].start",
)

register(
    DocumentType(
        name="migration_plan",
        title="移行計画書",
        template="migration_plan.docx",
        context=migration_plan_context,
        order=20,
        phase=3,
        applies=lambda content: content.migration is not None,
        needs=NEEDS,
    )
)
