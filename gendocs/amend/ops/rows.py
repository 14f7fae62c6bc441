"""Rows of a 表 inside a 項 (docs/amendment-rules.md 2.5): replace, delete, add.

Forms: 「同項の表第九条第一項の項を次のように改める」, 「第３条の表Xの項を削り」,
「…の項の次に次のように加え」. A row is named by its key (its first cell, within its group); rows
have no numbers, so nothing is renumbered. The 号 inside a row's cell are ordinary units (see
:func:`.tree.children`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from gendocs.amend.ops.base import Clause, Operation, Wording
from gendocs.amend.ops.ref import Ref
from gendocs.amend.ops.tree import row_at, table_of, with_row, with_rows
from gendocs.amend.text.inline_tables import render_rows
from gendocs.amend.text.model import Rule, TableRow
from gendocs.amend.text.style import Style


@dataclass(frozen=True)
class ReplaceRow(Operation):
    """「第3条の表Xの項を次のように改める。」 followed by the new row (``target`` has the
    ``row``)."""

    target: Ref
    row: TableRow

    followed_by_text = True

    def apply(self, rule: Rule) -> Rule:
        """Put the new row in place of the row named."""
        return with_row(rule, self.target, self.row)

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「第3条の表Xの項を次のように改め」."""
        w.leave_container()
        return [(w.cite(self.target, rule) + "を次のように", "改め")]

    def block(self, style: Style, rule: Rule) -> tuple[str, ...]:
        """The new row."""
        return tuple(render_rows((self.row,), style))


@dataclass(frozen=True)
class DeleteRow(Operation):
    """「第3条の表Xの項を削り」."""

    target: Ref

    def apply(self, rule: Rule) -> Rule:
        """Remove the row named."""
        row_at(rule, self.target)
        rows = table_of(rule, self.target).rows
        return with_rows(rule, self.target, tuple(r for r in rows if r.key != self.target.row))

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「第3条の表Xの項を削り」."""
        w.leave_container()
        return [(w.cite(self.target, rule) + "を", "削り")]


@dataclass(frozen=True)
class AddRows(Operation):
    """「第3条の表Xの項の次に次のように加える。」 (or 「の前に」) followed by the new rows."""

    anchor: Ref
    where: Literal["after", "before"]
    rows: tuple[TableRow, ...]

    followed_by_text = True

    def apply(self, rule: Rule) -> Rule:
        """Insert the rows after (or before) the row named."""
        anchor = row_at(rule, self.anchor)
        rows = table_of(rule, self.anchor).rows
        at = rows.index(anchor) + (1 if self.where == "after" else 0)
        return with_rows(rule, self.anchor, rows[:at] + self.rows + rows[at:])

    def clauses(self, w: Wording, rule: Rule) -> list[Clause]:
        """「第3条の表Xの項の次に次のように加え」."""
        w.leave_container()
        where = "の次に" if self.where == "after" else "の前に"
        return [(w.cite(self.anchor, rule) + where + "次のように", "加え")]

    def block(self, style: Style, rule: Rule) -> tuple[str, ...]:
        """The new rows."""
        return tuple(render_rows(self.rows, style))
