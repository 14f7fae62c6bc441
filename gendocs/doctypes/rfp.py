"""提案依頼書（RFP）: 提案要領, 参加資格, 提案を求める事項 and the 評価方法 in outline."""

from __future__ import annotations

from gendocs.compute import Facts
from gendocs.doctypes import Context, DocumentType, register, select
from gendocs.doctypes.evaluation import evaluation_facts
from gendocs.doctypes.forms import form_rows
from gendocs.doctypes.procurement_facts import polite, procurement_facts
from gendocs.model import Content

# the documents handed out with the RFP (配布資料), by document type
DISTRIBUTED = ("procurement_spec", "sla", "evaluation")


def rfp_context(content: Content, facts: Facts) -> Context:
    """Return the context of the 提案依頼書 template: the 様式 by number when content has
    ``procurement.forms`` (an empty list: the RFP asks for free-format documents)."""
    return procurement_facts(content) | {
        "scoring": evaluation_facts(content),
        "forms": form_rows() if content.procurement.forms is not None else [],
        "distributed": [d.title for d in select(list(DISTRIBUTED))],
        # the content's である sentences in the RFP's です・ます
        "polite": {
            "purpose": [polite(p) for p in content.procurement.purpose],
            "tie_rule": polite(content.procurement.evaluation.tie_rule),
        },
    }


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
    "distributed",
    "polite.purpose[].text",
    "polite.tie_rule.text",
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
