"""Prove a draft: apply the written 改め文 to the old text and compare with the new text."""

from __future__ import annotations

from dataclasses import replace

from gendocs.amend.apply.sentences import apply_text
from gendocs.amend.errors import VerificationError
from gendocs.amend.text.model import Rule
from gendocs.amend.text.style import MUNICIPAL, Style


def comparable(rule: Rule, supplementary: int) -> Rule:
    """Return the parts of a rule an amendment controls (not its number, nor later 附則)."""
    return replace(rule, number="", supplementary=rule.supplementary[:supplementary])


def verify(old: Rule, new: Rule, text: str, style: Style = MUNICIPAL) -> Rule:
    """Apply ``text`` (written in ``style``) to ``old``; raise VerificationError naming the first 条
    that differs."""
    applied = apply_text(old, text, style)
    count = len(old.supplementary)
    if comparable(applied, count) != comparable(new, count):
        where, detail = first_difference(comparable(applied, count), comparable(new, count))
        raise VerificationError(where, detail)
    return applied


def first_difference(got: Rule, want: Rule) -> tuple[str, str]:
    """Return where two rules first differ, as a citation and a short description."""
    if got.title != want.title:
        return "題名", f"{got.title} ≠ {want.title}"
    if got.toc != want.toc:
        return "目次", "目次の行が異なります"
    if got.divisions != want.divisions:
        return "章・節", "章名・節名が異なります"
    for a, b in zip(got.articles, want.articles, strict=False):
        if a != b:
            label = "第" + "の".join(map(str, b.number)) + "条"
            return label, _describe(a, b)
    if len(got.articles) != len(want.articles):
        return "本則", f"条の数 {len(got.articles)} ≠ {len(want.articles)}"
    if got.supplementary != want.supplementary:
        return "附則", "附則が異なります"
    return "別表", "別表が異なります"


def _describe(got: object, want: object) -> str:
    text = f"{got!r} ≠ {want!r}"
    return text if len(text) < 300 else text[:297] + "…"
