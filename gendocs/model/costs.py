"""Costs: current costs come from the survey or ``current_costs``; prices, items and sharing rules.

The allocation engine (``gendocs.compute``) reads this model; the rules are data, so any
consortium's sharing scheme is written in YAML, not in code. Items are computed in the order they
are listed: an item may use the results of the items above it (削減額比例 uses the saving left
after them; 最低削減率保証 caps the cumulative cost of the items marked ``guarantee``), which is
how C県's six steps are composed.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from gendocs.model.base import ID_PATTERN, NAME, PEOPLE, YEN, fld

EQUAL = "均等割"
POPULATION = "人口割"


@dataclass(frozen=True, kw_only=True)
class Rounding:
    """端数処理."""

    unit: Literal[1, 1000] = fld(
        "端数処理の単位（1 円 / 1000 円）", "rounding unit in yen", default=1
    )
    rule: Literal["切り捨て", "四捨五入", "切り上げ"] = fld(
        "端数処理の方法", "rounding rule", default="切り捨て"
    )
    remainder: Literal["最大剰余", "代表団体"] = fld(
        "端数の配分先（最大剰余法 / 代表団体）", "who gets the remainder", default="最大剰余"
    )
    tie: Literal["id", "名簿順", "人口順", "代表団体"] = fld(
        "最大剰余法で剰余が等しい団体の順（id: 識別子の順 / 名簿順: members の順 / "
        "人口順: 人口の多い順 / 代表団体: 代表団体を先に、以下は識別子の順）",
        "who goes first among equal remainders",
        default="id",
    )


@dataclass(frozen=True, kw_only=True)
class Share:
    """按分の基準と比重（例: 均等割 4、人口割 6）."""

    basis: str = fld("按分基準（均等割 / 人口割 / bases の id）", "basis", max_length=NAME)
    weight: Decimal = fld("比重", "weight", min=0, max=1)


@dataclass(frozen=True, kw_only=True)
class YearAmount:
    """年度ごとの金額."""

    fiscal_year: int = fld("年度（西暦）", "fiscal year", min=1989, max=2100)
    amount: int = fld("金額", "amount", unit="円", min=0, max=YEN)


@dataclass(frozen=True, kw_only=True)
class CostItem:
    """費用項目と、その分担方法."""

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    name: str = fld("費用項目名", "name", max_length=NAME, example="組織運営費")
    kind: Literal["導入費用", "運用費用", "組織運営費", "移行費", "事務局人件費", "その他"] = fld(
        "種類", "kind"
    )
    method: Literal["按分", "従量料金", "削減額比例"] = fld("分担方法", "sharing method")
    amounts: tuple[YearAmount, ...] = fld(
        "年度別の総額（従量料金では不要）", "total per fiscal year", default=()
    )
    shares: tuple[Share, ...] = fld(
        "按分の基準と比重（按分のとき）", "bases and weights", default=()
    )
    guarantee: bool = fld(
        "最低削減率保証の対象か（対象項目の累計を現行経費の(1−削減率)以下に調整）",
        "adjusted by the saving guarantee",
        default=False,
    )


@dataclass(frozen=True, kw_only=True)
class Bracket:
    """逓減人口割の区分: 人口のうちこの区分に入る部分に掛ける率."""

    up_to: int | None = fld(
        "区分の上限人口（省略は上限なし。最後の区分だけ）",
        "upper bound of the bracket",
        unit="人",
        min=1,
        max=PEOPLE,
        default=None,
    )
    rate: Decimal = fld(
        "この区分の人口に掛ける率（0〜1）",
        "rate applied to the population in the bracket",
        unit="割合",
        min=0,
        max=1,
    )


@dataclass(frozen=True, kw_only=True)
class Basis:
    """均等割・人口割以外の按分基準（基準財政需要額割、端末台数割、実績割、逓減人口割など）.

    The value of each member is given in ``values``, or computed from its population by
    ``population_brackets`` (経費逓減方式: 5万人までの部分は 1、5万人を超え10万人までの部分は
    0.5 …).
    """

    id: str = fld("識別子", "id", regex=ID_PATTERN)
    name: str = fld("名称", "name", max_length=NAME, example="端末台数割")
    values: dict[str, Decimal] | None = fld(
        "構成団体（id）ごとの値（population_brackets のときは不要）",
        "value per member (not with population_brackets)",
        ref="members",
        min=0,
        max=YEN,
        default=None,
    )
    population_brackets: tuple[Bracket, ...] = fld(
        "逓減人口割の区分（人口の少ない区分から。values の代わりに人口から値を計算）",
        "brackets of a tapered population basis (instead of values)",
        default=(),
    )


@dataclass(frozen=True, kw_only=True)
class ServicePrice:
    """業務別従量料金の月額単価."""

    service: str = fld("業務（id）", "業務", ref="services")
    monthly: int = fld("1団体当たり月額", "monthly price per member", unit="円", min=0, max=YEN)


@dataclass(frozen=True, kw_only=True)
class LawChange:
    """現行システムを継続した場合に見込む制度改正対応."""

    fiscal_year: int = fld("年度（西暦）", "fiscal year", min=1989, max=2100)
    name: str = fld("内容", "what", max_length=NAME, example="標準化対応")
    amount_per_system: int = fld(
        "システム1件当たりの改修費", "cost per system", unit="円", min=0, max=YEN
    )


@dataclass(frozen=True, kw_only=True)
class Outlook:
    """現行システムを継続した場合に見込む費用増加."""

    annual_rate: Decimal = fld(
        "年間の経費上昇率（0〜1）", "yearly increase rate", unit="割合", min=0, max=1
    )
    law_changes: tuple[LawChange, ...] = fld("制度改正対応", "law changes", default=())


@dataclass(frozen=True, kw_only=True)
class Guarantee:
    """最低削減率保証: 項目ごと (items marked ``guarantee``) or on each member's 総負担."""

    min_saving: Decimal = fld(
        "各団体が最低限得る削減率（0〜1）", "minimum saving per member", unit="割合", min=0, max=1
    )
    scope: Literal["項目ごと", "総負担"] = fld(
        "保証の対象（項目ごと: guarantee: true の項目を年度ごとに / 総負担: 各団体の負担の合計）",
        "what is capped: the items marked guarantee, or each member's total burden",
        default="項目ごと",
    )
    items: tuple[str, ...] = fld(
        "総負担に数える費用項目（id、省略時はすべての項目）",
        "cost items counted in the total burden (default: all)",
        ref="cost_items",
        default=(),
    )
    period: Literal["年度ごと", "全期間"] = fld(
        "総負担を比べる期間（年度ごと / 試算期間全体。全期間の調整は最終年度に計上）",
        "compare each year, or the whole period (adjusted in its last year)",
        default="年度ごと",
    )
    before_go_live: Literal["対象外", "対象"] = fld(
        "本稼働前の費用の扱い（対象外: 本稼働後の月数分の現行経費と比べ、本稼働月のない年度は"
        "数えない / 対象: 分担に加わった年度の現行経費の全額と比べる）",
        "costs before go-live: left out, or compared with the full current cost",
        default="対象外",
    )


@dataclass(frozen=True, kw_only=True)
class JoiningFee:
    """後続団体の加入負担金.

    A member joining in fiscal year k pays, for each item listed in ``items`` and each year before
    k, ``rate`` times the share it would have borne had it been a member then; when ``refund``
    is true the fee is returned to the members who paid, in proportion to what they overpaid.
    """

    rate: Decimal = fld(
        "加入していれば負担した額に対する加入負担金の割合（0〜1）",
        "share of the would-have-been share a later joiner pays",
        unit="割合",
        min=0,
        max=1,
        default=Decimal(1),
    )
    items: tuple[str, ...] = fld(
        "対象の費用項目（id、省略時は種類が導入費用の項目）",
        "cost items covered (default: items of kind 導入費用)",
        ref="cost_items",
        default=(),
    )
    refund: bool = fld(
        "加入負担金を既加入団体へ還付するか", "refunded to earlier members", default=True
    )


@dataclass(frozen=True, kw_only=True)
class Settlement:
    """事後精算（予算額と決算額の差を翌年度の負担で精算）."""

    item: str = fld("費用項目（id）", "cost item", ref="cost_items")
    fiscal_year: int = fld("対象年度（西暦）", "fiscal year", min=1989, max=2100)
    budget: int = fld("予算額", "budget", unit="円", min=0, max=YEN)
    actual: int = fld("決算額", "actual", unit="円", min=0, max=YEN)


@dataclass(frozen=True, kw_only=True)
class CurrentCostItem:
    """現行経費の内訳の1行（システムや契約ごと）."""

    name: str = fld("内訳の名称", "what", max_length=NAME, example="住民記録システム保守委託")
    annual: int = fld("年額", "yearly amount", unit="円", min=0, max=YEN)


@dataclass(frozen=True, kw_only=True)
class CurrentCost:
    """構成団体の現行経費を直接書く（現行システム概要調査の経費の代わり）.

    ``annual`` (one yearly figure) or ``items`` (its breakdown), not both. The cost engine then
    uses this as the member's 現行経費 instead of the surveyed systems' 運用経費 + 改修経費; the
    survey is not needed for that member. Each breakdown line counts as one system for the
    outlook's 制度改正対応 per system; no 更新費用 is assumed.
    """

    member: str = fld("構成団体（id）", "member", ref="members")
    annual: int | None = fld(
        "現行経費の年額（items のときは不要）",
        "yearly current cost (not with items)",
        unit="円",
        min=0,
        max=YEN,
        default=None,
    )
    items: tuple[CurrentCostItem, ...] = fld(
        "現行経費の内訳（annual の代わり）", "breakdown (instead of annual)", default=()
    )


@dataclass(frozen=True, kw_only=True)
class Costs:
    """費用と費用分担のルール."""

    start_fiscal_year: int = fld(
        "費用対効果の試算開始年度（西暦）",
        "first fiscal year of the comparison",
        min=1989,
        max=2100,
    )
    years: int = fld("試算年数", "years compared", unit="年", min=1, max=30)
    rounding: Rounding = fld("端数処理", "rounding", default=Rounding())
    service_prices: tuple[ServicePrice, ...] = fld("業務別従量料金", "price per 業務")
    items: tuple[CostItem, ...] = fld("費用項目", "cost items")
    bases: tuple[Basis, ...] = fld("その他の按分基準", "other bases", default=())
    outlook: Outlook = fld("現行継続の費用見込み", "outlook for keeping current systems")
    guarantee: Guarantee | None = fld("最低削減率保証", "saving guarantee", default=None)
    joining_fee: JoiningFee | None = fld("後続団体の加入負担金", "joining fee", default=None)
    payment_profile: str | None = fld(
        "年度別負担額の基礎とする費用項目（id）。各団体の総負担額をこの項目の年度配分で各年度に割り振る",
        "item whose yearly profile spreads each member's total over the years",
        ref="cost_items",
        default=None,
    )
    settlements: tuple[Settlement, ...] = fld("事後精算", "settlements", default=())
    mixed_population_reason: str | None = fld(
        "人口割に基準日・出典の異なる人口を使う理由（そろっていれば書かない）",
        "why populations of different dates or sources are used for 人口割",
        default=None,
    )
    current_costs: tuple[CurrentCost, ...] = fld(
        "構成団体ごとの現行経費（直接書く団体だけ。ほかの団体は現行システム概要調査から計算）",
        "current cost per member, written directly (others: from the survey)",
        default=(),
    )
