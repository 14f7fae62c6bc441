"""Measure gendocs as a user waits for it and print the whole table (issue 17, docs/performance.md).

    python -m bench                    # 14, 200 and 1,000 members, amend 100 and 300 条, diff; 5
    runs python -m bench --quick            # 14 and 200 members, amend 100 条, 1 run: a smoke test
    python -m bench --json bench.json  # also save every run as JSON

Times are wall seconds of whole processes (except the row marked in-process); each row gives the
median and the range of its runs, so a busy machine shows as a wide range, not as a wrong figure.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from bench.amend_case import AmendCase, measure_amends
from bench.diff_case import measure_diff
from bench.measure import BenchError, compile_sources
from bench.report import amend_lines, diff_lines, growth_lines, size_lines, skipped
from bench.sizes import measure_sizes
from bench.table import Line, format_table, save_json, to_json

GROUPS = ("sizes", "amend", "diff")
FULL = {"sizes": "14,200,1000", "amend": "100:17,300:50"}
QUICK = {"sizes": "14,200", "amend": "100:17"}


def parse(argv: list[str] | None) -> argparse.Namespace:
    """The options; --quick changes the defaults of --repeat, --sizes and --amend."""
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--quick", action="store_true", help="sizes 14,200, amend 100:17, 1 run, no warm-up"
    )
    parser.add_argument("--repeat", type=_positive, help="runs per row (default 5, --quick 1)")
    parser.add_argument(
        "--sizes",
        type=_sizes,
        help=f"members, comma-separated; 14 is the sample (default {FULL['sizes']})",
    )
    parser.add_argument("--amend", type=_cases, help=f"条:changes cases (default {FULL['amend']})")
    parser.add_argument(
        "--only", action="append", choices=GROUPS, help="run only this group (repeatable)"
    )
    parser.add_argument("--json", type=Path, help="also save the rows and every run here")
    args = parser.parse_args(argv)
    defaults = QUICK if args.quick else FULL
    args.repeat = args.repeat or (1 if args.quick else 5)
    args.sizes = args.sizes or _sizes(defaults["sizes"])
    args.amend = args.amend or _cases(defaults["amend"])
    args.only = args.only or list(GROUPS)
    return args


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number ≥ 1, found {text!r}")
    return int(text)


def _sizes(text: str) -> list[int]:
    return [_positive(part) for part in text.split(",")]


def _cases(text: str) -> list[AmendCase]:
    cases = []
    for part in text.split(","):
        articles, colon, changes = part.partition(":")
        if not colon or _positive(changes) > _positive(articles):
            raise argparse.ArgumentTypeError(
                f"expected 条:changes with changes ≤ 条 (100:17), found {part!r}"
            )
        cases.append(AmendCase(int(articles), int(changes)))
    return cases


def main(argv: list[str] | None = None) -> None:
    """Run the bench and print the table (progress on stderr)."""
    args = parse(argv)
    load_at_start = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="gendocs-bench-") as temp:
        try:
            lines = measure(args, Path(temp))
        except BenchError as error:
            sys.exit(f"bench failed: {error}")
    meta = _meta(args, load_at_start)
    sys.stdout.write(format_table(lines, _header(meta)))
    if args.json:
        save_json(to_json(lines, meta), args.json)


def measure(args: argparse.Namespace, temp: Path) -> list[Line]:
    """Every group the options ask for, in table order."""
    lines: list[Line] = []
    _progress("compiling gendocs to bytecode, as pip install does")
    compile_sources()
    if "sizes" in args.only:
        results = measure_sizes(args.sizes, temp, args.repeat, _progress, warm_up=not args.quick)
        lines += [line for r in results for line in size_lines(r)] + growth_lines(results)
    else:
        lines += skipped("sizes", "--only")
    if "amend" in args.only:
        _progress(f"amend {', '.join(c.key for c in args.amend)}, {args.repeat} run(s) each")
        lines += amend_lines(measure_amends(args.amend, temp, args.repeat))
    else:
        lines += skipped("gendocs amend", "--only")
    if "diff" in args.only:
        _progress(f"diff HEAD~1 ({args.sizes[0]} members), {args.repeat} run(s)")
        lines += diff_lines(args.sizes[0], measure_diff(args.sizes[0], temp / "diff", args.repeat))
    else:
        lines += skipped("gendocs diff", "--only")
    return lines


def _progress(what: str) -> None:
    print(f"bench: {what} …", file=sys.stderr, flush=True)


def _meta(args: argparse.Namespace, load_at_start: tuple[float, float, float]) -> dict[str, Any]:
    return {
        "date": datetime.now().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average_1min": {
            "start": round(load_at_start[0], 2),
            "end": round(os.getloadavg()[0], 2),
        },
        "repeat": args.repeat,
        "quick": args.quick,
        "sizes": args.sizes,
        "amend": [c.key for c in args.amend],
    }


def _header(meta: dict[str, Any]) -> list[str]:
    load = meta["load_average_1min"]
    return [
        f"gendocs bench {meta['date']}: Python {meta['python']}, {meta['cpus']} CPUs, "
        f"1-minute load average {load['start']:.2f} at the start, {load['end']:.2f} at the end",
        f"{meta['repeat']} run(s) per row: median and min–max; whole processes except the "
        "in-process row; peak RSS = the highest of the runs"
        + ("; --quick" if meta["quick"] else ""),
    ]
