"""What a piece of WordprocessingML says: its text, a paragraph's style, a table's shape."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import IO, Any

from docx.oxml.ns import qn
from lxml import etree

_HEADING = re.compile(r"^(heading|見出し)\s*\d", re.IGNORECASE)


def text_of(element: Any) -> str:
    """The visible text under ``element`` (tabs as spaces), deleted text included."""
    parts = []
    for node in element.iter(qn("w:t"), qn("w:delText"), qn("w:tab")):
        parts.append(" " if node.tag == qn("w:tab") else (node.text or ""))
    return "".join(parts)


def written_text(element: Any) -> str:
    """The text of the ``w:t`` elements under ``element``, nothing else."""
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def paragraph_style(paragraph: Any) -> str | None:
    """The style id of a ``w:p`` (None for the default paragraph style)."""
    style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return None if style is None else str(style.get(qn("w:val")))


def grid_columns(table: Any) -> int:
    """How many grid columns a ``w:tbl`` has."""
    return len(table.findall(f"{qn('w:tblGrid')}/{qn('w:gridCol')}"))


def cell_span(cell: Any) -> str:
    """How many grid columns a ``w:tc`` spans, as written (``"1"`` when not said)."""
    span = cell.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
    return "1" if span is None else str(span.get(qn("w:val")))


def heading_levels(document: Any) -> dict[str, int]:
    """Heading style ids of a python-docx document and their outline level (見出し 1 → 1, …)."""
    levels = {}
    for style in document.styles:
        for name in (style.name or "", style.style_id or ""):
            if style.type == 1 and _HEADING.match(name):
                levels[style.style_id] = int(re.findall(r"\d", name)[0])
    return levels


def largest_id(body: Any) -> int:
    """The largest numeric ``w:id`` in the package part that holds ``body`` (0 if none)."""
    ids = [int(v) for v in body.xpath("//@w:id") if str(v).isdigit()]
    return max(ids, default=0)


def outer_paragraphs(source: IO[bytes]) -> Iterator[Any]:
    """The paragraphs of a story part's XML that no paragraph holds (each with its text boxes'
    paragraphs inside it), in document order, parsed as a stream: once the caller goes on, a
    paragraph is freed with everything before it. The 事業計画書 of 1,000 members is 11 MB of
    XML, 130 MiB as a whole tree (issue 17)."""
    paragraph_tag = qn("w:p")
    for _, paragraph in etree.iterparse(source, events=("end",), tag=paragraph_tag):
        if next(paragraph.iterancestors(paragraph_tag), None) is not None:
            continue  # read with the paragraph that holds it
        yield paragraph
        paragraph.clear(keep_tail=True)
        while paragraph.getprevious() is not None:
            del paragraph.getparent()[0]  # read already, as everything before it
