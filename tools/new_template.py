"""Start the template of a new document type: an empty copy of an existing template.

    python -m tools.new_template templates/sla.docx templates/minutes.docx

The new .docx keeps the source's styles (Japanese faces, headings, table text), numbering, page
size and margins, and the header and footer of its last section ({{ doc.title }}, page numbers);
its body is one title paragraph. It never overwrites a file: from then on the template is the
source of the document's wording and is edited in Word or LibreOffice (docs/DEVELOPING.md).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

_STORIES = (RT.HEADER, RT.FOOTER)


def new_template(source: Path, target: Path) -> None:
    """Write an empty copy of the template ``source`` to ``target``, which must not exist."""
    document = Document(str(source))
    body = document.element.body
    for child in [c for c in body if c.tag != qn("w:sectPr")]:
        body.remove(child)
    body.insert(0, document.add_paragraph("{{ doc.title }}", style="Title")._p)
    _drop_unused_stories(document)
    buffer = io.BytesIO()
    document.save(buffer)
    with open(target, "xb") as stream:  # "x": refuse an existing file, whatever happens
        stream.write(buffer.getvalue())


def _drop_unused_stories(document: Any) -> None:
    """Remove the headers and footers only the removed sections referred to."""
    used = set(
        document.element.body.xpath(".//w:headerReference/@r:id | .//w:footerReference/@r:id")
    )
    part = document.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype in _STORIES and rid not in used:
            part.drop_rel(rid)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m tools.new_template SOURCE.docx NEW.docx")
    try:
        new_template(Path(sys.argv[1]), Path(sys.argv[2]))
    except FileExistsError:
        sys.exit(f"{sys.argv[2]} exists: edit it in Word or LibreOffice instead")
