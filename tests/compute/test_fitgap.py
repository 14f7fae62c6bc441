"""The 機能要件確認表's score as 評価基準書 7 states it, against hand arithmetic:

    得点 ＝ 配点 × 各要件の得点の合計 ÷（要件の数 × 最高の得点）, rounded (evaluation.rounding)

The sample: 11 requirements, ◎3 ○2 △0.5 ×0, the fit item 200 points, 小数点以下第3位を四捨五入,
必須要件に × は失格."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from gendocs.compute.fitgap import compute_fitgap, score
from gendocs.model import Content
from gendocs.model.fitgap import Answer, Proposal
from gendocs.model.procurement import FitScore, Rounding
from gendocs.pipeline import load_and_prepare
from tests.conftest import project_in


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Content:
    from tests.conftest import copy_project

    return load_and_prepare(project_in(copy_project(tmp_path_factory.mktemp("fit")))).content


def _proposal(marks: str) -> Proposal:
    return Proposal(
        id="p",
        name="提案者",
        answers=tuple(Answer(requirement=str(n), mark=m) for n, m in enumerate(marks, 1)),  # type: ignore[arg-type]
    )


def _evaluation(content: Content, **changes: object) -> Content:
    ev = dataclasses.replace(content.procurement.evaluation, **changes)
    return dataclasses.replace(
        content, procurement=dataclasses.replace(content.procurement, evaluation=ev)
    )


def test_the_sample_proposals_score_by_hand(sample: Content) -> None:
    result = compute_fitgap(sample)
    assert result is not None
    sagami, shonan = result.scores
    # 相模: ◎8 ○2 △1 → 24 + 4 + 0.5 = 28.5; 200 × 28.5 ÷ 33 = 172.7272… → 172.73
    assert (sagami.total, sagami.possible) == (Decimal("28.5"), Decimal(33))
    assert sagami.points == Decimal("172.73")
    # 湘南: ◎4 ○4 △2 ×1 (× on 11 文書管理, 任意) → 12 + 8 + 1 + 0 = 21; 200 × 21 ÷ 33 = 127.2727…
    assert (shonan.total, shonan.points, shonan.disqualified) == (
        Decimal(21),
        Decimal("127.27"),
        False,
    )
    assert shonan.marks == {"◎": 4, "○": 4, "△": 2, "×": 1}


def test_rounding_down_and_to_whole_points(sample: Content) -> None:
    p = _proposal("◎◎○◎◎△◎◎○◎◎")
    down = _evaluation(sample, rounding=Rounding(places=2, method="切り捨て"))
    assert score(down, p).points == Decimal("172.72")  # 172.7272… cut at the 3rd decimal
    whole = _evaluation(sample, rounding=Rounding(places=0, method="四捨五入"))
    assert score(whole, p).points == Decimal(173)
    none = _evaluation(sample, rounding=None)
    assert score(none, p).exact == score(none, p).points == Decimal(200) * Decimal("28.5") / 33


def test_a_cross_on_a_mandatory_requirement(sample: Content) -> None:
    # × on 10 (人事給与, 必須): 失格 — no points at all
    p = _proposal("◎◎◎◎◎◎◎◎◎×◎")
    result = score(sample, p)
    assert result.disqualified and result.points is None and result.crossed == ("10",)
    # 要件の得点を0点, with × worth 1 point in this content: that requirement scores 0,
    # a × on the optional 11 keeps its 1 point: 9 × 3 + 0 + 1 = 28; 200 × 28 ÷ 33 = 169.6969…
    scores = (
        FitScore(mark="◎", meaning="標準", score=Decimal(3)),
        FitScore(mark="○", meaning="運用", score=Decimal(2)),
        FitScore(mark="△", meaning="カスタマイズ", score=Decimal("0.5")),
        FitScore(mark="×", meaning="不可", score=Decimal(1)),
    )
    zero = _evaluation(sample, mandatory_cross="要件の得点を0点", fit_scores=scores)
    result = score(zero, _proposal("◎◎◎◎◎◎◎◎◎××"))
    assert not result.disqualified
    assert result.total == Decimal(28)
    assert result.points == Decimal("169.70")


def test_the_register_lists_the_selected_proposers_gaps(sample: Content) -> None:
    result = compute_fitgap(sample)
    assert result is not None and result.selected == "sagami"
    assert [(g.row.key, g.mark) for g in result.gaps] == [("3", "○"), ("6", "△"), ("9", "○")]
    assert all(not g.undecided for g in result.gaps)  # every member decided every gap
    kokuho = result.gaps[1]
    assert {d.member: d.decision for d in kokuho.decisions if d.decision != "運用で対応"} == {
        "hakone": "カスタマイズ",
        "kiyokawa": "対応不可",
    }


def test_a_member_without_a_decision_is_undecided(sample: Content) -> None:
    assert sample.fitgap is not None
    fewer = dataclasses.replace(sample.fitgap, decisions=sample.fitgap.decisions[1:])
    result = compute_fitgap(dataclasses.replace(sample, fitgap=fewer))
    assert result is not None
    first = sample.fitgap.decisions[0]
    (gap,) = [g for g in result.gaps if g.row.key == first.requirement]
    assert gap.undecided == (first.member,)
    assert all(not g.undecided for g in result.gaps if g is not gap)
