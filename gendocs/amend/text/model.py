"""The rule-text model: a 条例・規則 as 題名, 目次, 章/節, 条 (見出し, 項, 号, 細目), 附則 and 別表.

Numbers are stored as integers, never as labels, so that one model can be printed in the national
style (第三条, ２, 一) or the municipal 横書き style (第3条, 2, (1)). A 枝番 is part of the number:
第8条の2 is ``(8, 2)``; 第8条 is ``(8,)``.

Glossary (日本語 ↔ code): 条 Article, 項 Paragraph, 号 Item, 細目 Subitem, 見出し caption,
表 (in a 項) InlineTable, その行（「…の項」） TableRow,
章/節 Division, 附則 SupplProvision, 別表 Table, 目次 toc, 題名 title, 番号 number,
前段・後段 former・latter (the two sentences of a 項), ただし書 proviso.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

Num = tuple[int, ...]
"""A unit number with its 枝番: 第8条の2 → (8, 2), 第3号 → (3,)."""

DELETED = "削除"
_PROVISO = re.compile("。(?:ただし|但し)[、,，]")  # 但し: statutes before the 1954 表記 rules
"""Text of a placeholder that keeps the number of a deleted unit (「第5条　削除」)."""
MAIN_ARTICLE: Num = (0,)
"""The number of the one 条 that stands for the 本則 of a rule of 項 only (項建て: the first 項
unnumbered, then 2, 3 …, no 条). Cited 「本則」 (「本則第2項中」, 「本則を第2条とし」), printed
without a label; see :func:`is_paragraph_rule`."""


@dataclass(frozen=True)
class Subitem:
    """A 細目 (ア, イ … or イ, ロ … ) of a 号; ``number`` counts from 1 in label order."""

    number: int
    text: str
    children: tuple[Subitem, ...] = ()


@dataclass(frozen=True)
class Item:
    """A 号 of a 項: its number (with 枝番), its text and its 細目."""

    number: Num
    text: str
    subitems: tuple[Subitem, ...] = ()


@dataclass(frozen=True)
class TableRow:
    """A row of a table inside a 項, cited by its first cell (「都市基盤整備事務所の項」).

    ``key`` is that first cell, preceded by the cell of its group in a grouped table (「警防部の部
    救急課の項」: ``("警防部", "救急課")``); ``cells`` are the other cells; ``items`` are the 号
    printed in the last cell, whose text in ``cells`` is then "".
    """

    key: tuple[str, ...]
    cells: tuple[str, ...]
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class InlineTable:
    """A table printed inside a 項 (「…は、次の表のとおりとする。」): its header line and its
    rows."""

    header: tuple[str, ...]
    rows: tuple[TableRow, ...]

    @property
    def grouped(self) -> bool:
        """Tell whether the rows are cited within groups (「Xの部Yの項」)."""
        return any(len(row.key) > 1 for row in self.rows)


@dataclass(frozen=True)
class Paragraph:
    """A 項: ``number`` 1 is the unnumbered first 項; ``text`` holds 柱書 with 前段・後段・ただし書.

    ``table`` is a table printed after the 項 text (and its 号), if any. ``caption`` is the 見出し
    of a 項 of a 附則 (「（施行期日）」 over 「１」), without the brackets.
    """

    number: int
    text: str
    items: tuple[Item, ...] = ()
    table: InlineTable | None = None
    caption: str | None = None


@dataclass(frozen=True)
class Article:
    """A 条 with its 見出し (without the brackets), its 項 and where it sits among 章・節.

    ``through`` is set for a range placeholder 「第5条から第8条まで　削除」. ``division`` is the
    path of 章 (and 節) numbers the 条 belongs to, e.g. ``((2,), (1,))`` for 第2章第1節.
    """

    number: Num
    caption: str | None
    paragraphs: tuple[Paragraph, ...]
    through: Num | None = None
    division: tuple[Num, ...] = ()


@dataclass(frozen=True)
class Division:
    """A 章 or 節 heading: its path of numbers (第2章第1節 → ((2,), (1,))) and its name."""

    path: tuple[Num, ...]
    title: str


@dataclass(frozen=True)
class SupplProvision:
    """A 附則: the original one has ``label`` None; later ones carry their 改正 citation."""

    label: str | None
    paragraphs: tuple[Paragraph, ...] = ()
    articles: tuple[Article, ...] = ()


@dataclass(frozen=True)
class Table:
    """A 別表: ``number`` None for a single 別表, ``heading`` the rest of its title line."""

    number: int | None
    heading: str
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Rule:
    """A whole 条例・規則 as printed in a 例規集."""

    title: str
    number: str = ""
    toc: tuple[str, ...] = ()
    divisions: tuple[Division, ...] = ()
    articles: tuple[Article, ...] = ()
    supplementary: tuple[SupplProvision, ...] = ()
    tables: tuple[Table, ...] = ()

    @property
    def kind(self) -> str:
        """Return the kind of instrument (条例, 規則, 要綱 …) read from the end of the title."""
        for kind in ("条例", "規則", "規約", "要綱", "規程", "訓令", "告示", "要領"):
            if self.title.endswith(kind):
                return kind
        return "法律" if self.title.endswith("法") else "条例"


def is_paragraph_rule(rule: Rule) -> bool:
    """Tell whether the 本則 of ``rule`` is made of 項 only (項建て, held as one 条
    :data:`MAIN_ARTICLE`)."""
    return any(article.number == MAIN_ARTICLE for article in rule.articles)


Unit = Article | Paragraph | Item | Subitem
UnitKind = Literal["article", "paragraph", "item", "subitem"]


def unit_kind(unit: Unit) -> UnitKind:
    """Return which level a unit is."""
    if isinstance(unit, Article):
        return "article"
    if isinstance(unit, Paragraph):
        return "paragraph"
    if isinstance(unit, Subitem):
        return "subitem"
    return "item"


def unit_number(unit: Unit) -> Num:
    """Return the number of a unit as a tuple (paragraph and 細目 numbers have no 枝番)."""
    if isinstance(unit, (Paragraph, Subitem)):
        return (unit.number,)
    return unit.number


def renumber(unit: Unit, number: Num) -> Unit:
    """Return ``unit`` carrying ``number`` instead of its own."""
    if isinstance(unit, (Paragraph, Subitem)):
        return replace(unit, number=number[0])
    if isinstance(unit, Article) and unit.through is not None:
        shift = number[0] - unit.number[0]
        return replace(unit, number=number, through=(unit.through[0] + shift,) + unit.through[1:])
    return replace(unit, number=number)


def is_placeholder(unit: Unit) -> bool:
    """Tell whether a unit is a 「削除」 placeholder."""
    if isinstance(unit, Article):
        return len(unit.paragraphs) == 1 and is_placeholder(unit.paragraphs[0])
    if isinstance(unit, Paragraph):
        return unit.text == DELETED and not unit.items
    if isinstance(unit, Subitem):
        return unit.text == DELETED and not unit.children
    return unit.text == DELETED and not unit.subitems


def subitem_texts(subitems: tuple[Subitem, ...]) -> list[str]:
    """Return the texts of 細目 in reading order, depth first."""
    out: list[str] = []
    for sub in subitems:
        out.append(sub.text)
        out.extend(subitem_texts(sub.children))
    return out


def item_texts(item: Item) -> list[str]:
    """Return every text of a 号 in reading order (the 号 then its 細目)."""
    return [item.text, *subitem_texts(item.subitems)]


def paragraph_texts(paragraph: Paragraph) -> list[str]:
    """Return every text of a 項 in reading order (柱書, then each 号)."""
    out = [paragraph.text]
    for item in paragraph.items:
        out.extend(item_texts(item))
    return out


def article_texts(article: Article) -> list[str]:
    """Return every text of a 条 body in reading order (not its 見出し)."""
    out: list[str] = []
    for paragraph in article.paragraphs:
        out.extend(paragraph_texts(paragraph))
    return out


def unit_texts(unit: Unit) -> list[str]:
    """Return every text of a unit's body in reading order."""
    if isinstance(unit, Article):
        return article_texts(unit)
    if isinstance(unit, Paragraph):
        return paragraph_texts(unit)
    if isinstance(unit, Subitem):
        return [unit.text, *subitem_texts(unit.children)]
    return item_texts(unit)


def table_texts(unit: Unit) -> list[str]:
    """Return the cells and 号 of the tables in a 条 or 項 (tables inside 項 only), row by row."""
    paragraphs = (
        unit.paragraphs
        if isinstance(unit, Article)
        else (unit,)
        if isinstance(unit, Paragraph)
        else ()
    )
    out: list[str] = []
    for paragraph in paragraphs:
        if paragraph.table is not None:
            for row in paragraph.table.rows:
                out += [*row.key, *row.cells, *(item.text for item in row.items)]
    return out


def next_number(number: Num) -> tuple[Num, ...]:
    """Return the numbers that may follow ``number`` in a well-formed sequence."""
    # After 第8条 come 第8条の2 (a 枝番 inserted) or 第9条; after 第8条の2, 第8条の3 or 第9条.
    successors = [number[: k - 1] + (number[k - 1] + 1,) for k in range(1, len(number) + 1)]
    successors.append(number + (2,))
    return tuple(successors)


_OPENING, _CLOSING = "「（(『", "」）)』"


def sentences(text: str) -> list[str]:
    """Split a text into its sentences, each ending in 「。」 (a 。 inside brackets or quotes does
    not count)."""
    out: list[str] = []
    depth = start = 0
    for at, char in enumerate(text):
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(depth - 1, 0)
        elif char == "。" and depth == 0:
            out.append(text[start : at + 1])
            start = at + 1
    if start < len(text):
        out.append(text[start:])
    return out


def split_sentences(text: str) -> tuple[str, str, str]:
    """Split a text into 前段, 後段 and ただし書.

    The main text (before any ただし書) of exactly two sentences is 前段 and 後段 (「…。この場合に
    おいて、…。」); any other main text is returned whole as the first part with 後段 "".
    """
    main, proviso = split_proviso(text)
    parts = sentences(main)
    if len(parts) == 2 and parts[1].endswith("。"):
        return parts[0], parts[1], proviso
    return main, "", proviso


def split_proviso(text: str) -> tuple[str, str]:
    """Split a text into its main sentence (ending in 。) and its ただし書 ("" if it has none)."""
    found = _PROVISO.search(text)
    if found is None:
        return text, ""
    return text[: found.start() + 1], text[found.start() + 1 :]
