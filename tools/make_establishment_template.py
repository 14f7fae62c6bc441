"""Make the first version of templates/establishment.docx (推進協議会設置要綱). Never overwrites.

The articles come from content/bylaws.yaml through the legal renderer; this template holds the
title block and the 附則 frame (see tools/legal_skeleton.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tools.docx_skeleton import save_new
from tools.legal_skeleton import articles, legal_document, supplementary, title_block


def build() -> Any:
    doc = legal_document()
    title_block(doc, "制定")
    articles(doc)
    supplementary(doc)
    return doc


if __name__ == "__main__":
    save_new(build(), Path(__file__).resolve().parent.parent / "templates" / "establishment.docx")
