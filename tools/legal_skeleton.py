"""Word layout shared by the legal-text templates (設置要綱, 規約, 基本合意書, 監査実施要綱).

Every legal text is laid out from the renderer's lines (``law.lines``): one paragraph format per
kind — 見出し （設置） indented one character, 条 and 項 with a one-character hanging indent, 号
indented one character more — so all texts look alike and follow ``project.legal_style``.
"""

from __future__ import annotations

from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from tools.docx_skeleton import GOTHIC, header_text, new_document, page_footer

CHAR = Pt(10.5)  # one full-width character of the 10.5 pt body text


def legal_document() -> Any:
    """A new document with the running header and page numbers of a legal text."""
    doc = new_document()
    header_text(doc, "{{ doc.title }}{% if doc.draft %}（案）{% endif %}　{{ doc.edition }}"
                "　{{ doc.date }}")
    page_footer(doc)
    return doc


def indented(doc: Any, text: str, left: float = 0, first: float = 0,
             align: Any = None) -> Any:
    """A paragraph indented by ``left`` characters with a first line moved by ``first``."""
    p = doc.add_paragraph(text)
    p.paragraph_format.left_indent = Pt(10.5 * left)
    p.paragraph_format.first_line_indent = Pt(10.5 * first)
    p.paragraph_format.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    return p


def title_block(doc: Any, suffix: str) -> None:
    """題名 (with （案） while a draft) and the date line: 令和8年4月1日制定."""
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("{{ law.title }}{% if doc.draft %}（案）{% endif %}")
    run.font.name, run.font.size, run.font.bold = GOTHIC, Pt(14), True
    indented(doc, f"{{{{ enacted }}}}{suffix}", align=WD_ALIGN_PARAGRAPH.RIGHT)
    doc.add_paragraph()


def articles(doc: Any, var: str = "law") -> None:
    """The 条・項・号 of ``var`` (a RenderedText), one paragraph format per line kind."""
    doc.add_paragraph(f"{{%p for l in {var}.lines %}}")
    doc.add_paragraph("{%p if l.kind == 'caption' %}")
    indented(doc, "{{ l.text }}", left=1).paragraph_format.keep_with_next = True
    doc.add_paragraph("{%p elif l.kind == 'article' %}")
    p = indented(doc, "", left=1, first=-1)
    label = p.add_run("{{ l.label }}")
    label.font.name, label.bold = GOTHIC, True
    p.add_run("\u3000{{ l.text }}")
    doc.add_paragraph("{%p elif l.kind == 'paragraph' %}")
    indented(doc, "{{ l.label }}\u3000{{ l.text }}", left=1, first=-1)
    doc.add_paragraph("{%p else %}")
    indented(doc, "{{ l.label }}\u3000{{ l.text }}", left=3, first=-2)
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p endfor %}")


def supplementary(doc: Any, var: str = "law") -> None:
    """附　則 and its paragraphs (numbered only when there are several)."""
    doc.add_paragraph(f"{{%p if {var}.supplementary %}}")
    doc.add_paragraph()
    indented(doc, "附\u3000則", left=3)
    doc.add_paragraph(f"{{%p for l in {var}.supplementary %}}")
    doc.add_paragraph("{%p if l.label %}")
    indented(doc, "{{ l.label }}\u3000{{ l.text }}", left=1, first=-1)
    doc.add_paragraph("{%p else %}")
    indented(doc, "{{ l.text }}", first=1)
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph("{%p endif %}")
