"""Make the first versions of the procurement templates. Never overwrites an existing template.

    python -m tools.make_procurement_templates

writes whichever of templates/procurement_plan.docx, rfi.docx, procurement_spec.docx, rfp.docx
and evaluation.docx is missing. The shared building blocks (cover, numbered clauses, tables with
fixed rows) are here; each document's text is in its own script. The standard wording (である体)
lives in the .docx so the secretariat can change it in Word; facts come from content.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from tools.docx_skeleton import (
    cover,
    header_text,
    loop_paragraph,
    new_document,
    page_break,
    page_footer,
    para,
    finish_table,
    start_table,
    table,
    toc,
)

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
HANGING = Pt(21)


def start(sections: list[str]) -> Any:
    """A document with header, page numbers, cover, 改訂履歴 and 目次 listing ``sections``."""
    doc = new_document()
    header_text(doc, "{{ doc.title }}{% if doc.draft %}（案）{% endif %}　{{ doc.edition }}")
    page_footer(doc)
    cover(doc, "{{ doc.title }}", ["{% if doc.draft %}【案】{% endif %}", "{{ consortium.name }}",
                                   "{{ doc.edition }}", "{{ doc.date }}"])
    doc.add_paragraph("改訂履歴", style="Heading 2")
    table(doc, ["版数", "改訂日", "改訂内容"], ["{{ r.edition }}", "{{ r.date }}", "{{ r.summary }}"],
          "r in doc.revisions", [25, 40, 85])
    toc(doc, sections)
    return doc


def heading(doc: Any, text: str, level: int = 1) -> None:
    """A numbered heading (the number is part of the text so Word users see it as written)."""
    doc.add_paragraph(text, style=f"Heading {level}")


def clause(doc: Any, label: str, text: str) -> Any:
    """A clause with a hanging label: 「（1）本文…」."""
    p = doc.add_paragraph(f"{label}{text}")
    p.paragraph_format.left_indent = HANGING
    p.paragraph_format.first_line_indent = -HANGING
    return p


def clauses(doc: Any, texts: list[str]) -> None:
    """Clauses numbered （1）, （2）…"""
    for number, text in enumerate(texts, 1):
        clause(doc, f"（{number}）", text)


def loop_clauses(doc: Any, loop: str, body: str) -> None:
    """Clauses repeated by ``{%p for … %}`` and numbered by the loop."""
    doc.add_paragraph(f"{{%p for {loop} %}}")
    clause(doc, "（{{ loop.index }}）", body)
    doc.add_paragraph("{%p endfor %}")


def paragraphs(doc: Any, loop: str) -> None:
    """Content paragraphs, one per item (一字下げ)."""
    loop_paragraph(doc, loop, "{{ text }}")


def static_table(doc: Any, headers: list[str], rows: list[list[str]],
                 widths_mm: list[float]) -> Any:
    """A table whose rows are written in the template (cells may hold Jinja values)."""
    return fixed_loop_table(doc, headers, rows, widths_mm)


def fixed_loop_table(doc: Any, headers: list[str], fixed: list[list[str]], widths_mm: list[float],
                     cells: list[str] | None = None, loop: str = "") -> Any:
    """Header, fixed rows, then (optionally) one row per item of ``loop``."""
    t = start_table(doc, headers, 1 + len(fixed) + (3 if cells else 0))
    for r, row in enumerate(fixed, 1):
        for i, text in enumerate(row):
            t.rows[r].cells[i].text = text
    if cells:
        base = 1 + len(fixed)
        t.rows[base].cells[0].text = f"{{%tr for {loop} %}}"
        for i, text in enumerate(cells):
            t.rows[base + 1].cells[i].text = text
        t.rows[base + 2].cells[0].text = "{%tr endfor %}"
    return finish_table(doc, t, widths_mm)


def right(t: Any, *columns: int) -> Any:
    """Right-align ``columns`` below the header (numbers: 端末数, 配点, 重み)."""
    for row in t.rows[1:]:
        for column in columns:
            for p in row.cells[column].paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return t


def contact_table(doc: Any) -> None:
    """提出先・問合せ先 (the secretariat)."""
    table(doc, ["項目", "内容"], ["{{ c.label }}", "{{ c.value }}"], "c in contact_rows", [30, 120])


def save_missing(name: str, builder: Any) -> None:
    """Save templates/``name`` from ``builder()`` unless it exists (the .docx is the source)."""
    path = TEMPLATES / name
    if path.exists() and "--force-first-version" not in sys.argv:
        print(f"{path} exists: edit it in Word instead of regenerating it")
        return
    builder().save(str(path))
    print(f"wrote {path}")


def main() -> None:
    """Write every missing procurement template."""
    from tools import (
        make_evaluation_template,
        make_procurement_plan_template,
        make_procurement_spec_template,
        make_rfi_template,
        make_rfp_template,
    )

    save_missing("procurement_plan.docx", make_procurement_plan_template.build)
    save_missing("rfi.docx", make_rfi_template.build)
    save_missing("procurement_spec.docx", make_procurement_spec_template.build)
    save_missing("rfp.docx", make_rfp_template.build)
    save_missing("evaluation.docx", make_evaluation_template.build)


__all__ = ["start", "heading", "page_break", "clause", "clauses", "loop_clauses", "paragraphs", "para",
           "table", "right", "static_table", "fixed_loop_table", "contact_table", "save_missing"]

if __name__ == "__main__":
    main()
