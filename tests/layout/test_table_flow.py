"""Issue 12 item 3: the built plan's tables break well, checked in its WordprocessingML.

The PDF checks (tests/layout/test_pdf_layout.py) show the effect in LibreOffice's layout; these
check the properties that make it, in every table of the built plan.
"""

from __future__ import annotations

import re
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
    assert totals >= 4  # the 合計 rows of 7.2, 7.3 and the 7.4 and 7.5 matrices


def test_amounts_are_right_aligned(built_plan: Path) -> None:
    amounts = 0
    for table in _tables(built_plan):
        for row in table.findall(f"{W}tr")[1:]:
            for cell in row.findall(f"{W}tc"):
                text = _text(cell)
                digits = text.removesuffix("円").lstrip("△").replace(",", "")
                if "," in text and digits.isdigit():
                    amounts += 1
                    jc = cell.find(f"{W}p/{W}pPr/{W}jc")
                    assert jc is not None and jc.get(f"{W}val") == "right", text
    assert amounts > 100


def test_cost_tables_state_their_unit_once(built_plan: Path) -> None:
    """（単位：円）/（単位：千円） above the cost tables; no cell of theirs repeats 円."""
    with zipfile.ZipFile(built_plan) as package:
        body = etree.fromstring(package.read("word/document.xml")).find(f"{W}body")
    units = 0
    for table in body.iter(f"{W}tbl"):
        above = table.getprevious()
        if above is not None and _text(above) in ("（単位：円）", "（単位：千円）"):
            units += 1
            cells = [_text(c) for c in table.iter(f"{W}tc")]
            assert not [c for c in cells if c.endswith("円")], cells
    assert units == 4  # 7.2, 7.3, 7.4, 7.5


def test_matrices_have_a_column_per_year_and_per_item(built_plan: Path) -> None:
    header = [[_text(c) for c in t.find(f"{W}tr").findall(f"{W}tc")] for t in _tables(built_plan)]
    years = next(h for h in header if h[1:2] == ["令和10年度"])
    assert years == [
        "団体名",
        "令和10年度",
        "令和11年度",
        "令和12年度",
        "令和13年度",
        "令和14年度",
        "合計",
    ]
    items = next(h for h in header if h[1:2] == ["（1）"])
    # one column per item of 7.5's numbered list (「（1）導入費用…（人口比、総額…円）」), however
    # many items the content's sharing rules make
    with zipfile.ZipFile(built_plan) as package:
        body = etree.fromstring(package.read("word/document.xml")).find(f"{W}body")
    listed = [_text(p) for p in body.findall(f"{W}p") if re.match(r"（\d+）.+総額", _text(p))]
    assert len(listed) >= 4
    assert items == ["団体名", *(f"（{k}）" for k in range(1, len(listed) + 1)), "合計"]
