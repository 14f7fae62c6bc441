"""Helpers for the write tests: the CLI in this process (exit code as the user gets it) and a
snapshot of every file under a folder, to prove that nothing appeared or changed outside."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from gendocs.cli import main


@dataclass(frozen=True)
class Run:
    """What one gendocs command line did."""

    code: int
    stdout: str
    stderr: str


def run_cli(capsys: pytest.CaptureFixture[str], cwd: Path, *args: str) -> Run:
    """Run ``gendocs ARGS`` in ``cwd`` in this process (so that arguments may hold a NUL)."""
    before = Path.cwd()
    os.chdir(cwd)
    try:
        main(list(args))
        code = 0
    except SystemExit as done:
        code = int(done.code or 0)
    finally:
        os.chdir(before)
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return Run(code, out.out, out.err)


def snapshot(root: Path, output: Path | None = None) -> dict[str, tuple[int, int]]:
    """Every file under ``root`` with its size and mtime, and every folder, except the output
    folder, what is inside it and the folders it had to be created in."""
    found = {}
    for path in sorted(root.rglob("*")):
        if output is not None and (path.is_relative_to(output) or output.is_relative_to(path)):
            continue
        stat = path.lstat()
        # a folder's mtime changes when an entry is added: the files say what was written
        found[str(path.relative_to(root))] = (
            (0, 0) if path.is_dir() else (stat.st_size, stat.st_mtime_ns)
        )
    return found
