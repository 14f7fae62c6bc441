"""Make the first versions of templates/amendment_text.docx and templates/amendment_table.docx.

* 改正文 (amendment_text): 題名, 制定文, one paragraph per 改正規定 with its new text indented
  two characters, then 「附　則」 and its 項 (headings such as （施行期日） one character in).
* 新旧対照表 (amendment_table): the title, the caption sentence, and one two-column table whose
  rows put the old and new line of each 条・項・号 at the same height; changed words come as
  underlined runs (docxtpl RichText), the column order comes from the style.

Run once: ``python -m tools.make_amendment_templates``. It never overwrites: after that the .docx
files are the source and are edited in Word.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from tools.docx_skeleton import new_document, page_footer, save_new, table

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
CHAR = Pt(10.5)


def _paragraph(doc: Any, text: str, *, left: int = 0, first: int = 0, center: bool = False, bold: bool = False) -> Any:
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.font.bold = bold
    fmt = p.paragraph_format
    fmt.left_indent = CHAR * left
    fmt.first_line_indent = CHAR * first
    fmt.space_after = Pt(0)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _tag(doc: Any, tag: str) -> None:
    doc.add_paragraph(tag)


def text_body(doc: Any, a: str = "") -> None:
    """題名, 制定文, 改正規定 (new text indented), 附則; ``a`` prefixes the names (``"a."`` in a loop)."""
    _paragraph(doc, f"{{{{ {a}enacting }}}}", first=1)
    _tag(doc, f"{{%p for p in {a}provisions %}}")
    _tag(doc, "{%p if p.block %}")
    _paragraph(doc, "{{ p.text }}", left=2)
    _tag(doc, "{%p else %}")
    _paragraph(doc, "{{ p.text }}", first=1)
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")
    _paragraph(doc, "")
    _paragraph(doc, "附\u3000則", left=3)
    _tag(doc, f"{{%p for s in {a}supplementary %}}")
    _tag(doc, "{%p if s.heading %}")
    _paragraph(doc, "{{ s.text }}", left=1)
    _tag(doc, "{%p else %}")
    _paragraph(doc, "{{ s.text }}", first=1)
    _tag(doc, "{%p endif %}")
    _tag(doc, "{%p endfor %}")


def table_body(doc: Any, a: str = "") -> None:
    """The caption sentence and one row per line of old and new text."""
    _paragraph(doc, f"{{{{ {a}caption }}}}")
    table(doc, [f"{{{{ {a}headings[0] }}}}", f"{{{{ {a}headings[1] }}}}"],
          ["{{r r.left }}", "{{r r.right }}"], f"r in {a}rows", [75, 75])


def make_text() -> Any:
    """The 改正文: 題名, 制定文, 改正規定 (new text indented), 附則."""
    doc = new_document()
    page_footer(doc)
    _paragraph(doc, "{{ title }}", center=True, bold=True)
    _paragraph(doc, "")
    text_body(doc)
    return doc


def make_table() -> Any:
    """The 新旧対照表: title, caption sentence, one row per line of old and new text."""
    doc = new_document()
    page_footer(doc)
    _paragraph(doc, "{{ title }}\u3000新旧対照表", center=True, bold=True)
    table_body(doc)
    return doc


def main() -> None:
    save_new(make_text(), TEMPLATES / "amendment_text.docx")
    save_new(make_table(), TEMPLATES / "amendment_table.docx")


if __name__ == "__main__":
    main()
