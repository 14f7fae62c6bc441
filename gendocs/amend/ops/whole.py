"""Parts of a rule replaced whole: 「題名を次のように改める。」, 「目次を…」, 「別表第2を…」."""

from __future__ import annotations

from dataclasses import dataclass, replace

from gendocs.amend.ops.base import Clause, Operation, Wording
from gendocs.amend.ops.ref import Ref
from gendocs.amend.ops.tree import table_at, with_table
from gendocs.amend.text.model import Rule, Table
from gendocs.amend.text.render import render_table
from gendocs.amend.text.style import Style


@dataclass(frozen=True)
class ReplaceTitle(Operation):
    """「題名を次のように改める。」 followed by the new 題名."""

    title: str

    followed_by_text = True

    def apply(self, rule: Rule) -> Rule:
        """Put the new 題名 in place of the old one."""
        return replace(rule, title=self.title)

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「題名を次のように改め」."""
        return [("題名を次のように", "改め")]

    def block(self, style: Style, rule: Rule) -> tuple[str, ...]:
        """The new 題名."""
        return (self.title,)


@dataclass(frozen=True)
class ReplaceToc(Operation):
    """「目次を次のように改める。」 followed by the new 目次."""

    lines: tuple[str, ...]

    followed_by_text = True

    def apply(self, rule: Rule) -> Rule:
        """Put the new 目次 in place of the old one."""
        return replace(rule, toc=self.lines)

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「目次を次のように改め」."""
        return [("目次を次のように", "改め")]

    def block(self, style: Style, rule: Rule) -> tuple[str, ...]:
        """The new 目次."""
        return self.lines


@dataclass(frozen=True)
class ReplaceTable(Operation):
    """「別表を次のように改める。」 followed by the new 別表."""

    table: Table

    followed_by_text = True

    def apply(self, rule: Rule) -> Rule:
        """Put the new 別表 in place of the one of the same number."""
        table_at(rule, Ref("table", table=self.table.number))  # raises if there is no such 別表
        return with_table(rule, self.table)

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「別表第2を次のように改め」."""
        return [(w.cite_area(Ref("table", table=self.table.number)) + "を次のように", "改め")]

    def block(self, style: Style, rule: Rule) -> tuple[str, ...]:
        """The new 別表."""
        return tuple(render_table(self.table, style))


@dataclass(frozen=True)
class NumberTable(Operation):
    """「別表を別表第1とし」: the single 別表 takes a number because another 別表 joins it
    (joureikun FAQ p=152)."""

    old: int | None
    new: int

    def apply(self, rule: Rule) -> Rule:
        """Give the 別表 its number."""
        table_at(rule, Ref("table", table=self.old))  # raises if there is no such 別表
        tables = tuple(
            replace(t, number=self.new) if t.number == self.old else t for t in rule.tables
        )
        return replace(rule, tables=tables)

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「別表を別表第1とし」."""
        old = w.cite_area(Ref("table", table=self.old))
        return [(f"{old}を{w.cite_area(Ref('table', table=self.new))}", "とし")]


@dataclass(frozen=True)
class AddTables(Operation):
    """「同表の次に次の1表を加える。」, 「附則の次に次の1表を加える。」 followed by the new 別表.

    ``after`` is the number of the 別表 the new ones follow, or None for the place after the
    附則 (before every 別表); ``same`` cites that 別表 as 「同表」 (it was named just before).
    """

    after: int | None
    tables: tuple[Table, ...]
    same: bool = False

    followed_by_text = True

    def apply(self, rule: Rule) -> Rule:
        """Insert the new 別表 after their anchor."""
        at = 0
        if self.after is not None:
            table_at(rule, Ref("table", table=self.after))  # raises if there is no such 別表
            at = 1 + [t.number for t in rule.tables].index(self.after)
        return replace(rule, tables=rule.tables[:at] + self.tables + rule.tables[at:])

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「同表の次に次の1表を加え」."""
        if self.after is None:
            head = "附則"
        else:
            head = "同表" if self.same else w.cite_area(Ref("table", table=self.after))
        return [(f"{head}の次に次の{w.style.number(len(self.tables))}表を", "加え")]

    def block(self, style: Style, rule: Rule) -> tuple[str, ...]:
        """The new 別表."""
        return tuple(line for table in self.tables for line in render_table(table, style))
