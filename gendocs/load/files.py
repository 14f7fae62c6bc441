"""The entries of content/ the loader reads, and reading one file without ever blocking.

content/ holds ``*.yaml`` files and list folders one level deep (``content/ordinances/*.yaml``).
Something named ``*.yaml`` that is not a readable regular file — a folder, a FIFO (reading one
waits forever for a writer), a socket or device, a symlink loop or broken link, a file without
read permission — is a problem with its name, never a traceback or a hang. Change detection
fingerprints the same entries, kinds included (:func:`entry_states`), so that adding such an
entry makes the next build load the content and report it.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from gendocs.errors import Msg

SUFFIX = ".yaml"


def yaml_entries(folder: Path) -> list[Path]:
    """The entries of ``folder`` named ``*.yaml``, whatever their kind, sorted by name."""
    return [path for path in _entries(folder) if path.name.endswith(SUFFIX)]


def list_folders(folder: Path) -> list[Path]:
    """The sub-folders of ``folder`` that hold one list item per file, sorted by name."""
    return [path for path in _entries(folder) if not path.name.endswith(SUFFIX) and path.is_dir()]


def read_file(path: Path) -> bytes | Msg:
    """The bytes of the regular file ``path``, or why it cannot be read."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as err:
        return _os_message(err)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            return _kind_message(mode)
        with os.fdopen(os.dup(fd), "rb") as stream:
            return stream.read()
    except OSError as err:
        return _os_message(err)
    finally:
        os.close(fd)


def entry_states(folder: Path) -> Iterator[tuple[str, bytes]]:
    """Each entry the loader reads, by relative name, with its bytes or why it cannot be read."""
    for top in _entries(folder):
        yield from _state(folder, top)
    for sub in list_folders(folder):
        for entry in _entries(sub):
            yield from _state(folder, entry)


def _state(folder: Path, path: Path) -> Iterator[tuple[str, bytes]]:
    name = path.relative_to(folder).as_posix()
    if not path.name.endswith(SUFFIX) and path.is_dir():
        yield name, b"folder"
        return
    data = read_file(path)
    yield name, (b"file:" + data if isinstance(data, bytes) else b"error:" + data.en.encode())


def _entries(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []  # an unreadable list folder: reading its items reports nothing to load


def _kind_message(mode: int) -> Msg:
    if stat.S_ISDIR(mode):
        return Msg(
            "「.yaml」で終わる名前のフォルダです。内容は通常のファイルに書いてください",
            "this is a folder named like a YAML file; content must be a regular file",
        )
    kind = (
        ("名前付きパイプ（FIFO）", "a named pipe (FIFO)")
        if stat.S_ISFIFO(mode)
        else ("ソケット", "a socket")
        if stat.S_ISSOCK(mode)
        else ("デバイスファイル", "a device file")
    )
    return Msg(
        f"通常のファイルではありません（{kind[0]}です）。内容は通常のファイルに書いてください",
        f"not a regular file ({kind[1]}); content must be a regular file",
    )


def _os_message(err: OSError) -> Msg:
    if err.errno == errno.ELOOP:
        return Msg(
            "シンボリックリンクが循環していて、リンク先をたどれません",
            "the symbolic link loops; it leads to no file",
        )
    if err.errno == errno.ENOENT:
        return Msg(
            "シンボリックリンクのリンク先のファイルがありません",
            "the symbolic link points to a file that does not exist",
        )
    if err.errno in (errno.EACCES, errno.EPERM):
        return Msg(
            "ファイルを読み取る権限がありません。ファイルの権限を確認してください",
            "no permission to read the file; check its permissions",
        )
    if err.errno == errno.EISDIR:
        return _kind_message(stat.S_IFDIR)
    return Msg(
        f"ファイルを読み込めません（{err.strerror}）", f"cannot read the file ({err.strerror})"
    )
