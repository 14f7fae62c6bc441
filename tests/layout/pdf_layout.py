"""Layout checks on a PDF made by LibreOffice from a built .docx (issue 12 item 6).

The PDF is read with ``pdftotext -layout`` one page at a time; what a page shows is compared with
what the .docx says (its headings, its tables' header and total rows). Text is compared without
white space, since pdftotext puts spaces between digits and kanji (「令和 10 年度」).

Each check returns a list of faults, one sentence each, empty when the layout is right.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PAGE_NUMBER = re.compile(r"^[-－‐]?\s*\d+\s*[-－‐]?$")
DOT_LEADER = re.compile(r"^\s*(.+?)\s*(?:\.{3,}|…{2,})\s*(\d+)\s*$")
TOTAL = re.compile(r"^(?:合計|総計)")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@dataclass
class Docx:
    """What the layout checks need from a .docx."""

    headings: set[str]
    table_headers: set[str]
    has_cover: bool
    has_toc: bool

    @classmethod
    def read(cls, path: Path) -> Docx:
        with zipfile.ZipFile(path) as package:
            body = etree.fromstring(package.read("word/document.xml")).find(f"{W}body")
        headings = set()
        for paragraph in body.iter(f"{W}p"):
            style = paragraph.find(f"{W}pPr/{W}pStyle")
            if style is not None and style.get(f"{W}val", "").startswith("Heading"):
                headings.add(squeeze(_text(paragraph)))
            elif _is_article_heading(paragraph):
                headings.add(squeeze(_text(paragraph)))
        headers = set()
        for table in body.iter(f"{W}tbl"):
            first = table.find(f"{W}tr")
            if first is not None and first.find(f"{W}trPr/{W}tblHeader") is not None:
                headers.add(squeeze(_text(first)))
        cover = _starts_with_cover(body)
        toc = any("TOC" in (t.text or "").split() for t in body.iter(f"{W}instrText"))
        return cls(headings - {""}, headers - {""}, cover, toc)


def _is_article_heading(paragraph: etree._Element) -> bool:
    """A 条見出し of a rule or 規約 (「（目的）」): direct formatting, not a heading style."""
    text = _text(paragraph).strip()
    in_table = any(a.tag == f"{W}tc" for a in paragraph.iterancestors())
    return not in_table and len(text) <= 30 and text.startswith("（") and text.endswith("）")


def _starts_with_cover(body: etree._Element) -> bool:
    """Whether the body opens with a Title paragraph before its first page break."""
    for paragraph in body:
        if paragraph.tag != f"{W}p":
            return False
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(f"{W}val") == "Title":
            return True
        if any(br.get(f"{W}type") == "page" for br in paragraph.iter(f"{W}br")):
            return False
    return False


def _text(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


@dataclass
class Pdf:
    """The lines of each page, and the page's body: without running header and page number."""

    pages: list[list[str]]
    header: str | None

    @classmethod
    def read(cls, path: Path) -> Pdf:
        done = subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        )
        pages = [[ln for ln in page.splitlines() if ln.strip()] for page in done.stdout.split("\f")]
        if pages and not pages[-1]:
            pages.pop()
        firsts = Counter(squeeze(p[0]) for p in pages if p)
        common = firsts.most_common(1)
        header = common[0][0] if common and common[0][1] >= max(2, len(pages) // 2) else None
        return cls(pages, header)

    def body(self, index: int) -> list[str]:
        lines = self.pages[index]
        if lines and self.header is not None and squeeze(lines[0]) == self.header:
            lines = lines[1:]
        if lines and PAGE_NUMBER.match(lines[-1].strip()):
            lines = lines[:-1]
        return lines


def check(docx_path: Path, pdf_path: Path) -> list[str]:
    """Every layout fault of ``pdf_path`` (made from ``docx_path``)."""
    docx, pdf = Docx.read(docx_path), Pdf.read(pdf_path)
    name = docx_path.name
    faults: list[str] = []
    if docx.has_cover:
        first = pdf.pages[0] if pdf.pages else []
        # a page number is the page's last line (the footer); a bare number higher up is a
        # table's row number (the 様式's 質問書 numbers its rows 1-5)
        if first and PAGE_NUMBER.match(first[-1].strip()):
            faults.append(f"{name}: the cover shows a page number")
        if pdf.header is not None and any(squeeze(ln) == pdf.header for ln in first):
            faults.append(f"{name}: the cover shows the running header")
    last = len(pdf.pages) - 1
    for index in range(len(pdf.pages)):
        number = index + 1
        body = pdf.body(index)
        if not body:
            faults.append(f"{name}: page {number} is blank")
            continue
        content = [ln for ln in body if squeeze(ln) not in docx.table_headers]
        continued = squeeze(body[0]) in docx.table_headers and len(content) < len(body)
        if index > 0 and len(content) <= 1 and (index < last or continued):
            faults.append(f"{name}: page {number} holds only {content!r}")
        if index < last and squeeze(body[-1]) in docx.headings:
            faults.append(f"{name}: heading {body[-1].strip()!r} is the last line of page {number}")
        if index < last and squeeze(body[-1]) in docx.table_headers:
            faults.append(f"{name}: a table header row is the last line of page {number}")
        if index > 0 and content and TOTAL.match(squeeze(content[0])) and _continues(pdf, index):
            faults.append(f"{name}: a total row stands alone at the top of page {number}")
    if docx.has_toc:
        faults += _toc_faults(name, pdf, docx)
    return faults


def _continues(pdf: Pdf, index: int) -> bool:
    """Whether the first content of page ``index`` continues a table of the page before (the
    page before ends in a table row, not in a paragraph)."""
    before = pdf.body(index - 1)
    return bool(before) and len(re.findall(r"\S+", before[-1])) >= 2


def _toc_faults(name: str, pdf: Pdf, docx: Docx) -> list[str]:
    toc = next((i for i, p in enumerate(pdf.pages) if any("目次" == ln.strip() for ln in p)), None)
    if toc is None:
        return [f"{name}: the table of contents is missing"]
    faults = []
    entries = [m.groups() for m in map(DOT_LEADER.match, pdf.pages[toc]) if m]
    if not entries:
        return [f"{name}: the table of contents has no page numbers"]
    for title, number in entries:
        if squeeze(title) in ("目次", "改訂履歴"):
            faults.append(f"{name}: the table of contents lists {title}")
        page = int(number) - 1
        lines = {squeeze(ln) for ln in pdf.pages[page]} if page < len(pdf.pages) else set()
        if squeeze(title) not in lines:
            faults.append(f"{name}: TOC entry {title!r} is not on page {number}")
    return faults
