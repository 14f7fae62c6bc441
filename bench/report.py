"""The rows of the table from the measurements, with the targets of issue 17 beside them."""

from __future__ import annotations

from bench.amend_case import AmendCase
from bench.diff_case import DiffResult
from bench.measure import Run, peak_rss, ratios, seconds
from bench.sizes import SAMPLE_SIZE, SizeResult
from bench.table import Heading, Line, Row, Target

RATIO_TARGETS = {SAMPLE_SIZE: Target(1.5, "×", "≤ 1.5×"), 200: Target(2.0, "×", "≤ 2×")}
NOOP_TARGETS = {SAMPLE_SIZE: Target(0.15, "s", "≤ 0.15 s")}
RSS_TARGETS = {1000: Target(300e6 / 2**20, "MiB", "RSS ≤ 300 MB (286 MiB)")}
GROWTH_TARGET = Target(5.5, "×", "≤ 5.5× (200 → 1,000)")
AMEND_TARGETS = {"300:50": Target(2.0, "s", "≤ 2 s")}
AMEND_RATIO_TARGET = Target(3.5, "×", "≤ 3.5× (100 → 300 条)")


def size_lines(result: SizeResult) -> list[Line]:
    """The rows of one consortium size."""
    n = result.members
    title = f"{n:,} members" + (" (the sample)" if n == SAMPLE_SIZE else " (bench/synthetic.py)")
    return [
        Heading(title),
        _runs(f"build.{n}", "gendocs build --force", result.build, RSS_TARGETS.get(n)),
        _runs(f"bare.{n}", "bare docxtpl: same templates and contexts", result.bare),
        Row(
            f"ratio.{n}",
            "ratio build --force / bare docxtpl, run by run",
            ratios(result.build, result.bare),
            "×",
            target=RATIO_TARGETS.get(n),
        ),
        Row(
            f"render_ratio.{n}",
            "render-only ratio, in-process (diagnosis)",
            result.render_ratio,
            "×",
        ),
        _runs(
            f"noop.{n}",
            "gendocs build right after a build (no-op)",
            result.noop,
            NOOP_TARGETS.get(n),
        ),
        _runs(f"validate.{n}", "gendocs validate", result.validate),
        _runs(f"costs.{n}", "gendocs costs (the terminal table)", result.costs),
    ]


def _runs(row_id: str, label: str, runs: list[Run], target: Target | None = None) -> Row:
    return Row(row_id, label, seconds(runs), rss_mib=peak_rss(runs), target=target)


def growth_lines(results: list[SizeResult]) -> list[Line]:
    """Time at the largest size over time at the next largest, round by round."""
    ordered = sorted(results, key=lambda r: r.members)
    kinds = (
        ("validate", "gendocs validate"),
        ("costs", "gendocs costs"),
        ("build", "gendocs build --force"),
    )
    if len(ordered) < 2:
        return [
            Heading("growth"),
            *(
                Row(f"growth.{k}", label, None, "×", target=GROWTH_TARGET, note="needs two sizes")
                for k, label in kinds
            ),
        ]
    small, large = ordered[-2:]
    # The target is for 200 → 1,000 members (5× the members, ≤ 5.5× the time); another
    # pair of sizes is reported without a verdict rather than judged against it.
    judged = (small.members, large.members) == (200, 1000)
    return [
        Heading(f"growth {small.members:,} → {large.members:,} members (round by round)"),
        *(
            Row(
                f"growth.{kind}",
                label,
                ratios(getattr(large, kind), getattr(small, kind)),
                "×",
                target=GROWTH_TARGET if judged else None,
                note="" if judged else "the target is for 200 → 1,000",
            )
            for kind, label in kinds
        ),
    ]


def amend_lines(results: dict[AmendCase, list[Run]]) -> list[Line]:
    """One row per amendment case and the ratio of the last two (the larger over the smaller)."""
    lines: list[Line] = [Heading("gendocs amend (bench/rules.py)")]
    for case, runs in results.items():
        label = f"{case.articles} 条, {case.changes} changes"
        lines.append(_runs(f"amend.{case.articles}", label, runs, AMEND_TARGETS.get(case.key)))
    cases = sorted(results, key=lambda c: c.articles)
    if len(cases) < 2:
        return lines + [
            Row(
                "amend.ratio",
                "ratio of the two largest cases",
                None,
                "×",
                target=AMEND_RATIO_TARGET,
                note="needs two cases",
            )
        ]
    small, large = cases[-2:]
    label = f"ratio {large.articles} 条 / {small.articles} 条, round by round"
    return lines + [
        Row(
            "amend.ratio",
            label,
            ratios(results[large], results[small]),
            "×",
            target=AMEND_RATIO_TARGET,
        )
    ]


def diff_lines(members: int, result: DiffResult) -> list[Line]:
    """The diff row; its note says how many templates one run rendered."""
    note = f"{result.renders} template renders, {result.redlines} documents redlined"
    return [
        Heading(
            f"gendocs diff HEAD~1 after one change ({members:,} members, sla availability "
            "99.5 → 99.9)"
        ),
        Row(
            "diff",
            "gendocs diff HEAD~1",
            seconds(result.runs),
            rss_mib=peak_rss(result.runs),
            note=note,
        ),
    ]


def skipped(group: str, reason: str) -> list[Line]:
    """A group that did not run: its heading says why."""
    return [Heading(f"{group}: not run ({reason})")]
