"""Security policy and the consortium's legal texts (設置要綱・規約・基本合意書)."""

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


@dataclass(frozen=True, kw_only=True)
class Article:
    """条（設置要綱・規約などの条文）. 本文中の〔条:id〕は条番号への参照になる."""

    id: str = fld("識別子（参照に使う）", "id", regex=ID_PATTERN)
    heading: str = fld("見出し", "heading", example="設置")
    paragraphs: tuple[str, ...] = fld("項（段落ごと）", "paragraphs")
    items: tuple[str, ...] = fld("第1項の号", "items of the first paragraph", default=())


@dataclass(frozen=True, kw_only=True)
class LegalText:
    """条文からなる文書."""

    title: str = fld("題名", "title")
    articles: tuple[Article, ...] = fld("条", "articles")
    supplementary: tuple[str, ...] = fld("附則", "supplementary provisions")


@dataclass(frozen=True, kw_only=True)
class Bylaws:
    """設置要綱・規約・基本合意書."""

    establishment: LegalText | None = fld("推進協議会設置要綱", "council establishment rules",
                                          default=None)
    union_rules: LegalText | None = fld("一部事務組合規約", "union rules", default=None)
    agreement: LegalText | None = fld("基本合意書", "basic agreement", default=None)
    kind_of_joint_work: tuple[str, ...] = fld("共同処理する事務", "joint work")
