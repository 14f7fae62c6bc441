"""Checks of the security content: the 監査実施要綱's offices, roles, the checklist's coverage."""

from __future__ import annotations

from collections.abc import Iterator
from typing import get_args

from gendocs.errors import Msg
from gendocs.model import Content
from gendocs.model.security import MeasureArea
from gendocs.validate.checks.bylaws import legal_text_findings
from gendocs.validate.domain import Check, Finding


def audit_rules(content: Content) -> Iterator[Finding]:
    """The 監査実施要綱 lists each office once (its placeholders are resolved in compute)."""
    yield from legal_text_findings(content.security.audit_rules, ("security", "audit_rules"))


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


def deciding_body(content: Content) -> Iterator[Finding]:
    """The body that decides the policy exists in the consortium."""
    if content.security.decided_by == "executive" and content.consortium.executive is None:
        yield (
            ("security", "decided_by"),
            Msg(
                "decided_by: executive ですが consortium.executive（執行機関）がありません"
                "（decision_body と書きます）",
                "decided_by is executive but consortium.executive is missing",
            ),
        )


def standards_outline(content: Content) -> Iterator[Finding]:
    """The 対策基準 has the guideline's nine chapters in its order, section ids once each, and a
    section for the 三層の対策 when the consortium runs a network."""
    security = content.security
    if security.standards is None:
        return  # no policy written (an adopted revision may predate standards)
    areas = [chapter.area for chapter in security.standards]
    expected = list(get_args(MeasureArea))
    if areas != expected:
        yield (
            ("security", "standards"),
            Msg(
                "対策基準（standards）の章はガイドラインの順に一つずつ書きます: "
                + "、".join(expected),
                "the chapters of standards follow the guideline, once each: " + ", ".join(expected),
            ),
        )
    seen: set[str] = set()
    for c, chapter in enumerate(security.standards):
        for s, section in enumerate(chapter.sections):
            if section.id in seen:
                yield (
                    ("security", "standards", c, "sections", s, "id"),
                    Msg(
                        f"節の識別子「{section.id}」が重複しています",
                        f"section id '{section.id}' is used twice",
                    ),
                )
            seen.add(section.id)
    inserts = [s.insert for chapter in security.standards for s in chapter.sections]
    if security.network_separation is not None and "network" not in inserts:
        yield (
            ("security", "network_separation"),
            Msg(
                "三層の対策を置く節（insert: network）が対策基準にありません",
                "no section of standards has insert: network for the network separation",
            ),
        )


def classification_levels(content: Content) -> Iterator[Finding]:
    """機密性・完全性・可用性 each have every level from 1 up (機密性1 … 機密性3), once the policy
    is written (an adopted revision of the content may predate ``standards``)."""
    if content.security.standards is None:
        return
    levels = [c.level for c in content.security.classification]
    for prop in PROPERTIES:
        numbers = sorted(
            int(v[len(prop) :]) for v in levels if v.startswith(prop) and v[len(prop) :].isdigit()
        )
        if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)):
            yield (
                ("security", "classification"),
                Msg(
                    f"情報資産の分類に{prop}の段階が{prop}1から順にそろっていません"
                    f"（あるもの: {'、'.join(v for v in levels if v.startswith(prop)) or 'なし'}）",
                    f"the classification lacks the levels {prop}1, {prop}2 … in order",
                ),
            )


def checklist_clauses(content: Content) -> Iterator[Finding]:
    """Each audit check cites a section the policy prints, in the chapter of its ``area``."""
    security = content.security
    if security.standards is None:
        return
    sections = {s.id: s for chapter in security.standards for s in chapter.sections}
    area_of = {s.id: chapter.area for chapter in security.standards for s in chapter.sections}
    for n, check in enumerate(security.checklist):
        if check.clause is None:
            yield (
                ("security", "checklist", n, "clause"),
                Msg(
                    "確認する対策基準の節（clause）を書きます",
                    "clause (the section of standards it checks) is missing",
                ),
            )
            continue
        section = sections.get(check.clause)
        if section is not None and area_of[check.clause] != check.area:
            yield (
                ("security", "checklist", n, "area"),
                Msg(
                    f"節「{check.clause}」は対策基準「{area_of[check.clause]}」の節です"
                    f"（area: {check.area}）",
                    f"section '{check.clause}' is in '{area_of[check.clause]}', not '{check.area}'",
                ),
            )
        if section is None:
            yield (
                ("security", "checklist", n, "clause"),
                Msg(
                    f"対策基準に識別子「{check.clause}」の節がありません"
                    f"（あるもの: {'、'.join(sections)}）",
                    f"no section '{check.clause}' in standards (known: {', '.join(sections)})",
                ),
            )
        elif not security.shows(section):
            yield (
                ("security", "checklist", n, "clause"),
                Msg(
                    f"節「{check.clause}」（三層の対策）は network_separation がないため"
                    "ポリシーに出力されません",
                    f"section '{check.clause}' is not printed without network_separation",
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


PROPERTIES = ("機密性", "完全性", "可用性")

CHECKS: tuple[Check, ...] = (
    audit_rules,
    role_references,
    deciding_body,
    standards_outline,
    classification_levels,
    checklist_clauses,
    checklist_coverage,
)
