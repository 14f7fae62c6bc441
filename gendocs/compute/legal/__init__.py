"""Legal texts (設置要綱・規約・基本合意書・監査実施要綱), numbered and resolved once per build.

:mod:`.text` is the one 条・項・号 renderer every legal text goes through; :mod:`.values` takes
the facts its placeholders stand for from the content. :func:`legal_text` renders one legal text
of the content and reports each unresolvable 〔…〕 or item source at its place in the YAML.
"""

from __future__ import annotations

from dataclasses import dataclass

from gendocs.compute.legal.text import Numbering, RenderedText, render_legal_text, text_problems
from gendocs.compute.legal.values import head_of, legal_date, legal_facts, text_parties
from gendocs.errors import ContentError, Problem
from gendocs.load import RawContent, format_path
from gendocs.model import Content
from gendocs.model.bylaws import LegalText

BYLAWS = ("establishment", "union_rules", "agreement")


def texts_of(content: Content) -> dict[str, LegalText]:
    """Every legal text of ``content`` by its key path (``bylaws.union_rules``)."""
    texts = {f"bylaws.{key}": getattr(content.bylaws, key) for key in BYLAWS}
    texts["security.audit_rules"] = content.security.audit_rules
    return {key: text for key, text in texts.items() if text is not None}


def legal_text(content: Content, key: str, raw: RawContent) -> RenderedText:
    """The legal text at ``key`` rendered; a ContentError locates every unresolvable part."""
    text = texts_of(content)[key]
    numbering = Numbering.from_style(content.project.legal_style)
    facts = legal_facts(content, text, numbering)
    base = tuple(key.split("."))
    found = [(base + path, message) for path, message in text_problems(text, facts)]
    if found:
        raise ContentError(Problem(raw.locate(p), format_path(p), m) for p, m in found)
    return render_legal_text(text, numbering, facts)


@dataclass(frozen=True)
class Frame:
    """What a legal text's document states around its articles: its 制定日 (締結日), the number
    of signed copies (通数) and the signatories, member and head, in content order."""

    enacted: str
    copies: str
    signatories: tuple[tuple[str, str], ...]
    # 最終改正: the date and title of the last amendment content/ordinances drafts ("" if none)
    last_amended: str = ""


def legal_frame(content: Content, key: str) -> Frame:
    """The frame of the legal text at ``key`` as ``content`` states it: the current content, or
    the content an instrument was adopted at (:func:`gendocs.compute.amendments.as_adopted`), so
    a frozen instrument keeps the date and the parties it was signed with."""
    text = texts_of(content)[key]
    numbering = Numbering.from_style(content.project.legal_style)
    parties = text_parties(content, text)
    return Frame(
        legal_date(text.enacted, numbering),
        numbering.number(len(parties)),
        tuple((m.name, head_of(m)) for m in parties),
    )
