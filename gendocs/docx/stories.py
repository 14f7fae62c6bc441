"""The stories of a package (body, headers, footers) and the relationships their content uses."""

from __future__ import annotations

import io
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT

R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REFERENCES = tuple(f"{{{R_NS}}}{name}" for name in ("embed", "link", "id"))


def story_roots(document: Any) -> list[Any]:
    """The body of a python-docx document, then the root of each header and footer part."""
    return [document.element.body] + [
        rel.target_part.element
        for rel in document.part.rels.values()
        if rel.reltype.endswith(("/header", "/footer"))
    ]


def shared_story_parts(part_a: Any, part_b: Any) -> list[tuple[Any, Any]]:
    """Header and footer parts present in both packages under the same name, paired."""
    kinds = (RT.HEADER, RT.FOOTER)
    old = {
        str(r.target_part.partname): r.target_part
        for r in part_a.rels.values()
        if r.reltype in kinds and not r.is_external
    }
    return [
        (old[str(r.target_part.partname)], r.target_part)
        for r in part_b.rels.values()
        if r.reltype in kinds and not r.is_external and str(r.target_part.partname) in old
    ]


def import_relations(root: Any, part_a: Any, part_b: Any) -> None:
    """Point the pictures and links under ``root`` (content of ``part_a``) at ``part_b``."""
    for element in root.iter():
        for attr in _REFERENCES:
            value = element.get(attr)
            if value is None or value not in part_a.rels:
                continue
            rel = part_a.rels[value]
            if rel.is_external:
                element.set(attr, part_b.relate_to(rel.target_ref, rel.reltype, is_external=True))
            elif rel.reltype == RT.IMAGE:
                element.set(attr, _add_image(part_b, rel.target_part.blob))


def _add_image(part: Any, blob: bytes) -> str:
    image_part = part.package.get_or_add_image_part(io.BytesIO(blob))
    return str(part.relate_to(image_part, RT.IMAGE))
