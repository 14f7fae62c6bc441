"""Read a folder of a git repository as it was at a revision (tag, branch or commit).

Blobs are read with ``git ls-tree`` and ``git cat-file`` into a folder the caller gives: the
user's working tree, index and HEAD are never touched. The load stage reads the content an
instrument was adopted at (content/ordinances ``adopted:``); ``gendocs diff`` reads whole revisions.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from gendocs.errors import Msg, UsageError

WORKTREE = "作業ツリー"


@dataclass(frozen=True)
class Revision:
    """One side of a comparison: a commit, or the working tree when ``commit`` is None."""

    label: str  # as the user wrote it (HEAD~1, v1.0) or 作業ツリー
    commit: str | None
    date: datetime | None  # the commit date; None for the working tree

    @property
    def short(self) -> str:
        """A name for folders and headings: the label, with the abbreviated commit."""
        return self.label if self.commit is None else f"{self.label} ({self.commit[:7]})"


def repository_root(folder: Path) -> Path:
    """The top folder of the git repository containing ``folder``."""
    done = git(folder, "rev-parse", "--show-toplevel", check=False)
    if done.returncode != 0:
        raise UsageError(
            Msg(
                f"{folder} は git のリポジトリではありません（git init で作成できます）",
                f"{folder} is not in a git repository (create one with git init)",
            )
        )
    return Path(done.stdout.strip())


def resolve(root: Path, label: str | None) -> Revision:
    """The commit ``label`` names, or the working tree when ``label`` is None."""
    if label is None:
        return Revision(WORKTREE, None, None)
    done = git(root, "rev-parse", "--verify", "--quiet", f"{label}^{{commit}}", check=False)
    if done.returncode != 0 or not done.stdout.strip():
        raise UsageError(
            Msg(
                f"リビジョン「{label}」はこのリポジトリにありません",
                f"revision '{label}' does not exist in this repository",
            )
        )
    commit = done.stdout.strip()
    stamp = git(root, "show", "-s", "--format=%ct", commit).stdout.strip()
    return Revision(label, commit, datetime.fromtimestamp(int(stamp), UTC))


def extract(root: Path, revision: Revision, folder: Path, dest: Path) -> bool:
    """Write the files under ``folder`` (relative to ``root``) at ``revision`` into ``dest``.

    Return False when the revision has no such folder.
    """
    assert revision.commit is not None
    listing = git(
        root, "ls-tree", "-r", "-z", "--full-tree", revision.commit, "--", folder.as_posix()
    ).stdout
    entries = [line.split("\t", 1) for line in listing.split("\0") if line]
    blobs = [(meta.split()[2], Path(path)) for meta, path in entries if meta.split()[1] == "blob"]
    contents = _blobs(root, [sha for sha, _ in blobs])
    for (_, path), data in zip(blobs, contents, strict=True):
        target = dest / path.relative_to(folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return bool(blobs)


def _blobs(root: Path, shas: list[str]) -> list[bytes]:
    """The contents of the blobs ``shas``, read by one ``git cat-file --batch``."""
    if not shas:
        return []
    out = subprocess.run(
        ["git", "-C", str(root), "cat-file", "--batch"],
        input="".join(f"{sha}\n" for sha in shas).encode(),
        capture_output=True,
        check=True,
    ).stdout
    contents, at = [], 0
    for _ in shas:
        header_end = out.index(b"\n", at)
        size = int(out[at:header_end].split()[2])
        contents.append(out[header_end + 1 : header_end + 1 + size])
        at = header_end + 1 + size + 1  # the content is followed by a newline
    return contents


def git(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run ``git -C root args``; a missing git or (with ``check``) a failure is a UsageError."""
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, encoding="utf-8"
        )
    except OSError as err:
        raise UsageError(Msg(f"git を実行できません: {err}", f"cannot run git: {err}")) from err
    if check and done.returncode != 0:
        raise UsageError(
            Msg(
                f"git {args[0]} が失敗しました: {done.stderr.strip()}",
                f"git {args[0]} failed: {done.stderr.strip()}",
            )
        )
    return done
