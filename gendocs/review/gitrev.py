"""Read a project's content/ (and its own templates/) as they were at a git revision.

The reading itself is :mod:`gendocs.load.git` (the load stage reads adopted instruments with it):
blobs go into a temporary folder, the user's working tree, index and HEAD are never touched, so
``gendocs diff`` is safe with uncommitted edits. Here: the user's name and the content's log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from gendocs.load.git import WORKTREE, Revision, extract, git, repository_root, resolve

__all__ = ["WORKTREE", "Revision", "extract", "repository_root", "resolve", "Change"]


def user_name(root: Path) -> str | None:
    """``git config user.name``, if set."""
    done = git(root, "config", "user.name", check=False)
    return done.stdout.strip() or None


@dataclass(frozen=True)
class Change:
    """One commit that touched a folder (content/ for the 改訂履歴)."""

    commit: str
    day: date
    subject: str


def content_changes(root: Path, folder: Path) -> tuple[Change, ...]:
    """Every commit that changed ``folder`` (relative to the repository ``root``), oldest first."""
    log = git(root, "log", "--reverse", "--format=%H%x09%as%x09%s", "--", folder.as_posix()).stdout
    changes = []
    for line in log.splitlines():
        commit, day, subject = line.split("\t", 2)
        changes.append(Change(commit, date.fromisoformat(day), subject))
    return tuple(changes)
