"""Render a Word template with a context, then make the package consistent.

After docxtpl renders, every run gets East-Asian font settings (``w:eastAsia`` font and
``w:lang w:eastAsia="ja-JP"``) so Japanese never falls back to a Latin or Chinese face, drawing
ids are renumbered (docxtpl loops copy them; Word calls duplicates "unreadable content") and the
copied ``w14:paraId``/``w14:textId`` attributes are dropped for the same reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from docx.oxml.ns import qn
from docxtpl import DocxTemplate

from gendocs.errors import Msg, TemplateError
from gendocs.render.environment import make_environment
from gendocs.render.inert import Image as Image  # re-exported: doctypes make their pictures here
from gendocs.render.inert import make_inert, place_pictures

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


@dataclass(frozen=True)
class Fonts:
    """The faces a document uses; Word names them, LibreOffice maps them by fontconfig alias."""

    mincho: str = "ＭＳ 明朝"
    gothic: str = "ＭＳ ゴシック"


class _Template(DocxTemplate):  # type: ignore[misc]
    """docxtpl with inert pictures, and without its output rewrite of ``{_{`` to ``{{``: that
    rewrite would change content values containing ``{_{``, and gendocs templates never need it."""

    def __init__(self, path: Path, pictures: Sequence[Image]) -> None:
        super().__init__(str(path))
        self.pictures = pictures

    def render_xml_part(self, src_xml: str, part: Any, context: dict[str, Any],
                        jinja_env: Any = None) -> str:
        src_xml = re.sub(r"<w:p([ >])", r"\n<w:p\1", src_xml)
        self.current_rendering_part = part
        dst_xml = jinja_env.from_string(src_xml).render(context)
        dst_xml = place_pictures(dst_xml, part, self.pictures)
        dst_xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", dst_xml)
        return str(self.resolve_listing(dst_xml))


def render_template(template: Path, context: dict[str, Any], fonts: Fonts = Fonts()) -> DocxTemplate:
    """Render ``template`` with ``context``; Image values become inline pictures."""
    pictures: list[Image] = []
    prepared = {k: make_inert(v, pictures) for k, v in context.items()}
    doc = _Template(template, pictures)
    try:
        doc.render(prepared, jinja_env=make_environment(), autoescape=True)
    except (jinja2.TemplateError, TypeError, ValueError, AttributeError) as err:
        raise TemplateError(Msg(f"テンプレート {template.name} の処理に失敗しました: {err}",
                                f"template {template.name} failed to render: {err}")) from err
    finish_package(doc, fonts)
    return doc


def finish_package(doc: DocxTemplate, fonts: Fonts) -> None:
    """Apply East-Asian run settings and unique ids to every story of the document."""
    document = doc.docx
    roots = [document.element.body]
    roots += [rel.target_part.element for rel in document.part.rels.values()
              if rel.reltype.endswith(("/header", "/footer"))]
    for root in roots:
        for run in root.iter(qn("w:r")):
            east_asian_run(run, fonts)
        for para in root.iter(qn("w:p")):
            para.attrib.pop(f"{{{W14}}}paraId", None)
            para.attrib.pop(f"{{{W14}}}textId", None)
    for number, drawing in enumerate(document.element.body.iter(
            "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"), 1):
        drawing.set("id", str(number))


def east_asian_run(run: Any, fonts: Fonts) -> None:
    """Give ``run`` an eastAsia font (kept if the template chose one) and the ja-JP language."""
    rpr = run.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    if rfonts.get(qn("w:eastAsia")) is None:
        rfonts.set(qn("w:eastAsia"), fonts.mincho)
    for theme in ("w:eastAsiaTheme", "w:asciiTheme", "w:hAnsiTheme"):
        rfonts.attrib.pop(qn(theme), None)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.makeelement(qn("w:lang"), {})
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "ja-JP")
    _order_rpr(rpr)


# CT_RPr is a sequence: rFonts must come early and lang late, or strict validators complain.
_RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
              "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
              "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight",
              "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
              "eastAsianLayout", "specVanish", "oMath"]


def _order_rpr(rpr: Any) -> None:
    rank = {qn(f"w:{name}"): i for i, name in enumerate(_RPR_ORDER)}
    children = list(rpr)
    children.sort(key=lambda el: rank.get(el.tag, len(rank)))
    for child in children:
        rpr.append(child)
