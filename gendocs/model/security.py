"""情報セキュリティポリシー and 監査: scope, threats, roles, classification, audit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from gendocs.model.base import ID_PATTERN, fld


@dataclass(frozen=True, kw_only=True)
class Threat:
    """対象とする脅威."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    name: str = fld("脅威", "threat", example="不正アクセス")
    description: str = fld("内容", "description")


@dataclass(frozen=True, kw_only=True)
class SecurityRole:
    """情報セキュリティの組織体制の役割."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    title: str = fld("役職", "role", example="最高情報セキュリティ責任者（CISO）")
    holder: str = fld("充てる者", "who holds it", example="管理者")
    duties: str = fld("役割", "duties")


@dataclass(frozen=True, kw_only=True)
class AssetClass:
    """情報資産の分類."""

    level: str = fld("分類", "class", example="機密性3")
    definition: str = fld("分類基準", "definition")
    handling: str = fld("取扱制限", "handling")


@dataclass(frozen=True, kw_only=True)
class Security:
    """情報セキュリティポリシーと監査の内容."""

    scope_organisations: tuple[str, ...] = fld("適用範囲（組織）", "organisations in scope")
    scope_assets: tuple[str, ...] = fld("適用範囲（情報資産）", "assets in scope")
    threats: tuple[Threat, ...] = fld("対象とする脅威", "threats")
    roles: tuple[SecurityRole, ...] = fld("組織体制", "roles")
    classification: tuple[AssetClass, ...] = fld("情報資産の分類", "asset classification")
    audit_cycle_years: int = fld("監査の実施周期（中期計画の年数）", "years in the audit cycle",
                                 unit="年", min=1, max=10)
    auditor: Literal["内部監査", "外部監査", "内部監査及び外部監査"] = fld("監査人", "auditor")
