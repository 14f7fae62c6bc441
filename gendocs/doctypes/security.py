"""情報セキュリティポリシー (基本方針・対策基準) and 情報セキュリティ監査実施要綱.

The 基本方針's wording is standard (総務省「地方公共団体における情報セキュリティポリシーに関する
ガイドライン」の構成; the edition followed is content) and lives in the template; scope, threats,
roles, classification, the audit cycle, the dates and the deciding body come from
``content.security``. The 対策基準 is content numbered in compute (``facts.security``); the
三層の対策 is the template's standard text, printed only when the consortium runs a network. The
監査実施要綱 is a legal text rendered by ``gendocs.compute.legal.text`` with the 監査チェックリスト
as its 別表, each item citing the 対策基準 section by the number the policy prints.
"""

from __future__ import annotations

from typing import Any

from gendocs import ja
from gendocs.compute import Facts
from gendocs.compute.legal.text import RenderedText
from gendocs.compute.security import SecurityPolicy, checklist_clauses
from gendocs.doctypes import Context, DocumentType, register
from gendocs.doctypes.bylaws import LEGAL_NEEDS, legal_context
from gendocs.errors import ContentError, Location, Msg, Problem
from gendocs.model import Content
from gendocs.model.security import SecurityRole

# member_clause stays optional: a consortium without an instrument its members signed (事務委託)
# states only that each member's own policy governs its departments (template 4.3)
POLICY_KEYS = ("guideline", "decided_by", "enacted", "effective", "standards")


def required_policy(content: Content, facts: Facts, title: str) -> SecurityPolicy:
    """The numbered 対策基準, once every key the policy states is written (the model leaves them
    optional for adopted revisions); a ContentError names each missing key."""
    security = content.security
    missing = [key for key in POLICY_KEYS if getattr(security, key) is None]
    missing += ["multi_factor"] if not security.multi_factor else []
    if missing or facts.security is None:
        raise ContentError(
            Problem(
                Location("content/security.yaml"),
                f"security.{key}",
                Msg(
                    f"{title}を作成するには security.{key} が必要です",
                    f"security.{key} is needed to build the {title}",
                ),
            )
            for key in missing
        )
    return facts.security


def policy_context(content: Content, facts: Facts) -> Context:
    """Return the context of the 情報セキュリティポリシー template."""
    security = content.security
    policy = required_policy(content, facts, "情報セキュリティポリシー")
    assert security.enacted is not None and security.effective is not None  # required_policy
    roles = {role.id: role for role in security.roles}
    consortium = content.consortium
    # validation makes sure an executive exists when it decides (checks.security.deciding_body)
    decided_by = consortium.executive or consortium.decision_body
    if security.decided_by == "decision_body":
        decided_by = consortium.decision_body
    return {
        "policy": {
            "threats": security.threats,
            "scope_organisations": security.scope_organisations,
            "scope_assets": security.scope_assets,
            "roles": security.roles,
            "chief": _role(roles[security.chief]),
            "incident": _role(roles[security.incident_response]),
            "classification": security.classification,
            "self_check": security.self_check_per_year,
            "audit_cycle": security.audit_cycle_years,
            "auditor": security.auditor,
            "audit_title": legal_context(
                content, facts, security.audit_rules, "security.audit_rules"
            )["law"].title,
            "deployment": content.plan.deployment,
            "service_title": content.procurement.title,
            "availability": ja.format_decimal(content.sla.availability),
            "guideline": security.guideline,
            "decided_by": decided_by.name,
            "enacted": ja.wareki_date(security.enacted),
            "effective": ja.wareki_date(security.effective),
            "member_instrument": policy.member_instrument,
            "member_article": policy.member_article,
            "multi_factor": security.multi_factor,
            "network": security.network_separation,
            "standards": policy.chapters,
        }
    }


def audit_context(content: Content, facts: Facts) -> Context:
    """Return the context of the 情報セキュリティ監査実施要綱 template."""
    context = legal_context(content, facts, content.security.audit_rules, "security.audit_rules")
    checklist = content.security.checklist
    policy = required_policy(content, facts, "情報セキュリティ監査実施要綱")
    # validation makes sure every item names a printed section once standards are written
    clauses = checklist_clauses(policy, (c.clause or "" for c in checklist))
    context["checklist"] = [
        {
            "no": str(n),
            "clause": clause,
            "item": check.item,
            "method": check.method,
            "priority": "◎" if check.priority else "",
        }
        for n, (check, clause) in enumerate(zip(checklist, clauses, strict=True), 1)
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
    "policy.self_check",
    "policy.guideline.edition",
    "policy.decided_by",
    "policy.enacted",
    "policy.effective",
    "policy.multi_factor",
    "policy.standards",
)
AUDIT_NEEDS = LEGAL_NEEDS + ("checklist[].item", "checklist[].clause")

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
