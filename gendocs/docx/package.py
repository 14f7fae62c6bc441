"""A rendered package made consistent: ids unique again (fonts come from the styles).

docxtpl loops copy paragraphs and pictures with their ids; Word calls duplicate drawing ids
"unreadable content", and copied ``w14:paraId``/``w14:textId`` attributes are duplicates too.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn

from gendocs.docx.stories import story_roots

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
WP_DOCPR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"


def finish_package(document: Any) -> None:
    """Give every story of a python-docx document unique ids again."""
    for root in story_roots(document):
        drop_paragraph_ids(root)
    number_drawings(document.element.body)


def drop_paragraph_ids(root: Any) -> None:
    """Remove the ``w14:paraId``/``w14:textId`` of every paragraph (Word makes new ones)."""
    for para in root.iter(qn("w:p")):
        para.attrib.pop(f"{{{W14}}}paraId", None)
        para.attrib.pop(f"{{{W14}}}textId", None)


def number_drawings(body: Any) -> None:
    """Number the drawings of ``body`` 1, 2, … in document order (``wp:docPr/@id``)."""
    for number, drawing in enumerate(body.iter(WP_DOCPR), 1):
        drawing.set("id", str(number))
