"""Checks of the legal texts (設置要綱・規約・基本合意書): references, facts, item sources.

The renderer's own :func:`~gendocs.render.legal.text_problems` decides what is resolvable, so a
text that validates always renders.
"""

from __future__ import annotations

from collections.abc import Iterator

from gendocs.errors import Msg
from gendocs.model import Content
from gendocs.model.bylaws import LegalText
from gendocs.render.legal import Numbering, text_problems
from gendocs.render.legal_facts import legal_facts
from gendocs.validate.domain import Check, Finding

TEXTS = ("establishment", "union_rules", "agreement")


def legal_text_findings(
    content: Content, text: LegalText, base: tuple[str, ...]
) -> Iterator[Finding]:
    """Every unresolvable 〔…〕 or item source of ``text``, located under ``base``."""
    numbering = Numbering.from_style(content.project.legal_style)
    facts = legal_facts(content, text, numbering)
    for path, message in text_problems(text, facts):
        yield base + path, message
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
    """The 設置要綱, 規約 and 基本合意書 resolve every reference and placeholder."""
    for key in TEXTS:
        text = getattr(content.bylaws, key)
        if text is not None:
            yield from legal_text_findings(content, text, ("bylaws", key))


CHECKS: tuple[Check, ...] = (bylaws_texts,)
