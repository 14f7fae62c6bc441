"""Titles that do not break inside a word (issue 12 item 2).

A centered title longer than the line (「…共同事業組合情報セキュリティ監査実施要綱（案）」) would
wrap wherever the line ends, inside a word (「監査実施｜要綱」). :func:`fit_titles` breaks such a
title at a boundary instead: after a space, or after a name it is given (the consortium's name),
choosing the break that balances the two lines; when no boundary gives two lines that fit, the
title's type is made smaller, down to 12 pt, to fit one line.

Titles are the Title-style paragraphs and the centered paragraphs before the first heading
(covers and the titles of 規程・要綱). Widths are estimated: a full-width character is one em, any
other 0.6 em.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from docx.oxml.ns import nsmap, qn
from lxml import etree

from gendocs.docx.reading import paragraph_style, written_text
from gendocs.docx.runs import size_element

SMALLEST = 24  # half-points: 12 pt
DEFAULT_SIZE = 21
SPACES = " 　"


def fit_titles(document: Any, names: Sequence[str]) -> None:
    """Break or shrink the titles of a python-docx ``document`` that would wrap mid-word."""
    body = document.element.body
    width = _text_width(body)
    if width is None:
        return
    sizes = _style_sizes(document)
    for paragraph in _titles(body):
        runs = [r for r in paragraph.findall(qn("w:r")) if r.find(qn("w:t")) is not None]
        if not runs or paragraph.find(f".//{qn('w:br')}") is not None:
            continue
        text = written_text(paragraph)
        size = _size(runs[0], sizes.get(paragraph_style(paragraph) or "Normal", DEFAULT_SIZE))
        if _width(text, size) <= width:
            continue
        split = _best_split(text, names, size, width)
        if split is not None:
            _break_at(runs, *split)
            continue
        smaller = max(SMALLEST, size * width // _width(text, size))
        for run in runs:
            _set_size(run, smaller)


def _titles(body: Any) -> list[Any]:
    found = []
    for paragraph in body.iter(qn("w:p")):
        style = paragraph_style(paragraph) or ""
        if style.startswith("Heading"):
            break
        jc = paragraph.find(f"{qn('w:pPr')}/{qn('w:jc')}")
        centered = jc is not None and jc.get(qn("w:val")) == "center"
        in_table = any(a.tag == qn("w:tc") for a in paragraph.iterancestors())
        if (style == "Title" or centered) and not in_table:
            found.append(paragraph)
    # the Title paragraphs after the first heading: those whose style may be Title, found in
    # one XPath walk (a large consortium's document holds tens of thousands of paragraphs)
    found += [p for p in _MAY_BE_TITLE(body) if paragraph_style(p) == "Title" and p not in found]
    return found


# ``descendant::`` and not ``.//``: libxml2 evaluates ``.//w:p[…]`` as every node below (half a
# million in the 事業計画書 of 1,000 members) gathered in one node set, then their children,
# a transient of 5 MiB at the build's peak; the same paragraphs, in the same order (issue 17)
_MAY_BE_TITLE = etree.XPath(
    'descendant::w:p[w:pPr/w:pStyle/@w:val = "Title"]', namespaces={"w": nsmap["w"]}
)


def _best_split(text: str, names: Sequence[str], size: int, width: int) -> tuple[int, int] | None:
    """(where the first line ends, where the second begins) for the balanced fitting break."""
    candidates = set()
    for index, char in enumerate(text):
        if char in SPACES:
            candidates.add((index, index + 1))
    for name in names:
        start = text.find(name)
        while name and start >= 0:
            end = start + len(name)
            if 0 < end < len(text):
                candidates.add((end, end))
            start = text.find(name, end)
    fitting = [
        (max(_width(text[:a], size), _width(text[b:], size)), (a, b))
        for a, b in candidates
        if _width(text[:a], size) <= width and _width(text[b:], size) <= width
    ]
    return min(fitting)[1] if fitting else None


def _break_at(runs: list[Any], end: int, start: int) -> None:
    """Put a line break after character ``end``, dropping characters ``end``..``start``."""
    at = 0
    for run in runs:
        for node in run.findall(qn("w:t")):
            value = node.text or ""
            if at <= end <= at + len(value):
                cut = end - at
                node.text = value[:cut]
                node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                rest = node.makeelement(qn("w:t"), {})
                rest.text = value[cut + (start - end) :]
                rest.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                node.addnext(rest)
                node.addnext(node.makeelement(qn("w:br"), {}))
                return
            at += len(value)


def _text_width(body: Any) -> int | None:
    sect = body.find(qn("w:sectPr"))
    size = None if sect is None else sect.find(qn("w:pgSz"))
    margin = None if sect is None else sect.find(qn("w:pgMar"))
    if size is None or margin is None:
        return None
    try:
        return (
            int(size.get(qn("w:w")))
            - int(margin.get(qn("w:left")))
            - int(margin.get(qn("w:right")))
        )
    except (TypeError, ValueError):
        return None


def _style_sizes(document: Any) -> dict[str, int]:
    sizes = {}
    for style in document.styles:
        font = getattr(style, "font", None)
        if font is not None and font.size is not None:
            sizes[style.style_id] = int(font.size.pt * 2)
    return sizes


def _size(run: Any, default: int) -> int:
    found = run.find(f"{qn('w:rPr')}/{qn('w:sz')}")
    value = None if found is None else found.get(qn("w:val"))
    return int(value) if value and value.isdigit() else default


def _set_size(run: Any, size: int) -> None:
    size_element(run).set(qn("w:val"), str(size))


def _width(text: str, size: int) -> int:
    em = size * 10
    return sum(em * 3 // 5 if ord(ch) < 0x2000 else em for ch in text)
