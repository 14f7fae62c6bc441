"""Checks of the security content: the 監査実施要綱 resolves, the checklist covers the 対策基準."""

from __future__ import annotations

from collections.abc import Iterator
from typing import get_args

from gendocs.errors import Msg
from gendocs.model import Content
from gendocs.model.security import MeasureArea
from gendocs.validate.checks.bylaws import legal_text_findings
from gendocs.validate.domain import Check, Finding


def audit_rules(content: Content) -> Iterator[Finding]:
    """The 監査実施要綱 resolves every reference and placeholder."""
    yield from legal_text_findings(
        content, content.security.audit_rules, ("security", "audit_rules")
    )


def role_references(content: Content) -> Iterator[Finding]:
    """``chief`` and ``incident_response`` name roles of the 組織体制."""
    security = content.security
    ids = [role.id for role in security.roles]
    for key in ("chief", "incident_response"):
        value = getattr(security, key)
        if value not in ids:
            yield (
                ("security", key),
                Msg(
                    f"組織体制（roles）に識別子「{value}」の役割がありません"
                    f"（あるもの: {'、'.join(ids)}）",
                    f"no role '{value}' in roles (known: {', '.join(ids)})",
                ),
            )


def checklist_coverage(content: Content) -> Iterator[Finding]:
    """The 監査チェックリスト has at least one item for each chapter of the 対策基準."""
    covered = {check.area for check in content.security.checklist}
    for area in get_args(MeasureArea):
        if area not in covered:
            yield (
                ("security", "checklist"),
                Msg(
                    f"監査チェックリストに対策基準「{area}」の項目がありません",
                    f"the audit checklist has no item for the chapter '{area}'",
                ),
            )


CHECKS: tuple[Check, ...] = (audit_rules, role_references, checklist_coverage)
