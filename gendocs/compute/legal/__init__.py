"""Legal texts (設置要綱・規約・基本合意書・監査実施要綱), numbered and resolved once per build.

:mod:`.text` is the one 条・項・号 renderer every legal text goes through; :mod:`.values` takes
the facts its placeholders stand for from the content. :func:`legal_text` renders one legal text
of the content and reports each unresolvable 〔…〕 or item source at its place in the YAML.
"""

from __future__ import annotations

from gendocs.compute.legal.text import Numbering, RenderedText, render_legal_text, text_problems
from gendocs.compute.legal.values import legal_facts
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
