"""Issue 12 item 3: the built plan's tables break well, checked in its WordprocessingML.

The PDF checks (tests/layout/test_pdf_layout.py) show the effect in LibreOffice's layout; these
check the properties that make it, in every table of the built plan.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _tables(docx: Path) -> list[etree._Element]:
    with zipfile.ZipFile(docx) as package:
        body = etree.fromstring(package.read("word/document.xml"))
    return list(body.iter(f"{W}tbl"))


def _text(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t")).strip()


def _keeps_with_next(row: etree._Element) -> bool:
    paragraphs = list(row.iter(f"{W}p"))
    return bool(paragraphs) and all(p.find(f"{W}pPr/{W}keepNext") is not None for p in paragraphs)


def test_rows_do_not_split_and_headers_repeat(built_plan: Path) -> None:
    tables = _tables(built_plan)
    assert len(tables) >= 15
    for table in tables:
        rows = table.findall(f"{W}tr")
        assert all(r.find(f"{W}trPr/{W}cantSplit") is not None for r in rows)
    headed = [t for t in tables if t.find(f"{W}tr/{W}trPr/{W}tblHeader") is not None]
    assert len(headed) >= 15


def test_last_and_total_rows_keep_with_the_row_above(built_plan: Path) -> None:
    totals = 0
    for table in _tables(built_plan):
        rows = table.findall(f"{W}tr")
        if len(rows) < 2:
            continue
        assert _keeps_with_next(rows[-2])
        for above, row in zip(rows, rows[1:], strict=False):
            for cell in row.findall(f"{W}tc")[:2]:  # 7.4: 「葉山町 計」 under the year column
                first = _text(cell)
                if first == "合計" or first.endswith(" 計"):
                    totals += 1
                    assert _keeps_with_next(above), first
    assert totals >= 15  # 7.2, 7.3 and one 「○○ 計」 per member in 7.4


def test_amounts_are_right_aligned(built_plan: Path) -> None:
    amounts = 0
    for table in _tables(built_plan):
        for row in table.findall(f"{W}tr")[1:]:
            for cell in row.findall(f"{W}tc"):
                text = _text(cell)
                if text.endswith("円") and text[:-1].replace(",", "").isdigit():
                    amounts += 1
                    jc = cell.find(f"{W}p/{W}pPr/{W}jc")
                    assert jc is not None and jc.get(f"{W}val") == "right", text
    assert amounts > 100
