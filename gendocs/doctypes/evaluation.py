"""評価基準書: how proposals are scored (配点, 採点区分, 機能要件確認表, 価格点, 加重, 同点).

The evaluation facts are also quoted by the 提案依頼書 and the 調達計画書, so they are built here
once by :func:`evaluation_facts`. Points come as figures (``1,000``); the templates write 「点」,
the 価格点 formula content chooses (``price_by_ceiling``) and the 技術点：価格点 ratio.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal
from math import gcd
from typing import Any

from gendocs import ja
from gendocs.compute import Facts
from gendocs.doctypes import Context, DocumentType, register
from gendocs.doctypes.procurement_facts import procurement_facts
from gendocs.model import Content

PERCENT_STEP = Decimal("0.1")
# the 価格点 formula that scores against the 予定価格 (the other one, against the lowest proposal)
PRICE_BY_CEILING = "配分×(1−提案価格÷予定価格)"


def price_formula(content: Content) -> str:
    """The 価格点 formula with its points and the consortium's word for the ceiling, as the
    評価基準書 states it (content names the formula by its generic form 「配分×…予定価格」)."""
    ev = content.procurement.evaluation
    points = f"{ev.price_points:,}点"
    if ev.price_formula == PRICE_BY_CEILING:
        return f"{points}×（1－提案価格÷{content.consortium.terms.ceiling}）"
    return f"{points}×最低提案価格÷提案価格"


def evaluation_context(content: Content, facts: Facts) -> Context:
    """Return the context of the 評価基準書 template."""
    return procurement_facts(content) | {"scoring": evaluation_facts(content)}


def evaluation_facts(content: Content) -> dict[str, Any]:
    """配点, formulas and weights as the documents print them."""
    ev = content.procurement.evaluation
    technical = sum(item.points for item in ev.items)
    fit = next((i for i in ev.items if i.id == ev.fit_item), None)
    return {
        "technical": f"{technical:,}",
        "price": f"{ev.price_points:,}",
        "total": f"{ev.total_points:,}",
        "ratio": _ratio(technical, ev.price_points),
        "item_rows": [
            {
                "no": str(n),
                "category": i.category,
                "name": i.name,
                "criteria": i.criteria,
                "points": f"{i.points:,}",
            }
            for n, i in enumerate(ev.items, 1)
        ],
        "grade_rows": [
            {"mark": g.mark, "meaning": g.meaning, "ratio": ja.format_percent(g.ratio, places=0)}
            for g in ev.grades
        ],
        "fit_name": fit.name if fit else "",
        "fit_points": f"{fit.points:,}" if fit else "",
        "fit_rows": [
            {"mark": f.mark, "meaning": f.meaning, "score": ja.format_decimal(f.score)}
            for f in ev.fit_scores
        ],
        "fit_best": ja.format_decimal(max((f.score for f in ev.fit_scores), default=Decimal(0))),
        "price_by_ceiling": ev.price_formula == PRICE_BY_CEILING,
        "weighting": ev.member_weights,
        "weight_rows": weight_rows(content),
        "graded_items": [
            {
                "name": i.name,
                "points": f"{i.points:,}",
                "subs": [
                    {
                        "name": s.name,
                        "points": f"{s.points:,}",
                        "criteria": [{"mark": c.mark, "text": c.text} for c in s.criteria],
                    }
                    for s in i.sub_items
                ],
            }
            for i in ev.items
            if i.sub_items
        ],
        "presentation_items": "、".join(i.name for i in ev.items if i.presentation),
        "panel": ev.panel,
        "minimum": f"{ev.minimum_technical:,}" if ev.minimum_technical is not None else None,
        "cutoff": ev.cutoff_grade,
        "mandatory_cross": ev.mandatory_cross,
        "presentation": ev.presentation,
        "rounding": (
            {
                "places": ev.rounding.places,
                "next": ev.rounding.places + 1,
                "method": ev.rounding.method,
            }
            if ev.rounding
            else None
        ),
        "step": _step(content),
    }


def _step(content: Content) -> dict[str, str] | None:
    """The largest grade step on a graded unit and the share of the price points it stays under
    (rule ``scoring.grade_step`` warns when it does not)."""
    ev = content.procurement.evaluation
    if ev.max_grade_step_share is None or len(ev.grades) < 2:  # noqa: PLR2004
        return None
    ratios = sorted((g.ratio for g in ev.grades), reverse=True)
    widest = max(a - b for a, b in zip(ratios, ratios[1:], strict=False))
    units = [
        p
        for i in ev.items
        if i.id != ev.fit_item
        for p in ([s.points for s in i.sub_items] if i.sub_items else [i.points])
    ]
    return {
        "points": ja.format_decimal(widest * max(units, default=0)),
        "share": ja.format_decimal(ev.max_grade_step_share * 100) + "%",
        "limit": ja.format_decimal(ev.max_grade_step_share * ev.price_points),
    }


def _ratio(technical: int, price: int) -> dict[str, int] | None:
    """技術点：価格点 in lowest terms (None when either is 0)."""
    if not price or not technical:
        return None
    div = gcd(technical, price)
    return {"technical": technical // div, "price": price // div}


def weight_rows(content: Content) -> list[dict[str, str]]:
    """Each member's weight when members score separately (empty when they score together)."""
    mode = content.procurement.evaluation.member_weights
    if mode == "なし":
        return []
    basis = {m.id: (m.population.value if mode == "人口比" else 1) for m in content.members}
    weights = shares_in_percent(basis)
    return [
        {"name": m.name, "population": f"{m.population.value:,}", "weight": str(weights[m.id])}
        for m in content.members
    ]


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


NEEDS = (
    "scoring.item_rows[].points",
    "scoring.item_rows[].criteria",
    "scoring.grade_rows[].ratio",
    "scoring.fit_rows[].score",
    "scoring.price_by_ceiling",
    "scoring.total",
    "scoring.weight_rows[].weight",
    "procurement.evaluation.tie_rule",
)

register(
    DocumentType(
        name="evaluation",
        title="事業者選定評価基準書",
        template="evaluation.docx",
        context=evaluation_context,
        order=14,
        phase=2,
        needs=NEEDS,
    )
)
