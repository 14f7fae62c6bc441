"""Tables that break well across pages (issue 12 item 3), applied to every built document.

- a row never splits across pages (``w:cantSplit``), unless it holds so much text that it may be
  taller than a page (a 新旧対照表 article), where keeping it whole could not work;
- the header row repeats on every page (``w:tblHeader``, set by the template) and keeps with the
  first data row;
- the last row keeps with the row above it, and a total row (合計, 「○○ 計」, 計) with the row
  above it, so neither stands alone on a page (``w:keepNext`` on the paragraphs of the row
  before, which Word and LibreOffice both honour for table rows);
- a cell holding only an amount, a number or a rate is right-aligned.
"""

from __future__ import annotations

import re
from typing import Any

from docx.oxml.ns import qn

from gendocs.docx.reading import written_text

# longer rows may be taller than a page: they are allowed to split
LONG_ROW = 300
AMOUNT = re.compile(r"^[△▲\-−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*(?:円|千円|%|％)?$")
TOTAL = re.compile(r"^(?:合計|総計|小計|計)$|\s計$|^.+\s計$")

_TRPR_ORDER = [
    "cnfStyle",
    "divId",
    "gridBefore",
    "gridAfter",
    "wBefore",
    "wAfter",
    "cantSplit",
    "trHeight",
    "tblHeader",
    "tblCellSpacing",
    "jc",
    "hidden",
    "ins",
    "del",
    "trPrChange",
]
_PPR_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]


def flow_tables(body: Any) -> None:
    """Make every table under ``body`` break well (see the module docstring). Idempotent."""
    for table in body.iter(qn("w:tbl")):
        rows = table.findall(qn("w:tr"))
        for row in rows:
            if len(written_text(row)) <= LONG_ROW:
                _set(_trpr(row), "cantSplit", _TRPR_ORDER)
            for cell in row.findall(qn("w:tc")):
                if row is not rows[0] and AMOUNT.match(written_text(cell).strip()):
                    for paragraph in cell.findall(qn("w:p")):
                        _set(_ppr(paragraph), "jc", _PPR_ORDER).set(qn("w:val"), "right")
        keep = set()
        if len(rows) >= 2:
            keep.add(len(rows) - 2)  # the last row never alone
            if _is_header(rows[0]):
                keep.add(0)
        for index, row in enumerate(rows[1:], 1):
            if _is_total(row):
                keep.add(index - 1)
        for index in sorted(keep):
            for paragraph in rows[index].iter(qn("w:p")):
                _set(_ppr(paragraph), "keepNext", _PPR_ORDER)


def _is_header(row: Any) -> bool:
    props = row.find(qn("w:trPr"))
    return props is not None and props.find(qn("w:tblHeader")) is not None


def _is_total(row: Any) -> bool:
    cells = row.findall(qn("w:tc"))
    return any(TOTAL.search(written_text(cell).strip()) for cell in cells[:2])


def _trpr(row: Any) -> Any:
    props = row.find(qn("w:trPr"))
    if props is None:
        props = row.makeelement(qn("w:trPr"), {})
        at = 1 if len(row) and row[0].tag == qn("w:tblPrEx") else 0
        row.insert(at, props)
    return props


def _ppr(paragraph: Any) -> Any:
    props = paragraph.find(qn("w:pPr"))
    if props is None:
        props = paragraph.makeelement(qn("w:pPr"), {})
        paragraph.insert(0, props)
    return props


def _set(parent: Any, name: str, order: list[str]) -> Any:
    """The child ``w:name`` of ``parent``, made in its schema place if missing."""
    found = parent.find(qn(f"w:{name}"))
    if found is not None:
        return found
    made = parent.makeelement(qn(f"w:{name}"), {})
    rank = {qn(f"w:{n}"): i for i, n in enumerate(order)}
    mine = rank[made.tag]
    for index, child in enumerate(parent):
        if rank.get(child.tag, len(rank)) > mine:
            parent.insert(index, made)
            return made
    parent.append(made)
    return made
