"""Issue 12 item 5: charts start at zero, carry their target, and need no rotated labels."""

from __future__ import annotations

from pathlib import Path

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


def test_a_short_gantt_chart_is_drawn_in_months() -> None:
    from gendocs.render.charts import Bar, gantt_figure

    bars = [
        Bar("設計", 2026 * 12 + 3, 2026 * 12 + 3, 0),
        Bar("◇本稼働 甲町", 2027 * 12, 2027 * 12, 1, True),
    ]
    axes = gantt_figure(bars, 2026, 2026, ["R8"]).axes[0]
    labels = [t.get_text() for t in axes.get_xticklabels()]
    assert labels == ["R8\n4月", "R8\n7月", "R8\n10月", "R8\n1月"]


def test_go_live_marks_group_members_by_month(tmp_path: Path) -> None:
    from bench.synthetic import make_consortium
    from gendocs.doctypes.plan import _go_live_bars
    from gendocs.load import load_content
    from gendocs.validate import validate

    make_consortium(200, tmp_path)
    content = validate(load_content(tmp_path / "content"))
    bars = _go_live_bars(content)
    months = {m.month for m in content.schedule.migrations}
    assert len(bars) == len(months) < 20
    assert all(b.milestone and b.label.startswith("◇本稼働") for b in bars)
    assert any("ほか" in b.label for b in bars)
