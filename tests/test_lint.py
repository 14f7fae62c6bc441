"""The code base is ruff-clean: ``ruff check .`` and ``ruff format --check .`` pass on the repo.

The rules and the line length (100 columns, a Japanese character counting 2) are in
pyproject.toml ``[tool.ruff]``; ruff is pinned in constraints.txt, so a new ruff release cannot
change what passes without a change here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def ruff(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--no-cache", "."],
        cwd=REPO,
        capture_output=True,
        text=True,
    )


def test_ruff_check_is_clean() -> None:
    result = ruff("check")
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]


def test_ruff_format_changes_nothing() -> None:
    result = ruff("format", "--check")
    assert result.returncode == 0, (result.stdout + result.stderr)[-4000:]
