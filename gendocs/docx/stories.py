"""The stories of a package: body, headers, footers."""

from __future__ import annotations

from typing import Any

def story_roots(document: Any) -> list[Any]:
    """The body of a python-docx document, then the root of each header and footer part."""
    return [document.element.body] + [
        rel.target_part.element for rel in document.part.rels.values()
        if rel.reltype.endswith(("/header", "/footer"))]
