"""評価基準書: how proposals are scored (配点, 採点区分, 機能要件確認表, 価格点, 加重, 同点).

The evaluation facts are also quoted by the 提案依頼書 and the 調達計画書, so they are built here
once by :func:`evaluation_facts`.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal
from math import gcd
from typing import Any

from gendocs import ja
from gendocs.doctypes import Context, DocumentType, register
from gendocs.doctypes.procurement_facts import procurement_facts
from gendocs.model import Content
from gendocs.model.procurement import Evaluation

PERCENT_STEP = Decimal("0.1")


def evaluation_context(content: Content) -> Context:
    """Return the context of the 評価基準書 template."""
    return procurement_facts(content) | {"scoring": evaluation_facts(content)}


def evaluation_facts(content: Content) -> dict[str, Any]:
    """配点, formulas and weights as the documents print them."""
    ev = content.procurement.evaluation
    technical = sum(item.points for item in ev.items)
    fit = next((i for i in ev.items if i.id == ev.fit_item), None)
    return {
        "technical": f"{technical:,}点",
        "price": f"{ev.price_points:,}点",
        "total": f"{ev.total_points:,}点",
        "ratio": _ratio(technical, ev.price_points),
        "item_rows": [{"no": str(n), "category": i.category, "name": i.name,
                       "criteria": i.criteria, "points": f"{i.points:,}点"}
                      for n, i in enumerate(ev.items, 1)],
        "categories": "、".join(f"{i.category}（{i.points:,}点）" for i in ev.items),
        "grade_rows": [{"mark": g.mark, "meaning": g.meaning,
                        "ratio": ja.format_percent(g.ratio, places=0)} for g in ev.grades],
        "fit_name": fit.name if fit else "",
        "fit_points": f"{fit.points:,}点" if fit else "",
        "fit_rows": [{"mark": f.mark, "meaning": f.meaning, "score": f"{ja.format_decimal(f.score)}点"}
                     for f in ev.fit_scores],
        "fit_formula": _fit_formula(ev, fit.name if fit else "", fit.points if fit else 0),
        "price_formula": price_formula(ev),
        "weighting": ev.member_weights,
        "weight_rows": weight_rows(content),
    }


def price_formula(ev: Evaluation) -> str:
    """The 価格点 formula with the points filled in."""
    share = f"{ev.price_points:,}点"
    if ev.price_formula == "配分×(1−提案価格÷予定価格)":
        return f"価格点 ＝ {share} ×（1 － 提案価格 ÷ 予定価格）"
    return f"価格点 ＝ {share} × 最低提案価格 ÷ 提案価格"


def _fit_formula(ev: Evaluation, name: str, points: int) -> str:
    best = max((f.score for f in ev.fit_scores), default=Decimal(0))
    return f"{name}の得点 ＝ {points:,}点 × 各要件の得点の合計 ÷（要件の数 × {ja.format_decimal(best)}点）"


def _ratio(technical: int, price: int) -> str:
    if not price or not technical:
        return ""
    div = gcd(technical, price)
    return f"技術点：価格点 ＝ {technical // div}：{price // div}"


def weight_rows(content: Content) -> list[dict[str, str]]:
    """Each member's weight when members score separately (empty when they score together)."""
    mode = content.procurement.evaluation.member_weights
    if mode == "なし":
        return []
    basis = {m.id: (m.population.value if mode == "人口比" else 1) for m in content.members}
    weights = shares_in_percent(basis)
    return [{"name": m.name, "population": f"{m.population.value:,}",
             "weight": f"{weights[m.id]}%"} for m in content.members]


def shares_in_percent(basis: dict[str, int]) -> dict[str, Decimal]:
    """Shares to 0.1% that add up to exactly 100.0% (largest remainder, ties by id)."""
    total = sum(basis.values())
    exact = {k: Decimal(v) * 100 / total for k, v in basis.items()}
    floor = {k: v.quantize(PERCENT_STEP, rounding=ROUND_DOWN) for k, v in exact.items()}
    left = int((Decimal(100) - sum(floor.values())) / PERCENT_STEP)
    order = sorted(exact, key=lambda k: (-(exact[k] - floor[k]), k))
    for key in order[:left]:
        floor[key] += PERCENT_STEP
    return floor


NEEDS = ("scoring.item_rows[].points", "scoring.item_rows[].criteria", "scoring.grade_rows[].ratio",
         "scoring.fit_rows[].score", "scoring.price_formula", "scoring.total",
         "scoring.weight_rows[].weight", "procurement.evaluation.tie_rule")

register(DocumentType(name="evaluation", title="事業者選定評価基準書",
                      template="evaluation.docx", context=evaluation_context, order=14,
                      needs=NEEDS))
