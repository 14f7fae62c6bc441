"""The table of contents of a built document: its entries written with their page numbers.

Word and LibreOffice fill a TOC field only when asked: the templates' TOC holds the headings
without page numbers and ``settings.xml`` carries ``w:updateFields`` so that Word offers to
update fields on opening. For documents to hand out (``gendocs build --final``), LibreOffice
lays the document out and reports the page of every entry (:mod:`gendocs.export.convert`);
:func:`finish_toc` writes those entries into the field's result, one paragraph per entry in the
styles 「toc 1」/「toc 2」, and drops ``w:updateFields``: the reader is asked nothing.

Works on the bytes of a .docx and keeps every zip entry's metadata, so the result stays
reproducible.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from typing import Any

from lxml import etree

from gendocs.docx.reading import outer_paragraphs
from gendocs.errors import Msg, OutputError

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_HEADING = re.compile(r"^(?:heading|Heading) ?(\d)$")


def _q(name: str) -> str:
    return f"{{{W}}}{name}"


def has_toc(docx: bytes) -> bool:
    """Whether the document holds a TOC field: :func:`_toc_paragraphs` is not empty.

    Read as a stream, each paragraph (with the paragraphs of its text boxes) freed once read,
    and only up to the field's end: the 事業計画書 of 1,000 members is 11 MB of XML, 130 MiB as
    a tree, and ``gendocs build`` asks this of every document it rebuilt (issue 17)."""
    found = False
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        with package.open("word/document.xml") as stream:
            for outer in outer_paragraphs(stream):
                if _q("body") not in (a.tag for a in outer.iterancestors()):
                    continue  # not in the body
                for paragraph in outer.iter(_q("p")):  # in _toc_paragraphs' order
                    if not found and _instruction(paragraph).split()[:1] == ["TOC"]:
                        found = True
                    if found and any(
                        f.get(_q("fldCharType")) == "end" for f in paragraph.iter(_q("fldChar"))
                    ):
                        return True
    return False


def finish_toc(docx: bytes, entries: Sequence[tuple[str, str]]) -> bytes:
    """``docx`` with its TOC holding ``entries`` (heading text, page) and no ``updateFields``.

    The entries are LibreOffice's, in document order; each must be a heading of the document,
    whose style gives the entry's level.
    """
    document = etree.fromstring(_part(docx, "word/document.xml"))
    styles = etree.fromstring(_part(docx, "word/styles.xml"))
    settings = etree.fromstring(_part(docx, "word/settings.xml"))
    paragraphs = _toc_paragraphs(document)
    if paragraphs and not entries:
        raise OutputError(
            Msg(
                "LibreOffice が目次の項目を作れませんでした（見出しがありません）",
                "LibreOffice made no table of contents entries (no headings)",
            )
        )
    if paragraphs:
        levels = _entry_levels(document, styles, entries)
        _replace_result(paragraphs, list(zip(entries, levels, strict=True)))
    for update in settings.findall(_q("updateFields")):
        settings.remove(update)
    return _replace_parts(
        docx, {"word/document.xml": _xml(document), "word/settings.xml": _xml(settings)}
    )


def _part(docx: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        return package.read(name)


def _xml(root: Any) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _replace_parts(docx: bytes, parts: dict[str, bytes]) -> bytes:
    """``docx`` with the named parts replaced, every entry's zip metadata kept."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as out:
        for info in source.infolist():
            data = parts.get(info.filename, source.read(info.filename))
            out.writestr(info, data, compresslevel=6)
    return buffer.getvalue()


def _instruction(paragraph: Any) -> str:
    return "".join(t.text or "" for t in paragraph.iter(_q("instrText")))


def _toc_paragraphs(document: Any) -> list[Any]:
    """The paragraphs from the TOC field's begin to its end (empty if there is no TOC)."""
    body = document.find(_q("body"))
    found: list[Any] = []
    for paragraph in body.iter(_q("p")):
        if not found and _instruction(paragraph).split()[:1] == ["TOC"]:
            found.append(paragraph)
        elif found:
            found.append(paragraph)
        if found and any(f.get(_q("fldCharType")) == "end" for f in paragraph.iter(_q("fldChar"))):
            return found
    return []


def _style_levels(styles: Any) -> dict[str, int]:
    levels = {}
    for style in styles.iter(_q("style")):
        name = style.find(_q("name"))
        for label in (style.get(_q("styleId")) or "", "" if name is None else name.get(_q("val"))):
            match = _HEADING.match(label or "")
            if match:
                levels[style.get(_q("styleId"))] = int(match.group(1))
    return levels


def _entry_levels(document: Any, styles: Any, entries: Sequence[tuple[str, str]]) -> list[int]:
    """The heading level of each entry, matching the document's headings in order."""
    levels = _style_levels(styles)
    headings = []
    for paragraph in document.find(_q("body")).iter(_q("p")):
        style = paragraph.find(f"{_q('pPr')}/{_q('pStyle')}")
        level = levels.get("" if style is None else style.get(_q("val")) or "")
        if level is not None:
            text = "".join(t.text or "" for t in paragraph.iter(_q("t")))
            headings.append((text.strip(), level))
    found = []
    at = 0
    for text, _page in entries:
        while at < len(headings) and headings[at][0] != text.strip():
            at += 1
        if at == len(headings):
            raise OutputError(
                Msg(
                    f"目次の項目「{text}」に当たる見出しが文書にありません",
                    f"the table of contents entry {text!r} matches no heading of the document",
                )
            )
        found.append(headings[at][1])
        at += 1
    return found


def _replace_result(paragraphs: list[Any], entries: list[tuple[tuple[str, str], int]]) -> None:
    """Replace the TOC field's result with one paragraph per entry; begin and end stay."""
    first = paragraphs[0]
    runs = [r for p in paragraphs for r in p.iter(_q("r"))]
    chars = [(r, f.get(_q("fldCharType"))) for r in runs for f in r.iter(_q("fldChar"))]
    separate = next(r for r, kind in chars if kind == "separate")
    end = next(r for r, kind in reversed(chars) if kind == "end")
    head = runs[: runs.index(separate) + 1]  # begin, instruction, separate
    for run in head:
        for char in run.iter(_q("fldChar")):
            char.attrib.pop(_q("dirty"), None)
    made = [_entry_paragraph(first, text, page, level) for (text, page), level in entries]
    if not made:
        made = [_entry_paragraph(first, "", "", 1)]
    made[0][_after_ppr(made[0]) : _after_ppr(made[0])] = head
    made[-1].append(end)
    for paragraph in paragraphs[1:]:
        paragraph.getparent().remove(paragraph)
    for paragraph in reversed(made):
        first.addnext(paragraph)
    first.getparent().remove(first)


def _after_ppr(paragraph: Any) -> int:
    return 1 if len(paragraph) and paragraph[0].tag == _q("pPr") else 0


def _entry_paragraph(near: Any, text: str, page: str, level: int) -> Any:
    paragraph = near.makeelement(_q("p"), {})
    ppr = etree.SubElement(paragraph, _q("pPr"))
    etree.SubElement(ppr, _q("pStyle")).set(_q("val"), f"TOC{level}")
    run = etree.SubElement(paragraph, _q("r"))
    etree.SubElement(run, _q("t")).text = text
    if page:
        etree.SubElement(run, _q("tab"))
        etree.SubElement(run, _q("t")).text = page
    return paragraph
