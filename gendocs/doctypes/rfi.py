"""情報提供依頼書（RFI）: the lecture's five questions to vendors before the 仕様書 is fixed."""

from __future__ import annotations

from gendocs.compute import Facts
from gendocs.doctypes import Context, DocumentType, register
from gendocs.doctypes.evaluation import evaluation_facts
from gendocs.doctypes.procurement import requirement_rows
from gendocs.doctypes.procurement_facts import polite, procurement_facts
from gendocs.model import Content


def rfi_context(content: Content, facts: Facts) -> Context:
    """Return the context of the 情報提供依頼書 template."""
    spec = content.procurement.spec
    return procurement_facts(content) | {
        "scoring": evaluation_facts(content),
        # the content's である purpose in the RFI's です・ます
        "polite": {"purpose": [polite(p) for p in content.procurement.purpose]},
        # 別紙 機能一覧: the 仕様書's 機能要件確認表 rows, when content has them
        "requirement_rows": requirement_rows(content, spec) if spec else [],
    }


NEEDS = (
    "procurement.rfi.items",
    "rfi_deadlines.submission",
    "rfi_rows[].date",
    "contact.address",
    "membership.names",
    "scope.categories[].count",
    "polite.purpose[].text",
)

register(
    DocumentType(
        name="rfi",
        title="情報提供依頼書",
        template="rfi.docx",
        context=rfi_context,
        order=11,
        phase=2,
        needs=NEEDS,
    )
)
