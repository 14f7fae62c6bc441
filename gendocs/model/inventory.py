"""現行業務・システムの棚卸し (lecture 2-1): the nine lists, with the columns the lecture names.

content/inventory/ holds one file per list (or any split: every file may hold any of the lists;
the lists of all files are joined in file-name order). Every row names its member and its 業務
(``service``), so the lists can be counted per member and 業務.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from gendocs.model.base import NAME, fld

FREQUENCY = Literal["毎日", "毎週", "毎月", "四半期", "半期", "毎年", "随時"]
DATA_TYPE = Literal["文字", "数値", "日付", "日時", "区分", "バイナリ"]


def _member() -> Any:
    return fld("構成団体（id）", "member", ref="members")


def _service() -> Any:
    return fld("業務（対象業務のid）", "業務", ref="services")


def _system() -> Any:
    return fld("システム名称", "system", max_length=NAME, example="住民記録・税システム")


@dataclass(frozen=True, kw_only=True)
class Business:
    """1 現行業務一覧の1行."""

    member: str = _member()
    service: str = _service()
    name: str = fld("業務（事務）名称", "task", max_length=NAME, example="転入届の受付")
    department: str = fld("業務主管部門", "department in charge", max_length=NAME)
    uses_system: bool = fld("システム利用の有無", "done with a system")
    system: str | None = fld(
        "利用時におけるシステム名称", "system used", max_length=NAME, default=None
    )


@dataclass(frozen=True, kw_only=True)
class FlowStep:
    """2 現行業務フロー図の1手順（行の順が業務の流れ）."""

    member: str = _member()
    service: str = _service()
    task: str = fld("業務（事務）名称", "task", max_length=NAME)
    step: str = fld("業務の流れ（作業）", "step", max_length=NAME, example="届書の審査")
    detail: str | None = fld("作業内容の補足", "what is done", default=None)
    cases: int = fld("実施件数（年間）", "cases a year", unit="件", min=0, max=100_000_000)
    minutes: int = fld("作業時間（1件あたり）", "minutes per case", unit="分", min=0, max=100_000)
    notes: str | None = fld("その他留意事項（例外処理等）", "notes", default=None)


@dataclass(frozen=True, kw_only=True)
class Function:
    """3 現行システム機能一覧の1行."""

    member: str = _member()
    service: str = _service()
    system: str = _system()
    name: str = fld("機能名称", "function", max_length=NAME, example="住民異動届入力")
    requirement: str = fld("機能要件", "requirement")


@dataclass(frozen=True, kw_only=True)
class Screen:
    """4 現行システム画面一覧の1行."""

    member: str = _member()
    service: str = _service()
    system: str = _system()
    name: str = fld("画面名称", "screen", max_length=NAME)
    items: tuple[str, ...] = fld("データ項目", "data items", example=["氏名", "住所"])
    task: str = fld("使用業務（事務）", "used for", max_length=NAME)
    users: str = fld("利用者", "users", max_length=NAME, example="窓口担当職員")


@dataclass(frozen=True, kw_only=True)
class Form:
    """5 現行システム帳票一覧の1行."""

    member: str = _member()
    service: str = _service()
    system: str = _system()
    name: str = fld("帳票名称", "form", max_length=NAME)
    items: tuple[str, ...] = fld("データ項目", "data items")
    task: str = fld("使用業務（事務）", "used for", max_length=NAME)
    purpose: str = fld("利用目的", "purpose", max_length=NAME)
    output: Literal["印刷", "PDF", "画面表示", "データ", "外部委託"] = fld("出力方法", "output")
    paper: Literal["専用紙", "汎用紙", "複写", "圧着はがき", "封筒", "なし"] = fld(
        "出力用紙", "paper"
    )
    frequency: FREQUENCY = fld("出力頻度", "how often")
    sheets: int = fld("出力枚数（年間）", "sheets a year", unit="枚", min=0, max=100_000_000)


@dataclass(frozen=True, kw_only=True)
class DataItem:
    """6 現行システムデータ一覧の1行（1テーブルの1項目）."""

    member: str = _member()
    service: str = _service()
    system: str = _system()
    table: str = fld("テーブル名称", "table", max_length=NAME, example="住民基本情報")
    column: str = fld("データ項目名称", "column", max_length=NAME, example="生年月日")
    type: DATA_TYPE = fld("データ型", "type")
    digits: int = fld("桁数", "digits", min=1, max=100_000)
    volume: int = fld("データ量（件）", "rows", unit="件", min=0, max=10**10)


@dataclass(frozen=True, kw_only=True)
class Interface:
    """7 現行システム連携インタフェース一覧の1行."""

    member: str = _member()
    service: str = _service()
    system: str = _system()
    name: str = fld("連携インタフェース名称", "interface", max_length=NAME)
    items: tuple[str, ...] = fld("データ項目", "data items")
    type: DATA_TYPE = fld("データ型", "type")
    digits: int = fld("桁数", "digits", min=1, max=100_000)
    partner: str = fld("連携システム名", "other system", max_length=NAME)
    direction: Literal["受信", "送信", "送受信"] = fld("連携方向", "direction")
    method: Literal["ファイル", "API", "データベース", "媒体", "その他"] = fld("連携方法", "method")
    timing: Literal["即時", "日次", "週次", "月次", "随時"] = fld("連携タイミング", "when")


@dataclass(frozen=True, kw_only=True)
class Operation:
    """8 現行システム運用保守項目一覧の1行."""

    member: str = _member()
    service: str = _service()
    system: str = _system()
    item: str = fld("運用・保守項目", "item", max_length=NAME, example="バックアップ")
    work: str = fld("実施内容", "what is done")
    by: str = fld("実施担当者", "done by", max_length=NAME, example="事業者（常駐SE）")
    frequency: FREQUENCY = fld("実施頻度", "how often")


@dataclass(frozen=True, kw_only=True)
class Issue:
    """9 現行業務・システムの課題一覧の1行."""

    member: str = _member()
    service: str = _service()
    issue: str = fld("現行業務・システムの課題", "issue")
    remedy: str | None = fld("課題に対する解決方策", "remedy", default=None)


@dataclass(frozen=True, kw_only=True)
class Inventory:
    """content/inventory/ の1ファイル: 棚卸しの一覧（どの一覧をどのファイルに置いてもよい）."""

    business: tuple[Business, ...] = fld("1 現行業務一覧", "業務 list", default=())
    flows: tuple[FlowStep, ...] = fld("2 現行業務フロー図", "業務 flows", default=())
    functions: tuple[Function, ...] = fld("3 現行システム機能一覧", "functions", default=())
    screens: tuple[Screen, ...] = fld("4 現行システム画面一覧", "screens", default=())
    forms: tuple[Form, ...] = fld("5 現行システム帳票一覧", "forms", default=())
    data: tuple[DataItem, ...] = fld("6 現行システムデータ一覧", "data items", default=())
    interfaces: tuple[Interface, ...] = fld(
        "7 現行システム連携インタフェース一覧", "interfaces", default=()
    )
    operations: tuple[Operation, ...] = fld(
        "8 現行システム運用保守項目一覧", "operation and maintenance", default=()
    )
    issues: tuple[Issue, ...] = fld("9 現行業務・システムの課題一覧", "issues", default=())


LISTS: tuple[tuple[str, str], ...] = (
    ("business", "業務一覧"),
    ("flows", "業務フロー"),
    ("functions", "機能一覧"),
    ("screens", "画面一覧"),
    ("forms", "帳票一覧"),
    ("data", "データ一覧"),
    ("interfaces", "連携IF一覧"),
    ("operations", "運用保守一覧"),
    ("issues", "課題一覧"),
)
"""The nine lists: the key in content and the short name of the workbook and its sheet."""
