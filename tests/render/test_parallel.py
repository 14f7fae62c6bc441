"""Rendering on several cores (gendocs.render.workers): the same bytes, the same manifest, the same
errors as rendering in one process (issue 17).

The build forks workers after the compute stage; each renders the next document not taken. What
must not change with ``--jobs``: every file of output/ (documents, manifest with the tracked reads,
chart cache), the located message of a template error (the first failing document in document
order, as a serial build reports it), and output/ left as it was by a failed build.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import time
from pathlib import Path
from types import FrameType

import pytest

import gendocs.pipeline
from gendocs.render.charts import ChartCache, _cached, cached_charts
from gendocs.render.workers import can_fork, render_all
from tests.conftest import copy_project
from tests.render.sandbox_helpers import add_paragraph, run_cli, snapshot

pytestmark = pytest.mark.skipif(not can_fork(), reason="workers are forked (Linux)")


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with the sample content, built once (output/ holds a build, as a user's does)."""
    folder = copy_project(tmp_path_factory.mktemp("parallel") / "project")
    mp = pytest.MonkeyPatch()
    try:
        mp.delenv("SOURCE_DATE_EPOCH", raising=False)
        mp.chdir(folder)
        from gendocs.cli import main

        try:
            main(["-q", "build", "--jobs", "1"])
        except SystemExit as exited:
            assert not exited.code
    finally:
        mp.undo()
    return folder


def _copy(sample: Path, target: Path) -> Path:
    return Path(shutil.copytree(sample, target, symlinks=True))


def _outputs(project: Path) -> dict[str, str]:
    return {k: v for k, v in snapshot(project / "output").items() if k != ".gendocs-lock"}


def test_two_jobs_write_the_same_bytes_and_manifest_as_one(
    sample: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    pids = tmp_path / "pids"
    render = gendocs.pipeline.render_document

    def noting_pid(*args: object, **kwargs: object) -> object:
        with pids.open("a") as stream:  # the workers are forked: they append here too
            stream.write(f"{os.getpid()}\n")
        return render(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(gendocs.pipeline, "render_document", noting_pid)
    built = {}
    for jobs in ("1", "2"):
        project = _copy(sample, tmp_path / f"jobs{jobs}")
        pids.write_text("")
        code, stderr = run_cli(project, ["build", "--force", "--jobs", jobs], monkeypatch, capsys)
        assert code == 0, stderr
        built[jobs] = _outputs(project)
        rendered_in = pids.read_text().split()
        assert len(rendered_in) == 28  # every document of the sample, once
        assert len(set(rendered_in)) == int(jobs)  # --jobs 2 did render in two processes
    assert built["1"] == built["2"]
    names = set(built["1"])
    assert {".gendocs-manifest.json", ".gendocs-charts.json"} <= names
    assert len([n for n in names if n.endswith(".docx")]) == 28


@pytest.mark.parametrize("broken", [["sla.docx"], ["contract.docx", "sla.docx"]])
def test_a_template_error_under_two_jobs_is_the_serial_one(
    broken: list[str],
    sample: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An unclosed tag in the SLA's template (and in the contract's, rendered after it): the
    build fails with the SLA's located message, once, in both languages, output/ untouched."""
    said = {}
    for jobs in ("1", "2"):
        project = _copy(sample, tmp_path / f"jobs{jobs}")
        for template in broken:
            add_paragraph(template, "{{ doc.title", project)
        before = snapshot(project)
        for lang in ("ja", "en"):
            args = ["--lang", lang, "build", "--force", "--jobs", jobs]
            code, stderr = run_cli(project, args, monkeypatch, capsys)
            assert code == 1
            assert "Traceback" not in stderr
            said[jobs, lang] = stderr.splitlines()
            assert snapshot(project) == before
    assert said["2", "ja"] == said["1", "ja"]
    assert said["2", "en"] == said["1", "en"]
    located = "templates/sla.docx: 段落「{{ doc.title」: 「{{」が「}}」で閉じられていません"
    assert said["2", "ja"].count(located) == 1
    assert not any("contract" in line for line in said["2", "ja"])
    assert (
        "templates/sla.docx: paragraph \"{{ doc.title\": '{{' is not closed by '}}'"
        in said["2", "en"]
    )


def test_placeholders_found_by_the_workers_are_reported_as_by_one_process(
    sample: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A placeholder left in two documents (the first and the last of the build): each worker
    checks the documents it renders; the parent reports every one, in document order, and
    writes nothing."""
    said = {}
    for jobs in ("1", "2"):
        project = _copy(sample, tmp_path / f"jobs{jobs}")
        for template in ("plan.docx", "sla_evaluation.docx"):
            add_paragraph(template, "担当　第○号", project)
        before = snapshot(project)
        code, stderr = run_cli(project, ["build", "--force", "--jobs", jobs], monkeypatch, capsys)
        assert code == 1
        assert "Traceback" not in stderr
        assert snapshot(project) == before
        said[jobs] = stderr.splitlines()
    assert said["2"] == said["1"]
    lines = said["2"]
    first = next(i for i, line in enumerate(lines) if "01_自治体クラウド導入計画書.docx" in line)
    last = next(i for i, line in enumerate(lines) if "62_SLA年次評価報告書.docx" in line)
    assert first < last
    assert "templates/plan.docx: 段落「担当　第○号」" in said["2"][first]


def _square(index: int) -> int:
    return index * index


def test_render_all_returns_every_result_in_order() -> None:
    charts = ChartCache("stamp")
    done: list[int] = []
    with cached_charts(charts):
        results = render_all(9, _square, charts, jobs=2, progress=done.append)
    assert results == [i * i for i in range(9)]
    assert done == list(range(9))  # progress in document order, each once


def test_a_document_a_worker_could_not_render_is_rendered_by_the_parent() -> None:
    """A worker that fails (here: every render outside the parent) stops; the parent renders
    the documents it failed or did not take, so the result is complete."""
    parent = os.getpid()

    def only_in_parent(index: int) -> int:
        if os.getpid() != parent:
            raise RuntimeError("not here")
        return index + 100

    charts = ChartCache("stamp")
    with cached_charts(charts):
        assert render_all(6, only_in_parent, charts, jobs=2) == [100 + i for i in range(6)]


def test_the_first_failing_document_in_order_raises() -> None:
    def failing(index: int) -> int:
        if index in (3, 5):
            raise ValueError(f"document {index}")
        return index

    charts = ChartCache("stamp")
    with cached_charts(charts), pytest.raises(ValueError, match="document 3"):
        render_all(8, failing, charts, jobs=2)


def test_charts_drawn_by_a_worker_reach_the_parents_cache() -> None:
    """The chart cache written after the build holds the charts every worker drew and used."""

    def drawing(index: int) -> bytes:
        return _cached("bar", (index,), lambda: f"png {index}".encode())

    known = _cached_key_of_nothing()
    charts = ChartCache("stamp", {known: b"old"})
    with cached_charts(charts):
        results = render_all(6, drawing, charts, jobs=2)
    assert results == [f"png {i}".encode() for i in range(6)]
    assert sorted(charts.pngs.values()) == sorted([b"old", *results])
    assert len(charts.used) == 6 and known not in charts.used
    assert charts.drawn == 6


def _cached_key_of_nothing() -> str:
    """A key no chart of these tests has."""
    return "0" * 64


class _Interrupted(Exception):
    pass


def test_a_parent_interrupted_while_its_worker_renders_leaves_no_worker(tmp_path: Path) -> None:
    """Ctrl-C (here a timer's exception) reaching the parent while it waits for a worker that
    is still rendering: the exception leaves render_all at once and the worker is terminated,
    not left running beside the parent (tests/write/test_kill.py kills whole builds)."""
    parent = os.getpid()
    noted = tmp_path / "worker"

    def slow_in_worker(index: int) -> int:
        if os.getpid() != parent:
            noted.write_text(str(os.getpid()))
            time.sleep(60)
        else:
            time.sleep(1)  # long enough for the worker to take the other document
        return index

    def interrupt(_signum: int, _frame: FrameType | None) -> None:
        raise _Interrupted

    previous = signal.signal(signal.SIGALRM, interrupt)
    charts = ChartCache("stamp")
    started = time.monotonic()
    try:
        signal.setitimer(signal.ITIMER_REAL, 2.0)
        with cached_charts(charts), pytest.raises(_Interrupted):
            render_all(2, slow_in_worker, charts, jobs=2)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert time.monotonic() - started < 30
    assert noted.exists(), "the worker rendered nothing: the test did not interrupt a render"
    assert multiprocessing.active_children() == []
    worker = int(noted.read_text())
    assert not Path(f"/proc/{worker}").exists() or "Z" in Path(f"/proc/{worker}/stat").read_text()
