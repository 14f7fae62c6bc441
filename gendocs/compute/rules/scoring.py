"""The 評価基準書's weighting against price: no grade step outweighs a stated share of price.

A proposal's technical score moves by the points of a graded unit (a sub-item, or an item without
sub-items; the item the 機能要件確認表 scores is not graded) times the gap between two adjacent
grades (``grades[].ratio``). When that step reaches ``max_grade_step_share`` of the price points
(``price_points``), a committee's one-step judgement on one unit outweighs that share of the price
score, which the review of the sample found (37.5 points against ~900 million yen).
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from gendocs.compute.rules.base import Facts, Finding, Rule
from gendocs.errors import Msg
from gendocs.load import KeyPath


def grade_step(facts: Facts) -> Iterator[Finding]:
    """One grade step on any graded unit is worth less than the stated share of the price
    points."""
    ev = facts.content.procurement.evaluation
    share = ev.max_grade_step_share
    if share is None or not ev.grades:
        return
    ratios = sorted((g.ratio for g in ev.grades), reverse=True)
    widest = max((a - b for a, b in zip(ratios, ratios[1:], strict=False)), default=Decimal(0))
    limit = share * ev.price_points
    base: KeyPath = ("procurement", "evaluation")
    for i, item in enumerate(ev.items):
        if item.id == ev.fit_item:
            continue
        units: list[tuple[KeyPath, str, int]] = (
            [
                (
                    base + ("items", i, "sub_items", k, "points"),
                    f"{item.name}／{sub.name}",
                    sub.points,
                )
                for k, sub in enumerate(item.sub_items)
            ]
            if item.sub_items
            else [(base + ("items", i, "points"), item.name, item.points)]
        )
        for path, name, points in units:
            step = widest * points
            if step < limit:
                continue
            yield Finding(
                (path, base + ("max_grade_step_share",), base + ("price_points",)),
                Msg(
                    f"「{name}」（{points:,}点）で採点区分が1段階違うと {_num(step)}点 の差になり、"
                    f"価格点の配分 {ev.price_points:,}点 の {_num(share * 100)}%（{_num(limit)}点）"
                    "以上です。配点を細目に分けるか、価格点の配分を見直してください",
                    f"one grade step on '{name}' ({points:,} points) is worth {_num(step)} points, "
                    f"at least {_num(share * 100)}% of the {ev.price_points:,} price points "
                    f"({_num(limit)}); split it into sub-items or revise the price points",
                ),
                "warning",
            )


def _num(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text


RULES = (Rule("scoring.grade_step", grade_step),)
