"""Write documents: every file inside its output folder, sets replaced whole.

Only this stage touches output/. A failed build leaves the previous files untouched because
nothing is replaced until every document has been rendered (see ``pipeline``). The files of one
build replace the previous ones as a set, through a journal (:mod:`gendocs.write.journal`), under
a lock that lets one writer at a time into a folder (:mod:`gendocs.write.lock`); every name is
checked to stay inside the folder (:mod:`gendocs.write.names`).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from gendocs.errors import Msg, OutputError
from gendocs.write.journal import recover, remove_temp_files, replace_set
from gendocs.write.lock import folder_lock
from gendocs.write.names import check_folder

T = TypeVar("T")
FOLDER = Msg("出力先フォルダ", "the output folder")


@dataclass(frozen=True)
class OutputFile:
    """Bytes ready to be written to ``name`` inside the output folder."""

    name: str
    data: bytes


def document_stamp(content_date: datetime | None) -> datetime:
    """The date stamped into files: SOURCE_DATE_EPOCH if set, else the content's date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC)
    if content_date is not None:
        return content_date
    from gendocs.docx.save import ZIP_EPOCH_MIN  # python-docx: not for a build with nothing to do

    return ZIP_EPOCH_MIN


def write_outputs(folder: Path, files: list[OutputFile], *, lock: bool = True) -> list[Path]:
    """Write ``files`` into ``folder`` as one set; refuse two files on one path or outside it.

    ``lock=False`` is for a folder no build writes to (``gendocs init``'s new project), which
    should not be left holding a lock file.
    """
    names = [f.name for f in files]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise OutputError(
            Msg(
                f"同じ出力先に複数の文書を書こうとしました: {', '.join(duplicates)}",
                f"two documents would be written to: {', '.join(duplicates)}",
            )
        )
    check_folder(folder, FOLDER)
    if not files:
        return []
    _os_errors(lambda: folder.mkdir(parents=True, exist_ok=True))
    with output_lock(folder) if lock else nullcontext(_os_errors(lambda: recover(folder))):
        return _os_errors(lambda: replace_set(folder, [(f.name, f.data) for f in files]))


@contextmanager
def output_lock(folder: Path, waiting: Callable[[], None] = lambda: None) -> Iterator[Msg | None]:
    """Hold ``folder``'s lock; first finish or undo a write that was interrupted, and say which.

    Nothing is locked while the folder does not exist: there is nothing to protect yet, and a
    build that fails must not leave an output folder behind. The write itself then locks it.
    """
    check_folder(folder, FOLDER)
    if not folder.is_dir():
        yield None
        return
    with folder_lock(folder, waiting):
        yield _os_errors(lambda: recover(folder))


def write_file(path: Path, data: bytes) -> Path:
    """Write one file the user named (``--out``) atomically: a temp file beside it, then rename."""
    check_folder(path, Msg("出力ファイル", "the output file"))
    return _os_errors(lambda: _replace_file(path, data))


def _replace_file(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_temp_files(path.parent)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


def _os_errors(action: Callable[[], T]) -> T:
    """Run ``action``; an operating-system error becomes an OutputError naming it."""
    try:
        return action()
    except OSError as err:
        raise OutputError(
            Msg(f"出力先に書き込めません: {err}", f"cannot write output: {err}")
        ) from err
