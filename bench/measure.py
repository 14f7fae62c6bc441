"""Time whole processes as a user waits for them, and keep every run so ranges can be reported.

A run is the wall-clock seconds from the start of a command to its exit and the peak resident set
size of that command's process, both taken by a small wrapper process per run (:mod:`bench.child`).
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parent.parent
CHILD = Path(__file__).resolve().parent / "child.py"
GENDOCS = (sys.executable, "-m", "gendocs")
T = TypeVar("T")


class BenchError(Exception):
    """A measured command failed: the bench reports it instead of timing a failure."""


@dataclass(frozen=True)
class Run:
    """One process: its wall time and peak RSS."""

    seconds: float
    rss_mib: float


@dataclass(frozen=True)
class Series:
    """Repeated measurements of one thing (seconds or ratios)."""

    values: tuple[float, ...]

    @property
    def median(self) -> float:
        """The middle value (the mean of the middle two for an even count)."""
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        """The smallest value."""
        return min(self.values)

    @property
    def high(self) -> float:
        """The largest value."""
        return max(self.values)


def run_process(argv: Sequence[str], cwd: Path) -> Run:
    """Run ``argv`` in ``cwd`` through the wrapper, stdout discarded; raise BenchError if it
    fails."""
    with (
        tempfile.TemporaryDirectory(prefix="gendocs-run-") as temp,
        open(Path(temp) / "stderr", "w+b") as errors,
    ):
        result = Path(temp) / "result"
        done = subprocess.run(
            [sys.executable, "-I", "-S", str(CHILD), str(result), *argv],
            cwd=cwd,
            stdout=subprocess.DEVNULL,
            stderr=errors,
            env=bench_environment(),
        )
        if done.returncode != 0:
            errors.seek(0)
            tail = errors.read().decode("utf-8", "replace")[-2000:]
            raise BenchError(f"{' '.join(argv)} (in {cwd}) exited {done.returncode}:\n{tail}")
        wall, peak_kib = result.read_text(encoding="utf-8").split()
    return Run(float(wall), int(peak_kib) / 1024)


def bench_environment() -> dict[str, str]:
    """The environment of measured processes: ours, with the repository importable (bench.bare),
    and Python's bytecode cache on.

    A gendocs installed by ``pip install .`` (the README's quick start) has its modules compiled at
    install; a checkout run in an environment that sets ``PYTHONDONTWRITEBYTECODE`` (this machine
    does) would compile gendocs' 1.3 MB of source at every start, about 0.28 s that no user pays
    and the bare side, which imports a few gendocs modules, mostly does not pay either.
    :func:`compile_sources` compiles the checkout before anything is timed.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    return env


def compile_sources() -> None:
    """Compile gendocs and the bench into ``__pycache__`` (git-ignored), as pip does at install."""
    for folder in ("gendocs", "bench"):
        compileall.compile_dir(REPO / folder, quiet=1)


def gendocs(*args: str) -> list[str]:
    """The command line of ``gendocs ARGS`` with this interpreter (quiet: no progress output)."""
    return [*GENDOCS, "-q", *args]


def repeat(times: int, action: Callable[[], Run]) -> list[Run]:
    """``action`` run ``times`` times, one after another."""
    return [action() for _ in range(times)]


def alternate(
    times: int, first: Callable[[], T], second: Callable[[], T]
) -> tuple[list[T], list[T]]:
    """``first`` and ``second`` run in turn ``times`` times, so a load change hits both sides."""
    pairs = [(first(), second()) for _ in range(times)]
    return [a for a, _ in pairs], [b for _, b in pairs]


def stopwatch(action: Callable[[], object]) -> float:
    """Seconds ``action`` takes in this process."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def seconds(runs: Sequence[Run]) -> Series:
    """The wall times of ``runs``."""
    return Series(tuple(r.seconds for r in runs))


def ratios(numerators: Sequence[Run], denominators: Sequence[Run]) -> Series:
    """The ratio of each pair of runs (run i of one side over run i of the other)."""
    return Series(
        tuple(a.seconds / b.seconds for a, b in zip(numerators, denominators, strict=True))
    )


def peak_rss(runs: Sequence[Run]) -> float:
    """The highest peak RSS of ``runs``, in MiB."""
    return max(r.rss_mib for r in runs)
