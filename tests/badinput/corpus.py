"""The bad-input corpus: each case is a small edit of a copy of the sample content and the exact
lines ``gendocs validate`` and ``gendocs build`` must print for it.

A case edits text (``Edit``: replace ``old``, found exactly once, by ``new``) or makes a file
system entry (``Make``: a folder, FIFO, symlink loop… named like a content file). The lines are
the located messages, ``file:line:col: key.path: message``, without the closing count.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# The account an unreadable file is unreadable for when the tests run as root (root reads
# every file whatever its mode).
NOBODY = 65534


@dataclass(frozen=True)
class Edit:
    """Replace ``old`` (which occurs exactly once in ``file``) by ``new``."""

    file: str
    old: str
    new: str | bytes


@dataclass(frozen=True)
class Make:
    """Make ``file`` an entry of ``kind``: folder, fifo, loop, broken, unreadable, remove, or
    write (a new file holding ``data``)."""

    file: str
    kind: str
    data: bytes = b""


@dataclass(frozen=True)
class Case:
    """One bad input and the located lines it must give (Japanese; English when ``en``)."""

    name: str
    changes: tuple[Edit | Make, ...]
    lines: tuple[str, ...]
    en: tuple[str, ...] = ()
    elsewhere: bool = False  # a line points outside the edited text (a total, a parent key)

    @property
    def unreadable(self) -> bool:
        """Whether the case needs a file its reader cannot open."""
        return any(isinstance(c, Make) and c.kind == "unreadable" for c in self.changes)


def edit(file: str, old: str, new: str | bytes) -> Edit:
    """Shorthand for :class:`Edit`."""
    return Edit(file, old, new)


def expected_output(lines: tuple[str, ...], lang: str = "ja") -> str:
    """What the CLI prints on stderr: each line, then the count of problems."""
    summary = (
        f"内容に{len(lines)}件の誤りがあります。"
        if lang == "ja"
        else f"{len(lines)} problem(s) in the content."
    )
    return "\n".join(lines + (summary,)) + "\n"


def apply(case: Case, content: Path) -> None:
    """Make the changes of ``case`` in the content folder ``content``."""
    for change in case.changes:
        if isinstance(change, Edit):
            _edit(content / change.file, change)
        else:
            _make(content / change.file, change)


def _edit(path: Path, change: Edit) -> None:
    data = path.read_bytes()
    old = change.old.encode()
    assert data.count(old) == 1, f"the sample changed: {change.old!r} is not once in {path.name}"
    new = change.new if isinstance(change.new, bytes) else change.new.encode()
    path.write_bytes(data.replace(old, new))


def _make(path: Path, change: Make) -> None:
    if change.kind in ("remove", "unreadable", "fifo", "loop", "broken", "folder"):
        path.unlink(missing_ok=True)
    if change.kind == "folder":
        path.mkdir()
        (path / "inside.yaml").write_text("plan:\n  title: フォルダの中\n", encoding="utf-8")
    elif change.kind == "fifo":
        os.mkfifo(path)
    elif change.kind == "loop":
        os.symlink(path.name, path)
    elif change.kind == "broken":
        os.symlink("nowhere.yaml", path)
    elif change.kind == "unreadable":
        path.write_text("consortium_extra: 1\n", encoding="utf-8")
        path.chmod(0)
    elif change.kind == "write":
        path.write_bytes(change.data)


@contextlib.contextmanager
def reader_without_root(active: bool) -> Iterator[None]:
    """Run the block as an ordinary user when ``active`` and the tests run as root, so that a
    file with mode 000 is really unreadable. The modules the block needs must be imported
    already (the interpreter's own files may be readable by root only)."""
    if not active or os.geteuid() != 0:
        yield
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (hidden ones too) with the sha256 of its bytes."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
