"""Context values a template can only print: pictures and docxtpl rich text become markup.

docxtpl's own context values are objects a template could reach into: an ``InlineImage`` holds
the whole ``DocxTemplate`` (``{{ gantt.tpl.save('/any/path') }}``, issue 18). gendocs never puts
them in a context. Before rendering, a :class:`Image` becomes a marker string, replaced after
Jinja has run by the picture XML made for the part being rendered — so the picture's
relationship lands in the part that shows it and pictures are added in the order they appear,
as docxtpl's ``InlineImage`` did — and ``RichText``/``Listing`` become the markup they stand for.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import docxtpl
from docx.shared import Mm
from docxtpl import DocxTemplate, InlineImage, Listing, RichText, RichTextParagraph
from markupsafe import Markup

from gendocs.errors import Msg
from gendocs.render.sandbox import Refused

# NUL cannot occur in XML, so no template text or content value can make a marker by accident
_MARKER = "\x00picture:{}\x00"
_MARKERS = re.compile("\x00picture:(\\d+)\x00")
_RICH = (RichText, RichTextParagraph, Listing)
# Subdoc is importable only with docxcompose installed
_HOLDS_TEMPLATE: tuple[type, ...] = tuple(
    t for t in (InlineImage, getattr(docxtpl, "Subdoc", None), DocxTemplate) if t is not None
)


@dataclass(frozen=True)
class Image:
    """A PNG to place in the document, with its width."""

    png: bytes
    width_mm: float


def make_inert(value: Any, pictures: list[Image]) -> Any:
    """``value`` with every Image (appended to ``pictures``) and rich text made plain markup.

    A dict, list or tuple is copied only when something in it changes: the contexts of 1,000
    members (a few pictures among ~100,000 dicts and lists) were otherwise held twice while
    the document was rendered (issue 17). Templates cannot change what they are given (the
    environment is an immutable sandbox), so sharing the unchanged ones is safe."""
    if isinstance(value, Image):
        pictures.append(value)
        return Markup(_MARKER.format(len(pictures) - 1))
    if isinstance(value, _RICH):
        return Markup(value.xml)
    if isinstance(value, _HOLDS_TEMPLATE):
        raise TypeError(
            f"a {type(value).__name__} holds the template it belongs to and must not "
            "be put in a context; use gendocs.render.docx.Image or RichText"
        )
    if type(value) is dict:
        made: dict[Any, Any] | None = None
        for key, item in value.items():
            inert = make_inert(item, pictures)
            if inert is not item:
                made = dict(value) if made is None else made
                made[key] = inert
        return value if made is None else made
    if type(value) in (list, tuple):
        items: list[Any] | None = None
        for index, item in enumerate(value):
            inert = make_inert(item, pictures)
            if inert is not item:
                items = list(value) if items is None else items
                items[index] = inert
        return value if items is None else type(value)(items)
    return value


def place_pictures(xml: str, part: Any, pictures: Sequence[Image]) -> str:
    """``xml`` with each picture marker replaced by the picture, made for ``part``."""

    def drawing(match: re.Match[str]) -> str:
        index = int(match.group(1))
        if index >= len(pictures) or not hasattr(part, "new_pic_inline"):
            return match.group(0)  # left in place: refused below
        image = pictures[index]
        pic = part.new_pic_inline(io.BytesIO(image.png), Mm(image.width_mm), None).xml
        # the same runs docxtpl's InlineImage writes: close the text run, draw, reopen it
        return f'</w:t></w:r><w:r><w:drawing>{pic}</w:drawing></w:r><w:r><w:t xml:space="preserve">'

    placed = _MARKERS.sub(drawing, xml)
    if "\x00" in placed:
        raise Refused(
            Msg(
                "画像は {{ 名前 }} のまま、本文の段落に置いてください"
                "（加工された画像の値があります）",
                "place a picture as {{ name }} in a paragraph of the body "
                "(a picture value was changed)",
            )
        )
    return placed
