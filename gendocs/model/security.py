"""情報セキュリティポリシー and 監査: scope, threats, roles, classification, audit.

The wording of the 基本方針 and 対策基準 is standard (総務省 guideline) and lives in the Word
template; what differs between consortia is here. The 監査実施要綱 is a legal text (条・項・号)
written as ``audit_rules`` and rendered by ``gendocs.compute.legal.text``; its 別表 is
``checklist``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from gendocs.model.base import ID_PATTERN, NAME, fld
from gendocs.model.bylaws import LegalText

# The nine chapters of the 対策基準 (総務省 guideline numbering); audit checks name one of them.
MeasureArea = Literal[
    "組織体制",
    "情報資産の分類と管理",
    "情報システム全体の強靭性の向上",
    "物理的セキュリティ",
    "人的セキュリティ",
    "技術的セキュリティ",
    "運用",
    "業務委託と外部サービスの利用",
    "評価・見直し",
]


@dataclass(frozen=True, kw_only=True)
class Threat:
    """対象とする脅威."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    name: str = fld("脅威", "threat", max_length=NAME, example="不正アクセス")
    description: str = fld("内容", "description")


@dataclass(frozen=True, kw_only=True)
class SecurityRole:
    """情報セキュリティの組織体制の役割. 監査実施要綱では〔役割:id〕で役職名を参照する."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    title: str = fld("役職", "role", max_length=NAME, example="最高情報セキュリティ責任者")
    holder: str = fld("充てる者", "who holds it", max_length=NAME, example="管理者")
    duties: str = fld("役割", "duties")


@dataclass(frozen=True, kw_only=True)
class AssetClass:
    """情報資産の分類."""

    level: str = fld("分類", "class", max_length=NAME, example="機密性3")
    definition: str = fld("分類基準", "definition")
    handling: str = fld("取扱制限", "handling")


@dataclass(frozen=True, kw_only=True)
class AuditCheck:
    """監査チェックリストの項目."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    area: MeasureArea = fld("対策基準の区分", "chapter of the 対策基準")
    item: str = fld("監査項目", "what is checked")
    method: str = fld("確認方法", "how it is checked", example="管理台帳の閲覧")
    priority: bool = fld("重点項目か", "a priority item", default=False)


@dataclass(frozen=True, kw_only=True)
class Security:
    """情報セキュリティポリシーと監査の内容."""

    scope_organisations: tuple[str, ...] = fld("適用範囲（組織）", "organisations in scope")
    scope_assets: tuple[str, ...] = fld("適用範囲（情報資産）", "assets in scope")
    threats: tuple[Threat, ...] = fld("対象とする脅威", "threats")
    roles: tuple[SecurityRole, ...] = fld("組織体制", "roles")
    chief: str = fld(
        "最高責任者の役割（roles の id。ポリシーの決定と監査の指揮）",
        "role that decides the policy and directs audits",
        max_length=NAME,
        example="ciso",
    )
    incident_response: str = fld(
        "情報セキュリティインシデントの報告先の役割（roles の id）",
        "role incidents are reported to",
        max_length=NAME,
        example="csirt",
    )
    classification: tuple[AssetClass, ...] = fld("情報資産の分類", "asset classification")
    training_per_year: int = fld(
        "情報セキュリティ研修の年間実施回数",
        "training sessions a year",
        unit="回",
        min=1,
        max=365,
        default=1,
    )
    self_check_per_year: int = fld(
        "自己点検の年間実施回数", "self-checks a year", unit="回", min=1, max=365, default=1
    )
    audit_cycle_years: int = fld(
        "監査の実施周期（中期計画の年数）", "years in the audit cycle", unit="年", min=1, max=10
    )
    auditor: Literal["内部監査", "外部監査", "内部監査及び外部監査"] = fld("監査人", "auditor")
    audit_rules: LegalText = fld("情報セキュリティ監査実施要綱", "audit rules")
    checklist: tuple[AuditCheck, ...] = fld("監査チェックリスト", "audit checklist")
