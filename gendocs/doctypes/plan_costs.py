"""費用対効果 for the 導入計画書: the pattern-2 comparison per member, with its charts.

Context contract (the template reads exactly these keys under ``costs``):
``first_year``, ``last_year`` (令和10年度), ``years`` (5), ``outlook`` {annual_rate, law_changes:
[{year, name, amount}]} (the template writes the 算出方法 around them), ``sharing_paragraphs``
[str] (the sharing method step by step, from :mod:`gendocs.compute.describe`), ``rows`` /
``total`` {name (rows only), keep, cloud, saving, rate}, ``pattern1_rows`` / ``pattern1_total``
{name (rows only), current, cloud, saving, rate}, ``shares`` [{name, kind, method, rows:
[{name, amount}], total}] (``kind`` is ``item`` with ``method`` its 按分 method, or
``guarantee``/``joining``/``settlement``, which the template names), ``year_labels`` [str],
``yearly`` {rows: [{name, amounts: [str], total}], total: {amounts, total}} (年度別負担額),
``saving_chart`` and ``cumulative_chart`` (Image).

Every figure comes from :func:`gendocs.compute.compute_costs`; this module only formats.
"""

from __future__ import annotations

from itertools import accumulate
from typing import Any

from gendocs import ja
from gendocs.compute import CostResult, compute_costs
from gendocs.compute.describe import describe_sharing, method_label
from gendocs.compute.effect import Comparison
from gendocs.compute.lines import Column
from gendocs.model import Content
from gendocs.render.charts import bar_chart, line_chart
from gendocs.render.docx import Image

MILLION = 1_000_000


def cost_context(content: Content) -> dict[str, Any]:
    """Return the ``costs`` context of the plan."""
    result = compute_costs(content)
    years = result.inputs.years
    sharing = describe_sharing(result.inputs)
    effect = result.effect
    return {
        "first_year": ja.fiscal_year_label(years[0]),
        "last_year": ja.fiscal_year_label(years[-1]),
        "years": len(years),
        "outlook": _outlook(content),
        "sharing_paragraphs": sharing,
        "rows": [{"name": m.name} | _figures(m.pattern2) for m in effect.members],
        "total": _figures(effect.pattern2),
        "pattern1_rows": [
            {"name": m.name} | _figures(m.pattern1, "current") for m in effect.members
        ],
        "pattern1_total": _figures(effect.pattern1, "current"),
        "shares": [_share(result, c) for c in result.allocation.columns],
        "year_labels": [ja.fiscal_year_label(y) for y in years],
        "yearly": _yearly(result),
        "saving_chart": Image(_saving_chart(result), 160),
        "cumulative_chart": Image(_cumulative_chart(result), 150),
    }


def _outlook(content: Content) -> dict[str, Any]:
    """What pattern 2 expects of the current systems: the yearly rise and the 制度改正."""
    outlook = content.costs.outlook
    return {
        "annual_rate": ja.format_percent(outlook.annual_rate),
        "law_changes": [
            {
                "year": ja.fiscal_year_label(c.fiscal_year),
                "name": c.name,
                "amount": ja.format_yen(c.amount_per_system),
            }
            for c in outlook.law_changes
        ],
    }


def _figures(comparison: Comparison, before: str = "keep") -> dict[str, str]:
    return {
        before: ja.format_yen(comparison.before_total),
        "cloud": ja.format_yen(comparison.cloud_total),
        "saving": ja.format_yen(comparison.saving),
        "rate": ja.format_percent(comparison.rate),
    }


def _share(result: CostResult, column: Column) -> dict[str, Any]:
    allocation = result.allocation
    method = (
        method_label(result.inputs.item(column.id), result.inputs)
        if column.kind == "item"
        else None
    )
    return {
        "name": column.label,
        "kind": column.kind,
        "method": method,
        "total": ja.format_yen(allocation.column_total(column.id)),
        "rows": [
            {"name": m.name, "amount": ja.format_yen(allocation.amount(m.id, column.id))}
            for m in result.inputs.members
        ],
    }


def _yearly(result: CostResult) -> dict[str, Any]:
    payments = result.allocation.payments
    years = result.inputs.years
    allocation = result.allocation
    rows = [
        {
            "name": m.name,
            "amounts": [ja.format_yen(payments[m.id][y]) for y in years],
            "total": ja.format_yen(allocation.member_total(m.id)),
        }
        for m in result.inputs.members
    ]
    totals = [sum(payments[m.id][y] for m in result.inputs.members) for y in years]
    return {
        "rows": rows,
        "total": {
            "amounts": [ja.format_yen(t) for t in totals],
            "total": ja.format_yen(allocation.grand_total()),
        },
    }


def _saving_chart(result: CostResult) -> bytes:
    members = result.effect.members
    return bar_chart(
        [m.name for m in members],
        [m.pattern2.saving / MILLION for m in members],
        "削減額（百万円、パターン2）",
    )


def _cumulative_chart(result: CostResult) -> bytes:
    total2, total1 = result.effect.pattern2, result.effect.pattern1
    return line_chart(
        [ja.fiscal_year_label(y) for y in result.inputs.years],
        {
            "現行継続（パターン2）": _cumulative(total2.before),
            "クラウド移行": _cumulative(total2.cloud),
            "現行経費据置き（パターン1）": _cumulative(total1.before),
        },
        "累計費用（百万円）",
    )


def _cumulative(values: tuple[int, ...]) -> list[float]:
    return [v / MILLION for v in accumulate(values)]
