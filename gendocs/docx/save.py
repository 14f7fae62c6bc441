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

from docx.opc.oxml import serialize_part_xml
from docx.opc.part import XmlPart
from docx.opc.pkgwriter import PackageWriter
from lxml import etree

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
        self.entries: list[tuple[str, bytes | Any]] = []

    def write(self, pack_uri: Any, blob: bytes | Any) -> None:
        self.entries.append((pack_uri.membername, blob))


def _package_parts(document: Any) -> list[tuple[str, bytes | Any]]:
    """The parts python-docx's ``Document.save`` would zip, in its order, not compressed.

    What ``OpcPackage.save`` does, with the parts kept instead of deflated: the reproducible zip
    deflates them once (``save`` deflated them only for the rezip to inflate and deflate them
    again, issue 17). An XML part is kept as its element, serialized as it is deflated
    (:func:`_write_xml`): the 事業計画書 of 1,000 members is 11 MB of XML, which python-docx
    would hold whole, beside libxml2's buffer of it, while the tree is still alive (issue 17).
    """
    package = document.part.package
    for part in package.parts:
        part.before_marshal()
    parts, writer = _Parts(), cast(Any, PackageWriter)  # its steps, given our writer
    writer._write_content_types_stream(parts, package.parts)
    writer._write_pkg_rels(parts, package.rels)
    for part in package.parts:  # PackageWriter._write_parts, an XmlPart's element unserialized
        xml = isinstance(part, XmlPart) and type(part).blob is XmlPart.blob
        parts.write(part.partname, part.element if xml else part.blob)
        if len(part.rels):
            parts.write(part.partname.rels_uri, part.rels.xml)
    return parts.entries


def reproducible_zip(data: bytes, stamp: datetime) -> bytes:
    """Rewrite a .docx with fixed entry times, order and core.xml dates set to ``stamp``."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        entries = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    return _reproducible(entries, stamp)


def _reproducible(entries: list[tuple[str, bytes | Any]], stamp: datetime) -> bytes:
    """A zip of ``entries`` (bytes, or an XML part's element) in their order
    ([Content_Types].xml first) with fixed entry times and core.xml dates set to ``stamp``."""
    stamp = max(stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC), ZIP_EPOCH_MIN)
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for name, part in entries:
            if not isinstance(part, bytes) and name == "docProps/core.xml":
                part = serialize_part_xml(part)
            if name == "docProps/core.xml":
                part = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + iso, part)
            if isinstance(part, bytes):
                out.writestr(_entry(name, stamp), part, compresslevel=6)
            else:
                _write_xml(out, _entry(name, stamp), part)
    return buffer.getvalue()


def _write_xml(out: zipfile.ZipFile, entry: zipfile.ZipInfo, element: Any) -> None:
    """Deflate an XML part as python-docx serializes it (``serialize_part_xml``: the declaration,
    then the element), written into the zip as libxml2 makes it. ``writestr`` writes through
    the same stream, so the entry's bytes are the ones ``writestr`` of the whole would make."""
    # what writestr(..., compresslevel=6) sets: ``_compresslevel`` (``compress_level`` from 3.13)
    setattr(entry, "compress_level" if hasattr(entry, "compress_level") else "_compresslevel", 6)
    with out.open(entry, "w") as stream:
        stream.write(_DECLARATION)
        with etree.xmlfile(stream, encoding="UTF-8") as xml:
            xml.write(element)


# what etree.tostring(element, encoding="UTF-8", standalone=True) writes before the element
_DECLARATION = b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"


def _entry(name: str, stamp: datetime) -> zipfile.ZipInfo:
    """A zip entry whose metadata depends on nothing but its name and ``stamp``."""
    entry = zipfile.ZipInfo(name, date_time=stamp.timetuple()[:6])
    entry.compress_type = zipfile.ZIP_DEFLATED
    entry.create_system = 3
    entry.external_attr = 0o644 << 16
    return entry
