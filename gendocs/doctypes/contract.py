"""サービス利用契約書: the contract with the vendor, from the procurement and SLA content.

Its facts are those the 仕様書, the RFP and the SLA print (the same ``procurement_facts``): the
contract period, the ceiling under its defined term, the parties, the go-live months, the SLA's
credits. Who signs follows ``consortium.form``: a 一部事務組合 or 広域連合 contracts in its own
name, a 協議会's members contract together (``procurement_facts.parties``). The articles are the
template's; ``procurement.contract_terms`` gives the figures a consortium decides (支払の日数,
損害賠償の上限, データ返還の日数, 予告期間, 管轄裁判所).
"""

from __future__ import annotations

from gendocs.compute import Facts
from gendocs.doctypes import Context, DocumentType, missing, register
from gendocs.doctypes.procurement_facts import procurement_facts
from gendocs.errors import Msg
from gendocs.model import Content
from gendocs.model.procurement import ContractTerms


def contract_context(content: Content, facts: Facts) -> Context:
    """Return the context of the サービス利用契約書 template."""
    return procurement_facts(content) | {
        "agreement": required_terms(content, facts),
        "credits": content.sla.credits is not None,
        "incident_levels": bool(content.sla.incident_levels),
    }


def required_terms(content: Content, facts: Facts) -> ContractTerms:
    """``procurement.contract_terms``; building the contract without them is a content error."""
    terms = content.procurement.contract_terms
    if terms is None:
        raise missing(
            facts,
            "procurement.contract_terms",
            Msg(
                "サービス利用契約書を作成するには procurement.contract_terms"
                "（支払の日数、損害賠償の上限、データ返還の日数、予告期間、管轄裁判所）が"
                "必要です",
                "procurement.contract_terms (days to pay, cap on damages, days to return "
                "the data, notice, court) is needed to build the service contract",
            ),
        )
    return terms


NEEDS = (
    "procurement.title",
    "contract.start",
    "contract.end",
    "ceiling_price",
    "parties.names",
    "agreement.payment_days",
    "agreement.liability_cap",
    "agreement.data_return_days",
    "agreement.court",
)

register(
    DocumentType(
        name="contract",
        title="サービス利用契約書",
        template="contract.docx",
        context=contract_context,
        order=31,
        phase=2,
        applies=lambda content: content.procurement.contract_terms is not None,
        needs=NEEDS,
    )
)
