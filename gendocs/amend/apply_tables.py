"""Apply the operations on rows of a table inside a 項 (amendment-rules.md 2.5): replace, delete, add.

A row is named by its key (its first cell, within its group); rows have no numbers, so nothing is
renumbered. The 号 inside a row's cell are ordinary units (see :func:`apply_tree.children`).
"""

from __future__ import annotations

from gendocs.amend.apply_tree import row_at, table_of, with_row, with_rows
from gendocs.amend.text.model import TableRow, Rule
from gendocs.amend.ops import AddRows, DeleteRow, ReplaceRow, RowOp


def apply_row_op(rule: Rule, op: RowOp) -> Rule:
    """Apply one operation on the rows of a table in a 項."""
    if isinstance(op, ReplaceRow):
        return with_row(rule, op.target, op.row)
    if isinstance(op, DeleteRow):
        row_at(rule, op.target)
        rows = table_of(rule, op.target).rows
        return with_rows(rule, op.target, tuple(r for r in rows if r.key != op.target.row))
    return with_rows(rule, op.anchor, _inserted(rule, op))


def _inserted(rule: Rule, op: AddRows) -> tuple[TableRow, ...]:
    anchor = row_at(rule, op.anchor)
    rows = table_of(rule, op.anchor).rows
    at = rows.index(anchor) + (1 if op.where == "after" else 0)
    return rows[:at] + op.rows + rows[at:]
