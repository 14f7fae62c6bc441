"""自治体クラウド導入調達計画書 and サービス利用調達仕様書.

The 仕様書 is a *service* contract (サービス利用契約), not commissioned development; that wording
and every other standard clause is in the templates. The facts come from content, the service
levels from ``content.sla`` so the 仕様書 and the SLA cannot disagree.
"""

from __future__ import annotations

from gendocs.compute import Facts
from gendocs.doctypes import Context, DocumentType, register
from gendocs.doctypes.evaluation import evaluation_facts
from gendocs.doctypes.procurement_facts import procurement_facts
from gendocs.model import Content


def plan_context(content: Content, facts: Facts) -> Context:
    """Return the context of the 調達計画書 template."""
    return procurement_facts(content) | {
        "scoring": evaluation_facts(content),
        "standard_count": sum(s.standard for s in content.systems.services),
    }


def spec_context(content: Content, facts: Facts) -> Context:
    """Return the context of the サービス利用調達仕様書 template."""
    return procurement_facts(content) | {
        "background": content.plan.background,
        "phase_rows": _phase_rows(content),
        "milestone_rows": [{"name": m.name, "date": m.date} for m in content.schedule.milestones],
    }


def _phase_rows(content: Content) -> list[dict[str, object]]:
    return [
        {"number": p.number, "name": p.name, "start": p.start, "end": p.end, "summary": p.summary}
        for p in content.schedule.phases
    ]


PLAN_NEEDS = (
    "procurement.title",
    "procurement.purpose",
    "procurement.method",
    "contract.end",
    "ceiling_price",
    "membership.names",
    "scope.categories[].count",
    "schedule_rows[].date",
    "scoring.total",
    "sla.availability",
    "parties.names",
)
SPEC_NEEDS = (
    "procurement.title",
    "contract.end",
    "membership.names",
    "scope.categories[].count",
    "scope.terminals",
    "phase_rows[].start",
    "milestone_rows[].date",
    "sla.availability",
    "sla.groups[].rows[].target",
    "sla.responsibilities[].provider",
    "procurement.deliverables[].name",
    "usage_rows[].terminals",
    "service_groups[].rows[].name",
)

register(
    DocumentType(
        name="procurement_plan",
        title="自治体クラウド導入調達計画書",
        template="procurement_plan.docx",
        context=plan_context,
        order=10,
        phase=2,
        needs=PLAN_NEEDS,
    )
)
register(
    DocumentType(
        name="procurement_spec",
        title="サービス利用調達仕様書",
        template="procurement_spec.docx",
        context=spec_context,
        order=12,
        phase=2,
        needs=SPEC_NEEDS,
    )
)
