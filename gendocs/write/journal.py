"""Replace a set of files together: stage them, commit a journal, then move them into place.

A folder's files cannot be swapped in one atomic step on POSIX or Windows without renaming the
folder itself, which output/ must not be (it holds diff/ and exports, and is open in Explorer or
Word). So the set is made atomic the way a database makes a transaction atomic, with a journal:

1. every file is written and flushed to disk under ``<folder>/.gendocs-staging/files/``;
2. ``journal.json``, the list of names in the order they are moved, is written beside them and
   renamed into place — this one rename is the commit point;
3. each staged file is renamed over its target (the manifest last), then the staging folder goes.

A build killed before step 2 leaves the previous edition untouched and a staging folder without a
journal: the next writer deletes it (roll back). Killed during step 3, it leaves a committed
journal: the next writer moves the files still staged (roll forward), so the set the journal
names arrives whole. Either way the folder holds exactly one edition once :func:`recover` ran,
and every writer runs it, under the folder lock, before it reads or writes anything.

Each target is checked with :func:`gendocs.write.names.inside` before it is staged and again
before it is moved, so a folder swapped for a symlink in between is refused too.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

from gendocs.errors import Msg, OutputError
from gendocs.write.names import inside

STAGING = ".gendocs-staging"
JOURNAL = "journal.json"
# what tempfile.mkstemp(prefix=".NAME.", suffix=".tmp") makes: gendocs' single-file writes, and
# every write before the journal existed
TEMP_FILE = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")

ROLLED_BACK = Msg(
    "前回中断した書き込みを取り消しました（出力は前回のまま）",
    "an interrupted write was rolled back (the outputs are the previous ones)",
)
ROLLED_FORWARD = Msg("前回中断した書き込みを完了しました", "an interrupted write was completed")


def replace_set(folder: Path, files: list[tuple[str, bytes]]) -> list[Path]:
    """Write ``files`` (name, bytes) into ``folder`` as one set; return their paths."""
    for name, _ in files:  # every name is checked before anything is staged
        _refuse_obstacle(inside(folder, name))
    names = [name for name, _ in files]
    staging = _fresh_staging(folder)
    try:
        for name, data in files:
            _write_synced(staging / "files" / name, data)
        _sync_tree(staging)
        _write_synced(staging / f"{JOURNAL}.tmp", json.dumps({"files": names}).encode())
    except BaseException:
        shutil.rmtree(staging)  # not committed: the previous files stay as they are
        raise
    os.replace(staging / f"{JOURNAL}.tmp", staging / JOURNAL)  # the commit point
    _sync_dir(staging)
    _roll_forward(folder, staging, names)
    return [folder.joinpath(*n.split("/")) for n in names]


def recover(folder: Path) -> Msg | None:
    """Finish or undo a set write that was interrupted; remove stale temp files. Say which."""
    remove_temp_files(folder)
    staging = folder / STAGING
    if not staging.exists() and not staging.is_symlink():
        return None
    _refuse_symlink(staging)
    names = _journal_names(staging)
    if names is None:
        shutil.rmtree(staging)
        return ROLLED_BACK
    _roll_forward(folder, staging, names)
    return ROLLED_FORWARD


def _roll_forward(folder: Path, staging: Path, names: list[str]) -> None:
    """Move every file of the journal still staged into place, then drop the staging folder."""
    moved = set()
    for name in names:
        source = staging / "files" / name
        if source.is_file():  # files already moved by an interrupted run are gone from here
            target = inside(folder, name)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, inside(folder, name))  # checked again now that its folder exists
            moved.add(target.parent)
    for parent in sorted(moved):
        _sync_dir(parent)
        remove_temp_files(parent)
    shutil.rmtree(staging)


def _journal_names(staging: Path) -> list[str] | None:
    """The committed list of names, or None when the journal was never committed."""
    try:
        data = json.loads((staging / JOURNAL).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError as err:
        raise _damaged(staging, err) from err
    try:
        return [str(n) for n in data["files"]]
    except (KeyError, TypeError) as err:
        raise _damaged(staging, err) from err


def _damaged(staging: Path, err: Exception) -> OutputError:
    """The journal is renamed into place whole, so a damaged one was edited by hand."""
    return OutputError(
        Msg(
            f"{staging / JOURNAL} が壊れています。{staging} を削除してください: {err!r}",
            f"{staging / JOURNAL} is damaged; delete {staging}: {err!r}",
        )
    )


def _fresh_staging(folder: Path) -> Path:
    staging = folder / STAGING
    if staging.exists() or staging.is_symlink():  # recover() ran under the same lock: a leftover
        _refuse_symlink(staging)
        shutil.rmtree(staging)
    (staging / "files").mkdir(parents=True)
    return staging


def _refuse_symlink(staging: Path) -> None:
    if staging.is_symlink() or not staging.is_dir():
        raise OutputError(
            Msg(
                f"{staging} は gendocs が使う名前ですが、フォルダではありません。削除してください",
                f"{staging} is a name gendocs uses but is not a folder; delete it",
            )
        )


def _refuse_obstacle(target: Path) -> None:
    """A folder where a file goes, or a file where a folder goes, would stop the moves half-way:
    refuse it before the commit."""
    if target.is_dir() and not target.is_symlink():
        raise _in_the_way(target, target)
    for parent in target.parents:
        if parent.exists():
            if not parent.is_dir():
                raise _in_the_way(parent, target)
            return


def _in_the_way(path: Path, target: Path) -> OutputError:
    return OutputError(
        Msg(f"{path} があるため {target} を書き込めません", f"{path} is in the way of {target}")
    )


def _write_synced(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())  # on disk before the journal says it is there
    os.chmod(path, 0o644)


def _sync_tree(root: Path) -> None:
    for folder in sorted({p.parent for p in root.rglob("*")} | {root}):
        _sync_dir(folder)


def _sync_dir(folder: Path) -> None:
    """Flush a folder's entries (the names of renamed files) where the platform allows it."""
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; NTFS journals its metadata
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_temp_files(folder: Path) -> None:
    """Delete the temp files a killed single-file write left in ``folder``."""
    if folder.is_dir():
        for path in folder.iterdir():
            if TEMP_FILE.match(path.name) and path.is_file() and not path.is_symlink():
                path.unlink()
