"""情報セキュリティポリシー (基本方針・対策基準) and 情報セキュリティ監査実施要綱.

The policy's wording is standard (総務省「地方公共団体における情報セキュリティポリシーに関する
ガイドライン」の構成) and lives in the template; scope, threats, roles, classification and the
audit cycle come from ``content.security``. The 監査実施要綱 is a legal text rendered by
``gendocs.compute.legal.text`` with the 監査チェックリスト as its 別表.
"""

from __future__ import annotations

from typing import Any

from gendocs import ja
from gendocs.compute import Facts
from gendocs.compute.legal.text import RenderedText
from gendocs.doctypes import Context, DocumentType, register
from gendocs.doctypes.bylaws import LEGAL_NEEDS, legal_context
from gendocs.model import Content
from gendocs.model.security import SecurityRole


def policy_context(content: Content, facts: Facts) -> Context:
    """Return the context of the 情報セキュリティポリシー template."""
    security = content.security
    roles = {role.id: role for role in security.roles}
    return {
        "policy": {
            "threats": security.threats,
            "scope_organisations": security.scope_organisations,
            "scope_assets": security.scope_assets,
            "roles": security.roles,
            "chief": _role(roles[security.chief]),
            "incident": _role(roles[security.incident_response]),
            "classification": security.classification,
            "training": security.training_per_year,  # the template writes 「年…回以上」
            "self_check": security.self_check_per_year,
            "audit_cycle": security.audit_cycle_years,
            "auditor": security.auditor,
            "audit_title": legal_context(
                content, facts, security.audit_rules, "security.audit_rules"
            )["law"].title,
            "deployment": content.plan.deployment,
            "service_title": content.procurement.title,
            "availability": ja.format_decimal(content.sla.availability),
        }
    }


def audit_context(content: Content, facts: Facts) -> Context:
    """Return the context of the 情報セキュリティ監査実施要綱 template."""
    context = legal_context(content, facts, content.security.audit_rules, "security.audit_rules")
    context["checklist"] = [
        {
            "no": str(n),
            "area": check.area,
            "item": check.item,
            "method": check.method,
            "priority": "◎" if check.priority else "",
        }
        for n, check in enumerate(content.security.checklist, 1)
    ]
    context["appendix_article"] = appendix_article(context["law"])
    return context


def appendix_article(law: RenderedText) -> str | None:
    """The article whose text cites the 別表 (第6条): 法制執務 captions it 別表（第6条関係）."""
    article = ""
    for line in law.lines:
        if line.kind == "article":
            article = line.label
        if "別表" in line.text and article:
            return article
    return None


def _role(role: SecurityRole) -> dict[str, Any]:
    return {"title": role.title, "holder": role.holder}


POLICY_NEEDS = (
    "policy.threats[].name",
    "policy.scope_organisations",
    "policy.roles[].title",
    "policy.classification[].level",
    "policy.audit_cycle",
    "policy.training",
    "policy.self_check",
)
AUDIT_NEEDS = LEGAL_NEEDS + ("checklist[].item",)

register(
    DocumentType(
        name="security_policy",
        title="情報セキュリティポリシー",
        template="security_policy.docx",
        context=policy_context,
        order=35,
        phase=2,
        needs=POLICY_NEEDS,
    )
)
register(
    DocumentType(
        name="security_audit",
        title="情報セキュリティ監査実施要綱",
        template="security_audit.docx",
        context=audit_context,
        order=36,
        phase=2,
        needs=AUDIT_NEEDS,
    )
)
