"""The files of one write replace the previous ones as a set, one writer at a time per folder.

The journal's two outcomes are set up here by hand (the kill test in test_kill.py produces them
with real killed builds); the lock is held by this process while a real gendocs process waits.
"""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from gendocs.errors import OutputError
from gendocs.write import OutputFile, output_lock, write_outputs
from gendocs.write.journal import ROLLED_BACK, ROLLED_FORWARD
from gendocs.write.lock import LOCK_NAME, folder_lock
from tests.conftest import copy_project
from tests.review.helpers import ENV


def files(**named: str) -> list[OutputFile]:
    return [OutputFile(name.replace("_", "."), text.encode()) for name, text in named.items()]


def contents(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` but the lock file, by relative name."""
    return {
        p.relative_to(folder).as_posix(): p.read_text()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != LOCK_NAME
    }


def test_a_write_leaves_only_its_files_and_the_lock(tmp_path: Path) -> None:
    write_outputs(tmp_path, files(a_docx="A1", b_docx="B1") + [OutputFile("diff/x/c.md", b"C1")])
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")) == [
        ".gendocs-lock",
        "a.docx",
        "b.docx",
        "diff",
        "diff/x",
        "diff/x/c.md",
    ]


def test_an_uncommitted_staging_folder_is_rolled_back(tmp_path: Path) -> None:
    write_outputs(tmp_path, files(a_docx="A1", b_docx="B1"))
    staged = tmp_path / ".gendocs-staging" / "files"
    staged.mkdir(parents=True)
    (staged / "a.docx").write_text("A2")  # killed before the journal was written
    with output_lock(tmp_path) as note:
        assert note == ROLLED_BACK
    assert contents(tmp_path) == {"a.docx": "A1", "b.docx": "B1"}


def test_a_committed_journal_is_rolled_forward(tmp_path: Path) -> None:
    write_outputs(tmp_path, files(a_docx="A1", b_docx="B1"))
    staging = tmp_path / ".gendocs-staging"
    (staging / "files").mkdir(parents=True)
    (staging / "files" / "b.docx").write_text("B2")  # a.docx was moved before the kill
    (tmp_path / "a.docx").write_text("A2")
    (staging / "journal.json").write_text(json.dumps({"files": ["a.docx", "b.docx"]}))
    with output_lock(tmp_path) as note:
        assert note == ROLLED_FORWARD
    assert contents(tmp_path) == {"a.docx": "A2", "b.docx": "B2"}


def test_a_clean_folder_has_nothing_to_recover(tmp_path: Path) -> None:
    write_outputs(tmp_path, files(a_docx="A1"))
    with output_lock(tmp_path) as note:
        assert note is None


def test_a_folder_where_a_file_goes_stops_the_write_before_anything_moves(tmp_path: Path) -> None:
    write_outputs(tmp_path, files(a_docx="A1"))
    (tmp_path / "b.docx").mkdir()
    with pytest.raises(OutputError) as caught:
        write_outputs(tmp_path, files(a_docx="A2", b_docx="B2"))
    assert (
        caught.value.message.ja
        == f"{tmp_path / 'b.docx'} があるため {tmp_path / 'b.docx'} を書き込めません"
    )
    assert contents(tmp_path) == {"a.docx": "A1"}
    assert not (tmp_path / ".gendocs-staging").exists()


def test_a_file_where_a_folder_goes_stops_the_write_before_anything_moves(tmp_path: Path) -> None:
    (tmp_path / "diff").write_text("not a folder")
    with pytest.raises(OutputError) as caught:
        write_outputs(tmp_path, files(a_docx="A1") + [OutputFile("diff/x/c.md", b"C1")])
    assert caught.value.message.en == (
        f"{tmp_path / 'diff'} is in the way of {tmp_path / 'diff' / 'x' / 'c.md'}"
    )
    assert contents(tmp_path) == {"diff": "not a folder"}


def test_a_symlinked_file_is_replaced_and_its_target_left_alone(tmp_path: Path) -> None:
    outside = tmp_path / "outside.docx"
    outside.write_text("theirs")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.docx").symlink_to(outside)
    write_outputs(tmp_path / "out", files(a_docx="A1"))
    assert outside.read_text() == "theirs"
    assert not (tmp_path / "out" / "a.docx").is_symlink()
    assert (tmp_path / "out" / "a.docx").read_text() == "A1"


@pytest.mark.parametrize("name", [".gendocs-staging", LOCK_NAME])
def test_a_symlink_on_a_name_gendocs_uses_is_refused(tmp_path: Path, name: str) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / name).symlink_to(outside / "x")
    with pytest.raises(OutputError):
        write_outputs(tmp_path / "out", files(a_docx="A1"))
    assert list(outside.iterdir()) == []
    assert not (tmp_path / "out" / "a.docx").exists()


@contextmanager
def held_by_another(folder: Path) -> Iterator[None]:
    """Hold ``folder``'s lock as another process would (a second open file description)."""
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        yield
    finally:
        os.close(fd)


def test_a_lock_held_too_long_ends_the_wait_with_an_error(tmp_path: Path) -> None:
    waited = []
    with held_by_another(tmp_path), pytest.raises(OutputError) as caught:
        with folder_lock(tmp_path, lambda: waited.append(True), timeout=0.3):
            pytest.fail("the lock was taken twice")
    assert waited == [True]
    assert caught.value.message.ja == (
        f"別の gendocs が {tmp_path} に書き込み中のため、0秒待っても"
        "書き込めませんでした（終わってからもう一度実行してください）"
    )


def test_the_lock_is_reentrant_within_one_process(tmp_path: Path) -> None:
    with folder_lock(tmp_path), folder_lock(tmp_path, lambda: pytest.fail("waited on itself")):
        write_outputs(tmp_path, files(a_docx="A1"))
    assert contents(tmp_path) == {"a.docx": "A1"}


def test_a_second_build_waits_for_the_first_and_says_so(tmp_path: Path) -> None:
    folder = copy_project(tmp_path)
    output = folder / "output"
    with held_by_another(output):
        process = subprocess.Popen(
            [sys.executable, "-m", "gendocs", "build", "sla"],
            cwd=folder,
            env=ENV,
            stderr=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stderr is not None
        line = process.stderr.readline()
        time.sleep(1)  # while the lock is held, nothing is written
        assert sorted(p.name for p in output.iterdir()) == [LOCK_NAME]
    stdout, stderr = process.communicate(timeout=300)
    assert line == f"別の gendocs が {output} に書き込み中です。終わるのを待っています…\n"
    assert process.returncode == 0, stderr
    assert stdout == f"{output / '30_サービスレベル合意書.docx'}\n"
