"""Costs: current costs come from the survey; here are prices, cost items and sharing rules.

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
    """最低削減率保証."""

    min_saving: Decimal = fld(
        "各団体が最低限得る削減率（0〜1）", "minimum saving per member", unit="割合", min=0, max=1
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
