"""``gendocs diff HEAD~1`` after one content change, in a git repository of its own whose
output/ holds a build of the content before the change.

The change is the one DOMAIN.md gives as typical: the board moves the 稼働率 target (sla.yaml
``availability``) to 99.9%. A separate, untimed run counts the template renders the command does
(calls of docxtpl's ``DocxTemplate.render``, see :mod:`bench.count_renders`).
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bench.measure import BenchError, Run, bench_environment, gendocs, repeat, run_process
from bench.sizes import make_project
from gendocs.review.diff import REDLINE_SUFFIX

CHANGE = ("sla.yaml", "  availability: 99.5\n", "  availability: 99.9\n")
COUNT = "import sys; from bench.count_renders import main; main(sys.argv[1:])"


@dataclass(frozen=True)
class DiffResult:
    """The timed runs, the renders of one run and the documents it found changed."""

    runs: list[Run]
    renders: int
    redlines: int


def measure_diff(members: int, folder: Path, times: int) -> DiffResult:
    """Commit a project, build it, change one value, commit, then time ``gendocs diff HEAD~1``.

    The build is the secretariat's usual state before a board decision: output/ holds the
    documents of the committed content, and its manifest the reads ``gendocs diff`` uses to
    render only the documents whose inputs differ."""
    root = make_project(members, folder)
    (root / ".gitignore").write_text("output/\n", encoding="utf-8")
    _git(root, "init", "-q")
    _commit(root, "before")
    run_process(gendocs("build"), root)
    _change(root / "content")
    _commit(root, "after")
    runs = repeat(times, lambda: run_process(gendocs("diff", "HEAD~1"), root))
    count = folder / "renders.txt"
    run_process([sys.executable, "-c", COUNT, str(count), "diff", "HEAD~1"], root)
    redlines = len(list((root / "output" / "diff").glob(f"*/*{REDLINE_SUFFIX}.docx")))
    return DiffResult(runs, int(count.read_text(encoding="utf-8")), redlines)


def _change(content: Path) -> None:
    name, old, new = CHANGE
    text = (content / name).read_text(encoding="utf-8")
    if old not in text:
        raise BenchError(
            f"content/{name} no longer holds {old.strip()!r}: update bench/diff_case.py"
        )
    (content / name).write_text(text.replace(old, new, 1), encoding="utf-8")


def _commit(root: Path, message: str) -> None:
    _git(root, "add", "-A")
    _git(
        root,
        "-c",
        "user.name=bench",
        "-c",
        "user.email=bench@example.invalid",
        "commit",
        "-q",
        "-m",
        message,
    )


def _git(root: Path, *args: str) -> None:
    done = subprocess.run(
        ["git", *args], cwd=root, capture_output=True, text=True, env=bench_environment()
    )
    if done.returncode != 0:
        raise BenchError(f"git {' '.join(args)} failed in {root}: {done.stderr.strip()}")
