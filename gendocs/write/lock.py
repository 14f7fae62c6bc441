"""One writer per output folder: an exclusive lock on ``<folder>/.gendocs-lock``.

Two builds into one output/ run one after the other: the second waits (the CLI says so once) and
then sees the first one's manifest, so it rebuilds only what is still stale. Waiting rather than
failing at once makes the common case — a second terminal, an editor's save hook — simply work;
the wait ends with an :class:`OutputError` after :data:`TIMEOUT` seconds, longer than the slowest
step a build may legitimately take (a PDF export, ``export.TIMEOUT``), so a hung build is reported.

The lock is ``fcntl.flock`` on POSIX and ``msvcrt.locking`` on Windows: both are released by the
operating system when the process dies, so a killed build never leaves a stale lock. The lock
file itself stays (it is empty); deleting it while another process waits on it would let a third
process lock a different file. Within one process the lock is re-entrant per folder, so that the
CLI can hold it around a build and its exports while the library takes it for each step.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from gendocs.errors import Msg, OutputError

LOCK_NAME = ".gendocs-lock"
TIMEOUT = 900.0
POLL = 0.1


@dataclass
class _Held:
    """This process's hold on one folder's lock: threads take turns, nesting is counted."""

    turn: threading.RLock = field(default_factory=threading.RLock)
    fd: int = -1
    depth: int = 0


_held: dict[Path, _Held] = {}
_guard = threading.Lock()


@contextmanager
def folder_lock(
    folder: Path, waiting: Callable[[], None] = lambda: None, timeout: float = TIMEOUT
) -> Iterator[None]:
    """Hold the output folder's lock; call ``waiting`` once if another process holds it."""
    with _guard:
        held = _held.setdefault(folder.resolve(), _Held())
    if not held.turn.acquire(timeout=timeout):
        raise _busy(folder, timeout)
    try:
        if held.depth == 0:
            held.fd = _acquire(folder, waiting, timeout)
        held.depth += 1
        try:
            yield
        finally:
            held.depth -= 1
            if held.depth == 0:
                _release(held.fd)
    finally:
        held.turn.release()


def _acquire(folder: Path, waiting: Callable[[], None], timeout: float) -> int:
    """Open and lock the lock file, polling until ``timeout``; return its descriptor."""
    try:
        fd = _open_lock_file(folder / LOCK_NAME)
    except OSError as err:
        raise OutputError(
            Msg(
                f"{folder / LOCK_NAME} を開けません: {err}",
                f"cannot open {folder / LOCK_NAME}: {err}",
            )
        ) from err
    deadline = time.monotonic() + timeout
    told = False
    while not _try_lock(fd):
        if time.monotonic() >= deadline:
            os.close(fd)
            raise _busy(folder, timeout)
        if not told:
            waiting()
            told = True
        time.sleep(POLL)
    return fd


def _open_lock_file(path: Path) -> int:
    # O_NOFOLLOW: a lock file planted as a symlink must not make gendocs open a file elsewhere
    nofollow = getattr(os, "O_NOFOLLOW", 0)
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | nofollow, 0o644)
    except PermissionError:
        # another user's lock file in a shared output folder: flock needs no write access to it
        if sys.platform == "win32" or not path.exists():
            raise
        return os.open(path, os.O_RDONLY | nofollow)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _release(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.close(fd)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _release(fd: int) -> None:
        os.close(fd)  # closing the last descriptor releases the flock


def drop_inherited_locks() -> None:
    """In a child forked while this process held output locks: close the child's copies of
    their descriptors, so that a child outliving the parent does not keep the folder locked.
    The parent's hold is unchanged (an ``flock`` belongs to the open file, released when its
    last descriptor closes). The child must not use those locks (gendocs' forked workers
    render and send, they never write to the output folder)."""
    for held in _held.values():
        if held.fd >= 0:
            try:
                os.close(held.fd)
            except OSError:
                pass
            held.fd = -1
    _held.clear()


def _busy(folder: Path, timeout: float) -> OutputError:
    return OutputError(
        Msg(
            f"別の gendocs が {folder} に書き込み中のため、{timeout:.0f}秒待っても"
            f"書き込めませんでした（終わってからもう一度実行してください）",
            f"another gendocs is writing to {folder}; gave up after waiting "
            f"{timeout:.0f} s (run again when it has finished)",
        )
    )
