"""Helpers for amendment tests: draft from inline 例規集 text, compare 改め文 whitespace aside."""

from __future__ import annotations

import re

from gendocs.amend import Amendment, Enactment, Style, draft_amendment
from gendocs.amend.text.parse import parse_rule_text

TITLE = "寒川町テスト条例"


def rule_text(body: str, title: str = TITLE, number: str = "") -> str:
    """Return 例規集 text: a title line, an optional number line, then ``body``."""
    head = title + ("\n（" + number + "）" if number else "")
    return head + "\n" + body.strip("\n") + "\n"


def draft(
    old: str, new: str, style: Style, *, title: str = TITLE, number: str = "", **kw: object
) -> Amendment:
    """Draft from two 例規集 excerpts (条 numbers need not start at 第1条)."""
    old_rule = parse_rule_text(rule_text(old, title, number), allow_gaps=True)
    new_rule = parse_rule_text(rule_text(new, title, number), allow_gaps=True)
    enactment = kw.pop("enactment", Enactment())
    assert isinstance(enactment, Enactment)
    return draft_amendment(old_rule, new_rule, style=style, enactment=enactment)


def squash(text: str) -> str:
    """Drop all whitespace (ASCII and full-width) and unify bracket width, for comparison."""
    text = re.sub(r"[\s\u3000]+", "", text)
    return text.replace("(", "（").replace(")", "）")


def provisions_text(amendment: Amendment) -> str:
    """Return the 改正規定 with their new text, whitespace removed."""
    return squash("".join(s.text + "".join(s.block) for s in amendment.sentences))
