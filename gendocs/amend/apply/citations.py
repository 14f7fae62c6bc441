"""Read the citations in a 改め文 sentence: 「第3条第2項」, 「同条」, 「同項第5号ロ」,
「…の表Xの項」.

A citation is read against the rule as it stands (a 条 with one 項 is cited as the 条) and against
what the sentence named before it (同条・同項・同号, and the container named with 「C中X」), so
:class:`CitationReader` is a mixin on the applier's sentence reader
(:mod:`gendocs.amend.apply.sentences`) and keeps that memory in ``cites``.
"""

from __future__ import annotations

import re

from gendocs.amend.apply.divisions import DivisionReader, check_scope
from gendocs.amend.apply.inline_tables import TABLE_OF, find_row, split_container
from gendocs.amend.errors import ApplyError
from gendocs.amend.ops import Ref
from gendocs.amend.ops.tree import single_paragraph
from gendocs.amend.text.lines import BRANCH, NUMBER
from gendocs.amend.text.model import MAIN_ARTICLE, Rule, UnitKind
from gendocs.amend.text.parse import read_num, read_number
from gendocs.amend.text.style import Style
from gendocs.amend.write.cite import CiteState
from gendocs.amend.write.subitems import LABELS, read_subitem_labels
from gendocs.errors import Msg

_N = NUMBER
_BR = BRANCH
REF = re.compile(
    rf"^(附則)?(?:第({_N})条{_BR}|(同条|本則))?(?:第({_N})項|(同項))?(?:第({_N})号{_BR}|(同号))?({LABELS})?$"
)
"""A citation; 「本則」 in the place of the 条 is the 本則 of a rule of 項 only (「本則第2項」)."""


class CitationReader:
    """Turns citations into addresses; mixed into the sentence reader, which holds the fields."""

    sentence: str
    style: Style
    cites: CiteState
    divisions: DivisionReader

    def fail(self, ja: str, en: str) -> ApplyError:
        return ApplyError(self.sentence, Msg(ja, en))

    def _named(self, text: str, rule: Rule) -> Ref:
        ref = self.resolve(text, rule)
        self.cites.note(ref, rule)
        return ref

    def _structural(self, text: str, rule: Rule) -> Ref:
        """Read 「C中X」 (setting the context) or a plain citation."""
        if (split := split_container(text)) is not None:
            container, text = split
            if (path := self.divisions.path(container)) is not None:
                # 「第3章第2節中同条を第27条とし」: the 章・節 of the last 条
                # (docs/amendment-rules.md 2.7).
                return check_scope(rule, path, self._named(text, rule))
            parent = self.resolve(container, rule)
            self.cites.note(parent, rule)
            self.cites.context = parent
        return self._named(text, rule)

    def _second(self, text: str, first: Ref, rule: Rule) -> Ref:
        """Read the second citation of a clause (new number, end of range) like the first."""
        return self.resolve(text, rule, kind=first.kind, parent=first.parent())

    def _as_kind(self, ref: Ref, kind: UnitKind, rule: Rule) -> Ref:
        if (
            ref.kind == "article"
            and kind == "paragraph"
            and single_paragraph(rule, Ref(ref.area, ref.article, 1))
        ):
            return Ref(ref.area, ref.article, 1)
        return ref

    def resolve(
        self, text: str, rule: Rule, *, kind: object = None, parent: Ref | None = None
    ) -> Ref:
        """Turn a citation into an address, using 同…, the 「中」 context and the rule."""
        if TABLE_OF in text:
            return self._row(text, rule)
        m = REF.match(text)
        if not text or m is None:
            raise self.fail(
                f"「{text}」を規定として読めません。", f"cannot read {text!r} as a citation."
            )
        suppl, art, art_br, same_art, para, same_para, item, item_br, same_item, labels = m.groups()
        if labels:
            return self._subitem(text[: m.start(10)], labels, rule, kind=kind, parent=parent)
        st = self.cites
        if same_item:
            return _required(st.last_item, self, "同号")
        context = st.context if st.context is not None and parent in (None, st.context) else parent
        area = "suppl" if suppl else (context.area if context is not None and not art else "main")
        article = read_num(art, art_br) if art else None
        if same_art == "本則":
            area, article = "main", MAIN_ARTICLE
        elif same_art:
            last = _required(st.last_article, self, "同条")
            area, article = last.area, last.article
        paragraph: int | None = read_number(para) if para else None
        if same_para:
            last = _required(st.last_paragraph, self, "同項")
            area, article, paragraph = last.area, last.article, last.paragraph
        if article is None and not same_para and (para or item) and not suppl:
            source = context or st.last_article
            article = source.article if source is not None else None
            area = source.area if source is not None else area
        if item and paragraph is None:
            local = context if not (art or same_art) else None
            paragraph = self._item_paragraph(Ref(area, article), local, rule)
        if suppl and not (art or para or item):
            return Ref("suppl")
        # A bare 「第3号」 inside 「…の表Xの項中」 is a 号 of that row.
        row = (
            context.row
            if context is not None and not (art or same_art or para or same_para)
            else None
        )
        return Ref(area, article, paragraph, read_num(item, item_br) if item else None, row=row)

    def _row(self, text: str, rule: Rule) -> Ref:
        """Read 「第３条の表Xの項」 or 「同項の表Xの項第５号」."""
        head, _, rest = text.partition(TABLE_OF)
        holder = self.resolve(head, rule)
        row, tail = find_row(rule, Ref(holder.area, holder.article, holder.paragraph or 1), rest)
        if not tail:
            return row
        saved, self.cites.context = self.cites.context, row
        try:
            return self.resolve(tail, rule, parent=row)
        finally:
            self.cites.context = saved

    def _subitem(
        self, head: str, labels: str, rule: Rule, *, kind: object, parent: Ref | None
    ) -> Ref:
        """Read 「第七号ロ」, 「同号ロ」, or a bare 「ロ」 inside the 号 (or 細目) named with
        「中」."""
        found = self.cites.context if parent is None or parent == self.cites.context else parent
        if head:
            found = self.resolve(head, rule, kind=kind, parent=parent)
        if found is None or found.kind not in ("item", "subitem"):
            raise self.fail(
                f"「{labels}」がどの号の細目か分かりません。", f"{labels}: no item named."
            )
        item = found
        depth = 0 if head else len(item.subitem or ())
        path = read_subitem_labels(labels, self.style, depth)
        if path is None or item.item is None:
            raise self.fail(
                f"「{labels}」を細目として読めません。", f"cannot read {labels!r} as sub-items."
            )
        return Ref(
            item.area, item.article, item.paragraph, item.item, subitem=(item.subitem or ()) + path
        )

    def _item_paragraph(self, article: Ref, context: Ref | None, rule: Rule) -> int:
        if context is not None and context.paragraph is not None:
            return context.paragraph
        if single_paragraph(rule, Ref(article.area, article.article, 1)):
            return 1
        if (
            self.cites.last_paragraph is not None
            and self.cites.last_paragraph.article == article.article
        ):
            return self.cites.last_paragraph.paragraph or 1
        raise self.fail("号を含む項が分かりません。", "cannot tell which paragraph holds the item.")


def _required(ref: Ref | None, reader: CitationReader, word: str) -> Ref:
    if ref is None:
        raise reader.fail(f"「{word}」が何を指すか分かりません。", f"{word} refers to nothing.")
    return ref
