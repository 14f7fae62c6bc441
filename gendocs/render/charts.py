"""Charts as deterministic PNG bytes, with Japanese labels (IPAexGothic from matplotlib-fontja).

matplotlib is imported inside the functions: a build that draws nothing never loads it. Every
label comes from the content and is drawn as written: matplotlib would read text between two
``$`` as mathtext (https://matplotlib.org/stable/users/explain/text/mathtext.html), so that
``単価$100〜$200`` came out as 「単価100□200」 and ``a$\\frac$b`` stopped the build with a
ValueError; ``text.parse_math`` is off.

A build draws its charts through a :class:`ChartCache` (:func:`cached_charts`): a chart whose
inputs, gendocs' code and the rendering versions are those of a chart drawn before is taken from
the cache as the same PNG bytes, and matplotlib (a third of a second to import) is not loaded at
all when no chart changed (issue 17). Outside :func:`cached_charts` every chart is drawn.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

DPI = 150
MAX_GANTT_HEIGHT = 8.0
SHORT_SPAN = 24  # months: a Gantt chart over at most this many is drawn in months
MAX_LABELS = 40  # more bars than this get every n-th label (200 members)
COLOURS = ["#1f4e79", "#2e75b6", "#9dc3e6", "#c55a11", "#548235", "#7f6000"]


@dataclass(frozen=True)
class Bar:
    """One bar of a Gantt chart: a row label and a month span (indices from a fixed origin)."""

    label: str
    start: int
    end: int  # inclusive
    group: int  # colour group (the phase)
    milestone: bool = False


@dataclass
class ChartCache:
    """PNG bytes of charts drawn before, by a key of everything a chart's pixels depend on."""

    stamp: str  # what a chart depends on besides its arguments: gendocs' code, the versions
    pngs: dict[str, bytes] = field(default_factory=dict)  # key -> PNG, read or drawn
    used: set[str] = field(default_factory=set)  # the keys this build asked for
    drawn: int = 0  # how many charts this build drew (not found in the cache)


_CACHE: ContextVar[ChartCache | None] = ContextVar("gendocs_chart_cache", default=None)


@contextmanager
def cached_charts(cache: ChartCache) -> Iterator[ChartCache]:
    """Within the block, charts are looked up in ``cache`` and the ones drawn are added to it."""
    token = _CACHE.set(cache)
    try:
        yield cache
    finally:
        _CACHE.reset(token)


def _cached(kind: str, arguments: tuple[Any, ...], draw: Callable[[], bytes]) -> bytes:
    cache = _CACHE.get()
    if cache is None:
        return draw()
    # the arguments are lists, dicts, strings, numbers and Bars: their repr is exact and the
    # same in every process
    key = hashlib.sha256(repr((kind, DPI, cache.stamp, arguments)).encode()).hexdigest()
    cache.used.add(key)
    if key not in cache.pngs:
        cache.pngs[key] = draw()
        cache.drawn += 1
    return cache.pngs[key]


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import matplotlib_fontja  # noqa: F401  registers IPAexGothic and makes it the default

    plt.rcParams["svg.hashsalt"] = "gendocs"
    plt.rcParams["text.parse_math"] = False  # labels are content, never mathtext
    return plt


def _png(fig: Any) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    fig.clear()
    _pyplot().close(fig)
    return buffer.getvalue()


def gantt_chart(bars: list[Bar], first_fy: int, last_fy: int, fy_labels: list[str]) -> bytes:
    """Draw a Gantt chart over fiscal years; x is months from April of ``first_fy``."""
    return _cached(
        "gantt",
        (bars, first_fy, last_fy, fy_labels),
        lambda: _png(gantt_figure(bars, first_fy, last_fy, fy_labels)),
    )


def gantt_figure(bars: list[Bar], first_fy: int, last_fy: int, fy_labels: list[str]) -> Any:
    """The matplotlib figure of :func:`gantt_chart`."""
    plt = _pyplot()
    origin = first_fy * 12 + 3
    # rows as tall as the page allows: the chart and its caption fit one A4 page (at most
    # MAX_GANTT_HEIGHT inches at 7 inches wide, drawn 160 mm wide)
    height = min(0.6 + 0.3 * len(bars), MAX_GANTT_HEIGHT)
    fig, ax = plt.subplots(figsize=(7.0, height))
    for row, bar in enumerate(bars):
        if bar.milestone:
            ax.plot([bar.start - origin + 0.5], [row], marker="D", color="#c00000", markersize=6)
        else:
            ax.barh(
                row,
                bar.end - bar.start + 1,
                left=bar.start - origin,
                height=0.55,
                color=COLOURS[bar.group % len(COLOURS)],
            )
    ax.set_yticks(range(len(bars)), [b.label for b in bars], fontsize=7)
    ax.invert_yaxis()
    months = (last_fy - first_fy + 1) * 12
    ax.set_xlim(0, months)
    if months <= SHORT_SPAN:  # a short span in months: a one-month task is no sliver
        ticks = list(range(0, months, 3))
        ax.set_xticks(
            ticks, [f"{fy_labels[t // 12]}\n{(t + 3) % 12 + 1}月" for t in ticks], fontsize=7
        )
        ax.set_xticks(range(0, months + 1), minor=True)
        ax.grid(axis="x", which="minor", color="#dddddd", linewidth=0.4)
        ax.grid(axis="x", which="major", color="#999999", linewidth=0.6)
    else:
        ax.set_xticks([12 * i + 6 for i in range(len(fy_labels))], fy_labels, fontsize=7)
        ax.set_xticks(range(0, months + 1, 12), minor=True)
        ax.grid(axis="x", which="minor", color="#999999", linewidth=0.6)
        ax.tick_params(axis="x", which="major", length=0)
    fig.tight_layout()
    return fig


Target = tuple[str, list[float]]  # a name and one value per bar, drawn as a line across each bar


def bar_chart(
    labels: list[str], values: list[float], ylabel: str, target: Target | None = None
) -> bytes:
    """Draw one bar per label (e.g. each member's saving), with each bar's target if given."""
    return _cached(
        "bar",
        (labels, values, ylabel, target),
        lambda: _png(bar_figure(labels, values, ylabel, target)),
    )


def bar_figure(
    labels: list[str], values: list[float], ylabel: str, target: Target | None = None
) -> Any:
    """The matplotlib figure of :func:`bar_chart`."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7.0, 3.2))
    ax.bar(range(len(values)), values, color=COLOURS[1])
    step = -(-len(labels) // MAX_LABELS)  # ceil: at most MAX_LABELS labels, evenly spaced
    shown = range(0, len(labels), step)
    ax.set_xticks(list(shown), [_vertical(labels[i]) for i in shown], fontsize=7, linespacing=0.9)
    ax.set_ylim(bottom=min(0.0, *values))  # from zero: bars compare by height
    if target is not None:
        name, levels = target
        ax.hlines(
            levels,
            [i - 0.4 for i in range(len(levels))],
            [i + 0.4 for i in range(len(levels))],
            colors="#c00000",
            linewidth=1.6,
            label=name,
        )
        ax.legend(fontsize=8)
    ax.set_ylabel(ylabel, fontsize=8)
    ax.axhline(0, color="#333333", linewidth=0.6)
    fig.tight_layout()
    return fig


def _vertical(label: str) -> str:
    """A label written top to bottom, one character a line (縦書き), so it needs no rotation."""
    return "\n".join(label)


def line_chart(xlabels: list[str], series: dict[str, list[float]], ylabel: str) -> bytes:
    """Draw one line per series over the x labels (e.g. cumulative cost per pattern)."""
    return _cached(
        "line", (xlabels, series, ylabel), lambda: _png(line_figure(xlabels, series, ylabel))
    )


def line_figure(xlabels: list[str], series: dict[str, list[float]], ylabel: str) -> Any:
    """The matplotlib figure of :func:`line_chart`."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6.5, 3.2))
    styles = ["-", "--", ":", "-."]
    for i, (name, values) in enumerate(series.items()):
        ax.plot(
            range(len(values)),
            values,
            marker="os^D"[i % 4],
            label=name,
            color=COLOURS[(i * 3 + i // 2) % len(COLOURS)],
            linestyle=styles[i % len(styles)],
        )
    ax.set_xticks(range(len(xlabels)), xlabels, fontsize=7)
    ax.set_ylabel(ylabel, fontsize=8)
    ax.set_ylim(bottom=0)  # from zero, so the gap between the lines is not exaggerated
    ax.legend(fontsize=8)
    ax.grid(axis="y", color="#dddddd")
    fig.tight_layout()
    return fig


@dataclass(frozen=True)
class Timeline:
    """One row of a renewal timeline: a label, the months (indices from a fixed origin) of its
    renewals, and the month everything moves to (the go-live), if known."""

    label: str
    renewals: tuple[int, ...]
    target: int | None


def timeline_chart(
    rows: list[Timeline], first_fy: int, last_fy: int, fy_labels: list[str], names: list[str]
) -> bytes:
    """Draw each row's renewals as dots against its target month (a diamond); a renewal before
    the target is joined to it by a shaded bar (the months the old system must be kept).
    ``names`` are the legend's three entries: renewal, target, the months kept."""
    return _cached(
        "timeline",
        (rows, first_fy, last_fy, fy_labels, names),
        lambda: _png(timeline_figure(rows, first_fy, last_fy, fy_labels, names)),
    )


def timeline_figure(
    rows: list[Timeline], first_fy: int, last_fy: int, fy_labels: list[str], names: list[str]
) -> Any:
    """The matplotlib figure of :func:`timeline_chart`."""
    plt = _pyplot()
    origin = first_fy * 12 + 3
    height = min(1.0 + 0.28 * len(rows), MAX_GANTT_HEIGHT)
    fig, ax = plt.subplots(figsize=(7.0, height))
    renewal, target, kept = names
    seen: set[str] = set()

    def once(name: str) -> str:  # each legend entry from its first mark only
        if name in seen:
            return "_"
        seen.add(name)
        return name

    for row, line in enumerate(rows):
        early = [r for r in line.renewals if line.target is not None and r < line.target]
        if early and line.target is not None:
            ax.barh(
                row,
                line.target - min(early),
                left=min(early) - origin + 0.5,
                height=0.35,
                color="#f4b183",
                label=once(kept),
            )
        ax.plot(
            [r - origin + 0.5 for r in line.renewals],
            [row] * len(line.renewals),
            linestyle="none",
            marker="o",
            markersize=4,
            color=COLOURS[1],
            label=once(renewal),
        )
        if line.target is not None:
            ax.plot(
                [line.target - origin + 0.5],
                [row],
                linestyle="none",
                marker="D",
                markersize=6,
                color="#c00000",
                label=once(target),
            )
    step = -(-len(rows) // MAX_LABELS)
    shown = list(range(0, len(rows), step))
    ax.set_yticks(shown, [rows[i].label for i in shown], fontsize=7)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    months = (last_fy - first_fy + 1) * 12
    ax.set_xlim(0, months)
    ax.set_xticks([12 * i + 6 for i in range(len(fy_labels))], fy_labels, fontsize=7)
    ax.set_xticks(range(0, months + 1, 12), minor=True)
    ax.grid(axis="x", which="minor", color="#999999", linewidth=0.6)
    ax.tick_params(axis="x", which="major", length=0)
    handles, labels = ax.get_legend_handles_labels()
    legend = dict(zip(labels, handles, strict=True))
    ax.legend(
        [legend[n] for n in names if n in legend],
        [n for n in names if n in legend],
        fontsize=7,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.06),
        ncol=3,
        frameon=False,
    )
    fig.tight_layout()
    return fig


def target_chart(
    xlabels: list[str], values: list[float], target: float, names: list[str], ylabel: str
) -> bytes:
    """Draw a monthly measure (e.g. 稼働率) as a line against its target (a dashed line), on an
    axis that starts just below the lowest value so that a month under the target shows.
    ``names`` are the legend's two entries: the measure, the target."""
    return _cached(
        "target",
        (xlabels, values, target, names, ylabel),
        lambda: _png(target_figure(xlabels, values, target, names, ylabel)),
    )


def target_figure(
    xlabels: list[str], values: list[float], target: float, names: list[str], ylabel: str
) -> Any:
    """The matplotlib figure of :func:`target_chart`."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6.5, 3.0))
    measure, goal = names
    positions = list(range(len(values)))
    ax.plot(positions, values, marker="o", color=COLOURS[0], label=measure)
    ax.axhline(target, color="#c00000", linestyle="--", linewidth=1.2, label=goal)
    below = [i for i, v in enumerate(values) if v < target]
    ax.plot(below, [values[i] for i in below], linestyle="none", marker="o", color="#c00000")
    low = min([target, *values])
    high = max([target, *values])
    margin = max((high - low) * 0.15, 0.05)
    ax.set_ylim(low - margin, min(high + margin, 100.0) if high < 100.0 else 100.0 + margin / 3)
    ax.set_xticks(positions, xlabels, fontsize=7)
    ax.set_ylabel(ylabel, fontsize=8)
    ax.legend(fontsize=8, loc="lower left")
    ax.grid(axis="y", color="#dddddd")
    fig.tight_layout()
    return fig
