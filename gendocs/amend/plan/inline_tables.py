"""Plan the changes of a table inside a 項 (docs/amendment-rules.md 2.5, 2.7): rows and the 号 in
their cells.

A row is named by its first cell (「第３条の表都市基盤整備事務所の項」); a row whose one cell
changes a little has its 字句 amended (「…の項中「A」を「B」に改める」), one whose cells change more
is rewritten (「同項の表第九条第一項の項を次のように改める。」); the 号 in a row's last cell are
planned like the 号 of a 項 (「第７条の表警防部の部救急課の項中第１１号を第１３号とし、…」). The
changes follow the table from top to bottom; new rows go after the row before them in their group,
or before the row after them when they start a group's rows. A change of the header, of the
grouping, or of a table added or removed rewrites the 項.
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
    ops: list[AmendmentOp] = []
    before: dict[int, list[AmendmentOp]] = {}
    matcher = SequenceMatcher(
        None, [r.key for r in old.rows], [r.key for r in new.rows], autojunk=False
    )
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        pairs = list(zip(old.rows[i1:i2], new.rows[j1:j2], strict=False))
        # A row rewritten under another key must not take the key of a row still there.
        renamed = all(b.key == a.key or b.key not in old_keys for a, b in pairs)
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1 and renamed):
            for j, (row_before, row_after) in enumerate(pairs, j1):
                ops += _row_changes(_row_ref(ref, row_before), row_before, row_after, plan_items)
                ops += before.pop(j, [])
            continue
        ops += [DeleteRow(_row_ref(ref, row)) for row in old.rows[i1:i2]]
        for op, anchor in _additions(ref, new.rows, range(j1, j2)):
            if anchor is None:
                ops.append(op)
            else:
                before.setdefault(anchor, []).append(op)
    return ops + [op for j in sorted(before) for op in before[j]]


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


def _additions(
    ref: Ref, rows: tuple[TableRow, ...], added: range
) -> list[tuple[AmendmentOp, int | None]]:
    """The rows added, in runs of one group each: a run goes after the row before it in its group,
    else before the row after it (「総務課の部文書係の項の前に」, not after a row of 情報政策課);
    each with the index of the row it goes before (None if it goes after one)."""
    runs: list[list[int]] = []
    for index in added:
        if runs and rows[runs[-1][-1]].key[:-1] == rows[index].key[:-1]:
            runs[-1].append(index)
        else:
            runs.append([index])
    ops: list[tuple[AmendmentOp, int | None]] = []
    for run in runs:
        group = tuple(rows[i] for i in run)
        previous = rows[run[0] - 1] if run[0] > 0 else None
        following = rows[run[-1] + 1] if run[-1] + 1 < len(rows) else None
        same = previous is not None and previous.key[:-1] == group[0].key[:-1]
        if previous is not None and (
            same or following is None or following.key[:-1] != group[0].key[:-1]
        ):
            ops.append((AddRows(_row_ref(ref, previous), "after", group), None))
        else:
            assert following is not None
            ops.append((AddRows(_row_ref(ref, following), "before", group), run[-1] + 1))
    return ops


def _row_ref(ref: Ref, row: TableRow) -> Ref:
    return Ref(ref.area, ref.article, ref.paragraph or 1, row=row.key)


def _unique(table: InlineTable) -> bool:
    keys = [row.key for row in table.rows]
    return len(set(keys)) == len(keys)
