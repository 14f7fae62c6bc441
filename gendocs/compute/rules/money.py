"""Money across documents: the ceiling, the 債務負担行為, 決算 figures and the reduction target."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from gendocs.compute.rules.base import Facts, Finding, Rule
from gendocs.errors import Msg
from gendocs.ja.money import format_percent, format_yen
from gendocs.ja.wareki import fiscal_year, fiscal_year_label, wareki_date
from gendocs.load import KeyPath

CEILING: KeyPath = ("procurement", "ceiling_price")


def _years(first: int, last: int) -> str:
    if first == last:
        return fiscal_year_label(first)
    return f"{fiscal_year_label(first)}〜{fiscal_year_label(last)}"


def ceiling(facts: Facts) -> Iterator[Finding]:
    """The ceiling agrees with the plan's estimate of the vendor-paid items over the contract."""
    content = facts.content
    proc = content.procurement
    basis = proc.ceiling_basis
    if basis is None:
        yield Finding(
            (CEILING,),
            Msg(
                "予定価格の積算根拠（procurement.ceiling_basis: 事業者に支払う費用項目と許容差）が"
                "ないため、導入計画の見積りと照合できません。ceiling_basis を書いてください",
                "the ceiling cannot be checked against the plan's estimate: add "
                "procurement.ceiling_basis (the cost items paid to the vendor and a tolerance)",
            ),
            "warning",
        )
        return
    first, last = fiscal_year(proc.contract_start), fiscal_year(proc.contract_end)
    allocation = facts.costs.allocation
    years = [y for y in allocation.years if first <= y <= last]
    estimate = sum(allocation.column_total(item, y) for item in basis.items for y in years)
    gap = proc.ceiling_price - estimate
    allowed = Decimal(estimate) * basis.tolerance
    if abs(gap) <= allowed or basis.reason:
        return
    index = {item.id: i for i, item in enumerate(content.costs.items)}
    names = "・".join(content.costs.items[index[i]].name for i in basis.items)
    span = _years(years[0], years[-1]) if years else "（該当年度なし）"
    span_en = f"FY{years[0]}–FY{years[-1]}" if years else "(no year)"
    share = format_percent(Decimal(abs(gap)) / estimate) if estimate else "—"
    yield Finding(
        (CEILING, ("procurement", "ceiling_basis", "tolerance"))
        + tuple(("costs", "items", index[i], "name") for i in basis.items)
        + (("procurement", "contract_start"), ("procurement", "contract_end")),
        Msg(
            f"予定価格 {format_yen(proc.ceiling_price)} は、導入計画の見積り（{names}の契約期間内"
            f"{span}の合計）{format_yen(estimate)} と {format_yen(abs(gap))}（{share}）離れ、"
            f"許容差 {format_percent(basis.tolerance)} を超えています。予定価格か見積りを"
            "直すか、ceiling_basis.reason に理由を書いてください",
            f"the ceiling {proc.ceiling_price:,} yen is {abs(gap):,} yen ({share}) away from the "
            f"plan's estimate {estimate:,} yen ({', '.join(basis.items)} over {span_en}), beyond "
            f"the tolerance {format_percent(basis.tolerance)}; correct the ceiling or the "
            "estimate, or give ceiling_basis.reason",
        ),
    )


def debt_burden(facts: Facts) -> Iterator[Finding]:
    """A contract over several fiscal years is covered by a 債務負担行為 (amount and years)."""
    proc = facts.content.procurement
    first, last = fiscal_year(proc.contract_start), fiscal_year(proc.contract_end)
    debt = proc.debt_burden
    span = ("procurement", "contract_start"), ("procurement", "contract_end")
    if debt is None:
        if last > first:
            yield Finding(
                (CEILING, *span),
                Msg(
                    f"契約期間は{_years(first, last)}にわたりますが、債務負担行為"
                    "（procurement.debt_burden: 限度額と期間）が書かれていません",
                    f"the contract runs over FY{first}–FY{last} but no 債務負担行為 "
                    "(procurement.debt_burden: amount and years) is given",
                ),
                "warning",
            )
        return
    where: KeyPath = ("procurement", "debt_burden")
    if debt.amount < proc.ceiling_price:
        yield Finding(
            (where + ("amount",), CEILING),
            Msg(
                f"債務負担行為の限度額 {format_yen(debt.amount)} が予定価格 "
                f"{format_yen(proc.ceiling_price)} を下回っています。"
                "限度額を予定価格以上にしてください",
                f"the 債務負担行為 limit {debt.amount:,} yen is below the ceiling "
                f"{proc.ceiling_price:,} yen; raise the limit to at least the ceiling",
            ),
        )
    if debt.start_fiscal_year > first or debt.end_fiscal_year < last:
        yield Finding(
            (where + ("start_fiscal_year",), where + ("end_fiscal_year",), *span),
            Msg(
                f"債務負担行為の期間 {_years(debt.start_fiscal_year, debt.end_fiscal_year)} が"
                f"契約期間（{_years(first, last)}）を覆っていません。"
                "期間を契約期間に合わせてください",
                f"the 債務負担行為 covers FY{debt.start_fiscal_year}–FY{debt.end_fiscal_year}, "
                f"not the contract's FY{first}–FY{last}; make it cover the contract",
            ),
        )


def future_actuals(facts: Facts) -> Iterator[Finding]:
    """No 決算額 for a fiscal year that has not ended at the plan's date."""
    day = facts.document_date("plan")
    for i, settlement in enumerate(facts.content.costs.settlements):
        year_end = date(settlement.fiscal_year + 1, 3, 31)
        if day <= year_end:
            label = fiscal_year_label(settlement.fiscal_year)
            yield Finding(
                (("costs", "settlements", i, "actual"), ("project", "date")),
                Msg(
                    f"{label}の決算額 {format_yen(settlement.actual)} が書かれていますが、"
                    f"文書の日付 {wareki_date(day)} にはその年度は終わっていません"
                    f"（{wareki_date(year_end)}まで）。年度が終わって決算が出てから書いてください",
                    f"an actual (決算) of {settlement.actual:,} yen is given for FY"
                    f"{settlement.fiscal_year}, which has not ended at the document's date {day} "
                    f"(it ends {year_end}); add it once the year is closed",
                ),
            )


def _points(gap: Decimal) -> str:
    """A gap between two rates in percentage points, one decimal (0.047 → 4.7)."""
    return str(gap.scaleb(2).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def reduction_target(facts: Facts) -> Iterator[Finding]:
    """Each member's computed saving meets the reduction the targets promise."""
    content = facts.content
    index = {m.id: i for i, m in enumerate(content.members)}
    for g, goal in enumerate(content.targets.goals):
        if goal.reduction is None:
            continue
        below = [m for m in facts.costs.effect.members if m.pattern2.rate < Decimal(goal.reduction)]
        if not below:
            continue
        target = format_percent(Decimal(goal.reduction))
        ja = "、".join(
            f"{m.name} {format_percent(m.pattern2.rate)}"
            f"（目標まで{_points(Decimal(goal.reduction) - m.pattern2.rate)}ポイント）"
            for m in below
        )
        en = ", ".join(f"{m.member} {format_percent(m.pattern2.rate)}" for m in below)
        yield Finding(
            (("targets", "goals", g, "reduction"),)
            + tuple(("members", index[m.member], "name") for m in below),
            Msg(
                f"目標「{goal.name}」の削減率 {target} に、費用対効果の試算（現行継続との比較）で"
                f"届かない団体があります: {ja}。費用分担（保証）か目標を見直してください",
                f"members below the {target} reduction of goal '{goal.id}' in the computed "
                f"comparison: {en}; revise the sharing (guarantee) or the target",
            ),
            "warning",
        )


RULES = (
    Rule("money.ceiling", ceiling),
    Rule("money.debt_burden", debt_burden),
    Rule("money.future_actuals", future_actuals),
    Rule("money.reduction_target", reduction_target),
)
