"""Fixtures of the bad-input tests: a built sample output/ to leave untouched."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from gendocs.pipeline import build
from tests.conftest import copy_project, project_in


@pytest.fixture(scope="session")
def built_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """output/ of a full build of the sample, to be copied next to each bad input."""
    folder = copy_project(tmp_path_factory.mktemp("built"))
    build(project_in(folder), [])
    return folder / "output"


@pytest.fixture
def workspace() -> Iterator[Path]:
    """A folder for one case that another user can enter (for the unreadable-file case)."""
    shared = Path(tempfile.mkdtemp(prefix="gendocs-badinput-"))
    shared.chmod(0o755)
    yield shared
    shutil.rmtree(shared, ignore_errors=True)
