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
from gendocs.docx.runs import size_element

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


# Clark names, made once (a 200-member build looks up a million: qn() splits its argument each
# time) and each schema order as a rank table
_TBL, _TR, _TC, _P, _T = qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:p"), qn("w:t")
_TRPR, _PPR, _TCPR, _TCW = qn("w:trPr"), qn("w:pPr"), qn("w:tcPr"), qn("w:tcW")
_TBLPREX, _TBLHEADER, _GRIDSPAN, _SZ = (
    qn("w:tblPrEx"),
    qn("w:tblHeader"),
    qn("w:gridSpan"),
    qn("w:sz"),
)
_VAL, _W, _TYPE = qn("w:val"), qn("w:w"), qn("w:type")
_GRIDCOLS = f"{qn('w:tblGrid')}/{qn('w:gridCol')}"
_CANTSPLIT, _JC, _KEEPNEXT = qn("w:cantSplit"), qn("w:jc"), qn("w:keepNext")
_TRPR_RANK = {qn(f"w:{n}"): i for i, n in enumerate(_TRPR_ORDER)}
_PPR_RANK = {qn(f"w:{n}"): i for i, n in enumerate(_PPR_ORDER)}


def flow_tables(body: Any) -> None:
    """Make every table under ``body`` break well (see the module docstring). Idempotent."""
    for table in body.iter(_TBL):
        rows = table.findall(_TR)
        # each cell's text once: the amount and the total tests both read it
        texts = [[written_text(cell).strip() for cell in row.findall(_TC)] for row in rows]
        for number, row in enumerate(rows):
            if len(written_text(row)) <= LONG_ROW:
                _set(_trpr(row), _CANTSPLIT, _TRPR_RANK)
            if number == 0:
                continue
            for cell, text in zip(row.findall(_TC), texts[number], strict=True):
                if AMOUNT.match(text):
                    for paragraph in cell.findall(_P):
                        _set(_ppr(paragraph), _JC, _PPR_RANK).set(_VAL, "right")
        keep = set()
        if len(rows) >= 2:
            keep.add(len(rows) - 2)  # the last row never alone
            if _is_header(rows[0]):
                keep.add(0)
        for index in range(1, len(rows)):
            if any(TOTAL.search(text) for text in texts[index][:2]):
                keep.add(index - 1)
        for index in sorted(keep):
            for paragraph in rows[index].iter(_P):
                _set(_ppr(paragraph), _KEEPNEXT, _PPR_RANK)


def _is_header(row: Any) -> bool:
    props = row.find(_TRPR)
    return props is not None and props.find(_TBLHEADER) is not None


def _trpr(row: Any) -> Any:
    props = row.find(_TRPR)
    if props is None:
        props = row.makeelement(_TRPR, {})
        at = 1 if len(row) and row[0].tag == _TBLPREX else 0
        row.insert(at, props)
    return props


def _ppr(paragraph: Any) -> Any:
    props = paragraph.find(_PPR)
    if props is None:
        props = paragraph.makeelement(_PPR, {})
        paragraph.insert(0, props)
    return props


def _set(parent: Any, tag: str, rank: dict[str, int]) -> Any:
    """The child ``tag`` of ``parent``, made in its schema place (``rank``) if missing."""
    found = parent.find(tag)
    if found is not None:
        return found
    made = parent.makeelement(tag, {})
    mine = rank[tag]
    for index, child in enumerate(parent):
        if rank.get(child.tag, len(rank)) > mine:
            parent.insert(index, made)
            return made
    parent.append(made)
    return made


# Text that must not wrap inside a cell: an amount, a rate or a date (令和8年4月1日).
UNBREAKABLE = re.compile(
    r"[△▲\-−]?\d[\d,.]*\s*(?:円|千円|%|％)?|(?:令和|平成|昭和)\s*(?:\d+|元)\s*年(?:\s*\d+\s*月(?:\s*\d+\s*日)?)?"
)
DEFAULT_SIZE = 21  # half-points: 10.5 pt
SMALLEST_SIZE = 14  # half-points: a table too wide for its page is set no smaller than 7 pt
DEFAULT_MARGIN = 108  # twips, Word's default left and right cell margin


def fit_columns(body: Any) -> None:
    """Widen the columns whose amounts or dates would not fit on one line, narrowing the others.

    A table whose every amount and date fits keeps the template's widths. Otherwise each column
    gets the width of its longest amount or date, and the rest of the table's width goes to the
    columns whose text would wrap, in proportion to their text. Tables with merged cells keep
    their widths. Idempotent.
    """
    for table in body.iter(_TBL):
        grid = table.findall(_GRIDCOLS)
        rows = table.findall(_TR)
        if (
            not grid
            or any(len(row.findall(_TC)) != len(grid) for row in rows)
            or any(True for _ in table.iter(_GRIDSPAN))
        ):
            continue
        current = [int(col.get(_W) or 0) for col in grid]
        total = sum(current)
        needed, desire = _needs(table, rows, len(grid))
        if all(n <= c for n, c in zip(needed, current, strict=True)):
            continue
        if sum(needed) > total:  # smaller type, down to SMALLEST_SIZE
            _shrink(table, max(SMALLEST_SIZE, _size(table) * total // sum(needed)))
            needed, desire = _needs(table, rows, len(grid))
        spare = total - sum(needed)
        if spare > 0:
            wants = [max(0, d - n) for d, n in zip(desire, needed, strict=True)]
            weight = sum(wants) or len(wants)
            widths = [
                n + spare * (w if sum(wants) else 1) // weight
                for n, w in zip(needed, wants, strict=True)
            ]
        else:
            widths = needed
        for col, width in zip(grid, widths, strict=True):
            col.set(_W, str(width))
        for row in rows:
            for cell, width in zip(row.findall(_TC), widths, strict=True):
                props = cell.find(_TCPR)
                tcw = None if props is None else props.find(_TCW)
                if tcw is not None:
                    tcw.set(_W, str(width))
                    tcw.set(_TYPE, "dxa")


def _needs(table: Any, rows: list[Any], columns: int) -> tuple[list[int], list[int]]:
    """Each column's width for its longest amount or date (and at least four characters), and
    for its longest text on one line."""
    margin = 2 * _cell_margin(table)
    # a large consortium's table repeats its texts (amounts, counts, dates): each measured once
    measured: dict[tuple[str, int], tuple[int, int]] = {}
    needed = [margin] * columns
    desire = [0] * columns
    for row in rows:
        for index, cell in enumerate(row.findall(_TC)):
            # the cell's text and type size in one walk (written_text and _size each walk it)
            parts: list[str] = []
            size: int | None = None
            for node in cell.iter(_T, _SZ):
                if node.tag == _T:
                    parts.append(node.text or "")
                elif value := node.get(_VAL):
                    size = int(value) if size is None else max(size, int(value))
            em = (DEFAULT_SIZE if size is None else size) * 10
            text = "".join(parts).strip()
            known = measured.get((text, em))
            if known is None:
                known = measured[text, em] = _measure(text, em)
            longest, whole = known
            shortest = min(whole, 4 * em)  # a name of four characters stays whole
            needed[index] = max(needed[index], max(longest, shortest) + margin + em // 4)
            desire[index] = max(desire[index], whole + margin)
    return needed, desire


def _measure(text: str, em: int) -> tuple[int, int]:
    """The width of the longest amount or date in ``text`` and of the whole ``text``."""
    tokens = [m.group(0) for m in UNBREAKABLE.finditer(text)]
    return max((_width(t, em) for t in tokens), default=0), _width(text, em)


def _shrink(table: Any, size: int) -> None:
    for cell in table.iter(_TC):
        for run in cell.iter(qn("w:r")):
            found = size_element(run)
            if int(found.get(_VAL) or DEFAULT_SIZE) > size:
                found.set(_VAL, str(size))


def _cell_margin(table: Any) -> int:
    found = table.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}/{qn('w:left')}")
    value = None if found is None else found.get(qn("w:w"))
    return int(value) if value and value.isdigit() else DEFAULT_MARGIN


def _size(cell: Any) -> int:
    sizes = [int(value) for s in cell.iter(_SZ) if (value := s.get(_VAL))]
    return max(sizes, default=DEFAULT_SIZE)


def _width(text: str, em: int) -> int:
    """The width of ``text`` in twips at ``em`` twips per full-width character, with the space
    Word and LibreOffice put between East Asian characters and Latin letters or digits
    (autoSpaceDE / autoSpaceDN, on by default: 「令和8年6月30日」 gets four of them)."""
    # one pass (a 1,000-member table measures every cell): each character is narrow or full
    # width, and a pair of an East Asian character (U+3000 and above) and an ASCII letter or
    # digit, in either order, gets the space
    narrow, glyphs, spaced = em * 3 // 5, 0, 0
    before_wide = before_latin = False
    for ch in text:
        code = ord(ch)
        glyphs += narrow if code < 0x2000 else em
        wide, latin = code >= 0x3000, ch.isascii() and ch.isalnum()
        if (before_wide and latin) or (before_latin and wide):
            spaced += 1
        before_wide, before_latin = wide, latin
    return glyphs + spaced * em // 4
