"""Save a Word package as reproducible bytes: core properties set, every zip entry fixed.

The one save path of every .docx gendocs makes (the documents of a build, the amendment
documents, the redline): the same input gives the same bytes, whatever the clock or the machine.
Nothing here touches the file system; :mod:`gendocs.write` writes the bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from docx.opc.pkgwriter import PackageWriter

# the earliest time a zip entry can carry (MS-DOS dates start in 1980)
ZIP_EPOCH_MIN = datetime(1980, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class CoreProperties:
    """The document properties (docProps/core.xml) to set; ``None`` keeps the template's value."""

    title: str | None = None
    subject: str | None = None
    author: str | None = None
    last_modified_by: str | None = None
    version: str | None = None
    revision: int | None = None
    comments: str | None = None


def save_docx(
    document: Any, stamp: datetime, properties: CoreProperties = CoreProperties()
) -> bytes:
    """A python-docx ``Document`` as reproducible .docx bytes, created and modified at ``stamp``."""
    core = document.core_properties
    for name, value in vars(properties).items():
        if value is not None:
            setattr(core, name, value)
    core.created = core.modified = stamp.replace(tzinfo=None)
    return _reproducible(_package_parts(document), stamp)


class _Parts:
    """Stands in for python-docx's zip writer: keeps each part's name and bytes, in order."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, bytes]] = []

    def write(self, pack_uri: Any, blob: bytes) -> None:
        self.entries.append((pack_uri.membername, blob))


def _package_parts(document: Any) -> list[tuple[str, bytes]]:
    """The parts python-docx's ``Document.save`` would zip, in its order, not compressed.

    What ``OpcPackage.save`` does, with the parts kept instead of deflated: the reproducible zip
    deflates them once (``save`` deflated them only for the rezip to inflate and deflate them
    again, issue 17).
    """
    package = document.part.package
    for part in package.parts:
        part.before_marshal()
    parts, writer = _Parts(), cast(Any, PackageWriter)  # its steps, given our writer
    writer._write_content_types_stream(parts, package.parts)
    writer._write_pkg_rels(parts, package.rels)
    writer._write_parts(parts, package.parts)
    return parts.entries


def reproducible_zip(data: bytes, stamp: datetime) -> bytes:
    """Rewrite a .docx with fixed entry times, order and core.xml dates set to ``stamp``."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        entries = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    return _reproducible(entries, stamp)


def _reproducible(entries: list[tuple[str, bytes]], stamp: datetime) -> bytes:
    """A zip of ``entries`` in their order ([Content_Types].xml first) with fixed entry times
    and core.xml dates set to ``stamp``."""
    stamp = max(stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC), ZIP_EPOCH_MIN)
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name, part in entries:
            if name == "docProps/core.xml":
                part = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + iso, part)
            out.writestr(_entry(name, stamp), part, compresslevel=6)
    return buffer.getvalue()


def _entry(name: str, stamp: datetime) -> zipfile.ZipInfo:
    """A zip entry whose metadata depends on nothing but its name and ``stamp``."""
    entry = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
    entry.compress_type = zipfile.ZIP_DEFLATED
    entry.create_system = 3
    entry.external_attr = 0o644 << 16
    return entry
