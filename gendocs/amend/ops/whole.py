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
