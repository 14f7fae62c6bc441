"""字句 and 見出し: 「第3条中「A」を「B」に改め」, 「第3条の見出しを「（X）」に改め」.

Forms (docs/amendment-rules.md 2): the 字句 clauses of one unit follow one citation,
「第3条中「A」を「B」に、「C」を「D」に改め、「E」を削る。」; the same change in several units cites
them together (「第3条及び第5条中…」). A 目次 clause may quote across lines (a removed line with its
neighbour).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from gendocs.amend.align.words import EditConflict, WordEdit, apply_edits
from gendocs.amend.errors import OpError
from gendocs.amend.ops.base import Clause, Operation, Wording
from gendocs.amend.ops.parts import (
    edit_toc_across_lines,
    main_text_only,
    part_texts,
    spans_toc_lines,
    with_part_texts,
)
from gendocs.amend.ops.ref import PART_WORDS, Part, Ref, show_ref
from gendocs.amend.ops.tree import article_at, get_unit, single_paragraph, with_unit
from gendocs.amend.text.model import Article, Paragraph, Rule


@dataclass(frozen=True)
class EditWords(Operation):
    """「…中「A」を「B」に改め」: 字句 edits in the same ``part`` of one or more units."""

    targets: tuple[Ref, ...]
    part: Part
    edits: tuple[WordEdit, ...]

    def apply(self, rule: Rule) -> Rule:
        """Make the edits in each target; a 目次 clause quoting across lines edits the lines as one
        text."""
        if self.targets == (Ref("toc"),) and spans_toc_lines(rule.toc, self.edits):
            return replace(rule, toc=edit_toc_across_lines(rule.toc, self.edits))
        for target in self.targets:
            rule = _edit_part(rule, target, self.part, self.edits)
        return rule

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「第3条中「A」を「B」に改め」, 「第3条及び第5条中…」, 「同項ただし書中…」."""
        w.leave_container()
        if len(self.targets) == 1:
            part = self.part
            if (
                part == "body"
                and w.style.main_text_cited
                and self.targets[0].kind in ("article", "paragraph", "item")
                and main_text_only(get_unit(rule, self.targets[0]), self.edits)
            ):
                part = "main"  # 「第一項本文中」
            head = w.cite(self.targets[0], rule) + PART_WORDS[part]
        else:
            head = w.cite_several(self.targets, self.part, rule)
        clauses = w.word_clauses(self.edits)
        words, verb = clauses[0]
        return [(head + "中" + words, verb)] + clauses[1:]


def _edit_part(rule: Rule, target: Ref, part: Part, edits: tuple[WordEdit, ...]) -> Rule:
    texts = part_texts(rule, target, part)
    try:
        edited = apply_edits(texts, edits)
    except EditConflict as conflict:
        raise OpError(f"{show_ref(target)}: {conflict}", f"{target}: {conflict}") from None
    return with_part_texts(rule, target, part, edited)


@dataclass(frozen=True)
class SetCaption(Operation):
    """「…の見出しを「（X）」に改め」, 「…に見出しとして「（X）」を付し」, 「…の見出しを削り」."""

    target: Ref
    caption: str | None

    def apply(self, rule: Rule) -> Rule:
        """Replace, add or delete the 見出し of a 条 (or of a 項 of a 附則)."""
        if self.target.kind == "paragraph":
            paragraph = get_unit(rule, self.target)
            assert isinstance(paragraph, Paragraph)
            return with_unit(rule, self.target, replace(paragraph, caption=self.caption))
        article = article_at(rule, self.target)
        return with_unit(rule, self.target, replace(article, caption=self.caption))

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """The clause of the new, changed or deleted 見出し."""
        had = get_unit(rule, self.target)
        head = w.cite(self.target, rule)
        if (
            self.target.area == "suppl"
            and self.target.paragraph == 1
            and single_paragraph(rule, self.target)
            and w.last_article() == Ref("suppl")
        ):
            head = "同項"  # 「附則を附則第一項とし、同項に見出しとして「（施行期日）」を付し」
        if self.caption is None:
            return [(head + "の見出しを", "削り")]
        if isinstance(had, (Article, Paragraph)) and had.caption is None:
            return [(f"{head}に見出しとして「（{self.caption}）」を", "付し")]
        return [(f"{head}の見出しを「（{self.caption}）」に", "改め")]
