"""The plan's own facts: document metadata (版数), 計画期間, 背景・目的, 基本方針 and 目標."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from gendocs.model.base import ID_PATTERN, NAME, fld


@dataclass(frozen=True, kw_only=True)
class Revision:
    """改訂履歴の1行."""

    edition: str = fld("版数", "edition", max_length=NAME, example="第1.0版")
    date: date = fld("改訂日", "date")
    summary: str = fld("改訂内容", "what changed")


@dataclass(frozen=True, kw_only=True)
class LegalStyle:
    """例規の書き方（条・項・号の表記）."""

    article_numerals: Literal["算用数字", "漢数字"] = fld(
        "条番号の数字", "article numerals", default="算用数字"
    )
    paragraph_numerals: Literal["算用数字", "全角数字", "丸数字"] = fld(
        "項番号の表記", "paragraph numbers", default="算用数字"
    )
    item_labels: Literal["(1)", "一"] = fld("号の表記", "item labels", default="(1)")


@dataclass(frozen=True, kw_only=True)
class DocumentFacts:
    """文書ごとの日付・状態・版数・改訂履歴（書かない項目は project のもの。事業者に示す文書は
    公表日と改訂履歴なしが既定）."""

    document: str = fld(
        "文書（gendocs list の名前）", "document (its name in gendocs list)", regex=ID_PATTERN
    )
    date: date | None = fld("文書の日付", "date of the document", default=None)
    status: Literal["案", "確定", "公表"] | None = fld("状態", "status", default=None)
    edition: str | None = fld("版数", "edition", max_length=NAME, default=None)
    revisions: tuple[Revision, ...] | None = fld("改訂履歴", "revision history", default=None)


@dataclass(frozen=True, kw_only=True)
class Project:
    """文書全体に共通する情報（版数・発行日・状態）."""

    edition: str = fld("版数", "edition", max_length=NAME, example="第1.0版")
    date: date = fld("発行日（文書の日付。docx の作成日時にも使う）", "issue date")
    status: Literal["案", "確定"] = fld("状態（案の間は表紙に「案」と表示）", "draft or final")
    revisions: tuple[Revision, ...] = fld("改訂履歴", "revision history", default=())
    legal_style: LegalStyle = fld("例規の表記", "legal text style", default=LegalStyle())
    documents: tuple[DocumentFacts, ...] = fld(
        "文書ごとの日付・状態・版数・改訂履歴", "per-document date, status, edition", default=()
    )


@dataclass(frozen=True, kw_only=True)
class Principle:
    """基本的な考え方の1項目."""

    title: str = fld("見出し", "heading", max_length=NAME, example="ノンカスタマイズ")
    text: str = fld("本文", "text")


@dataclass(frozen=True, kw_only=True)
class Deployment:
    """クラウド導入方式."""

    model: Literal["SaaS", "PaaS", "IaaS"] = fld("サービス形態", "service model")
    data_center: str = fld("データセンターの要件", "data centre")
    network: str = fld("接続ネットワーク", "network", max_length=NAME, example="LGWAN")
    text: tuple[str, ...] = fld("説明（段落ごと）", "explanation paragraphs")


@dataclass(frozen=True, kw_only=True)
class Risk:
    """リスク・課題と対応."""

    title: str = fld("リスク・課題", "risk", max_length=NAME)
    measure: str = fld("対応策", "measure")


@dataclass(frozen=True, kw_only=True)
class Plan:
    """導入計画の本文に必要な事項."""

    title: str = fld("計画の名称", "title", max_length=NAME, example="自治体クラウド導入計画書")
    start_fiscal_year: int = fld(
        "計画期間の開始年度（西暦）", "first fiscal year", min=1989, max=2100
    )
    end_fiscal_year: int = fld("計画期間の終了年度（西暦）", "last fiscal year", min=1989, max=2100)
    background: tuple[str, ...] = fld("背景（段落ごと）", "background paragraphs")
    purpose: tuple[str, ...] = fld("目的（段落ごと）", "purpose paragraphs")
    principles: tuple[Principle, ...] = fld("基本的な考え方", "basic principles")
    deployment: Deployment = fld("導入方式", "deployment")
    risks: tuple[Risk, ...] = fld("リスク・課題", "risks", default=())


@dataclass(frozen=True, kw_only=True)
class Goal:
    """基本方針の目標."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    name: str = fld("目標", "goal", max_length=NAME, example="ICT経費の縮減")
    kind: Literal[
        "経費削減", "災害対策", "業務効率化", "セキュリティ", "住民サービス", "その他"
    ] = fld("種類", "kind")
    description: str = fld("説明", "description")
    reduction: Decimal | None = fld(
        "削減率の目標（0〜1、例: 0.3 は 30%）",
        "reduction rate target",
        default=None,
        unit="割合",
        min=0,
        max=1,
    )
    priority: int = fld("優先順位（1が最優先）", "priority (1 = highest)", min=1, max=100)


@dataclass(frozen=True, kw_only=True)
class Targets:
    """基本方針（目標と優先順位）."""

    policy: str = fld("基本方針の文", "policy statement")
    goals: tuple[Goal, ...] = fld("目標", "goals")
