"""Issue 12 item 5: charts start at zero, carry their target, and need no rotated labels."""

from __future__ import annotations

from gendocs.render.charts import bar_figure, line_figure
from tests.render.test_chart_text import drawn_text


def test_the_saving_chart_marks_the_target_and_starts_at_zero() -> None:
    figure = bar_figure(
        ["葉山町", "寒川町"], [400.0, 700.0], "削減額", ("目標（削減率30%）", [190.0, 300.0])
    )
    axes = figure.axes[0]
    assert axes.get_ylim()[0] == 0
    assert "目標（削減率30%）" in drawn_text(figure)
    assert all(label.get_rotation() == 0 for label in axes.get_xticklabels())


def test_200_members_get_at_most_40_labels() -> None:
    names = [f"第{i}町" for i in range(1, 201)]
    axes = bar_figure(names, [1.0] * 200, "削減額").axes[0]
    assert 20 <= len(axes.get_xticks()) <= 40


def test_the_cumulative_chart_starts_at_zero() -> None:
    axes = line_figure(["R10", "R11"], {"現行": [1500.0, 3000.0]}, "累計").axes[0]
    assert axes.get_ylim()[0] == 0
