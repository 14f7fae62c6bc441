"""情報セキュリティポリシー and 監査: scope, threats, roles, classification, audit.

The wording of the 基本方針 is standard (総務省 guideline) and lives in the Word template; the
対策基準 (第2編) is content: the guideline's nine chapters in its order (``standards``), each
with numbered sections whose paragraphs a consortium writes for itself, so the audit checklist
cites a section by id and prints the number the policy gives it. The 監査実施要綱 is a legal
text (条・項・号) written as ``audit_rules`` and rendered by ``gendocs.compute.legal.text``; its
別表 is ``checklist``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
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
class StandardSection:
    """対策基準の節（1.1 など）. 本文の差込み: 〔略称〕〔構成団体〕〔役割:id〕〔節:id〕ほか."""

    id: str = fld("識別子（監査チェックリストの clause で参照）", "id", regex=ID_PATTERN)
    title: str = fld("見出し", "heading", max_length=NAME, example="アクセス制御")
    paragraphs: tuple[str, ...] = fld(
        "本文（段落ごと。insert の定型文だけの節では省略可）", "paragraphs", default=()
    )
    insert: Literal["roles", "classification", "multi_factor", "network"] | None = fld(
        "本文の後に置く表・定型文（roles: 組織体制の表 / classification: 情報資産の分類表 / "
        "multi_factor: 多要素認証を用いる場面 / network: 三層の対策。network の節は "
        "network_separation がないときは出力しない）",
        "table or standard text after the paragraphs",
        default=None,
    )


@dataclass(frozen=True, kw_only=True)
class StandardChapter:
    """対策基準の章（ガイドラインの9区分を順に）."""

    area: MeasureArea = fld("区分", "chapter")
    sections: tuple[StandardSection, ...] = fld("節", "sections")


@dataclass(frozen=True, kw_only=True)
class Guideline:
    """準拠する国のガイドライン."""

    issuer: str = fld("策定者", "issuer", max_length=NAME, example="総務省")
    title: str = fld(
        "名称",
        "title",
        max_length=NAME,
        example="地方公共団体における情報セキュリティポリシーに関するガイドライン",
    )
    edition: str = fld("版", "edition", max_length=NAME, example="令和7年3月版")


@dataclass(frozen=True, kw_only=True)
class NetworkSeparation:
    """三層の対策（マイナンバー利用事務系・LGWAN接続系・インターネット接続系の分離）."""

    model: Literal["α", "β", "β'"] = fld("インターネット接続系の配置モデル", "model")
    scope: str = fld(
        "分離する範囲（推進組織が運用するネットワーク）",
        "the network the consortium runs",
        example="事務局の庁内ネットワーク",
    )


@dataclass(frozen=True, kw_only=True)
class MemberClause:
    """構成団体に対策を求める根拠の条（設置要綱・規約・基本合意書の条）."""

    instrument: Literal["establishment", "union_rules", "agreement"] = fld(
        "文書（bylaws のキー）", "instrument"
    )
    article: str = fld("条の識別子", "article id", regex=ID_PATTERN, example="security")


@dataclass(frozen=True, kw_only=True)
class AuditCheck:
    """監査チェックリストの項目."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    area: MeasureArea = fld("対策基準の区分（clause の節の章）", "chapter of the 対策基準")
    clause: str | None = fld(
        "確認する対策基準の節（standards の節の id。監査実施要綱を作るときは必須）",
        "section of the 対策基準 it checks (needed for the audit rules)",
        default=None,
        max_length=NAME,
        example="tech_access",
    )
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
    classification: tuple[AssetClass, ...] = fld(
        "情報資産の分類（機密性・完全性・可用性のそれぞれの全段階）", "asset classification"
    )
    # The keys of the policy below are optional for the model only: an adopted revision of the
    # content (bylaws ``adopted:``) is validated with today's model and may predate them. The
    # policy document requires each (gendocs.doctypes.security.POLICY_KEYS).
    guideline: Guideline | None = fld(
        "準拠するガイドライン（ポリシーを作るときは必須）", "guideline followed", default=None
    )
    decided_by: Literal["decision_body", "executive"] | None = fld(
        "ポリシーを決定する機関（decision_body: 意思決定機関 / executive: 執行機関。"
        "ポリシーを作るときは必須）",
        "body that decides the policy",
        default=None,
    )
    enacted: date | None = fld("制定日（ポリシーを作るときは必須）", "date decided", default=None)
    effective: date | None = fld(
        "施行日（ポリシーを作るときは必須）", "date in force", default=None
    )
    member_clause: MemberClause | None = fld(
        "構成団体に同等の対策を求める条（設置要綱・規約・基本合意書。省略するとポリシーは"
        "構成団体の対策をそれぞれのポリシーによるとだけ書く）",
        "article binding the members",
        default=None,
    )
    multi_factor: tuple[str, ...] = fld(
        "多要素認証を用いる場面（ポリシーを作るときは必須）",
        "where multi-factor authentication is required",
        default=(),
    )
    network_separation: NetworkSeparation | None = fld(
        "三層の対策（推進組織が自らネットワークを運用する場合だけ書く）",
        "three-tier network separation, when the consortium runs a network",
        default=None,
    )
    standards: tuple[StandardChapter, ...] | None = fld(
        "情報セキュリティ対策基準（第2編。ポリシーを作るときは必須）", "standards", default=None
    )
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

    def shows(self, section: StandardSection) -> bool:
        """Whether the policy prints ``section``: the 三層 section only for a consortium that
        runs a network of its own (``network_separation``)."""
        return section.insert != "network" or self.network_separation is not None
