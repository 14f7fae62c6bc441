"""Shared fixtures: a private copy of the sample content, and builds into temporary folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gendocs.pipeline import build
from gendocs.project import Project, find_project

REPO = Path(__file__).resolve().parent.parent
SAMPLE_CONTENT = REPO / "content"


def copy_project(target: Path) -> Path:
    """Copy the sample content into ``target``/content and return ``target``."""
    shutil.copytree(SAMPLE_CONTENT, target / "content")
    return target


@pytest.fixture
def project_dir(tmp_path: Path) -> Path:
    """A folder holding a copy of the sample content (templates come from the package)."""
    return copy_project(tmp_path)


def project_in(folder: Path) -> Project:
    """The project rooted at ``folder``."""
    return find_project(folder)


@pytest.fixture(scope="session")
def built_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 導入計画書 built once from the sample content."""
    folder = copy_project(tmp_path_factory.mktemp("plan"))
    (path,) = build(project_in(folder), ["plan"])
    return path
