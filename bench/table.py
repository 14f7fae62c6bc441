"""The bench's rows, the table it prints and the JSON it saves.

A row is one measured thing: its runs (seconds or a ratio), the peak RSS of its processes, the
target from issue 17 (if any) and whether the median meets it (the RSS target: the peak).
A row that was not measured (``--quick``, one size only) stays in the table with the reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.cells import cell_len

from bench.measure import Series

WIDTHS = (52, 8, 14, 9, 25, 6, 0)  # label, median, min–max, peak RSS, target, meets, note


@dataclass(frozen=True)
class Target:
    """A limit from the issue: on the median (unit s or ×) or on the peak RSS (unit MiB)."""

    limit: float
    unit: str  # "s", "×" or "MiB"
    text: str  # as the issue states it, e.g. "≤ 300 MB (286 MiB)"

    def met(self, row: Row) -> bool | None:
        """Whether ``row`` meets the target; None when it was not measured."""
        value = row.rss_mib if self.unit == "MiB" else (row.series.median if row.series else None)
        return None if value is None else value <= self.limit


@dataclass(frozen=True)
class Row:
    """One line of the table."""

    id: str  # stable: the smoke test and --json readers use it
    label: str
    series: Series | None  # None: not measured (see note)
    unit: str = "s"  # "s" (seconds) or "×" (a ratio)
    rss_mib: float | None = None
    target: Target | None = None
    note: str = ""


@dataclass(frozen=True)
class Heading:
    """A group title between rows (a size, the amend cases …)."""

    text: str


Line = Row | Heading


def format_table(lines: list[Line], header: list[str]) -> str:
    """The whole table as text, Japanese labels aligned by display width."""
    titles = ("measured", "median", "min–max", "peak RSS", "target", "meets", "")
    out = header + [_cells(titles)]
    for line in lines:
        out.append(line.text if isinstance(line, Heading) else _cells(_row_cells(line)))
    return "\n".join(out) + "\n"


def _row_cells(row: Row) -> tuple[str, ...]:
    target = row.target.text if row.target else ""
    met = row.target.met(row) if row.target else None
    meets = "" if met is None else ("yes" if met else "NO")
    rss = f"{row.rss_mib:.0f} MiB" if row.rss_mib is not None else ""
    if row.series is None:
        return (f"  {row.label}", "—", "", rss, target, meets, row.note)
    value = _number(row.series.median, row.unit)
    low, high = row.series.low, row.series.high
    spread = f"{low:.2f}–{_number(high, row.unit)}" if len(row.series.values) > 1 else ""
    return (f"  {row.label}", value, spread, rss, target, meets, row.note)


def _number(value: float, unit: str) -> str:
    return f"{value:.2f}×" if unit == "×" else f"{value:.2f}s"


def _cells(cells: tuple[str, ...]) -> str:
    padded = [c + " " * max(0, w - cell_len(c)) for c, w in zip(cells, WIDTHS, strict=True)]
    return " ".join(padded).rstrip()


def to_json(lines: list[Line], meta: dict[str, Any]) -> dict[str, Any]:
    """The rows as data: every run, median, range, RSS, target and verdict."""
    rows = [_row_json(line) for line in lines if isinstance(line, Row)]
    return {**meta, "rows": rows}


def _row_json(row: Row) -> dict[str, Any]:
    series = row.series
    return {
        "id": row.id,
        "label": row.label,
        "unit": row.unit,
        "runs": list(series.values) if series else None,
        "median": series.median if series else None,
        "min": series.low if series else None,
        "max": series.high if series else None,
        "peak_rss_mib": row.rss_mib,
        "note": row.note,
        "target": row.target.text if row.target else None,
        "meets": row.target.met(row) if row.target else None,
    }


def save_json(data: dict[str, Any], path: Path) -> None:
    """Write ``data`` as UTF-8 JSON."""
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
