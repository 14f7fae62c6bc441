"""``gendocs amend`` on generated rules: N 条 with M scattered changes (see :mod:`bench.rules`).

The cases run in rounds (each round drafts every case once), so their ratio is taken round by round.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.measure import Run, gendocs, run_process
from bench.rules import rule_pair


@dataclass(frozen=True)
class AmendCase:
    """One amendment to draft: a rule of ``articles`` 条 with ``changes`` changes."""

    articles: int
    changes: int

    @property
    def key(self) -> str:
        """As on the command line: 100:17."""
        return f"{self.articles}:{self.changes}"


def measure_amends(cases: list[AmendCase], folder: Path, times: int) -> dict[AmendCase, list[Run]]:
    """Time ``gendocs amend --old --new`` on every case ``times`` times, in rounds over the
    cases."""
    commands = {case: _command(case, folder / f"amend-{case.articles}") for case in cases}
    rounds = [{case: command() for case, command in commands.items()} for _ in range(times)]
    return {case: [r[case] for r in rounds] for case in cases}


def _command(case: AmendCase, folder: Path) -> Callable[[], Run]:
    """The amend command of ``case``, its two texts written into ``folder``."""
    folder.mkdir(parents=True)
    old, new = rule_pair(case.articles, case.changes)
    (folder / "old.txt").write_text(old, encoding="utf-8")
    (folder / "new.txt").write_text(new, encoding="utf-8")
    argv = gendocs("amend", "--old", "old.txt", "--new", "new.txt", "--output", "output")
    return lambda: run_process(argv, folder)
