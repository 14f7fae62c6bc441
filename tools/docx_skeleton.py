"""Build the first version of a gendocs Word template with python-docx.

The committed .docx in templates/ is the source users edit in Word; these helpers only make a
first version and refuse to overwrite an existing file. Japanese layout: A4, 35/30/30/30 mm
margins, 10.5 pt ＭＳ 明朝 body, ＭＳ ゴシック headings, explicit w:eastAsia fonts and ja-JP.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

MINCHO = "ＭＳ 明朝"
GOTHIC = "ＭＳ ゴシック"


def new_document() -> Any:
    """A blank A4 document with Japanese styles."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(35), Mm(30)
    section.left_margin, section.right_margin = Mm(30), Mm(30)
    section.header_distance, section.footer_distance = Mm(15), Mm(17.5)
    _defaults(doc)
    _style(doc, "Normal", MINCHO, 10.5)
    for level, size in ((1, 14), (2, 12), (3, 10.5)):
        style = _style(doc, f"Heading {level}", GOTHIC, size, bold=True)
        style.paragraph_format.space_before = Pt(12 if level == 1 else 6)
        style.paragraph_format.space_after = Pt(6)
        style.font.color.rgb = None
    _style(doc, "Title", GOTHIC, 22, bold=True)
    for name in ("Table Grid", "List Bullet", "Caption"):
        if name in [s.name for s in doc.styles]:
            style = doc.styles[name]
            if style.type == 1:
                _fonts(style.element.get_or_add_rPr(), MINCHO)
    _settings(doc)
    return doc


def _defaults(doc: Any) -> None:
    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _fonts(rpr, MINCHO)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "ja-JP")


def _fonts(rpr: Any, face: str) -> None:
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in list(rfonts.attrib):
        if attr.endswith("Theme"):
            del rfonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), face)
    rfonts.set(qn("w:hint"), "eastAsia")


def _style(doc: Any, name: str, face: str, size: float, bold: bool = False) -> Any:
    style = doc.styles[name]
    style.font.name = face
    style.font.size = Pt(size)
    style.font.bold = bold
    _fonts(style.element.get_or_add_rPr(), face)
    return style


def _settings(doc: Any) -> None:
    settings = doc.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def field(paragraph: Any, instruction: str, shown: str = "") -> None:
    """Append a complex field (PAGE, NUMPAGES, TOC …) with a cached result to ``paragraph``."""
    def fld_char(kind: str) -> Any:
        run = paragraph.add_run()
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), kind)
        if kind == "begin":
            char.set(qn("w:dirty"), "true")
        run._r.append(char)
        return run

    fld_char("begin")
    instr = paragraph.add_run()._r
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    instr.append(text)
    fld_char("separate")
    paragraph.add_run(shown)
    fld_char("end")


def page_footer(doc: Any) -> None:
    """Centre 「- PAGE -」 in the footer of every section."""
    for section in doc.sections:
        para = section.footer.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        para.add_run("- ")
        field(para, "PAGE", "1")
        para.add_run(" -")


def header_text(doc: Any, text: str) -> None:
    """Right-aligned running header (may hold Jinja tags)."""
    for section in doc.sections:
        para = section.header.paragraphs[0]
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = para.add_run(text)
        run.font.size = Pt(8)


def cover(doc: Any, title: str, lines: list[str]) -> None:
    """A cover page: title, then lines (consortium, 版数, date, 案), then a page break."""
    for _ in range(8):
        doc.add_paragraph()
    para = doc.add_paragraph(title, style="Title")
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for _ in range(10):
        doc.add_paragraph()
    for line in lines:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.runs[0].font.size = Pt(14)
    page_break(doc)


def page_break(doc: Any) -> None:
    """Start a new page."""
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def toc(doc: Any, headings: list[str]) -> None:
    """目次: a TOC field whose cached result lists ``headings`` until fields are updated."""
    doc.add_paragraph("目次", style="Heading 1")
    para = doc.add_paragraph()
    field(para, 'TOC \\o "1-2" \\h \\z \\u', "")
    # the cached result is the heading list, so an un-updated TOC still shows the sections
    result_run = para.runs[-2]
    result_run.text = headings[0] if headings else ""
    for heading in headings[1:]:
        result_run.add_break()
        result_run.add_text(heading)
    page_break(doc)


def para(doc: Any, text: str, style: str | None = None, indent: bool = True) -> Any:
    """A body paragraph; 一字下げ for ordinary prose."""
    p = doc.add_paragraph(text, style=style)
    if indent and style is None:
        p.paragraph_format.first_line_indent = Pt(10.5)
    return p


def loop_paragraph(doc: Any, loop: str, body: str, style: str | None = None) -> None:
    """Paragraphs repeated by ``{%p for … %}``: one per item."""
    doc.add_paragraph(f"{{%p for {loop} %}}")
    para(doc, body, style)
    doc.add_paragraph("{%p endfor %}")


def table(doc: Any, headers: list[str], cells: list[str], loop: str,
          widths_mm: list[float] | None = None, footer: list[str] | None = None) -> Any:
    """A table with a header row, one row per item of ``loop`` and an optional total row."""
    t = start_table(doc, headers, 4 + (1 if footer else 0))
    t.rows[1].cells[0].text = f"{{%tr for {loop} %}}"
    for i, text in enumerate(cells):
        t.rows[2].cells[i].text = text
        if text.endswith("円 }}") or "| yen" in text or "| num" in text or "amount" in text:
            t.rows[2].cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    t.rows[3].cells[0].text = "{%tr endfor %}"
    if footer:
        for i, text in enumerate(footer):
            t.rows[4].cells[i].text = text
            _shade(t.rows[4].cells[i], "F2F2F2")
    return finish_table(doc, t, widths_mm)


def start_table(doc: Any, headers: list[str], rows: int) -> Any:
    """A grid table of ``rows`` rows whose first row is a bold, shaded, repeating header."""
    t = doc.add_table(rows=rows, cols=len(headers))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(t.rows[0].cells, headers):
        cell.text = text
        cell.paragraphs[0].runs[0].font.bold = True
        _shade(cell, "D9E2F3")
    _repeat_header(t.rows[0])
    return t


def finish_table(doc: Any, t: Any, widths_mm: list[float] | None) -> Any:
    """Fix the column widths, set the cells in 9 pt and leave a blank line after the table."""
    if widths_mm:
        set_widths(t, widths_mm)
    for row in t.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)
    doc.add_paragraph()
    return t


def grouped_table(doc: Any, headers: list[str], outer: str, inner: str, cells: list[str],
                  group_footer: list[str], widths_mm: list[float]) -> Any:
    """A table with a row per inner item, grouped by outer item, each group closed by a sub-total
    row (nested ``{%tr for %}`` loops)."""
    rows = [[f"{{%tr for {outer} %}}"], [f"{{%tr for {inner} %}}"], cells, ["{%tr endfor %}"],
            group_footer, ["{%tr endfor %}"]]
    t = start_table(doc, headers, len(rows) + 1)
    for r, texts in enumerate(rows, 1):
        for c, text in enumerate(texts):
            t.rows[r].cells[c].text = text
    for cell in t.rows[5].cells:
        _shade(cell, "F2F2F2")
    return finish_table(doc, t, widths_mm)


def set_widths(t: Any, widths_mm: list[float]) -> None:
    """Fix column widths (grid and cells) so Word and LibreOffice lay the table out alike."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths_mm):
        col.set(qn("w:w"), str(int(width * 56.7)))
    for row in t.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)


def _shade(cell: Any, colour: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shd)


def _repeat_header(row: Any) -> None:
    trpr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    trpr.append(header)


def save_new(doc: Any, path: Path) -> None:
    """Save ``doc`` to ``path`` unless a template is already there (the .docx is the source)."""
    if path.exists() and "--force-first-version" not in sys.argv:
        raise SystemExit(f"{path} exists: edit it in Word instead of regenerating it")
    doc.save(str(path))


__all__ = ["new_document", "field", "page_footer", "header_text", "cover", "page_break", "toc",
           "para", "loop_paragraph", "table", "grouped_table", "start_table", "finish_table", "save_new", "WD_SECTION"]
