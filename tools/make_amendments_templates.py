"""Make the first versions of templates/amendments_text.docx and amendments_table.docx.

The collected 改正文 and 新旧対照表 of every rule in content/ordinances/ (``gendocs build``): the
single-rule layout of ``tools/make_amendment_templates.py`` repeated per rule, each rule starting
on a new page. Run once: ``python -m tools.make_amendments_templates``; it never overwrites.
"""

from __future__ import annotations

from typing import Any

from tools.docx_skeleton import new_document, page_footer, save_new
from tools.make_amendment_templates import TEMPLATES, _paragraph, _tag, table_body, text_body


def _rule_title(doc: Any, text: str) -> None:
    _paragraph(doc, text, center=True, bold=True).paragraph_format.page_break_before = True


def make_texts() -> Any:
    """Every rule's 改正文: 題名, 制定文, 改正規定, 附則."""
    doc = new_document()
    page_footer(doc)
    _tag(doc, "{%p for a in amendments %}")
    _rule_title(doc, "{{ a.title }}")
    _paragraph(doc, "")
    text_body(doc, "a.")
    _tag(doc, "{%p endfor %}")
    return doc


def make_tables() -> Any:
    """Every rule's 新旧対照表: title, caption sentence, aligned old and new lines."""
    doc = new_document()
    page_footer(doc)
    _tag(doc, "{%p for a in amendments %}")
    _rule_title(doc, "{{ a.title }}\u3000新旧対照表")
    table_body(doc, "a.")
    _tag(doc, "{%p endfor %}")
    return doc


def main() -> None:
    save_new(make_texts(), TEMPLATES / "amendments_text.docx")
    save_new(make_tables(), TEMPLATES / "amendments_table.docx")


if __name__ == "__main__":
    main()
