"""Make the first version of templates/agreement.docx (基本合意書). Never overwrites.

The 前文 and articles come from content/bylaws.yaml through the legal renderer; the closing
formula, the date and one signature line per member are standard wording held here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from tools.docx_skeleton import GOTHIC, save_new
from tools.legal_skeleton import articles, indented, legal_document, supplementary


def build() -> Any:
    doc = legal_document()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run("{{ law.title }}{% if doc.draft %}（案）{% endif %}")
    run.font.name, run.font.size, run.font.bold = GOTHIC, Pt(14), True
    doc.add_paragraph()
    doc.add_paragraph("{%p if law.preamble %}")
    indented(doc, "{{ law.preamble }}", first=1)
    doc.add_paragraph()
    doc.add_paragraph("{%p endif %}")
    articles(doc)
    supplementary(doc)
    doc.add_paragraph()
    indented(doc, "この合意の成立を証するため、本書{{ copies }}通を作成し、構成団体の長が記名押印の上、"
             "各自1通を保有する。", first=1)
    doc.add_paragraph()
    indented(doc, "{{ enacted }}", left=2)
    doc.add_paragraph()
    doc.add_paragraph("{%p for s in signatories %}")
    signature = indented(doc, "{{ s.head }}\t印", left=16)
    signature.paragraph_format.space_after = Pt(12)
    signature.paragraph_format.tab_stops.add_tab_stop(Pt(10.5 * 30))
    doc.add_paragraph("{%p endfor %}")
    return doc


if __name__ == "__main__":
    save_new(build(), Path(__file__).resolve().parent.parent / "templates" / "agreement.docx")
