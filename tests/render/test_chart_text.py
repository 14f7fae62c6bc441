"""Chart labels come from the content and are drawn as written, ``$`` and ``\\`` included.

matplotlib reads text between two ``$`` as mathtext
(https://matplotlib.org/stable/users/explain/text/mathtext.html): ``単価$100〜$200`` was drawn
as 「単価100□200」 and ``a$\\frac$b`` stopped the build with a ValueError (issue 18). The charts
are rendered here to SVG with text kept as text, so the drawn strings can be read back.
"""

from __future__ import annotations

import io
import re
from typing import Any

import matplotlib

from gendocs.render.charts import (
    Bar,
    Timeline,
    bar_chart,
    bar_figure,
    gantt_figure,
    line_figure,
    timeline_figure,
)

PRICE = "単価$100〜$200"
MATH = "a$\\frac$b"


def drawn_text(figure: Any) -> list[str]:
    """The strings an SVG rendering of ``figure`` draws."""
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):  # text as <text>, not glyph paths
        figure.savefig(buffer, format="svg")
    return [_unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", buffer.getvalue())]


def _unescape(text: str) -> str:
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def test_bar_chart_labels_are_drawn_as_written() -> None:
    text = drawn_text(bar_figure([PRICE, MATH], [1.0, 2.0], "円$x$"))
    # member names are written top to bottom (one character a line, issue 12): read them joined
    assert PRICE in "".join(text) and MATH in "".join(text) and "円$x$" in text


def test_gantt_labels_are_drawn_as_written() -> None:
    bars = [
        Bar(PRICE, 2026 * 12 + 3, 2026 * 12 + 8, 0),
        Bar(MATH, 2026 * 12 + 5, 2026 * 12 + 5, 1, milestone=True),
    ]
    text = drawn_text(gantt_figure(bars, 2026, 2027, ["R8$", "$R9"]))
    assert {PRICE, MATH, "R8$", "$R9"} <= set(text)


def test_line_chart_series_names_are_drawn_as_written() -> None:
    text = drawn_text(line_figure(["$1", "$2"], {PRICE: [1.0, 2.0], MATH: [2.0, 1.0]}, "$"))
    assert {PRICE, MATH, "$1", "$2", "$"} <= set(text)


def test_timeline_labels_are_drawn_as_written_and_every_member_gets_a_row() -> None:
    rows = [
        Timeline(PRICE, (2026 * 12 + 3, 2028 * 12), 2027 * 12 + 9),  # one renewal before go-live
        Timeline(MATH, (2029 * 12,), None),  # no go-live known
    ]
    figure = timeline_figure(rows, 2026, 2028, ["R8$", "$R9", "R10"], ["更新$", "本稼働", "延長"])
    text = drawn_text(figure)
    assert {PRICE, MATH, "R8$", "$R9", "更新$", "本稼働", "延長"} <= set(text)
    (axes,) = figure.axes
    assert len(axes.patches) == 1  # the months kept: only the renewal before its go-live
    bar = axes.patches[0]
    assert (bar.get_x(), bar.get_width()) == (0.5, 2027 * 12 + 9 - (2026 * 12 + 3))


def test_the_png_of_a_dollar_label_is_made() -> None:
    assert bar_chart([MATH], [1.0], "円").startswith(b"\x89PNG\r\n\x1a\n")
