"""提案依頼書（RFP）: 提案要領, 参加資格, 提案を求める事項 and the 評価方法 in outline."""

from __future__ import annotations

from gendocs.compute import Facts
from gendocs.doctypes import Context, DocumentType, register
from gendocs.doctypes.evaluation import evaluation_facts
from gendocs.doctypes.procurement_facts import procurement_facts
from gendocs.model import Content


def rfp_context(content: Content, facts: Facts) -> Context:
    """Return the context of the 提案依頼書 template."""
    return procurement_facts(content) | {"scoring": evaluation_facts(content)}


NEEDS = (
    "procurement.title",
    "ceiling_price",
    "deadlines.submission",
    "schedule_rows[].date",
    "procurement.qualifications",
    "procurement.submissions",
    "scoring.item_rows[].points",
    "scoring.price_by_ceiling",
    "contact.address",
    "sla.availability",
)

register(
    DocumentType(
        name="rfp",
        title="提案依頼書",
        template="rfp.docx",
        context=rfp_context,
        order=13,
        phase=2,
        needs=NEEDS,
    )
)
