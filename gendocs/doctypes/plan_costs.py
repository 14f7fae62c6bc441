"""費用対効果 for the 導入計画書: the pattern-2 comparison per member, with its charts.

Context contract (the template reads exactly these keys under ``costs``):
``period_label``, ``method_paragraphs`` [str], ``rows`` / ``total`` {name, keep, cloud, saving,
rate}, ``pattern1_rows`` / ``pattern1_total`` {name, current, cloud, saving, rate},
``shares`` [{name, method, rows: [{name, amount}], total}], ``saving_chart`` and
``cumulative_chart`` (Image).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from gendocs import ja
from gendocs.model import Content
from gendocs.model.base import YearMonth
from gendocs.render.charts import bar_chart, line_chart
from gendocs.render.docx import Image

# A first, simple computation (issue 2 allows it until the cost engine lands): 按分 items by
# their shares, 従量料金 by months used, 削減額比例 by the saving before that item.


def cost_context(content: Content) -> dict[str, Any]:
    """Return the ``costs`` context of the plan."""
    costs = content.costs
    years = list(range(costs.start_fiscal_year, costs.start_fiscal_year + costs.years))
    keep = {m.id: _keep_cost(content, m.id, years) for m in content.members}
    cloud = {m.id: _service_fees(content, m.id, years) for m in content.members}
    items = []
    for item in costs.items:
        if item.method == "従量料金":
            continue
        total = sum(a.amount for a in item.amounts if a.fiscal_year in years)
        if item.method == "按分":
            weights = _share_weights(content, item.shares)
        else:
            weights = {k: max(Decimal(0), keep[k] - cloud[k]) for k in keep}
        parts = split(total, weights)
        for k, v in parts.items():
            cloud[k] += v
        items.append({"name": item.name, "method": item.method, "total": ja.format_yen(total),
                      "rows": [{"name": m.name, "amount": ja.format_yen(parts[m.id])}
                               for m in content.members]})
    names = [m.name for m in content.members]
    rows = [_row(m.name, keep[m.id], cloud[m.id]) for m in content.members]
    first, last = ja.fiscal_year_label(years[0]), ja.fiscal_year_label(years[-1])
    return {
        "period_label": f"{first}から{last}までの{len(years)}年間",
        "method_paragraphs": [
            f"現行システムを継続した場合の費用は、現行システム概要調査の運用経費及び改修経費に、"
            f"年{ja.format_percent(costs.outlook.annual_rate)}の上昇、制度改正対応及び更新時期に"
            f"生じる更新費用を加えて算出した（パターン2）。",
            "クラウドに移行した場合の費用は、業務別従量料金に各団体の利用月数を乗じた額に、"
            "導入費用・組織運営費・移行費の各団体の負担額を加えて算出した。",
        ],
        "rows": rows,
        "total": _row("合計", sum(keep.values(), Decimal(0)), sum(cloud.values(), Decimal(0))),
        "shares": items,
        "saving_chart": Image(bar_chart(names, [float(keep[m.id] - cloud[m.id]) / 1e6
                                                for m in content.members], "削減額（百万円）"), 160),
        "cumulative_chart": Image(line_chart(
            [ja.fiscal_year_label(y) for y in years],
            {"現行継続": [float(sum(_keep_cost(content, m.id, years[:i + 1])
                                    for m in content.members)) / 1e6 for i in range(len(years))]},
            "累計費用（百万円）"), 150),
    }


def _row(name: str, keep: Decimal, cloud: Decimal) -> dict[str, str]:
    saving = keep - cloud
    rate = saving / keep if keep else Decimal(0)
    return {"name": name, "keep": ja.format_yen(int(keep)), "cloud": ja.format_yen(int(cloud)),
            "saving": ja.format_yen(int(saving)), "rate": ja.format_percent(rate)}


def _keep_cost(content: Content, member_id: str, years: list[int]) -> Decimal:
    survey = next(s for s in content.systems.surveys if s.member == member_id)
    outlook = content.costs.outlook
    total = Decimal(0)
    for y in years:
        growth = (1 + outlook.annual_rate) ** (y - years[0]) if years else Decimal(1)
        for system in survey.systems:
            total += (system.costs.annual_operation + system.costs.annual_modification) * growth
            if ja.fiscal_year(system.renewal_due) == y:
                total += system.costs.renewal
        total += sum(c.amount_per_system * len(survey.systems)
                     for c in outlook.law_changes if c.fiscal_year == y)
    return total.quantize(Decimal(1))


def _service_fees(content: Content, member_id: str, years: list[int]) -> Decimal:
    usage = next(u for u in content.systems.usage if u.member == member_id)
    start = next(m.month for m in content.schedule.migrations if m.member == member_id)
    end = YearMonth(years[-1] + 1, 3)
    months = max(0, end.index - max(start.index, YearMonth(years[0], 4).index) + 1)
    prices = {p.service: p.monthly for p in content.costs.service_prices}
    return Decimal(sum(prices.get(s, 0) for s in usage.services) * months)


def _share_weights(content: Content, shares: Any) -> dict[str, Decimal]:
    members = content.members
    population = sum(m.population.value for m in members)
    weights = {m.id: Decimal(0) for m in members}
    for share in shares:
        for m in members:
            part = (Decimal(1) / len(members) if share.basis == "均等割"
                    else Decimal(m.population.value) / population)
            weights[m.id] += share.weight * part
    return weights


def split(total: int, weights: dict[str, Decimal]) -> dict[str, Decimal]:
    """Split ``total`` yen in proportion to ``weights`` by largest remainder, exact to the yen."""
    whole = sum(weights.values(), Decimal(0))
    if not whole:
        return {k: Decimal(0) for k in weights}
    exact = {k: Decimal(total) * w / whole for k, w in weights.items()}
    floor = {k: int(v) for k, v in exact.items()}
    left = total - sum(floor.values())
    for k in sorted(exact, key=lambda k: (-(exact[k] - floor[k]), k))[:left]:
        floor[k] += 1
    return {k: Decimal(v) for k, v in floor.items()}
