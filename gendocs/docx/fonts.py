"""Fonts come from the templates' styles; this module only inspects where a face is named.

The templates' Normal, heading, caption and 条文 styles (and the character style 見出し文字)
carry the Japanese faces, and their document defaults ``w:lang w:eastAsia="ja-JP"``. Runs made
from content inherit their style's font: gendocs sets no font on a run, so a user who changes a
style's font in Word or LibreOffice sees the change in every document built from the template.
These functions tell which runs and styles name a face, for tests and checks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from docx.oxml.ns import qn

_FACES = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")


def faces(rfonts: Any) -> dict[str, str]:
    """The faces a ``w:rFonts`` element names, by attribute (``eastAsia`` → ``ＭＳ 明朝``)."""
    if rfonts is None:
        return {}
    found = {name[2:]: rfonts.get(qn(name)) for name in _FACES}
    return {name: face for name, face in found.items() if face is not None}


def runs_with_fonts(roots: Iterable[Any]) -> Iterator[tuple[Any, dict[str, str]]]:
    """Every run under ``roots`` that names a face itself, with the faces it names."""
    for root in roots:
        for run in root.iter(qn("w:r")):
            named = faces(run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}"))
            if named:
                yield run, named


def style_faces(styles: Any, style_id: str) -> dict[str, str]:
    """The faces style ``style_id`` gets, following ``w:basedOn`` to the document defaults."""
    by_id = {s.get(qn("w:styleId")): s for s in styles.iter(qn("w:style"))}
    found: dict[str, str] = {}
    seen: set[str] = set()
    current = by_id.get(style_id)
    while current is not None and current.get(qn("w:styleId")) not in seen:
        seen.add(current.get(qn("w:styleId")))
        for name, face in faces(current.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")).items():
            found.setdefault(name, face)
        based = current.find(qn("w:basedOn"))
        current = by_id.get(based.get(qn("w:val"))) if based is not None else None
    defaults = styles.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if defaults is not None:
        for name, face in faces(defaults.find(qn("w:rFonts"))).items():
            found.setdefault(name, face)
    return found
