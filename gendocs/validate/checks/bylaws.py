"""Checks of the legal texts (設置要綱・規約・基本合意書) that read the content only: offices.

Whether each reference, placeholder and item source resolves is decided by the renderer itself
(:func:`gendocs.compute.legal.text.text_problems`), in the compute stage, so a text that passes
always renders.
"""

from __future__ import annotations

from collections.abc import Iterator

from gendocs.errors import Msg
from gendocs.model import Content
from gendocs.model.bylaws import LegalText
from gendocs.validate.domain import Check, Finding

TEXTS = ("establishment", "union_rules", "agreement")


def legal_text_findings(text: LegalText, base: tuple[str, ...]) -> Iterator[Finding]:
    """Every office ``text`` lists twice, located under ``base``."""
    seen: set[str] = set()
    for index, officer in enumerate(text.officers):
        if officer.title in seen:
            yield (
                base + ("officers", index, "title"),
                Msg(
                    f"役職「{officer.title}」が重複しています",
                    f"the office '{officer.title}' is listed twice",
                ),
            )
        seen.add(officer.title)


def bylaws_texts(content: Content) -> Iterator[Finding]:
    """The 設置要綱, 規約 and 基本合意書 list each office once."""
    for key in TEXTS:
        text = getattr(content.bylaws, key)
        if text is not None:
            yield from legal_text_findings(text, ("bylaws", key))


CHECKS: tuple[Check, ...] = (bylaws_texts,)
