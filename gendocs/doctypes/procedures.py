"""仕様検討手順書 and サービス選定手順書 (lecture 1-3, Phase 1): the steps a procedure governs
(schedule.tasks named by procedures.<kind>.tasks), who does what (each task's ◎○△ role matrix),
the schedule and the decision points (the tasks the decision-making body approves: ◎), with
the selection's RFI, proposal call and evaluation from procurement.yaml.

Values only: the template writes the role labels, 「◎ 中心的に実施・承認」 and the headings.
"""

from __future__ import annotations

from typing import Any

from gendocs import ja
from gendocs.compute import Facts
from gendocs.doctypes import Context, DocumentType, register
from gendocs.doctypes.evaluation import price_formula
from gendocs.model import Content
from gendocs.model.base import YearMonth
from gendocs.model.procedures import Procedure
from gendocs.model.schedule import Task

ROLE_KEYS = ("decision_body", "secretariat", "departments", "vendor")


def _month(month: YearMonth) -> str:
    return ja.wareki_month(month.year, month.month)


def _procedure(content: Content, kind: str) -> Procedure:
    if content.procedures is None:
        raise ValueError("procedures is absent: the document does not apply")
    procedure: Procedure = getattr(content.procedures, kind)
    return procedure


def _tasks(content: Content, procedure: Procedure) -> list[Task]:
    by_id = {t.id: t for t in content.schedule.tasks}
    return [by_id[i] for i in procedure.tasks]


def _steps(content: Content, tasks: list[Task]) -> list[dict[str, Any]]:
    phases = {p.id: p.number for p in content.schedule.phases}
    return [
        {
            "no": str(i),
            "name": t.name,
            "phase": str(phases[t.phase]),
            "start": _month(t.start),
            "end": _month(t.end),
            "months": str(t.end.index - t.start.index + 1),
            "deliverables": "、".join(t.deliverables),
        }
        | {key: getattr(t.roles, key) or "" for key in ROLE_KEYS}
        for i, t in enumerate(tasks, 1)
    ]


def _common(content: Content, kind: str) -> dict[str, Any]:
    procedure = _procedure(content, kind)
    tasks = _tasks(content, procedure)
    first = min(t.start.index for t in tasks)
    last = max(t.end.index for t in tasks)
    names = content.member_names()
    milestones = [
        m
        for m in content.schedule.milestones
        if first <= YearMonth(m.date.year, m.date.month).index <= last + 1
    ]
    return {
        "purpose": procedure.purpose,
        "policy": procedure.policy,
        "steps": _steps(content, tasks),
        "period": {
            "start": _month(YearMonth.from_index(first)),
            "end": _month(YearMonth.from_index(last)),
            "months": str(last - first + 1),
        },
        "decisions": [
            {
                "no": str(i),
                "task": t.name,
                "month": _month(t.end),
                "deliverables": "、".join(t.deliverables),
            }
            for i, t in enumerate((t for t in tasks if t.roles.decision_body == "◎"), 1)
        ],
        "milestones": [{"name": m.name, "date": ja.wareki_date(m.date)} for m in milestones],
        "groups": [
            {"name": g.name, "purpose": g.purpose, "lead": names.get(g.lead or "", "")}
            for g in content.consortium.working_groups
        ],
    }


def spec_procedure_context(content: Content, facts: Facts) -> Context:
    """Return the context of the 仕様検討手順書 template."""
    return {"procedure": _common(content, "spec")}


def selection_procedure_context(content: Content, facts: Facts) -> Context:
    """Return the context of the サービス選定手順書 template."""
    proc = content.procurement
    ev = proc.evaluation
    return {
        "procedure": _common(content, "selection"),
        "selection": {
            "method": proc.method,
            "contract_form": proc.contract_form,
            "contract_start": ja.wareki_date(proc.contract_start),
            "contract_end": ja.wareki_date(proc.contract_end),
            "ceiling": ja.format_yen(proc.ceiling_price),
            "rfi_items": proc.rfi.items,
            "rfi_schedule": [
                {"name": e.name, "date": ja.wareki_date(e.date)} for e in proc.rfi.schedule
            ],
            "schedule": [{"name": e.name, "date": ja.wareki_date(e.date)} for e in proc.schedule],
            "qualifications": proc.qualifications,
            "submissions": "、".join(proc.submissions),
            "committee": ev.committee,
            "total_points": str(ev.total_points),
            "price_points": str(ev.price_points),
            "technical_points": str(ev.total_points - ev.price_points),
            "price_formula": price_formula(content),
            "criteria": [
                {
                    "category": i.category,
                    "name": i.name,
                    "points": str(i.points),
                    "criteria": i.criteria,
                }
                for i in ev.items
            ],
            "member_weights": ev.member_weights,
        },
    }


def _applies(content: Content) -> bool:
    return content.procedures is not None


SPEC_NEEDS = (
    "procedure.steps[].name",
    "procedure.steps[].start",
    "procedure.steps[].decision_body",
    "procedure.decisions[].month",
    "procedure.period.start",
)
SELECTION_NEEDS = SPEC_NEEDS + (
    "selection.rfi_items",
    "selection.schedule[].date",
    "selection.criteria[].points",
    "selection.price_formula",
)

register(
    DocumentType(
        name="spec_procedure",
        title="仕様検討手順書",
        template="spec_procedure.docx",
        context=spec_procedure_context,
        order=3,
        phase=1,
        applies=_applies,
        needs=SPEC_NEEDS,
    )
)
register(
    DocumentType(
        name="selection_procedure",
        title="サービス選定手順書",
        template="selection_procedure.docx",
        context=selection_procedure_context,
        order=4,
        phase=1,
        applies=_applies,
        needs=SELECTION_NEEDS,
    )
)
