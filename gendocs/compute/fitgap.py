"""機能要件確認表の採点 and the Fit & Gap register, as the 評価基準書 states them.

評価基準書 7 (templates/evaluation.docx, docs/evaluation.md):

    fit の得点 ＝ 配点 × 各要件の得点の合計 ÷（要件の数 × 最高の得点）

each requirement's score is the ``fit_scores`` score of its answer (◎3 ○2 △0.5 ×0 in the sample),
the result rounded as ``evaluation.rounding`` says (places after the point, 四捨五入 or 切り捨て;
unrounded when the content states no rounding). A × on a 必須 requirement follows
``mandatory_cross``: 失格 (the proposal is excluded: no points) or 要件の得点を0点 (that
requirement scores 0 whatever × is worth). Exact Decimal arithmetic throughout.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from gendocs.model import Content
from gendocs.model.fitgap import GapDecision, Proposal, requirement_key, requirements_of
from gendocs.model.procurement import Requirement


@dataclass(frozen=True)
class Row:
    """One requirement of the table with its key (機能ID or number)."""

    key: str
    number: int
    requirement: Requirement


@dataclass(frozen=True)
class Score:
    """One proposer's 機能要件確認表 score."""

    proposer: str
    name: str
    marks: dict[str, int]  # how many requirements got each mark
    total: Decimal  # the requirements' scores added up
    possible: Decimal  # requirements × the best score
    points: Decimal | None  # the fit item's points, rounded; None when disqualified
    exact: Decimal | None  # before rounding
    disqualified: bool  # a × on a 必須 requirement under 失格
    crossed: tuple[str, ...]  # the 必須 requirements answered ×


@dataclass(frozen=True)
class Gap:
    """A requirement the selected proposer did not answer ◎, with its decisions by member."""

    row: Row
    mark: str
    comment: str | None
    decisions: tuple[GapDecision, ...]
    undecided: tuple[str, ...]  # members without a decision


@dataclass(frozen=True)
class FitGapResult:
    """The scores of every proposal and the register of the selected one."""

    rows: tuple[Row, ...]
    scores: tuple[Score, ...]
    item_points: int
    selected: str | None
    gaps: tuple[Gap, ...]


def table_rows(content: Content) -> tuple[Row, ...]:
    """The 機能要件確認表's rows with the key answers use."""
    return tuple(
        Row(requirement_key(n, r.id), n, r)
        for n, r in enumerate(requirements_of(content.procurement), 1)
    )


def round_points(value: Decimal, places: int | None, method: str | None) -> Decimal:
    """``value`` rounded to ``places`` decimals by ``method`` (四捨五入 / 切り捨て); unchanged
    when no rounding is stated."""
    if places is None:
        return value
    quantum = Decimal(1).scaleb(-places)
    mode = ROUND_HALF_UP if method == "四捨五入" else ROUND_DOWN
    return value.quantize(quantum, rounding=mode)


def score(content: Content, proposal: Proposal, rows: tuple[Row, ...] | None = None) -> Score:
    """``proposal``'s score on the fit item, as 評価基準書 7 states it."""
    ev = content.procurement.evaluation
    rows = rows if rows is not None else table_rows(content)
    values = {f.mark: Decimal(f.score) for f in ev.fit_scores}
    best = max(values.values(), default=Decimal(0))
    item = next((i for i in ev.items if i.id == ev.fit_item), None)
    points = Decimal(item.points if item else 0)
    answers = {a.requirement: a for a in proposal.answers}
    marks: dict[str, int] = {f.mark: 0 for f in ev.fit_scores}
    total = Decimal(0)
    crossed: list[str] = []
    for row in rows:
        answer = answers.get(row.key)
        if answer is None:  # an unanswered requirement scores 0 (the checks report it)
            continue
        marks[answer.mark] = marks.get(answer.mark, 0) + 1
        value = values.get(answer.mark, Decimal(0))
        if answer.mark == "×" and row.requirement.required:
            crossed.append(row.key)
            if ev.mandatory_cross is not None:
                value = Decimal(0)
        total += value
    possible = best * len(rows)
    disqualified = bool(crossed) and ev.mandatory_cross == "失格"
    exact = None if disqualified or possible == 0 else points * total / possible
    rounding = ev.rounding
    rounded = (
        None
        if exact is None
        else round_points(
            exact,
            rounding.places if rounding else None,
            rounding.method if rounding else None,
        )
    )
    return Score(
        proposal.id,
        proposal.name,
        marks,
        total,
        possible,
        rounded,
        exact,
        disqualified,
        tuple(crossed),
    )


def compute_fitgap(content: Content) -> FitGapResult | None:
    """Every proposal's score and the selected proposal's gaps; None without ``fitgap``."""
    fitgap = content.fitgap
    if fitgap is None:
        return None
    ev = content.procurement.evaluation
    item = next((i for i in ev.items if i.id == ev.fit_item), None)
    rows = table_rows(content)
    scores = tuple(score(content, p, rows) for p in fitgap.proposals)
    gaps: list[Gap] = []
    chosen = next((p for p in fitgap.proposals if p.id == fitgap.selected), None)
    if chosen is not None:
        answers = {a.requirement: a for a in chosen.answers}
        members = [m.id for m in content.members]
        for row in rows:
            answer = answers.get(row.key)
            if answer is None or answer.mark == "◎":
                continue
            decided = tuple(d for d in fitgap.decisions if d.requirement == row.key)
            done = {d.member for d in decided}
            gaps.append(
                Gap(
                    row,
                    answer.mark,
                    answer.comment,
                    decided,
                    tuple(m for m in members if m not in done),
                )
            )
    return FitGapResult(rows, scores, item.points if item else 0, fitgap.selected, tuple(gaps))
