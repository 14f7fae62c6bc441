"""The sharing method in words, generated from the YAML so that the text never drifts from it.

Each cost item becomes a numbered step in the order it is computed; the guarantee, the yearly
profile, the 加入負担金, the 事後精算 and the rounding follow. である体, as in a 計画書.
"""

from __future__ import annotations

from gendocs import ja
from gendocs.compute.inputs import CostInputs
from gendocs.compute.joining import fee_items
from gendocs.model.costs import POPULATION, CostItem, Share

_CIRCLED = "（{}）"


def describe_sharing(inputs: CostInputs) -> list[str]:
    """One paragraph per step of the sharing, then the fee, settlement and rounding rules."""
    steps: list[str] = []
    numbers: dict[str, int] = {}
    for item in inputs.items:
        steps.append(
            _numbered(len(steps) + 1, f"{item.name}: {_item_words(inputs, item, numbers)}")
        )
        numbers[item.id] = len(steps)
        if item.guarantee and inputs.min_saving is not None:
            steps.append(_numbered(len(steps) + 1, _guarantee_words(inputs, item, numbers)))
    rule = inputs.guarantee
    if rule is not None and rule.scope == "総負担":
        steps.append(_numbered(len(steps) + 1, _total_guarantee_words(inputs, numbers)))
    total = len(steps) + 1
    steps.append(
        _numbered(
            total, f"各団体の総負担額は、{_label(1)}から{_label(total - 1)}までの合計とする。"
        )
    )
    if inputs.payment_profile is not None:
        base = _label(numbers[inputs.payment_profile])
        steps.append(
            _numbered(
                total + 1,
                f"各団体の年度別負担額は、{base}の年度別の額を基礎に、合計が"
                f"{_label(total)}の総負担額となるよう按分して算出する。",
            )
        )
    return steps + _joining_words(inputs) + _settlement_words(inputs) + [_rounding_words(inputs)]


def describe_shares(shares: tuple[Share, ...], inputs: CostInputs) -> str:
    """均等割40%・人口割60% (named bases by their name)."""
    names = inputs.basis_names  # 均等割 and 人口割 are their own names
    if len(shares) == 1:
        return names.get(shares[0].basis, shares[0].basis)
    return "・".join(
        f"{names.get(s.basis, s.basis)}{ja.format_percent(s.weight, places=0)}" for s in shares
    )


def method_label(item: CostItem, inputs: CostInputs) -> str:
    """A short label of an item's method for tables (均等割40%・人口割60%, 従量料金, 削減額比例)."""
    return describe_shares(item.shares, inputs) if item.method == "按分" else item.method


def _numbered(number: int, text: str) -> str:
    return f"{_label(number)}{text}"


def _label(number: int) -> str:
    return _CIRCLED.format(number)


def _item_words(inputs: CostInputs, item: CostItem, numbers: dict[str, int]) -> str:
    if item.method == "従量料金":
        prices = sorted(inputs.prices.values())
        span = (
            f"1団体当たり月額{ja.format_yen(prices[0])}〜{ja.format_yen(prices[-1])}"
            if prices
            else ""
        )
        return (
            f"業務別の月額単価（{len(prices)}業務、{span}）に、各団体が利用する業務と本稼働月"
            "からの利用月数を乗じて算出する。"
        )
    if item.method == "削減額比例":
        above = f"{_label(1)}から{_label(max(numbers.values()))}まで" if numbers else "それまで"
        return (
            f"各団体の削減額（試算期間の現行経費から{above}の負担額を除いた額）に比例して按分する。"
        )
    words = describe_shares(item.shares, inputs)
    note = (
        "（人口は各団体の基準日の人口）" if any(s.basis == POPULATION for s in item.shares) else ""
    )
    note += "".join(
        _tapering_words(inputs, s.basis) for s in item.shares if s.basis in inputs.basis_brackets
    )
    among = "その年度" if len(item.amounts) == 1 else "各年度"
    return f"{_amounts(item)}を{words}{note}により、{among}の{inputs.member_term}で按分する。"


def _tapering_words(inputs: CostInputs, basis: str) -> str:
    """（逓減人口割は、人口のうち5万人以下の部分に1、…10万人を超える部分に0.25を乗じた数）."""
    parts, floor = [], 0
    for bracket in inputs.basis_brackets[basis]:
        low = f"{ja.format_amount(floor)}人を超え" if floor else ""
        span = (
            f"{low}{ja.format_amount(bracket.up_to)}人以下の部分"
            if bracket.up_to is not None
            else f"{ja.format_amount(floor)}人を超える部分"
            if floor
            else "全体"
        )
        parts.append(f"{span}に{ja.format_decimal(bracket.rate)}")
        floor = bracket.up_to or floor
    return f"（{inputs.basis_names[basis]}は、人口のうち{'、'.join(parts)}を乗じた数の合計）"


def _amounts(item: CostItem) -> str:
    total = sum(a.amount for a in item.amounts)
    years = sorted(a.fiscal_year for a in item.amounts)
    if len(years) == 1:
        return f"{ja.fiscal_year_label(years[0])}の{ja.format_yen(total)}"
    return f"各年度の額（{len(years)}か年度で{ja.format_yen(total)}）"


def _guarantee_words(inputs: CostInputs, item: CostItem, numbers: dict[str, int]) -> str:
    assert inputs.min_saving is not None
    keep = ja.format_percent(1 - inputs.min_saving)
    base = _label(numbers[item.id])
    return (
        f"最低削減率保証: {base}の負担額が、各年度の現行経費（本稼働後の月数分）の{keep}を超える"
        f"団体は{keep}までとし、超える額を他の団体に{base}の額の比で配分する（最低削減率"
        f"{ja.format_percent(inputs.min_saving)}）。"
    )


def _total_guarantee_words(inputs: CostInputs, numbers: dict[str, int]) -> str:
    rule = inputs.guarantee
    assert rule is not None
    keep = ja.format_percent(1 - rule.min_saving)
    counted = "・".join(_label(numbers[i]) for i in rule.items) if rule.items else "各項目"
    span = "各年度" if rule.period == "年度ごと" else "試算期間全体"
    base = "全額" if rule.before_go_live == "対象" else "本稼働後の月数分"
    where = "最終年度に" if rule.period == "全期間" else ""
    return (
        f"最低削減率保証: {counted}の負担額の合計が、{span}の現行経費（{base}）の{keep}を超える"
        f"団体は{keep}までとし、超える額を{where}他の団体に負担額の比で配分する（最低削減率"
        f"{ja.format_percent(rule.min_saving)}）。"
    )


def _joining_words(inputs: CostInputs) -> list[str]:
    later = [m for m in inputs.members if m.later and m.join_year > inputs.years[0]]
    if not later or inputs.joining_fee is None:
        return []
    who = "及び".join(f"{m.name}（{ja.fiscal_year_label(m.join_year)}加入）" for m in later)
    covered = "、".join(i.name for i in fee_items(inputs))
    refund = "、既加入団体に負担の比で還付する" if inputs.joining_fee.refund else "とする"
    return [
        f"後続団体の{who}は、加入前に支払われた{covered}について、加入していれば負担した額の"
        f"{ja.format_percent(inputs.joining_fee.rate)}を加入負担金として加入年度に負担し{refund}。"
        "加入年度以降の各項目は、後続団体を含めて按分する。"
    ]


def _settlement_words(inputs: CostInputs) -> list[str]:
    words = []
    for s in inputs.settlements:
        name = inputs.item(s.item).name
        words.append(
            f"{name}の{ja.fiscal_year_label(s.fiscal_year)}分は、決算額（"
            f"{ja.format_yen(s.actual)}）と予算額（{ja.format_yen(s.budget)}）の差（"
            f"{ja.format_yen(s.actual - s.budget)}）を{ja.fiscal_year_label(s.fiscal_year + 1)}"
            "の負担で精算する。"
        )
    return words


def _rounding_words(inputs: CostInputs) -> str:
    policy = inputs.policy
    unit = "1円" if policy.unit == 1 else f"{policy.unit:,}円"
    names = {m.id: m.name for m in inputs.members}
    rest = (
        "代表団体（" + names.get(policy.representative or "", "―") + "）に配分"
        if policy.remainder == "代表団体"
        else "最大剰余法により配分"
    )
    ties = {
        "名簿順": f"{inputs.member_term}の名簿の順",
        "人口順": "人口の多い団体の順",
        "代表団体": "代表団体（" + names.get(policy.representative or "", "―") + "）を先",
    }
    if policy.remainder == "最大剰余" and policy.tie in ties:
        rest += f"（剰余の等しい団体の間では{ties[policy.tie]}とする）"
    return (
        f"各団体の額は{unit}未満を{policy.rule}、端数の合計は{rest}した"
        "（各項目の団体別の額の合計は、その項目の総額と一致する）。"
    )
