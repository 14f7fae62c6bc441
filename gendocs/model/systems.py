"""対象業務 and the 現行システム概要調査 (the nine survey items of lecture 1-2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from gendocs.model.base import ID_PATTERN, NAME, YEN, fld


@dataclass(frozen=True, kw_only=True)
class Service:
    """クラウド化の対象業務."""

    id: str = fld("識別子", "id", regex=ID_PATTERN, example="juki")
    name: str = fld("業務名", "name", max_length=NAME, example="住民基本台帳")
    category: Literal["基幹系", "内部情報系"] = fld("区分", "category")
    standard: bool = fld(
        "標準化対象業務（20業務）か", "one of the 20 standardised 業務", default=False
    )
    description: str | None = fld("業務の概要", "description", default=None)


@dataclass(frozen=True, kw_only=True)
class SystemCosts:
    """調査項目8: 構築及び運用、改修に係る経費."""

    build: int = fld("構築費（導入時）", "build cost", unit="円", min=0, max=YEN)
    annual_operation: int = fld(
        "年間運用経費（保守・使用料等）", "yearly running cost", unit="円", min=0, max=YEN
    )
    annual_modification: int = fld(
        "年間改修経費（法改正対応等）", "yearly modification cost", unit="円", min=0, max=YEN
    )
    renewal: int = fld(
        "更新（更改）時の費用", "cost of the next renewal", unit="円", min=0, max=YEN
    )


@dataclass(frozen=True, kw_only=True)
class Bridging:
    """更新予定日から本稼働までの間、現行システムを使い続ける手当て（延長・再リース）."""

    method: Literal["延長", "再リース", "その他"] = fld("方法", "how the system is kept")
    amount: int = fld("本稼働までの費用（税込）", "cost until go-live", unit="円", min=0, max=YEN)
    until: date | None = fld("期限", "kept until", default=None)


@dataclass(frozen=True, kw_only=True)
class CurrentSystem:
    """現行システム1件の概要（調査項目1〜9）."""

    id: str = fld("識別子（団体内で一意）", "id", regex=ID_PATTERN)
    name: str = fld("1 システム名称", "system name", max_length=NAME)
    department: str = fld("1 所管課", "department in charge", max_length=NAME)
    services: tuple[str, ...] = fld("1 対象業務（id）", "業務 it serves", ref="services")
    development: Literal["自己開発", "共同開発", "パッケージ", "その他"] = fld(
        "2 開発形態", "how it was developed"
    )
    package: str | None = fld("2 パッケージ名称", "package name", max_length=NAME, default=None)
    configuration: str = fld("3 システム構成", "configuration", example="サーバ2台（冗長構成）")
    location: str = fld("3 ハードウェア設置場所", "where the hardware is", example="庁舎内サーバ室")
    network: str = fld("4 利用ネットワーク", "network used", example="庁内LAN・LGWAN")
    integrations: tuple[str, ...] = fld(
        "5 連携先システム（同じ団体のシステムid）", "systems it exchanges data with", default=()
    )
    in_service: date = fld("6 稼働日", "in service since")
    renewal_due: date = fld("6 更新予定日", "planned renewal")
    bridging: Bridging | None = fld(
        "6 更新予定日が本稼働より前のときの延長・再リース",
        "extension or re-lease when renewal falls before go-live",
        default=None,
    )
    vendor: str = fld("7 構築・運用事業者", "vendor", max_length=NAME)
    operation: str = fld("7 運用体制", "operating arrangement", example="職員1名＋事業者常駐1名")
    costs: SystemCosts = fld("8 経費", "costs")
    maintenance: tuple[str, ...] = fld(
        "9 運用・保守内容", "operation and maintenance tasks", example=["帳票出力", "ヘルプデスク"]
    )


@dataclass(frozen=True, kw_only=True)
class SurveyIssue:
    """課題アンケートの回答1件（講義2-1 作業項目7〜9: 現行業務・システムの課題）."""

    category: Literal["業務", "システム", "運用", "費用", "体制", "その他"] = fld(
        "課題の区分", "kind of issue"
    )
    services: tuple[str, ...] = fld(
        "関係する業務（id。業務全般なら空）", "業務 concerned", ref="services", default=()
    )
    issue: str = fld("課題", "issue", example="窓口の待ち時間が長い")
    remedy: str | None = fld("解決方策（案）", "proposed remedy", default=None)


@dataclass(frozen=True, kw_only=True)
class Priority:
    """取組にあたって重視する点（講義2-1 ポイント6: カスタマイズ可否の判断基準の材料）."""

    point: Literal[
        "費用の削減",
        "業務の標準化",
        "セキュリティ",
        "安定稼働",
        "操作性",
        "法改正への対応",
        "データ移行",
        "住民サービスの向上",
        "その他",
    ] = fld("重視する点", "what matters")
    level: Literal["高", "中", "低"] = fld("重要度", "weight")
    reason: str | None = fld("理由・具体的な内容", "why", default=None)


@dataclass(frozen=True, kw_only=True)
class PrintJob:
    """大量帳票1件（講義2-1 ポイント4: アウトソーシング検討の対象となり得る帳票）."""

    name: str = fld("帳票名称", "form", max_length=NAME, example="固定資産税納税通知書")
    service: str = fld("業務（id）", "業務", ref="services")
    paper: Literal["専用紙", "汎用紙", "複写", "圧着はがき", "封筒", "その他"] = fld(
        "用紙種別", "paper"
    )
    frequency: Literal["毎日", "毎週", "毎月", "四半期", "半期", "毎年", "随時"] = fld(
        "出力頻度", "how often"
    )
    timing: str | None = fld("出力時期", "when", default=None, example="4月")
    sheets: int = fld("年間出力枚数", "sheets a year", unit="枚", min=0, max=100_000_000)


@dataclass(frozen=True, kw_only=True)
class Survey:
    """構成団体1団体の現行システム概要調査の回答."""

    member: str = fld("構成団体（id）", "member", ref="members")
    as_of: date = fld("調査基準日", "survey date")
    systems: tuple[CurrentSystem, ...] = fld("現行システム", "current systems")
    issues: tuple[SurveyIssue, ...] = fld(
        "課題アンケートの回答", "answers to the issue questionnaire", default=()
    )
    priorities: tuple[Priority, ...] = fld(
        "取組にあたって重視する点", "what the member values most", default=()
    )
    print_jobs: tuple[PrintJob, ...] = fld("大量帳票", "bulk print forms", default=())


@dataclass(frozen=True, kw_only=True)
class Usage:
    """構成団体ごとのクラウド利用範囲."""

    member: str = fld("構成団体（id）", "member", ref="members")
    services: tuple[str, ...] = fld("利用する業務（id）", "業務 used", ref="services")
    terminals: int = fld("端末数", "terminals", unit="台", min=1, max=1_000_000)


@dataclass(frozen=True, kw_only=True)
class Systems:
    """対象業務システムと現行システム調査."""

    services: tuple[Service, ...] = fld("対象業務", "target 業務")
    surveys: tuple[Survey, ...] = fld("現行システム概要調査", "current-system survey")
    usage: tuple[Usage, ...] = fld("団体別の利用業務・端末数", "use per member")
