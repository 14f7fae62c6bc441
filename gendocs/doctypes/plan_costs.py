"""費用対効果 for the 導入計画書: the pattern-2 comparison per member, with its charts.

Context contract (the template reads exactly these keys under ``costs``):
``period_label``, ``method_paragraphs`` [str], ``rows`` / ``total`` {name, keep, cloud, saving,
rate}, ``pattern1_rows`` / ``pattern1_total`` {name, current, cloud, saving, rate},
``shares`` [{name, method, rows: [{name, amount}], total}], ``saving_chart`` and
``cumulative_chart`` (Image).

Added by the cost engine (optional for templates): ``sharing_paragraphs`` [str] (the sharing
method step by step, also the tail of ``method_paragraphs``), ``year_labels`` [str] and
``yearly`` {rows: [{name, amounts: [str], total}], total: {name, amounts, total}} (年度別負担額).

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
COLUMN_METHODS = {"guarantee": "最低削減率保証による調整", "joining": "加入負担金（後続団体）",
                  "settlement": "事後精算"}


def cost_context(content: Content) -> dict[str, Any]:
    """Return the ``costs`` context of the plan."""
    result = compute_costs(content)
    years = result.inputs.years
    sharing = describe_sharing(result.inputs)
    effect = result.effect
    return {
        "period_label": f"{ja.fiscal_year_label(years[0])}から{ja.fiscal_year_label(years[-1])}"
                        f"までの{len(years)}年間",
        "method_paragraphs": _outlook_words(content) + sharing,
        "sharing_paragraphs": sharing,
        "rows": [_row(m.name, m.pattern2) for m in effect.members],
        "total": _row("合計", effect.pattern2),
        "pattern1_rows": [_row(m.name, m.pattern1, "current") for m in effect.members],
        "pattern1_total": _row("合計", effect.pattern1, "current"),
        "shares": [_share(result, c) for c in result.allocation.columns],
        "year_labels": [ja.fiscal_year_label(y) for y in years],
        "yearly": _yearly(result),
        "saving_chart": Image(_saving_chart(result), 160),
        "cumulative_chart": Image(_cumulative_chart(result), 150),
    }


def _outlook_words(content: Content) -> list[str]:
    outlook = content.costs.outlook
    laws = "、".join(f"{ja.fiscal_year_label(c.fiscal_year)}の{c.name}（1システム当たり"
                     f"{ja.format_yen(c.amount_per_system)}）" for c in outlook.law_changes)
    return [
        "現行システムを継続した場合の費用（パターン2）は、現行システム概要調査の年間運用経費及び年間"
        f"改修経費に、年{ja.format_percent(outlook.annual_rate)}の経費上昇、制度改正対応"
        f"{'（' + laws + '）' if laws else ''}及び各システムの更新時期に生じる更新費用を加えて算出した。",
        "クラウドに移行した場合の費用は、次の方法で算出した各団体の負担額に、本稼働月までの現行システム"
        "の経費を加えて算出した。参考として、現行経費を増加を見込まずに据え置いた単純比較（パターン1）"
        "を併記した。",
    ]


def _row(name: str, comparison: Comparison, before: str = "keep") -> dict[str, str]:
    return {"name": name, before: ja.format_yen(comparison.before_total),
            "cloud": ja.format_yen(comparison.cloud_total),
            "saving": ja.format_yen(comparison.saving), "rate": ja.format_percent(comparison.rate)}


def _share(result: CostResult, column: Column) -> dict[str, Any]:
    allocation = result.allocation
    method = (method_label(result.inputs.item(column.id), result.inputs) if column.kind == "item"
              else COLUMN_METHODS[column.kind])
    return {"name": column.label, "method": method,
            "total": ja.format_yen(allocation.column_total(column.id)),
            "rows": [{"name": m.name, "amount": ja.format_yen(allocation.amount(m.id, column.id))}
                     for m in result.inputs.members]}


def _yearly(result: CostResult) -> dict[str, Any]:
    payments = result.allocation.payments
    years = result.inputs.years
    allocation = result.allocation
    rows = [{"name": m.name, "amounts": [ja.format_yen(payments[m.id][y]) for y in years],
             "total": ja.format_yen(allocation.member_total(m.id))} for m in result.inputs.members]
    totals = [sum(payments[m.id][y] for m in result.inputs.members) for y in years]
    return {"rows": rows, "total": {"name": "合計", "amounts": [ja.format_yen(t) for t in totals],
                                    "total": ja.format_yen(allocation.grand_total())}}


def _saving_chart(result: CostResult) -> bytes:
    members = result.effect.members
    return bar_chart([m.name for m in members], [m.pattern2.saving / MILLION for m in members],
                     "削減額（百万円、パターン2）")


def _cumulative_chart(result: CostResult) -> bytes:
    total2, total1 = result.effect.pattern2, result.effect.pattern1
    return line_chart([ja.fiscal_year_label(y) for y in result.inputs.years], {
        "現行継続（パターン2）": _cumulative(total2.before),
        "クラウド移行": _cumulative(total2.cloud),
        "現行経費据置き（パターン1）": _cumulative(total1.before),
    }, "累計費用（百万円）")


def _cumulative(values: tuple[int, ...]) -> list[float]:
    return [v / MILLION for v in accumulate(values)]
