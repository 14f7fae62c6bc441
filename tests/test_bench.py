"""The bench (python -m bench, docs/performance.md) runs end to end and computes its derived rows.

A smoke test only: wall-clock times are never asserted (they depend on the machine and its load).
The quick run uses one tiny consortium and a tiny amendment so that it stays well under a minute.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bench.amend_case import AmendCase
from bench.measure import Run, Series
from bench.report import amend_lines, growth_lines
from bench.run import main
from bench.sizes import SizeResult
from bench.table import Heading, Row

QUICK_ROWS = [
    ("build.4", "gendocs build --force"),
    ("bare.4", "bare docxtpl: same templates and contexts"),
    ("ratio.4", "ratio build --force / bare docxtpl, run by run"),
    ("render_ratio.4", "render-only ratio, in-process (diagnosis)"),
    ("noop.4", "gendocs build right after a build (no-op)"),
    ("validate.4", "gendocs validate"),
    ("costs.4", "gendocs costs (the terminal table)"),
    ("growth.validate", "gendocs validate"),
    ("growth.costs", "gendocs costs"),
    ("growth.build", "gendocs build --force"),
    ("amend.10", "10 条, 2 changes"),
    ("amend.ratio", "ratio of the two largest cases"),
    ("diff", "gendocs diff HEAD~1"),
]
NOT_COMPUTABLE = {
    "growth.validate",
    "growth.costs",
    "growth.build",
    "amend.ratio",
}  # one size, one case


def test_the_quick_bench_prints_every_row_and_saves_every_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # four members: the sample's 設置要綱 names three officers and lists the other members'
    # heads as 委員, which three members would leave empty (a located content error)
    main(["--quick", "--sizes", "4", "--amend", "10:2", "--json", str(tmp_path / "bench.json")])
    table = capsys.readouterr().out
    rows = json.loads((tmp_path / "bench.json").read_text(encoding="utf-8"))["rows"]
    assert [(r["id"], r["label"]) for r in rows] == QUICK_ROWS
    printed = [
        re.split(r"\s{2,}", line.strip())[0] for line in table.splitlines() if line.startswith("  ")
    ]
    assert printed == [label for _id, label in QUICK_ROWS]
    for row in rows:
        expected_runs = None if row["id"] in NOT_COMPUTABLE else 1
        assert (len(row["runs"]) if row["runs"] else None) == expected_runs, row["id"]
    for heading in (
        "4 members (bench/synthetic.py)",
        "growth",
        "gendocs amend (bench/rules.py)",
        "gendocs diff HEAD~1 after one change (4 members, sla availability 99.5 → 99.9)",
    ):
        assert f"\n{heading}\n" in table
    diff = next(r for r in rows if r["id"] == "diff")
    assert re.fullmatch(r"\d+ template renders, \d+ documents redlined", diff["note"])


def _size(
    members: int, validate: list[float], costs: list[float], build: list[float]
) -> SizeResult:
    def runs(times: list[float]) -> list[Run]:
        return [Run(t, 100.0) for t in times]

    return SizeResult(
        members, runs(build), runs(build), runs(build), runs(validate), runs(costs), Series((1.0,))
    )


def test_growth_is_taken_round_by_round_between_the_two_largest_sizes() -> None:
    results = [
        _size(1000, [4, 9, 12], [5, 5, 5], [40, 60, 70]),
        _size(14, [1, 1, 1], [1, 1, 1], [1, 1, 1]),
        _size(200, [1, 2, 3], [1, 2, 5], [10, 10, 10]),
    ]
    heading, *rows = growth_lines(results)
    assert heading == Heading("growth 200 → 1,000 members (round by round)")
    assert [(r.id, r.series, r.target and r.target.met(r)) for r in rows if isinstance(r, Row)] == [
        ("growth.validate", Series((4.0, 4.5, 4.0)), True),  # median 4.0
        ("growth.costs", Series((5.0, 2.5, 1.0)), True),  # median 2.5
        ("growth.build", Series((4.0, 6.0, 7.0)), False),
    ]  # median 6.0 > 5.5


def test_growth_between_other_sizes_is_shown_without_the_200_to_1000_verdict() -> None:
    """The issue's ≤ 5.5× is for 5× the members (200 → 1,000); 14 → 200 is 14× the members, so
    judging it against 5.5× would print a verdict about a growth that was not measured."""
    results = [
        _size(14, [1, 1, 1], [1, 1, 1], [1, 1, 1]),
        _size(200, [2, 2, 2], [3, 3, 3], [9, 9, 9]),
    ]
    heading, *rows = growth_lines(results)
    assert heading == Heading("growth 14 → 200 members (round by round)")
    assert [(r.id, r.series, r.target, r.note) for r in rows if isinstance(r, Row)] == [
        ("growth.validate", Series((2.0, 2.0, 2.0)), None, "the target is for 200 → 1,000"),
        ("growth.costs", Series((3.0, 3.0, 3.0)), None, "the target is for 200 → 1,000"),
        ("growth.build", Series((9.0, 9.0, 9.0)), None, "the target is for 200 → 1,000"),
    ]


def test_amendment_ratio_and_the_2_second_target_of_the_300_article_case() -> None:
    runs = {
        AmendCase(100, 17): [Run(2.0, 60.0), Run(1.0, 60.0), Run(3.0, 70.0)],
        AmendCase(300, 50): [Run(8.0, 80.0), Run(9.0, 90.0), Run(7.0, 85.0)],
    }
    _heading, small, large, ratio = amend_lines(runs)
    assert isinstance(large, Row) and isinstance(ratio, Row) and isinstance(small, Row)
    assert (small.id, small.target, small.rss_mib) == ("amend.100", None, 70.0)
    assert (large.id, large.label, large.target and large.target.met(large)) == (
        "amend.300",
        "300 条, 50 changes",
        False,
    )
    assert (ratio.label, ratio.series) == (
        "ratio 300 条 / 100 条, round by round",
        Series((4.0, 9.0, 7.0 / 3.0)),
    )
    assert ratio.target is not None and ratio.target.met(ratio) is False  # median 4.0 > 3.5
