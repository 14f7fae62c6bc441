"""Checks of the cost rules the cost engine needs beyond the core checks.

Years lie in the comparison period, every 業務 used has a price, 後続団体 join inside the period,
settlements match their budget, and finally the allocation itself succeeds (an impossible
最低削減率保証 is reported here, located at ``costs.guarantee.min_saving``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gendocs import ja
from gendocs.compute.allocate import allocate
from gendocs.compute.errors import AllocationError
from gendocs.compute.inputs import inputs_from_content
from gendocs.errors import Msg
from gendocs.load import KeyPath
from gendocs.model import Content
from gendocs.validate.domain import Finding, cost_rules, coverage, references


def period(content: Content) -> range:
    """The fiscal years of the cost comparison."""
    return range(
        content.costs.start_fiscal_year, content.costs.start_fiscal_year + content.costs.years
    )


def _period_label(years: range) -> str:
    return f"{ja.fiscal_year_label(years[0])}〜{ja.fiscal_year_label(years[-1])}"


def cost_years(content: Content) -> Iterator[Finding]:
    """Each item's amounts are for years of the period, one amount per year."""
    years = period(content)
    for i, item in enumerate(content.costs.items):
        seen: set[int] = set()
        for k, amount in enumerate(item.amounts):
            path: KeyPath = ("costs", "items", i, "amounts", k, "fiscal_year")
            if amount.fiscal_year not in years:
                yield path, _outside(amount.fiscal_year, years, "金額")
            elif amount.fiscal_year in seen:
                yield (
                    path,
                    Msg(
                        f"{amount.fiscal_year}年度の金額が二度書かれています",
                        f"the amount for {amount.fiscal_year} is given twice",
                    ),
                )
            seen.add(amount.fiscal_year)


def _outside(year: int, years: range, what: str) -> Msg:
    return Msg(
        f"{what}の年度 {year} が試算期間（{_period_label(years)}）の外にあります",
        f"{year} is outside the period {years[0]}–{years[-1]}",
    )


def cost_prices(content: Content) -> Iterator[Finding]:
    """One 従量料金 item at most; every 業務 a member uses has exactly one monthly price."""
    costs = content.costs
    metered = [i for i, item in enumerate(costs.items) if item.method == "従量料金"]
    for i in metered[1:]:
        yield (
            ("costs", "items", i, "method"),
            Msg(
                "従量料金の項目は1つまでです（業務別の単価は service_prices に1組だけ書きます）",
                "only one item may use 従量料金 (there is one price list)",
            ),
        )
    priced: dict[str, int] = {}
    for k, price in enumerate(costs.service_prices):
        if price.service in priced:
            yield (
                ("costs", "service_prices", k, "service"),
                Msg(
                    f"業務「{price.service}」の単価が二度書かれています（{priced[price.service]}番目と同じ）",
                    f"the price of '{price.service}' is given twice"
                    f" (as item {priced[price.service]})",
                ),
            )
        priced.setdefault(price.service, k)
    if metered:
        yield from _unpriced(content, set(priced))


def _unpriced(content: Content, priced: set[str]) -> Iterator[Finding]:
    """One finding per 業務 without a price, at its first use, naming every member using it."""
    first: dict[str, KeyPath] = {}
    users: dict[str, list[str]] = {}
    names = content.member_names()
    for u, usage in enumerate(content.systems.usage):
        for k, service in enumerate(usage.services):
            if service not in priced:
                first.setdefault(service, ("systems", "usage", u, "services", k))
                users.setdefault(service, []).append(names.get(usage.member, usage.member))
    for service, path in first.items():
        yield (
            path,
            Msg(
                f"業務「{service}」の従量料金の単価が costs.service_prices にありません"
                f"（利用団体: {'、'.join(users[service])}）",
                f"'{service}' has no monthly price in costs.service_prices "
                f"({len(users[service])} member(s) use it)",
            ),
        )


def cost_members(content: Content) -> Iterator[Finding]:
    """後続団体 join within the period and not after moving; 先行団体 take part from the start."""
    years = period(content)
    go_live = {m.member: m.month for m in content.schedule.migrations}
    for i, member in enumerate(content.members):
        path: KeyPath = ("members", i, "joining", "date")
        year = ja.fiscal_year(member.joining.date)
        if member.joining.group == "後続" and year not in years:
            yield (
                path,
                Msg(
                    f"後続団体の加入年度（{ja.fiscal_year_label(year)}）が試算期間"
                    f"（{_period_label(years)}）の外にあります",
                    f"a later joiner's join year {year}"
                    f" is outside the period {years[0]}–{years[-1]}",
                ),
            )
        elif member.joining.group == "先行" and year > years[0]:
            yield (
                path,
                Msg(
                    f"先行団体の加入日が試算開始年度（{ja.fiscal_year_label(years[0])}）より後です。"
                    "途中から加入する団体は group: 後続 としてください",
                    f"a first-wave member joins after {years[0]}; mark a later joiner as 後続",
                ),
            )
        month = go_live.get(member.id)
        if month is not None and month.first_day() < member.joining.date.replace(day=1):
            yield (
                path,
                Msg(
                    f"加入日（{member.joining.date}）より前に移行（{month}）しています",
                    f"the member moves ({month}) before it joins ({member.joining.date})",
                ),
            )


def cost_links(content: Content) -> Iterator[Finding]:
    """Guarantee, joining fee and settlements refer to items that can carry them."""
    costs = content.costs
    items = {item.id: item for item in costs.items}
    for i, item in enumerate(costs.items):
        if item.guarantee and costs.guarantee is None:
            yield (
                ("costs", "items", i, "guarantee"),
                Msg(
                    "最低削減率（costs.guarantee.min_saving）が書かれていません",
                    "guarantee: true needs costs.guarantee.min_saving",
                ),
            )
    if costs.joining_fee is not None:
        for k, item_id in enumerate(costs.joining_fee.items):
            if item_id in items and items[item_id].method != "按分":
                yield (
                    ("costs", "joining_fee", "items", k),
                    Msg(
                        f"加入負担金の対象は按分の項目に限ります（「{item_id}」は{items[item_id].method}です）",
                        f"the joining fee covers 按分 items only; '{item_id}' is not one",
                    ),
                )
    for s, settlement in enumerate(costs.settlements):
        yield from _settlement(content, s, settlement, items.get(settlement.item))


def _settlement(content: Content, index: int, settlement: Any, item: Any) -> Iterator[Finding]:
    path: KeyPath = ("costs", "settlements", index)
    years = period(content)
    if settlement.fiscal_year not in years[:-1]:
        yield (
            path + ("fiscal_year",),
            Msg(
                f"精算する年度は{_period_label(years[:-1])}のいずれかです（翌年度の負担で精算するため）",
                f"the settled year must be one of {years[0]}–{years[-2]} (settled the year after)",
            ),
        )
    if item is None:
        return
    if item.method == "従量料金":
        yield (
            path + ("item",),
            Msg(
                "従量料金の項目は事後精算できません", "a 従量料金 item cannot be settled afterwards"
            ),
        )
        return
    budget = {a.fiscal_year: a.amount for a in item.amounts}.get(settlement.fiscal_year)
    if budget is None:
        yield (
            path + ("fiscal_year",),
            Msg(
                f"{item.name}に{settlement.fiscal_year}年度の金額がありません",
                f"the item has no amount for {settlement.fiscal_year}",
            ),
        )
    elif budget != settlement.budget:
        yield (
            path + ("budget",),
            Msg(
                f"予算額が{item.name}の{settlement.fiscal_year}年度の金額（{ja.format_yen(budget)}）と"
                "一致しません",
                f"the budget differs from the item's amount for that year ({budget})",
            ),
        )


PREREQUISITES = (
    references,
    coverage,
    cost_rules,
    cost_years,
    cost_prices,
    cost_members,
    cost_links,
)


def cost_allocation(content: Content) -> Iterator[Finding]:
    """The sharing rules can be applied (e.g. the 最低削減率保証 is achievable)."""
    if any(True for check in PREREQUISITES for _ in check(content)):
        return  # those problems are reported by their own checks
    try:
        allocate(inputs_from_content(content))
    except AllocationError as error:
        yield from error.findings


CHECKS = (cost_years, cost_prices, cost_members, cost_links)
FINAL_CHECKS = (cost_allocation,)
