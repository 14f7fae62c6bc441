"""Sections and their writing direction: 縦書き (``w:textDirection w:val="tbRl"``) on A4 portrait.

A document of several parts, each starting on a new page (a paragraph with ``pageBreakBefore``),
gets a section per part when the parts differ in direction: the paragraph before a part ends
the section of the part before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import deepcopy
from typing import Any

from docx.oxml.ns import qn

from gendocs.errors import Msg, TemplateError

A4_PORTRAIT = {"w:w": "11906", "w:h": "16838"}  # twips
# CT_SectPr is a sequence: textDirection follows titlePg and precedes these.
_AFTER_TEXT_DIRECTION = {
    qn(f"w:{n}") for n in ("bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange")
}


def set_directions(body: Any, vertical: Sequence[bool]) -> None:
    """Lay the parts of ``body`` out 縦書き where ``vertical`` says so (one flag per part)."""
    last = body.find(qn("w:sectPr"))
    if not vertical or last is None:
        return
    if len(set(vertical)) > 1:
        _split_sections(body, last, vertical)
    set_direction(last, vertical[-1])


def _split_sections(body: Any, last: Any, vertical: Sequence[bool]) -> None:
    starts = [
        p
        for p in body.iterchildren(qn("w:p"))
        if p.find(f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}") is not None
    ]
    if len(starts) != len(vertical):
        raise TemplateError(
            Msg(
                "改正文のテンプレートで、条例ごとの改ページ（題名の段落）が見つかりません。",
                "the 改正文 template does not start each rule with a page break.",
            )
        )
    for start, direction in zip(starts[1:], vertical, strict=False):
        end = start.getprevious()
        section = deepcopy(last)
        set_direction(section, direction)
        end.get_or_add_pPr().append(section)
        breaks = start.find(qn("w:pPr"))
        breaks.remove(breaks.find(qn("w:pageBreakBefore")))  # the new section starts the page


def set_direction(section: Any, vertical: bool) -> None:
    """Make a ``w:sectPr`` 縦書き on A4 portrait, or 横書き (no text direction)."""
    for old in section.findall(qn("w:textDirection")):
        section.remove(old)
    if not vertical:
        return
    size = section.find(qn("w:pgSz"))
    if size is None:
        size = section.makeelement(qn("w:pgSz"), {})
        section.insert(0, size)
    size.attrib.pop(qn("w:orient"), None)
    for key, value in A4_PORTRAIT.items():
        size.set(qn(key), value)
    direction = section.makeelement(qn("w:textDirection"), {qn("w:val"): "tbRl"})
    follower = next((child for child in section if child.tag in _AFTER_TEXT_DIRECTION), None)
    if follower is None:
        section.append(direction)
    else:
        follower.addprevious(direction)
