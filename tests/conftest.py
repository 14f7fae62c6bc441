"""Shared fixtures: a private copy of the sample content, and builds into temporary folders."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.internal.conjecture import providers as _providers

from gendocs.errors import ContentError, Problem
from gendocs.load import load_content
from gendocs.pipeline import build, prepare
from gendocs.project import Project, find_project

# Property tests draw the same examples on every run, so CI passes or fails on the code, not on
# luck; `python -m pytest --hypothesis-profile=explore` draws new ones (use it with
# GENDOCS_AMEND_EXAMPLES=5000 before changing the amendment drafter).
settings.register_profile("ci", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile("ci")
# Hypothesis (6.131 and later) also draws constants found in every local module imported so far,
# so a test's examples depended on which tests had run before it (the national round trip drew
# other rules in the whole suite than alone). The examples are the test's own again: the same
# alone, in its folder or in the suite. (Private API; hypothesis is pinned in constraints.txt.)
_providers._get_local_constants = lambda: _providers._local_constants

REPO = Path(__file__).resolve().parent.parent
SAMPLE_CONTENT = REPO / "content"


def copy_project(target: Path) -> Path:
    """Copy the sample content into ``target``/content and return ``target``.

    The copy is a git repository that shares this repository's objects, as a clone would: the
    sample's 規約 is amended from the commit it was adopted at (content/ordinances ``adopted:``),
    which the build reads with git.
    """
    shutil.copytree(SAMPLE_CONTENT, target / "content")
    share_history(target)
    return target


def unfreeze(folder: Path) -> None:
    """Take the adoption revisions out of ``folder``/content/bylaws.yaml: a test that turns the
    sample into another consortium has instruments of its own, not the sample's as enacted
    (the sample's 設置要綱 is frozen at its enactment, ``bylaws.establishment.adopted``)."""
    path = folder / "content" / "bylaws.yaml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text(
        "".join(line for line in lines if not line.startswith("    adopted: ")), encoding="utf-8"
    )


def share_history(folder: Path) -> None:
    """Make ``folder`` a git repository (unless it is one) that can read this repository's
    commits: its object store borrows ours (``objects/info/alternates``)."""
    objects = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--path-format=absolute", "--git-common-dir"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not (folder / ".git").exists():
        subprocess.run(["git", "init", "-q", str(folder)], check=True, capture_output=True)
    alternates = folder / ".git" / "objects" / "info" / "alternates"
    alternates.parent.mkdir(parents=True, exist_ok=True)
    alternates.write_text(f"{objects}/objects\n", encoding="utf-8")


@pytest.fixture
def project_dir(tmp_path: Path) -> Path:
    """A folder holding a copy of the sample content (templates come from the package)."""
    return copy_project(tmp_path)


def problems_after_edit(project_dir: Path, file: str, old: str, new: str) -> list[Problem]:
    """The problems validation and the compute stage find once ``old`` (found exactly once) is
    replaced in ``content/file`` of ``project_dir``."""
    path = project_dir / "content" / file
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"the sample changed: {old!r} is not in {file} once"
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        prepare(load_content(project_dir / "content"))
    return list(caught.value.problems)


def project_in(folder: Path) -> Project:
    """The project rooted at ``folder``."""
    return find_project(folder)


@pytest.fixture(scope="session")
def built_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 導入計画書 built once from the sample content."""
    folder = copy_project(tmp_path_factory.mktemp("plan"))
    (path,) = build(project_in(folder), ["plan"])
    return path
