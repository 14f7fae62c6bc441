"""Print a rule (or some of its units) as 例規集 text, one line per unit, in a given style.

The layout is the one :mod:`gendocs.amend.text.parse` reads: 「（目的）」, 「第1条　…」, 「2　…」,
「(1)　…」, 「ア　…」, headings 「第1章　総則」, 「附　則」, 「別表（第3条関係）」 with cells
separated by 「｜」.
"""

from __future__ import annotations

from gendocs.amend.text.inline_tables import render_inline_table
from gendocs.amend.text.model import (
    MAIN_ARTICLE,
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
from gendocs.amend.text.style import Style

SPACE = "\u3000"
CELL_SEPARATOR = "｜"


def render_rule(rule: Rule, style: Style) -> list[str]:
    """Return the whole rule as 例規集 lines."""
    lines = [rule.title]
    if rule.number:
        lines.append(f"（{rule.number}）")
    if rule.toc:
        lines += ["目次", *rule.toc]
    lines += render_body(rule, style)
    for suppl in rule.supplementary:
        lines += render_suppl(suppl, style)
    for table in rule.tables:
        lines += render_table(table, style)
    return lines


def render_body(rule: Rule, style: Style) -> list[str]:
    """Return the 本則: each 条 preceded by the 章・節 headings it opens."""
    lines: list[str] = []
    titles = {d.path: d.title for d in rule.divisions}
    previous: tuple[Num, ...] = ()
    for article in rule.articles:
        for depth in range(len(article.division)):
            path = article.division[: depth + 1]
            if previous[: depth + 1] != path:
                lines.append(division_heading(path, titles.get(path, ""), style))
        previous = article.division
        lines += render_article(article, style)
    return lines


def division_heading(path: tuple[Num, ...], title: str, style: Style) -> str:
    """Return a 章 or 節 heading line: 第2章　手数料."""
    unit = "章" if len(path) == 1 else "節"
    return f"{style.division(path[-1], unit)}{SPACE}{title}"


def render_division(division: Division, style: Style) -> str:
    """Return the heading line of a division."""
    return division_heading(division.path, division.title, style)


def render_article(article: Article, style: Style) -> list[str]:
    """Return a 条: its 見出し line, the 条 line with the first 項, the other 項 and 号."""
    lines = [f"（{article.caption}）"] if article.caption is not None else []
    label = "" if article.number == MAIN_ARTICLE else style.article(article.number)
    if article.through is not None:
        label += f"から{style.article(article.through)}まで"
    for paragraph in article.paragraphs:
        lines += render_paragraph(paragraph, style, first_label=label)
    return lines


def render_paragraph(
    paragraph: Paragraph, style: Style, *, first_label: str = "", numbered: bool = False
) -> list[str]:
    """Return a 項 and its 号; the first 項 carries ``first_label`` (the 条 label) if given."""
    if paragraph.number == 1 and first_label:
        label = first_label
    else:
        label = own_paragraph_label(paragraph.number, style, numbered=numbered)
    lines = [f"（{paragraph.caption}）"] if paragraph.caption is not None else []
    lines.append(f"{label}{SPACE}{paragraph.text}" if label else paragraph.text)
    for item in paragraph.items:
        lines += render_item(item, style)
    if paragraph.table is not None:
        lines += render_inline_table(paragraph.table, style)
    return lines


def own_paragraph_label(number: int, style: Style, *, numbered: bool) -> str:
    """Label a 項 that is not the first of a 条: none on the first, unless ``numbered``.

    Only a 附則 with several 項 prints 「1」 on its first 項 (a 附則 of one 項 has no number):
    docs/amendment-rules.md 2.12.
    """
    if number == 1 and numbered:
        return "1" if style.numerals == "arabic" else "１"
    return style.paragraph_label(number)


def render_item(item: Item, style: Style) -> list[str]:
    """Return a 号 and its 細目."""
    lines = [f"{style.item_label(item.number)}{SPACE}{item.text}"]
    return lines + render_subitems(item.subitems, style, 0)


def render_subitems(subitems: tuple[Subitem, ...], style: Style, depth: int) -> list[str]:
    """Return 細目 lines, depth first."""
    lines: list[str] = []
    for sub in subitems:
        lines.append(f"{style.subitem_label(sub.number, depth)}{SPACE}{sub.text}")
        lines += render_subitems(sub.children, style, depth + 1)
    return lines


def suppl_heading(suppl: SupplProvision) -> str:
    """Return the 附則 heading line, with the 改正 citation of a later 附則."""
    return f"附{SPACE}則" + (suppl.label or "")


def render_suppl(suppl: SupplProvision, style: Style) -> list[str]:
    """Return a 附則: heading, then its 条 or its 項 (numbered only when there are several)."""
    lines = [suppl_heading(suppl)]
    for article in suppl.articles:
        lines += render_article(article, style)
    numbered = len(suppl.paragraphs) > 1
    for paragraph in suppl.paragraphs:
        lines += render_paragraph(paragraph, style, numbered=numbered)
    return lines


def table_heading(table: Table, style: Style) -> str:
    """Return the 別表 heading line: 別表第1（第3条関係）."""
    number = "" if table.number is None else f"第{style.number(table.number)}"
    return f"別表{number}{table.heading}"


def render_table(table: Table, style: Style) -> list[str]:
    """Return a 別表: heading, then one line per row with cells separated by 「｜」."""
    return [table_heading(table, style)] + [CELL_SEPARATOR.join(row) for row in table.rows]
