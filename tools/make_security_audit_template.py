"""Make the first version of templates/security_audit.docx (情報セキュリティ監査実施要綱). Never overwrites.

The articles come from ``security.audit_rules`` through the legal renderer; the 別表 is the
監査チェックリスト from ``security.checklist``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tools.docx_skeleton import page_break, para, save_new, table
from tools.legal_skeleton import articles, indented, legal_document, supplementary, title_block


def build() -> Any:
    doc = legal_document()
    title_block(doc, "制定")
    articles(doc)
    supplementary(doc)
    page_break(doc)
    indented(doc, "{{ appendix }}")
    doc.add_paragraph("監査チェックリスト", style="Heading 2")
    para(doc, "監査人は、次の項目について確認方法欄の方法により監査を行う。重点欄に◎を付した項目は、"
         "毎年度の監査で必ず確認する重点項目とする。")
    table(doc, ["No", "対策基準の区分", "監査項目", "確認方法", "重点"],
          ["{{ c.no }}", "{{ c.area }}", "{{ c.item }}", "{{ c.method }}", "{{ c.priority }}"],
          "c in checklist", [10, 32, 56, 40, 12])
    return doc


if __name__ == "__main__":
    save_new(build(), Path(__file__).resolve().parent.parent / "templates" / "security_audit.docx")
