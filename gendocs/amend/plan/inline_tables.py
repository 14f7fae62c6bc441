"""Plan the changes of a table inside a 項 (docs/amendment-rules.md 2.5, 2.7): rows and the 号 in
their cells.

A row is named by its first cell (「第３条の表都市基盤整備事務所の項」); a row whose one cell
changes a little has its 字句 amended (「…の項中「A」を「B」に改める」), one whose cells change more
is rewritten (「同項の表第九条第一項の項を次のように改める。」); the 号 in a row's last cell are
planned like the 号 of a 項 (「第７条の表警防部の部救急課の項中第１１号を第１３号とし、…」). Deleted
rows go first, then the rows kept or rewritten, then new rows, each after the row before it in the
new table. A change of the header, of the grouping, or of a table added or removed rewrites the 項.
"""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher

from gendocs.amend.align.words import WordEdit, plan_edits
from gendocs.amend.ops import AddRows, AmendmentOp, DeleteRow, EditWords, Ref, ReplaceRow
from gendocs.amend.text.model import InlineTable, Item, TableRow

MAX_CELL_EDITS = 2
"""A changed cell needing more 字句 edits than this rewrites its row."""

PlanItems = Callable[[Ref, tuple[Item, ...], tuple[Item, ...]], list[AmendmentOp]]
"""Plans the 号 inside a row (at the row's address) like the 号 of a 項."""


def table_amendable(old: InlineTable | None, new: InlineTable | None) -> bool:
    """Tell whether the table of a 項 can be amended row by row (or is unchanged)."""
    if old == new:
        return True
    if old is None or new is None or old.header != new.header or old.grouped != new.grouped:
        return False
    # New rows are placed next to a row that stays, so one row must stay.
    kept = {row.key for row in old.rows} & {row.key for row in new.rows}
    return bool(kept) and _unique(old) and _unique(new)


def plan_table(
    ref: Ref, old: InlineTable | None, new: InlineTable | None, plan_items: PlanItems
) -> list[AmendmentOp]:
    """Return the row operations turning the table of the 項 at ``ref`` from ``old`` into
    ``new``."""
    if old is None or new is None or old == new:
        return []
    old_keys = {row.key for row in old.rows}
    deletions: list[AmendmentOp] = []
    changes: list[AmendmentOp] = []
    added: set[int] = set()
    matcher = SequenceMatcher(
        None, [r.key for r in old.rows], [r.key for r in new.rows], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        pairs = list(zip(old.rows[i1:i2], new.rows[j1:j2], strict=False))
        # A row rewritten under another key must not take the key of a row still there.
        renamed = all(b.key == a.key or b.key not in old_keys for a, b in pairs)
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1 and renamed):
            for before, after in pairs:
                changes += _row_changes(_row_ref(ref, before), before, after, plan_items)
            continue
        deletions += [DeleteRow(_row_ref(ref, row)) for row in old.rows[i1:i2]]
        added.update(range(j1, j2))
    return deletions + changes + _additions(ref, new.rows, added)


def _row_changes(
    ref: Ref, old: TableRow, new: TableRow, plan_items: PlanItems
) -> list[AmendmentOp]:
    if old == new:
        return []
    if old.key != new.key or bool(old.items) != bool(new.items):
        return [ReplaceRow(ref, new)]
    ops: list[AmendmentOp] = []
    if old.cells != new.cells:
        words = _cell_words(old, new)
        if words is None:
            return [ReplaceRow(ref, new)]
        ops.append(EditWords((ref,), "body", words))
    # The 号 in the last cell are planned as the 号 of a 項, cited inside the row.
    return ops + (plan_items(ref, old.items, new.items) if old.items != new.items else [])


def _cell_words(old: TableRow, new: TableRow) -> tuple[WordEdit, ...] | None:
    """Return the 字句 edits of a row whose one cell changes a little
    (「…の項中「A」を「B」に改める」)."""
    if (
        len(old.cells) != len(new.cells)
        or sum(a != b for a, b in zip(old.cells, new.cells, strict=True)) != 1
    ):
        return None  # several cells change: the row is rewritten (「…の項を次のように改める」)
    edits = plan_edits(list(old.cells), list(new.cells))
    return edits if edits is not None and len(edits) <= MAX_CELL_EDITS else None


def _additions(ref: Ref, rows: tuple[TableRow, ...], added: set[int]) -> list[AmendmentOp]:
    ops: list[AmendmentOp] = []
    runs: list[list[int]] = []
    for index in sorted(added):
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    for run in runs:
        group = tuple(rows[i] for i in run)
        if run[0] > 0:
            ops.append(AddRows(_row_ref(ref, rows[run[0] - 1]), "after", group))
        else:
            ops.append(AddRows(_row_ref(ref, rows[run[-1] + 1]), "before", group))
    # Rows added at the front are placed before a row that stands by then: do them last.
    return sorted(ops, key=lambda op: isinstance(op, AddRows) and op.where == "before")


def _row_ref(ref: Ref, row: TableRow) -> Ref:
    return Ref(ref.area, ref.article, ref.paragraph or 1, row=row.key)


def _unique(table: InlineTable) -> bool:
    keys = [row.key for row in table.rows]
    return len(set(keys)) == len(keys)
