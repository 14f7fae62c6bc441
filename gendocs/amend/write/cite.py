"""How an 改め文 names units: 「第3条第2項第1号」, 「同条」「同項」「同号」, and 「第38条中第7項」.

Shared by the generator (which writes citations) and the applier (which reads them), so both follow
the same rules (docs/amendment-rules.md 2.4):

* a 条 with a single 項 is cited as the 条: its 項 is 「第4条」, its 号 「第4条第2号」;
* 「同条」「同項」「同号」 name the 条, 項 or 号 named last in the same sentence; after 「AをBとし」
  the last-named unit is B (「同項を同条第三項とし、同項の次に…」);
* 「C中X」 names units X inside C for the moves that follow, until a 字句 clause intervenes;
* 「同章」 names the 章 named last in the sentence
  (「第5章第4節を同章第3節とし、同章を第4章とする」, docs/amendment-rules.md 2.3 joureikun k15, 2.6,
  2.7, 2.10), as 「同条」 names the 条.
"""

from __future__ import annotations

from dataclasses import dataclass

from gendocs.amend.ops import Ref
from gendocs.amend.ops.divisions import UNITS
from gendocs.amend.ops.tree import single_paragraph
from gendocs.amend.text.inline_tables import row_citation
from gendocs.amend.text.model import MAIN_ARTICLE, Num, Rule
from gendocs.amend.text.style import Style
from gendocs.amend.write.subitems import subitem_citation


@dataclass
class CiteState:
    """What 「同条」「同項」「同号」 and a bare 「第N項」 refer to at this point of a sentence."""

    last_article: Ref | None = None
    last_paragraph: Ref | None = None
    last_item: Ref | None = None
    context: Ref | None = None

    def note(self, ref: Ref, rule: Rule) -> None:
        """Record that ``ref`` has just been named."""
        if ref.article is not None or ref.area == "suppl":
            article = Ref(ref.area, ref.article)
            if article != self.last_article:
                self.last_paragraph = self.last_item = None
            self.last_article = article
        if ref.paragraph is not None:
            shown = not single_paragraph(rule, ref)
            paragraph = Ref(ref.area, ref.article, ref.paragraph)
            if paragraph != self.last_paragraph:
                self.last_item = None
            self.last_paragraph = paragraph if shown else None
        if ref.item is not None:
            # A 細目 is cited after its 号, so naming it names the 号 (「同号ロ」 comes next).
            self.last_item = Ref(ref.area, ref.article, ref.paragraph, ref.item, row=ref.row)

    def forget(self, ref: Ref) -> None:
        """Drop a unit that was deleted or shifted from what 「同…」 may name."""
        if ref.subitem is not None:
            return  # the 号 holding a deleted 細目 is still there
        if ref.item is not None:
            self.last_item = None
        elif ref.paragraph is not None:
            self.last_paragraph = self.last_item = None
        else:
            self.last_article = self.last_paragraph = self.last_item = None


@dataclass(frozen=True)
class Citer:
    """Writes citations in one style, against the rule as it stands."""

    style: Style
    rule: Rule

    def cite(self, ref: Ref, state: CiteState) -> str:
        """Return the citation of ``ref`` using 同条・同項・同号 where they apply."""
        kind = ref.kind
        if kind in ("toc", "table", "division") or (kind == "suppl"):
            return self.container(ref)
        if kind == "subitem":
            item = Ref(ref.area, ref.article, ref.paragraph, ref.item, row=ref.row)
            return self.cite(item, state) + subitem_citation(self.style, ref.subitem or ())
        if kind == "row":
            # 「第３条の表都市基盤整備事務所の項」, 「同項の表第九条第一項の項」
            # (docs/amendment-rules.md 2.5).
            holder = self.cite(Ref(ref.area, ref.article, ref.paragraph), state)
            return f"{holder}の表{row_citation(ref.row or ())}の項"
        if kind == "item" and ref.row is not None and ref != state.last_item:
            return self.cite(
                Ref(ref.area, ref.article, ref.paragraph, row=ref.row), state
            ) + self.style.item(ref.item or ())
        if kind == "item" and ref == state.last_item:
            return "同号"
        if kind == "paragraph" and ref == state.last_paragraph:
            return "同項"
        if kind == "item":
            return self._paragraph_part(ref.parent(), state, for_item=True) + self.style.item(
                ref.item or ()
            )
        if kind == "paragraph":
            return self._paragraph_part(ref, state, for_item=False)
        return self._article_part(ref, state)

    def _article_part(self, ref: Ref, state: CiteState) -> str:
        if ref.article is None:
            return "附則"
        if ref.article == MAIN_ARTICLE:
            # The 本則 of a rule of 項 only is named again, never 「同条」: 「本則第3項を本則第4項と
            # し、本則第2項の次に次の1項を加える」 (docs/amendment-rules.md 5a).
            return "本則"
        if Ref(ref.area, ref.article) == state.last_article:
            return "同条"
        prefix = "附則" if ref.area == "suppl" else ""
        return prefix + self.style.article(ref.article)

    def _paragraph_part(self, ref: Ref, state: CiteState, *, for_item: bool) -> str:
        if single_paragraph(self.rule, ref):
            return self._article_part(ref, state)
        if for_item and ref == state.last_paragraph:
            return "同項"
        return self._article_part(ref, state) + self.style.paragraph(ref.paragraph or 1)

    def local(self, ref: Ref) -> str:
        """Cite a unit by its own number only, inside a container named with 「中」."""
        if ref.kind == "subitem" and ref.subitem:
            return self.style.subitem_label(ref.subitem[-1], len(ref.subitem) - 1)
        if ref.kind == "item":
            return self.style.item(ref.item or ())
        if ref.kind == "paragraph":
            return self.style.paragraph(ref.paragraph or 1)
        return self.style.article(ref.article or ())

    def container(self, ref: Ref) -> str:
        """Cite a whole area: 目次, 別表第2, 第2章第1節, 附則."""
        return cite_area(self.style, ref)


def cite_area(style: Style, ref: Ref) -> str:
    """Cite a whole area: 目次, 別表第2, 第2章第1節, 附則."""
    if ref.kind == "toc":
        return "目次"
    if ref.kind == "table":
        return "別表" + ("" if ref.table is None else f"第{style.number(ref.table)}")
    if ref.kind == "division":
        return style.division_path(ref.division)
    return "附則"


@dataclass
class DivisionCiter:
    """Cites 章・節 within one sentence, remembering the 章 that 「同章」 stands for."""

    style: Style
    chapter: Num | None = None

    def cite(self, path: tuple[Num, ...]) -> str:
        """Return 「第5章第4節」, or 「同章第4節」 when 第5章 was the 章 named last."""
        head = "同章" if path[0] == self.chapter else self.style.division(path[0], UNITS[0])
        self.chapter = path[0]
        return head + "".join(self.style.division(n, UNITS[1]) for n in path[1:])
