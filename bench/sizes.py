"""Per consortium size: the forced build beside bare docxtpl, the no-op, validate and costs.

Every timed command is a whole process in a project folder of its own. The sizes are measured in
rounds: each round runs every command once for every size, so a change in the machine's load
hits all sizes alike and the growth between two sizes can be taken round by round. Before the
first round, one forced build and one bare run per size warm the file cache and leave output/ in
place, so that every timed forced build replaces existing documents, as a user's does (``--quick``
skips this warm-up: it is a smoke test, not a measurement).
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.contexts import full_build_contexts, plain_job, save_job
from bench.measure import Run, Series, gendocs, run_process
from bench.render_only import render_only
from bench.synthetic import SAMPLE, make_consortium
from gendocs.pipeline import load_and_prepare
from gendocs.project import find_project

SAMPLE_SIZE = 14  # the sample's members: this size measures the sample itself
BARE = "import sys; from bench.bare import main; main(sys.argv[1:])"
KINDS = ("build", "noop", "bare", "validate", "costs")  # the commands of a round, in order


@dataclass(frozen=True)
class SizeResult:
    """The runs measured for one consortium size, one per round each."""

    members: int
    build: list[Run]  # gendocs build --force
    bare: list[Run]  # the bare docxtpl process, run right after the build and the no-op
    noop: list[Run]  # gendocs build right after the forced build
    validate: list[Run]
    costs: list[Run]
    render_ratio: Series  # in-process, see bench.render_only


@dataclass(frozen=True)
class Setup:
    """A size ready to be timed: its commands and the in-process ratio measured beforehand."""

    members: int
    commands: dict[str, Callable[[], Run]]
    render_ratio: Series


def make_project(members: int, folder: Path) -> Path:
    """A project folder: a copy of the sample for 14 members, a synthetic consortium otherwise."""
    if members == SAMPLE_SIZE:
        shutil.copytree(SAMPLE, folder / "content")
    else:
        make_consortium(members, folder)
    return folder


def measure_sizes(
    sizes: list[int],
    folder: Path,
    times: int,
    progress: Callable[[str], None],
    *,
    warm_up: bool = True,
) -> list[SizeResult]:
    """Measure every per-size row ``times`` times, in rounds over the sizes."""
    setups = []
    for members in sizes:
        progress(
            f"{members} members: contexts, render-only ratio" + (", warm-up" if warm_up else "")
        )
        setups.append(prepare(members, folder / f"size-{members}", times, warm_up))
    rounds = []
    for number in range(1, times + 1):
        progress(f"round {number} of {times} over {', '.join(map(str, sizes))} members")
        rounds.append([{kind: s.commands[kind]() for kind in KINDS} for s in setups])
    return [_result(setup, [r[i] for r in rounds]) for i, setup in enumerate(setups)]


def _result(setup: Setup, rounds: list[dict[str, Run]]) -> SizeResult:
    def runs(kind: str) -> list[Run]:
        return [r[kind] for r in rounds]

    return SizeResult(
        setup.members,
        build=runs("build"),
        bare=runs("bare"),
        noop=runs("noop"),
        validate=runs("validate"),
        costs=runs("costs"),
        render_ratio=setup.render_ratio,
    )


def prepare(members: int, folder: Path, times: int, warm_up: bool) -> Setup:
    """Make the project and the bare job, measure the in-process ratio, warm up."""
    root = make_project(members, folder / "project")
    project = find_project(root)
    contexts = full_build_contexts(*load_and_prepare(project))
    job = plain_job(project, contexts)
    commands = {
        "build": _command(root, "build", "--force"),
        "noop": _command(root, "build"),
        "bare": _bare(save_job(job, folder / "job.pickle"), folder / "bare", root),
        "validate": _command(root, "validate"),
        "costs": _command(root, "costs"),
    }
    render_ratio = render_only(project, contexts, job, times)
    if warm_up:
        commands["build"](), commands["bare"]()  # untimed
    return Setup(members, commands, render_ratio)


def _command(root: Path, *args: str) -> Callable[[], Run]:
    return lambda: run_process(gendocs(*args), root)


def _bare(job: Path, output: Path, root: Path) -> Callable[[], Run]:
    output.mkdir()
    return lambda: run_process([sys.executable, "-c", BARE, str(job), str(output)], root)
