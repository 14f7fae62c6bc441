"""The outline of a rule while its 例規集 lines are read, and its freezing into the model.

:mod:`gendocs.amend.text.parse` classifies each line and adds it to a ``_Reader``; at the end the
outline is frozen into :mod:`gendocs.amend.text.model`'s units. The names keep their leading
underscore: they are the text reader's own, used by :mod:`gendocs.amend.text.parse` alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from gendocs.amend.errors import text_problem
from gendocs.amend.text.inline_tables import read_inline_table
from gendocs.amend.text.lines import read_cell_item
from gendocs.amend.text.model import (
    Article,
    Division,
    Item,
    Num,
    Paragraph,
    Rule,
    Subitem,
    SupplProvision,
    Table,
)
from gendocs.errors import Problem


@dataclass
class _Para:
    number: int
    text: str
    items: list[_Item] = field(default_factory=list)
    table: list[str] = field(default_factory=list)
    caption: str | None = None


@dataclass
class _Item:
    number: Num
    text: str
    subitems: list[_Sub] = field(default_factory=list)


@dataclass
class _Sub:
    number: int
    text: str
    children: list[_Sub] = field(default_factory=list)


@dataclass
class _Article:
    number: Num
    through: Num | None
    caption: str | None
    division: tuple[Num, ...]
    paragraphs: list[_Para] = field(default_factory=list)


@dataclass
class _Suppl:
    label: str | None
    articles: list[_Article] = field(default_factory=list)
    paragraphs: list[_Para] = field(default_factory=list)


Area = Literal["preface", "toc", "body", "suppl", "table"]


@dataclass
class _Reader:
    """Mutable state while reading lines; frozen into the model at the end."""

    source: str
    key_path: str
    allow_gaps: bool = False
    free_start: bool = False
    area: Area = "preface"
    preface: list[str] = field(default_factory=list)
    toc: list[str] = field(default_factory=list)
    divisions: list[Division] = field(default_factory=list)
    division: tuple[Num, ...] = ()
    articles: list[_Article] = field(default_factory=list)
    suppls: list[_Suppl] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    caption: str | None = None
    item_style: str | None = None
    paragraphs_only: bool = False
    """The text has no 条 line before its 附則: a 本則 of 項 only (項建て) may open after the
    題名 and 番号."""
    problems: list[Problem] = field(default_factory=list)
    line_no: int = 0

    def fail(self, ja: str, en: str) -> None:
        self.problems.append(
            text_problem(self.source, self.line_no, ja, en, key_path=self.key_path)
        )

    @property
    def container(self) -> list[_Article]:
        return self.suppls[-1].articles if self.area == "suppl" else self.articles

    def current_paragraphs(self) -> list[_Para] | None:
        if self.area == "suppl" and not self.suppls[-1].articles:
            return self.suppls[-1].paragraphs
        return self.container[-1].paragraphs if self.container else None


def _freeze_rule(reader: _Reader) -> Rule:
    title = reader.preface[0].lstrip("○") if reader.preface else ""
    number = "".join(line.strip("（）()") for line in reader.preface[1:])
    return Rule(
        title=title,
        number=number,
        toc=tuple(reader.toc),
        divisions=tuple(reader.divisions),
        articles=tuple(_freeze_article(a) for a in reader.articles),
        supplementary=tuple(_freeze_suppl(s) for s in reader.suppls),
        tables=tuple(reader.tables),
    )


def _freeze_suppl(suppl: _Suppl) -> SupplProvision:
    return SupplProvision(
        suppl.label,
        tuple(_freeze_paragraph(p) for p in suppl.paragraphs),
        tuple(_freeze_article(a) for a in suppl.articles),
    )


def _freeze_article(article: _Article) -> Article:
    return Article(
        article.number,
        article.caption,
        tuple(_freeze_paragraph(p) for p in article.paragraphs),
        article.through,
        article.division,
    )


def _freeze_paragraph(paragraph: _Para) -> Paragraph:
    table = read_inline_table(paragraph.table, read_cell_item) if paragraph.table else None
    return Paragraph(
        paragraph.number,
        paragraph.text,
        tuple(_freeze_item(i) for i in paragraph.items),
        table,
        paragraph.caption,
    )


def _freeze_item(item: _Item) -> Item:
    return Item(item.number, item.text, tuple(_freeze_sub(s) for s in item.subitems))


def _freeze_sub(sub: _Sub) -> Subitem:
    return Subitem(sub.number, sub.text, tuple(_freeze_sub(c) for c in sub.children))
