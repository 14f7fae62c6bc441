"""Addresses of units (:class:`Ref`) and of the part of a unit's text a 字句 clause changes
(:data:`Part`).

Every address names a unit by its number **at the moment the operation applies**: operations apply
one after another, a deleted unit leaves a gap until a later operation moves its neighbour into it,
and nothing is renumbered implicitly. This is the reading the reference derives from real 改め文
(docs/amendment-rules.md 2.4, 2.7): 「第七項を第九項とし、第四項から第六項までを二項ずつ繰り下げ」
works because the back units move first.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from gendocs.amend.text.model import Num, UnitKind

Area = Literal["main", "suppl", "table", "toc", "division"]
Part = Literal["body", "caption", "chapeau", "proviso", "main", "former", "latter", "all"]
"""Which text of a unit a 字句 clause changes: all of it (「第3条中」), its 見出し
(「第3条の見出し中」), its 柱書 only (「各号列記以外の部分中」), its ただし書 (「ただし書中」) or
the rest (「本文中」),
its 前段 or 後段 (「第3条第1項後段中」), or the body with the 見出し
(「第3条（見出しを含む。）中」)."""
PART_WORDS: dict[Part, str] = {
    "body": "",
    "caption": "の見出し",
    "chapeau": "各号列記以外の部分",
    "proviso": "ただし書",
    "main": "本文",
    "former": "前段",
    "latter": "後段",
    "all": "（見出しを含む。）",
}
"""How an 改め文 names each :data:`Part` after the unit: 「第3条の見出し中」, 「同項ただし書中」."""


@dataclass(frozen=True)
class Ref:
    """The address of a unit: 本則 or 附則 (``area``), then 条, 項 and 号 numbers.

    ``subitem`` is the path of 細目 numbers inside the 号 (ロ → (2,), ロ(1) → (2, 1));
    ``row`` is the key of a row of the table in the 項 (「第3条の表Xの項」 → ``("X",)``), with
    ``item`` a 号 in that row;
    ``table`` names 別表第N (None for a single 別表); ``division`` names a 章 or 節 by its path.
    """

    area: Area = "main"
    article: Num | None = None
    paragraph: int | None = None
    item: Num | None = None
    table: int | None = None
    division: tuple[Num, ...] = ()
    subitem: tuple[int, ...] | None = None
    row: tuple[str, ...] | None = None

    @property
    def kind(self) -> UnitKind | Area | Literal["row"]:
        """Return the level addressed: subitem, item, row, paragraph, article, or a whole area."""
        if self.subitem is not None:
            return "subitem"
        if self.item is not None:
            return "item"
        if self.row is not None:
            return "row"
        if self.paragraph is not None:
            return "paragraph"
        if self.article is not None:
            return "article"
        return self.area

    @property
    def key(self) -> Num:
        """Return the number of the addressed unit within its container."""
        if self.subitem is not None:
            return self.subitem[-1:]
        if self.item is not None:
            return self.item
        if self.paragraph is not None:
            return (self.paragraph,)
        if self.article is not None:
            return self.article
        raise ValueError(f"{self} addresses a container, not a unit")

    def parent(self) -> Ref:
        """Return the address of the container holding this unit."""
        if self.subitem is not None:
            return Ref(
                self.area,
                self.article,
                self.paragraph,
                self.item,
                subitem=self.subitem[:-1] or None,
                row=self.row,
            )
        if self.item is not None:
            return Ref(self.area, self.article, self.paragraph, row=self.row)
        if self.row is not None:
            return Ref(self.area, self.article, self.paragraph)  # the 項 holding the table
        if self.paragraph is not None:
            return Ref(self.area, self.article)
        return Ref(self.area)

    def child(self, kind: UnitKind, number: Num) -> Ref:
        """Return the address of a unit of ``kind`` numbered ``number`` inside this one."""
        if kind == "subitem":
            return Ref(
                self.area,
                self.article,
                self.paragraph,
                self.item,
                subitem=(self.subitem or ()) + number[:1],
                row=self.row,
            )
        if kind == "item":
            return Ref(self.area, self.article, self.paragraph or 1, number, row=self.row)
        if kind == "paragraph":
            return Ref(self.area, self.article, number[0])
        return Ref(self.area, number)


def show_ref(ref: Ref) -> str:
    """Return a reference as Japanese for messages (附則第3条第2項)."""
    parts = [] if ref.area == "main" else ["附則"]
    if ref.article is not None:
        parts.append("第" + "の".join(map(str, ref.article)) + "条")
    if ref.paragraph is not None:
        parts.append(f"第{ref.paragraph}項")
    if ref.row is not None:
        parts.append("の表" + "の部".join(ref.row) + "の項")
    if ref.item is not None:
        parts.append("第" + "の".join(map(str, ref.item)) + "号")
    if ref.subitem is not None:
        parts.append("の細目" + "・".join(map(str, ref.subitem)))
    return "".join(parts) or ref.area
