"""The 情報セキュリティ対策基準 numbered and resolved once per build.

The 対策基準 (第2編 of the policy) is content: chapters in the guideline's order, each with
sections. Here each section gets the number the policy prints (5.3), a section of the 三層の対策
is left out when the consortium runs no network of its own, and the placeholders of the
paragraphs are resolved. The audit checklist cites sections by id and prints these numbers, so
the 監査実施要綱 cannot cite a clause the policy numbers differently. The article that binds the
members (``member_clause``) is named as its instrument numbers it (第8条).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from gendocs import ja
from gendocs.compute.legal.text import PLACEHOLDER, KeyPath, RenderedText
from gendocs.errors import ContentError, Msg, Problem
from gendocs.load import RawContent, format_path
from gendocs.model import Content
from gendocs.model.security import MemberClause

SECTION_REF = "節"


@dataclass(frozen=True)
class PolicySection:
    """A numbered section of the 対策基準."""

    id: str
    number: str  # 5.3
    title: str
    paragraphs: tuple[str, ...]
    insert: str | None


@dataclass(frozen=True)
class PolicyChapter:
    """A numbered chapter of the 対策基準 (one of the guideline's nine)."""

    number: str
    title: str
    sections: tuple[PolicySection, ...]


@dataclass(frozen=True)
class SecurityPolicy:
    """The 対策基準 as printed, and the article that binds the members."""

    chapters: tuple[PolicyChapter, ...]
    sections: Mapping[str, PolicySection]  # by id, printed sections only
    member_instrument: str | None  # the title of the 設置要綱 / 規約 / 基本合意書
    member_article: str | None  # 第8条 (None: no member_clause written)


def security_policy(
    content: Content, raw: RawContent, legal: Mapping[str, RenderedText]
) -> SecurityPolicy | None:
    """The 対策基準 of ``content`` numbered and resolved (None when no ``standards`` are
    written); a ContentError locates each problem."""
    security = content.security
    if security.standards is None:
        return None
    numbers: dict[str, str] = {}
    for c, chapter in enumerate(security.standards, 1):
        printed = [s for s in chapter.sections if security.shows(s)]
        for k, section in enumerate(printed, 1):
            numbers[section.id] = f"{c}.{k}"
    values = _values(content, legal)
    found: list[tuple[KeyPath, Msg]] = []
    chapters = []
    for c, chapter in enumerate(security.standards, 1):
        sections = []
        for s, section in enumerate(chapter.sections):
            if section.id not in numbers:
                continue
            paragraphs = []
            for p, paragraph in enumerate(section.paragraphs):
                path: KeyPath = ("security", "standards", c - 1, "sections", s, "paragraphs", p)
                text, problems = _resolve(paragraph, values, numbers)
                found += [(path, m) for m in problems]
                paragraphs.append(text)
            sections.append(
                PolicySection(
                    section.id,
                    numbers[section.id],
                    section.title,
                    tuple(paragraphs),
                    section.insert,
                )
            )
        chapters.append(PolicyChapter(str(c), chapter.area, tuple(sections)))
    clause = security.member_clause
    title = article = None
    if clause is not None:
        instrument = legal.get(f"bylaws.{clause.instrument}")
        if instrument is None or clause.article not in instrument.labels:
            found.append((("security", "member_clause", "article"), _clause_problem(clause, legal)))
        else:
            title, article = instrument.title, instrument.labels[clause.article]
    if found:
        raise ContentError(Problem(raw.locate(p), format_path(p), m) for p, m in found)
    by_id = {s.id: s for chapter in chapters for s in chapter.sections}
    return SecurityPolicy(tuple(chapters), by_id, title, article)


def _clause_problem(clause: MemberClause, legal: Mapping[str, RenderedText]) -> Msg:
    instrument = legal.get(f"bylaws.{clause.instrument}")
    if instrument is None:
        return Msg(
            f"bylaws.{clause.instrument} がないため、構成団体に対策を求める条を示せません",
            f"bylaws.{clause.instrument} is missing: no article binds the members",
        )
    known = "、".join(instrument.labels)
    return Msg(
        f"{instrument.title}に識別子「{clause.article}」の条がありません（あるもの: {known}）",
        f"no article '{clause.article}' in {clause.instrument} (known: {known})",
    )


def _values(content: Content, legal: Mapping[str, RenderedText]) -> dict[str, str]:
    c, security = content.consortium, content.security
    values = {
        "名称": c.name,
        "略称": c.short_name,
        "構成団体": c.terms.member,
        "意思決定機関": c.decision_body.name,
        "事務局": c.secretariat.name,
        "事務局長": c.secretariat.head,
        "研修回数": str(security.training_per_year),
        "自己点検回数": str(security.self_check_per_year),
        "監査の周期": str(security.audit_cycle_years),
        "監査の方法": security.auditor,
        "監査実施要綱": legal["security.audit_rules"].title,
        "サービス名": content.procurement.title,
        "稼働率": ja.format_decimal(content.sla.availability),
        "データセンター": content.plan.deployment.data_center,
        "接続回線": content.plan.deployment.network,
    }
    if c.executive is not None:
        values["執行機関"] = c.executive.name
    for role in security.roles:
        values[f"役割:{role.id}"] = role.title
    return values


def _resolve(
    text: str, values: Mapping[str, str], numbers: Mapping[str, str]
) -> tuple[str, list[Msg]]:
    problems: list[Msg] = []

    def replace(match: re.Match[str]) -> str:
        kind, argument = match.group(1), match.group(2)
        if kind == SECTION_REF:
            if argument in numbers:
                return numbers[argument]
            problems.append(_unknown(match.group(0), sorted(numbers)))
            return ""
        key = kind if argument is None else f"{kind}:{argument}"
        if key in values:
            return values[key]
        problems.append(_unknown(match.group(0), sorted(values)))
        return ""

    return PLACEHOLDER.sub(replace, text), problems


def _unknown(placeholder: str, known: list[str]) -> Msg:
    listed = "、".join(known)
    return Msg(
        f"{placeholder}に当たるものがありません（指定できるもの: {listed}）",
        f"nothing stands for {placeholder} (known: {listed})",
    )


def checklist_clauses(policy: SecurityPolicy, clauses: Iterable[str]) -> list[str]:
    """The printed 「5.3 見出し」 of each clause id (validation made sure each is printed)."""
    return [f"{policy.sections[c].number}\u3000{policy.sections[c].title}" for c in clauses]
