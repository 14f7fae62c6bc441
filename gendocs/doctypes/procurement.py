"""自治体クラウド導入調達計画書 and サービス利用調達仕様書.

The 仕様書 is a *service* contract (サービス利用契約), not commissioned development; that wording
and every other standard clause is in the templates. The facts come from content, the service
levels from ``content.sla`` so the 仕様書 and the SLA cannot disagree.
"""

from __future__ import annotations

from gendocs.compute import Facts
from gendocs.doctypes import Context, DocumentType, missing, register
from gendocs.doctypes.evaluation import evaluation_facts
from gendocs.doctypes.procurement_facts import procurement_facts
from gendocs.errors import Msg
from gendocs.model import Content
from gendocs.model.procurement import Spec


def plan_context(content: Content, facts: Facts) -> Context:
    """Return the context of the 調達計画書 template."""
    return procurement_facts(content) | {
        "scoring": evaluation_facts(content),
    }


def spec_context(content: Content, facts: Facts) -> Context:
    """Return the context of the サービス利用調達仕様書 template."""
    spec = required_spec(content, facts)
    return procurement_facts(content) | {
        "background": content.plan.background,
        "spec": spec,
        "requirement_rows": requirement_rows(content, spec),
    }


def required_spec(content: Content, facts: Facts) -> Spec:
    """``procurement.spec``; building the 仕様書 without it is a content error, located at the
    ``procurement`` key."""
    spec = content.procurement.spec
    if spec is None:
        raise missing(
            facts,
            "procurement.spec",
            Msg(
                "サービス利用調達仕様書を作成するには procurement.spec"
                "（連携要件、文字、認証、実施体制、機能要件確認表など）が必要です",
                "procurement.spec (interfaces, characters, certifications, team, "
                "function list) is needed to build the サービス利用調達仕様書",
            ),
        )
    return spec


def requirement_rows(content: Content, spec: Spec) -> list[dict[str, object]]:
    """別紙3 機能要件確認表: one numbered row per requirement, in content order, the 回答 column
    left for the vendor."""
    names = {s.id: s.name for s in content.systems.services}
    return [
        {
            "no": str(no),
            "service": names[r.service],
            "function": r.function,
            "required": r.required,
        }
        for no, r in enumerate(spec.requirements, 1)
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
    "spec.interfaces[].name",
    "spec.certifications",
    "spec.special_days[].when",
    "spec.team[].role",
    "requirement_rows[].function",
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
