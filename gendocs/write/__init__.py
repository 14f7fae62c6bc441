"""Write documents: reproducible bytes, temp file then ``os.replace``, one document per path.

Only this stage touches output/. A failed build leaves the previous files untouched because
nothing is replaced until every document has been rendered (see ``pipeline``), and each file
appears atomically.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from gendocs.errors import Msg, OutputError

ZIP_EPOCH_MIN = datetime(1980, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True)
class OutputFile:
    """Bytes ready to be written to ``name`` inside the output folder."""

    name: str
    data: bytes


def reproducible_docx(data: bytes, stamp: datetime) -> bytes:
    """Rewrite a .docx with fixed entry times, order and core.xml dates set to ``stamp``."""
    stamp = max(stamp, ZIP_EPOCH_MIN)
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():  # keep order: [Content_Types].xml stays first
            part = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                part = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + iso, part)
            entry = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3
            entry.external_attr = 0o644 << 16
            out.writestr(entry, part, compresslevel=6)
    return buffer.getvalue()


def document_stamp(content_date: datetime | None) -> datetime:
    """The date stamped into files: SOURCE_DATE_EPOCH if set, else the content's date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc)
    return content_date or ZIP_EPOCH_MIN


def write_outputs(folder: Path, files: list[OutputFile]) -> list[Path]:
    """Write every file atomically into ``folder``; refuse two files on one path."""
    names = [f.name for f in files]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise OutputError(Msg(f"同じ出力先に複数の文書を書こうとしました: {', '.join(duplicates)}",
                              f"two documents would be written to: {', '.join(duplicates)}"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return [_atomic_write(folder / f.name, f.data) for f in files]
    except OSError as err:
        raise OutputError(Msg(f"出力先に書き込めません: {err}", f"cannot write output: {err}")) from err


def _atomic_write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
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
