"""East-Asian fonts and language on runs, so Japanese never falls back to a Latin or Chinese face.

Today every run of a rendered document gets its ``w:eastAsia`` font (kept if the template chose
one) and ``w:lang w:eastAsia="ja-JP"``: :func:`east_asian_runs` is called once, from
:func:`gendocs.docx.package.finish_package`. Issue 12 moves the faces into the templates'
styles; then that call goes and runs inherit their style's font.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from docx.oxml.ns import qn


@dataclass(frozen=True)
class Fonts:
    """The faces a document uses; Word names them, LibreOffice maps them by fontconfig alias."""

    mincho: str = "ＭＳ 明朝"
    gothic: str = "ＭＳ ゴシック"


def east_asian_runs(roots: Iterable[Any], fonts: Fonts) -> None:
    """Give every run under ``roots`` an East-Asian font and the ja-JP language."""
    for root in roots:
        for run in root.iter(qn("w:r")):
            east_asian_run(run, fonts)


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
_RPR_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]
_RANK = {qn(f"w:{name}"): i for i, name in enumerate(_RPR_ORDER)}


def _order_rpr(rpr: Any) -> None:
    children = list(rpr)
    children.sort(key=lambda el: _RANK.get(el.tag, len(_RANK)))
    for child in children:
        rpr.append(child)
