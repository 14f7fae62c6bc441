"""A build killed with SIGKILL at any point never leaves a mix of editions or a broken file, and
the next build cleans up and writes the same bytes as a build that was never interrupted.
A build killed while its forked workers render (SIGTERM or SIGKILL) leaves no process behind:
none holds the output folder's lock or the caller's pipes (gendocs/render/workers.py).

Edition A is built, the content changed, and edition B built in a child process that is killed:
at every rename into the output folder (the child announces each one and pauses before it), while
it removes its staging folder, and after random delays over the whole build. After each kill the
folder must hold edition A (nothing was committed), or edition B, or — killed while moving the
files — a committed journal whose staged files are B; then the next build must give exactly B.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from gendocs.pipeline import build
from gendocs.project import find_project
from gendocs.write import output_lock
from gendocs.write.journal import JOURNAL, STAGING
from gendocs.write.lock import LOCK_NAME, folder_lock
from tests.conftest import copy_project
from tests.review.helpers import ENV

DOCUMENTS = ["sla", "establishment"]
PAUSE = 0.3
RANDOM_TRIALS = 16  # with the 6 kills at chosen steps: 22 killed builds
BATCH = 4
LINGER = 30  # seconds each process of the workers' kill waits before rendering its document
# The child: every rename into the output folder and the removal of the staging folder is
# announced on stdout with its number, then waits PAUSE seconds, so the test can kill it there.
CHILD = """
import os, shutil, sys, time
output = os.path.realpath(sys.argv[1]) + os.sep
count = 0
def announce(path):
    global count
    if os.path.realpath(path).startswith(output):
        count += 1
        print(count, flush=True)
        time.sleep(float(sys.argv[2]))
def wrap(real):
    def announced(*args, **kwargs):
        announce(args[1] if real is os.replace else args[0])
        return real(*args, **kwargs)
    return announced
os.replace, shutil.rmtree = wrap(os.replace), wrap(shutil.rmtree)
from gendocs.cli import main
main(["-q", "build", *sys.argv[3:]])
"""

# The child for the workers' kill: every document about to be rendered is announced on stdout
# with the pid of the process rendering it, which then waits PAUSE seconds before rendering it.
RENDERING = """
import os, sys, time
import gendocs.pipeline as pipeline
real = pipeline.render_document
def announced(*args, **kwargs):
    os.write(1, b"render %d\\n" % os.getpid())  # one write: each line stays whole
    time.sleep(float(sys.argv[2]))
    return real(*args, **kwargs)
pipeline.render_document = announced
from gendocs.cli import main
main(["-q", "build", *sys.argv[3:]])
"""


class Editions:
    """The bytes of every output file of edition A and of edition B, and a folder at A with
    the content of B (where each trial starts)."""

    def __init__(self, root: Path) -> None:
        self.start = copy_project(root / "start")
        build(find_project(self.start), DOCUMENTS)
        self.a = outputs(self.start / "output")
        project = self.start / "content" / "project.yaml"
        text = project.read_text(encoding="utf-8")
        project.write_text(
            text.replace("  date: 2026-11-20", "  date: 2026-11-21", 1), encoding="utf-8"
        )
        # the SLA, given to vendors, is dated at the RFP's publication rather than the project's
        procurement = self.start / "content" / "procurement.yaml"
        text = procurement.read_text(encoding="utf-8")
        old = "kind: 公表, date: 2027-06-15}"
        assert text.count(old) == 1, "the sample's RFP publication changed"
        procurement.write_text(text.replace(old, "kind: 公表, date: 2027-06-16}"), encoding="utf-8")
        reference = root / "reference"
        shutil.copytree(self.start, reference)
        started = time.monotonic()
        child(reference, 0).wait(timeout=300)
        self.duration = time.monotonic() - started
        self.b = outputs(reference / "output")

    def trial(self, folder: Path) -> Path:
        """A fresh copy of the starting folder."""
        shutil.copytree(self.start, folder)
        return folder


def child(folder: Path, pause: float) -> subprocess.Popen[str]:
    """Start edition B's build in ``folder`` as a child process that announces its renames."""
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder / "output"), str(pause), *DOCUMENTS],
        cwd=folder,
        env=ENV,
        stdout=subprocess.PIPE,
        text=True,
    )


def outputs(folder: Path) -> dict[str, bytes]:
    """Every file gendocs keeps in the output folder (not its lock file), by name."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.name != LOCK_NAME}


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> Editions:
    found = Editions(tmp_path_factory.mktemp("kill"))
    assert (
        set(found.a)
        == set(found.b)
        == {
            "30_サービスレベル合意書.docx",
            "40_推進協議会設置要綱.docx",
            ".gendocs-manifest.json",
            ".gendocs-manifest-index.json",  # written with the manifest, in one journal
        }
    )
    assert all(found.a[name] != found.b[name] for name in found.a)  # every file changes
    return found


def kill_at(folder: Path, announcement: int) -> None:
    """Run the child and SIGKILL it while it pauses before its ``announcement``-th step."""
    process = child(folder, PAUSE)
    assert process.stdout is not None
    for line in process.stdout:
        if int(line) == announcement:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=300)
    assert process.returncode == -signal.SIGKILL, f"the child finished before step {announcement}"


def assert_one_edition_or_committed(output: Path, editions: Editions) -> str:
    """The state a kill left: 'A', 'B' or 'committed' (and every file a whole one of A or B)."""
    found = outputs(output)
    for name, data in found.items():
        assert data in (editions.a[name], editions.b[name]), name
        if name.endswith(".docx"):
            assert zipfile.ZipFile(output / name).testzip() is None
    journal = output / STAGING / JOURNAL
    if journal.exists():
        staged = json.loads(journal.read_text(encoding="utf-8"))["files"]
        for name in staged:
            if (output / STAGING / "files" / name).exists():
                assert (output / STAGING / "files" / name).read_bytes() == editions.b[name]
        return "committed"
    assert found in (editions.a, editions.b), "a mix of editions without a committed journal"
    return "A" if found == editions.a else "B"


def assert_next_build_gives_b(folder: Path, editions: Editions) -> None:
    build(find_project(folder), DOCUMENTS)
    output = folder / "output"
    assert outputs(output) == editions.b
    assert sorted(p.name for p in output.iterdir()) == sorted([*editions.b, LOCK_NAME])


@pytest.mark.parametrize(
    "announcement, state",
    [
        (1, "A"),  # before the journal is renamed into place: nothing committed
        (2, "committed"),  # committed, no file moved yet
        (3, "committed"),  # one document moved
        (4, "committed"),  # both documents moved, not the manifest
        (5, "committed"),  # every file moved; the staging folder is being removed
    ],
)
def test_a_kill_at_each_step_of_the_write_leaves_one_edition(
    editions: Editions, tmp_path: Path, announcement: int, state: str
) -> None:
    folder = editions.trial(tmp_path / "trial")
    kill_at(folder, announcement)
    assert assert_one_edition_or_committed(folder / "output", editions) == state
    assert_next_build_gives_b(folder, editions)


def test_a_kill_while_the_next_build_completes_the_write_is_completed_by_the_one_after(
    editions: Editions, tmp_path: Path
) -> None:
    folder = editions.trial(tmp_path / "trial")
    kill_at(folder, 3)
    kill_at(folder, 1)  # the second child is killed while it rolls the first one's write forward
    assert assert_one_edition_or_committed(folder / "output", editions) == "committed"
    assert_next_build_gives_b(folder, editions)


def test_kills_after_random_delays_never_leave_a_mix(editions: Editions, tmp_path: Path) -> None:
    """Most of these land before the commit; the next writer's clean-up must then give A back
    exactly (the steps above show that the build after it gives B). Run four at a time."""
    delays = random.Random(18).sample(range(1, 100), RANDOM_TRIALS)
    states = []
    for batch in range(0, RANDOM_TRIALS, BATCH):
        folders = [editions.trial(tmp_path / f"trial{n}") for n in range(batch, batch + BATCH)]
        started = time.monotonic()
        running = [
            (child(f, 0), editions.duration * d / 100)
            for f, d in zip(folders, delays[batch:], strict=False)
        ]
        for process, delay in sorted(running, key=lambda pair: pair[1]):
            time.sleep(max(0.0, started + delay - time.monotonic()))
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=300)
        for folder in folders:
            states.append(assert_one_edition_or_committed(folder / "output", editions))
            with output_lock(folder / "output"):
                pass
            assert outputs(folder / "output") == (editions.a if states[-1] == "A" else editions.b)
            assert not (folder / "output" / STAGING).exists()
            shutil.rmtree(folder)
    assert "A" in states


def test_stale_temp_files_of_an_older_writer_are_removed(
    editions: Editions, tmp_path: Path
) -> None:
    folder = editions.trial(tmp_path / "trial")
    stale = folder / "output" / ".30_サービスレベル合意書.docx.k3m_a9x2.tmp"
    stale.write_bytes(b"PK\x03\x04 half a zip")
    assert_next_build_gives_b(folder, editions)
    assert not stale.exists()


def started(pid: int) -> str | None:
    """The start time of process ``pid`` (to tell it from a later process given the same
    pid), None if there is no such process (or it is a zombie: it holds nothing)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return None
    return None if fields[0] == "Z" else fields[19]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_a_build_killed_while_its_workers_render_leaves_no_process_behind(
    editions: Editions, tmp_path: Path, sig: signal.Signals
) -> None:
    """``--jobs 2``: the build and its worker each announce the document they render; the build
    is killed while both wait LINGER seconds before rendering. Then its pipes reach their end
    well before that (a worker that outlived it held them, and its lock: the next build waited,
    the test hung), the worker is gone, the output folder is edition A as it was and not locked,
    and the next build gives B."""
    folder = editions.trial(tmp_path / "trial")
    process = subprocess.Popen(
        [sys.executable, "-c", RENDERING, "", str(LINGER), "--jobs", "2", *DOCUMENTS],
        cwd=folder,
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    renderers: set[int] = set()
    for line in process.stdout:
        assert line.startswith("render "), (line, renderers)
        renderers.add(int(line.split()[1]))
        if len(renderers) == 2:
            break
    workers = renderers - {process.pid}
    assert process.pid in renderers and len(workers) == 1, renderers
    (worker,) = workers
    born = started(worker)
    assert born is not None
    process.send_signal(sig)
    assert process.wait(timeout=60) == -sig
    out, err = process.communicate(timeout=10)  # TimeoutExpired: someone still holds the pipes
    assert out == "" and "Traceback" not in err, (out, err)
    deadline = time.monotonic() + 10
    while started(worker) == born and time.monotonic() < deadline:
        time.sleep(0.05)
    assert started(worker) != born, f"the worker {worker} outlived its build"
    output = folder / "output"
    assert outputs(output) == editions.a
    assert not (output / STAGING).exists()
    with folder_lock(output, timeout=5):  # OutputError if a survivor held the lock
        pass
    assert sorted(os.listdir(output)) == sorted(os.listdir(editions.start / "output"))
    assert_next_build_gives_b(folder, editions)
