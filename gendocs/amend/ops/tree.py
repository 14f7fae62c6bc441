"""Find and replace units in a rule's tree: the 本則, a 条, a 項, a row of a table in a 項, the
original 附則.

Units are found by their :class:`~gendocs.amend.ops.ref.Ref`; a unit that is not there, or numbers
out of order after a change, raise OpError (the applier turns it into ApplyError).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from gendocs.amend.errors import OpError
from gendocs.amend.ops.ref import Ref, show_ref
from gendocs.amend.text.model import (
    Article,
    InlineTable,
    Item,
    Paragraph,
    Rule,
    Subitem,
    SupplProvision,
    Table,
    TableRow,
    Unit,
    unit_number,
)


def children(rule: Rule, parent: Ref) -> tuple[Unit, ...]:
    """Return the units directly inside ``parent`` (本則, a 条, a 項, or the 附則)."""
    if parent.kind == "main":
        return rule.articles
    if parent.kind == "suppl":
        suppl = _original_suppl(rule)
        return suppl.articles or suppl.paragraphs
    if parent.kind == "row":
        return row_at(rule, parent).items
    unit = get_unit(rule, parent)
    if isinstance(unit, Article):
        return unit.paragraphs
    if isinstance(unit, Paragraph):
        return unit.items
    if isinstance(unit, Item):
        return unit.subitems
    if isinstance(unit, Subitem):
        return unit.children
    raise OpError(f"{show_ref(parent)}の下に単位はありません。", f"{parent} holds no units.")


def with_children(rule: Rule, parent: Ref, units: tuple[Unit, ...]) -> Rule:
    """Return ``rule`` with the units inside ``parent`` replaced."""
    _check_order(units, parent)
    if parent.kind == "main":
        return replace(rule, articles=tuple(u for u in units if isinstance(u, Article)))
    if parent.kind == "suppl":
        suppl = _original_suppl(rule)
        if suppl.articles:
            suppl = replace(suppl, articles=tuple(u for u in units if isinstance(u, Article)))
        else:
            suppl = replace(suppl, paragraphs=tuple(u for u in units if isinstance(u, Paragraph)))
        return replace(rule, supplementary=(suppl,) + rule.supplementary[1:])
    if parent.kind == "row":
        return with_row(
            rule,
            parent,
            replace(row_at(rule, parent), items=tuple(u for u in units if isinstance(u, Item))),
        )
    unit = get_unit(rule, parent)
    if isinstance(unit, Article):
        unit = replace(unit, paragraphs=tuple(u for u in units if isinstance(u, Paragraph)))
    elif isinstance(unit, Paragraph):
        unit = replace(unit, items=tuple(u for u in units if isinstance(u, Item)))
    elif isinstance(unit, Item):
        unit = replace(unit, subitems=tuple(u for u in units if isinstance(u, Subitem)))
    else:
        unit = replace(unit, children=tuple(u for u in units if isinstance(u, Subitem)))
    return with_unit(rule, parent, unit)


def get_unit(rule: Rule, ref: Ref) -> Unit:
    """Return the unit at ``ref``; raise OpError if there is none."""
    for unit in children(rule, ref.parent()):
        if unit_number(unit) == ref.key:
            return unit
    raise OpError(f"{show_ref(ref)}がありません。", f"{ref} does not exist.")


def with_unit(rule: Rule, ref: Ref, unit: Unit) -> Rule:
    """Return ``rule`` with the unit at ``ref`` replaced by ``unit``."""
    siblings = children(rule, ref.parent())
    units = tuple(unit if unit_number(u) == ref.key else u for u in siblings)
    return with_children(rule, ref.parent(), units)


def table_of(rule: Rule, ref: Ref) -> InlineTable:
    """Return the table in the 項 that ``ref`` (a row, or a 号 in one) lies in."""
    paragraph = get_unit(rule, Ref(ref.area, ref.article, ref.paragraph))
    if not isinstance(paragraph, Paragraph) or paragraph.table is None:
        raise OpError(f"{show_ref(ref)}に表がありません。", f"{ref} has no table.")
    return paragraph.table


def row_at(rule: Rule, ref: Ref) -> TableRow:
    """Return the row of a table in a 項 named by ``ref.row``."""
    for row in table_of(rule, ref).rows:
        if row.key == ref.row:
            return row
    shown = "の部".join(ref.row or ())
    holder = show_ref(Ref(ref.area, ref.article, ref.paragraph))
    raise OpError(
        f"{holder}の表に{shown}の項がありません。", f"no row {shown} in the table of {ref}."
    )


def with_row(rule: Rule, ref: Ref, row: TableRow) -> Rule:
    """Put ``row`` in place of the row of a table in a 項 that ``ref.row`` names."""
    row_at(rule, ref)  # raises if there is no such row
    return with_rows(
        rule, ref, tuple(row if r.key == ref.row else r for r in table_of(rule, ref).rows)
    )


def with_rows(rule: Rule, ref: Ref, rows: tuple[TableRow, ...]) -> Rule:
    """Return ``rule`` with the rows of the table in the 項 of ``ref`` replaced."""
    keys = [row.key for row in rows]
    if len(set(keys)) != len(keys):
        raise OpError(
            "表に同じ項が二つできます。", f"two rows with the same key in the table of {ref}."
        )
    holder = Ref(ref.area, ref.article, ref.paragraph)
    paragraph = get_unit(rule, holder)
    assert isinstance(paragraph, Paragraph) and paragraph.table is not None
    return with_unit(rule, holder, replace(paragraph, table=replace(paragraph.table, rows=rows)))


def _original_suppl(rule: Rule) -> SupplProvision:
    if not rule.supplementary or rule.supplementary[0].label is not None:
        raise OpError("附則がありません。", "the rule has no original 附則.")
    return rule.supplementary[0]


def article_at(rule: Rule, ref: Ref) -> Article:
    """Return the 条 at ``ref``; raise OpError if there is none or it is not a 条."""
    unit = get_unit(rule, ref)
    if not isinstance(unit, Article):
        raise OpError(f"{show_ref(ref)}は条ではありません。", f"{ref} is not an article.")
    return unit


def _check_order(units: tuple[Unit, ...], parent: Ref) -> None:
    numbers = [unit_number(u) for u in units]
    if any(a >= b for a, b in pairwise(numbers)):
        shown = ", ".join("の".join(map(str, n)) for n in numbers)
        raise OpError(
            f"番号の順序が崩れます（{shown}）。", f"numbers out of order in {parent}: {shown}."
        )


def single_paragraph(rule: Rule, ref: Ref) -> bool:
    """Tell whether the 条 (or 附則) holding ``ref`` has only its first 項, so 項 are not cited."""
    if ref.area == "suppl" and ref.article is None:
        paragraphs = rule.supplementary[0].paragraphs if rule.supplementary else ()
    else:
        article = find_article(rule, ref)
        paragraphs = article.paragraphs if article is not None else ()
    # While a sole 項 is being renumbered (「同条を同条第2項とし」) it is cited by its number.
    return len(paragraphs) == 1 and paragraphs[0].number == 1


def find_article(rule: Rule, ref: Ref) -> Article | None:
    """Return the 条 a reference lies in, if it exists."""
    articles = (
        rule.supplementary[0].articles
        if ref.area == "suppl" and rule.supplementary
        else rule.articles
    )
    for article in articles:
        if article.number == ref.article:
            return article
    return None


def table_at(rule: Rule, ref: Ref) -> Table:
    """Return the 別表 at ``ref``; raise OpError if there is none."""
    for table in rule.tables:
        if table.number == ref.table:
            return table
    raise OpError("その別表はありません。", f"no table {ref.table}.")


def with_table(rule: Rule, table: Table) -> Rule:
    """Return ``rule`` with the 別表 of the same number replaced by ``table``."""
    tables = tuple(table if t.number == table.number else t for t in rule.tables)
    return replace(rule, tables=tables)
