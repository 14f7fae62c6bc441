"""設置要綱・一部事務組合規約・基本合意書: legal texts numbered by the one 条・項・号 renderer.

The articles are content (``content/bylaws.yaml``): their wording is what the 意思決定機関 decides
and what legal review changes. The template holds the frame around them: title block, 制定 line,
前文, 附則 heading, and for the 基本合意書 the closing formula and the signature lines.
"""

from __future__ import annotations

from gendocs.compute import Facts
from gendocs.doctypes import Context, DocumentType, missing, register
from gendocs.errors import Msg
from gendocs.model import Content
from gendocs.model.bylaws import LegalText


def legal_context(content: Content, facts: Facts, text: LegalText, key: str) -> Context:
    """The ``law`` a legal-text template lays out, with its dates and signatories.

    ``key`` is where the text is in the content (``bylaws.union_rules``); the compute stage
    numbered it and resolved its placeholders (``facts.legal``), and took its 制定日, 通数 and
    signatories from the content it was adopted at when it is frozen (``facts.frames``).
    """
    frame = facts.frames[key]
    return {
        "law": facts.legal[key],
        "enacted": frame.enacted,
        "copies": frame.copies,
        "signatories": [{"name": name, "head": head} for name, head in frame.signatories],
        "last_amended": frame.last_amended,
    }


def required_text(content: Content, facts: Facts, key: str, title: str) -> LegalText:
    """The text ``bylaws.<key>``; building its document without it is a content error."""
    text: LegalText | None = getattr(content.bylaws, key)
    if text is None:
        raise missing(
            facts,
            f"bylaws.{key}",
            Msg(
                f"{title}を作成するには bylaws.{key}（条文）が必要です",
                f"bylaws.{key} (the articles) is needed to build the {title}",
            ),
        )
    return text


def establishment_context(content: Content, facts: Facts) -> Context:
    """Context of the 推進協議会設置要綱."""
    return legal_context(
        content,
        facts,
        required_text(content, facts, "establishment", "設置要綱"),
        "bylaws.establishment",
    )


def union_rules_context(content: Content, facts: Facts) -> Context:
    """Context of the 一部事務組合規約."""
    return legal_context(
        content,
        facts,
        required_text(content, facts, "union_rules", "一部事務組合規約"),
        "bylaws.union_rules",
    )


def agreement_context(content: Content, facts: Facts) -> Context:
    """Context of the 基本合意書."""
    return legal_context(
        content, facts, required_text(content, facts, "agreement", "基本合意書"), "bylaws.agreement"
    )


# the text itself: a frame that lost its 条 or 附則 would print an empty 要綱
LEGAL_NEEDS = ("law.title", "law.lines[].text", "law.supplementary[].text", "enacted")

register(
    DocumentType(
        name="establishment",
        title="推進協議会設置要綱",
        template="establishment.docx",
        context=establishment_context,
        order=40,
        phase=1,
        applies=lambda content: content.bylaws.establishment is not None,
        needs=LEGAL_NEEDS,
    )
)
register(
    DocumentType(
        name="union_rules",
        title="一部事務組合規約",
        template="union_rules.docx",
        context=union_rules_context,
        order=41,
        phase=1,
        applies=lambda content: content.bylaws.union_rules is not None,
        needs=LEGAL_NEEDS,
    )
)
register(
    DocumentType(
        name="agreement",
        title="基本合意書",
        template="agreement.docx",
        context=agreement_context,
        order=42,
        phase=1,
        applies=lambda content: content.bylaws.agreement is not None,
        needs=LEGAL_NEEDS + ("signatories[].head", "copies"),
    )
)
